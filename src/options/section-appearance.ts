import { CARD_THEMES, HIGHLIGHT_STYLES, type CardTheme, type HighlightStyle } from '../core/settings/defaults.ts';
import { HIGHLIGHT_COLORS, highlightPalette, type HighlightColor } from '../core/settings/palette.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { radioGroup } from './fields.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';
import { textSizeField } from './text-size-field.ts';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  both: 'optionsStyleBoth',
  none: 'optionsStyleNone',
};
const COLOR_LABELS: Record<HighlightColor, string> = {
  amber: 'optionsColorAmber',
  blue: 'optionsColorBlue',
  green: 'optionsColorGreen',
  rose: 'optionsColorRose',
  violet: 'optionsColorViolet',
};
const THEME_LABELS: Record<CardTheme, string> = {
  auto: 'optionsThemeAuto',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};

export function appearanceSection(model: OptionsModel): Section {
  const style = radioGroup('highlightStyle', t('optionsStyleLegend'), t('optionsStyleHelp'),
    HIGHLIGHT_STYLES.map((value) => ({ value, label: t(STYLE_LABELS[value]) })),
    (value) => void model.set('highlightStyle', value));
  const color = radioGroup('highlightColor', t('optionsColorLegend'), t('optionsColorHelp'),
    HIGHLIGHT_COLORS.map((value) => ({ value, label: t(COLOR_LABELS[value]), decoration: swatch(value) })),
    (value) => void model.set('highlightColor', value));
  color.element.classList.add('swatches');
  const theme = radioGroup('cardTheme', t('optionsThemeLegend'), t('optionsThemeHelp'),
    CARD_THEMES.map((value) => ({ value, label: t(THEME_LABELS[value]) })),
    (value) => void model.set('cardTheme', value));
  const size = textSizeField(model);
  return {
    element: region('appearance', t('optionsAppearanceTitle'), null, style.element, color.element, theme.element, size.element),
    sync: (settings) => {
      style.set(settings.highlightStyle);
      color.set(settings.highlightColor);
      theme.set(settings.cardTheme);
      size.set(settings.cardTextSize);
    },
  };
}

/** The colour as it shows on light and on dark pages (the stylesheet picks by colour scheme). */
function swatch(color: HighlightColor): HTMLElement {
  const element = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  const { light, dark } = highlightPalette[color];
  element.style.setProperty('--swatch-line-light', light.line);
  element.style.setProperty('--swatch-fill-light', light.fill);
  element.style.setProperty('--swatch-line-dark', dark.line);
  element.style.setProperty('--swatch-fill-dark', dark.fill);
  return element;
}
