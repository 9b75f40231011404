import { YEAR_RULES, type YearRule } from '../core/settings/defaults.ts';
import { t } from '../ui/i18n.ts';
import { radioGroup } from './fields.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';

const LABELS: Record<YearRule, [label: string, help: string]> = {
  always: ['optionsYearAlways', 'optionsYearAlwaysHelp'],
  topic: ['optionsYearTopic', 'optionsYearTopicHelp'],
  never: ['optionsYearNever', 'optionsYearNeverHelp'],
};

export function yearSection(model: OptionsModel): Section {
  const choices = YEAR_RULES.map((value) => ({ value, label: t(LABELS[value][0]), help: t(LABELS[value][1]) }));
  const rule = radioGroup('yearRule', t('optionsYearLegend'), t('optionsYearHelp'), choices, (value) => void model.set('yearRule', value));
  return {
    element: region('year', t('optionsYearTitle'), null, rule.element),
    sync: (settings) => rule.set(settings.yearRule),
  };
}
