import { describe, expect, it } from 'vitest';
import { CAPS } from '../../src/core/settings/index.ts';
import { counted, say } from '../../src/core/settings/message-keys.ts';
import { addAlias, addSite, removeAlias, removeSite } from '../../src/options/lists.ts';

const KEY = 'secret-speech-1956/khrushchev';
const OTHER = 'secret-speech-1956/stalin';

describe('addAlias', () => {
  it.each([
    { text: 'Mr K', value: 'Mr K' },
    { text: '  Mr   K  ', value: 'Mr K' },
    { text: 'Никита С.', value: 'Никита С.' },
  ])('adds $text as $value', ({ text, value }) => {
    expect(addAlias({ [KEY]: ['Nikita S.'] }, KEY, text)).toEqual({ ok: true, value, list: ['Nikita S.', value] });
  });

  it.each([
    { text: '', message: say('settingsAliasEmpty') },
    { text: 'K', message: counted('settingsAliasTooShort', 2) },
    { text: '!!', message: say('settingsAliasNoLetter') },
  ])('refuses $text with the core message', ({ text, message }) => {
    expect(addAlias({}, KEY, text)).toEqual({ ok: false, refusal: { kind: 'invalid', message } });
  });

  it('names the existing alias when one differs only in case or spacing', () => {
    expect(addAlias({ [KEY]: ['Mr K'] }, KEY, ' mr   k ')).toEqual({ ok: false, refusal: { kind: 'duplicate', value: 'Mr K' } });
  });

  it('allows the same alias on another entity', () => {
    expect(addAlias({ [OTHER]: ['Mr K'] }, KEY, 'Mr K')).toMatchObject({ ok: true, list: ['Mr K'] });
  });

  it(`stops at ${CAPS.aliasesPerEntity} aliases per entity`, () => {
    const full = Array.from({ length: CAPS.aliasesPerEntity }, (_, index) => `alias ${index}`);
    expect(addAlias({ [KEY]: full }, KEY, 'one more')).toEqual({ ok: false, refusal: { kind: 'full', cap: CAPS.aliasesPerEntity } });
  });
});

describe('removeAlias', () => {
  it('removes one alias and drops an entity left with none', () => {
    const aliases = { [KEY]: ['Mr K', 'Nikita S.'], [OTHER]: ['Koba'] };
    expect(removeAlias(aliases, KEY, 'Mr K')).toEqual({ [KEY]: ['Nikita S.'], [OTHER]: ['Koba'] });
    expect(removeAlias(aliases, OTHER, 'Koba')).toEqual({ [KEY]: ['Mr K', 'Nikita S.'] });
    expect(aliases[KEY]).toEqual(['Mr K', 'Nikita S.']);
  });
});

describe('addSite', () => {
  it.each([
    { text: 'Example.COM', value: 'example.com' },
    { text: ' *.example.org ', value: '*.example.org' },
    { text: '127.0.0.1', value: '127.0.0.1' },
    { text: 'bücher.de', value: 'xn--bcher-kva.de' },
  ])('adds $text normalized to $value', ({ text, value }) => {
    expect(addSite(['a.com'], text)).toEqual({ ok: true, value, list: ['a.com', value] });
  });

  it.each(['', 'http://example.com/', 'exa mple.com', 'example.com:8080', 'a..b', 'foo.*.com'])('refuses %j with a message', (text) => {
    const added = addSite([], text);
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.refusal).toEqual({ kind: 'invalid', message: expect.objectContaining({ key: expect.stringMatching(/^settingsHost/) }) });
  });

  it('refuses a pattern already listed, after normalizing', () => {
    expect(addSite(['example.com'], 'EXAMPLE.com')).toEqual({ ok: false, refusal: { kind: 'duplicate', value: 'example.com' } });
  });

  it(`stops at ${CAPS.excludedSites} sites`, () => {
    const full = Array.from({ length: CAPS.excludedSites }, (_, index) => `site${index}.com`);
    expect(addSite(full, 'new.com')).toEqual({ ok: false, refusal: { kind: 'full', cap: CAPS.excludedSites } });
  });
});

describe('removeSite', () => {
  it('removes exactly the pattern', () => {
    expect(removeSite(['a.com', '*.a.com', 'b.com'], '*.a.com')).toEqual(['a.com', 'b.com']);
  });
});
