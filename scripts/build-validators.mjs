// Compiles policies/openclaw.schema.json ahead of time into Ajv standalone
// validators, split by config section so a run loads only the validators for
// the sections a config actually uses (the whole schema as one module is ~11 MB
// and costs ~450 ms to load). Output: dist/schema/<version>/{manifest.json,*.js}.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** Split a section out into its own module when its schema is larger than this (bytes of JSON). */
const SPLIT_BYTES = 800;

// Regex formats compile inline into standalone code (no runtime format package).
// Same "fast" definitions as ajv-formats; starts_with is an OpenClaw UI hint, not a constraint.
export const FORMATS = {
  'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
  starts_with: true,
};

const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$ref', 'dependencies', 'dependentSchemas', '$defs', 'definitions', '$id'];

function splittable(node) {
  return (
    node && typeof node === 'object' && (node.properties || typeof node.additionalProperties === 'object') &&
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

function safeName(id) {
  return id.replace(/[^A-Za-z0-9_.-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

export async function buildValidators({ schemaPath, outDir }) {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const version = schema['x-openclaw-version'];
  const dir = path.join(outDir, version);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  delete schema.$comment;
  delete schema['x-openclaw-version'];
  delete schema.$schema;

  stripDocs(schema);
  const modules = plan(schema);
  const manifest = { version, modules: {} };
  let total = 0;
  const written = new Map();
  for (const mod of modules) {
    const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true, lines: false }, formats: FORMATS });
    const validate = ajv.compile(mod.schema);
    const code = `${standaloneCode.default(ajv, validate)}\nexport const keys = ${JSON.stringify(keyIndex(mod.schema))};\n`;
    const file = `${safeName(mod.id)}.js`;
    const result = await esbuild.build({
      stdin: { contents: code, resolveDir: process.cwd(), sourcefile: file, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minify: true,
      legalComments: 'none',
      write: false,
    });
    const text = result.outputFiles[0].text;
    // Identical sections (e.g. the request.proxy block used in four places) share one file.
    let shared = written.get(text);
    if (!shared) {
      fs.writeFileSync(path.join(dir, file), text);
      written.set(text, file);
      shared = file;
      total += text.length;
    }
    manifest.modules[mod.id] = { file: shared, children: mod.children, ...(mod.known ? { known: mod.known } : {}) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return { version, count: written.size, bytes: total };
}

/** One small schema → one standalone validator module (used for clawlint's own config and policy files). */
export async function buildSingleValidator({ schemaPath, outFile }) {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true, lines: false } });
  const validate = ajv.compile(schema);
  const code = `${standaloneCode.default(ajv, validate)}\nexport const keys = ${JSON.stringify(keyIndex(schema))};\n`;
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: process.cwd(), sourcefile: path.basename(outFile), loader: 'js' },
    bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true, legalComments: 'none', write: false,
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, result.outputFiles[0].text);
}
