import { t } from '../ui/i18n.ts';
import { listEditor } from './list-editor.ts';
import { addSite, removeSite } from './lists.ts';
import type { OptionsModel } from './model.ts';
import { region, type Section } from './section.ts';

export function sitesSection(model: OptionsModel): Section {
  const sites = listEditor({
    id: 'excludedSites',
    label: t('optionsSitesLabel'),
    listLabel: t('optionsSitesListLabel'),
    helpText: t('optionsSitesHelp'),
    emptyText: t('optionsSitesEmpty'),
    check: (text, items) => addSite(items, text),
    // Re-checked against what is stored: another page may have added the same site meanwhile.
    add: (value) => model.save((current) => {
      const added = addSite(current.excludedSites, value);
      return added.ok ? { ...current, excludedSites: added.list } : current;
    }),
    remove: (item) => model.save((current) => ({ ...current, excludedSites: removeSite(current.excludedSites, item) })),
  });
  return {
    element: region('sites', t('optionsSitesTitle'), t('optionsSitesIntro'), sites.element),
    sync: (settings) => sites.set(settings.excludedSites),
  };
}
