import { validateAlias } from '../core/settings/alias.ts';
import { CAPS } from '../core/settings/defaults.ts';
import { validateHostPattern } from '../core/settings/hosts.ts';
import type { Message } from '../core/i18n/message.ts';

/** Why a value was not added to a list; the page turns each kind into words. */
export type ListRefusal =
  | { kind: 'invalid'; message: Message }
  | { kind: 'duplicate'; value: string }
  | { kind: 'full'; cap: number };

export type Added = { ok: true; value: string; list: string[] } | { ok: false; refusal: ListRefusal };

type Aliases = Readonly<Record<string, readonly string[]>>;

/** Adds a user alias to one "topic/entity" key: validated, normalized, at most CAPS.aliasesPerEntity. */
export function addAlias(aliases: Aliases, key: string, text: string): Added {
  const existing = aliases[key] ?? [];
  // Checked alone first, so a duplicate can be named as the alias already listed.
  const checked = validateAlias(text, []);
  if (!checked.ok) return { ok: false, refusal: { kind: 'invalid', message: checked.message } };
  const twin = existing.find((alias) => alias.toLowerCase() === checked.value.toLowerCase());
  if (twin !== undefined) return { ok: false, refusal: { kind: 'duplicate', value: twin } };
  if (existing.length >= CAPS.aliasesPerEntity) return { ok: false, refusal: { kind: 'full', cap: CAPS.aliasesPerEntity } };
  return { ok: true, value: checked.value, list: [...existing, checked.value] };
}

/** The aliases without `alias` for `key`; an entity left with none is dropped. */
export function removeAlias(aliases: Aliases, key: string, alias: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [entity, list] of Object.entries(aliases)) {
    const kept = entity === key ? list.filter((item) => item !== alias) : [...list];
    if (kept.length > 0) result[entity] = kept;
  }
  return result;
}

/** Adds a site exclusion pattern, normalized the way the content script compares hosts. */
export function addSite(sites: readonly string[], text: string): Added {
  const checked = validateHostPattern(text);
  if (!checked.ok) return { ok: false, refusal: { kind: 'invalid', message: checked.message } };
  if (sites.includes(checked.value)) return { ok: false, refusal: { kind: 'duplicate', value: checked.value } };
  if (sites.length >= CAPS.excludedSites) return { ok: false, refusal: { kind: 'full', cap: CAPS.excludedSites } };
  return { ok: true, value: checked.value, list: [...sites, checked.value] };
}

export function removeSite(sites: readonly string[], pattern: string): string[] {
  return sites.filter((site) => site !== pattern);
}
