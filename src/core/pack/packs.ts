/**
 * The bundled content packs: every assets/topics/*.json, validated when first asked for.
 * A broken pack is dropped with its problems (the build refuses it earlier; this guards
 * against a bad bundle all the same) and never throws. Problems are keys + arguments:
 * the pages that show them say them with browser.i18n, the build in English (english.ts).
 */
import { packError, type PackError } from './messages.ts';
import type { ContentPack } from './types.ts';
import { validatePack } from './validate.ts';

export interface PackProblem {
  file: string;
  error: PackError;
}

export interface LoadedPacks {
  packs: ContentPack[];
  problems: PackProblem[];
}

/** Validates parsed files (path -> data), in path order; duplicate topic ids are dropped. */
export function collectPacks(modules: Readonly<Record<string, unknown>>): LoadedPacks {
  const packs: ContentPack[] = [];
  const problems: PackProblem[] = [];
  for (const file of Object.keys(modules).sort()) {
    const result = validatePack(modules[file], file);
    if (!result.ok) problems.push(...result.errors.map((error) => ({ file, error })));
    else if (packs.some((p) => p.id === result.pack.id)) problems.push({ file, error: packError('id', 'packTopicLoaded', result.pack.id) });
    else packs.push(result.pack);
  }
  return { packs, problems };
}

let loaded: LoadedPacks | undefined;

export function loadPacks(): LoadedPacks {
  // Inside the function, so that build scripts can import collectPacks outside Vite.
  loaded ??= collectPacks(import.meta.glob('/assets/topics/*.json', { eager: true, import: 'default' }));
  return { packs: [...loaded.packs], problems: [...loaded.problems] };
}
