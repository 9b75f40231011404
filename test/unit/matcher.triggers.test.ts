/** Which spellings are mentions, per entity and language (matching.md, "Entities"). */
import { describe, expect, it } from 'vitest';
import { matcherWith, show } from './helpers/matcher-fixture.ts';

const matcher = matcherWith();
const rows = (table: [string, string[]][]) => table.map(([text, expected]) => ({ text, expected }));

describe('Khrushchev spellings, case- and diacritic-insensitive', () => {
  it.each(rows([
    ['Khrushchev spoke.', ['Khrushchev|khrushchev']],
    ['khrushchov, KHRUSHCHYOV, Khruschev, Khruschchev', ['khrushchov|khrushchev', 'KHRUSHCHYOV|khrushchev', 'Khruschev|khrushchev', 'Khruschchev|khrushchev']],
    ['Krushchev; Krushchov; Kruschev.', ['Krushchev|khrushchev', 'Krushchov|khrushchev', 'Kruschev|khrushchev']],
    ['Хрущёв и Хрущев', ['Хрущёв|khrushchev', 'Хрущев|khrushchev']],
    ['Микита Хрущов', ['Хрущов|khrushchev']],
    ['Chruschtschow (de), Khrouchtchev (fr)', ['Chruschtschow|khrushchev', 'Khrouchtchev|khrushchev']],
    ['Chruszczow, Chruščov, Chruščëv, Krusciov', ['Chruszczow|khrushchev', 'Chruščov|khrushchev', 'Chruščëv|khrushchev', 'Krusciov|khrushchev']],
    ['Jruschov o Jrushchov', ['Jruschov|khrushchev', 'Jrushchov|khrushchev']],
    ['Kruşçev ve Kruscev', ['Kruşçev|khrushchev', 'Kruscev|khrushchev']],
    ['Chruscev without marks, CHRUŠČËV in capitals', ['Chruscev|khrushchev', 'CHRUŠČËV|khrushchev']],
    ['ХРУЩЁВ ХРУЩЕВ хрущёв', ['ХРУЩЁВ|khrushchev', 'ХРУЩЕВ|khrushchev', 'хрущёв|khrushchev']],
  ]))('$text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));
});

describe('Stalin and derived words', () => {
  it.each(rows([
    ['Stalin died in March.', ['Stalin|stalin']],
    ['Stalinism and Stalinist rule', ['Stalinism|stalin', 'Stalinist|stalin']],
    ['Сталин, Сталін', ['Сталин|stalin', 'Сталін|stalin']],
    ['Stalín, STALIN, sTaLiN', ['Stalín|stalin', 'STALIN|stalin', 'sTaLiN|stalin']],
    ['Jósef Stalín', ['Jósef Stalín|stalin']],
  ]))('$text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));
});

describe('the speech itself', () => {
  it.each(rows([
    ['the Secret Speech of 1956', ['Secret Speech|speech', '1956|year-1956']],
    ['“On the Cult of Personality and Its Consequences”', ['On the Cult of Personality and Its Consequences|speech']],
    ['on the personality cult and its consequences', ['on the personality cult and its consequences|speech']],
    ['20th Party Congress / Twentieth Party Congress', ['20th Party Congress|speech', 'Twentieth Party Congress|speech']],
    ['at the 20th Congress of the CPSU.', ['20th Congress of the CPSU|speech']],
    ['de-Stalinization, de-Stalinisation, destalinization, destalinisation', ['de-Stalinization|speech', 'de-Stalinisation|speech', 'destalinization|speech', 'destalinisation|speech']],
    ['De‑Stalinization (non-breaking hyphen)', ['De‑Stalinization|speech']],
    ['the Great Purge and the Great Terror', ['Great Purge|speech', 'Great Terror|speech']],
    ['the Khrushchev Thaw', ['Khrushchev Thaw|speech']],
  ]))('$text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));
});

describe('multi-word triggers and given names', () => {
  it.each(rows([
    ['Secret\u00a0Speech', ['Secret\u00a0Speech|speech']],
    ['Secret\n   Speech', ['Secret\n   Speech|speech']],
    ['Great \t\r\nPurge', ['Great \t\r\nPurge|speech']],
    ['Nikita Khrushchev', ['Nikita Khrushchev|khrushchev']],
    ['Nikita Sergeyevich Khrushchev', ['Nikita Sergeyevich Khrushchev|khrushchev']],
    ['Nikita Sergeevich Khrushchev', ['Nikita Sergeevich Khrushchev|khrushchev']],
    ['Никита Сергеевич Хрущёв', ['Никита Сергеевич Хрущёв|khrushchev']],
    ['Nikita\u00a0\nKhrushchev', ['Nikita\u00a0\nKhrushchev|khrushchev']],
    ['Joseph Vissarionovich Stalin', ['Joseph Vissarionovich Stalin|stalin']],
    ['Josef Stalin, Josif Stalin, Iosif Stalin', ['Josef Stalin|stalin', 'Josif Stalin|stalin', 'Iosif Stalin|stalin']],
    ['Józef Stalin, Giuseppe Stalin, José Stalin', ['Józef Stalin|stalin', 'Giuseppe Stalin|stalin', 'José Stalin|stalin']],
    ['Иосиф Виссарионович Сталин; Йосип Сталін', ['Иосиф Виссарионович Сталин|stalin', 'Йосип Сталін|stalin']],
    ['Nikita alone, Joseph alone, Иосиф тоже', []],
    ['Nikita Stalin', ['Stalin|stalin']], // a given name joins only its own person
    ['Joseph Khrushchev', ['Khrushchev|khrushchev']],
    ["Nikita Khrushchev's speech", ["Nikita Khrushchev's|khrushchev"]],
    ['NikitaKhrushchev', []],
    ['Nikita-Khrushchev', ['Khrushchev|khrushchev']],
  ]))('$text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));
});

describe('the longest trigger wins', () => {
  it.each(rows([
    ['Khrushchev Thaw', ['Khrushchev Thaw|speech']],
    ['Khrushchev thawed', ['Khrushchev|khrushchev']],
    ["the Khrushchev Thaw's end", ["Khrushchev Thaw's|speech"]],
    ['Great Purges', ['Great Purges|speech']],
    ['Stalinists', ['Stalinists|stalin']],
    ['Khrushchev Khrushchev Thaw', ['Khrushchev|khrushchev', 'Khrushchev Thaw|speech']],
    ['Great Purger', []],
  ]))('$text', ({ text, expected }) => expect(show(text, matcher.find(text))).toEqual(expected));
});
