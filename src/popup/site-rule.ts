import { hostMatches, validateHostPattern } from '../core/settings/hosts.ts';

/** How the exclusion list treats the current tab's host, as the "On this site" switch shows it. */
export type SiteRule =
  /** No host that a pattern could name (file:, about:, an unparsable URL). */
  | { kind: 'none' }
  | { kind: 'included'; host: string }
  /** Excluded by the host's own entry only: the switch can turn it back on. */
  | { kind: 'excluded'; host: string }
  /** Excluded by a wider pattern ("*.example.org") that covers other sites too. */
  | { kind: 'covered'; host: string; pattern: string };

/** The exclusion entry for exactly this host, normalized as the settings store it. */
export function sitePattern(host: string | null): string | null {
  if (!host) return null;
  const check = validateHostPattern(host.replace(/\.$/, ''));
  return check.ok && !check.value.startsWith('*.') ? check.value : null;
}

export function siteRule(host: string | null, patterns: readonly string[]): SiteRule {
  const own = sitePattern(host);
  if (own === null) return { kind: 'none' };
  const others = patterns.filter((pattern) => pattern.toLowerCase() !== own);
  const covering = others.find((pattern) => hostMatches(own, [pattern]));
  if (covering !== undefined) return { kind: 'covered', host: own, pattern: covering };
  return others.length < patterns.length ? { kind: 'excluded', host: own } : { kind: 'included', host: own };
}

/**
 * The exclusion list with the site switched on (its own entry removed) or off (its own
 * entry added once). Wider patterns are never touched: they speak for other sites too.
 */
export function switchSite(patterns: readonly string[], host: string, on: boolean): string[] {
  const own = sitePattern(host);
  if (own === null) return [...patterns];
  const others = patterns.filter((pattern) => pattern.toLowerCase() !== own);
  return on ? others : [...others, own];
}
