import { describe, expect, it } from 'vitest';
import { sitePattern, siteRule, switchSite } from '../../src/popup/site-rule.ts';

describe('sitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    [null, null],
    ['', null],
    ['not a host', null],
  ])('%j → %j', (host, pattern) => {
    expect(sitePattern(host)).toBe(pattern);
  });
});

describe('siteRule', () => {
  it.each([
    { host: 'example.com', patterns: [], rule: { kind: 'included', host: 'example.com' } },
    { host: 'example.com', patterns: ['other.org'], rule: { kind: 'included', host: 'example.com' } },
    { host: 'example.com', patterns: ['www.example.com'], rule: { kind: 'included', host: 'example.com' } },
    { host: 'example.com', patterns: ['example.com'], rule: { kind: 'excluded', host: 'example.com' } },
    { host: 'news.example.org', patterns: ['*.example.org'], rule: { kind: 'covered', host: 'news.example.org', pattern: '*.example.org' } },
    { host: 'example.org', patterns: ['*.example.org'], rule: { kind: 'covered', host: 'example.org', pattern: '*.example.org' } },
    { host: 'example.org', patterns: ['example.org', '*.example.org'], rule: { kind: 'covered', host: 'example.org', pattern: '*.example.org' } },
    { host: null, patterns: ['example.com'], rule: { kind: 'none' } },
    { host: '', patterns: [], rule: { kind: 'none' } },
  ])('$host with $patterns', ({ host, patterns, rule }) => {
    expect(siteRule(host, patterns)).toEqual(rule);
  });
});

describe('switchSite', () => {
  it.each([
    { patterns: [], host: 'example.com', on: false, next: ['example.com'] },
    { patterns: ['a.org'], host: 'Example.com', on: false, next: ['a.org', 'example.com'] },
    { patterns: ['example.com'], host: 'example.com', on: false, next: ['example.com'] },
    { patterns: ['a.org', 'example.com', 'b.org'], host: 'example.com', on: true, next: ['a.org', 'b.org'] },
    { patterns: ['example.com', '*.example.com'], host: 'example.com', on: true, next: ['*.example.com'] },
    { patterns: ['*.example.com'], host: 'www.example.com', on: true, next: ['*.example.com'] },
    { patterns: ['*.example.com'], host: 'www.example.com', on: false, next: ['*.example.com', 'www.example.com'] },
    { patterns: ['a.org'], host: '', on: false, next: ['a.org'] },
  ])('$host on=$on in $patterns', ({ patterns, host, on, next }) => {
    expect(switchSite(patterns, host, on)).toEqual(next);
  });

  it('round-trips: off then on restores the list', () => {
    const patterns = ['a.org', '*.b.org'];
    expect(switchSite(switchSite(patterns, 'example.com', false), 'example.com', true)).toEqual(patterns);
  });
});
