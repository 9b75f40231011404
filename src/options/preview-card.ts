import cardCss from '../content/card/card.css?inline';
import type { LocalizedEntity, LocalizedPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { entityHeading, topicView } from '../ui/topic-view.ts';

/** The real card's stylesheet, with the card placed in the flow of the page instead of over it. */
const IN_FLOW = `
.bs-card { position: relative; top: auto; left: auto; z-index: auto; width: 100%; max-width: 26em; max-height: none; }
`;

/** The hover card as a page would show it, from the shared components and the card's own CSS. */
export function cardPreview(): { element: HTMLElement; show(lead: { pack: LocalizedPack; entity: LocalizedEntity } | null, settings: Settings): void } {
  const element = h('div', { class: 'card-preview' });
  const root = element.attachShadow({ mode: 'open' });
  const sheets = [cardCss, IN_FLOW].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  root.adoptedStyleSheets = sheets;
  let shown: LocalizedEntity | null | undefined;
  const card = h('div', { class: 'bs-card', role: 'group', 'aria-labelledby': 'preview-card-heading', lang: 'en' });
  root.append(card);

  return {
    element,
    show: (lead, settings) => {
      card.dataset.theme = settings.cardTheme;
      card.style.setProperty('--bs-scale', String(settings.cardTextSize / 100));
      if (lead?.entity === shown) return;
      shown = lead?.entity ?? null;
      if (lead) card.lang = lead.pack.language;
      card.replaceChildren(lead
        ? h('div', { class: 'bs-inner' }, entityHeading(lead.pack, lead.entity, 'preview-card-heading'), topicView(lead.pack, lead.entity))
        : h('p', { id: 'preview-card-heading' }, t('optionsPreviewNoEntity')));
    },
  };
}
