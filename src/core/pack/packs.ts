/**
 * The bundled content packs: every assets/topics/*.json, validated when first asked for.
 * A broken pack is dropped with a message (the build refuses it earlier; this guards
 * against a bad bundle all the same) and never throws.
 */
import type { ContentPack } from './types.ts';
import { formatPackErrors, validatePack } from './validate.ts';

export interface LoadedPacks {
  packs: ContentPack[];
  errors: string[];
}

/** Validates parsed files (path -> data), in path order; duplicate topic ids are dropped. */
export function collectPacks(modules: Readonly<Record<string, unknown>>): LoadedPacks {
  const packs: ContentPack[] = [];
  const errors: string[] = [];
  for (const path of Object.keys(modules).sort()) {
    const result = validatePack(modules[path], path);
    if (!result.ok) errors.push(...formatPackErrors(result));
    else if (packs.some((p) => p.id === result.pack.id)) errors.push(`${path}: id: topic "${result.pack.id}" is already loaded`);
    else packs.push(result.pack);
  }
  return { packs, errors };
}

let loaded: LoadedPacks | undefined;

export function loadPacks(): LoadedPacks {
  // Inside the function, so that build scripts can import collectPacks outside Vite.
  loaded ??= collectPacks(import.meta.glob('/assets/topics/*.json', { eager: true, import: 'default' }));
  return { packs: [...loaded.packs], errors: [...loaded.errors] };
}
