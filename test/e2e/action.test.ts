// End-to-end: the built Action (dist/index.js) run as the GitHub runner would run it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const entry = path.join(repo, 'dist', 'index.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-action-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runAction(inputs: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(tmp, 'run-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  fs.writeFileSync(output, '');
  fs.writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_API_URL: 'http://127.0.0.1:9',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [entry], { cwd: repo, env, encoding: 'utf8', timeout: 20_000 });
  const outputs: Record<string, string> = {};
  const text = fs.readFileSync(output, 'utf8');
  const re = /^(\S+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m; (m = re.exec(text)); ) outputs[m[1]!] = m[3]!;
  return { code: r.status, stdout: r.stdout, outputs, summary: fs.readFileSync(summary, 'utf8') };
}

describe('clawlint Action', () => {
  it('annotates findings, sets outputs and fails on the insecure example', () => {
    const r = runAction({ paths: 'examples/insecure', 'fail-on': 'critical' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=clawlint [^,]+,file=examples\/insecure\/openclaw\.json,line=\d+,endLine=\d+,col=\d+,endColumn=\d+::.+$/m);
    expect(Number(r.outputs.critical)).toBeGreaterThan(0);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toMatch(/clawlint/);
  });
  it('passes on the hardened example', () => {
    const r = runAction({ paths: 'examples/hardened', 'env-files': 'examples/hardened/gateway.env' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ findings: '0', critical: '0', result: 'pass' });
    expect(r.stdout).not.toMatch(/^::error/m);
  });
  it('exits 0 with fail-on none whatever it finds', () => {
    const r = runAction({ paths: 'examples/insecure', 'fail-on': 'none' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
  });
});
