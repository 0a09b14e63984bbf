/**
 * Custom policies: YAML/JSON files with `id`, `severity`, `message`, `docs`,
 * `appliesTo`, an optional `where` JSON Schema selecting documents and an
 * `assert` JSON Schema each selected document must satisfy. Schemas are
 * compiled by Ajv (no code, no file or network access: only local `$ref`s,
 * and regex patterns run on the linear-time engine, src/core/linear-regex.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeFinding, type Finding, type Severity } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { formatPath, getOwn } from '../core/path.js';
import { SourceFile, stripBom } from '../core/source.js';
import { toPlain, type ValueNode } from '../core/tree.js';
import { readSourceFile } from '../config/read.js';
import { toIssues, type SchemaIssue } from '../schema/errors.js';
import { validateOwnSchema } from '../schema/own-schemas.js';
import { typedPath } from '../schema/schema-findings.js';
import type { RawSchemaError } from '../schema/validate.js';
import { packageRoot } from './assets.js';
import { compileGlob, expandGlob, GLOB_CHARS, unsafePattern } from './glob.js';
import { parseDataFile } from './load-config.js';
import { schemaPatterns } from './regex-safety.js';
import { ajvLinearRegExp, compileLinear } from '../core/linear-regex.js';
import { quoteForMessage } from '../core/quote.js';

export type DocumentKind = 'openclaw' | 'compose' | 'k8s' | 'dockerfile' | 'systemd' | 'fly' | 'render';

type Validator = ((data: unknown) => boolean) & { errors?: RawSchemaError[] | null };

export interface CompiledPolicy {
  id: string;
  severity: Severity;
  message: string;
  docs?: string;
  appliesTo: DocumentKind[];
  where?: Validator;
  assert: Validator;
  /** Where the policy is defined (file:line), for messages and docs. */
  origin: string;
}

export interface LoadedPolicies {
  policies: CompiledPolicy[];
  findings: Finding[];
  sources: SourceFile[];
}

const RULE_ID = 'clawlint.policy_invalid';
export const MAX_POLICY_FILES = 200;
export const MAX_POLICY_FILE_BYTES = 256 * 1024;

/**
 * Load every policy file the config lists (repo globs, or bundled preset paths). `trusted`: the
 * trusted side's policy files (src/policy/trusted-policy.ts), matched and read instead of the
 * workspace's, so a change cannot loosen the policies that judge it.
 */
export async function loadPolicies(
  cwd: string,
  entries: readonly PolicyEntry[],
  origin: string,
  trusted?: ReadonlyMap<string, string>,
  /** A built-in rule's id: a policy file the change adds may not reuse it (below). */
  isBuiltIn: (id: string) => boolean = () => false,
): Promise<LoadedPolicies> {
  const out: LoadedPolicies = { policies: [], findings: [], sources: [] };
  if (!entries.length) return out;
  // ajv is CommonJS: its class is the module's default export's default.
  const mod = (await import('ajv')) as unknown as { default: { default?: AjvCtor } & AjvCtor };
  const Ajv: AjvCtor = mod.default.default ?? mod.default;
  // Schema `pattern`s come from the repository: they run on the linear engine, never on V8's
  // backtracking one.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, code: { regExp: ajvLinearRegExp() } });
  const files = policyFiles(cwd, entries, origin, trusted, out);
  // Trusted files first, so their ids are known when an added file is checked.
  const ordered = [...files.filter((f) => !f.added), ...files.filter((f) => f.added)].slice(0, MAX_POLICY_FILES);
  const guard = addedPolicyGuard(isBuiltIn);
  for (const f of ordered) {
    const file = f.text !== undefined ? new SourceFile(f.rel, stripBom(f.text)) : readPolicyFile(cwd, f, out);
    // The trusted side's text was read confined and capped there.
    if (file) await compileFile(ajv, file, out, f.text === undefined && f.added ? guard : undefined);
  }
  return out;
}

type PolicyEntry = { pattern: string; fromPreset: boolean; at?: { file: string; line: number; column: number } };

/** A policy file to load: its text when the trusted side gave it, `added` when the change adds it. */
interface PolicyFile {
  abs: string;
  rel: string;
  text?: string;
  added?: boolean;
}

