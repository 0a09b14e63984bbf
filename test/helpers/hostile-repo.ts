// Hostile repositories built at test time and the built CLI run on them with planted runner
// secrets (test/security/). Symlinks, FIFOs and big files are made here, never committed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { parseRunnerCommands } from './runner-commands.js';

const repo = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(repo, 'dist', 'cli.js');

export const PLANTED = /PLANTED[\w-]*/;
export const RUNNER_ENV = {
  INPUT_TOKEN: 'PLANTED-input-token-ghs_0123456789',
  ACTIONS_RUNTIME_TOKEN: 'PLANTED-runtime-token-abcdef',
  JOB_SECRET: 'PLANTED-job-secret-31337',
};
export const SENTINEL = 'PLANTED-sentinel-outside-the-workspace';

/** A factory of fresh hostile repositories under one temp dir removed after the test file. */
export function hostileRepos(label: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `clawlint-${label}-`));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let n = 0;
  /** A repository with `files`, a sentinel file outside it, and `setup` for links/FIFOs. */
  return (files: Record<string, string | Buffer>, setup: (dir: string, outside: string) => void = () => {}) => {
    const base = path.join(tmp, `case-${n++}`);
    const dir = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(dir, { recursive: true });
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'sentinel.txt'), SENTINEL);
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    setup(dir, outside);
    return { dir, outside };
  };
}

/** The built CLI in `cwd`; the timeout is a hang guard, not a speed assertion. */
export function runCli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 << 20,
    env: { PATH: process.env.PATH ?? '', ...RUNNER_ENV, ...env },
  });
  expect(r.signal).toBeNull();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No planted value and no runner command in any output. */
export function expectClean(r: { stdout: string; stderr: string }, ...more: string[]) {
  for (const text of [r.stdout, r.stderr, ...more]) {
    expect(text).not.toMatch(PLANTED);
    expect(parseRunnerCommands(text)).toEqual([]);
  }
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
  [k: string]: unknown;
}

/** `--format json` on `cwd`: clean outputs, parsed findings. */
export function runJson(cwd: string, args: string[] = []) {
  const r = runCli(cwd, ['--format', 'json', ...args]);
  expectClean(r);
  return { ...r, doc: JSON.parse(r.stdout) as { findings: JsonFinding[] } };
}
