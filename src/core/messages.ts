/**
 * Every message between the extension's contexts, typed once. The background's handler
 * table must satisfy `Handlers<...>`, and `send*` helpers are typed from this map, so a
 * renamed field or a missing reply is a compile error rather than a silent `undefined`.
 */

import type { PortableMatcher } from './matcher/portable.ts';
import type { LocalizedPack, MatchingPack } from './pack/types.ts';
import type { Settings } from './settings/defaults.ts';

/** Mentions counted in one frame, per "topic/entity" key. */
export type EntityCounts = Record<string, number>;

/** Why a page shows no highlights although the content script runs. */
export type PageQuiet = 'paused' | 'excluded' | null;

export interface TabState {
  /** False where no content script can run (browser pages, stores, PDF viewer...). */
  scannable: boolean;
  host: string | null;
  quiet: PageQuiet;
  /** Sum over the tab's frames. */
  counts: EntityCounts;
}

/** The topics a content script matches besides the bundled ones it carries. */
export interface TopicFeed {
  /** Topic ids whose bundled pack is not to be used: switched off, replaced by an imported pack with their id (imported ids may be listed too). */
  off: string[];
  /** The imported topics switched on, stripped to what finding mentions needs (matchingPart). */
  imported: MatchingPack[];
  /** Changes whenever `off` or `imported` does (ids and import times): part of the rescan key. */
  version: string;
}

/** Everything that decides what a frame marks and how, read in the background. */
export interface ContentFeed {
  settings: Settings;
  /** The matcher for the topics in use under these settings, compiled in the background (portable.ts). */
  matcher: PortableMatcher;
  /** Changes whenever what counts as a mention does (matchingKey): a page is then scanned afresh. */
  matchingKey: string;
}

export interface Messages {
  /**
   * Content script → background: the settings, read and validated there. The content
   * script ships no validator or migrations (they are loaded into every page otherwise).
   * With them, the imported topics, validated there too. The `first` request of a
   * document also stands for its first report (no mentions yet, and whether it is quiet),
   * so that a page without mentions never sends one of its own.
   */
  'content:settings': { params: { first: boolean }; result: ContentFeed };
  /**
   * Content script → background: a topic's card texts in the first of `languages` the pack
   * has (else its default), asked for once a page has a mention of it (the content script
   * carries only what finding mentions needs).
   */
  'content:topic': { params: { topic: string; languages: string[] }; result: LocalizedPack };
  /** Content script → background: this frame's counts or quiet state changed since its last report. */
  'content:counts': { params: { counts: EntityCounts; quiet: PageQuiet }; result: null };
  /** Content script → background: an error was contained in the page. */
  'content:error': { params: { message: string; stack: string }; result: null };
  /** Popup → background: the state of a tab. */
  'popup:tab-state': { params: { tabId: number }; result: TabState };
  /** Background/popup → content script (top frame): reveal the next mention. */
  'page:reveal-next': { params: { entity: string | null }; result: { found: boolean } };
}

export type MessageName = keyof Messages;
export type Params<N extends MessageName> = Messages[N]['params'];
export type Result<N extends MessageName> = Messages[N]['result'];

export interface Envelope<N extends MessageName = MessageName> {
  backstory: N;
  params: Params<N>;
}

/** Replies carry errors as data; the sender rethrows them with the original as `cause`. */
export type Reply<N extends MessageName> =
  | { ok: true; value: Result<N> }
  | { ok: false; error: { name: string; message: string } };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { backstory?: unknown }).backstory === 'string' &&
    'params' in value
  );
}
