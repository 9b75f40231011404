/**
 * Compiles content packs, disabled entities and user aliases into what the scan needs:
 * one trie of folded triggers, the years, and the prefilter regex. Runs once per
 * createMatcher; nothing here runs per text.
 */
import type { ContentPack } from '../pack/types.ts';
import { foldString } from './fold.ts';
import { buildPrefilter } from './skeleton.ts';
import { tailsFor, type TailKind } from './tails.ts';
import { buildTrie, type TrieNode } from './trie.ts';
import type { MatcherOptions } from './types.ts';

export interface Trigger {
  topic: string;
  entity: string;
  /** As written in the pack or the settings. */
  trigger: string;
  tails: readonly string[];
  /** Person triggers (surnames) take Slavic tails and join a preceding given name. */
  surname: boolean;
}

export interface YearTrigger {
  topic: string;
  entity: string;
  digits: string;
}

export interface Compiled {
  trie: TrieNode<Trigger>;
  /** Folded given names -> "topic/entity" keys of the people they belong to. */
  givenNames: TrieNode<string>;
  years: readonly YearTrigger[];
  /** Null when nothing at all can match. */
  prefilter: RegExp | null;
}

export function compile(options: MatcherOptions): Compiled {
  const byFolded = new Map<string, Trigger>(); // the first trigger with a folded form wins
  const givenNames: [string, string][] = [];
  const years: YearTrigger[] = [];
  const enabled = new Set<string>();
  const add = (folded: string, trigger: Trigger): void => {
    if (folded !== '' && !byFolded.has(folded)) byFolded.set(folded, trigger);
  };
  const addTrigger = (pack: ContentPack, entity: string, text: string, kind: TailKind) => {
    const folded = foldString(text);
    add(folded, { topic: pack.id, entity, trigger: text, tails: tailsFor(folded, kind), surname: kind === 'surname' });
  };

  for (const pack of options.packs) {
    for (const entity of pack.entities) {
      const key = `${pack.id}/${entity.id}`;
      if (options.disabled?.has(key)) continue;
      enabled.add(key);
      if (entity.kind === 'year') {
        years.push({ topic: pack.id, entity: entity.id, digits: String(entity.year) });
        continue;
      }
      const kind = entity.kind === 'person' ? 'surname' : 'phrase';
      for (const list of Object.values(entity.triggers)) {
        for (const text of list) addTrigger(pack, entity.id, text, kind);
      }
      if (entity.kind === 'person') {
        for (const name of entity.givenNames) givenNames.push([foldString(name), key]);
      }
    }
  }

  for (const [key, aliases] of Object.entries(options.aliases ?? {})) {
    const slash = key.indexOf('/');
    if (!enabled.has(key) || slash < 0) continue;
    for (const alias of aliases) {
      const folded = foldString(alias);
      const trigger = { topic: key.slice(0, slash), entity: key.slice(slash + 1), trigger: alias };
      add(folded, { ...trigger, tails: tailsFor(folded, 'phrase'), surname: false });
    }
  }

  return {
    trie: buildTrie(byFolded),
    givenNames: buildTrie(givenNames.filter(([folded]) => folded !== '')),
    years,
    prefilter: buildPrefilter([...byFolded.keys(), ...givenNames.map(([f]) => f)], years.map((y) => y.digits)),
  };
}
