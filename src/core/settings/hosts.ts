import type { Message } from '../i18n/message.ts';
import { counted, say } from './message-keys.ts';
import type { Check } from './problem.ts';

const HOST_MAX = 253;
// After URL normalization every label is ASCII (IDN labels become "xn--…").
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Checks a site exclusion pattern and returns it normalized: lower case, IDN in punycode
 * (the form `location.hostname` has), IPv4 in dotted form. A leading "*." is the only
 * wildcard; no scheme, path or port.
 */
export function validateHostPattern(pattern: unknown): Check<string> {
  if (typeof pattern !== 'string') return refuse(say('settingsHostNotText'));
  const text = pattern.trim().toLowerCase();
  if (text === '') return refuse(say('settingsHostEmpty'));
  if (text.length > HOST_MAX + 2) return refuse(counted('settingsHostTooLong', HOST_MAX));
  if (/\s/u.test(text)) return refuse(say('settingsHostSpaces'));
  if (/[/?#@\\]/.test(text)) return refuse(say('settingsHostOnlyHost'));

  const wildcard = text.startsWith('*.');
  const host = wildcard ? text.slice(2) : text;
  if (wildcard && host === '') return refuse(say('settingsHostWildcardEmpty'));
  if (host.includes('*')) return refuse(say('settingsHostWildcardPlace'));
  if (host.startsWith('[')) return wildcard ? refuse(say('settingsHostWildcardIp')) : ipv6(host);
  if (host.includes(':')) return refuse(say('settingsHostPort'));
  if (host.split('.').includes('')) {
    return refuse(say('settingsHostEmptyPart'));
  }
  if (host.includes('%')) return refuse(say('settingsHostInvalid', host));

  const ascii = toAsciiHost(host);
  if (ascii === undefined || ascii.length > HOST_MAX || !ascii.split('.').every((label) => LABEL.test(label))) {
    return refuse(say('settingsHostInvalid', host));
  }
  if (wildcard && IPV4.test(ascii)) return refuse(say('settingsHostWildcardIp'));
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
  return ascii === undefined ? refuse(say('settingsHostInvalidIpv6', host)) : { ok: true, value: ascii };
}

function refuse(message: Message): Check<never> {
  return { ok: false, message };
}
