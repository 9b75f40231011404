import { LIMITS, MODIFIER_KEYS, TRIGGER_MODES, type ModifierKey, type TriggerMode } from '../core/settings/defaults.ts';
import { t } from '../ui/i18n.ts';
import { checkbox, radioGroup, select } from './fields.ts';
import type { OptionsModel } from './model.ts';
import { numberField } from './number-field.ts';
import { region, type Section } from './section.ts';

const MODE_LABELS: Record<TriggerMode, [label: string, help: string]> = {
  hover: ['optionsTriggerHover', 'optionsTriggerHoverHelp'],
  modifier: ['optionsTriggerModifier', 'optionsTriggerModifierHelp'],
  click: ['optionsTriggerClick', 'optionsTriggerClickHelp'],
};
const KEY_LABELS: Record<ModifierKey, string> = {
  Alt: 'optionsKeyAlt',
  Shift: 'optionsKeyShift',
  Control: 'optionsKeyControl',
  Meta: 'optionsKeyMeta',
};

export function behaviourSection(model: OptionsModel): Section {
  const mode = radioGroup('triggerMode', t('optionsTriggerLegend'), null,
    TRIGGER_MODES.map((value) => ({ value, label: t(MODE_LABELS[value][0]), help: t(MODE_LABELS[value][1]) })),
    (value) => void model.set('triggerMode', value));
  const key = select('modifierKey', t('optionsKeyLabel'), t('optionsKeyHelp'),
    MODIFIER_KEYS.map((value) => ({ value, label: t(KEY_LABELS[value]) })),
    (value) => void model.set('modifierKey', value));
  const ms = t('optionsMs');
  const open = numberField('openDelayMs', t('optionsOpenDelayLabel'), t('optionsOpenDelayHelp'), ms, LIMITS.openDelayMs,
    (value) => void model.set('openDelayMs', value));
  const close = numberField('closeDelayMs', t('optionsCloseDelayLabel'), t('optionsCloseDelayHelp'), ms, LIMITS.closeDelayMs,
    (value) => void model.set('closeDelayMs', value));
  const badge = checkbox('badge', t('optionsBadgeLabel'), t('optionsBadgeHelp'), (checked) => void model.set('badge', checked));
  return {
    element: region('behaviour', t('optionsBehaviourTitle'), null, mode.element, key.element, open.element, close.element, badge.element),
    sync: (settings) => {
      mode.set(settings.triggerMode);
      key.set(settings.modifierKey);
      key.element.hidden = settings.triggerMode !== 'modifier';
      open.set(settings.openDelayMs);
      close.set(settings.closeDelayMs);
      badge.set(settings.badge);
    },
  };
}
