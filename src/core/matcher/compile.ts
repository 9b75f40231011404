/**
 * Compiles content packs, disabled entities and user aliases into what the scan needs:
 * one trie of folded triggers, the given names, the years, the prefilter and the gate's
 * sources. Runs once per matcher, in the background for a page (portable.ts) and in the
 * extension's own pages; nothing here runs per text.
 */
import { foldString } from './fold.ts';
import type { PrecompiledGate } from './precompiled.ts';
import { prefilterOf, type Prefilter } from './prefilter.ts';
import { gateSourcesFor, gateTriggers, prefilterSourcesFor } from './sources.ts';
import { tailsFor, type TailKind, type TailsName } from './tails.ts';
import { buildTrie, type Trie } from './trie.ts';
import type { MatcherOptions } from './types.ts';

export interface Trigger {
  topic: string;
  entity: string;
  /** "topic/entity". */
  key: string;
  /** As written in the pack or the settings; a year's digits. */
  trigger: string;
  /** A bare year (year.ts decides where it stands alone). */
  isYear: boolean;
  /** The name of its list of tails (tails.ts). */
  tails: TailsName;
  /** Person triggers (surnames) take Slavic tails and join a preceding given name. */
  surname: boolean;
  /**
   * "topic/entity" keys of other topics' entities with the same folded trigger (or year):
   * the mention is the first topic's, and the card offers these too.
   */
  also: string[];
}

export interface Compiled {
  trie: Trie<Trigger>;
  /** Every folded trigger in the trie (from a portable matcher: its gate's). */
  triggers: readonly string[];
  /** Folded given names -> "topic/entity" keys of the people they belong to (null: none). */
  givenNames: Trie<string> | null;
  years: readonly Trigger[];
  /** The folded first characters of every trigger, given name and year. */
  firsts: ReadonlySet<number>;
  /** Null when nothing at all can match. */
  prefilter: Prefilter | null;
  /** The gate's sources (gate.ts); null when nothing can match. */
  gate: PrecompiledGate | null;
}

/** Another topic's entity shares `first`'s trigger (within one topic, the first entity simply wins, as before). */
function alsoAdd(first: Trigger, topic: string, entity: string): void {
  const key = `${topic}/${entity}`;
  if (topic !== first.topic && !first.also.includes(key)) first.also.push(key);
}

export function compile(options: MatcherOptions): Compiled {
  const byFolded = new Map<string, Trigger>(); // the first trigger with a folded form wins; other topics' join its `also`
  const givenNames: [string, string][] = [];
  const years: Trigger[] = [];
  const enabled = new Set<string>();
  const add = (topic: string, entity: string, trigger: string, kind: TailKind) => {
    const folded = foldString(trigger);
    if (folded === '') return;
    const first = byFolded.get(folded);
    if (first) {
      alsoAdd(first, topic, entity);
      return;
    }
    const tails = tailsFor(folded, kind);
    byFolded.set(folded, { topic, entity, key: `${topic}/${entity}`, trigger, isYear: false, tails, surname: kind === 'surname', also: [] });
  };

  for (const pack of options.packs) {
    for (const entity of pack.entities) {
      const key = `${pack.id}/${entity.id}`;
      if (options.disabled?.has(key)) continue;
      enabled.add(key);
      if (entity.kind === 'year') {
        const trigger = String(entity.year);
        const first = years.find((year) => year.trigger === trigger);
        if (first) alsoAdd(first, pack.id, entity.id);
        else years.push({ topic: pack.id, entity: entity.id, key, trigger, isYear: true, tails: 'none', surname: false, also: [] });
        continue;
      }
      const kind = entity.kind === 'person' ? 'surname' : 'phrase';
      for (const list of Object.values(entity.triggers)) for (const text of list) add(pack.id, entity.id, text, kind);
      if (entity.kind === 'person') {
        for (const name of entity.givenNames) givenNames.push([foldString(name), key]);
      }
    }
  }

  for (const [key, aliases] of Object.entries(options.aliases ?? {})) {
    const slash = key.indexOf('/');
    if (!enabled.has(key) || slash < 0) continue;
    for (const alias of aliases) add(key.slice(0, slash), key.slice(slash + 1), alias, 'phrase');
  }

  const named = givenNames.filter(([folded]) => folded !== '');
  const starts = [...byFolded.keys(), ...named.map(([f]) => f), ...years.map((y) => y.trigger)];
  const triggers = [...byFolded.keys()];
  const sources = prefilterSourcesFor(starts);
  const gated = sources ? gateTriggers({ triggers, years }) : [];
  return {
    trie: buildTrie(byFolded),
    triggers,
    givenNames: named.length > 0 ? buildTrie(named) : null,
    years,
    firsts: new Set(starts.map((s) => s.codePointAt(0)!)),
    prefilter: sources && prefilterOf(sources),
    gate: gated.length > 0 ? gateSourcesFor(gated) : null,
  };
}
