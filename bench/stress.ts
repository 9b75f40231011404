/**
 * Stress pages, generated at run time from a fixed seed (nothing large is committed):
 * - `stress-mentions`: a 5 MB article with about 2,000 mentions and many near-misses;
 * - `stress-none`: the same article with every mention replaced (near-misses kept);
 * - `stress-elements`: 200,000 elements of card/list/table soup with a few mentions;
 * - `infinite-scroll`: the 5 MB article, to which the bench appends 1 kB paragraphs.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if more no out so said what up its about into than ' +
  'them can only other new some could time these two may then do first any my now such like our over man me even most ' +
  'made after also did many before must through back years where much your way well down should because each just those ' +
  'people how too little state good very make world still own see men work long get here between both life being under ' +
  'never day same another know while last might us great old year off come since against go came right used take three ' +
  'party congress moscow soviet union leader report cult personality session delegates closed doors rehabilitation ' +
  'thaw censorship purge terror bureaucracy history archive letter committee central secretary minister premier reform ' +
  'agriculture industry housing apartment block factory collective farm harvest plan economy republic border treaty ' +
  'embassy newspaper editor reader journalist speech text version translation copy printed abroad weeks months'
).split(' ');

/** Real mentions as the matcher counts them (each is one mention). */
const MENTIONS = [
  'Khrushchev', 'Nikita Khrushchev', 'Stalin', 'Stalin’s', 'Joseph Stalin', '1956', 'the Secret Speech',
  'de-Stalinization', 'the Khrushchev Thaw', 'the Great Purge', 'the 20th Party Congress', 'Сталин', 'Хрущёва',
  'Chruschtschow', 'Stalinism', 'February 25, 1956', 'Khrushchev’s', 'Stalinist', 'the Great Terror', 'Krushchev',
];

/** Text that looks like a mention but is not one (see matching.md). */
const NEAR_MISSES = [
  'Stalingrad', 'Stalino', 'khrushchevka', 'хрущёвка', '19560', '1,956', '1956px', '$1956', 'stalin_bot',
  'secret_speech', 'www.stalin.example', 'v1956', '555-1956', 'Khrushchevism', 'Stalinabad', 'Secret Service',
  'Great Purgatory', '31,956', '1956.5', 'khrushchevFan', 'Stalinsk', '20110503221956', 'Kruschevsky', 'Stalinogorsk',
];

/** Neutral stand-ins of similar length for the no-mention twin. */
const STAND_INS = [
  'Kosygin', 'Leonid Brezhnev', 'Malenkov', 'Molotov’s', 'Georgy Zhukov', '1962', 'the closed report',
  'modernization', 'the cultural opening', 'the great change', 'the party conference', 'Брежнев', 'Косыгина',
  'Breschnew', 'socialism', 'October 14, 1964', 'Brezhnev’s', 'socialist', 'the great famine', 'Kosygin',
];

export interface ArticleOptions {
  targetBytes: number;
  mentions: number;
  nearMisses: number;
  /** false: every mention replaced by a stand-in (the no-mention twin). */
  withMentions: boolean;
  seed?: number;
}

