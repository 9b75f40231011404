import { topicsInUse } from '../core/pack/topics.ts';
import { localizePack } from '../core/pack/localize.ts';
import type { LocalizedPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { findEntity } from '../core/matching-settings.ts';
import { cardPreview } from './preview-card.ts';
import { leadKey } from './preview-mentions.ts';
import { samplePreview } from './preview-sample.ts';
import { sampleText } from './preview-texts.ts';
import { region, type Section } from './section.ts';
import type { TopicsModel } from './topics-model.ts';

/**
 * What the settings look like on a page: marked mentions and the card they open, for the
 * topics in use (bundled and imported, less those switched off), following them as the
 * Topics section and other pages change them.
 */
export function previewSection(topics: TopicsModel): Section {
  const sample = samplePreview();
  const card = cardPreview();
  const element = region('preview', t('optionsPreviewTitle'), t('optionsPreviewIntro'), sample.element, card.element);
  element.classList.add('preview');
  let packs: LocalizedPack[] = [];
  let settings: Settings | null = null;

  const render = () => {
    if (!settings) return;
    const mentions = sample.sync(settings);
    const lead = leadKey(packs, mentions, settings.disabledEntities);
    card.show(lead && findEntity(packs, lead.topic, lead.entity), settings);
  };
  let shown = '';
  topics.watch((current) => {
    const inUse = topicsInUse(current);
    // A reload that found nothing new, or a topic switched off that was off, leaves the preview as it is.
    const next = JSON.stringify(inUse.map((topic) => [topic.pack.id, topic.origin]));
    if (next === shown) return;
    shown = next;
    const written = { text: t('optionsPreviewSample'), lang: t('optionsLocale') };
    const shownTopics = inUse.map((topic) => ({ topic, pack: localizePack(topic.pack, readerLanguages()) }));
    packs = shownTopics.map(({ pack }) => pack);
    sample.show(packs, shownTopics.map(({ topic, pack }) => sampleText(pack, topic.origin.bundled ? written : null)));
    render();
  });
  return {
    element,
    sync: (next) => {
      settings = next;
      render();
    },
  };
}
