// npm run bench:monorepo — time and peak RSS of `clawlint --format json` on a generated monorepo
// of 1,000 and 10,000 OpenClaw configs (each team directory has a docker-compose.yml running its
// configs, some configs $include a shared fragment, some have a .env), unsharded and as shards.
// Prints the numbers and the 10k/1k time ratio (linear cost: at most 10x). Nothing is asserted.
// The run budget (40 s) is lifted (CLAWLINT_RUN_BUDGET_MS), and a run the budget still cut fails
// the bench: a cut run is not a measurement. `--cli A,B` alternates two builds run for run (the
// machine is shared: alternating repeats keep load drift out of the comparison).
// Usage: node bench/monorepo-bench.mjs [--sizes 1000,10000] [--shards 4] [--runs 3] [--keep DIR] [--cli dist/cli.js,OTHER]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMonorepo } from './lib/monorepo.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const sizes = opt('--sizes', '1000,10000').split(',').map(Number);
const shards = Number(opt('--shards', '4'));
const runs = Number(opt('--runs', '3'));
const keep = opt('--keep', null);
const clis = opt('--cli', path.join(repo, 'dist', 'cli.js'))
  .split(',')
  .map((c) => path.resolve(c));
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const base = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-monorepo-'));

/** One run: wall ms, user+sys s and peak RSS (MB) from GNU time, and the number of findings. */
function once(cli, root, extra) {
  const out = path.join(base, `out-${process.pid}.json`);
  const args = [cli, '.', '--format', 'json', '--fail-on', 'none', '--output', out, ...extra];
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M %U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8', env })
    : spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`clawlint exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const [rssKb, user, sys] = timeBin ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (report.findings.some((f) => f.ruleId === 'clawlint.budget_exceeded'))
    throw new Error('the run budget cut the run');
  const findings = report.findings.length;
  return { ms, cpu: user + sys, rssMb: rssKb / 1024, findings };
}

const env = { ...process.env, CLAWLINT_RUN_BUDGET_MS: String(24 * 3600 * 1000) };

/** Best of `runs` per build, the builds alternating run for run; CPU and RSS are the best run's. */
function best(root, extra) {
  const all = clis.map(() => []);
  for (let i = 0; i < runs; i++) clis.forEach((cli, k) => all[k].push(once(cli, root, extra)));
  return all.map((list) => {
    list.sort((a, b) => a.ms - b.ms);
    const cpu = Math.min(...list.map((r) => r.cpu));
    const rssMb = Math.max(...list.map((r) => r.rssMb));
    return { ...list[0], cpu, rssMb, median: list[Math.floor(list.length / 2)].ms };
  });
}
const label = (k) => (clis.length > 1 ? ` [${path.relative(process.cwd(), clis[k]) || clis[k]}]` : '');

console.log(
  `node ${process.version}; ${os.cpus().length} CPUs; load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; best of ${runs}`,
);
const results = new Map();
try {
  for (const n of sizes) {
    const root = path.join(base, `mono-${n}`);
    if (!fs.existsSync(path.join(root, '.generated'))) {
      const t0 = Date.now();
      const files = writeMonorepo(root, n);
      fs.writeFileSync(path.join(root, '.generated'), String(files));
      console.log(`generated ${n} configs (${files} files) in ${Date.now() - t0} ms`);
    }
    const rs = best(root, []);
    results.set(n, rs);
    rs.forEach((r, k) =>
      console.log(
        `${String(n).padStart(6)} configs${label(k)}: ${r.ms.toFixed(0)} ms wall (median ${r.median.toFixed(0)}), ${r.cpu.toFixed(1)} s CPU, peak RSS ${r.rssMb.toFixed(0)} MB, ${r.findings} findings`,
      ),
    );
    if (shards > 1)
      best(root, ['--shard', `1/${shards}`]).forEach((s, k) =>
        console.log(
          `${String(n).padStart(6)} configs, shard 1/${shards}${label(k)}: ${s.ms.toFixed(0)} ms wall, ${s.cpu.toFixed(1)} s CPU, peak RSS ${s.rssMb.toFixed(0)} MB, ${s.findings} findings`,
        ),
      );
  }
  const [a, b] = sizes;
  if (results.has(a) && results.has(b))
    clis.forEach((_, k) => {
      const [x, y] = [results.get(a)[k], results.get(b)[k]];
      console.log(
        `${b}/${a} configs${label(k)}: ${(y.ms / x.ms).toFixed(2)}x the wall time, ${(y.cpu / x.cpu).toFixed(2)}x the CPU time (${b / a}x the configs), ${(y.rssMb / x.rssMb).toFixed(2)}x the peak RSS`,
      );
    });
} finally {
  if (!keep) fs.rmSync(base, { recursive: true, force: true });
}
