/**
 * Background entry (Chrome service worker, Firefox event page): routes messages, keeps
 * per-tab counts for the popup and the badge, and forwards the keyboard command.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { localizePack } from '../core/pack/localize.ts';
import { loadPacks } from '../core/pack/packs.ts';
import { quietReason } from '../core/page-quiet.ts';
import { summarizeTab, type FrameReport } from '../core/tab-counts.ts';
import { handleMessages, sendToTab } from '../shared/messaging.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { updateBadge } from './badge.ts';
import { scannableUrl } from '../core/scannable.ts';
import { TabStateStore } from './tab-state-store.ts';
import { matcherCache } from './matcher-cache.ts';
import { TopicCache } from './topic-cache.ts';

const store = new TabStateStore();
const topics = new TopicCache();
const matcherFor = matcherCache(loadPacks().packs);
const lifetime = new AbortController();
let badgeEnabled: Promise<boolean> = loadSettings().then(({ settings }) => settings.badge, () => true);

handleMessages({
  'content:settings': async ({ first }, sender) => {
    const [{ settings }, feed] = await Promise.all([loadSettings(), topics.feed()]);
    // A new document has nothing marked yet: recorded here, its frame reports only changes.
    if (first) await record(sender, { counts: {}, quiet: quietReason(settings, hostOf(sender.url ?? '') ?? '') });
    return { settings, ...matcherFor(settings, feed) };
  },
  'content:topic': async ({ topic, languages }) => {
    const found = (await topics.topics()).find((candidate) => candidate.pack.id === topic);
    if (!found) throw new Error(`No topic "${topic}"`);
    return localizePack(found.pack, languages);
  },
  'content:counts': async (report, sender) => {
    await record(sender, report);
    return null;
  },
  'content:error': ({ message, stack }, sender) => {
    console.error(`Backstory content script error in ${sender.url ?? 'a page'}: ${message}\n${stack}`);
    return null;
  },
}, lifetime.signal, (sender) => sender.tab?.id !== undefined);

handleMessages({
  'popup:tab-state': async ({ tabId }) => {
    // Without the "tabs" permission tab.url is hidden; the top frame's report carries it.
    const tab = await browser.tabs.get(tabId);
    const summary = summarizeTab(await store.get(), tabId);
    const url = tab.url ?? summary.url ?? '';
    return {
      scannable: scannableUrl(url) && summary.reported,
      host: hostOf(url),
      quiet: summary.quiet,
      counts: summary.counts,
    };
  },
}, lifetime.signal, (sender) => sender.tab === undefined || sender.url?.startsWith(browser.runtime.getURL('')) === true);

/** A frame's report, kept for the popup and shown on the badge. */
async function record(sender: Runtime.MessageSender, { counts, quiet }: Pick<FrameReport, 'counts' | 'quiet'>): Promise<void> {
  const tabId = sender.tab!.id!;
  const state = await store.record(tabId, sender.frameId ?? 0, { counts, quiet, url: sender.url ?? '' });
  await updateBadge(state, tabId, await badgeEnabled);
}

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: its frames report afresh.
  if (change.status === 'loading' && change.url !== undefined) void store.forget(tabId).then((state) => updateBadge(state, tabId, true));
});
browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'show-next-mention') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, 'page:reveal-next', { entity: null }).catch(() => {});
});

onSettingsChanged(async (settings) => {
  badgeEnabled = Promise.resolve(settings.badge);
  const state = await store.get();
  for (const tabId of Object.keys(state)) await updateBadge(state, Number(tabId), settings.badge);
}, lifetime.signal);

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
