import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
    install: 'sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox', '/usr/bin/firefox-esr', '/usr/lib/firefox/firefox'],
    install: 'sudo apt-get install -y firefox-esr',
  },
};

/** The browser's executable: $CHROMIUM_PATH / $FIREFOX_PATH, then the usual places. */
export function findBrowser(name: BrowserName): string {
  const { env, paths, install } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (!found) throw new Error(`No ${name} found (looked in ${paths.join(', ')}). Install one with \`${install}\` or set ${env}.`);
  return found;
}
