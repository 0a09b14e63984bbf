// The hostile corpus (test/hostile/) through the built CLI: no crash, no hang, no
// stack trace, valid JSON, every expected finding, and no planted secret in any output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-hostile-'));
const corpus = path.join(tmp, 'corpus');
const outside = path.join(tmp, 'outside-secret.json');
const NEWLINE_NAME = 'evil\n::error::x.openclaw.json';

beforeAll(() => {
  fs.cpSync(path.join(repo, 'test', 'hostile'), corpus, { recursive: true });
  // Cases git cannot hold: a symlink out of the checkout, a directory loop, odd names, big and binary files.
  fs.writeFileSync(outside, '{ gateway: { auth: { token: "PLANTED-outside-file-secret-31337" } } }');
  fs.symlinkSync(outside, path.join(corpus, 'link.openclaw.json'));
  fs.symlinkSync('.', path.join(corpus, 'parse', 'loop'));
  fs.writeFileSync(path.join(corpus, NEWLINE_NAME), '{ gatway: {} }');
  fs.writeFileSync(path.join(corpus, 'big.openclaw.json'), `{ "a": "${'x'.repeat(6 * 1024 * 1024)}" }`);
  fs.writeFileSync(
    path.join(corpus, 'binary.openclaw.json'),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: corpus,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 << 20,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, signal: r.signal };
}

const PLANTED = /PLANTED[\w:-]*/;

describe('hostile corpus', () => {
  const envArgs = ['--env-file', 'secrets/env/deploy.env'];
  it('reports every case as findings, in bounded time, without leaking a planted secret', () => {
    const json = run(['--format', 'json', ...envArgs, '.']);
    expect(json.signal).toBeNull();
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout);
    const byFile = new Map<string, Set<string>>();
    for (const f of doc.findings) {
      expect(f.startLine).toBeGreaterThanOrEqual(1);
      expect(f.startColumn).toBeGreaterThanOrEqual(1);
      if (!byFile.has(f.file)) byFile.set(f.file, new Set());
      byFile.get(f.file)!.add(f.ruleId);
    }
    const expected = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    for (const [file, ids] of Object.entries(expected)) {
      for (const id of ids) expect([...(byFile.get(file) ?? [])], `${file} should report ${id}`).toContain(id);
    }
    expect(byFile.get(NEWLINE_NAME)).toContain('schema.additionalProperties');
    expect(json.stdout).not.toMatch(PLANTED);
  });
  it('keeps text output one line per finding, escaped, and secret-free', () => {
    const text = run([...envArgs, '.']);
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).not.toMatch(PLANTED);
    for (const line of text.stdout.trimEnd().split('\n'))
      expect(line).toMatch(/^\S.*:\d+:\d+ (critical|warn|info) .* \[[\w.<>-]+\]$/);
    expect(text.stdout).toContain('evil\\x0a::error::x.openclaw.json');
    expect(text.stdout).not.toMatch(/^::/m);
  });
  it('never reads the file behind a symlink that leaves the checkout', () => {
    const json = run(['--format', 'json', '.']);
    const link = JSON.parse(json.stdout).findings.filter((f: { file: string }) => f.file === 'link.openclaw.json');
    expect(link.map((f: { ruleId: string }) => f.ruleId)).toEqual(['file.unreadable']);
  });
  it('runs the built Action over the corpus: no planted secret in stdout, outputs, summary or SARIF', () => {
    const runner = path.join(tmp, 'runner');
    fs.mkdirSync(runner, { recursive: true });
    const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md') };
    for (const f of Object.values(files)) fs.writeFileSync(f, '');
    const r = spawnSync(process.execPath, [path.join(repo, 'dist', 'index.js')], {
      cwd: corpus,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 << 20,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: corpus,
        RUNNER_TEMP: runner,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'abc',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        INPUT_PATHS: '.',
        'INPUT_ENV-FILES': 'secrets/env/deploy.env',
        'INPUT_SARIF-FILE': path.join(runner, 'out.sarif'),
        INPUT_SECRETS: 'false',
      },
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const sarif = fs.readFileSync(path.join(runner, 'out.sarif'), 'utf8');
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThan(20);
    // `::add-mask::<value>` is how the Action asks the runner to mask a value (core.setSecret):
    // the runner consumes those lines and never shows them; every other line must be clean.
    const unmasked = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(r.stdout).toMatch(/^::add-mask::PLANTED/m);
    for (const text of [
      unmasked,
      r.stderr,
      fs.readFileSync(files.output, 'utf8'),
      fs.readFileSync(files.summary, 'utf8'),
      sarif,
    ]) {
      expect(text).not.toMatch(PLANTED);
    }
    // A newline in a file name cannot forge a workflow command.
    expect(r.stdout).toContain('file=evil%0A%3A%3Aerror%3A%3Ax.openclaw.json');
    expect(r.stdout).not.toMatch(/^::error::x\.openclaw\.json/m);
  });
});
