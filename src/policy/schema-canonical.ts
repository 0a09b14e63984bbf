/**
 * A canonical form of a policy's JSON Schema, so that `policy.weakened` (src/policy/weakening.ts)
 * does not flag an edit that cannot change what the schema accepts: object keys in any order, and
 * the members of keywords whose value is a set (`required`, `enum`, a `type` list, `allOf`/
 * `anyOf`/`oneOf`, `dependentRequired` lists) in any order. Everything else is compared exactly:
 * an array of data (`const`, `default`, tuple `items`) keeps its order, and when any `$ref`
 * points into an `allOf`/`anyOf`/`oneOf` member by index, those are not reordered (the pointer
 * would change its target).
 */

type Plain = Record<string, unknown>;

const isObj = (v: unknown): v is Plain => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keywords whose value is an object of schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is one schema (or, for `items`/`additionalItems`, an ordered list). */
const SCHEMA_ONE = new Set([
  'additionalProperties',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'items',
]);
const SCHEMA_LISTS_ORDERED = new Set(['prefixItems']);
const SCHEMA_LISTS_SET = new Set(['allOf', 'anyOf', 'oneOf']);

/** Data with object keys sorted (arrays keep their order: data order is meaning). */
export function canonicalData(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalData);
  if (!isObj(v)) return v;
  const out: Plain = {};
  for (const k of Object.keys(v).sort()) out[k] = canonicalData(v[k]);
  return out;
}

const byJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

function canonicalSchema(s: unknown, sortLists: boolean): unknown {
  if (!isObj(s)) return Array.isArray(s) ? s.map((x) => canonicalSchema(x, sortLists)) : s;
  const out: Plain = {};
  for (const k of Object.keys(s).sort()) {
    const v = s[k];
    if (SCHEMA_MAPS.has(k) && isObj(v)) {
      const m: Plain = {};
      for (const name of Object.keys(v).sort()) m[name] = canonicalSchema(v[name], sortLists);
      out[k] = m;
    } else if (SCHEMA_ONE.has(k) || SCHEMA_LISTS_ORDERED.has(k)) {
      out[k] = canonicalSchema(v, sortLists);
    } else if (SCHEMA_LISTS_SET.has(k) && Array.isArray(v)) {
      const members = v.map((x) => canonicalSchema(x, sortLists));
      out[k] = sortLists ? members.sort(byJson) : members;
    } else if ((k === 'required' || k === 'enum' || k === 'type') && Array.isArray(v)) {
      out[k] = v.map(canonicalData).sort(byJson);
    } else if (k === 'dependentRequired' && isObj(v)) {
      const m: Plain = {};
      for (const name of Object.keys(v).sort())
        m[name] = Array.isArray(v[name]) ? [...(v[name] as unknown[])].sort(byJson) : v[name];
      out[k] = m;
    } else out[k] = canonicalData(v);
  }
  return out;
}

/** Whether a `$ref` anywhere in the schema points into a set keyword's member by index. */
function refsIntoSets(s: unknown): boolean {
  if (Array.isArray(s)) return s.some(refsIntoSets);
  if (!isObj(s)) return false;
  for (const [k, v] of Object.entries(s)) {
    // $ref, $dynamicRef, $recursiveRef.
    if (typeof v === 'string' && /^\$\w*ref$/i.test(k) && /\/(?:allOf|anyOf|oneOf)\//.test(v)) return true;
    if (refsIntoSets(v)) return true;
  }
  return false;
}

/** Whether two schemas accept the same documents by every reordering this module knows to be safe. */
export function sameSchema(a: unknown, b: unknown): boolean {
  const sortLists = !refsIntoSets(a) && !refsIntoSets(b);
  return JSON.stringify(canonicalSchema(a, sortLists)) === JSON.stringify(canonicalSchema(b, sortLists));
}
