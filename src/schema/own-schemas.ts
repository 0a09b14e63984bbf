/** clawlint's own schemas (config file, policy files), compiled ahead of time like OpenClaw's. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeFinding, type Finding } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { formatPath } from '../core/path.js';
import { toPlain, type ValueNode } from '../core/tree.js';
import { toIssues } from './errors.js';
import { schemaRoot, type CompiledModule } from './load.js';
import { suggestKey } from './legacy-keys.js';
import { typedPath } from './schema-findings.js';
import type { RawSchemaError } from './validate.js';

const cache = new Map<string, Promise<CompiledModule>>();

function load(name: 'clawlint-config' | 'policy-file'): Promise<CompiledModule> {
  let p = cache.get(name);
  if (!p) {
    p = import(pathToFileURL(path.join(schemaRoot(), `${name}.js`)).href) as Promise<CompiledModule>;
    cache.set(name, p);
  }
  return p;
}

/** Validate a located document against one of our schemas; each problem is a finding `ruleId` at its line. */
export async function validateOwnSchema(
  name: 'clawlint-config' | 'policy-file',
  tree: ValueNode,
  ruleId: string,
  what: string,
): Promise<Finding[]> {
  const mod = await load(name);
  if (mod.validate(toPlain(tree))) return [];
  const errors: RawSchemaError[] = (mod.validate.errors ?? []).map((e) => {
    const err: RawSchemaError = { ...e };
    if (e.keyword === 'additionalProperties')
      err.knownKeys = mod.keys[e.schemaPath.replace(/\/additionalProperties$/, '')];
    return err;
  });
  return toIssues(errors).map((raw) => {
    const issue = { ...raw, path: typedPath(tree, raw.path) };
    const dotted = formatPath(issue.path);
    let message: string;
    if (issue.keyword === 'additionalProperties') {
      const key = String(issue.path[issue.path.length - 1]);
      const s = suggestKey(key, issue.knownKeys);
      message = `${what}: unknown key ${JSON.stringify(key)}${s ? ` (did you mean ${JSON.stringify(s)}?)` : ''}`;
    } else {
      const text =
        issue.keyword === 'required' ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : issue.message;
      message = `${what}: ${dotted || 'the document'}${issue.keyword === 'required' ? ':' : ''} ${text}`;
    }
    return makeFinding(ruleId, 'critical', message, locatePath(tree, issue.path, issue.at), dotted);
  });
}
