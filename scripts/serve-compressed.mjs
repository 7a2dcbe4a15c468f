// @ts-check
/**
 * A small static server over dist/ that answers as a CDN would: brotli or gzip when the
 * client accepts it, long-lived caching for Vite's hashed /_astro/ files, and the site's
 * 404 page. `npm run bench` measures behind it, because an uncompressed server (Python's
 * http.server, `astro preview` without a proxy) makes every page look seconds slower
 * than it is once hosted.
 *
 * Loopback only. Compressed bodies are cached in memory: dist/ does not change while the
 * bench runs.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { basePrefix, fileFor, TYPES } from '../src/plugins/print/pdf/serve.mjs';

/** Types that are already compressed, or binary formats that do not shrink. */
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.webp', '.avif', '.woff2', '.woff', '.pdf']);

/**
 * @param {string} dir absolute path of dist/
 * @param {string} base Astro base ('/' or '/handbook/')
 * @param {number} [port] 0 picks a free port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveCompressed(dir, base, port = 0) {
  const prefix = basePrefix(base);
  const root = normalize(dir + sep);
  /** @type {Map<string, Buffer>} */
  const cache = new Map();

  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (`${pathname}/` === prefix) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      let file = (await fileFor(root, prefix, pathname))?.file;
      let status = 200;
      if (!file) {
        file = join(root, '404.html');
        status = 404;
      }
      const ext = extname(file).toLowerCase();
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = INCOMPRESSIBLE.has(ext) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      const key = `${encoding ?? 'identity'}:${file}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await readFile(file);
        body =
          encoding === 'br'
            ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
            : encoding === 'gzip'
              ? gzipSync(raw, { level: 9 })
              : raw;
        cache.set(key, body);
      }
      const hashed = pathname.startsWith(`${prefix}_astro/`);
      res.writeHead(status, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      if (req.method === 'HEAD') res.end();
      else res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no TCP address.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
