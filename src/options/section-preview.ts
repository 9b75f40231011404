import type { LocalizedPack } from '../core/pack/types.ts';
import { t } from '../ui/i18n.ts';
import { findEntity } from '../core/matching-settings.ts';
import { cardPreview } from './preview-card.ts';
import { leadKey } from './preview-mentions.ts';
import { samplePreview } from './preview-sample.ts';
import { region, type Section } from './section.ts';

/** What the settings look like on a page: marked mentions and the card they open. */
export function previewSection(packs: readonly LocalizedPack[]): Section {
  const sample = samplePreview(packs);
  const card = cardPreview();
  const element = region('preview', t('optionsPreviewTitle'), t('optionsPreviewIntro'), sample.element, card.element);
  element.classList.add('preview');
  return {
    element,
    sync: (settings) => {
      const mentions = sample.sync(settings);
      const lead = leadKey(packs, mentions, settings.disabledEntities);
      card.show(lead && findEntity(packs, lead.topic, lead.entity), settings);
    },
  };
}
