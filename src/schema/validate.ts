/**
 * Runs the split validators over a resolved config: the root module first, then
 * each section module for keys the config actually has, with Ajv's
 * `instancePath` prefixed so every error path is absolute.
 */
import { getOwn } from '../core/path.js';
import type { AjvError, ValidatorSet } from './load.js';

export interface RawSchemaError extends AjvError {
  /** Property names known at the object the error is about (for additionalProperties). */
  knownKeys?: string[];
}

function pointer(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export async function validateWithSchema(value: unknown, set: ValidatorSet): Promise<RawSchemaError[]> {
  const errors: RawSchemaError[] = [];
  const run = async (id: string, data: unknown, segments: string[]): Promise<void> => {
    const mod = await set.load(id);
    if (!mod.validate(data, { instancePath: pointer(segments) })) {
      for (const e of mod.validate.errors ?? []) {
        const err: RawSchemaError = { ...e };
        if (e.keyword === 'additionalProperties') {
          const objectSchemaPath = e.schemaPath.replace(/\/additionalProperties$/, '');
          err.knownKeys = mod.keys[objectSchemaPath];
        }
        errors.push(err);
      }
    }
    const entry = set.entry(id);
    const children = entry.children ?? {};
    const items = children['[]'];
    if (items !== undefined) {
      if (Array.isArray(data))
        for (let i = 0; i < data.length; i++) await run(items, data[i], [...segments, String(i)]);
      return;
    }
    if (!isPlainObject(data)) return;
    for (const [key, child] of Object.entries(children)) {
      if (key === '*') {
        const known = new Set(entry.known ?? []);
        for (const k of Object.keys(data)) if (!known.has(k)) await run(child, data[k], [...segments, k]);
      } else {
        const sub = getOwn(data, key);
        if (sub !== undefined) await run(child, sub, [...segments, key]);
      }
    }
  };
  await run('$root', value, []);
  return errors;
}
