import { FILE_UNREADABLE, SETTINGS_FILE_MAX_BYTES, fileTooLarge, importSettingsFile, type ImportResult } from '../core/settings/file.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { messageText } from '../ui/message-text.ts';
import { errorText, fieldLabel, help, showError } from './fields.ts';
import type { OptionsModel } from './model.ts';

/** A file input; a refused file is explained beside it and changes nothing. */
export function importField(model: OptionsModel, say: (text: string) => void): HTMLElement {
  const id = 'import-settings';
  const input = h('input', { type: 'file', id, 'aria-describedby': `${id}-help ${id}-error ${id}-notes` });
  input.accept = '.json,application/json';
  const error = errorText(`${id}-error`);
  const notes = h('div', { class: 'notes', id: `${id}-notes`, 'aria-live': 'polite' });

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void read(file).then(async (result) => {
      // Cleared so choosing the same file again (after fixing it) reads it again.
      input.value = '';
      notes.replaceChildren();
      if (!result.ok) {
        showError(input, error, messageText(result.error));
        return;
      }
      showError(input, error, null);
      if (await model.save(() => result.settings)) {
        notes.replaceChildren(...[t('optionsImported', file.name), ...result.notes.map(messageText)].map((line) => h('p', {}, line)));
        say(t('optionsImportedShort'));
      }
    });
  });

  return h('div', { class: 'field' }, fieldLabel(id, t('optionsImportLabel')), input, help(`${id}-help`, t('optionsImportHelp')), error, notes);
}

async function read(file: File): Promise<ImportResult> {
  // Not read at all when too large: the page should not hold a huge file to refuse it.
  if (file.size > SETTINGS_FILE_MAX_BYTES) {
    return { ok: false, error: fileTooLarge(file.size) };
  }
  try {
    return importSettingsFile(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, error: FILE_UNREADABLE };
  }
}
