/**
 * The one declared difference between the Chrome and Firefox builds: Firefox MV3 runs the
 * background as an event page (`scripts`), needs a gecko id and declares its data
 * collection; Chrome-only keys are dropped. Everything else comes from manifest.json.
 */
import baseManifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown> & typeof baseManifest;

export const GECKO_ID = 'backstory@backstory.invalid';

export function manifestFor(browser: Browser): Manifest {
  const manifest: Manifest = structuredClone({ ...baseManifest, version: pkg.version });
  if (browser === 'chrome') return manifest;
  const { background, ...rest } = manifest;
  delete (rest as Record<string, unknown>).minimum_chrome_version;
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
  } as unknown as Manifest;
}
