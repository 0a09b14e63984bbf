/* global structuredClone */
// Shared by schema-sync.mjs (writes policies/schemas/) and build-validators.mjs (reads it):
// the release manifest, JSON diff/patch between release schemas, and the per-path key index.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMAS_DIR = path.join(REPO, 'policies', 'schemas');
export const BASE_SCHEMA = path.join(REPO, 'policies', 'openclaw.schema.json');
export const RELEASES_FILE = path.join(SCHEMAS_DIR, 'releases.json');

export function readReleases() {
  return JSON.parse(fs.readFileSync(RELEASES_FILE, 'utf8'));
}

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const esc = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const unesc = (k) => k.replace(/~1/g, '/').replace(/~0/g, '~');

/** Canonical JSON (sorted keys) for hashing: two schemas are the same release iff their hashes match. */
export function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export function sha256(v) {
  return crypto.createHash('sha256').update(canonical(v)).digest('hex');
}

/** RFC 6902 subset (add/remove/replace) turning `a` into `b`; arrays are replaced whole. */
export function diff(a, b, ptr = '', ops = []) {
  if (isObj(a) && isObj(b)) {
    for (const k of Object.keys(a)) if (!(k in b)) ops.push({ op: 'remove', path: `${ptr}/${esc(k)}` });
    for (const k of Object.keys(b)) {
      if (!(k in a)) ops.push({ op: 'add', path: `${ptr}/${esc(k)}`, value: b[k] });
      else diff(a[k], b[k], `${ptr}/${esc(k)}`, ops);
    }
    return ops;
  }
  if (canonical(a) !== canonical(b)) ops.push({ op: 'replace', path: ptr, value: b });
  return ops;
}

export function applyPatch(doc, ops) {
  const root = structuredClone(doc);
  for (const op of ops) {
    const segs = op.path.split('/').slice(1).map(unesc);
    if (!segs.length) throw new Error('whole-document patch is not supported');
    let parent = root;
    for (const s of segs.slice(0, -1)) parent = parent[s];
    const last = segs[segs.length - 1];
    if (op.op === 'remove') delete parent[last];
    else parent[last] = structuredClone(op.value);
  }
  return root;
}

/** The full schema of one bundled release (the base is the newest; others are base + patch). */
export function releaseSchema(
  release,
  manifest = readReleases(),
  base = JSON.parse(fs.readFileSync(BASE_SCHEMA, 'utf8')),
) {
  if (release.version === manifest.newest) return base;
  const patch = JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, release.patch), 'utf8'));
  return applyPatch(base, patch);
}

/**
 * Every property path a schema defines, as a trie of segments: a literal key, `*` for map
 * values (additionalProperties / patternProperties) and `[]` for array items. Branches of
 * anyOf/oneOf/allOf contribute their properties to the same node; `$ref`s are followed.
 */
export function schemaPaths(schema) {
  const trie = {};
  const resolve = (node, roots) => {
    let guard = 0;
    while (
      node &&
      typeof node === 'object' &&
      typeof node.$ref === 'string' &&
      node.$ref.startsWith('#') &&
      guard++ < 20
    ) {
      const segs = node.$ref.slice(1).split('/').filter(Boolean).map(unesc);
      let target = roots[roots.length - 1];
      for (const s of segs) target = target?.[s];
      if (!target) return undefined;
      node = target;
    }
    return node;
  };
  const visit = (node, t, roots, stack) => {
    node = resolve(node, roots);
    // Recursive schemas (a $ref back to an ancestor) stop at the first repetition.
    if (!isObj(node) || stack.includes(node) || stack.length > 60) return;
    if (node.$id && node !== roots[roots.length - 1]) roots = [...roots, node];
    const next = [...stack, node];
    for (const comb of ['anyOf', 'oneOf', 'allOf'])
      if (Array.isArray(node[comb])) for (const b of node[comb]) visit(b, t, roots, next);
    for (const k of ['then', 'else']) if (node[k]) visit(node[k], t, roots, next);
    if (isObj(node.properties))
      for (const [k, v] of Object.entries(node.properties)) visit(v, (t[k] ??= {}), roots, next);
    if (isObj(node.additionalProperties)) visit(node.additionalProperties, (t['*'] ??= {}), roots, next);
    if (isObj(node.patternProperties))
      for (const v of Object.values(node.patternProperties)) visit(v, (t['*'] ??= {}), roots, next);
    if (node.items)
      for (const it of Array.isArray(node.items) ? node.items : [node.items]) visit(it, (t['[]'] ??= {}), roots, next);
  };
  visit(schema, trie, [schema], []);
  return trie;
}

/**
 * Merge per-release path tries into one index: node = [mask, children?], bit i = release i
 * (in manifest order) defines the key. Subtrees present in every release are pruned to `[all]`
 * below the first level where all releases agree, which keeps the index small.
 */
export function keyIndex(tries) {
  const all = (1 << tries.length) - 1;
  const merge = (nodes) => {
    const keys = new Set();
    nodes.forEach((n) => n && Object.keys(n).forEach((k) => keys.add(k)));
    const out = {};
    for (const k of [...keys].sort()) {
      let mask = 0;
      const sub = nodes.map((n, i) => {
        if (n && n[k]) {
          mask |= 1 << i;
          return n[k];
        }
        return undefined;
      });
      const children = merge(sub);
      const uniform = mask === all && Object.values(children).every((c) => c.length === 1 && c[0] === all);
      out[k] = uniform || !Object.keys(children).length ? [mask] : [mask, children];
    }
    return out;
  };
  return merge(tries);
}
