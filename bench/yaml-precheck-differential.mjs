// Differential check of the YAML transformer's rejection pre-check (yamlCertainlyInvalid)
// against PyYAML: every text it claims PyYAML rejects must indeed be rejected. Random texts
// are built from YAML, near-YAML and code lines. Needs python3 with PyYAML (not run in CI).
// Usage: node bench/yaml-precheck-differential.mjs [--texts N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[process.argv.indexOf('--texts') + 1]) || 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-precheck-'));
const out = path.join(dir, 'yaml.mjs');
await esbuild.build({
  entryPoints: [path.join(repo, 'src/secrets/transformers/yaml.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { yamlCertainlyInvalid } = await import(out);

const LINES = [
  'key: value',
  'password: "hunter2"',
  "token: 'abc'",
  '  nested: x',
  '  - item',
  '- a: b',
  'list:',
  '  -',
  '---',
  '...',
  '%YAML 1.1',
  '? complex',
  ': value',
  'anchor: &a v',
  'alias: *a',
  'block: |',
  '  text',
  'folded: >',
  'k: v: w',
  'k: %w',
  '# comment',
  'x: 1 # tail',
  'bin: !!binary aGVsbG8=',
  'n: null',
  '{a: 1}',
  '[1, 2]',
  '"quoted": v',
  'key:value',
  '',
  'export function f(a: number): string {}',
  '  const v = x.map((y) => y * 2);',
  'def handler(event, context):  # c',
  "import { X } from './y.js';",
  'const ID = "ab-cd";',
  '// comment text',
  'version = "1.2.3"',
  'a #b: c',
  'plain words here',
  '    if err != nil { return fmt.Errorf("failed: %w", err) }',
  'k: [1,',
  '2]',
  'k: "multi',
  'line"',
  '  k: {a: 1,',
  'b: 2}',
  'url: http://x.y/z',
  'k: a:b',
  'k:',
  '  v: w: x',
  '(paren): 1',
  '$var: 2',
  '/path: 3',
  'a: b #c: d',
  'k: @x',
  'k: `x',
  '  # indented comment',
  'text at zero',
  'k: >-',
  '   more',
  '1: 2',
  '-1: x',
];
let seed = 12345;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const claims = new Set();
for (let i = 0; i < n; i++) {
  const lines = Array.from({ length: 1 + Math.floor(rand() * 7) }, () => LINES[Math.floor(rand() * LINES.length)]);
  const text = lines.join('\n') + (rand() < 0.5 ? '\n' : '');
  if (yamlCertainlyInvalid(text)) claims.add(text);
}
const claimsFile = path.join(dir, 'claims.json');
fs.writeFileSync(claimsFile, JSON.stringify([...claims]));
const py = spawnSync(
  'python3',
  [
    '-c',
    `
import json, sys, yaml
bad = []
for t in json.load(open(sys.argv[1])):
    try:
        list(yaml.compose_all(t))
        bad.append(t)
    except yaml.YAMLError:
        pass
print(json.dumps(bad))
`,
    claimsFile,
  ],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
fs.rmSync(dir, { recursive: true, force: true });
if (py.status !== 0) {
  console.error(`python3 with PyYAML is needed: ${py.stderr.trim()}`);
  process.exit(2);
}
const wrong = JSON.parse(py.stdout);
console.log(`${n} texts, ${claims.size} claimed invalid, ${wrong.length} of them accepted by PyYAML`);
for (const t of wrong.slice(0, 10)) console.log(JSON.stringify(t));
process.exit(wrong.length ? 1 : 0);
