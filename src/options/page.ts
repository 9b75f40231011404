import { loadPacks } from '../core/pack/packs.ts';
import { SYNC_UNAVAILABLE, loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import { loadTopics, onTopicsChanged, removeTopic, saveTopic, setTopicEnabled } from '../shared/topic-store.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { errorText } from '../ui/message-text.ts';
import { OptionsModel } from './model.ts';
import { createNotices } from './notices.ts';
import { appearanceSection } from './section-appearance.ts';
import { behaviourSection } from './section-behaviour.ts';
import { dataSection } from './section-data.ts';
import { previewSection } from './section-preview.ts';
import { sitesSection } from './section-sites.ts';
import { topicsSection } from './section-topics.ts';
import { yearSection } from './section-year.ts';
import { createStatus } from './status.ts';
import { TopicsModel } from './topics-model.ts';

/** Builds the options page into `root` and keeps it in step with storage until `signal` aborts. */
export async function startOptionsPage(root: HTMLElement, signal: AbortSignal): Promise<void> {
  // The language the messages are in (the browser's UI language may have none).
  document.documentElement.lang = t('optionsLocale');
  document.title = t('optionsTitle');
  const bundled = loadPacks().packs;
  const topics = new TopicsModel(bundled, {
    load: loadTopics,
    save: (pack, file) => saveTopic(pack, file),
    remove: removeTopic,
    setEnabled: setTopicEnabled,
  });
  const [{ settings, problems, area }] = await Promise.all([loadSettings(), topics.reload()]);

  const status = createStatus();
  const notices = createNotices();
  notices.problems(problems);
  notices.fallback(area === 'local' ? {} : null);
  const model = new OptionsModel(settings, { update: updateSettings, load: loadSettings }, {
    saved: (result) => {
      notices.error(null);
      notices.fallback(result.area === 'local' ? { reason: result.fellBack === SYNC_UNAVAILABLE ? t('optionsSyncUnavailable') : result.fellBack } : null);
      status.saved();
    },
    failed: (error) => notices.error(t('optionsSaveFailed', errorText(error))),
  });

  const sections = [
    topicsSection(model, topics, status.say),
    yearSection(model),
    appearanceSection(model),
    behaviourSection(model),
    sitesSection(model),
    dataSection(model, status.say),
  ];
  const preview = previewSection(topics);
  root.replaceChildren(
    h('header', { class: 'page-header' }, h('h1', {}, t('optionsTitle')), status.element),
    notices.element,
    h('div', { class: 'layout' }, h('div', { class: 'settings' }, ...sections.map((section) => section.element)), preview.element),
  );
  for (const section of [...sections, preview]) model.watch(section.sync);
  onSettingsChanged((next) => model.external(next), signal);
  // Another options tab may import, remove or switch a topic.
  onTopicsChanged(() => void topics.reload().catch(() => {}), signal);
}

/** The page could not start (storage unreadable, extension reloading): say so instead of showing nothing. */
export function showStartFailure(root: HTMLElement, error: unknown): void {
  root.replaceChildren(h('h1', {}, t('optionsTitle')), h('p', { class: 'notice notice-error', role: 'alert' }, t('optionsLoadFailed', errorText(error))));
}
