import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, type Browser } from './scripts/manifest-variants.ts';
import { precompileMatcherPlugin } from './scripts/vite-plugin-precompile-matcher.ts';
import { validatePacksPlugin } from './scripts/vite-plugin-validate-packs.ts';

// `vite build --mode firefox` builds dist/firefox; any other mode builds dist/chrome.
// BACKSTORY_BENCH=1 builds dist/bench-<browser>, which records performance measures.
// BACKSTORY_AUDIT=1 opens the card's shadow root, so axe-core can audit the live card
// (an e2e test builds it into a temporary folder; the shipped build's root is closed).
export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const bench = process.env.BACKSTORY_BENCH === '1';
  const audit = process.env.BACKSTORY_AUDIT === '1';
  return {
    build: {
      outDir: `dist/${bench ? 'bench-' : ''}${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome105',
      // Readable bundles help store review; size is measured gzipped by the bench.
      minify: process.env.BACKSTORY_DEBUG !== '1',
      sourcemap: false,
    },
    define: {
      __BENCH__: JSON.stringify(bench),
      __AUDIT__: JSON.stringify(audit),
    },
    plugins: [
      validatePacksPlugin(),
      // The matcher's prefilter and character variants for the bundled packs, built once
      // here rather than on every page load.
      precompileMatcherPlugin(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One classic bundle for the content script: no loader, no chunks listed in
        // web_accessible_resources that a page could fetch to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
  };
});
