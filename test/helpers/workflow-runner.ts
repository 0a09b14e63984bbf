/**
 * A simulated GitHub Actions runner for workflow files: runs one job of a workflow (one matrix
 * entry) the way the runner does — `${{ }}` expressions in `if`, `env`, `with`, `name`,
 * `working-directory` and job outputs; `run` steps with `bash --noprofile --norc -eo pipefail`
 * in a clean environment with GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / RUNNER_TEMP files; step
 * outputs read back from GITHUB_OUTPUT; `uses` steps handed to a handler the test provides (a
 * checkout that copies a tree, an artifact store in a directory). Nothing leaves the machine.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

type Ctx = Record<string, unknown>;
/** Parsed workflow YAML: untyped, read field by field like the runner does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Yaml = Record<string, any>;

// ---- expressions (the subset workflows use: contexts, literals, operators, a few functions) ----

function tokenize(src: string): string[] {
  const re = /\s*(\d+(?:\.\d+)?|'(?:[^']|'')*'|[A-Za-z_][\w-]*|==|!=|<=|>=|&&|\|\||[!<>().,[\]*])/y;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < src.trimEnd().length && (m = re.exec(src))) out.push(m[1]!);
  if (re.lastIndex < src.trimEnd().length) throw new Error(`expression: cannot read ${JSON.stringify(src)}`);
  return out;
}

function truthy(v: unknown): boolean {
  return !(v === false || v === 0 || v === '' || v === null || v === undefined || Number.isNaN(v));
}

function looseEq(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  const num = (v: unknown) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : Number(v));
  return num(a) === num(b);
}

const FUNCTIONS: Record<string, (status: JobStatus, ...args: unknown[]) => unknown> = {
  fromjson: (_s, v) => JSON.parse(String(v)),
  tojson: (_s, v) => JSON.stringify(v, null, 2),
  format: (_s, f, ...args) => String(f).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? '')),
  contains: (_s, h, n) =>
    Array.isArray(h) ? h.some((x) => looseEq(x, n)) : String(h).toLowerCase().includes(String(n).toLowerCase()),
  startswith: (_s, h, n) => String(h).toLowerCase().startsWith(String(n).toLowerCase()),
  join: (_s, a, sep = ',') => (Array.isArray(a) ? a.join(String(sep)) : String(a)),
  always: () => true,
  success: (s) => !s.failed,
  failure: (s) => s.failed,
  cancelled: () => false,
};

interface JobStatus {
  failed: boolean;
}

export function evaluate(src: string, ctx: Ctx, status: JobStatus = { failed: false }): unknown {
  const t = tokenize(src);
  let i = 0;
  const peek = () => t[i];
  const take = (want?: string) => {
    const tok = t[i++];
    if (want !== undefined && tok !== want) throw new Error(`expression ${JSON.stringify(src)}: expected ${want}`);
    return tok!;
  };
  const primary = (): unknown => {
    const tok = take();
    if (tok === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (tok === '!') return !truthy(primary());
    if (/^\d/.test(tok)) return Number(tok);
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    if (tok === 'true' || tok === 'false') return tok === 'true';
    if (tok === 'null') return null;
    if (peek() === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      const fn = FUNCTIONS[tok.toLowerCase()];
      if (!fn) throw new Error(`expression: unknown function ${tok}`);
      return fn(status, ...args);
    }
    let v: unknown = ctx[tok];
    for (;;) {
      if (peek() === '.') {
        take('.');
        const k = take();
        v = k === '*' ? v : (v as Ctx | undefined)?.[k];
      } else if (peek() === '[') {
        take('[');
        const k = or();
        take(']');
        v = (v as Ctx | undefined)?.[String(k)];
      } else return v ?? null;
    }
  };
  const cmp = (): unknown => {
    let l = primary();
    while (['==', '!=', '<', '>', '<=', '>='].includes(peek() ?? '')) {
      const op = take();
      const r = primary();
      l =
        op === '=='
          ? looseEq(l, r)
          : op === '!='
            ? !looseEq(l, r)
            : op === '<'
              ? Number(l) < Number(r)
              : op === '>'
                ? Number(l) > Number(r)
                : op === '<='
                  ? Number(l) <= Number(r)
                  : Number(l) >= Number(r);
    }
    return l;
  };
  const and = (): unknown => {
    let l = cmp();
    while (peek() === '&&') {
      take();
      const r = cmp();
      l = truthy(l) ? r : l;
    }
    return l;
  };
  const or = (): unknown => {
    let l = and();
    while (peek() === '||') {
      take();
      const r = and();
      l = truthy(l) ? l : r;
    }
    return l;
  };
  const v = or();
  if (i !== t.length) throw new Error(`expression ${JSON.stringify(src)}: unexpected ${t[i]}`);
  return v;
}

/** `${{ }}` interpolation in a string; a string that is one whole expression keeps its type. */
export function interpolate(value: unknown, ctx: Ctx, status?: JobStatus): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/.exec(value);
  if (whole) return evaluate(whole[1]!, ctx, status);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => {
    const v = evaluate(e, ctx, status);
    return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

const asText = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

// ---- jobs ----

export interface UsesStep {
  uses: string;
  with: Record<string, string>;
  /** The job's workspace and temp directory. */
  workspace: string;
  temp: string;
}

export interface StepResult {
  name: string;
  skipped: boolean;
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

export interface JobRun {
  steps: StepResult[];
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
}

export interface JobOptions {
  workflow: string;
  job: string;
  /** The matrix entry to run (values of strategy.matrix after expansion). */
  matrix?: Record<string, unknown>;
  inputs?: Record<string, unknown>;
  needs?: Record<string, { result: string; outputs: Record<string, string> }>;
  /** github context (repository, ref, sha, workspace are filled in). */
  github?: Record<string, unknown>;
  secrets?: Record<string, string>;
  /** Directory for the job's workspace and RUNNER_TEMP (created fresh). */
  dir: string;
  uses: (step: UsesStep) => void;
  /** Directories put before PATH (stand-ins for `gh` and the like). */
  pathPrefix?: string[];
  /** strategy.job-index of this matrix entry. */
  jobIndex?: number;
}

export function readWorkflow(file: string): Yaml {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

/** The matrix entries of a job (include/exclude are not needed by our workflows). */
export function matrixOf(wf: Yaml, job: string, ctx: Ctx): Record<string, unknown>[] {
  const m = wf.jobs[job].strategy?.matrix;
  if (!m) return [{}];
  let entries: Record<string, unknown>[] = [{}];
  for (const [k, raw] of Object.entries(m)) {
    const values = interpolate(raw, ctx) as unknown[];
    entries = entries.flatMap((e) => values.map((v) => ({ ...e, [k]: v })));
  }
  return entries;
}

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(l);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
    } else if (l.includes('=')) out[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
  }
  return out;
}

export function runJob(o: JobOptions): JobRun {
  const wf = readWorkflow(o.workflow);
  const job = wf.jobs[o.job];
  if (!job) throw new Error(`no job ${o.job}`);
  if (job.uses) throw new Error(`job ${o.job} calls a reusable workflow; run that workflow's jobs`);
  fs.rmSync(o.dir, { recursive: true, force: true });
  const workspace = path.join(o.dir, 'workspace');
  const temp = path.join(o.dir, 'temp');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(temp, { recursive: true });
  const summaryFile = path.join(temp, 'step_summary.md');
  fs.writeFileSync(summaryFile, '');
  const github = {
    repository: 'octo/claw',
    repository_owner: 'octo',
    ref: 'refs/heads/main',
    sha: 'f'.repeat(40),
    event_name: 'workflow_call',
    server_url: 'https://github.com',
    ...o.github,
    workspace,
  };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const ctx: Ctx = {
    github,
    inputs: o.inputs ?? {},
    matrix: o.matrix ?? {},
    needs: o.needs ?? {},
    secrets: o.secrets ?? {},
    steps,
    runner: { temp, os: 'Linux', arch: 'X64' },
    strategy: { 'job-index': o.jobIndex ?? 0 },
    env: {},
  };
  const status: JobStatus = { failed: false };
  const results: StepResult[] = [];
  for (const [n, step] of (job.steps as Yaml[]).entries()) {
    const name = asText(interpolate(step.name ?? step.uses ?? step.run, ctx, status));
    const cond = step.if === undefined ? 'success()' : String(step.if).replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
    const statusCheck = /\b(always|success|failure|cancelled)\(/.test(cond) ? cond : `success() && (${cond})`;
    if (!truthy(evaluate(statusCheck, ctx, status))) {
      results.push({ name, skipped: true, code: 0, stdout: '', stderr: '', outputs: {} });
      continue;
    }
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...wf.env, ...job.env, ...step.env }))
      env[k] = asText(interpolate(v, ctx, status));
    let code = 0;
    let stdout = '';
    let stderr = '';
    let outputs: Record<string, string> = {};
    if (step.uses) {
      const w: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.with ?? {})) w[k] = asText(interpolate(v, ctx, status));
      try {
        o.uses({ uses: String(step.uses), with: w, workspace, temp });
      } catch (e) {
        code = 1;
        stderr = (e as Error).message;
      }
    } else {
      const outFile = path.join(temp, `output-${n}`);
      fs.writeFileSync(outFile, '');
      const script = path.join(temp, `step-${n}.sh`);
      fs.writeFileSync(script, String(step.run));
      const wd = step['working-directory'] ?? job.defaults?.run?.['working-directory'];
      const cwd = wd ? path.resolve(workspace, asText(interpolate(wd, ctx, status))) : workspace;
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          PATH: [...(o.pathPrefix ?? []), process.env.PATH ?? ''].join(path.delimiter),
          HOME: temp,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_REPOSITORY: String(github.repository),
          GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
          GITHUB_REF: String(github.ref),
          GITHUB_SHA: String(github.sha),
          GITHUB_OUTPUT: outFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          RUNNER_TEMP: temp,
          ...env,
        },
      });
      code = r.status ?? 1;
      stdout = r.stdout;
      stderr = r.stderr;
      outputs = readOutputs(outFile);
    }
    const outcome = code === 0 || step['continue-on-error'] ? 'success' : 'failure';
    if (step.id) steps[step.id] = { outputs, outcome };
    if (outcome === 'failure') status.failed = true;
    results.push({ name, skipped: false, code, stdout, stderr, outputs });
  }
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.outputs ?? {})) outputs[k] = asText(interpolate(v, ctx, status));
  return { steps: results, outputs, summary: fs.readFileSync(summaryFile, 'utf8'), failed: status.failed };
}
