import type { LocalizedEntity, LocalizedPack } from '../core/pack/types.ts';
import { localizePack } from '../core/pack/localize.ts';
import { ALIAS_MAX, ALIAS_MIN } from '../core/settings/alias.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { countText } from '../ui/message-text.ts';
import { entityKey } from '../core/matching-settings.ts';
import { toggleEntity } from './entities.ts';
import { checkbox } from './fields.ts';
import { listEditor } from './list-editor.ts';
import { addAlias, removeAlias } from './lists.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';
import { topicImport } from './topic-import.ts';
import { topicHeader } from './topic-row.ts';
import type { TopicsModel } from './topics-model.ts';

/**
 * One fieldset per topic, bundled and imported alike: where it came from, its switch,
 * export and remove, then per entity a switch and its user aliases; and the import.
 * Rebuilt whenever the topics change (here or in another page).
 */
export function topicsSection(model: OptionsModel, topics: TopicsModel, say: (text: string) => void): Section {
  let entities: ReturnType<typeof entityControls>[] = [];
  let headers = new Map<string, ReturnType<typeof topicHeader>>();
  let shape = '';
  const list = h('div', { class: 'topic-list' });
  topics.watch((current) => {
    // Only a switch changed: set it in place, so that nothing moves under the pointer or the focus.
    const next = JSON.stringify(current.map((topic) => [topic.pack.id, topic.origin]));
    if (next === shape) {
      for (const topic of current) headers.get(topic.pack.id)?.setEnabled(topic.enabled);
      return;
    }
    shape = next;
    const shown = current.map((topic) => ({ topic, pack: localizePack(topic.pack, readerLanguages()) }));
    entities = shown.flatMap(({ pack }) => pack.entities.map((entity) => entityControls(model, pack, entity)));
    headers = new Map(shown.map(({ topic, pack }) => [pack.id, topicHeader(topics, topic, pack, say)]));
    // Keep the focus where it was when the list is rebuilt under it (a switch, a button).
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    list.replaceChildren(
      ...(shown.length === 0 ? [h('p', { class: 'empty' }, t('optionsNoTopics'))] : []),
      ...shown.map(({ pack }) => h('fieldset', { class: 'topic', 'data-topic': pack.id },
        h('legend', {}, pack.title),
        headers.get(pack.id)!.element,
        ...entities.filter((entity) => entity.topic === pack.id).map((entity) => entity.element))));
    for (const entity of entities) entity.sync(model.settings);
    if (focused) list.querySelector<HTMLElement>(focused)?.focus();
  });
  return {
    element: region('topics', t('optionsTopicsTitle'), t('optionsTopicsIntro'), list, topicImport(topics, say)),
    sync: (settings) => {
      for (const entity of entities) entity.sync(settings);
    },
  };
}

/** A selector that finds the same control after a rebuild. */
function focusKey(element: HTMLElement): string | null {
  if (element.id) return `#${CSS.escape(element.id)}`;
  for (const name of ['data-topic-export', 'data-topic-remove']) {
    const value = element.getAttribute(name);
    if (value !== null) return `[${name}="${CSS.escape(value)}"]`;
  }
  return null;
}

function entityControls(model: OptionsModel, pack: LocalizedPack, entity: LocalizedEntity) {
  const key = entityKey(pack.id, entity.id);
  const id = `${pack.id}-${entity.id}`;
  const toggle = checkbox(`entity-${id}`, entity.name, entity.identity,
    (enabled) => void model.save((current) => ({ ...current, disabledEntities: toggleEntity(current.disabledEntities, key, enabled) })),
    { 'data-entity-toggle': key });
  const aliases = listEditor({
    id: `alias-${id}`,
    label: t('optionsAliasLabel', entity.name),
    listLabel: t('optionsAliasListLabel', entity.name),
    helpText: countText('optionsAliasHelp', ALIAS_MAX, String(ALIAS_MIN)),
    emptyText: t('optionsAliasEmpty'),
    data: { 'data-alias-input': key },
    check: (text) => addAlias(model.settings.aliases, key, text),
    add: (value) => model.save((current) => {
      const added = addAlias(current.aliases, key, value);
      return added.ok ? { ...current, aliases: { ...current.aliases, [key]: added.list } } : current;
    }),
    remove: (alias) => model.save((current) => ({ ...current, aliases: removeAlias(current.aliases, key, alias) })),
  });
  return {
    topic: pack.id,
    element: h('div', { class: 'entity', 'data-entity': key }, toggle.element, aliases.element),
    sync: (settings: Settings) => {
      toggle.set(!settings.disabledEntities.includes(key));
      aliases.set(settings.aliases[key] ?? []);
    },
  };
}
