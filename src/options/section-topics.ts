import type { LocalizedEntity, LocalizedPack } from '../core/pack/types.ts';
import { ALIAS_MAX, ALIAS_MIN } from '../core/settings/alias.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { h } from '../ui/dom.ts';
import { t } from '../ui/i18n.ts';
import { countText } from '../ui/message-text.ts';
import { entityKey } from '../core/matching-settings.ts';
import { toggleEntity } from './entities.ts';
import { checkbox } from './fields.ts';
import { listEditor } from './list-editor.ts';
import { addAlias, removeAlias } from './lists.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';

/** One fieldset per topic; per entity a switch and its user aliases. */
export function topicsSection(model: OptionsModel, packs: readonly LocalizedPack[]): Section {
  const entities = packs.flatMap((pack) => pack.entities.map((entity) => entityControls(model, pack, entity)));
  const topics = packs.map((pack) =>
    h('fieldset', { class: 'topic' },
      h('legend', {}, pack.title),
      ...entities.filter((entity) => entity.topic === pack.id).map((entity) => entity.element)));
  const none = packs.length === 0 ? h('p', { class: 'empty' }, t('optionsNoTopics')) : null;
  return {
    element: region('topics', t('optionsTopicsTitle'), t('optionsTopicsIntro'), none, ...topics),
    sync: (settings) => {
      for (const entity of entities) entity.sync(settings);
    },
  };
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
