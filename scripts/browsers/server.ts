import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serves generated content at a path (for pages a test builds). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 (a free port) for the test fixtures and the demo page;
 * nothing outside the given roots is served. Tests add generated pages with `route`.
 */
export async function startFixtureServer(roots: Record<string, string>): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const routed = routes.get(path);
      if (routed) {
        response.writeHead(200, { 'content-type': routed.type ?? TYPES['.html']!, ...routed.headers });
        response.end(routed.body);
        return;
      }
      for (const [prefix, dir] of Object.entries(roots)) {
        if (!path.startsWith(prefix)) continue;
        const file = resolve(dir, normalize(`./${path.slice(prefix.length)}`));
        if (!file.startsWith(resolve(dir))) break;
        try {
          const body = await readFile(file);
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          response.end(body);
          return;
        } catch {
          break;
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, route) => void routes.set(path, route),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO_ROOT, 'test/fixtures');
export const DEMO = join(REPO_ROOT, 'demo');
