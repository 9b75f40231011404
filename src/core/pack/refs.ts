/**
 * Whole-pack rules the per-field schema cannot see (nor JSON Schema say): entity ids and
 * themes are unique, every fact and quote names only entities or themes that the pack
 * declares, each per-language text holds the pack's default language, no trigger belongs
 * to two entities, and the totals stay within PACK_LIMITS. Runs only on a pack whose
 * shape is valid.
 */
import { PACK_LIMITS } from './limits.ts';
import { packError, type PackError } from './messages.ts';
import { pathTo } from './schema.ts';
import type { ContentPack, LocalText } from './types.ts';

export type { PackError } from './messages.ts';

/** Every display text of `pack` with its path (quotes are not display texts: verbatim). */
export function displayTexts(pack: ContentPack): [path: string, text: LocalText][] {
  const out: [string, LocalText][] = [['title', pack.title], ['summary', pack.summary]];
  pack.entities.forEach((e, i) => out.push([`entities[${i}].name`, e.name], [`entities[${i}].identity`, e.identity]));
  pack.facts.forEach((f, i) => out.push([`facts[${i}].label`, f.label], [`facts[${i}].text`, f.text]));
  out.push(['furtherReading.title', pack.furtherReading.title]);
  pack.sources.forEach((s, i) => out.push([`sources[${i}].title`, s.title]));
  return out;
}

function checkIds(pack: ContentPack, errors: PackError[]): Set<string> {
  const known = new Set<string>();
  pack.entities.forEach((e, i) => {
    if (known.has(e.id)) errors.push(packError(`entities[${i}].id`, 'packDuplicateEntity', e.id));
    known.add(e.id);
  });
  (pack.themes ?? []).forEach((theme, i) => {
    if (known.has(theme)) errors.push(packError(`themes[${i}]`, 'packThemeTaken', theme));
    known.add(theme);
  });
  return known;
}

function checkLanguages(pack: ContentPack, errors: PackError[]): void {
  const used = new Set([pack.language.toLowerCase()]);
  for (const [path, text] of displayTexts(pack)) {
    if (typeof text === 'string') continue;
    const tags = Object.keys(text).map((tag) => tag.toLowerCase());
    // "pt-BR" and "pt-br" are one language: which text would be shown is anyone's guess.
    const twice = tags.find((tag, i) => tags.indexOf(tag) !== i);
    if (twice !== undefined) errors.push(packError(path, 'packDuplicateLanguage', twice));
    tags.forEach((tag) => used.add(tag));
    if (!tags.includes(pack.language.toLowerCase())) errors.push(packError(path, 'packNoDefaultText', pack.language));
  }
  for (const e of pack.entities) if (e.kind !== 'year') Object.keys(e.triggers).forEach((tag) => used.add(tag.toLowerCase()));
  if (used.size > PACK_LIMITS.languages) errors.push(packError('', 'packTooManyLanguages', used.size, PACK_LIMITS.languages));
}

function checkTriggers(pack: ContentPack, errors: PackError[]): void {
  let total = 0;
  // Lower case stands in for the matcher's folding: two entities with one trigger would
  // leave one of them unmatched (the first wins), which the author would not see.
  const owner = new Map<string, string>();
  pack.entities.forEach((e, i) => {
    if (e.kind === 'year') return;
    if (e.kind === 'person') total += e.givenNames.length;
    for (const [tag, list] of Object.entries(e.triggers)) {
      total += list.length;
      list.forEach((trigger, j) => {
        const folded = trigger.toLowerCase();
        const first = owner.get(folded);
        if (first !== undefined && first !== e.id) errors.push(packError(pathTo(`entities[${i}].triggers`, tag) + `[${j}]`, 'packDuplicateTrigger', trigger, first));
        else owner.set(folded, e.id);
      });
    }
  });
  if (total > PACK_LIMITS.triggers) errors.push(packError('entities', 'packTooManyTriggers', total, PACK_LIMITS.triggers));
}

export function checkRefs(pack: ContentPack): PackError[] {
  const errors: PackError[] = [];
  const known = checkIds(pack, errors);
  for (const list of ['facts', 'quotes'] as const) {
    pack[list].forEach((item, i) => {
      item.entities.forEach((ref, j) => {
        if (!known.has(ref)) errors.push(packError(`${list}[${i}].entities[${j}]`, 'packUnknownRef', ref));
      });
    });
  }
  checkLanguages(pack, errors);
  checkTriggers(pack, errors);
  return errors;
}
