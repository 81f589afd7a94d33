// Trunk's build hook (it runs beside the page's own build): builds the state tax engine, every
// counted state's income tax tables and rules as a wasm module of its own
// (src/bin/state_engine.rs, the crate without its `page` feature), and writes it into the build
// as `engine-<hash>.js`, a script whose default export is the module: a byte a character, the
// bytes that are not plain text shifted by 256 (the page's policy allows scripts from its own
// origin and no connection, so the page loads the engine as a script; gzip keeps this within a
// few percent of the bare module, where base64 would add a third). scripts/csp.mjs names the file
// in boot.js's address, so the page asks for the engine of its own build; the hash in the name
// keeps a browser from using another build's.
//
// Run alone (`node scripts/engine.mjs`) it writes into dist/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR ?? join(ROOT, 'dist');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
// Its own target directory, so it builds while Trunk's cargo holds the page's.
const target = join(ROOT, 'target', 'engine');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`engine.mjs: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

run('cargo', [
  'rustc', '--locked', '--target', 'wasm32-unknown-unknown', '--no-default-features',
  '--bin', 'state-engine', ...(release ? ['--release'] : []),
  '--', '-C', 'link-arg=--export=io', '-C', 'link-arg=--export=run',
], { CARGO_TARGET_DIR: target });
const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'state-engine.wasm');
const optimized = join(target, 'state-engine.opt.wasm');
run('wasm-opt', [
  release ? '-Oz' : '-O0', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--strip-debug', '--strip-producers',
  built, '-o', optimized,
]);

const bytes = readFileSync(optimized);
// Plain text stays as it is, but for the quote and the backslash of the string literal.
const plain = (b) => b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c;
const text = Array.from(bytes, (b) => String.fromCharCode(plain(b) ? b : b + 256)).join('');
const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
for (const old of readdirSync(staging).filter((f) => /^engine-[0-9a-f]+\.js$/.test(f))) {
  rmSync(join(staging, old));
}
writeFileSync(
  join(staging, `engine-${hash}.js`),
  `// The state tax engine (src/bin/state_engine.rs), made by scripts/engine.mjs.\nexport default "${text}";\n`,
);
