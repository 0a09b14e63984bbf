// node bench/helm-bench.mjs — per fixture chart/kustomization under test/fixtures/render: the time of
// the bare `helm template` / `kubectl kustomize` render, and of the whole clawlint run on it (render +
// lint, through dist/cli.js) with the tools on PATH and without them. Medians of BENCH_RUNS runs.
// Needs npm run build and node scripts/setup-k8s-tools.mjs first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist', 'cli.js');
const tools = path.join(repo, '.cache', 'k8s-tools');
const fixtures = path.join(repo, 'test', 'fixtures', 'render');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!fs.existsSync(path.join(tools, 'helm'))) {
  console.error('bench: run node scripts/setup-k8s-tools.mjs first');
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(cmd, args, env) {
  const out = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(cmd, args, { cwd: fixtures, encoding: 'utf8', env, maxBuffer: 1 << 28 });
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(out), result: last };
}

const withTools = { ...process.env, PATH: `${tools}:/usr/bin:/bin` };
const without = { ...process.env, PATH: path.dirname(process.execPath) };
const cases = [
  ['r09', 'helm'],
  ['gateway', 'helm'],
  ['with-sub', 'helm'],
  ['kustomize/overlays/prod', 'kustomize'],
];
console.log(`median of ${RUNS} runs, ms`);
console.log(
  'case'.padEnd(26),
  'tool render'.padStart(12),
  'clawlint+tools'.padStart(15),
  'clawlint static'.padStart(16),
  'findings',
);
for (const [dir, kind] of cases) {
  const render =
    kind === 'helm'
      ? time(path.join(tools, 'helm'), ['template', 'bench', dir], withTools)
      : time(path.join(tools, 'kubectl'), ['kustomize', dir], withTools);
  const args = [cli, 'lint', '--format', 'json', '--fail-on', 'none', dir];
  const full = time(process.execPath, args, withTools);
  const stat = time(process.execPath, args, without);
  const n = JSON.parse(full.result.stdout).findings.length;
  console.log(
    dir.padEnd(26),
    render.ms.toFixed(0).padStart(12),
    full.ms.toFixed(0).padStart(15),
    stat.ms.toFixed(0).padStart(16),
    String(n).padStart(8),
  );
}
