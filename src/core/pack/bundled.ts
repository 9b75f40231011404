/**
 * The bundled packs for the content script, as the build already checked and stripped
 * them (scripts/vite-plugin-precompile-matcher.ts: ids and triggers, no display texts):
 * the script that runs in every page neither ships the validator nor spends its start-up
 * on it. The card's texts come from the background, which loads the packs validated
 * (packs.ts), when a page has a mention to show.
 */
import { PRECOMPILED } from '../matcher/precompiled.ts';
import type { MatchingPack } from './types.ts';

export function bundledPacks(): readonly MatchingPack[] {
  return PRECOMPILED.packs;
}
