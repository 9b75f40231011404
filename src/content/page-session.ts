import type { Matcher } from '../core/matcher/types.ts';
import { findEntity, splitEntityKey } from '../core/matching-settings.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { Card, type CardTopic, type CardTopics } from './card/card.ts';
import { Highlighter } from './highlighter.ts';
import { mentionAtPoint } from './hit-test.ts';
import { trackIntent, type IntentSettings } from './hover-intent.ts';
import { MentionStore, type PageMention } from './mention-store.ts';
import { observePage, type PageChanges } from './page-observer.ts';
import { pageShade } from './page-shade.ts';
import { nextInReadingOrder, revealMention } from './reveal.ts';
import { Scanner, SLICE_BUDGET_MS, type FoundRun } from './scanner.ts';
import { createSlicer, yieldToIdle, yieldToPage } from './slicer.ts';
import { isRenderedText } from './text-rules.ts';
import { readerLanguages } from './reader-languages.ts';
import { TopicTexts } from './topic-texts.ts';
import type { EntityCounts } from '../core/messages.ts';
import { benchMeasure, benchStart } from './bench-marks.ts';

export interface SessionDeps {
  matcher: Matcher;
  settings: Settings;
  onCounts: (counts: EntityCounts) => void;
  onError: (error: unknown) => void;
  signal: AbortSignal;
}

/** Visibility may have flipped under this many restyled elements: recheck everything. */
const RESTYLE_RECHECK_ALL = 32;

/**
 * Backstory running on one document: scanning, highlights, hover and the card. Everything
 * it starts is tied to `signal`; aborting removes every highlight, listener and node.
 */
