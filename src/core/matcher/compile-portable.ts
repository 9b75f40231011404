/**
 * Compiles a matcher into its portable form (portable.ts), in the background: the one
 * place that builds every page's matcher.
 */
import { compile, type Trigger } from './compile.ts';
import type { PortableMatcher, PortableTrigger } from './portable.ts';
import type { MatcherOptions } from './types.ts';

/** The matcher for `options`, compiled into plain data. */
export function portableMatcher(options: MatcherOptions): PortableMatcher {
  const c = compile(options);
  const entities: [string, string][] = [];
  const index = new Map<string, number>();
  const entityOf = (key: string) => {
    let i = index.get(key);
    if (i === undefined) {
      index.set(key, (i = entities.length));
      const slash = key.indexOf('/');
      entities.push([key.slice(0, slash), key.slice(slash + 1)]);
    }
    return i;
  };
  const record = (t: Trigger): PortableTrigger => {
    const fields: PortableTrigger = [entityOf(t.key), t.trigger, t.tails, t.surname ? 1 : 0];
    if (t.also.length > 0) fields.push(t.also.map(entityOf));
    return fields;
  };
  const p = c.prefilter?.sources;
  return {
    entities,
    trie: { ...c.trie, values: c.trie.values.map(record) },
    givenNames: c.givenNames && { ...c.givenNames, values: c.givenNames.values.map(entityOf) },
    years: c.years.map(record),
    firsts: [...c.firsts],
    prefilter: p ? { skeletons: p.skeletons, fast: p.fast, fastWidth: p.fastWidth, letters: p.letters, special: p.special } : null,
    gate: c.gate,
  };
}

