// Serves dist/ on loopback under a sub-path, as a static host would: the page must work from
// any folder. Only GET/HEAD of files. Compressed as the client asks, as most hosts do: the
// build's brotli copy (NAME.br, scripts/compress.mjs) where there is one, else gzip, compressed
// once per file version and kept, as a host serving precompressed files would: gzip -9 of the
// wasm takes about 12 ms, which would otherwise count in every timed load.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** gzip bodies by file, with the mtime and size they were made from. */
const gzipped = new Map();

function gzipOnce(file, info, body) {
  const key = `${info.mtimeMs}:${info.size}`;
  const kept = gzipped.get(file);
  if (kept?.key === key) return kept.body;
  const zipped = gzipSync(body, { level: 9 });
  gzipped.set(file, { key, body: zipped });
  return zipped;
}

/** Whether the request's Accept-Encoding takes `coding` (named, and not at q=0). */
function accepts(req, coding) {
  return (req.headers['accept-encoding'] ?? '').split(',').some((part) => {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return name === coding && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Starts a server of `dir` at http://127.0.0.1:PORT/BASE/ and resolves to {url, close}. */
export async function serve(dir, { base = '/static-host/sub/path/', port = 0 } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('not under the base path');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      const brotli = accepts(req, 'br') ? await stat(`${file}.br`).catch(() => null) : null;
      const sendBrotli = brotli?.isFile() && brotli.mtimeMs >= info.mtimeMs;
      let body = await readFile(sendBrotli ? `${file}.br` : file);
      if (sendBrotli) {
        headers['content-encoding'] = 'br';
      } else if (accepts(req, 'gzip') && extname(file) !== '.svg') {
        body = gzipOnce(file, info, body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.js [dir] [port]`: serve until stopped (used by scripts/serve).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await serve(dir, { base: '/', port });
  console.log(`Serving ${dir} at ${url}`);
}
