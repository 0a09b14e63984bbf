/**
 * Action inputs, parsed leniently (the defaults of action.yml apply when an
 * input is missing, e.g. when dist/index.js runs outside a workflow) and
 * validated strictly (a typo in `fail-on` is a usage error, not a silent default).
 */
import type { FailOn } from '../core/finding.js';
import { UsageError } from '../run.js';
import { parseInvocation, type InvocationSettings } from '../policy/invocation.js';

export interface ActionInputs {
  paths: string[];
  config: string;
  /** Undefined: the clawlint config's failOn, else critical. */
  failOn?: FailOn;
  annotate: boolean;
  maxAnnotations: number;
  summary: boolean;
  sarifFile: string;
  sarifCategory: string;
  secrets: boolean;
  secretsBaseline: string;
  onlyChanged: 'auto' | boolean;
  reviewComments: boolean;
  /** `suggest`: review comments with a suggestion block for every fixable finding on a changed line. */
  fix: 'suggest' | 'none';
  envFiles: string[];
  /** Findings baseline; empty = the config's, else .clawlint-baseline.json when present. */
  baseline: string;
  /** exclude, rules, helm-values, helm-set (the CLI's --exclude, --rule, --helm-values, --helm-set). */
  invocation: InvocationSettings;
  token: string;
}

export type GetInput = (name: string) => string;

/** INPUT_<NAME> as the runner sets it: upper-case, spaces → `_`, hyphens kept. */
export const envInput: GetInput = (name) =>
  (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

export function list(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One entry per line (values that may hold a comma: `--set` pairs, file names). */
function lines(input: string): string[] {
  return input
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

function bool(get: GetInput, name: string, dflt: boolean): boolean {
  const v = get(name).toLowerCase();
  if (v === '') return dflt;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${JSON.stringify(v)}`);
}

export function readInputs(get: GetInput = envInput): ActionInputs {
  const failOn = get('fail-on').toLowerCase();
  if (failOn && !['critical', 'warn', 'info', 'none'].includes(failOn))
    throw new UsageError(`input fail-on must be critical, warn, info or none, got ${JSON.stringify(failOn)}`);
  const maxRaw = get('max-annotations') || '10';
  const maxAnnotations = Number(maxRaw);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0)
    throw new UsageError(`input max-annotations must be a whole number ≥ 0, got ${JSON.stringify(maxRaw)}`);
  const oc = (get('only-changed') || 'auto').toLowerCase();
  const onlyChanged = oc === 'auto' ? 'auto' : bool(() => oc, 'only-changed', false);
  return {
    paths: list(get('paths') || '.'),
    config: get('config'),
    failOn: (failOn || undefined) as FailOn | undefined,
    annotate: bool(get, 'annotate', true),
    maxAnnotations,
    summary: bool(get, 'summary', true),
    sarifFile: get('sarif-file'),
    sarifCategory: get('sarif-category'),
    secrets: bool(get, 'secrets', true),
    secretsBaseline: get('secrets-baseline'),
    onlyChanged,
    reviewComments: bool(get, 'review-comments', false),
    fix: fixInput(get('fix')),
    envFiles: list(get('env-files')),
    baseline: get('baseline'),
    invocation: parseInvocation(
      {
        exclude: list(get('exclude')),
        rules: list(get('rules')),
        helmValues: lines(get('helm-values')),
        helmSet: lines(get('helm-set')),
      },
      { rules: 'input rules', helmValues: 'input helm-values', helmSet: 'input helm-set' },
    ),
    token: get('token') || process.env.GITHUB_TOKEN || '',
  };
}

function fixInput(raw: string): 'suggest' | 'none' {
  const v = raw.trim().toLowerCase() || 'none';
  if (v !== 'suggest' && v !== 'none')
    throw new UsageError(`input fix must be suggest or none, got ${JSON.stringify(raw)}`);
  return v;
}
