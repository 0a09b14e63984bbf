// Lays out a parity case (test/fixtures/secrets/parity/<case>/ + cases.json) in a git work tree:
// copies the files, makes the symlinks, moves `outside` files beside the tree and stages all but
// `untracked`. Shared by test/secrets/parity.test.ts and bench/secrets-differential.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PARITY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/secrets/parity');
const spec = JSON.parse(fs.readFileSync(path.join(PARITY_DIR, 'cases.json'), 'utf8')).cases;
export const PARITY_CASES = Object.keys(spec);

export function prepareParityCase(name, repo, outsideDir) {
  const c = spec[name];
  fs.cpSync(path.join(PARITY_DIR, name), repo, { recursive: true });
  for (const f of c.outside ?? []) fs.renameSync(path.join(repo, f), path.join(outsideDir, f));
  const skip = new Set(c.untracked ?? []);
  const files = fs.readdirSync(repo, { recursive: true }).map(String);
  const add = files.filter((f) => !f.startsWith('.git') && !skip.has(f) && fs.statSync(path.join(repo, f)).isFile());
  for (const [link, target] of Object.entries(c.links ?? {})) fs.symlinkSync(target, path.join(repo, link));
  for (const [link, f] of Object.entries(c.outsideLinks ?? {}))
    fs.symlinkSync(path.join(outsideDir, f), path.join(repo, link));
  add.push(...Object.keys(c.links ?? {}), ...Object.keys(c.outsideLinks ?? {}));
  execFileSync('git', ['add', '--', ...add], { cwd: repo, stdio: 'pipe' });
}
