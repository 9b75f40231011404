import type { Catalogue } from './message.ts';

export type CatalogueFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> } | undefined>;

/**
 * A catalogue from a `_locales/<lang>/messages.json`, outside the browser. Fills messages
 * the way `browser.i18n.getMessage` does: `$NAME$` is its placeholder's content, `$1`… a
 * substitution, `$$` a dollar sign; a missing key gives the key (as the UI's `t` does).
 */
export function jsonCatalogue(locale: string, messages: CatalogueFile): Catalogue {
  return {
    locale,
    text(key, substitutions) {
      const entry = messages[key];
      if (entry === undefined) return key;
      const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
      return entry.message.replace(/\$\$|\$(\w+)\$|\$(\d)/g, (match, name?: string, n?: string) => {
        if (match === '$$') return '$';
        if (name !== undefined) return fill(placeholders.get(name.toLowerCase()) ?? '');
        return substitutions[Number(n) - 1] ?? '';
      });
    },
  };
}
