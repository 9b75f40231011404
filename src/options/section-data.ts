import { cloneDefaults } from '../core/settings/defaults.ts';
import { exportSettingsFile } from '../core/settings/file.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { downloadText } from './download.ts';
import { exportFileName } from './export-name.ts';
import { help } from './fields.ts';
import { importField } from './import-field.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';

/** Export to a file, import from one, reset to defaults. */
export function dataSection(model: OptionsModel, say: (text: string) => void): Section {
  const exportButton = h('button', { type: 'button', id: 'export-settings', 'aria-describedby': 'export-settings-help' }, t('optionsExport'));
  exportButton.addEventListener('click', () => {
    downloadText(exportSettingsFile(model.settings), exportFileName(new Date()));
    say(t('optionsExported'));
  });

  const dialog = confirmDialog({
    id: 'reset-dialog',
    title: t('optionsResetTitle'),
    text: t('optionsResetText'),
    confirm: t('optionsResetConfirm'),
    cancel: t('optionsCancel'),
  });
  const resetButton = h('button', { type: 'button', id: 'reset-settings', class: 'danger', 'aria-describedby': 'reset-settings-help' }, t('optionsReset'));
  resetButton.addEventListener('click', () => {
    void dialog.ask().then(async (confirmed) => {
      if (confirmed && (await model.save(() => cloneDefaults()))) say(t('optionsResetDone'));
    });
  });

  return {
    element: region('data', t('optionsDataTitle'), null,
      h('div', { class: 'field' }, exportButton, help('export-settings-help', t('optionsExportHelp'))),
      importField(model, say),
      h('div', { class: 'field' }, resetButton, help('reset-settings-help', t('optionsResetHelp'))),
      dialog.element),
    sync: () => {},
  };
}
