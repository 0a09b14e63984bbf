// Edge-case differential: clawlint secrets vs detect-secrets 1.5.0 (checkout at
// /work/cache/detect-secrets or $DETECT_SECRETS_DIR) on generated small files built to sit on the
// seams of the pipeline rather than on realistic content: every line break Python's
// `splitlines()` or PyYAML knows (CR, CRLF, NEL, U+2028/2029, VT, FF, FS/GS/RS) placed around and
// inside secrets, a BOM, no final newline, NUL bytes, non-UTF-8 bytes, tabs, the file types whose
// keyword regex sets differ, quoting styles, pragmas on the line and the line before, the same
// secret twice, a secret at the end of an overlong line, and file names that are not UTF-8.
// Each file is judged alone: the baselines' per-file entries are compared, so a difference names
// the file (and the case that built it) it comes from.
// Usage: node bench/secrets-edge-differential.mjs [--files N] [--seed S] [--keep DIR]
// Prints SAME/DIFF per mode and the differing files with their case (never secret values: these are
// generated, but the output format is the real-repository one); --keep leaves the tree in DIR.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectSecretsOrSkip, option, secretsCommand } from './lib/secrets-runner.mjs';

const { env: offline } = detectSecretsOrSkip();
const ours = await secretsCommand();
const count = Number(option('--files', '400'));
let seed = Number(option('--seed', '1'));
const keep = option('--keep', null);

function rand(k) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % k;
}
const pick = (a) => a[rand(a.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const str = (n, cs = ALNUM) => Array.from({ length: n }, () => cs[rand(cs.length)]).join('');

// Breaks: Python's universal newlines (\n, \r, \r\n) split the file; splitlines() and PyYAML also
// split at the others, which detect-secrets reads as part of a line.
const BREAKS = ['\n', '\r\n', '\r', '\x85', '\u2028', '\u2029', '\v', '\f', '\x1c', '\x1d', '\x1e'];
const EXTS = [
  '.py',
  '.go',
  '.js',
  '.java',
  '.yaml',
  '.yml',
  '.ini',
  '.cfg',
  '.env',
  '.json',
  '.tf',
  '.c',
  '.cpp',
  '.cs',
  '.swift',
  '.toml',
  '.properties',
  '.txt',
  '',
];

const SECRET_LINES = [
  () => `aws_key = "AKIA${str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}"`,
  () => `password = "${str(14)}"`,
  () => `password: ${str(14)}`,
  () => `db_pass := "${str(12)}"`,
  () => `secret = '${str(20)}'`,
  () => `"api_key": "${str(32)}",`,
  () => `private_key = ${str(18)}`,
  () => `if (pwd == "${str(12)}") {`,
  () => `"${str(12)}" == password`,
  () => `token = "ghp_${str(36)}"`,
  () => `blob = "${str(48, ALNUM + '+/')}"`,
  () => `hex = "${str(40, '0123456789abcdef')}"`,
  () => `url = "https://admin:${str(10)}@db.example.com/x"`,
  () => `jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.${str(43)}"`,
  () => `contraseña = "${str(12)}"`,
  () => `ſecret = "${str(12)}"`,
  () => `password = "${str(6)}"`,
  () => `password = "\${VAR}"`,
  () => `password = "{{ vault.pw }}"`,
  () => `api_key = "${str(30)}"  # pragma: allowlist secret`,
];
const NOISE = [
  () => '',
  () => '# a comment',
  () => `name = "${str(8)}"`,
  () => '[section]',
  () => 'key: value',
  () => '- item',
  () => '\t\tindented = 1',
  () => '// pragma: allowlist nextline secret',
  () => 'x'.repeat(300) + ` password = "${str(14)}"`,
  () => `café = "${str(10)}" 東京 😀`,
];

// What each case varies; the chosen values are printed for a differing file.
function makeCase(i) {
  const brk = pick(BREAKS);
  const crlf = rand(4) === 0 ? '\r\n' : '\n';
  const ext = pick(EXTS);
  const lines = Array.from({ length: 2 + rand(6) }, () => (rand(2) ? pick(SECRET_LINES)() : pick(NOISE)()));
  // The odd break goes inside a line, next to a secret, or ends one.
  const at = rand(lines.length);
  const where = pick(['inside', 'end', 'start']);
  const line = lines[at];
  const q = line.indexOf('"');
  lines[at] =
    where === 'inside' && q >= 0
      ? line.slice(0, q + 3) + brk + line.slice(q + 3)
      : where === 'end'
        ? line + brk
        : brk + line;
  if (rand(5) === 0) lines.push(lines[rand(lines.length)]); // the same line again: first one wins
  let text = lines.join(crlf) + (rand(3) ? crlf : '');
  const bom = rand(8) === 0;
  if (bom) text = '\ufeff' + text;
  let bytes = Buffer.from(text, 'utf8');
  const damage = pick(['none', 'none', 'none', 'nul', 'latin1']);
  if (damage === 'nul') bytes = Buffer.concat([bytes, Buffer.from([0, 0x41, 0])]);
  if (damage === 'latin1') bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), bytes]);
  const odd = rand(12) === 0; // a file name that is not UTF-8
  const name = Buffer.concat([Buffer.from(`case${i}`), odd ? Buffer.from([0xe9]) : Buffer.alloc(0), Buffer.from(ext)]);
  const label = `break ${JSON.stringify(brk)} ${where} line ${at + 1}, eol ${JSON.stringify(crlf)}, ${ext || 'no ext'}${bom ? ', BOM' : ''}, damage ${damage}${odd ? ', Latin-1 name' : ''}`;
  return { name, bytes, label };
}

