import type { SegmentMention } from '../core/matcher/types.ts';
import type { EntityCounts } from '../core/messages.ts';
import type { YearRule } from '../core/settings/defaults.ts';
import type { TextRun } from './text-runs.ts';

export interface PageMention {
  /** "topic/entity" */
  key: string;
  topic: string;
  entity: string;
  trigger: string;
  isYear: boolean;
  range: StaticRange;
  run: StoredRun;
}

export interface StoredRun {
  nodes: Text[];
  mentions: PageMention[];
}

/** Receives the mentions that become visible or stop being visible. */
export interface MentionSink {
  show(mention: PageMention): void;
  hide(mention: PageMention): void;
}

/**
 * The page's mentions, indexed by text node. Only runs that hold a mention are kept, so
 * pages that never mention the topic cost no memory here. Applies the year rule: a bare
 * year is shown only while the document also holds a non-year mention (rule "topic").
 */
export class MentionStore {
  readonly #runsByNode = new Map<Text, StoredRun>();
  readonly #counts = new Map<string, number>();
  #nonYear = 0;
  #yearRule: YearRule;
  readonly #sink: MentionSink;

  constructor(yearRule: YearRule, sink: MentionSink) {
    this.#yearRule = yearRule;
    this.#sink = sink;
  }

  addRun(run: Pick<TextRun, 'nodes'>, found: readonly SegmentMention[]): void {
    if (found.length === 0) return;
    const yearsShownBefore = this.#yearsShown();
    const stored: StoredRun = { nodes: run.nodes, mentions: [] };
    for (const match of found) {
      const range = new StaticRange({
        startContainer: run.nodes[match.start.segment]!,
        startOffset: match.start.offset,
        endContainer: run.nodes[match.end.segment]!,
        endOffset: match.end.offset,
      });
      const key = `${match.topic}/${match.entity}`;
      const mention: PageMention = { key, topic: match.topic, entity: match.entity, trigger: match.trigger, isYear: match.isYear, range, run: stored };
      stored.mentions.push(mention);
      this.#count(mention, +1);
      if (!mention.isYear || yearsShownBefore) this.#sink.show(mention);
    }
    for (const node of run.nodes) this.#runsByNode.set(node, stored);
    this.#syncYears(yearsShownBefore);
  }

  /**
   * Takes a run out, giving back what addRun was given for it (its nodes and mentions in
   * segment form), so it can be added again unchanged when its text shows again.
   */
  takeRun(run: StoredRun): { nodes: Text[]; found: SegmentMention[] } {
    const found = run.mentions.map(({ topic, entity, trigger, isYear, range }) => ({
      topic, entity, trigger, isYear,
      start: { segment: run.nodes.indexOf(range.startContainer as Text), offset: range.startOffset },
      end: { segment: run.nodes.indexOf(range.endContainer as Text), offset: range.endOffset },
    }));
    this.removeNode(run.nodes[0]!);
    return { nodes: run.nodes, found };
  }

  /** Forgets the run that holds `node`, if any. Returns whether one was removed. */
  removeNode(node: Text): boolean {
    const run = this.#runsByNode.get(node);
    if (!run) return false;
    const yearsShownBefore = this.#yearsShown();
    for (const n of run.nodes) this.#runsByNode.delete(n);
    for (const mention of run.mentions) {
      this.#count(mention, -1);
      if (!mention.isYear || yearsShownBefore) this.#sink.hide(mention);
    }
    this.#syncYears(yearsShownBefore);
    return true;
  }

  /** Every stored run, once. */
  *runs(): Iterable<StoredRun> {
    const seen = new Set<StoredRun>();
    for (const run of this.#runsByNode.values()) {
      if (seen.has(run)) continue;
      seen.add(run);
      yield run;
    }
  }

  /** Forgets runs whose text has left the document. */
  pruneDisconnected(): void {
    for (const run of [...this.runs()]) {
      if (run.nodes.some((node) => !node.isConnected)) this.removeNode(run.nodes[0]!);
    }
  }

  mentionsIn(node: Text): readonly PageMention[] {
    return this.#runsByNode.get(node)?.mentions ?? [];
  }

  has(node: Text): boolean {
    return this.#runsByNode.has(node);
  }

  /** Every shown mention (unordered). */
  *shown(): Iterable<PageMention> {
    const years = this.#yearsShown();
    for (const run of this.runs()) {
      for (const mention of run.mentions) if (!mention.isYear || years) yield mention;
    }
  }

  isShown(mention: PageMention): boolean {
    return this.#runsByNode.get(mention.run.nodes[0]!) === mention.run && (!mention.isYear || this.#yearsShown());
  }

  counts(): EntityCounts {
    const years = this.#yearsShown();
    const counts: EntityCounts = {};
    for (const [key, count] of this.#counts) {
      if (count > 0 && (years || !this.#isYearKey(key))) counts[key] = count;
    }
    return counts;
  }

  clear(): void {
    for (const mention of [...this.shown()]) this.#sink.hide(mention);
    this.#runsByNode.clear();
    this.#counts.clear();
    this.#nonYear = 0;
  }

  readonly #yearKeys = new Set<string>();
  #isYearKey(key: string): boolean {
    return this.#yearKeys.has(key);
  }

  #count(mention: PageMention, delta: 1 | -1): void {
    this.#counts.set(mention.key, (this.#counts.get(mention.key) ?? 0) + delta);
    if (mention.isYear) this.#yearKeys.add(mention.key);
    else this.#nonYear += delta;
  }

  #yearsShown(): boolean {
    return this.#yearRule === 'always' || (this.#yearRule === 'topic' && this.#nonYear > 0);
  }

  /** Shows or hides every year mention when the context rule flips. */
  #syncYears(before: boolean): void {
    const now = this.#yearsShown();
    if (now === before) return;
    for (const run of this.runs()) {
      for (const mention of run.mentions) {
        if (!mention.isYear) continue;
        if (now) this.#sink.show(mention);
        else this.#sink.hide(mention);
      }
    }
  }
}
