import { entityKey, splitEntityKey } from '../core/matching-settings.ts';
import type { SegmentMention } from '../core/matcher/types.ts';
import type { EntityCounts } from '../core/messages.ts';
import type { YearRule } from '../core/settings/defaults.ts';

/** Whether a run's text is rendered now: only shown runs are counted and marked. */
export type RunState = 'shown' | 'hidden';

export interface PageMention {
  /** "topic/entity" */
  key: string;
  topic: string;
  entity: string;
  trigger: string;
  isYear: boolean;
  /** Other topics' entities with the same trigger ("topic/entity"): the card offers them too. */
  also?: readonly string[];
  range: StaticRange;
  run: StoredRun;
}

export interface StoredRun {
  nodes: Text[];
  mentions: PageMention[];
  state: RunState;
}

/** Receives the mentions that become visible or stop being visible. */
export interface MentionSink {
  show(mention: PageMention): void;
  hide(mention: PageMention): void;
}

/**
 * The one owner of a page's mentions: every run of text that holds one, shown or hidden,
 * indexed by text node. Pages that never mention a topic cost no memory here. What is
 * marked follows explicitly: `commit` tells a sink (the highlighter) what to show and hide
 * since the last commit, applying the year rule per topic: under "topic", a bare year is
 * shown only while its topic also has a shown non-year mention in the document.
 */
export class MentionStore {
  readonly #runsByNode = new Map<Text, StoredRun>();
  readonly #runs = new Set<StoredRun>();
  /** Shown mentions per "topic/entity" key, and shown non-year mentions per topic. */
  readonly #counts = new Map<string, number>();
  readonly #nonYear = new Map<string, number>();
  readonly #yearKeys = new Set<string>();
  readonly #yearRule: YearRule;
  /** What the sink shows, and what changed since the last commit. */
  readonly #displayed = new Set<PageMention>();
  readonly #changed = new Set<StoredRun>();
  #gone: PageMention[] = [];
  readonly #yearsCommitted = new Map<string, boolean>();

  constructor(yearRule: YearRule) {
    this.#yearRule = yearRule;
  }

  /** Keeps a run and its mentions (replacing any run that holds one of its nodes). */
  add(nodes: Text[], found: readonly SegmentMention[], state: RunState): StoredRun {
    for (const node of nodes) this.removeNode(node);
    const run: StoredRun = { nodes, mentions: [], state };
    for (const match of found) {
      const range = new StaticRange({
        startContainer: nodes[match.start.segment]!,
        startOffset: match.start.offset,
        endContainer: nodes[match.end.segment]!,
        endOffset: match.end.offset,
      });
      const key = entityKey(match.topic, match.entity);
      run.mentions.push({ key, topic: match.topic, entity: match.entity, trigger: match.trigger, isYear: match.isYear, also: match.also, range, run });
      if (match.isYear) this.#yearKeys.add(key);
    }
    for (const node of nodes) this.#runsByNode.set(node, run);
    this.#runs.add(run);
    if (state === 'shown') this.#count(run, +1);
    this.#changed.add(run);
    return run;
  }

  setState(run: StoredRun, state: RunState): void {
    if (run.state === state || !this.#runs.has(run)) return;
    this.#count(run, state === 'shown' ? +1 : -1);
    run.state = state;
    this.#changed.add(run);
  }

  remove(run: StoredRun): void {
    if (!this.#runs.delete(run)) return;
    for (const node of run.nodes) if (this.#runsByNode.get(node) === run) this.#runsByNode.delete(node);
    if (run.state === 'shown') this.#count(run, -1);
    this.#changed.delete(run);
    this.#gone.push(...run.mentions);
  }

  /** Forgets the run that holds `node`, if any. */
  removeNode(node: Text): void {
    const run = this.#runsByNode.get(node);
    if (run) this.remove(run);
  }

  /** Forgets every run under `root` (before its text is scanned again). */
  removeWithin(root: Node): void {
    for (const run of [...this.#runs]) if (root.contains(run.nodes[0]!)) this.remove(run);
  }

  /** Forgets runs whose text has left the document. */
  pruneDisconnected(): void {
    for (const run of [...this.#runs]) if (run.nodes.some((node) => !node.isConnected)) this.remove(run);
  }

  /** Every run (a snapshot: callers may change states as they go). */
  runs(): StoredRun[] {
    return [...this.#runs];
  }

  get size(): number {
    return this.#runs.size;
  }

  mentionsIn(node: Text): readonly PageMention[] {
    return this.#runsByNode.get(node)?.mentions ?? [];
  }

  /** Every mention marked at the last commit (unordered). */
  shown(): Iterable<PageMention> {
    return this.#displayed;
  }

  /** Whether the mention was marked at the last commit. */
  isShown(mention: PageMention): boolean {
    return this.#displayed.has(mention);
  }

  /** Shown mentions per entity, years only where the year rule lets them show. */
  counts(): EntityCounts {
    const counts: EntityCounts = {};
    for (const [key, count] of this.#counts) {
      if (count > 0 && (!this.#yearKeys.has(key) || this.#yearsShown(splitEntityKey(key)[0]))) counts[key] = count;
    }
    return counts;
  }

  /** Tells `sink` what to show and hide since the last commit. */
  commit(sink: MentionSink): void {
    for (const mention of this.#gone) this.#sync(mention, false, sink);
    this.#gone = [];
    for (const run of this.#changed) for (const mention of run.mentions) this.#sync(mention, this.#wanted(mention), sink);
    this.#changed.clear();
    const flipped = new Set<string>();
    for (const topic of new Set([...this.#nonYear.keys(), ...this.#yearsCommitted.keys()])) {
      const now = this.#yearsShown(topic);
      if (this.#yearsCommitted.get(topic) !== now) flipped.add(topic);
      this.#yearsCommitted.set(topic, now);
    }
    if (flipped.size === 0) return;
    for (const run of this.#runs) {
      for (const mention of run.mentions) if (mention.isYear && flipped.has(mention.topic)) this.#sync(mention, this.#wanted(mention), sink);
    }
  }

  /** Forgets everything, hiding what is shown. */
  clear(sink: MentionSink): void {
    for (const mention of this.#displayed) sink.hide(mention);
    this.#displayed.clear();
    this.#runsByNode.clear();
    this.#runs.clear();
    this.#counts.clear();
    this.#nonYear.clear();
    this.#changed.clear();
    this.#gone = [];
    this.#yearsCommitted.clear();
  }

  #wanted(mention: PageMention): boolean {
    return mention.run.state === 'shown' && this.#runs.has(mention.run) && (!mention.isYear || this.#yearsShown(mention.topic));
  }

  #sync(mention: PageMention, show: boolean, sink: MentionSink): void {
    if (show === this.#displayed.has(mention)) return;
    if (show) {
      this.#displayed.add(mention);
      sink.show(mention);
    } else {
      this.#displayed.delete(mention);
      sink.hide(mention);
    }
  }

  #count(run: StoredRun, delta: 1 | -1): void {
    for (const mention of run.mentions) {
      this.#counts.set(mention.key, (this.#counts.get(mention.key) ?? 0) + delta);
      if (!mention.isYear) this.#nonYear.set(mention.topic, (this.#nonYear.get(mention.topic) ?? 0) + delta);
    }
  }

  #yearsShown(topic: string): boolean {
    return this.#yearRule === 'always' || (this.#yearRule === 'topic' && (this.#nonYear.get(topic) ?? 0) > 0);
  }
}
