/**
 * Renders the toolbar icons from SVG to PNG with the system Chromium.
 *
 *   npx tsx scripts/render-icons.ts
 *
 * Sources: assets/icons/icon.svg, and assets/icons/icon-16.svg (a pixel-grid variant) for
 * the 16 px size when it exists. Output: assets/icons/icon-{16,32,48,128}.png with a
 * transparent background. The browser: CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconDir = join(root, 'assets', 'icons');
const sizes = [16, 32, 48, 128] as const;

function sourceFor(size: number): string {
  const variant = join(iconDir, `icon-${size}.svg`);
  return existsSync(variant) ? variant : join(iconDir, 'icon.svg');
}

function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

async function render(page: Page, svg: string, size: number): Promise<Uint8Array> {
  await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    '<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block}</style></head>'
    + `<body><img src="${src}" width="${size}" height="${size}" alt=""></body></html>`,
  );
  const ok = await page.$eval('img', async (img) => {
    await img.decode().catch(() => undefined);
    return img.complete && img.naturalWidth > 0;
  });
  if (!ok) throw new Error('The SVG did not load; check that it is well-formed.');
  return page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  });
  try {
    const page = await browser.newPage();
    for (const size of sizes) {
      const source = sourceFor(size);
      const png = await render(page, await readFile(source, 'utf8'), size);
      const out = join(iconDir, `icon-${size}.png`);
      await writeFile(out, png);
      console.log(`${relative(root, source)} -> ${relative(root, out)} (${png.byteLength} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
