import { t } from '../ui/i18n.ts';
import { pluralKey } from '../core/i18n/plural.ts';

/** "1 mention", "5 mentions"; "5 упоминаний" (plural rules of the locale file in use). */
export function mentionsText(count: number): string {
  return t(pluralKey('popupMentions', t('popupLocale'), count), String(count));
}
