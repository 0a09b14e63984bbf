/* global structuredClone */
// Compiles the schema of every bundled OpenClaw release ahead of time into Ajv
// standalone validators, split by config section so a run loads only the validators
// for the sections a config actually uses (the whole schema as one module is ~11 MB
// and costs ~450 ms to load). Output: dist/schema/<version>/manifest.json per release,
// dist/schema/modules/<content hash>.js.gz shared by all releases (gzipped CommonJS bodies:
// the nine releases are ~20 MB of generated code, ~3 MB compressed).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import {
  BASE_SCHEMA,
  canonical,
  keyIndex as indexPaths,
  readReleases,
  releaseSchema,
  schemaPaths,
} from './schema-lib.mjs';

/** Split a section out into its own module when its schema is larger than this (bytes of JSON). */
const SPLIT_BYTES = 800;

// Regex formats compile inline into standalone code (no runtime format package).
// Same "fast" definitions as ajv-formats; starts_with is an OpenClaw UI hint, not a constraint.
export const FORMATS = {
  'date-time':
    /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  email:
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
  starts_with: true,
};

const COMBINATORS = [
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  '$ref',
  'dependencies',
  'dependentSchemas',
  '$defs',
  'definitions',
  '$id',
];

function splittable(node) {
  return (
    node &&
    typeof node === 'object' &&
    (node.properties || typeof node.additionalProperties === 'object') &&
    !COMBINATORS.some((k) => k in node)
  );
}

/** Walk the schema, cutting large properties out as separate modules. */
function plan(schema) {
  const modules = [];
  function visit(node, segments) {
    const id = segments.length ? segments.join('.') : '$root';
    const mod = { id, schema: node, children: {} };
    modules.push(mod);
    // A large array of objects (agents.list) becomes the "[]" child, applied to every item.
    if (
      node &&
      typeof node === 'object' &&
      node.items &&
      !Array.isArray(node.items) &&
      typeof node.items === 'object' &&
      !COMBINATORS.some((k) => k in node) &&
      !('prefixItems' in node) &&
      !('contains' in node) &&
      JSON.stringify(node.items).length > SPLIT_BYTES
    ) {
      mod.schema = { ...node, items: true };
      mod.children['[]'] = visit(node.items, [...segments, '[]']).id;
      return mod;
    }
    if (!splittable(node)) return mod;
    const shell = { ...node, properties: { ...node.properties } };
    for (const [key, sub] of Object.entries(node.properties ?? {})) {
      if (JSON.stringify(sub).length > SPLIT_BYTES) {
        shell.properties[key] = true;
        mod.children[key] = visit(sub, [...segments, key]).id;
      }
    }
    // A large map schema (additionalProperties) becomes the "*" child, applied to every
    // key the node's own properties do not name.
    const extra = node.additionalProperties;
    if (extra && typeof extra === 'object' && !node.patternProperties && JSON.stringify(extra).length > SPLIT_BYTES) {
      shell.additionalProperties = true;
      mod.children['*'] = visit(extra, [...segments, '*']).id;
      mod.known = Object.keys(node.properties ?? {});
    }
    mod.schema = shell;
    return mod;
  }
  visit(schema, []);
  return modules;
}

/** Property names of every object schema, keyed by the Ajv schemaPath that reaches it. */
function keyIndex(schema) {
  const index = {};
  (function walk(node, ptr) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${ptr}/${i}`));
    if (node.properties && typeof node.properties === 'object') index[ptr] = Object.keys(node.properties);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue;
      walk(v, `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  })(schema, '#');
  return index;
}

/** Titles, descriptions and defaults document the schema but never validate; they would be embedded in the code. */
const DOC_KEYS = ['title', 'description', 'default', 'examples', 'markdownDescription', '$comment'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
function stripDocs(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(stripDocs);
  for (const k of DOC_KEYS) delete node[k];
  for (const [k, v] of Object.entries(node)) {
    if (k === 'enum' || k === 'const') continue;
    if (SCHEMA_MAPS.includes(k) && v && typeof v === 'object') Object.values(v).forEach(stripDocs);
    else stripDocs(v);
  }
}

/**
 * One section → CommonJS function-body text (`module.exports = …`), self-contained (the Ajv
 * runtime helpers are bundled in). Stored gzipped; load.ts inflates and evaluates it.
 */
async function compileModule(schema) {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    code: { source: true, esm: true, lines: false },
    formats: FORMATS,
  });
  const validate = ajv.compile(schema);
  const code = `${standaloneCode.default(ajv, validate)}\nexport const keys = ${JSON.stringify(keyIndex(schema))};\n`;
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: process.cwd(), sourcefile: 'module.js', loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

/**
 * Compiles every bundled release (policies/schemas/releases.json) into
 * dist/schema/<version>/manifest.json + content-addressed modules in dist/schema/modules/:
 * a section that is the same in several releases (or several places) is one file.
 * Also writes dist/schema/releases.json (the lines) and dist/schema/keys.json (per-path
 * "which releases define this key" index for drift messages).
 */
export async function buildValidators({ outDir }) {
  const releases = readReleases();
  const base = JSON.parse(fs.readFileSync(BASE_SCHEMA, 'utf8'));
  const modulesDir = path.join(outDir, 'modules');
  fs.mkdirSync(modulesDir, { recursive: true });
  const compiled = new Map(); // canonical module schema -> file name
  const written = new Set();
  let bytes = 0;
  const tries = [];
  for (const release of releases.releases) {
    const schema = structuredClone(releaseSchema(release, releases, base));
    delete schema.$comment;
    delete schema['x-openclaw-version'];
    delete schema.$schema;
    tries.push(schemaPaths(schema));
    stripDocs(schema);
    const dir = path.join(outDir, release.version);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const manifest = { version: release.version, line: release.line, modules: {} };
    for (const mod of plan(schema)) {
      const key = canonical(mod.schema);
      let file = compiled.get(key);
      if (!file) {
        const text = await compileModule(mod.schema);
        file = `${crypto.createHash('sha256').update(text).digest('hex').slice(0, 20)}.js`;
        if (!written.has(file)) {
          fs.writeFileSync(path.join(modulesDir, `${file}.gz`), zlib.gzipSync(text, { level: 9 }));
          written.add(file);
          bytes += text.length;
        }
        compiled.set(key, file);
      }
      // `file` is the content hash; the module is dist/schema/modules/<file>.js.gz.
      manifest.modules[mod.id] = {
        file: file.slice(0, -3),
        ...(Object.keys(mod.children).length ? { children: mod.children } : {}),
        ...(mod.known ? { known: mod.known } : {}),
      };
    }
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest) + '\n');
  }
  const lines = releases.releases.map((r) => ({ line: r.line, version: r.version }));
  fs.writeFileSync(
    path.join(outDir, 'releases.json'),
    JSON.stringify({ newest: releases.newest, releases: lines }) + '\n',
  );
  fs.writeFileSync(
    path.join(outDir, 'keys.json'),
    JSON.stringify({ releases: lines.map((l) => l.version), index: indexPaths(tries) }) + '\n',
  );
  return { versions: lines.map((l) => l.version), count: written.size, bytes };
}

/** One small schema → one standalone validator module (used for clawlint's own config and policy files). */
export async function buildSingleValidator({ schemaPath, outFile }) {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true, lines: false } });
  const validate = ajv.compile(schema);
  const code = `${standaloneCode.default(ajv, validate)}\nexport const keys = ${JSON.stringify(keyIndex(schema))};\n`;
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: process.cwd(), sourcefile: path.basename(outFile), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, result.outputFiles[0].text);
}
