import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHighlightCss } from '../../scripts/highlight-css.ts';
import { manifestFor } from '../../scripts/manifest-variants.ts';
import { HIGHLIGHT_STYLES } from '../../src/core/settings/defaults.ts';
import { HIGHLIGHT_COLORS } from '../../src/core/settings/palette.ts';
import { highlightName } from '../../src/core/highlight-names.ts';
import pkg from '../../package.json' with { type: 'json' };

describe('the highlight stylesheet', () => {
  const css = readFileSync(new URL('../../src/content/highlights.css', import.meta.url), 'utf8');

  it('is what the generator writes (run `npm run gen:css`)', () => {
    expect(css).toBe(renderHighlightCss());
  });

  it('has a rule for every style, colour and page shade', () => {
    for (const style of HIGHLIGHT_STYLES.filter((s) => s !== 'none')) {
      for (const color of HIGHLIGHT_COLORS) {
        for (const shade of ['light', 'dark'] as const) expect(css).toContain(`::highlight(${highlightName(style, color, shade)})`);
      }
    }
    expect(css).toContain('@media (forced-colors: active)');
  });
});

describe('the manifest variants', () => {
  it('stamps the package version and keeps permissions minimal', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser);
      expect(manifest.version).toBe(pkg.version);
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
    }
  });

  it('gives Firefox an event page, a gecko id, its minimum version and no data collection', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'backstory@backstory.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('declares Chrome 105, the first with the CSS Custom Highlight API', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe('105');
    expect(manifestFor('chrome').background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
  });
});
