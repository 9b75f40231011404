/**
 * The bundled packs for the content script, as the build already checked them: the build
 * refuses a pack that does not validate (scripts/vite-plugin-validate-packs.ts), so the
 * script that runs in every page neither ships the validator nor spends its start-up on it.
 * The extension's own pages load them validated (packs.ts).
 */
import type { ContentPack } from './types.ts';

export function bundledPacks(): ContentPack[] {
  const modules = import.meta.glob<ContentPack>('/assets/topics/*.json', { eager: true, import: 'default' });
  return Object.keys(modules).sort().map((path) => modules[path]!);
}
