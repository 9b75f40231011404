import '../content/highlights.css';
import { highlightName, type PageShade } from '../core/highlight-names.ts';
import { createMatcher } from '../core/matcher/index.ts';
import type { Mention } from '../core/matcher/types.ts';
import type { ContentPack } from '../core/pack/types.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { matcherOptionsFor, matchingKey } from '../core/matching-settings.ts';
import { visibleMentions } from './preview-mentions.ts';
import type { SampleText } from './preview-texts.ts';

export interface SamplePreview {
  element: HTMLElement;
  /** Shows one paragraph per topic in use; `packs` are those topics, in the page's order. */
  show(packs: readonly ContentPack[], texts: readonly SampleText[]): void;
  /** Marks the paragraphs under `settings`; the mentions shown, in order. */
  sync(settings: Settings): Mention[];
}

/**
 * Sample paragraphs marked exactly as a page would be: the real matcher, over the topics in
 * use, finds the mentions, and one Highlight is registered under the name whose
 * ::highlight() rule the content stylesheet (imported above) defines for the chosen style,
 * colour and shade. The year rule applies to each paragraph as to a page.
 */
export function samplePreview(): SamplePreview {
  const element = h('div', { class: 'sample', id: 'preview-sample' });
  const marks = new Highlight();
  const dark = matchMedia('(prefers-color-scheme: dark)');
  let packs: readonly ContentPack[] = [];
  let texts: Text[] = [];
  let registered: string | null = null;
  let matchedFor: string | null = null;
  let mentions: Mention[] = [];
  let look: Pick<Settings, 'highlightStyle' | 'highlightColor'> | null = null;

  const register = () => {
    if (!look) return;
    const shade: PageShade = dark.matches ? 'dark' : 'light';
    const name = look.highlightStyle === 'none' ? null : highlightName(look.highlightStyle, look.highlightColor, shade);
    if (name === registered) return;
    if (registered) CSS.highlights.delete(registered);
    if (name) CSS.highlights.set(name, marks);
    registered = name;
  };
  dark.addEventListener('change', register);

  return {
    element,
    show: (nextPacks, samples) => {
      packs = nextPacks;
      texts = samples.map((sample) => document.createTextNode(sample.text));
      element.replaceChildren(...(samples.length === 0
        ? [h('p', { class: 'empty' }, t('optionsPreviewNoTopic'))]
        : samples.map((sample, index) => h('p', { lang: sample.lang, 'data-topic': sample.topic }, texts[index]))));
      marks.clear();
      matchedFor = null;
    },
    sync: (settings) => {
      const key = matchingKey(settings);
      if (key !== matchedFor) {
        matchedFor = key;
        const matcher = createMatcher(matcherOptionsFor(packs, settings));
        marks.clear();
        mentions = texts.flatMap((text) => {
          const shown = visibleMentions(matcher.find(text.data), settings.yearRule);
          for (const mention of shown) marks.add(new StaticRange({ startContainer: text, startOffset: mention.start, endContainer: text, endOffset: mention.end }));
          return shown;
        });
      }
      look = { highlightStyle: settings.highlightStyle, highlightColor: settings.highlightColor };
      register();
      return mentions;
    },
  };
}
