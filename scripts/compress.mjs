// Release builds: writes NAME.br beside each html, js and wasm file of the build, brotli at its
// best quality. Hosts that serve precompressed files (nginx's brotli_static, Caddy's
// `precompressed br`) send these to browsers that accept brotli, as the project's own server
// does (tests/e2e/server.js); others compress by themselves or send gzip. Brotli sends about a
// fifth less than gzip -9: 167 KB to 204 KB for the first load.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') process.exit(0);

const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css']);

function compress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      compress(path);
    } else if (COMPRESSED.has(extname(name))) {
      const body = readFileSync(path);
      const br = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      if (br.length < body.length) writeFileSync(`${path}.br`, br);
    }
  }
}

compress(staging);
