import { describe, expect, it } from 'vitest';
import { hostMatches, validateHostPattern } from '../../src/core/settings/index.ts';
import { counted, say } from '../../src/core/settings/message-keys.ts';
import { inEnglish, inRussian } from './helpers/catalogues.ts';

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

  const onlyHost = say('settingsHostOnlyHost');
  const emptyPart = say('settingsHostEmptyPart');
  const wildcardPlace = say('settingsHostWildcardPlace');
  const wildcardIp = say('settingsHostWildcardIp');
  const invalid = (host: string) => say('settingsHostInvalid', host);
  it.each([
    ['', say('settingsHostEmpty')],
    ['http://x.com/path', onlyHost],
    ['x.com/path', onlyHost],
    ['user@x.com', onlyHost],
    ['*.', say('settingsHostWildcardEmpty')],
    ['a..b', emptyPart],
    ['.example.com', emptyPart],
    ['example.com.', emptyPart],
    ['exa mple.com', say('settingsHostSpaces')],
    ['*foo.com', wildcardPlace],
    ['foo.*.com', wildcardPlace],
    ['*', wildcardPlace],
    ['example.com:8080', say('settingsHostPort')],
    ['*.127.0.0.1', wildcardIp],
    ['*.[::1]', wildcardIp],
    ['[::1', say('settingsHostInvalidIpv6', '[::1')],
    ['-bad.com', invalid('-bad.com')],
    ['bad-.com', invalid('bad-.com')],
    ['a%41.com', invalid('a%41.com')],
    ['example.123', invalid('example.123')],
    ['ex!ample.com', invalid('ex!ample.com')],
    [`${'a'.repeat(64)}.com`, invalid(`${'a'.repeat(64)}.com`)],
    ['a.'.repeat(200), counted('settingsHostTooLong', 253)],
    [42, say('settingsHostNotText')],
  ])('refuses %j: %j', (pattern, message) => {
    expect(validateHostPattern(pattern)).toEqual({ ok: false, message });
  });

  it.each([
    ['http://x.com/path', 'Enter only the host name, without "http://" or a path, as in example.com or *.example.org.',
      'Введите только имя хоста, без «http://» и пути, например example.com или *.example.org.'],
    ['-bad.com', '"-bad.com" is not a valid host name.', '«-bad.com» — недопустимое имя хоста.'],
    ['a.'.repeat(200), 'A host name can have at most 253 characters.', 'В имени хоста может быть не больше 253 символов.'],
  ])('words the refusal of %j in English and in Russian', (pattern, english, russian) => {
    const checked = validateHostPattern(pattern);
    expect(checked.ok ? null : [inEnglish(checked.message), inRussian(checked.message)]).toEqual([english, russian]);
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