/** The files the `policies` entries name (refused and empty entries are findings in `out`). */
function policyFiles(
  cwd: string,
  entries: readonly PolicyEntry[],
  origin: string,
  trusted: ReadonlyMap<string, string> | undefined,
  out: LoadedPolicies,
): PolicyFile[] {
  const files: PolicyFile[] = [];
  for (const { pattern, fromPreset, at } of entries) {
    const loc = at
      ? { file: at.file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 1 }
      : { file: origin, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const root = fromPreset ? path.join(packageRoot(), 'policies') : cwd;
    const noFile = () =>
      out.findings.push(makeFinding(RULE_ID, 'warn', `policies entry ${JSON.stringify(pattern)} matches no file`, loc));
    const bad = unsafePattern(pattern);
    if (bad) {
      out.findings.push(
        makeFinding(RULE_ID, 'critical', `policies entry ${JSON.stringify(pattern)} refused: ${bad}`, loc),
      );
      continue;
    }
    if (trusted && !fromPreset) {
      const matched = trustedMatches(trusted, pattern);
      // A file the change adds where a trusted entry points is loaded too: its policies can only
      // add findings (addedPolicyGuard), so the change's new checks judge it as well.
      const added = expandGlob(cwd, pattern).filter((rel) => !trusted.has(rel) && !files.some((f) => f.rel === rel));
      if (!matched.length && !added.length) noFile();
      for (const rel of matched) files.push({ abs: path.join(cwd, rel), rel, text: trusted.get(rel) });
      for (const rel of added) files.push({ abs: path.join(cwd, rel), rel, added: true });
      continue;
    }
    const matched = expandGlob(root, pattern);
    if (!matched.length && !fromPreset) noFile();
    for (const rel of matched) files.push({ abs: path.join(root, rel), rel: fromPreset ? `clawlint:${rel}` : rel });
  }
  return files;
}

/**
 * A policy file read confined: bundled presets to clawlint's own package, repository policies to
 * the workspace. A refusal is a finding in `out` and no file.
 */
function readPolicyFile(cwd: string, f: PolicyFile, out: LoadedPolicies): SourceFile | undefined {
  const atStart = { file: f.rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const preset = f.rel.startsWith('clawlint:');
  const real = safeRealInside(f.abs, preset ? packageRoot() : cwd);
  if (!real) {
    out.findings.push(
      makeFinding(RULE_ID, 'critical', 'policy file is a symlink leaving the repository; not read', atStart),
    );
    return undefined;
  }
  const read = readSourceFile(
    real,
    f.rel,
    MAX_POLICY_FILE_BYTES,
    preset ? safeRealInside(packageRoot(), packageRoot()) : undefined,
  );
  if (!read.ok) {
    out.findings.push(makeFinding(RULE_ID, 'critical', `policy file: ${read.reason}`, atStart));
    return undefined;
  }
  return new SourceFile(f.rel, stripBom(read.file.text), real);
}

/**
 * Why a policy in a file the change adds is refused, if it is: it may not reuse the id of a
 * built-in rule, of a policy already loaded, or of clawlint's own findings (`clawlint.*`,
 * `policy.*`, `suppression.*`). Its findings would then share an id, a message and a place with
 * a trusted finding, and a repeat is dropped (dedupeFindings): a new policy could only hide.
 */
function addedPolicyGuard(isBuiltIn: (id: string) => boolean) {
  return (id: string, loaded: readonly CompiledPolicy[]): string | undefined => {
    if (/^(?:clawlint|policy|suppression)\./.test(id)) return "names one of clawlint's own findings";
    if (isBuiltIn(id)) return 'is the id of a built-in rule';
    if (loaded.some((p) => p.id === id)) return 'is the id of a policy already loaded';
    return undefined;
  };
}
type AddedGuard = ReturnType<typeof addedPolicyGuard>;

/** The trusted policy files a `policies` entry names: the path itself, or those its glob matches. */
function trustedMatches(trusted: ReadonlyMap<string, string>, pattern: string): string[] {
  const rel = pattern.replace(/^\.\//, '');
  if (!rel.split('/').some((seg) => GLOB_CHARS.test(seg))) return trusted.has(rel) ? [rel] : [];
  const m = compileGlob(rel);
  return [...trusted.keys()].filter((k) => m.test(k)).sort();
}

async function compileFile(ajv: AjvLike, file: SourceFile, out: LoadedPolicies, guard?: AddedGuard): Promise<void> {
  out.sources.push(file);
  const parsed = parseDataFile(file, RULE_ID, 'policy file');
  out.findings.push(...parsed.findings);
  if (!parsed.tree) return;
  const invalid = await validateOwnSchema('policy-file', parsed.tree, RULE_ID, 'policy file');
  out.findings.push(...invalid);
  if (invalid.length) return;
  const value = toPlain(parsed.tree);
  const list = Array.isArray(getOwn(value, 'policies')) ? (getOwn(value, 'policies') as unknown[]) : [value];
  list.forEach((p, i) => {
    const base = Array.isArray(getOwn(value, 'policies')) ? ['policies', i] : [];
    const id = String((p as Record<string, unknown>).id);
    const refused = guard?.(id, out.policies);
    if (refused) {
      out.findings.push(
        makeFinding(
          RULE_ID,
          'critical',
          `policy ${JSON.stringify(id)} in ${file.path}, a file this change adds, is not loaded: its id ${refused} (a new policy may only add findings)`,
          locatePath(parsed.tree!, [...base, 'id'], 'value'),
        ),
      );
      return;
    }
    const compiled = compilePolicy(ajv, p as Record<string, unknown>, file, parsed.tree!, base, out.findings);
    if (compiled) out.policies.push(compiled);
  });
}

interface AjvLike {
  compile(schema: object | boolean): Validator;
}
type AjvCtor = new (opts: Record<string, unknown>) => AjvLike;

function compilePolicy(
  ajv: AjvLike,
  p: Record<string, unknown>,
  file: SourceFile,
  tree: ValueNode,
  base: (string | number)[],
  findings: Finding[],
): CompiledPolicy | undefined {
  const loc = (sub: (string | number)[]) => locatePath(tree, [...base, ...sub], 'key');
  const origin = `${file.path}:${loc(['id']).startLine}`;
  const compile = (key: 'where' | 'assert'): Validator | undefined | null => {
    const schema = p[key];
    if (schema === undefined) return undefined;
    for (const { path: at, source } of schemaPatterns(schema)) {
      const linear = compileLinear(source, 'js');
      if (!linear.ok) {
        findings.push(
          makeFinding(
            RULE_ID,
            'critical',
            `policy ${String(p.id)}: ${key} pattern ${quoteForMessage(source, 60)} cannot run on the linear-time regex engine: ${linear.reason} (at offset ${linear.index})`,
            // At the pattern string itself (a patternProperties pattern is a key).
            locatePath(tree, [...base, key, ...at], at[at.length - 1] === 'pattern' ? 'value' : 'key'),
          ),
        );
        return null;
      }
    }
    const ref = findNonLocalRef(schema);
    if (ref) {
      findings.push(
        makeFinding(
          RULE_ID,
          'critical',
          `policy ${String(p.id)}: only local "$ref"s (starting with #) are allowed, found ${JSON.stringify(ref.value)}`,
          loc([key, ...ref.path]),
        ),
      );
      return null;
    }
    try {
      return ajv.compile(schema as object);
    } catch (err) {
      findings.push(
        makeFinding(
          RULE_ID,
          'critical',
          `policy ${String(p.id)}: ${key} is not a valid JSON Schema: ${(err as Error).message.split('\n')[0]}`,
          loc([key]),
        ),
      );
      return null;
    }
  };
  const where = compile('where');
  const assert = compile('assert');
  if (where === null || !assert) return undefined;
  return {
    id: String(p.id),
    severity: p.severity as Severity,
    message: String(p.message),
    ...(typeof p.docs === 'string' ? { docs: p.docs } : {}),
    appliesTo: (Array.isArray(p.appliesTo) ? p.appliesTo : ['openclaw']) as DocumentKind[],
    ...(where ? { where } : {}),
    assert,
    origin,
  };
}

function findNonLocalRef(
  schema: unknown,
  p: (string | number)[] = [],
  depth = 0,
): { path: (string | number)[]; value: unknown } | undefined {
  if (depth > 64 || schema === null || typeof schema !== 'object') return undefined;
  for (const [k, v] of Object.entries(schema)) {
    if ((k === '$ref' || k === '$dynamicRef' || k === '$recursiveRef') && !(typeof v === 'string' && v.startsWith('#')))
      return { path: [...p, k], value: v };
    if (k === '$id' || k === '$schema') continue;
    const found = findNonLocalRef(v, [...p, k], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function safeRealInside(abs: string, root: string): string | undefined {
  try {
    const real = fs.realpathSync(abs);
    const rootReal = fs.realpathSync(root);
    const rel = path.relative(rootReal, real);
    return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : real;
  } catch {
    return undefined;
  }
}

/** Run the policies that apply to a document kind; each failing assertion at its deepest path. */
export function evaluatePolicies(
  policies: readonly CompiledPolicy[],
  kind: DocumentKind,
  value: unknown,
  tree: ValueNode,
): Finding[] {
  const findings: Finding[] = [];
  for (const policy of policies) {
    if (!policy.appliesTo.includes(kind)) continue;
    if (policy.where && !policy.where(value)) continue;
    if (policy.assert(value)) continue;
    for (const raw of deepest(toIssues(policy.assert.errors ?? []))) {
      const issue = { ...raw, path: typedPath(tree, raw.path) };
      const dotted = formatPath(issue.path);
      const detail = issue.keyword === 'required' ? issue.message.toLowerCase() : issue.message;
      findings.push(
        makeFinding(
          policy.id,
          policy.severity,
          `${policy.message} (${dotted || 'document'}: ${detail})`,
          locatePath(tree, issue.path, issue.at),
          dotted,
          policy.docs ? `See ${policy.docs}` : undefined,
        ),
      );
    }
  }
  return findings;
}

/** Keep only issues no other issue lies beneath (the deepest failing paths); drop if/then wrappers. */
function deepest(issues: SchemaIssue[]): SchemaIssue[] {
  const useful = issues.filter((i) => i.keyword !== 'if' && i.keyword !== 'then' && i.keyword !== 'else');
  const list = useful.length ? useful : issues;
  return list.filter(
    (i) => !list.some((o) => o !== i && o.path.length > i.path.length && i.path.every((s, k) => o.path[k] === s)),
  );
}
