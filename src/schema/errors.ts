/**
 * Turns raw Ajv errors into one readable issue per problem: union (anyOf/oneOf)
 * noise collapses to the branch the value was evidently meant for, or to one
 * "must be one of" message; unknown keys get a "did you mean" or the migration
 * for a retired key.
 */
import { fromJsonPointer } from '../core/path.js';
import type { RawSchemaError } from './validate.js';

export interface SchemaIssue {
  keyword: string;
  /** Path of the offending node; for unknown/missing keys, path of the key itself. */
  path: string[];
  /** Point at the key or at the value. */
  at: 'key' | 'value';
  message: string;
  params: Record<string, unknown>;
  knownKeys?: string[];
}

const SHAPE_KEYWORDS = new Set(['type', 'const', 'enum']);

/** Collapse anyOf/oneOf errors, innermost unions first. */
export function collapseUnions(errors: RawSchemaError[]): RawSchemaError[] {
  // Items failing a `contains` subschema are expected; only "must contain" itself says something.
  const containsPaths = errors.filter((e) => e.keyword === 'contains').map((e) => e.schemaPath + '/');
  let list = errors.filter((e) => !containsPaths.some((p) => e.schemaPath.startsWith(p)));
  const unions = list
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    if (!list.includes(union)) continue;
    const prefix = union.schemaPath + '/';
    const branches = new Map<string, RawSchemaError[]>();
    for (const e of list) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(union.instancePath)) continue;
      const idx = e.schemaPath.slice(prefix.length).split('/')[0]!;
      const arr = branches.get(idx) ?? [];
      arr.push(e);
      branches.set(idx, arr);
    }
    const branchErrors = new Set([...branches.values()].flat());
    list = list.filter((e) => e !== union && !branchErrors.has(e));
    if (union.keyword === 'oneOf' && branches.size === 0) {
      list.push({ ...union, message: 'must match exactly one of the allowed shapes (it matches more than one)' });
      continue;
    }
    const depth = union.instancePath.length;
    const shapeMismatch = (errs: RawSchemaError[]) =>
      errs.some((e) => SHAPE_KEYWORDS.has(e.keyword) && e.instancePath.length === depth);
    const discriminatorMisses = (errs: RawSchemaError[]) =>
      errs.filter(
        (e) =>
          e.keyword === 'const' &&
          e.instancePath.length > depth &&
          e.instancePath.split('/').length === union.instancePath.split('/').length + 1,
      ).length;
    const plausible = [...branches.values()].filter((errs) => !shapeMismatch(errs));
    if (plausible.length) {
      plausible.sort((a, b) => discriminatorMisses(a) - discriminatorMisses(b) || a.length - b.length);
      list.push(...plausible[0]!);
      continue;
    }
    list.push({
      ...union,
      keyword: union.keyword,
      message: describeAlternatives([...branches.values()].flat(), depth),
      params: {},
    });
  }
  return list;
}

function describeAlternatives(errs: RawSchemaError[], depth: number): string {
  const values: unknown[] = [];
  const types = new Set<string>();
  for (const e of errs) {
    if (e.instancePath.length !== depth) continue;
    if (e.keyword === 'const') values.push(e.params.allowedValue);
    else if (e.keyword === 'enum') values.push(...((e.params.allowedValues as unknown[]) ?? []));
    else if (e.keyword === 'type') for (const t of String(e.params.type).split(',')) types.add(t);
  }
  // "one of "a", "b", or of type string" misleads when the string branch is the enum itself.
  if (values.length && values.every((v) => typeof v === 'string')) types.delete('string');
  const parts: string[] = [];
  if (values.length) parts.push(`one of ${[...new Set(values.map((v) => JSON.stringify(v)))].join(', ')}`);
  if (types.size) parts.push(`of type ${[...types].join(' or ')}`);
  return parts.length ? `must be ${parts.join(', or ')}` : 'does not match any allowed shape';
}

/** Once a value has the wrong type, its enum/format/pattern errors add nothing. */
const SUBSUMED_BY_TYPE = new Set([
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
]);

export function toIssues(errors: RawSchemaError[]): SchemaIssue[] {
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  const collapsed = collapseUnions(errors);
  const typeErrorAt = new Set(collapsed.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const e of collapsed) {
    if (SUBSUMED_BY_TYPE.has(e.keyword) && typeErrorAt.has(e.instancePath)) continue;
    // Ajv reports a bad key name twice: the inner check (tagged propertyName) and propertyNames.
    if ('propertyName' in e) continue;
    const issue = toIssue(e);
    const key = `${issue.keyword}\0${issue.path.join('\0')}\0${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function toIssue(e: RawSchemaError): SchemaIssue {
  const path = fromJsonPointer(e.instancePath);
  const base = { keyword: e.keyword, params: e.params };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      return {
        ...base,
        path: [...path, key],
        at: 'key',
        message: `Unknown key ${JSON.stringify(key)}`,
        knownKeys: e.knownKeys,
      };
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      return { ...base, path, at: 'key', message: `Missing required key ${JSON.stringify(key)}` };
    }
    case 'type':
      return { ...base, path, at: 'value', message: `must be of type ${String(e.params.type).replace(/,/g, ' or ')}` };
    case 'enum':
      return {
        ...base,
        path,
        at: 'value',
        message: `must be one of ${((e.params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { ...base, path, at: 'value', message: `must be ${JSON.stringify(e.params.allowedValue)}` };
    case 'propertyNames': {
      const key = String(e.params.propertyName);
      return {
        ...base,
        path: [...path, key],
        at: 'key',
        message: `Key ${JSON.stringify(key)} is not an allowed name here`,
      };
    }
    case 'contains':
      return { ...base, path, at: 'value', message: 'does not contain a required entry' };
    case 'not':
      return { ...base, path, at: 'value', message: 'has a value that is not allowed here' };
    default:
      return { ...base, path, at: 'value', message: e.message ?? `fails the ${e.keyword} constraint` };
  }
}
