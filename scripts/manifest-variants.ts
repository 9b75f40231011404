/**
 * The one declared difference between the Chrome and Firefox builds: Firefox MV3 runs the
 * background as an event page (`scripts`), needs a gecko id and declares its data
 * collection; Chrome-only keys are dropped. Everything else comes from manifest.json.
 */
import baseManifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

/** manifest.json as written: what the Chrome build ships, with the package's version. */
export type ChromeManifest = typeof baseManifest;

export interface FirefoxManifest extends Omit<ChromeManifest, 'background' | 'minimum_chrome_version'> {
  background: { scripts: string[]; type: 'module' };
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: 'none'[] } };
    gecko_android: { strict_min_version: string };
  };
}

export const GECKO_ID = 'backstory@backstory.invalid';

export function manifestFor(browser: 'chrome'): ChromeManifest;
export function manifestFor(browser: 'firefox'): FirefoxManifest;
export function manifestFor(browser: Browser): ChromeManifest | FirefoxManifest;
export function manifestFor(browser: Browser): ChromeManifest | FirefoxManifest {
  const manifest: ChromeManifest = { ...structuredClone(baseManifest), version: pkg.version };
  if (browser === 'chrome') return manifest;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped for Firefox
  const { background, minimum_chrome_version, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
