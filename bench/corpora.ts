/** Benchmark corpora: real page text, a mention-dense stress text, text with no candidate. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A simple regex-based text extractor: drops scripts, styles, comments and tags. */
export function pageText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

export function realPages(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.html')).sort().map((n) => pageText(readFileSync(join(dir, n), 'utf8')));
}

/** ~2 MB of prose dense with triggers, inflections, years and near misses. */
export function stressText(size = 2_000_000): string {
  const parts = [
    'Khrushchev denounced Stalin in 1956.', 'Nikita Sergeyevich Khrushchev’s Secret Speech', 'Хрущёвым и Сталину',
    'the Great Purges and de-Stalinization,', 'Stalingrad and Stalino are places;', 'a khrushchevka block',
    'stalin_bot and khrushchevFan', 'see https://en.wikipedia.org/wiki/Stalin', '1956-02-25, 25.2.1956, 1953–1956',
    'not 19560, $1956 or 555-1956', 'Stali Stali Khrushche Secret Spee', 'Chruschtschows Rede, Stalina, Chruščëv',
    'the Khrushchev Thaw followed the 20th Party Congress.', 'Josef Stalin and Józef Stalina', 'plain words between mentions',
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += parts[(i * 7) % parts.length] + ' ';
  return out;
}

/** ~2 MB of ordinary prose with no trigger anywhere. */
export function quietText(size = 2_000_000): string {
  const line = 'The committee met on a warm evening; members argued about budgets, roads and the harbour until 2024. ';
  return line.repeat(Math.ceil(size / line.length));
}
