// @ts-check
/**
 * A tiny static file server over the built site, for printing the print views: serves
 * `dir` under the site's `base` (BASE_PATH=/handbook → http://127.0.0.1:PORT/handbook/…),
 * directory URLs from their index.html, on 127.0.0.1 and a free port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension, for the files a built Astro site holds. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The URL prefix a site built with `base` lives under: '/' or '/handbook/'. */
export function basePrefix(/** @type {string} */ base) {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The file of `dir` a request path names under `prefix` (a directory answers with its
 * index.html), or undefined when there is none or the path leaves `dir`.
 * @param {string} root `dir` normalized with a trailing separator
 * @param {string} prefix from basePrefix
 * @param {string} pathname decoded request path
 */
export async function fileFor(root, prefix, pathname) {
  if (!pathname.startsWith(prefix)) return undefined;
  let file = normalize(join(root, pathname.slice(prefix.length)));
  if (!file.startsWith(root)) return undefined;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  return info?.isFile() ? { file, size: info.size } : undefined;
}

/**
 * @param {string} dir absolute path of the built site (dist/)
 * @param {string} base Astro base, e.g. '/' or '/handbook'
 * @returns {Promise<{ origin: string, url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, base) {
  const prefix = basePrefix(base);
  const root = normalize(dir + sep);

  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const found = await fileFor(root, prefix, pathname);
      if (!found) {
        res.writeHead(404).end('not found');
        return;
      }
      const { file, size } = found;
      res.writeHead(200, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream',
        'content-length': size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(500).end();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('PDF export: the local file server did not start.');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${prefix}${path.replace(/^\/+/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
