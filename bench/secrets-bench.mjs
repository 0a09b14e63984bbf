// Benchmark: `clawlint secrets scan --all-files .` on a generated 5,000-file ~50 MiB tree and on
// a 10x tree (50,000 files, ~500 MiB). Each configuration runs several times; the best and the
// median wall time are reported (shared CI hosts are noisy), with CPU time (user+sys) and peak
// RSS from GNU time when /usr/bin/time exists.
// Usage: node bench/secrets-bench.mjs [--skip-10x] [--runs N] [--single] [--keep DIR]
//   --single   also time CLAWLINT_SECRETS_WORKERS=0 (no worker threads)
//   --keep DIR generate the trees under DIR and keep them (reused when present)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateTree } from './lib/secrets-tree.mjs';
import { secretsCommand } from './lib/secrets-runner.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const runs = Number(opt('--runs', '3'));
const keep = opt('--keep', null);

let cmd;
try {
  cmd = await secretsCommand();
} catch (e) {
  console.error(`${e.message}\nRun \`npm run build\` first.`);
  process.exit(2);
}
console.log(
  `clawlint via ${cmd.how}; ${os.cpus().length} CPUs; load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function once(root, env) {
  const args = [process.execPath, ...cmd.argv, 'scan', '--all-files', '.'];
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%U %S %M', ...args], { cwd: root, env, maxBuffer: 1 << 30 })
    : spawnSync(args[0], args.slice(1), { cwd: root, env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const [user, sys, rssKb] = timeBin
    ? String(r.stderr).trim().split('\n').pop().split(' ').map(Number)
    : [NaN, NaN, NaN];
  const findings = r.status === 0 ? (String(r.stdout).match(/"hashed_secret"/g) ?? []).length : -1;
  return { ms, cpu: user + sys, rssMb: rssKb / 1024, findings, status: r.status };
}

function bench(label, files, totalBytes) {
  const root = keep ? path.join(keep, label) : fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-bench-'));
  let bytes;
  const stamp = path.join(root, '.bench-bytes');
  if (keep && fs.existsSync(stamp)) bytes = Number(fs.readFileSync(stamp, 'utf8'));
  else {
    bytes = generateTree(root, { files, totalBytes, seed: 7 });
    if (keep) fs.writeFileSync(stamp, String(bytes));
  }
  const mib = bytes / 1024 / 1024;
  const configs = [['default', { ...process.env }]];
  if (argv.includes('--single')) configs.push(['single', { ...process.env, CLAWLINT_SECRETS_WORKERS: '0' }]);
  for (const [name, env] of configs) {
    const all = Array.from({ length: runs }, () => once(root, env));
    const sorted = [...all].sort((a, b) => a.ms - b.ms);
    const best = sorted[0];
    const median = sorted[Math.floor(sorted.length / 2)];
    const rss = Math.max(...all.map((r) => r.rssMb));
    console.log(
      `${label} ${name}: ${files} files, ${mib.toFixed(1)} MiB; best ${(best.ms / 1000).toFixed(2)} s = ${(mib / (best.ms / 1000)).toFixed(1)} MiB/s, ` +
        `median ${(median.ms / 1000).toFixed(2)} s = ${(mib / (median.ms / 1000)).toFixed(1)} MiB/s, CPU ${best.cpu.toFixed(2)} s, ` +
        `peak RSS ${Number.isNaN(rss) ? 'n/a' : rss.toFixed(0) + ' MB'}, ${best.findings} findings, exit ${best.status}`,
    );
  }
  if (!keep) fs.rmSync(root, { recursive: true, force: true });
}

bench('1x', 5000, 50 * 1024 * 1024);
if (!argv.includes('--skip-10x')) bench('10x', 50000, 500 * 1024 * 1024);
