// Differential check: clawlint secrets vs the real detect-secrets 1.5.0 (checkout at
// /work/cache/detect-secrets or $DETECT_SECRETS_DIR), byte for byte minus `generated_at`.
// Not part of `npm test`; skips cleanly when the checkout is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateTree } from './lib/secrets-tree.mjs';
import { detectSecretsOrSkip, secretsCommand } from './lib/secrets-runner.mjs';
import { PARITY_CASES, prepareParityCase } from '../test/secrets/parity-prepare.mjs';

const { env: offline } = detectSecretsOrSkip();
const ours = await secretsCommand();
const strip = (s) => s.replace(/^ {2}"generated_at": .*\n/m, '').replace(/,\n}\n?$/, '\n}\n');

function run(label, cwd, args) {
  const py = spawnSync('python3', ['-P', '-m', 'detect_secrets', ...args], {
    cwd,
    env: offline,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const js = spawnSync(process.execPath, [...ours.argv, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const same = strip(py.stdout) === strip(js.stdout) && py.status === js.status;
  console.log(`${same ? 'SAME' : 'DIFF'}  ${label}  (detect-secrets exit ${py.status}, clawlint exit ${js.status})`);
  if (!same) {
    const a = path.join(os.tmpdir(), `ds-${label.replace(/\W+/g, '_')}.json`);
    fs.writeFileSync(a, py.stdout + py.stderr);
    fs.writeFileSync(a.replace('ds-', 'cl-'), js.stdout + js.stderr);
    const d = spawnSync('diff', [a, a.replace('ds-', 'cl-')], { encoding: 'utf8' });
    console.log(d.stdout.split('\n').slice(0, 40).join('\n'));
  }
  return same;
}

console.log(`clawlint via ${ours.how}`);
let ok = true;
for (const seed of process.argv.includes('--parity-only') ? [] : [1, 2, 3, 4]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `secrets-diff-${seed}-`));
  // Seed 4 mixes in text beyond ASCII.
  generateTree(root, { files: 120, totalBytes: 400 * 1024, seed, secretRate: 0.08, unicode: seed === 4 });
  ok = run(`tree seed ${seed} --all-files`, root, ['scan', '--all-files', '.']) && ok;
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '.'], { cwd: root });
  ok = run(`tree seed ${seed} git-tracked`, root, ['scan', '.']) && ok;
  ok =
    run(`tree seed ${seed} --exclude-lines`, root, [
      'scan',
      '--all-files',
      '--exclude-lines',
      'password',
      '--exclude-secrets',
      '^[A-Z]',
      '.',
    ]) && ok;
  fs.rmSync(root, { recursive: true, force: true });
}
const fixtures = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
  'test',
  'fixtures',
  'secrets',
  'tree',
);
if (fs.existsSync(fixtures)) ok = run('test/fixtures/secrets/tree', fixtures, ['scan', '--all-files', '.']) && ok;
// The parity cases of test/secrets/parity.test.ts, laid out the same way (symlinks, untracked files).
for (const name of PARITY_CASES) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `secrets-parity-${name}-`));
  const repo = path.join(root, 'repo');
  fs.mkdirSync(repo);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  prepareParityCase(name, repo, root);
  ok = run(`parity ${name} --all-files`, repo, ['scan', '--all-files', '.']) && ok;
  ok = run(`parity ${name} git-tracked`, repo, ['scan', '.']) && ok;
  fs.rmSync(root, { recursive: true, force: true });
}
console.log(ok ? 'differential: all identical' : 'differential: differences found');
process.exit(ok ? 0 : 1);
