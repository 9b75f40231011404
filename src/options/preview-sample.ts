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

/**
 * A sample paragraph marked exactly as a page would be: the real matcher finds the
 * mentions, and one Highlight is registered under the name whose ::highlight() rule the
 * content stylesheet (imported above) defines for the chosen style, colour and shade.
 */
export function samplePreview(packs: readonly ContentPack[]): { element: HTMLElement; sync(settings: Settings): Mention[] } {
  const text = document.createTextNode(t('optionsPreviewSample'));
  const element = h('p', { class: 'sample', id: 'preview-sample' }, text);
  const marks = new Highlight();
  const dark = matchMedia('(prefers-color-scheme: dark)');
  let registered: string | null = null;
  let matchedFor = '';
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
    sync: (settings) => {
      const key = matchingKey(settings);
      if (key !== matchedFor) {
        matchedFor = key;
        mentions = visibleMentions(createMatcher(matcherOptionsFor(packs, settings)).find(text.data), settings.yearRule);
        marks.clear();
        for (const mention of mentions) marks.add(new StaticRange({ startContainer: text, startOffset: mention.start, endContainer: text, endOffset: mention.end }));
      }
      look = { highlightStyle: settings.highlightStyle, highlightColor: settings.highlightColor };
      register();
      return mentions;
    },
  };
}
