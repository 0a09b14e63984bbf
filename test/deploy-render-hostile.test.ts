// Charts and kustomizations are untrusted code: each hostile case ends in a clear finding (or a
// sandbox refusal) and never hangs. The fake binaries are shell scripts written into a temp dir;
// the real-helm cases use the binaries from .cache/k8s-tools (skipped outside CI when missing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintDeployments } from '../src/deploy/index.js';
import { runSandboxed } from '../src/deploy/render/sandbox.js';
import { runLint } from '../src/run.js';

const repo = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(repo, 'test', 'fixtures', 'render');
const tools = path.join(repo, '.cache', 'k8s-tools');
const haveTools = fs.existsSync(path.join(tools, 'helm')) && fs.existsSync(path.join(tools, 'kubectl'));
const withTools = haveTools || process.env.CI ? it : it.skip;

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-hostile-'));
  temps.push(d);
  return d;
}
function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the render sandbox', () => {
  it('kills a binary that writes without end at the output cap', async () => {
    const dir = tempDir();
    const bin = script(
      dir,
      'spew',
      "trap '' TERM\nwhile :; do echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; done",
    );
    const r = await runSandboxed(bin, [], { cwd: dir, limits: { maxOutputBytes: 64 * 1024, timeoutMs: 60_000 } });
    expect(r).toMatchObject({ ok: false, reason: 'rendered more than 64 KB' });
  });

  it('kills a binary that ignores SIGTERM, and its children, at the time limit', async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, 'child.pid');
    // The child sleeps in the background; the script itself ignores TERM and waits for ever.
    const bin = script(dir, 'stubborn', `trap '' TERM\nsleep 300 &\necho $! > "${pidFile}"\nwhile :; do sleep 1; done`);
    const r = await runSandboxed(bin, [], { cwd: dir, limits: { timeoutMs: 1500 } });
    expect(r).toMatchObject({ ok: false, reason: 'did not finish within 2 s' });
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(child).toBeGreaterThan(0);
    // SIGKILL went to the whole process group: the background sleep is gone too (reaped by init).
    let gone = !alive(child);
    for (let i = 0; i < 50 && !gone; i++) {
      await new Promise((res) => setTimeout(res, 100));
      gone = !alive(child);
    }
    expect(gone).toBe(true);
  });

  it('a helm that hangs is a render_error at Chart.yaml; the values are still read', async () => {
    const dir = tempDir();
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    script(bin, 'helm', "trap '' TERM\nwhile :; do sleep 1; done");
    const chart = path.join(dir, 'chart');
    fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
    fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: openclaw\nversion: 0.1.0\n');
    fs.writeFileSync(path.join(chart, 'values.yaml'), 'securityContext:\n  privileged: true\n');
    fs.writeFileSync(path.join(chart, 'templates', 'cm.yaml'), 'kind: ConfigMap\n');
    const r = await lintDeployments({
      cwd: dir,
      paths: ['.'],
      env: new Map(),
      toolPath: bin,
      helm: { timeoutSeconds: 1, charts: {} },
    });
    expect(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`).sort()).toEqual([
      'deploy.privileged chart/values.yaml:2',
      'deploy.render_error chart/Chart.yaml:1',
    ]);
    expect(r.findings.find((f) => f.ruleId === 'deploy.render_error')!.message).toContain(
      'helm template did not finish within 1 s',
    );
  });
});

describe('hostile charts and kustomizations with the real tools', () => {
  withTools('template recursion ends in a render_error, not a hang', async () => {
    const r = await runLint({
      cwd: fixtures,
      paths: ['hostile'],
      toolPath: tools,
      baseline: false,
      configFile: path.join(fixtures, 'clawlint-hostile-recurse.yml'),
    });
    const err = r.findings.find((f) => f.ruleId === 'deploy.render_error')!;
    expect(`${err.file}:${err.startLine}`).toBe('hostile/Chart.yaml:1');
    expect(err.message).toContain('error calling include');
    expect(JSON.stringify(r)).not.toContain('root:x:0:0');
  });

  withTools('a kustomize resource outside the tree, directly or through a symlink, is refused', async () => {
    const dir = tempDir();
    const root = path.join(dir, 'repo');
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(
      path.join(outside, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: openclaw-outside }\ndata: { SECRET_MARKER: outside-the-tree }\n',
    );
    for (const k of ['direct', 'linked']) fs.mkdirSync(path.join(root, k), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'direct', 'kustomization.yaml'),
      '# openclaw\nresources:\n  - ../../outside/cm.yaml\n',
    );
    fs.writeFileSync(path.join(root, 'linked', 'kustomization.yaml'), '# openclaw\nresources:\n  - cm.yaml\n');
    fs.symlinkSync(path.join(outside, 'cm.yaml'), path.join(root, 'linked', 'cm.yaml'));
    const r = await lintDeployments({ cwd: root, paths: ['.'], env: new Map(), toolPath: tools });
    expect(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine} ${f.message}`).sort()).toEqual([
      'deploy.render_error direct/kustomization.yaml:1 kustomization direct does not render: ../../outside/cm.yaml is outside the scanned tree.',
      'deploy.render_error linked/kustomization.yaml:1 kustomization linked does not render: cm.yaml is outside the scanned tree.',
    ]);
    expect(r.renderedFiles.some((f) => f.includes('(kustomize build)'))).toBe(false);
    expect(JSON.stringify(r.sources.map((s) => s.text))).not.toContain('outside-the-tree');
  });
});