export class PageSession {
  readonly #deps: SessionDeps;
  readonly #store: MentionStore;
  readonly #highlighter: Highlighter;
  readonly #card: Card;
  readonly #scanner: Scanner;
  readonly #shadowRoots: ShadowRoot[] = [];
  readonly #observer: { observe(root: Node): void };
  #current: PageMention | null = null;
  /** The mention a card was last asked for, until the pointer leaves: a card whose texts arrive later opens only if it is still wanted. */
  #wanted: PageMention | null = null;
  readonly #texts = new TopicTexts();
  #lastRevealed: PageMention | null = null;
  #queue: Promise<void> = Promise.resolve();
  #intent: IntentSettings;
  /** Set once the page has a mention: before that, no pointer or key listener runs on it. */
  #updateIntent: ((next: IntentSettings) => void) | null = null;
  #lastCounts = '';

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    const { settings, signal } = deps;
    this.#intent = intentOf(settings);
    this.#highlighter = new Highlighter(lookOf(settings), () => pageShade(document));
    this.#store = new MentionStore(settings.yearRule);
    this.#card = new Card({ theme: settings.cardTheme, textSize: settings.cardTextSize }, () => {
      this.#current = null;
      this.#highlighter.setActive(null);
    });
    this.#observer = observePage(() => this.#card.host, (changes) => this.#enqueue(() => this.#apply(changes)), signal);
    this.#scanner = new Scanner({
      matcher: deps.matcher,
      ownHost: () => this.#card.host,
      onShadowRoot: (root) => {
        this.#shadowRoots.push(root);
        this.#observer.observe(root);
      },
    });
    signal.addEventListener('abort', () => {
      this.#card.dispose();
      this.#store.clear(this.#highlighter);
      this.#highlighter.dispose();
    }, { once: true });
  }

  get store(): MentionStore {
    return this.#store;
  }

  /** Scans the document and starts following its changes. */
  start(): Promise<void> {
    const root = document.body ?? document.documentElement;
    this.#observer.observe(document.documentElement);
    const pass = this.#enqueue(async () => {
      // Start in a task of its own, not in the one that read the settings and built the matcher.
      await yieldToPage();
      if (this.#deps.signal.aborted) return;
      const started = benchStart();
      const slicer = createSlicer(SLICE_BUDGET_MS, this.#deps.signal);
      await this.#scanner.scan(root, slicer, this.#keep, false);
      this.#commit();
      slicer.end();
      benchMeasure('initial-pass', started, { mentions: this.#highlighter.size });
    });
    this.#searchHosts(root);
    return pass;
  }

  /** Applies settings that need no rescan (looks, delays, trigger mode). */
  restyle(settings: Settings): void {
    this.#highlighter.setLook(lookOf(settings));
    this.#card.setLook({ theme: settings.cardTheme, textSize: settings.cardTextSize });
    this.#intent = intentOf(settings);
    this.#updateIntent?.(this.#intent);
  }

  /** Shows the card for the next mention (of `entity`, if given) after the last one revealed. */
  revealNext(entity: string | null): boolean {
    const next = nextInReadingOrder(this.#store, this.#lastRevealed, entity);
    if (!next) return false;
    this.#lastRevealed = next;
    revealMention(next);
    this.#highlighter.flash(next);
    this.#open(next, true);
    return true;
  }

  /** Hover, click and Esc: listened to from the first mention shown (a page without any runs none of it). */
  #startInteraction(): void {
    const { signal } = this.#deps;
    this.#updateIntent = trackIntent({
      hitTest: (x, y) => mentionAtPoint(this.#store, x, y, this.#shadowRoots),
      open: (mention) => this.#open(mention, false),
      prepare: (mention) => this.#prepare(mention),
      discardPrepared: () => this.#card.discardPrepared(),
      close: () => {
        this.#wanted = null;
        this.#card.close({ restoreFocus: false });
      },
      isOpen: () => this.#card.isOpen,
      current: () => this.#current,
      inCard: (event) => this.#card.containsEvent(event),
    }, this.#intent, signal);
    window.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape' && this.#card.isOpen) this.#card.close({ restoreFocus: true });
    }, { capture: true, signal });
  }

  #open(mention: PageMention, focus: boolean): void {
    this.#wanted = mention;
    const found = this.#cardFor(mention);
    if (found instanceof Promise) {
      found.then(() => {
        if (this.#wanted === mention && !this.#deps.signal.aborted) this.#open(mention, focus);
      }, this.#deps.onError);
      return;
    }
    if (!found) return;
    this.#current = mention;
    this.#highlighter.setActive(mention);
    this.#card.open(found, { range: mention.range }, { focus });
  }

  /** Builds the card for a mention the pointer rests on, hidden until the delay ends. */
  #prepare(mention: PageMention): void {
    const found = this.#cardFor(mention);
    // Texts still on their way: opening will wait for them.
    if (found && !(found instanceof Promise)) this.#card.prepare(found, { range: mention.range });
  }

  /**
   * What the card shows for `mention`: its topic first, then any other topic that shares
   * the trigger; null when it cannot show one (hidden now, or no HTML document), a
   * promise while the topics' texts are on their way.
   */
  #cardFor(mention: PageMention): CardTopics | null | Promise<unknown> {
    if (!this.#store.isShown(mention) || !this.#card.canOpen) return null;
    const languages = readerLanguages(mention.range.startContainer);
    const found: CardTopic[] = [];
    for (const key of [mention.key, ...(mention.also ?? [])]) {
      const [topic, entity] = splitEntityKey(key);
      const pack = this.#texts.get(topic, languages);
      // One topic's texts at a time: #open asks again once they are here.
      if (!pack) return this.#texts.load(topic, languages);
      const item = findEntity([pack], topic, entity);
      if (item) found.push(item);
    }
    // Not empty: the mention's own topic (or, were it missing, another) comes first.
    return found.length > 0 ? (found as unknown as CardTopics) : null;
  }

  /** Runs page work one batch at a time; a failure is contained and reported. */
  #enqueue(work: () => Promise<void> | void): Promise<void> {
    this.#queue = this.#queue.then(work).catch((error: unknown) => {
      if (!this.#deps.signal.aborted) this.#deps.onError(error);
    });
    return this.#queue;
  }

  async #apply(changes: PageChanges): Promise<void> {
    if (this.#deps.signal.aborted) return;
    const started = benchStart();
    const store = this.#store;
    if (changes.removed) store.pruneDisconnected();
    if (changes.restyled.length > RESTYLE_RECHECK_ALL) this.#recheck(null);
    else for (const element of changes.restyled) this.#recheck(element);
    const slicer = createSlicer(SLICE_BUDGET_MS, this.#deps.signal);
    for (const root of changes.dirty) {
      // What was found in it before may have changed; an added subtree holds nothing yet.
      if (!changes.fresh.has(root)) store.removeWithin(root);
      await this.#scanner.scan(root, slicer, this.#keep);
    }
    this.#commit();
    if (this.#current && !store.isShown(this.#current)) this.#card.close({ restoreFocus: false });
    slicer.end();
    benchMeasure('update', started, { dirty: changes.dirty.length });
    for (const root of changes.dirty) if (changes.fresh.has(root) && root instanceof Element) this.#searchHosts(root);
  }

  /** A run the scanner found: kept shown, or hidden for a later recheck when its text is not rendered. */
  readonly #keep = (run: FoundRun): void => {
    this.#store.add(run.nodes, run.found, stateOf(run.nodes));
  };

  /** Text under `within` (or anywhere) may have been shown or hidden. */
  #recheck(within: Element | null): void {
    for (const run of this.#store.runs()) {
      if (within && !within.contains(run.nodes[0]!)) continue;
      this.#store.setState(run, stateOf(run.nodes));
    }
  }

  /** Marks what the store holds now, and reports the counts when they changed. */
  #commit(): void {
    this.#store.commit(this.#highlighter);
    if (!this.#updateIntent && this.#highlighter.size > 0) this.#startInteraction();
    const counts = this.#store.counts();
    const serialized = JSON.stringify(counts);
    if (serialized === this.#lastCounts) return;
    this.#lastCounts = serialized;
    this.#deps.onCounts(counts);
    // Fetch the card's texts, in the page's language, once the page is idle: long before a hover.
    const keys = Object.keys(counts);
    if (keys.length === 0) return;
    void yieldToIdle().then(() => {
      const languages = readerLanguages(document.documentElement);
      for (const key of keys) {
        const [topic] = splitEntityKey(key);
        if (!this.#deps.signal.aborted && !this.#texts.get(topic, languages)) this.#texts.load(topic, languages).catch(() => {});
      }
    });
  }

  /**
   * Open shadow roots (of custom elements, and of built-in ones such as a div with
   * attachShadow, which only a look at every element finds): one walk in idle time after
   * the page is marked, beside the queue of page work; only scanning what it finds joins
   * the queue.
   */
  #searchHosts(root: Element): void {
    const { signal } = this.#deps;
    void (async () => {
      await yieldToIdle();
      if (signal.aborted || !root.isConnected) return;
      const started = benchStart();
      const slicer = createSlicer(SLICE_BUDGET_MS, signal, yieldToIdle);
      const found = await this.#scanner.findHostsByWalk(root, slicer);
      slicer.end();
      benchMeasure('shadow-search', started, { found: found.length });
      if (found.length > 0) await this.#enqueue(() => this.#scanShadowRoots(found));
    })().catch((error: unknown) => {
      if (!signal.aborted) this.#deps.onError(error);
    });
  }

  async #scanShadowRoots(roots: readonly ShadowRoot[]): Promise<void> {
    const slicer = createSlicer(SLICE_BUDGET_MS, this.#deps.signal);
    for (const root of roots) await this.#scanner.scan(root, slicer, this.#keep);
    this.#commit();
    slicer.end();
  }
}

function stateOf(nodes: readonly Text[]): 'shown' | 'hidden' {
  return isRenderedText(nodes[0]!) ? 'shown' : 'hidden';
}

function lookOf(settings: Settings) {
  return { style: settings.highlightStyle, color: settings.highlightColor };
}

function intentOf(settings: Settings): IntentSettings {
  return {
    mode: settings.triggerMode,
    modifierKey: settings.modifierKey,
    openDelayMs: settings.openDelayMs,
    closeDelayMs: settings.closeDelayMs,
  };
}