const root = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-edge-'));
fs.mkdirSync(root, { recursive: true });
const labels = new Map();
for (let i = 0; i < count; i++) {
  const c = makeCase(i);
  fs.writeFileSync(Buffer.concat([Buffer.from(root + '/'), c.name]), c.bytes);
  labels.set(`case${i}`, c.label);
}
execFileSync('git', ['init', '-q'], { cwd: root });
execFileSync('git', ['add', '-A'], { cwd: root });

const strip = (s) => s.replace(/^ {2}"generated_at": .*\n/m, '').replace(/,\n}\n?$/, '\n}\n');
const results = (s) => {
  try {
    return JSON.parse(s).results;
  } catch {
    return null;
  }
};

let ok = true;
for (const mode of ['all', 'git']) {
  const args = ['scan', ...(mode === 'all' ? ['--all-files'] : []), '.'];
  const py = spawnSync('python3', ['-P', '-m', 'detect_secrets', ...args], {
    cwd: root,
    env: offline,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const js = spawnSync(process.execPath, [...ours.argv, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const same = py.status === js.status && strip(py.stdout) === strip(js.stdout);
  ok &&= same;
  const a = results(py.stdout) ?? {};
  const b = results(js.stdout) ?? {};
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const differing = files.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
  console.log(
    `${same ? 'SAME' : 'DIFF'}  ${mode === 'all' ? '--all-files' : 'git mode'}: ${count} files, ` +
      `${Object.keys(a).length} with findings in detect-secrets, ${differing.length} differing ` +
      `(detect-secrets exit ${py.status}, clawlint exit ${js.status})`,
  );
  if (py.status !== 0) console.log(`    detect-secrets stderr: ${py.stderr.split('\n').slice(-3).join(' | ')}`);
  for (const f of differing.slice(0, 20)) {
    const count = (r) => (r ? r.map((e) => `${e.type}@${e.line_number}`).join(', ') : 'nothing');
    console.log(`    ${JSON.stringify(f)} [${labels.get(/^case\d+/.exec(f)?.[0]) ?? '?'}]`);
    console.log(`      detect-secrets: ${count(a[f])}\n      clawlint:       ${count(b[f])}`);
  }
  if (!same && !differing.length) console.log('    same entries, different bytes (order, exit code or header)');
}
if (!keep) fs.rmSync(root, { recursive: true, force: true });
console.log(ok ? 'edge cases: all identical' : 'edge cases: differences found');
process.exit(ok ? 0 : 1);
