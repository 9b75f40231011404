import { formatEnglish } from '../i18n/english.ts';
import type { Message } from '../i18n/message.ts';
import { say } from './message-keys.ts';
import { problemMessage, type Problem } from './problem.ts';

/**
 * Thrown when settings that fail validation are about to be saved. Its `message` is English
 * for logs; `reason` is the same as a message the page words in its own language.
 */
export class InvalidSettingsError extends TypeError {
  readonly reason: Message;

  constructor(readonly problems: readonly Problem[]) {
    const reason = say('settingsNotSaved', { row: problems.map(problemMessage) });
    super(formatEnglish(reason));
    this.name = 'InvalidSettingsError';
    this.reason = reason;
  }
}
