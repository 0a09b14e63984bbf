// Differential check of the YAML transformer (src/secrets/transformers/yaml.ts) against
// detect-secrets 1.5.0's YAMLTransformer (checkout at /work/cache/detect-secrets or
// $DETECT_SECRETS_DIR, python3 with PyYAML): the transformed lines, or the fallback to raw lines,
// must be identical. Inputs: generated texts (duplicate keys at every level, anchors, aliases,
// merge keys, tags, sequences, flow collections, block scalars, odd keys) and every .yaml/.yml/
// .eyaml file under --dir (default: the real-repository trees of bench/secrets-realrepos.mjs).
// Usage: node bench/secrets-yaml-differential.mjs [--texts N] [--seed S] [--dir DIR] [--keep DIR]
// Prints the number of differences by kind and, for the first ones, where they start (never
// file contents); --keep writes each differing input and both outputs under DIR.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import * as esbuild from 'esbuild';
import { detectSecretsOrSkip, option } from './lib/secrets-runner.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const opt = option;
const { checkout } = detectSecretsOrSkip();
const n = Number(opt('--texts', '20000'));
let seed = Number(opt('--seed', '1'));
const scanDir = opt('--dir', process.env.REALREPOS_DIR ?? '/work/cache/realrepos-trees');
const keep = opt('--keep', null);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-diff-'));
const bundle = path.join(tmp, 'yaml.mjs');
await esbuild.build({
  stdin: {
    contents: `export { transformYaml } from './src/secrets/transformers/yaml.ts'; export { splitLines } from './src/secrets/scan-file.ts';`,
    resolveDir: repo,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { transformYaml, splitLines } = await import(bundle);

function rand(k) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % k;
}
const pick = (a) => a[rand(a.length)];

const KEYS = [
  'password',
  'token',
  'buffer',
  'a',
  'db_password',
  'MasterUserPassword',
  'api_key',
  '1',
  'yes',
  'null',
  '"q"',
  "'s'",
  'x y',
  '<<',
  '~',
  '1.0',
  'on',
  'true',
];
const VALUES = [
  'hunter2hunter2',
  '"quoted value"',
  "'single quoted'",
  'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg',
  '!Ref DBPassword',
  '!!str 123',
  '!!binary aGVsbG8gd29ybGQ=',
  '!!int 42',
  '!Sub "${AWS::Region}"',
  '!GetAtt [a, b]',
  '12',
  '3.5',
  'true',
  'null',
  '~',
  '2021-01-02',
  '&anc s3cr3tanchorvalue',
  '*anc',
  '|',
  '>-',
  '{k: v, password: flowsecret1}',
  '[a, b]',
  '{}',
  '[]',
  '',
  'x # comment',
  'v #not-comment',
  'a#b',
  '"multi',
  'value: with colon',
];
const SEQ = ['- DB_PASSWORD=s3cr3tvalue123', '- item', '- k: v', '- password: seqmapsecret', '- *anc', '- !Ref X', '-'];

function genText() {
  const lines = [];
  const count = 1 + rand(12);
  let indent = 0;
  for (let i = 0; i < count; i++) {
    const pad = ' '.repeat(indent);
    const r = rand(10);
    if (r < 6) {
      const v = pick(VALUES);
      lines.push(`${pad}${pick(KEYS)}:${v ? ' ' + v : ''}`);
      if (v === '|' || v === '>-') lines.push(`${pad}  block text line`);
      if (v === '"multi') lines.push(`${pad}  continued"`);
      if (v === '' && rand(2)) indent += 2;
    } else if (r < 8) lines.push(`${pad}${pick(SEQ)}`);
    else if (r < 9) {
      if (indent) indent -= 2;
    } else
      lines.push(
        pick([
          '# comment',
          '',
          '---',
          '<<: *anc',
          'merge: &m {password: mergedsecret1}',
          '<<: [*m]',
          ': novalue',
          '? explicit',
          ': explicitvalue',
          'k: {a: b,',
          '  password: flowline}',
          '- {token: x, password: y}',
        ]),
      );
  }
  return lines.join('\n') + (rand(4) ? '\n' : '');
}

const inputs = [];
for (let i = 0; i < n; i++) inputs.push({ name: `generated #${i}`, text: genText() });
const utf8 = new TextDecoder('utf-8', { fatal: true });
function collect(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') collect(p);
    else if (e.isFile() && /\.(ya?ml|eyaml)$/.test(e.name)) {
      try {
        const text = utf8.decode(fs.readFileSync(p)).replace(/\r\n?/g, '\n');
        inputs.push({ name: path.relative(scanDir, p), text });
      } catch {
        // not UTF-8: detect-secrets never scans it
      }
    }
  }
}
if (fs.existsSync(scanDir)) collect(scanDir);

const py = spawnSync('python3', [path.join(here, 'lib', 'ds-yaml.py')], {
  input: JSON.stringify(inputs.map((i) => i.text)),
  env: { ...process.env, PYTHONPATH: checkout },
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(2);
}
const expected = JSON.parse(py.stdout);
const kinds = new Map();
let shown = 0;
inputs.forEach((input, i) => {
  const want = expected[i];
  let got;
  try {
    got = transformYaml(input.text, splitLines(input.text));
  } catch (e) {
    got = `error: ${e.constructor.name}`;
  }
  if (JSON.stringify(want) === JSON.stringify(got)) return;
  let kind;
  if (typeof want === 'string') kind = `detect-secrets raises (${want.slice(7)})`;
  else if (want === null) kind = 'detect-secrets falls back to raw lines, clawlint transforms';
  else if (got === null) kind = 'clawlint falls back to raw lines, detect-secrets transforms';
  else kind = 'different transformed lines';
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  let firstLine = 0;
  if (Array.isArray(want) && Array.isArray(got)) while (want[firstLine] === got[firstLine]) firstLine++;
  if (shown++ < 15)
    console.log(
      `  ${kind}: ${input.name}${Array.isArray(want) && Array.isArray(got) ? ` (from line ${firstLine + 1})` : ''}`,
    );
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    const base = path.join(keep, String(i));
    fs.writeFileSync(`${base}.yaml`, input.text);
    fs.writeFileSync(`${base}.ds.json`, JSON.stringify(want, null, 1));
    fs.writeFileSync(`${base}.cl.json`, JSON.stringify(got, null, 1));
  }
});
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${inputs.length} texts (${n} generated), ${shown} differ`);
for (const [k, c] of kinds) console.log(`  ${c}  ${k}`);
process.exit(shown ? 1 : 0);
