import type { LocalizedPack } from '../core/pack/types.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { topicView } from '../ui/topic-view.ts';

export interface TopicPart {
  element: HTMLElement;
  /** Shows the topics in use now (they change while the popup is open). */
  show(packs: readonly LocalizedPack[]): void;
}

/** The extension's name and the titles of the topics in use. */
export function popupHeader(): TopicPart {
  const titles = h('p', { class: 'bs-header-topic' });
  return {
    element: h('header', { class: 'bs-header' }, h('h1', {}, t('extName')), titles),
    show: (packs) => {
      titles.textContent = packs.map((pack) => pack.title).join(' · ');
    },
  };
}

/**
 * Each topic's summary, facts and quotes: the card's own components, collapsed. Rebuilt
 * when the topics change; a topic still there stays open if it was, and keeps the focus.
 */
export function topicSections(): TopicPart {
  const element = h('div', { class: 'bs-topics' });
  return {
    element,
    show: (packs) => {
      const sections = () => [...element.querySelectorAll<HTMLDetailsElement>('details[data-topic]')];
      const open = new Set(sections().filter((section) => section.open).map((section) => section.dataset.topic));
      const focused = element.contains(document.activeElement) ? document.activeElement?.closest<HTMLElement>('details[data-topic]')?.dataset.topic : undefined;
      element.replaceChildren(...packs.map((pack) => {
        const section = h('details', { class: 'bs-about', 'data-topic': pack.id },
          h('summary', {}, packs.length === 1 ? t('popupAbout') : t('popupAboutTopic', pack.title)),
          topicView(pack, null));
        section.open = open.has(pack.id);
        return section;
      }));
      if (focused !== undefined) sections().find((section) => section.dataset.topic === focused)?.querySelector('summary')?.focus();
    },
  };
}
