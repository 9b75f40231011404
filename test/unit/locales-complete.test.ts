/**
 * The Russian UI shows no English: every key of the English catalogue (and every key the
 * code asks for) has a Russian message, and it differs from the English one, apart from a
 * few strings that are the same in both languages on purpose.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };
import { PACK_MESSAGE_KEYS } from '../../src/core/pack/messages.ts';

type Messages = Record<string, { message: string }>;
const ROOT = join(import.meta.dirname, '../..');

/** The same in English and Russian on purpose: the name, and key caps as printed on keyboards. */
const SAME_IN_BOTH = new Set(['extName', 'cardLabel', 'optionsKeyShift', 'optionsKeyControl']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Keys the code passes to t(), __MSG_…__ references in the manifest, and the pack checker's
 * message keys (kept as data, shown later with t(error.key, ...error.args)).
 */
const used = new Set([
  ...sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((match) => match[1]!)),
  ...[...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!),
  ...PACK_MESSAGE_KEYS,
]);

describe('the Russian catalogue', () => {
  const keys = [...new Set([...Object.keys(en), ...used])].sort();

  it('has every English key and every key the code uses', () => {
    expect(keys.filter((key) => !(ru as Messages)[key]?.message)).toEqual([]);
  });

  it('says each in Russian, not in English', () => {
    const english = keys.filter((key) => !SAME_IN_BOTH.has(key) && (ru as Messages)[key]?.message === (en as Messages)[key]?.message);
    expect(english).toEqual([]);
  });

  it('finds the keys it checks (the scan of the code works)', () => {
    expect(used.has('badgeOff')).toBe(true);
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('packMarkup')).toBe(true);
  });

  it('fills the same placeholders in both languages', () => {
    const names = (entry: { message: string } | undefined) => [...(entry?.message ?? '').matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort();
    const differ = keys.filter((key) => JSON.stringify(names((en as Messages)[key])) !== JSON.stringify(names((ru as Messages)[key])));
    expect(differ).toEqual([]);
  });
});
