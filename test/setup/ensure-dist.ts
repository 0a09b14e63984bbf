// Tests import the compiled schema validators from dist/ (and E2E tests run the
// bundles): build once when dist/ is missing, e.g. right after a fresh clone edit.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const needed = ['dist/cli.js', 'dist/index.js', 'dist/schema/2026.9.6/manifest.json'];
  if (needed.every((f) => fs.existsSync(path.join(root, f)))) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
