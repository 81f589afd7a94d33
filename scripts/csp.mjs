// Trunk's post-build hook: completes the page's Content-Security-Policy. Trunk sets
// TRUNK_STAGING_DIR to the build about to become dist/.
//
// - The hash of the page's one inline <style> (the stylesheet, inlined for the first paint)
//   goes in place of 'sha256-STYLE'.
// - The prerendered calculator's template is shown by a one-line inline script, hashed too.
// - The policy allows no connection at all (connect-src 'none'), yet the page needs its own
//   wasm: a one-line inline script placed before the policy starts fetching it (and marks the
//   page as running scripts, opened with a link or not), and boot.js
//   hands that response to wasm-bindgen. A policy in a meta tag governs only what comes after
//   it, so this is the one request the policy never sees; its hash is in script-src all the
//   same. Trunk's preload of the wasm (a fetch under the policy, refused) is taken out, and its
//   module preloads (below).
// - boot.js's address names the state tax engine of this build (scripts/engine.mjs, a build
//   hook), the market detail, the federal parameters' tables and the state taxes' documents,
//   each with its content in its address, which the page loads as scripts when it needs them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
const fail = (what) => {
  console.error(`csp.mjs: expected ${what} in ${file}`);
  process.exit(1);
};
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
if (styles.length !== 1) fail('one <style>');
const policy = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/i)?.[0] ?? fail('the policy');
if (!policy.includes("'sha256-STYLE'") || !policy.includes("'sha256-SCRIPTS'")) fail("'sha256-STYLE' and 'sha256-SCRIPTS'");
const wasm = html.match(/boot\.js\?[^"]*wasm=([^"&]+)/)?.[1] ?? fail('boot.js with its wasm');
const links = (text) => [...text.matchAll(/<link[^>]*>/g)].map((m) => m[0]).filter((l) => l.includes(wasm));
if (links(html).length !== 1) fail('one preload of the wasm');
html = html.replace(links(html)[0], '');
// Trunk's module preloads of the wasm-bindgen JavaScript and its snippet are taken out too:
// fetched and parsed beside the first paint, they shared the CPU with it (first paint 76 against
// 84 ms, 25 loads each), and boot.js imports them only after that paint, while the wasm, much
// larger, is still arriving on a slow network.
const preloads = html.match(/<link[^>]*rel="?modulepreload"?[^>]*>/g) ?? fail('the module preloads');
for (const preload of preloads) html = html.replace(preload, '');

const engines = readdirSync(staging).filter((f) => /^engine-[0-9a-f]+\.js$/.test(f));
if (engines.length !== 1) fail(`one engine-<hash>.js beside it, not ${engines.length}`);
const versioned = (file) => `${file}?v=${createHash('sha256').update(readFileSync(join(staging, file))).digest('hex').slice(0, 16)}`;
const boot = html.match(/boot\.js\?[^"]*/)[0];
const amp = boot.includes('&amp;') ? '&amp;' : '&';
html = html.replace(boot, `${boot}${amp}engine=${engines[0]}${amp}market=${encodeURIComponent(versioned('market.js'))}${amp}parameters=${encodeURIComponent(versioned('parameters.js'))}${amp}sources=${encodeURIComponent(versioned('state-sources.js'))}`);

// The same line says whether the page runs scripts and was opened with a link (style.css shows
// the loading line to screen readers only where it runs them and was not, as the prerendered
// calculator is shown there).
const fetchWasm = `self.wasmFetch=fetch(${JSON.stringify(`./${wasm}`)});document.documentElement.className=location.search.length>1?"js link":"js"`;
// The calculator the build prerendered is a template in #app: shown at the frame after the first
// paint (which so waits for neither its parsing into the page nor its layout), and only where
// the page runs scripts and was opened without a link; gone already if the live one came first.
const placeholder = html.match(/<script data-show-prerendered[^>]*><\/script>/)?.[0] ?? fail('<script data-show-prerendered></script>');
const showPrerendered = 'document.documentElement.className=="js"&&requestAnimationFrame(()=>setTimeout(()=>{const t=document.getElementById("prerendered");t&&t.replaceWith(t.content)}))';
html = html.replace(placeholder, `<script>${showPrerendered}</script>`);
const completed = policy
  .replace("'sha256-STYLE'", sha256(styles[0][1]))
  .replace("'sha256-SCRIPTS'", `${sha256(fetchWasm)} ${sha256(showPrerendered)}`);
html = html.replace(policy, `<script>${fetchWasm}</script>${completed}`);
writeFileSync(file, html);
