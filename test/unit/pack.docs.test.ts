/** docs/topic-packs.md shows the example pack as it is, and the limits as the code has them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizePack } from '../../src/core/pack/localize.ts';
import { PACK_LIMITS, TEXT_LIMITS } from '../../src/core/pack/limits.ts';
import { readPackFile } from '../../src/core/pack/file.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const docs = read('docs/topic-packs.md');
const example = read('docs/examples/berlin-wall-1989.json');

describe('docs/topic-packs.md', () => {
  it('holds the example pack verbatim', () => {
    expect(docs).toContain(`\`\`\`json\n${example}\`\`\``);
  });

  it('shows an example that validates, in English and Russian', () => {
    const result = readPackFile(example, 'docs/examples/berlin-wall-1989.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(localizePack(result.pack, ['ru']).title).toBe('Падение Берлинской стены (1989)');
    expect(result.pack.quotes.map((q) => q.language)).toEqual(['de', 'en']);
  });

  it('states every limit the code has', () => {
    const numbers = [...Object.values(PACK_LIMITS), ...Object.values(TEXT_LIMITS)].filter((n) => n !== PACK_LIMITS.fileBytes);
    const stated = (n: number) => docs.includes(n.toLocaleString('en')) || docs.includes(String(n));
    expect(numbers.filter((n) => !stated(n))).toEqual([]);
    expect(docs).toContain(`${PACK_LIMITS.fileBytes / 1024 / 1024} MB`);
  });
});
