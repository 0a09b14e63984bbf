// The credential fields config.secrets.credential_in_config reads are the string fields OpenClaw's schema lets a
// SecretRef stand in for: every such field of policies/openclaw.schema.json must be one the rule reads, or be
// listed below with the reason it is not a secret.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_KEYS,
  CREDENTIAL_KEYS_UNDER,
} from '../../src/rules/openclaw/config/secrets-credential-in-config.js';

/** SecretRef-able fields that hold no secret (public certificates, host keys) or no string of their own. */
const NOT_SECRET = new Set([
  'ca', // a CA certificate: public
  'cert', // a client certificate: public
  'certificateData', // an SSH certificate: public
  'knownHostsData', // SSH host keys: public
  'serviceAccount', // Google Chat: a service-account object or file path, scanned by the secrets layer
  '*', // maps (headers.*, edgeAuth.*): the rule reads headers by their parent key
]);

type Node = Record<string, unknown>;
const isRef = (n: unknown): boolean => {
  const p = (n as Node | undefined)?.properties as Node | undefined;
  return !!p && 'source' in p && 'id' in p;
};

function secretRefFields(node: unknown, at: string[], out: string[][]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  for (const k of ['anyOf', 'oneOf'] as const) if (Array.isArray(n[k]) && (n[k] as unknown[]).some(isRef)) out.push(at);
  for (const [k, v] of Object.entries((n.properties as Node | undefined) ?? {})) secretRefFields(v, [...at, k], out);
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    secretRefFields(n.additionalProperties, [...at, '*'], out);
  if (n.items && typeof n.items === 'object') secretRefFields(n.items, [...at, '[]'], out);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const x of (n[k] as unknown[] | undefined) ?? []) secretRefFields(x, at, out);
}

describe('credential fields', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'policies', 'openclaw.schema.json'), 'utf8'),
  ) as unknown;
  const fields: string[][] = [];
  secretRefFields(schema, [], fields);

  it('finds the SecretRef surface of the schema', () => {
    expect(fields.map((f) => f.join('.'))).toContain('models.providers.*.apiKey');
  });

  it('reads every SecretRef-able field that holds a secret', () => {
    const unread = fields
      .filter((f) => {
        const key = f[f.length - 1]!;
        if (NOT_SECRET.has(key)) return false;
        const under = CREDENTIAL_KEYS_UNDER[key];
        return under ? f[f.length - 2] !== under : !CREDENTIAL_KEYS.has(key);
      })
      .map((f) => f.join('.'));
    expect(unread).toEqual([]);
  });
});
