import { packErrorLines } from '../core/pack/format.ts';
import { readPackFile } from '../core/pack/file.ts';
import { PACK_LIMITS } from '../core/pack/limits.ts';
import { localizePack } from '../core/pack/localize.ts';
import { packError } from '../core/pack/messages.ts';
import type { PackResult } from '../core/pack/validate.ts';
import type { ContentPack } from '../core/pack/types.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { fieldLabel, help } from './fields.ts';
import { previewEntities, type TopicsModel } from './topics-model.ts';
import { saveFailure } from './topic-errors.ts';

/**
 * Importing a topic pack: the file is read and validated (readPackFile, the one validator
 * for files people bring); a refused file lists every problem with its place in the JSON
 * and changes nothing; an accepted one is previewed, and kept only on "Add", after a
 * confirmation when it replaces a topic with the same id.
 */
export function topicImport(topics: TopicsModel, say: (text: string) => void): HTMLElement {
  const id = 'import-topic';
  const input = h('input', { type: 'file', id, 'aria-describedby': `${id}-help ${id}-errors` });
  input.accept = '.json,application/json';
  const errors = h('div', { class: 'error', id: `${id}-errors`, role: 'alert' });
  const preview = h('div', { class: 'topic-preview', id: 'topic-preview' });
  preview.hidden = true;
  const dialogs = h('div', {});

  const clear = () => {
    errors.replaceChildren();
    preview.replaceChildren();
    preview.hidden = true;
    input.removeAttribute('aria-invalid');
  };

  const show = (pack: ContentPack, file: string) => {
    const shown = localizePack(pack, readerLanguages());
    const add = h('button', { type: 'button', id: 'topic-add' }, t('optionsTopicAdd'));
    const cancel = h('button', { type: 'button', class: 'secondary', id: 'topic-cancel' }, t('optionsCancel'));
    cancel.addEventListener('click', () => {
      clear();
      input.focus();
    });
    add.addEventListener('click', () => void keep(pack, shown.title, file));
    preview.replaceChildren(
      h('h3', { id: 'topic-preview-title' }, t('optionsTopicPreviewTitle', shown.title)),
      h('p', {}, t('optionsTopicPreviewIntro')),
      h('ul', { class: 'topic-preview-entities' }, ...previewEntities(shown.entities).map((entity) =>
        h('li', { 'data-preview-entity': entity.id }, h('strong', {}, entity.name), ': ', entity.triggers.join(', ')))),
      h('div', { class: 'dialog-actions' }, cancel, add));
    preview.hidden = false;
    add.focus();
  };

  const keep = async (pack: ContentPack, title: string, file: string) => {
    const { replaces } = topics.effectOf(pack);
    if (replaces) {
      const dialog = confirmDialog({
        id: 'replace-topic-dialog',
        title: t('optionsTopicReplaceTitle', localizePack(replaces.pack, readerLanguages()).title),
        text: replaces.origin.bundled ? t('optionsTopicReplaceBundled', pack.id) : t('optionsTopicReplaceImported', pack.id, replaces.origin.file),
        confirm: t('optionsTopicReplaceConfirm'),
        cancel: t('optionsCancel'),
      });
      dialogs.replaceChildren(dialog.element);
      const confirmed = await dialog.ask();
      dialogs.replaceChildren();
      if (!confirmed) return;
    }
    try {
      await topics.add(pack, file);
      clear();
      // The preview with its buttons is gone: the focus goes back to where an import starts.
      input.focus();
      say(t('optionsTopicAdded', title));
    } catch (error) {
      errors.replaceChildren(h('p', {}, saveFailure(error)));
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void read(file).then((result) => {
      // Cleared so choosing the same file again (after fixing it) reads it again.
      input.value = '';
      clear();
      if (result === null) {
        errors.replaceChildren(h('p', {}, t('optionsTopicUnreadable', file.name)));
        return;
      }
      if (result.ok) {
        show(result.pack, file.name);
        return;
      }
      input.setAttribute('aria-invalid', 'true');
      const lines = packErrorLines(file.name, result.errors, (key, args) => t(key, ...args));
      errors.replaceChildren(h('p', {}, t('optionsTopicRefused', file.name)), h('ul', {}, ...lines.map((line) => h('li', {}, line))));
    });
  });

  return h('div', { class: 'field topic-import' },
    fieldLabel(id, t('optionsTopicImportLabel')), input, help(`${id}-help`, t('optionsTopicImportHelp')), errors, preview, dialogs);
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The file checked; null when the browser could not read it (moved, deleted). */
async function read(file: File): Promise<PackResult | null> {
  // Not read at all when too large: the page should not hold a huge file to refuse it.
  if (file.size > PACK_LIMITS.fileBytes) {
    return { ok: false, file: file.name, errors: [packError('', 'packFileTooLarge', megabytes(file.size), megabytes(PACK_LIMITS.fileBytes))] };
  }
  try {
    return readPackFile(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch {
    return null;
  }
}
