import type { LocalizedPack } from '../core/pack/types.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { topicView } from '../ui/topic-view.ts';

/** The extension's name and the bundled topics' titles. */
export function popupHeader(packs: readonly LocalizedPack[]): HTMLElement {
  return h('header', { class: 'bs-header' },
    h('h1', {}, t('extName')),
    h('p', { class: 'bs-header-topic' }, packs.map((pack) => pack.title).join(' · ')));
}

/** Each topic's summary, facts and quotes: the card's own components, collapsed. */
export function topicSections(packs: readonly LocalizedPack[]): HTMLElement[] {
  return packs.map((pack) => h('details', { class: 'bs-about', 'data-topic': pack.id },
    h('summary', {}, packs.length === 1 ? t('popupAbout') : t('popupAboutTopic', pack.title)),
    topicView(pack, null)));
}
