/**
 * A small static file server for the built site (dist/), with no dependencies
 * beyond node:http. It behaves like the static hosts the site is meant for:
 * `/x/` serves `x/index.html`, `/x` redirects to `/x/` when `x` is a folder,
 * and anything missing gets `404.html` with status 404.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Content type for a file name; Pagefind's binary index files (`.pf_index`, `.pf_meta`, `.pagefind` …) are opaque bytes. */
export function contentTypeFor(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** What a request path maps to inside the served folder. */
export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/**
 * Maps a URL pathname (still percent-encoded, as in a request line) to a file
 * under `root`, the way a static host does. Exported for the link checker,
 * which must agree with the server on what exists.
 */
export async function resolveRequestPath(root: string, pathname: string): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'missing' };
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  // `..` segments must not climb out of the served folder.
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'missing' };

  const info = await statOrNull(target);
  if (info?.isFile()) return decoded.endsWith('/') ? { kind: 'missing' } : { kind: 'file', file: target };
  if (info?.isDirectory()) {
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
    const index = join(target, 'index.html');
    return (await statOrNull(index))?.isFile() ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  return { kind: 'missing' };
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

export interface StaticServer {
  /** base address without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on a loopback address; port 0 picks a free port. `base`: the
 * path the site is hosted under (a build with BASE_PATH), e.g. /gaige/; an
 * address outside it is not found, as on a host where other pages live there.
 */
export async function startStaticServer(root: string, port = 0, host = '127.0.0.1', base = '/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    handle(root, base, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`500 Internal Server Error\n${String(error)}\n`);
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostPart}:${address.port}`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        // Browsers keep idle keep-alive connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('405 Method Not Allowed\n');
    return;
  }
  const requestUrl = new URL(req.url ?? '/', 'http://localhost');
  const resolution: Resolution = requestUrl.pathname.startsWith(base)
    ? await resolveRequestPath(root, `/${requestUrl.pathname.slice(base.length)}`)
    : `${requestUrl.pathname}/` === base
      ? { kind: 'redirect', location: '/' }
      : { kind: 'missing' };

  if (resolution.kind === 'redirect') {
    res.writeHead(301, { location: base.slice(0, -1) + resolution.location + requestUrl.search });
    res.end();
    return;
  }
  if (resolution.kind === 'file') {
    await sendFile(req, res, 200, resolution.file);
    return;
  }
  const notFoundPage = join(resolve(root), '404.html');
  if ((await statOrNull(notFoundPage))?.isFile()) {
    await sendFile(req, res, 404, notFoundPage);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404 Not Found\n');
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string): Promise<void> {
  const info = await stat(file);
  res.writeHead(status, {
    'content-type': contentTypeFor(file),
    'content-length': info.size,
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res);
}
