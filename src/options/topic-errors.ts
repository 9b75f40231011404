import { TopicStoreError } from '../shared/topic-store.ts';
import { t } from '../ui/i18n.ts';
import { errorText } from '../ui/message-text.ts';

/** Why a topic change was not kept: a full storage in so many words, anything else as it came. */
export function saveFailure(error: unknown): string {
  if (error instanceof TopicStoreError && error.full) return t('optionsTopicStorageFull');
  return t('optionsTopicSaveFailed', errorText(error));
}
