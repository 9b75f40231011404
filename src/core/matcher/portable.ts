/**
 * A compiled matcher as plain data (JSON: messages carry it), which the background builds
 * for the topics and settings in use and every frame takes ready to walk. Built in a
 * page, a matcher for an imported pack of 2,000 triggers cost ~20 ms, nearly all of it
 * per-character work in code that runs cold there: folding, tails, the trie, the regex
 * sources; and the page carried all the code for it. Here it only puts the triggers'
 * records together.
 */
import type { Compiled, Trigger } from './compile.ts';
import { matcherOf } from './matcher-of.ts';
import type { PrecompiledGate } from './precompiled.ts';
import { prefilterOf } from './prefilter.ts';
import type { PrefilterSources } from './sources.ts';
import type { TailsName } from './tails.ts';
import { indexRoot, type Trie } from './trie.ts';
import type { Matcher } from './types.ts';

/** A trigger: its entity (an index into `entities`), as written, its tails, 1 for a surname, and the entities of `also`. */
export type PortableTrigger = [entity: number, trigger: string, tails: TailsName, surname: 0 | 1, also?: number[]];

export type PortableTrie<T> = Omit<Trie<unknown>, 'values' | 'root'> & { values: T[] };

export interface PortableMatcher {
  /** The entities triggers belong to, as [topic, entity]. */
  entities: [topic: string, entity: string][];
  trie: PortableTrie<PortableTrigger>;
  /** Its values are entities (indices). */
  givenNames: PortableTrie<number> | null;
  years: PortableTrigger[];
  firsts: number[];
  prefilter: PrefilterSources | null;
  gate: PrecompiledGate | null;
}

/** What the scan needs, from a portable matcher (in a page). */
export function fromPortable(p: PortableMatcher): Compiled {
  const keys = p.entities.map(([topic, entity]) => `${topic}/${entity}`);
  const trigger = ([entity, text, tails, surname, also]: PortableTrigger, isYear: boolean): Trigger => ({
    topic: p.entities[entity]![0],
    entity: p.entities[entity]![1],
    key: keys[entity]!,
    trigger: text,
    isYear,
    tails,
    surname: surname === 1,
    also: also?.map((i) => keys[i]!) ?? [],
  });
  return {
    trie: indexRoot({ ...p.trie, values: p.trie.values.map((t) => trigger(t, false)) }),
    triggers: p.gate?.triggers ?? [],
    givenNames: p.givenNames && indexRoot({ ...p.givenNames, values: p.givenNames.values.map((i) => keys[i]!) }),
    years: p.years.map((t) => trigger(t, true)),
    firsts: new Set(p.firsts),
    prefilter: p.prefilter && prefilterOf(p.prefilter),
    gate: p.gate,
  };
}

/** The matcher of a portable one (in a page): its records are put together on first use, which most pages never make. */
export function matcherFrom(portable: PortableMatcher): Matcher {
  let compiled: Compiled | undefined;
  return matcherOf(() => (compiled ??= fromPortable(portable)), portable.gate);
}
