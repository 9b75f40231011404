import browser from 'webextension-polyfill';
import type { TabState } from '../core/messages.ts';
import type { LocalizedPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { sendToTab } from '../shared/messaging.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { activeTabId } from './active-tab.ts';
import { pageSection } from './page-section.ts';
import { pageView } from './page-view.ts';
import { pauseSwitch } from './pause-switch.ts';
import { siteSwitch } from './site-switch.ts';
import { watchTabState } from './tab-state-feed.ts';
import { popupHeader, topicSections } from './topic-section.ts';

const NO_TAB: TabState = { scannable: false, host: null, quiet: null, counts: {} };

/** Calls back with the topics in use now and after each change, until `signal` aborts (topics-feed.ts). */
export type TopicsSource = (onPacks: (packs: readonly LocalizedPack[]) => void, signal: AbortSignal) => void;

/** Builds the popup into `root` and keeps it live (topics, settings, the tab's counts) until `signal` aborts. */
export async function startPopup(root: HTMLElement, topics: TopicsSource, signal: AbortSignal): Promise<void> {
  const status = h('p', { class: 'bs-status', role: 'status' });
  const announce = (text: string) => {
    status.textContent = text;
  };
  let tabId: number | null = null;
  let state: TabState | null = null;
  let settings: Settings | null = null;
  let packs: readonly LocalizedPack[] | null = null;

  const page = pageSection((entity) => {
    if (tabId === null) return;
    announce('');
    sendToTab(tabId, 'page:reveal-next', { entity }).then(
      ({ found }) => {
        if (!found) announce(t('popupRevealMissed'));
      },
      () => announce(t('popupRevealFailed')),
    );
  }, signal);
  const site = siteSwitch(announce, signal);
  const pause = pauseSwitch(announce, signal);
  const options = h('button', { type: 'button', class: 'bs-options' }, t('popupOptions'));
  options.addEventListener('click', () => void browser.runtime.openOptionsPage().then(() => window.close(), () => {}), { signal });

  const header = popupHeader();
  const about = topicSections();
  root.replaceChildren(
    header.element,
    h('main', {}, page.root, status, h('div', { class: 'bs-switches' }, site.root, pause.root), about.element),
    h('footer', { class: 'bs-footer' }, options),
  );

  const render = () => {
    // Counts are named by the topics: until they are read, the popup is still looking.
    page.render(packs === null ? { kind: 'loading' } : pageView(state, settings, packs));
    if (settings) site.update(state, settings);
  };
  const takeSettings = (next: Settings) => {
    settings = next;
    pause.update(next);
    render();
  };
  render();
  topics((next) => {
    packs = next;
    header.show(next);
    about.show(next);
    render();
  }, signal);
  onSettingsChanged(takeSettings, signal);
  const [loaded, tab] = await Promise.all([loadSettings().then((result) => result.settings, () => null), activeTabId().catch(() => null)]);
  if (signal.aborted) return;
  // A change heard meanwhile is newer than what was loaded.
  if (settings === null && loaded !== null) takeSettings(loaded);
  tabId = tab;
  if (tabId === null) {
    state = NO_TAB;
    render();
    return;
  }
  watchTabState(tabId, (next) => {
    state = next;
    render();
  }, signal);
}
