/**
 * Turns a PackError into a sentence with any message catalogue shaped like
 * `_locales/<lang>/messages.json` (named placeholders `$NAME$` whose content is `$1`…),
 * filling them the way browser.i18n.getMessage does, so the build, the command line and
 * the tests say exactly what the extension's pages will say.
 */
import type { PackError, PackMessageKey } from './messages.ts';

export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/** The message of `entry` with its placeholders and $1…$9 filled from `args`. */
export function fillMessage(entry: CatalogueEntry, args: readonly string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

export type Say = (key: PackMessageKey, args: readonly string[]) => string;

export function sayFrom(catalogue: Catalogue): Say {
  return (key, args) => {
    const entry = catalogue[key];
    return entry ? fillMessage(entry, args) : `${key} ${JSON.stringify(args)}`;
  };
}

/** Where a problem is, for a line of text: the path, or what '' stands for. */
export const whereOf = (error: PackError): string => error.path || (error.key.startsWith('packFile') ? '(file)' : '(pack)');

/** One line per problem: `<file>: <path>: <reason>`. */
export function packErrorLines(file: string, errors: readonly PackError[], say: Say): string[] {
  return errors.map((error) => `${file}: ${whereOf(error)}: ${say(error.key, error.args)}`);
}
