/**
 * The simulated GitHub runner for end-to-end tests: temp git repos with a base
 * and a head commit, a pull_request payload, and the built Action
 * (dist/index.js) spawned the way the runner spawns it (INPUT_* env, event
 * file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files) with a clean environment.
 * `parseRunnerCommands` is the runner's own reading of a step's output: a
 * `::cmd ...::` at the start of a line, and the legacy `##[cmd]` anywhere in
 * one — a test asserts exactly which commands a step issued.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION_ENTRY = path.join(ROOT, 'dist', 'index.js');
export const CLI_ENTRY = path.join(ROOT, 'dist', 'cli.js');

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();
}

export type Tree = Record<string, string | null>;

/** Write (string) or delete (null) files, then commit everything; returns the commit id. */
export function commit(dir: string, files: Tree, message = 'x'): string {
  for (const [f, text] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (text === null) fs.rmSync(p, { force: true, recursive: true });
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A git repo in `parent` with `base` committed, then `head` applied on top. */
export function makeRepo(parent: string, base: Tree, head: Tree = {}) {
  const dir = fs.mkdtempSync(path.join(parent, 'repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  const baseSha = commit(dir, base, 'base');
  const headSha = commit(dir, head, 'head');
  return { dir, baseSha, headSha };
}

export function prPayload(o: { number: number; baseSha: string; headSha: string; changedFiles?: number }) {
  const repo = { full_name: 'octo/claw', fork: false, owner: { login: 'octo' } };
  return {
    action: 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      state: 'open',
      ...(o.changedFiles !== undefined ? { changed_files: o.changedFiles } : {}),
      head: { ref: 'feature', sha: o.headSha, repo },
      base: { ref: 'main', sha: o.baseSha, repo },
    },
    repository: { full_name: 'octo/claw', owner: { login: 'octo' } },
    sender: { login: 'octocat' },
  };
}

/** action.yml's defaults (the runner passes every input, defaults included). */
export const DEFAULT_INPUTS: Record<string, string> = {
  paths: '.',
  config: '',
  exclude: '',
  rules: '',
  baseline: '',
  'helm-values': '',
  'helm-set': '',
  'fail-on': '',
  annotate: 'true',
  'max-annotations': '10',
  summary: 'true',
  'sarif-file': '',
  'sarif-category': '',
  secrets: 'true',
  'secrets-baseline': '',
  'only-changed': 'auto',
  'review-comments': 'false',
  fix: 'none',
  'env-files': '',
  'openclaw-version': '',
  token: 'ghs_faketoken',
};

export interface RunnerCommand {
  command: string;
  /** The whole line the runner read it from. */
  line: string;
}

/** The runner's parser: `::name props::msg` at a line start, `##[name]` anywhere in a line. */
export function parseRunnerCommands(output: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  for (const line of output.split(/\r\n|\n|\r/)) {
    const m = /^\s*::([A-Za-z][\w-]*)[ :]/.exec(line);
    if (m && line.trimStart().indexOf('::', 2) > 0) out.push({ command: m[1]!.toLowerCase(), line });
    for (const l of line.matchAll(/##\[([A-Za-z][\w-]*)/g)) out.push({ command: l[1]!.toLowerCase(), line });
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Lines starting with `::` (as the old tests read them). */
  commands: string[];
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  /** Every file the run was given or may have written (event, output, summary, RUNNER_TEMP). */
  runDir: string;
}

export interface ActionRunOptions {
  tmp: string;
  workspace: string;
  inputs?: Record<string, string>;
  event?: string;
  payload?: unknown;
  api?: FakeGitHub;
  /** Extra runner environment (planted secrets). */
  env?: Record<string, string>;
  /** Hang guard: the run is killed after this (the test then fails on the signal). */
  killAfterMs?: number;
}

export async function runBuiltAction(o: ActionRunOptions): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(o.tmp, 'run-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  const eventPath = path.join(dir, 'event.json');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(eventPath, JSON.stringify(o.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: o.event ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/claw',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    NO_PROXY: '127.0.0.1',
    ...o.env,
  };
  for (const [k, v] of Object.entries({ ...DEFAULT_INPUTS, ...o.inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: o.workspace, env });
  const guard = setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 60_000);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  clearTimeout(guard);
  const outputs: Record<string, string> = {};
  const re = /^(\S+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  const text = fs.readFileSync(output, 'utf8');
  for (let m; (m = re.exec(text));) outputs[m[1]!] = m[3]!;
  const commands = stdout.split('\n').filter((l) => l.startsWith('::') && !l.startsWith('::add-mask::'));
  return {
    code,
    signal,
    stdout,
    stderr,
    commands,
    outputs,
    outputFile: text,
    summary: fs.readFileSync(summary, 'utf8'),
    runDir: dir,
  };
}
