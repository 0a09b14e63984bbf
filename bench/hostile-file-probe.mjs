// One hostile file per case, at or near its size cap, through the built CLI: prints the wall time,
// exit code and finding counts of each (issue 13: no single file keeps a run past 60 s). The cases
// that were slow are tests in test/security/hostile-bounds.test.ts; this keeps the whole probe.
// Usage: npm run build && node bench/hostile-file-probe.mjs [NAME-SUBSTRING]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
const CLI = path.resolve(import.meta.dirname, '..', 'dist', 'cli.js');
const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-probe-'));
const M = 1024 * 1024;
const cases = {
  'dotenv-unterminated-quotes': {
    '.env': ("A='" + "\\'".repeat(200000) + '\n').repeat(4),
    'openclaw.json': '{ gateway: { auth: { token: "${A}" } } }\n',
    args: ['--env-file', '.env'],
  },
  'dotenv-many-spaces': {
    '.env': ('A=' + ' '.repeat(400000) + 'x #' + '\n').repeat(4),
    'openclaw.json': '{}\n',
    args: ['--env-file', '.env'],
  },
  'dotenv-spaces-no-eq': {
    '.env': ('A' + ' '.repeat(900000) + '\n').repeat(2),
    'openclaw.json': '{}\n',
    args: ['--env-file', '.env'],
  },
  'env-unclosed-braces': {
    '.env': 'A=x\n',
    'openclaw.json': '{ a: "' + '${'.repeat(2000000) + '" }\n',
    args: ['--env-file', '.env'],
  },
  'env-subst-fanout': {
    '.env': 'A=' + 'x'.repeat(1000000) + '\n',
    'openclaw.json': '{ a: "' + '${A}'.repeat(200000) + '" }\n',
    args: ['--env-file', '.env'],
  },
  'json5-long-string-escapes': { 'openclaw.json': '{ a: "' + '\\u0041'.repeat(800000) + '" }\n' },
  'json5-many-arrays': { 'openclaw.json': '{ a: [' + '[1,2,3],'.repeat(600000) + '] }\n' },
  'json5-deep-499x': { 'openclaw.json': '{ a: [' + ('['.repeat(490) + ']'.repeat(490) + ',').repeat(4000) + '] }\n' },
  'json5-comments': { 'openclaw.json': '{\n' + '/*' + '*'.repeat(4 * M) + '*/ }\n' },
  'yaml-block-deep': {
    'docker-compose.yml':
      'services:\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i + 2) + 'k' + i + ':').join('\n') + ' x\n',
  },
  'yaml-long-plain-multiline': {
    'docker-compose.yml': 'services:\n  gw:\n    image: ' + ('a '.repeat(50) + '\n      ').repeat(15000) + '\n',
  },
  'yaml-many-docs': {
    'k8s.yaml': '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n'.repeat(25000),
  },
  'yaml-many-keys': {
    'docker-compose.yml':
      'services:\n  gw:\n    environment:\n' +
      Array.from({ length: 60000 }, (_, i) => `      K${i}: v`).join('\n') +
      '\n',
  },
  'yaml-env-interp': {
    'docker-compose.yml':
      'services:\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.9.6\n    command: ["' +
      '${X:-${Y:-${Z:-a}}}'.repeat(60000) +
      '"]\n',
  },
  'yaml-nested-default': {
    'docker-compose.yml':
      'services:\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.9.6\n    command: ["' +
      '${X:-'.repeat(100000) +
      'a' +
      '}'.repeat(100000) +
      '"]\n',
  },
  'toml-dotted': {
    'fly.toml': 'app = "x"\n' + Array.from({ length: 20000 }, (_, i) => `[t${i}]\nk = 1`).join('\n') + '\n',
  },
  'toml-long-key': { 'fly.toml': 'app = "x"\n' + 'a.'.repeat(600000) + 'b = 1\n' },
  'toml-arrays': { 'fly.toml': 'app = "x"\nv = [' + '[1,2],'.repeat(200000) + ']\n' },
  'toml-strings': {
    'fly.toml':
      'app = "x"\n' +
      Array.from({ length: 60000 }, (_, i) => `k${i} = "` + '\\u0041'.repeat(3) + '"').join('\n') +
      '\n',
  },
  'dockerfile-continuations': {
    Dockerfile: 'FROM ghcr.io/openclaw/openclaw:2026.9.6\nRUN a \\\n' + ' b \\\n'.repeat(300000) + ' c\n',
    'docker-compose.yml': 'services:\n  gw:\n    build: .\n',
  },
  'dockerfile-env-many': {
    Dockerfile:
      'FROM ghcr.io/openclaw/openclaw:2026.9.6\n' +
      Array.from({ length: 60000 }, (_, i) => `ENV A${i}=\${A${i - 1}}x`).join('\n') +
      '\nCMD ["openclaw","gateway"]\n',
    'docker-compose.yml': 'services:\n  gw:\n    build: .\n',
  },
  'dockerfile-arg-expansion': {
    Dockerfile:
      'FROM ghcr.io/openclaw/openclaw:2026.9.6\nARG A=x\n' +
      Array(40).fill('ARG A=${A}${A}').join('\n') +
      '\nCMD ["openclaw","gateway","--bind","${A}"]\n',
    'docker-compose.yml': 'services:\n  gw:\n    build: .\n',
  },
  'compose-env-doubling': {
    'docker-compose.yml':
      'services:\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.9.6\n    env_file: [.env]\n    command: ["openclaw","gateway","--bind","${A30}"]\n',
    '.env': 'A0=x\n' + Array.from({ length: 30 }, (_, i) => `A${i + 1}=\${A${i}}\${A${i}}`).join('\n') + '\n',
  },
  'systemd-long': {
    'openclaw.service': '[Service]\nExecStart=/usr/bin/openclaw gateway ' + '--x '.repeat(500000) + '\n',
  },
  'k8s-many-containers': {
    'k8s.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers:\n' +
      Array.from(
        { length: 20000 },
        (_, i) =>
          `        - name: c${i}\n          image: ghcr.io/openclaw/openclaw:2026.9.6\n          args: ["gateway","--bind","lan"]`,
      ).join('\n') +
      '\n',
  },
  'secrets-long-line': { 'a.txt': 'password = "' + 'A1b2'.repeat(500000) + '"\n' },
  'secrets-many-high-entropy': {
    'a.txt': Array.from(
      { length: 100000 },
      (_, i) => `key${i} = "${globalThis.Buffer.from(String(i * 7919)).toString('base64')}abcdEFGH1234"`,
    ).join('\n'),
  },
};
const only = process.argv[2];
for (const [name, files] of Object.entries(cases)) {
  if (only && !name.includes(only)) continue;
  const dir = path.join(ROOT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const args = files.args ?? [];
  for (const [f, t] of Object.entries(files)) if (f !== 'args') fs.writeFileSync(path.join(dir, f), t);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args, '.'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120000,
    maxBuffer: 1 << 30,
  });
  const ms = Date.now() - t0;
  let summary;
  try {
    const d = JSON.parse(r.stdout);
    const c = {};
    for (const f of d.findings) c[f.ruleId] = (c[f.ruleId] || 0) + 1;
    summary = JSON.stringify(c).slice(0, 200);
  } catch {
    summary = (r.stderr || '').slice(0, 200);
  }
  console.log(`${name}: ${ms} ms exit=${r.status} sig=${r.signal} ${summary}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
fs.rmSync(ROOT, { recursive: true, force: true });
