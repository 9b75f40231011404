/**
 * Hostile input: megabytes of near-triggers, digits, marks and white space. The scan must
 * stay linear (no catastrophic backtracking) and never throw. One generous time bound
 * guards against quadratic behaviour; everything else asserts on results.
 */
import { describe, expect, it } from 'vitest';
import { matcherWith } from './helpers/matcher-fixture.ts';

const matcher = matcherWith({ aliases: { 'secret-speech-1956/stalin': ['Uncle Joe'] } });
const MB = 1 << 20;
const fill = (unit: string, size = 2 * MB) => unit.repeat(Math.ceil(size / unit.length));

describe('adversarial inputs', () => {
  it.each([
    ['near-triggers', fill('Stali Stali Khrushche Nikita Secret Spee '), 0],
    ['near-triggers glued', fill('StaliStaliKhrushchevkaStalingrad'), 0],
    ['year runs', fill('1956'), 0],
    ['years in numbers', fill('19561956,1956.5 $1956 '), 0],
    ['dense mentions', fill('Stalin 1956 '), 2 * Math.ceil((2 * MB) / 12)],
    ['combining marks', fill('\u0301'), 0],
    ['marks after a prefix', 'Stal' + fill('\u0301') + 'x', 0],
    ['white space after a given name', 'Nikita' + fill(' \u00a0\n') + 'Khrushchevka', 0],
    ['one huge run without spaces', fill('Stalin-'), Math.ceil((2 * MB) / 7)],
    ['one huge URL', 'http://' + fill('Stalin/'), 0],
    ['at-signs', fill('a@Stalin.'), 0],
    ['soft hyphens', fill('Sta\u00adli\u00ad'), 0],
  ])('%s', (_name, text, count) => {
    const started = performance.now();
    expect(matcher.find(text)).toHaveLength(count);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('never throws on lone surrogates, control characters or random binary strings', () => {
    const odd = ['\ud800', '\udfff', '\ud800Stalin\udc00', 'Stalin\ud800', '\u0000Stalin\u0000', '\uffff1956\ufffe', 'Nikita \ud800'];
    for (const text of odd) expect(() => matcher.find(text)).not.toThrow();
    expect(matcher.find('\ud800Stalin\udc00').map((m) => m.entity)).toEqual(['stalin']);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const noise = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    expect(() => matcher.find(noise)).not.toThrow();
    expect(() => matcher.findInSegments([noise.slice(0, 1000), noise.slice(1000)])).not.toThrow();
  }, 20_000);
});
