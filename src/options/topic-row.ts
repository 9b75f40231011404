import type { Topic } from '../core/pack/topics.ts';
import type { ContentPack, LocalizedPack } from '../core/pack/types.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { countText } from '../ui/message-text.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { downloadText } from './download.ts';
import { checkbox } from './fields.ts';
import { saveFailure } from './topic-errors.ts';
import { topicFileName, topicFileText, type TopicsModel } from './topics-model.ts';

/** When a topic was imported, as a date in the UI's language. */
function importedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(t('optionsLocale'), { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/**
 * A topic's own line: where it came from, how many entities, its switch, export and (for
 * an imported one) remove. Failures are said in `error`, beside the topic.
 */
export function topicHeader(topics: TopicsModel, topic: Topic<ContentPack>, shown: LocalizedPack, say: (text: string) => void): { element: HTMLElement; setEnabled(enabled: boolean): void } {
  const id = topic.pack.id;
  const error = h('p', { class: 'error', 'aria-live': 'polite' });
  const act = (work: Promise<void>, done: string) => work.then(() => say(done), (failure: unknown) => void (error.textContent = saveFailure(failure)));

  const origin = topic.origin.bundled ? t('optionsTopicBundled') : t('optionsTopicImported', topic.origin.file, importedOn(topic.origin.importedAt));
  const toggle = checkbox(`topic-on-${id}`, t('optionsTopicSwitch', shown.title), null,
    (enabled) => void act(topics.setEnabled(id, enabled), t('optionsSaved')), { 'data-topic-toggle': id });
  toggle.set(topic.enabled);

  const exportButton = h('button', { type: 'button', class: 'secondary', 'data-topic-export': id }, t('optionsTopicExport'));
  exportButton.addEventListener('click', () => {
    downloadText(topicFileText(topic.pack), topicFileName(id));
    say(t('optionsTopicExported', shown.title));
  });

  const actions = h('div', { class: 'topic-actions' }, exportButton);
  let dialog: HTMLDialogElement | null = null;
  if (!topic.origin.bundled) {
    const confirm = confirmDialog({
      id: `remove-topic-${id}`,
      title: t('optionsTopicRemoveTitle', shown.title),
      text: t('optionsTopicRemoveText'),
      confirm: t('optionsTopicRemoveConfirm'),
      cancel: t('optionsCancel'),
    });
    dialog = confirm.element;
    const remove = h('button', { type: 'button', class: 'danger', 'data-topic-remove': id }, t('optionsTopicRemove'));
    remove.addEventListener('click', () => void confirm.ask().then((yes) => {
      if (yes) void act(topics.remove(id), t('optionsTopicRemoved', shown.title));
    }));
    actions.append(remove);
  }

  return {
    element: h('div', { class: 'topic-header' },
      h('p', { class: 'topic-meta', 'data-topic-meta': id }, `${countText('optionsTopicEntities', topic.pack.entities.length)} · ${origin}`),
      toggle.element, actions, error, dialog),
    setEnabled: toggle.set,
  };
}
