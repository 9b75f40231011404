import type { Check } from './problem.ts';

const HOST_MAX = 253;
// After URL normalization every label is ASCII (IDN labels become "xn--…").
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const EXAMPLE = 'as in example.com or *.example.org';

/**
 * Checks a site exclusion pattern and returns it normalized: lower case, IDN in punycode
 * (the form `location.hostname` has), IPv4 in dotted form. A leading "*." is the only
 * wildcard; no scheme, path or port.
 */
export function validateHostPattern(pattern: unknown): Check<string> {
  if (typeof pattern !== 'string') return refuse('A site must be text.');
  const text = pattern.trim().toLowerCase();
  if (text === '') return refuse(`Enter a host name, ${EXAMPLE}.`);
  if (text.length > HOST_MAX + 2) return refuse(`A host name can have at most ${HOST_MAX} characters.`);
  if (/\s/u.test(text)) return refuse('A host name cannot contain spaces.');
  if (/[/?#@\\]/.test(text)) return refuse(`Enter only the host name, without "http://" or a path, ${EXAMPLE}.`);

  const wildcard = text.startsWith('*.');
  const host = wildcard ? text.slice(2) : text;
  if (wildcard && host === '') return refuse('Add a domain after "*.", as in *.example.org.');
  if (host.includes('*')) return refuse('A wildcard is allowed only at the start, as in *.example.org.');
  if (host.startsWith('[')) return wildcard ? refuse('A wildcard cannot come before an IP address.') : ipv6(host);
  if (host.includes(':')) return refuse('Leave out the port: a pattern covers every port of the host.');
  if (host.split('.').includes('')) {
    return refuse('A host name cannot have empty parts (two dots in a row, or a dot at the start or end).');
  }
  if (host.includes('%')) return refuse(`"${host}" is not a valid host name.`);

  const ascii = toAsciiHost(host);
  if (ascii === undefined || ascii.length > HOST_MAX || !ascii.split('.').every((label) => LABEL.test(label))) {
    return refuse(`"${host}" is not a valid host name.`);
  }
  if (wildcard && IPV4.test(ascii)) return refuse('A wildcard cannot come before an IP address.');
  return { ok: true, value: wildcard ? `*.${ascii}` : ascii };
}

/**
 * Whether `host` (as in `location.hostname`) is covered by any pattern. "*.example.org"
 * covers example.org itself as well as every subdomain: people who exclude a site's
 * subdomains almost always mean the site too. Anything else matches exactly. Patterns are
 * expected normalized (see `validateHostPattern`); case is ignored either way.
 */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const target = host.toLowerCase().replace(/\.$/, '');
  if (target === '') return false;
  return patterns.some((raw) => {
    const pattern = raw.toLowerCase();
    if (!pattern.startsWith('*.')) return target === pattern;
    const base = pattern.slice(2);
    return target === base || target.endsWith(`.${base}`);
  });
}

function toAsciiHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

function ipv6(host: string): Check<string> {
  const ascii = host.endsWith(']') ? toAsciiHost(host) : undefined;
  return ascii === undefined ? refuse(`"${host}" is not a valid IPv6 address.`) : { ok: true, value: ascii };
}

function refuse(message: string): Check<never> {
  return { ok: false, message };
}
