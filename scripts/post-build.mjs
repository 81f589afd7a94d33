// Trunk's post-build hook. Trunk starts the hooks of a stage all at once, and these steps need an
// order: the glue minified (minify.mjs) and the policy completed on the finished page (csp.mjs)
// before every file is compressed as it will be served (compress.mjs).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const step of ['minify.mjs', 'csp.mjs', 'compress.mjs']) {
  execFileSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url))], { stdio: 'inherit' });
}
