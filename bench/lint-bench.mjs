// npm run bench — prints clawlint's cold start on one config and warm throughput
// on N generated configs, both through the built bin (node dist/cli.js).
// Targets (DEVELOPERS issue 2): cold start <= 150 ms wall, >= 500 configs/s warm.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeConfigs } from './gen-configs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist', 'cli.js');
const N = Number(process.env.BENCH_CONFIGS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-bench-'));

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'none', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`clawlint exited ${r.status}: ${r.stderr}`);
  return { ms, findings: JSON.parse(r.stdout).findings.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  writeConfigs(path.join(tmp, 'one'), 1);
  writeConfigs(path.join(tmp, 'many'), N);
  const one = path.join(tmp, 'one', 'svc00000', 'openclaw.json');
  time([one]); // warm the OS file cache
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(time([one]).ms);
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const many = time([path.join(tmp, 'many')]);
  const warm = N / ((many.ms - median(cold)) / 1000);
  const rss = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, cli, '--format', 'json', '--fail-on', 'none', path.join(tmp, 'many')],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  console.log(`node ${process.version}, ${os.cpus().length} cores`);
  console.log(
    `cold start, one config: median ${median(cold).toFixed(1)} ms over ${RUNS} runs (bare node -e 0: ${median(bare).toFixed(1)} ms)`,
  );
  console.log(
    `warm: ${N} configs in ${many.ms.toFixed(0)} ms, ${many.findings} findings -> ${warm.toFixed(0)} configs/s`,
  );
  if (rss.status === 0)
    console.log(`peak RSS for ${N} configs: ${(Number(rss.stderr.trim().split('\n').pop()) / 1024).toFixed(0)} MB`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
