// E2E tests run the bundles and every test imports the compiled schema validators
// from dist/: rebuild once before the run when dist/ is missing or older than the
// sources it is built from, so tests never exercise a stale bundle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  }
  return newest;
}

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const needed = ['dist/cli.js', 'dist/index.js', 'dist/schema/2026.9.6/manifest.json'].map((f) => path.join(root, f));
  const built = needed.every((f) => fs.existsSync(f)) ? Math.min(...needed.map((f) => fs.statSync(f).mtimeMs)) : 0;
  const inputs = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'policies')),
    newestMtime(path.join(root, 'scripts')),
  );
  if (built > inputs) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
