/** A match of a pack's trigger (or a user alias) in text. Offsets are UTF-16 indices. */
export interface Mention {
  topic: string;
  entity: string;
  /** Start (inclusive) and end (exclusive) in the text given to `find`. */
  start: number;
  end: number;
  /** The pack trigger or user alias that matched, as written in the pack/settings. */
  trigger: string;
  /** True for a bare year: shown only where the document's context allows (year rule). */
  isYear: boolean;
  /** Other topics' entities with the same trigger ("topic/entity" keys), when there are any. */
  also?: readonly string[];
}

export interface SegmentPosition {
  segment: number;
  offset: number;
}

/** A mention located in a list of segments (the texts of adjacent nodes, joined). */
export interface SegmentMention extends Omit<Mention, 'start' | 'end'> {
  start: SegmentPosition;
  end: SegmentPosition;
}

export interface MatcherOptions {
  packs: readonly import('../pack/types.ts').MatchingPack[];
  /** Entities switched off in settings, as "topic/entity" keys. */
  disabled?: ReadonlySet<string>;
  /** User aliases per "topic/entity" key: literal text, same boundary rules. */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

export interface Matcher {
  /** Every mention in `text`, in order, non-overlapping (longest wins). Never throws. */
  find(text: string): Mention[];
  /** The same over segments that read as one text when concatenated. */
  findInSegments(segments: readonly string[]): SegmentMention[];
  /**
   * Where mentions may be, in text read across elements (gate.ts): every mention found in
   * any part of a text holds a gate start. Null when nothing can match.
   */
  gate: import('./gate.ts').Gate | null;
}
