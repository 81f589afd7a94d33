// Trunk's post-build hook, release builds only: minifies the JavaScript that wasm-bindgen writes
// (its glue module and the page's snippets) with terser. Trunk's own minifier gives up on the
// glue (a warning in every build, "RequiredTokenNotFound") and leaves it as written: 41 KB, of
// which terser keeps about half, 2.5 KB less to send gzipped. Names of exports and of the wasm's
// imports stay as they are (terser renames only what the module keeps to itself).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') process.exit(0);

/** The glue module (NAME-HASH.js beside NAME-HASH_bg.wasm) and every snippet, under `dir`. */
function scripts(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'snippets' || dir.includes('snippets')) found.push(...scripts(path));
    } else if (name.endsWith('.js') && (dir.includes('snippets') || readdirSync(dir).includes(name.replace(/\.js$/, '_bg.wasm')))) {
      found.push(path);
    }
  }
  return found;
}

for (const path of scripts(staging)) {
  const code = readFileSync(path, 'utf8');
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!result.code) throw new Error(`minify.mjs: terser gave nothing for ${path}`);
  writeFileSync(path, result.code);
}
