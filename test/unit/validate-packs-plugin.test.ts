/** The build gate: broken content packs fail `vite build` with `<file>: <path>: <reason>`. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPackFiles, validatePacksPlugin } from '../../scripts/vite-plugin-validate-packs.ts';

const bundled = new URL('../../assets/topics/secret-speech.json', import.meta.url);
let root = '';

function project(files: Record<string, string> = {}): string {
  root = mkdtempSync(join(tmpdir(), 'packs-'));
  const dir = join(root, 'assets/topics');
  mkdirSync(dir, { recursive: true });
  copyFileSync(bundled, join(dir, 'secret-speech.json'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkPackFiles', () => {
  it('passes the bundled pack', () => {
    expect(checkPackFiles(join(project(), 'assets/topics'), root)).toEqual([]);
  });

  it('names file, path and reason for each problem', () => {
    const broken = JSON.stringify({ schemaVersion: 2, id: 'x', language: 'en', title: 'X', summary: 'S.', entities: [], facts: [], quotes: [],
      furtherReading: { title: 'T', url: 'https://example.com' }, sources: [{ title: 'T', url: 'ftp://example.com' }] });
    const problems = checkPackFiles(join(project({ 'broken.json': broken, 'bad.json': '{ "id": ', 'notes.txt': 'x' }), 'assets/topics'), root);
    expect(problems).toEqual([
      'assets/topics/bad.json: (file): the file is not valid JSON (line 1, column 9)',
      'assets/topics/broken.json: entities: must hold at least one entity',
      'assets/topics/broken.json: sources[0].url: must be an https:// URL',
    ]);
  });

  it('refuses two files with the same topic id', () => {
    const dir = join(project(), 'assets/topics');
    copyFileSync(bundled, join(dir, 'copy.json'));
    expect(checkPackFiles(dir, root)).toEqual(['assets/topics/secret-speech.json: id: topic "secret-speech-1956" is also in assets/topics/copy.json']);
  });
});

describe('validatePacksPlugin', () => {
  function runBuildStart(dir: string) {
    const plugin = validatePacksPlugin();
    const watched: string[] = [];
    const context = {
      addWatchFile: (file: string) => watched.push(file),
      error: (message: string) => {
        throw new Error(message);
      },
    };
    (plugin.configResolved as unknown as (c: { root: string }) => void)({ root: dir });
    const run = () => (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
    return { run, watched };
  }

  it('lets a valid project build and watches its packs', () => {
    const { run, watched } = runBuildStart(project());
    expect(run).not.toThrow();
    expect(watched).toEqual([join(root, 'assets/topics/secret-speech.json')]);
  });

  it('fails the build listing every problem', () => {
    const { run } = runBuildStart(project({ 'bad.json': '[' }));
    expect(run).toThrow(/Invalid content pack:\nassets\/topics\/bad\.json: \(file\): the file is not valid JSON \(line 1, column 2\)/);
  });
});
