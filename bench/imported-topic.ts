/**
 * The bench's imported topic: the generated pack as big as the limits allow
 * (generated-pack.ts), kept in a bench browser's storage exactly as the options page
 * keeps an import (topic-store.ts's own code writes the items, here into a plain object).
 */
import { extensionStorage } from '../test/e2e/harness/extension-storage.ts';
import type { ExtensionBrowser } from '../test/e2e/harness/browsers.ts';
import type { BenchBrowser } from './browsers.ts';
import { generatedPack } from './generated-pack.ts';

/** The storage.local items of the generated pack, imported. */
export async function generatedTopicItems(): Promise<Record<string, unknown>> {
  const items = new Map<string, unknown>();
  const local = {
    get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((key) => items.has(key)).map((key) => [key, items.get(key)])),
    set: async (values: Record<string, unknown>) => Object.entries(values).forEach(([key, value]) => items.set(key, value)),
    remove: async (keys: string | string[]) => [keys].flat().forEach((key) => items.delete(key)),
  };
  const global = globalThis as { chrome?: unknown };
  const before = global.chrome;
  global.chrome = { storage: { local } };
  try {
    const { saveTopic } = await import('../src/shared/topic-store.ts');
    await saveTopic(generatedPack(), 'generated-benchmark.json');
  } finally {
    global.chrome = before;
  }
  return Object.fromEntries(items);
}

/** Writes `items` into the extension's storage.local in `bench`'s browser. */
export async function seedStorage(bench: BenchBrowser, items: Record<string, unknown>): Promise<void> {
  const storage = await extensionStorage({ ...bench, extensionId: '', offLoopback: [], newPage: () => bench.browser.newPage() } as ExtensionBrowser);
  await storage.set('local', items);
}
