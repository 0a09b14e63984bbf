// npm run schema:sync — regenerates the schema of every bundled OpenClaw release line
// (policies/schemas/releases.json pins one release per month) from its npm package, each
// with its own Node 24 run:
//   - `openclaw config schema` where the release has that command;
//   - otherwise (2026.1.x, 2026.2.x) the closest equivalent: the release's own zod config
//     schema (dist/config/zod-schema.js in 2026.1, the bundle chunk exporting OpenClawSchema
//     in 2026.2; the schema `validateConfigObject` parses with) exported with
//     `toJSONSchema({ target: "draft-07", unrepresentable: "any" })`, the call the release's
//     gateway uses for its config.schema method (without its channel stripping).
// Each schema gets the Ajv fixes below, then the newest release is written whole to
// policies/openclaw.schema.json (the base) and every other release as a JSON patch against
// it (policies/schemas/<version>.patch.json). Fixes:
// 1. embedded plugin schemas get an $id so their `#/$defs/...` refs resolve locally;
// 2. `required` entries whose property has a `default` are dropped (the schema is an
//    output schema; authored configs may omit defaulted keys);
// 3. zod regexes with the `i` flag lose it in the export; the known one (agent ids,
//    zod-schema.ts AgentsSchema) gets an explicit case-insensitive class.
//
// Usage: node scripts/schema-sync.mjs [version ...]   (default: every release in the manifest)
// Set CLAWLINT_CACHE to reuse installed releases; KEEP_INSTALLS=0 deletes each after use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDir, ensureOpenclaw, runOpenclaw } from './openclaw-cache.mjs';
import { BASE_SCHEMA, REPO, RELEASES_FILE, SCHEMAS_DIR, diff, readReleases, sha256 } from './schema-lib.mjs';

const manifest = readReleases();
const only = process.argv.slice(2);
const work = path.join(cacheDir(), 'schemas');
fs.mkdirSync(work, { recursive: true });

const ZOD_EXPORT = `
const { pathToFileURL } = require('node:url');
import(pathToFileURL(process.argv[2]).href).then((m) => {
  const schema = m[process.argv[3]].toJSONSchema({ target: 'draft-07', unrepresentable: 'any' });
  schema.title = 'OpenClawConfig';
  process.stdout.write(JSON.stringify(schema));
}, (e) => { console.error(e); process.exit(1); });
`;

function obtain(release) {
  const oc = ensureOpenclaw(release.version);
  const pkgDir = path.dirname(oc.cli);
  let raw;
  try {
    raw = runOpenclaw(oc, ['config', 'schema']);
  } catch (err) {
    raw = String(err.stdout ?? '');
  }
  const start = raw.indexOf('{');
  if (start >= 0 && raw.includes('"properties"'))
    return { schema: JSON.parse(raw.slice(start)), method: 'openclaw config schema' };
  // Unbundled builds (2026.1.x) have the module; bundled builds (2026.2.x) export it from a chunk under an alias.
  let zod = path.join(pkgDir, 'dist', 'config', 'zod-schema.js');
  let name = 'OpenClawSchema';
  if (!fs.existsSync(zod)) {
    zod = undefined;
    for (const f of fs
      .readdirSync(path.join(pkgDir, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .sort()) {
      const text = fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8');
      const m = /\bOpenClawSchema as ([\w$]+)\b/.exec(text);
      if (m && text.includes('const OpenClawSchema = ')) {
        zod = path.join(pkgDir, 'dist', f);
        name = m[1];
        break;
      }
    }
  }
  if (!zod) throw new Error(`${release.version}: no \`config schema\` command and no OpenClawSchema module`);
  const driver = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-zod-')), 'export.cjs');
  fs.writeFileSync(driver, ZOD_EXPORT);
  const out = runOpenclaw({ node: oc.node, cli: driver }, [zod, name]);
  fs.rmSync(path.dirname(driver), { recursive: true, force: true });
  const rel = path.relative(pkgDir, zod);
  return {
    schema: JSON.parse(out),
    method: `zod export: ${rel} OpenClawSchema.toJSONSchema({ target: "draft-07", unrepresentable: "any" })`,
  };
}

function fix(schema) {
  let ids = 0;
  let relaxed = 0;
  (function walk(node) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.$defs && !node.$id && node !== schema) node.$id = `urn:openclaw:embedded:${ids++}`;
    if (Array.isArray(node.required) && node.properties) {
      const keep = node.required.filter((k) => !(node.properties[k] && 'default' in node.properties[k]));
      relaxed += node.required.length - keep.length;
      if (keep.length) node.required = keep;
      else delete node.required;
    }
    for (const v of Object.values(node)) walk(v);
  })(schema);
  const CASE_INSENSITIVE = { '^[a-z0-9_][a-z0-9_-]{0,63}$': '^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$' };
  const agentKeys = schema.properties?.agents?.properties?.entries?.propertyNames;
  if (agentKeys && CASE_INSENSITIVE[agentKeys.pattern]) agentKeys.pattern = CASE_INSENSITIVE[agentKeys.pattern];
  return { ids, relaxed };
}

for (const release of manifest.releases) {
  const cached = path.join(work, `${release.version}.json`);
  if (only.length && !only.includes(release.version) && fs.existsSync(cached)) continue;
  const t0 = Date.now();
  const { schema, method } = obtain(release);
  const { ids, relaxed } = fix(schema);
  delete schema.$comment;
  delete schema['x-openclaw-version'];
  fs.writeFileSync(cached, JSON.stringify(schema));
  release.method = method;
  console.log(
    `${release.version}: ${method}, ${Object.keys(schema.properties ?? {}).length} top-level keys, ${ids} embedded $id(s), ${relaxed} required-with-default relaxed (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  if (process.env.KEEP_INSTALLS === '0' && release.version !== manifest.newest) {
    fs.rmSync(path.join(cacheDir(), `openclaw-${release.version}`), { recursive: true, force: true });
  }
}

const base = JSON.parse(fs.readFileSync(path.join(work, `${manifest.newest}.json`), 'utf8'));
fs.writeFileSync(
  BASE_SCHEMA,
  JSON.stringify({
    ...base,
    $comment: `Generated by scripts/schema-sync.mjs from openclaw@${manifest.newest} (openclaw config schema). Do not edit. Older releases: policies/schemas/.`,
    'x-openclaw-version': manifest.newest,
  }) + '\n',
);
for (const release of manifest.releases) {
  const schema = JSON.parse(fs.readFileSync(path.join(work, `${release.version}.json`), 'utf8'));
  release.sha256 = sha256(schema);
  if (release.version === manifest.newest) {
    release.file = path.relative(SCHEMAS_DIR, BASE_SCHEMA);
    delete release.patch;
    continue;
  }
  const ops = diff(base, schema);
  release.patch = `${release.version}.patch.json`;
  delete release.file;
  fs.writeFileSync(path.join(SCHEMAS_DIR, release.patch), JSON.stringify(ops) + '\n');
  console.log(`${release.patch}: ${ops.length} ops, ${fs.statSync(path.join(SCHEMAS_DIR, release.patch)).size} bytes`);
}
fs.writeFileSync(RELEASES_FILE, JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${path.relative(REPO, RELEASES_FILE)}`);
