/** `npm run pack:check FILE`: the same checker and English messages, exit code 0 or 1. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import raw from '../../assets/topics/secret-speech.json';
import { main } from '../../scripts/pack-check.ts';
import { PACK_LIMITS } from '../../src/core/pack/limits.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const broken = file('broken.json', JSON.stringify({ ...raw, title: '<b>Bold</b>', sources: [{ title: 'Link', url: 'javascript:alert(1)' }] }));
// Whole-pack rules are checked once the shape is right.
const noDefault = file('no-default.json', JSON.stringify({ ...raw, summary: { ru: 'Только по-русски' } }));

function run(args: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, lines };
}

describe('pack:check', () => {
  it('passes good packs, one summary line each', () => {
    expect(run(['assets/topics/secret-speech.json', 'docs/examples/berlin-wall-1989.json'])).toEqual({
      code: 0,
      lines: ['ok: Khrushchev’s Secret Speech (1956), 4 entities, 39 triggers', 'ok: The fall of the Berlin Wall (1989), 4 entities, 13 triggers'],
    });
  });

  it('refuses a broken pack with one English line per problem', () => {
    expect(run([broken])).toEqual({
      code: 1,
      lines: [`${broken}: title: must not hold markup (“<” followed by a letter, “/”, “!” or “?”)`, `${broken}: sources[0].url: must be an https:// URL`],
    });
    expect(run([noDefault, 'docs/examples/berlin-wall-1989.json'])).toEqual({
      code: 1,
      lines: [`${noDefault}: summary: has no text in the pack's language "en"`, 'ok: The fall of the Berlin Wall (1989), 4 entities, 13 triggers'],
    });
  });

  it('refuses a file that is too large by its size, and a missing file', () => {
    const huge = file('huge.json', ' '.repeat(PACK_LIMITS.fileBytes + 1));
    expect(run([huge]).lines).toEqual([`${huge}: (file): the file is too large (1.0 MB); a topic pack is at most 1.0 MB`]);
    expect(run([join(dir, 'missing.json')])).toEqual({ code: 1, lines: [`${join(dir, 'missing.json')}: (file): cannot be read (ENOENT)`] });
    expect(run([]).code).toBe(1);
  });

  it('runs as `npm run pack:check` does, with the exit code', () => {
    const tsx = (path: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack-check.ts', path], { cwd: ROOT, encoding: 'utf8' });
    const good = tsx('docs/examples/berlin-wall-1989.json');
    expect([good.status, good.stdout]).toEqual([0, 'ok: The fall of the Berlin Wall (1989), 4 entities, 13 triggers\n']);
    const bad = tsx(broken);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('sources[0].url: must be an https:// URL');
  }, 30_000);
});
