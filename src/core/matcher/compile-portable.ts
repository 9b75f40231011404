/**
 * Compiles a matcher into its portable form (portable.ts), in the background: the one
 * place that builds every page's matcher.
 */
import { compile, type Trigger } from './compile.ts';
import type { PortableMatcher, PortableTrie, PortableTrigger } from './portable.ts';
import type { Trie } from './trie.ts';
import type { MatcherOptions } from './types.ts';

/** A trie as data, with `values` for its values (its root index is made where it is walked). */
const portableTrie = <T, V>({ labels, start, keys, child, ends, values }: Trie<T>, value: (v: T) => V): PortableTrie<V> =>
  ({ labels, start, keys, child, ends, values: values.map(value) });

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
  return {
    entities,
    trie: portableTrie(c.trie, record),
    givenNames: c.givenNames && portableTrie(c.givenNames, entityOf),
    years: c.years.map(record),
    firsts: [...c.firsts],
    prefilter: c.prefilter?.sources ?? null,
    gate: c.gate,
  };
}

