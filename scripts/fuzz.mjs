// npm run fuzz — the long fuzz run: the property tests with many more inputs, then the
// built CLI on generated hostile repositories (each run bounded in time; output must be
// valid JSON and must not contain the planted secret). Prints how many inputs it tried.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const repos = Number(process.env.FUZZ_REPOS ?? 200);

const t0 = Date.now();
const props = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts'], {
  cwd: repo,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs) },
});
if (props.status !== 0) process.exit(1);

let seed = Number(process.env.FUZZ_SEED ?? 1);
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const SECRET = 'PLANTED-fuzz-secret-0xC0FFEE';
const pieces = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\n',
  ' gateway',
  ' bind',
  ' "lan"',
  ' $include',
  ' "../x"',
  ' "./a.json5"',
  ` "${SECRET}"`,
  ' token',
  ' auth',
  ' mode',
  ' "${T}"',
  ' __proto__',
  ' 1e999',
  ' //',
  ' /*',
  ' */',
  ' hooks',
  ' enabled',
  ' true',
  ' channels',
  ' dmPolicy',
  ' "open"',
];
const gen = () => Array.from({ length: 5 + Math.floor(rand() * 80) }, () => pick(pieces)).join('');

let failures = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fuzz-cli-'));
for (let i = 0; i < repos; i++) {
  const dir = path.join(tmp, `r${i}`);
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'openclaw.json'), gen());
  fs.writeFileSync(path.join(dir, 'a.json5'), gen());
  fs.writeFileSync(path.join(dir, 'sub', 'x.openclaw.json5'), gen());
  fs.writeFileSync(path.join(dir, 'deploy.env'), `T=${SECRET}\nOPENCLAW_GATEWAY_TOKEN=${SECRET}\n`);
  fs.writeFileSync(
    path.join(dir, '.clawlint.yml'),
    pick([
      '',
      'failOn: warn\n',
      'rules: {a: [\n',
      'policies: ["../*"]\n',
      `suppressions: [{rule: x, reason: "${SECRET}"}]\n`,
    ]),
  );
  const r = spawnSync(
    process.execPath,
    [path.join(repo, 'dist', 'cli.js'), '--format', 'json', '--env-file', 'deploy.env', '.'],
    { cwd: dir, encoding: 'utf8', timeout: 20_000 },
  );
  let problem = '';
  if (r.signal) problem = `killed (${r.signal})`;
  else if (r.status !== 0 && r.status !== 1) problem = `exit ${r.status}: ${r.stderr.split('\n')[0]}`;
  else {
    try {
      JSON.parse(r.stdout);
    } catch {
      problem = 'stdout is not JSON';
    }
    if ((r.stdout + r.stderr).includes(SECRET)) problem = 'planted secret in output';
  }
  if (problem) {
    failures++;
    console.log(`repo ${i}: ${problem} (kept in ${dir})`);
  } else fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  `fuzz: ${runs} inputs per property, ${repos} generated repositories through the CLI, ${failures} failure(s), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
process.exit(failures ? 1 : 0);
