/**
 * Every page pays for the content script, so its size is a budget, enforced exactly: the
 * JavaScript each browser's build injects, gzipped at level 9, at most 20 kB. Both builds
 * are made afresh here (the same config as `npm run build`); `npm run bench` breaks the
 * total down by part.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZE_BUDGET, buildExtension, injectedScripts } from '../../bench/size.ts';

const work = mkdtempSync(join(tmpdir(), 'backstory-content-size-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe.each(['chrome', 'firefox'] as const)('the %s build', (mode) => {
  it(`injects at most ${SIZE_BUDGET} bytes of gzipped JavaScript, in one classic script`, async () => {
    const dir = join(work, mode);
    await buildExtension({ mode, bench: false, outDir: dir });
    const scripts = injectedScripts(dir);
    expect(scripts.map((script) => script.file)).toEqual(['src/content/index.js']);
    const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
    expect(total, `injected JavaScript is ${total} bytes gzipped`).toBeLessThanOrEqual(SIZE_BUDGET);
  }, 120_000);
});
