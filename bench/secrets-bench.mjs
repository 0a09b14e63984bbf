// Benchmark: `clawlint secrets scan --all-files` on a generated 5,000-file ~50 MiB tree and on
// a 10x tree. Prints MiB/s and peak RSS (from /usr/bin/time-free getrusage of the child).
// Usage: node bench/secrets-bench.mjs [--skip-10x]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateTree } from './lib/secrets-tree.mjs';
import { secretsCommand } from './lib/secrets-runner.mjs';

let cmd;
try {
  cmd = await secretsCommand();
} catch (e) {
  console.error(`${e.message}\nRun \`npm run build\` first.`);
  process.exit(2);
}
console.log(`clawlint via ${cmd.how}`);

function bench(label, files, totalBytes) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-bench-'));
  const bytes = generateTree(root, { files, totalBytes, seed: 7 });
  const script = `const t=process.hrtime.bigint();const r=require('child_process').spawnSync(process.execPath,${JSON.stringify(
    [...cmd.argv, 'scan', '--all-files', '.'],
  )},{cwd:${JSON.stringify(root)},maxBuffer:1<<30});const ms=Number(process.hrtime.bigint()-t)/1e6;const ru=process.resourceUsage();console.log(JSON.stringify({ms,status:r.status,out:r.stdout.length,err:String(r.stderr).slice(0,500)}));`;
  // Peak RSS of the child: measured with GNU time when present, else the child's own report.
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M', process.execPath, ...cmd.argv, 'scan', '--all-files', '.'], { cwd: root, maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [...cmd.argv, 'scan', '--all-files', '.'], { cwd: root, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  void script;
  const rssKb = timeBin ? Number(String(r.stderr).trim().split('\n').pop()) : NaN;
  const results = r.status === 0 ? (String(r.stdout).match(/"hashed_secret"/g) ?? []).length : -1;
  const mib = bytes / 1024 / 1024;
  console.log(
    `${label}: ${files} files, ${mib.toFixed(1)} MiB in ${(ms / 1000).toFixed(2)} s = ${(mib / (ms / 1000)).toFixed(1)} MiB/s, ` +
      `peak RSS ${Number.isNaN(rssKb) ? 'n/a' : (rssKb / 1024).toFixed(0) + ' MB'}, ${results} findings, exit ${r.status}`,
  );
  fs.rmSync(root, { recursive: true, force: true });
}

bench('1x', 5000, 50 * 1024 * 1024);
if (!process.argv.includes('--skip-10x')) bench('10x', 50000, 500 * 1024 * 1024);
