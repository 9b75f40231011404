/** fast-check generators of valid, normalized settings, shared by the settings tests. */
import fc from 'fast-check';
import {
  CARD_THEMES, HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, MODIFIER_KEYS, TRIGGER_MODES, YEAR_RULES, type Settings,
} from '../../src/core/settings/index.ts';

export const entityKey = fc.oneof(
  fc.constantFrom('secret-speech-1956/khrushchev', 'secret-speech-1956/stalin', 'secret-speech-1956/year-1956', 'secret-speech-1956/speech'),
  fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8})?\/[a-z0-9]{1,8}$/),
);

const word = fc.stringMatching(/^[a-zA-Z0-9а-яА-ЯёЁ]{1,12}$/);
export const alias = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')).filter((text) => text.length >= 2);

const hostPattern = fc.oneof(fc.domain(), fc.domain().map((domain) => `*.${domain}`), fc.constantFrom('localhost', '127.0.0.1', 'xn--mnchen-3ya.de'));

export const validSettings: fc.Arbitrary<Settings> = fc.record({
  paused: fc.boolean(),
  disabledEntities: fc.uniqueArray(entityKey, { maxLength: 6 }),
  aliases: fc.dictionary(entityKey, fc.uniqueArray(alias, { minLength: 1, maxLength: 5, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }), { maxKeys: 4 }),
  yearRule: fc.constantFrom(...YEAR_RULES),
  highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
  highlightColor: fc.constantFrom(...HIGHLIGHT_COLORS),
  cardTheme: fc.constantFrom(...CARD_THEMES),
  cardTextSize: fc.integer({ min: 8, max: 15 }).map((tens) => tens * 10),
  triggerMode: fc.constantFrom(...TRIGGER_MODES),
  modifierKey: fc.constantFrom(...MODIFIER_KEYS),
  openDelayMs: fc.integer({ min: 0, max: 2000 }),
  closeDelayMs: fc.integer({ min: 0, max: 2000 }),
  badge: fc.boolean(),
  excludedSites: fc.uniqueArray(hostPattern, { maxLength: 6 }),
});
