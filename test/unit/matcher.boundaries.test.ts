/** Boundaries, tails, place names, identifiers and URL runs (matching.md, "Boundaries and tails"). */
import { describe, expect, it } from 'vitest';
import { matcherWith, show } from './helpers/matcher-fixture.ts';

const matcher = matcherWith();
const rows = (table: [string, string[]][]) => table.map(([text, expected]) => ({ text, expected }));
const check = ({ text, expected }: { text: string; expected: string[] }) =>
  expect(show(text, matcher.find(text))).toEqual(expected);

describe('general tails after any Latin-script trigger', () => {
  it.each(rows([
    ["Stalin's purges", ["Stalin's|stalin"]],
    ['Stalin’s purges', ['Stalin’s|stalin']],
    ['STALIN’S', ['STALIN’S|stalin']],
    ['Stalins Tod, Chruschtschows Rede', ['Stalins|stalin', 'Chruschtschows|khrushchev']],
    ["the Stalins' era", ["Stalins'|stalin"]],
    ['the Great Purges’ toll', ['Great Purges’|speech']],
    ["the Secret Speech's text", ["Secret Speech's|speech"]],
    ["Stalin' alone", ['Stalin|stalin']], // a bare apostrophe only after a final s
    ["Stalin'sky", ['Stalin|stalin']], // the tail fails, the apostrophe is still a boundary
    ["Kruşçev'in", ['Kruşçev|khrushchev']],
    ['Great Purgea', []], // Slavic tails are for surnames only
  ]))('$text', check);
});

describe('Slavic and Romance tails after Latin-script surnames', () => {
  it.each(rows([
    ['Stalina, Stalinem, Staline, Stalinu', ['Stalina|stalin', 'Stalinem|stalin', 'Staline|stalin', 'Stalinu|stalin']],
    ['Stalinom, Stalinowi, Stalinovi, Stalinie, Stalinym', ['Stalinom|stalin', 'Stalinowi|stalin', 'Stalinovi|stalin', 'Stalinie|stalin', 'Stalinym|stalin']],
    ['Chruščova, Chruszczowa, Khrushcheva', ['Chruščova|khrushchev', 'Chruszczowa|khrushchev', 'Khrushcheva|khrushchev']],
    ['z Chruszczowem, o Chruszczowie', ['Chruszczowem|khrushchev', 'Chruszczowie|khrushchev']],
    ['STALINA', ['STALINA|stalin']],
    ['Stalinas, Stalinemu, Stalinowa', []], // closed lists: nothing else may follow
  ]))('$text', check);
});

describe('Cyrillic tails after Cyrillic surnames', () => {
  it.each(rows([
    ['Хрущёва, Хрущёву, Хрущёвым, Хрущёве', ['Хрущёва|khrushchev', 'Хрущёву|khrushchev', 'Хрущёвым|khrushchev', 'Хрущёве|khrushchev']],
    ['Сталина, Сталину, Сталиным, Сталине', ['Сталина|stalin', 'Сталину|stalin', 'Сталиным|stalin', 'Сталине|stalin']],
    ['Сталіна, Хрущова, Хрущову, Сталінові', ['Сталіна|stalin', 'Хрущова|khrushchev', 'Хрущову|khrushchev', 'Сталінові|stalin']],
    ['Хрущёвой, Сталини, Сталиного, Сталиному, Сталином', ['Хрущёвой|khrushchev', 'Сталини|stalin', 'Сталиного|stalin', 'Сталиному|stalin', 'Сталином|stalin']],
    ['ХРУЩЁВЫМ', ['ХРУЩЁВЫМ|khrushchev']],
    ['Сталинизм, Сталинская, Хрущёвых', []],
    ["Сталин's", ['Сталин|stalin']], // Latin tails do not follow Cyrillic triggers
  ]))('$text', check);
});

describe('never inside a word', () => {
  it.each(rows([
    ['Stalingrad, Stalino, Stalinabad, Stalinsk', []],
    ['Сталинград, Сталино', []],
    ['a khrushchevka; хрущёвка; хрущевки', []],
    ['preStalin, Stalin2, 2Stalin, Stalinx', []],
    ['desecret speech', []],
    ['(Stalin) [Khrushchev] «Сталин» "Stalin"', ['Stalin|stalin', 'Khrushchev|khrushchev', 'Сталин|stalin', 'Stalin|stalin']],
    ['Stalin-era, post-Stalin', ['Stalin|stalin', 'Stalin|stalin']],
    ['éStalin Stalinç', []], // accented letters are letters
    ['Stalinè', ['Stalinè|stalin']], // tails are diacritic-insensitive too
    ['e\u0301Stalin', []], // a combining mark continues the word before
    ['Stal\u00adin, Stalin\u00adgrad', ['Stal\u00adin|stalin']], // the soft hyphen is inside the word
    ['日本Stalin', []],
    ['𝐀Stalin and Stalin𝐀', []], // astral letters are letters too
    ['🙂Stalin🙂', ['Stalin|stalin']],
  ]))('$text', check);
});

describe('identifiers', () => {
  it.each(rows([
    ['stalin_bot, _stalin, khrushchev_', []],
    ['secret_speech, great_purge, Secret Speech_', []],
    ['khrushchevFan, myStalin, StalinBot', []],
    ['stalinA, stalinEm, khrushchevS', []], // a lower→upper step is camelCase, not a tail
    ['STALINA, StalinA', ['STALINA|stalin']],
  ]))('$text', check);
});

describe('URL and e-mail runs hold no mentions', () => {
  it.each(rows([
    ['https://en.wikipedia.org/wiki/Stalin', []],
    ['see (https://example.com/Khrushchev_Thaw) now', []],
    ['www.stalin.example and WWW.Khrushchev.ru', []],
    ['(www.stalin.example)', []],
    ['write to stalin@kremlin.su today', []],
    ['khrushchev.n@example.com', []],
    ['ftp://host/1956/', []],
    ['Stalin https://x.y/Stalin Stalin', ['Stalin|stalin', 'Stalin|stalin']],
    ['@Stalin and #Stalin and Stalin@home', ['Stalin|stalin', 'Stalin|stalin', 'Stalin|stalin']],
    ['Secret https://x.y/Speech', []],
  ]))('$text', check);
});

describe('offsets are exact in the original text', () => {
  it.each(rows([
    ['Chrus\u030Cc\u030Ce\u0308v', ['Chrus\u030Cc\u030Ce\u0308v|khrushchev']],
    ['CHRUS\u030CC\u030CE\u0308V!', ['CHRUS\u030CC\u030CE\u0308V|khrushchev']],
    ['Stalin\u0301 ok', ['Stalin\u0301|stalin']], // marks on the last letter belong to it
    ['Kruşçev', ['Kruşçev|khrushchev']],
    ['Kru\u0327s\u0327c\u0327ev', ['Kru\u0327s\u0327c\u0327ev|khrushchev']],
    ['Krus\u0327c\u0327ev', ['Krus\u0327c\u0327ev|khrushchev']],
    ['😀😀 Stalin 😀', ['Stalin|stalin']],
    ['Хруще\u0308в', ['Хруще\u0308в|khrushchev']],
  ]))('$text', check);

  it('reports UTF-16 offsets around surrogate pairs and marks', () => {
    const text = '𝒳 Chrus\u030Cc\u030Cëv 𝒳';
    const [m] = matcher.find(text);
    expect(m).toMatchObject({ start: 3, end: 13, entity: 'khrushchev', trigger: 'Chruščëv', isYear: false });
  });
});
