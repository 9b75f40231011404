import { describe, expect, it } from 'vitest';
import { hostMatches, validateHostPattern } from '../../src/core/settings/index.ts';

describe('validateHostPattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.org', '*.example.org'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['*.MÜNCHEN.de', '*.xn--mnchen-3ya.de'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['my_host.example.com', 'my_host.example.com'],
  ])('accepts %j as %j', (pattern, value) => {
    expect(validateHostPattern(pattern)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter a host name, as in example.com or *.example.org.'],
    ['http://x.com/path', 'Enter only the host name, without "http://" or a path, as in example.com or *.example.org.'],
    ['x.com/path', 'Enter only the host name, without "http://" or a path, as in example.com or *.example.org.'],
    ['user@x.com', 'Enter only the host name, without "http://" or a path, as in example.com or *.example.org.'],
    ['*.', 'Add a domain after "*.", as in *.example.org.'],
    ['a..b', 'A host name cannot have empty parts (two dots in a row, or a dot at the start or end).'],
    ['.example.com', 'A host name cannot have empty parts (two dots in a row, or a dot at the start or end).'],
    ['example.com.', 'A host name cannot have empty parts (two dots in a row, or a dot at the start or end).'],
    ['exa mple.com', 'A host name cannot contain spaces.'],
    ['*foo.com', 'A wildcard is allowed only at the start, as in *.example.org.'],
    ['foo.*.com', 'A wildcard is allowed only at the start, as in *.example.org.'],
    ['*', 'A wildcard is allowed only at the start, as in *.example.org.'],
    ['example.com:8080', 'Leave out the port: a pattern covers every port of the host.'],
    ['*.127.0.0.1', 'A wildcard cannot come before an IP address.'],
    ['*.[::1]', 'A wildcard cannot come before an IP address.'],
    ['[::1', '"[::1" is not a valid IPv6 address.'],
    ['-bad.com', '"-bad.com" is not a valid host name.'],
    ['bad-.com', '"bad-.com" is not a valid host name.'],
    ['a%41.com', '"a%41.com" is not a valid host name.'],
    ['example.123', '"example.123" is not a valid host name.'],
    ['ex!ample.com', '"ex!ample.com" is not a valid host name.'],
    [`${'a'.repeat(64)}.com`, `"${'a'.repeat(64)}.com" is not a valid host name.`],
    ['a.'.repeat(200), 'A host name can have at most 253 characters.'],
    [42, 'A site must be text.'],
  ])('refuses %j: %s', (pattern, message) => {
    expect(validateHostPattern(pattern)).toEqual({ ok: false, message });
  });
});

describe('hostMatches', () => {
  const patterns = ['example.com', '*.example.org', 'localhost', 'xn--mnchen-3ya.de'];

  it.each([
    ['example.com', true],
    ['EXAMPLE.com', true],
    ['example.com.', true],
    ['www.example.com', false],
    ['notexample.com', false],
    ['example.org', true],
    ['news.example.org', true],
    ['a.b.example.org', true],
    ['badexample.org', false],
    ['example.org.evil.com', false],
    ['localhost', true],
    ['xn--mnchen-3ya.de', true],
    ['', false],
  ])('%j → %s', (host, expected) => {
    expect(hostMatches(host, patterns)).toBe(expected);
  });

  it('matches nothing with no patterns', () => {
    expect(hostMatches('example.com', [])).toBe(false);
  });
});