const INLINE = ['a', 'em', 'b', 'span', 'i', 'strong'] as const;

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const first = out[0]!;
  out[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/** One paragraph of about `bytes` bytes; `insert` phrases are placed at random word gaps. */
export function paragraph(rand: () => number, bytes: number, insert: string[]): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let text = sentence(rand, 6 + Math.floor(rand() * 14));
    if (rand() < 0.35) {
      // Inline markup around a few words, as real articles have.
      const words = text.split(' ');
      const at = 1 + Math.floor(rand() * Math.max(1, words.length - 3));
      const tag = INLINE[Math.floor(rand() * INLINE.length)]!;
      const attrs = tag === 'a' ? ` href="#ref-${Math.floor(rand() * 1000)}"` : '';
      words[at] = `<${tag}${attrs}>${words[at]}`;
      words[at + 1] = `${words[at + 1]}</${tag}>`;
      text = words.join(' ');
    }
    parts.push(text);
    size += text.length + 1;
  }
  for (const phrase of insert) {
    const at = Math.floor(rand() * (parts.length + 1));
    // Sometimes split a two-word mention across an inline element: one mention still.
    const shaped = phrase.includes(' ') && rand() < 0.25 ? phrase.replace(/ (\S+)$/, ' <b>$1</b>') : phrase;
    parts.splice(at, 0, `In those years ${shaped} was discussed.`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

/** Spreads `count` picks from `list` over `slots` slots, deterministically. */
function spread(rand: () => number, count: number, slots: number, list: readonly string[], offset = 0): string[][] {
  const out: string[][] = Array.from({ length: slots }, () => []);
  for (let i = 0; i < count; i++) out[Math.floor(rand() * slots)]!.push(list[(i + offset) % list.length]!);
  return out;
}

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{font:17px/1.55 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#222}' +
  'h2{font:600 1.3em system-ui,sans-serif;margin-top:2em}aside{color:#666;font-size:.9em}</style></head><body>';

export function article(options: ArticleOptions): string {
  const rand = random(options.seed ?? 1956);
  const paragraphBytes = 640;
  const paragraphs = Math.round(options.targetBytes / (paragraphBytes + 120));
  const mentionList = options.withMentions ? MENTIONS : STAND_INS;
  const mentionSlots = spread(rand, options.mentions, paragraphs, mentionList);
  const missSlots = spread(rand, options.nearMisses, paragraphs, NEAR_MISSES, 7);
  const out: string[] = [HEAD('Stress article'), '<article><h1>An account of the years after the war</h1>'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 24 === 0) out.push(`${i ? '</section>' : ''}<section><h2>Part ${i / 24 + 1}</h2>`);
    out.push(paragraph(rand, paragraphBytes, [...mentionSlots[i]!, ...missSlots[i]!]));
    if (i % 97 === 50) out.push(`<aside>Note ${i}: see <a href="#n${i}">the archive</a>.</aside>`);
  }
  out.push('</section></article></body></html>');
  return out.join('\n');
}

/** About `elements` elements: cards with headings, lists, a small table, short texts. */
export function elementSoup(elements: number, mentions: number, seed = 200_000): string {
  const rand = random(seed);
  // Elements per card: div, h3, p, span, a, b, ul, 4 li, 4 span, table, tbody, 2 tr, 4 td = 23.
  const cards = Math.round(elements / 23);
  const mentionSlots = spread(rand, mentions, cards, MENTIONS);
  const missSlots = spread(rand, mentions * 3, cards, NEAR_MISSES, 3);
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const out: string[] = [HEAD('200,000 elements'), '<main>'];
  for (let i = 0; i < cards; i++) {
    const extra = [...mentionSlots[i]!, ...missSlots[i]!].join(' ');
    out.push(
      `<div class="card c${i % 7}"><h3>${word()} ${word()}</h3><p><span>${word()} ${word()}</span> <a href="#c${i}">${word()}</a> <b>${word()}</b> ${extra}</p>` +
        `<ul><li><span>${word()}</span></li><li><span>${word()} ${word()}</span></li><li><span>${word()}</span></li><li><span>${i}</span></li></ul>` +
        `<table><tbody><tr><td>${word()}</td><td>${i * 3}</td></tr><tr><td>${word()}</td><td>${word()}</td></tr></tbody></table></div>`,
    );
  }
  out.push('</main></body></html>');
  return out.join('\n');
}

/** A 1 kB paragraph for the infinite-scroll page, as [tag, text] pieces (built with DOM calls). */
export function scrollParagraph(index: number): [string, string][] {
  const rand = random(10_000 + index);
  const pieces: [string, string][] = [];
  let size = 0;
  while (size < 1000) {
    const text = `${sentence(rand, 8 + Math.floor(rand() * 10))} `;
    pieces.push(['', text]);
    size += text.length;
    if (pieces.length === 3) {
      const mention = MENTIONS[index % MENTIONS.length]!;
      pieces.push(['b', mention], ['', ' and '], ['em', NEAR_MISSES[index % NEAR_MISSES.length]!], ['', '. ']);
      size += mention.length + 20;
    }
  }
  return pieces;
}

export interface StressPage {
  name: string;
  html: string;
  /** The bench appends paragraphs to this page and times Backstory's updates. */
  incremental: boolean;
}

export function stressPages(): StressPage[] {
  const base = { targetBytes: 5_000_000, mentions: 2000, nearMisses: 10_000 };
  const withMentions = article({ ...base, withMentions: true });
  return [
    { name: 'stress-mentions', html: withMentions, incremental: false },
    { name: 'stress-none', html: article({ ...base, withMentions: false }), incremental: false },
    { name: 'stress-elements', html: elementSoup(200_000, 100), incremental: false },
    { name: 'infinite-scroll', html: withMentions, incremental: true },
  ];
}
