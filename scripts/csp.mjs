// Trunk's post-build hook: puts the hash of the page's one inline <style> (the stylesheet,
// inlined for the first paint) into its Content-Security-Policy, in place of 'sha256-STYLE'.
// Trunk sets TRUNK_STAGING_DIR to the build about to become dist/.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
if (styles.length !== 1 || !html.includes("'sha256-STYLE'")) {
  console.error(`csp.mjs: expected one <style> and the 'sha256-STYLE' placeholder in ${file}`);
  process.exit(1);
}
const hash = createHash('sha256').update(styles[0][1], 'utf8').digest('base64');
writeFileSync(file, html.replace("'sha256-STYLE'", `'sha256-${hash}'`));
