/**
 * Messages the settings core produces, driven through its public functions with inputs
 * chosen so that every message key it has comes out at least once.
 */
import type { Message } from '../../../src/core/i18n/message.ts';
import {
  CAPS, FILE_UNREADABLE, InvalidSettingsError, decodeFromStorage, fileTooLarge, importSettingsFile, parseSettings, problemMessage,
  validateAlias, validateHostPattern, type Check,
} from '../../../src/core/settings/index.ts';
import { locateJsonError } from '../../../src/core/settings/json-error.ts';

const file = (settings: unknown, version: unknown = 1) => JSON.stringify({ format: 'backstory-settings', version, settings });

const storedValues: unknown[] = [
  null,
  { paused: 'x', yearRule: true, cardTheme: [1], highlightStyle: 'x'.repeat(50), cardTextSize: 5, openDelayMs: undefined, modifierKey: {}, triggerMode: 1n },
  { excludedSites: 'x', disabledEntities: ['x'] },
  { excludedSites: Array.from({ length: CAPS.excludedSites + 1 }, () => 'a.com') },
  { excludedSites: [''] },
  { aliases: [] },
  { aliases: Object.fromEntries(Array.from({ length: CAPS.aliasEntities + 1 }, (_, n) => [`t/e${n}`, ['Koba']])) },
  { aliases: { x: [] } },
  { aliases: { 'a/b': [1] } },
  { enabled: 'x' },
  { version: 99 },
  { version: 'x' },
];

const aliases = ['', 'K', 'x'.repeat(65), 'a\u0000b', '\u202Eab', '--', 'Koba'];
const hosts = [1, '', 'a.'.repeat(200), 'a b', 'a/b', '*.', 'a*.com', '*.1.2.3.4', 'a:1', 'a..b', 'a%b', '[::1'];

const files: Array<string | Uint8Array> = [
  new Uint8Array([0xff, 0xfe, 0x7b, 0x00]),
  new Uint8Array([0x7b, 0xff]),
  '\u0001', '', `${'['.repeat(40)}${']'.repeat(40)}`,
  '{"a": ', '{1}', '{"a" 1}', '1 2', '[1 2]', '"abc', '"a\tb"', '"\\x"', 'hello',
  '[1]', '{}', '{"format": 1}', file({}, 'x'), file({}, 99), file([]),
  file({ paused: 1 }), file({ paused: 1, badge: 1, cardTheme: 1, yearRule: 1 }),
  file({ sparkle: 1 }, 0),
];

function refusal(check: Check<unknown>): Message[] {
  return check.ok ? [] : [check.message];
}

export function producedMessages(): Message[] {
  const problems = storedValues.flatMap((raw) => [...parseSettings(raw).problems, ...decodeFromStorage(raw).problems]);
  return [
    ...problems.map(problemMessage),
    ...aliases.flatMap((text) => refusal(validateAlias(text, ['koba']))),
    ...hosts.flatMap((pattern) => refusal(validateHostPattern(pattern))),
    ...files.map(importSettingsFile).flatMap((result) => (result.ok ? result.notes : [result.error])),
    // A control character is only ever named by the JSON reader itself: files with one are refused as binary first.
    ...[locateJsonError('\u0001')?.reason].filter((reason) => reason !== undefined),
    FILE_UNREADABLE,
    fileTooLarge(3 * 1024 * 1024),
    new InvalidSettingsError(parseSettings({ badge: 1 }).problems).reason,
  ];
}
