// The deployment model (issue 14): each test/fixtures/deploy-model/<case>/ is a small repository
// linted as `clawlint lint .` would (deployments, then the configs they run). The expected
// findings are inline markers (test/helpers/markers.ts) in any of its files — `# ^ id severity`
// under a YAML/Dockerfile/unit/shell line, `// ^ …` in JSON5, `# @file:line:col …` for a file
// that cannot hold a comment — checked exactly for the deployment-scoped rules (deploy.*,
// gateway.*, config.*). A case without markers must produce none of them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../src/run.js';
import { detailMismatches, expectationLines, readMarkers, type Expectation } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'deploy-model');
const SCOPED = /^(?:deploy|gateway|config)\./;

function filesOf(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesOf(dir, r) : [r];
  });
}

describe('deployment model fixtures', () => {
  const cases = fs.readdirSync(ROOT).filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory());
  for (const name of cases.sort()) {
    it(name, async () => {
      const cwd = path.join(ROOT, name);
      const expected: Expectation[] = [];
      for (const rel of filesOf(cwd)) expected.push(...readMarkers(rel, fs.readFileSync(path.join(cwd, rel), 'utf8')));
      const result = await runLint({ cwd, paths: ['.'], baseline: false, toolPath: '' });
      const actual = result.findings
        .filter((f) => SCOPED.test(f.ruleId))
        .map((f) => ({
          file: f.file,
          line: f.startLine,
          column: f.startColumn,
          ruleId: f.ruleId,
          severity: f.severity,
        }));
      expect(expectationLines(actual)).toEqual(expectationLines(expected));
      expect(detailMismatches(expected, result.findings)).toEqual([]);
    });
  }
});

describe('redaction of committed env values', () => {
  it('keeps ordinary words readable and never prints the committed token', async () => {
    const cwd = path.join(ROOT, 'plain-env-words');
    const result = await runLint({ cwd, paths: ['.'], baseline: false, toolPath: '' });
    const text = JSON.stringify(result.findings);
    expect(text).not.toContain('****');
    expect(text).toContain('Deployment/openclaw-agent container openclaw-agent');
    expect(text).toContain('state directory /home/node/.openclaw');
    const token = /OPENCLAW_GATEWAY_TOKEN: (\S+)/.exec(fs.readFileSync(path.join(cwd, 'agent.yaml'), 'utf8'))![1]!;
    expect(result.secretValues).toContain(token);
    expect(text).not.toContain(token);
    for (const word of ['openclaw', '/home/node', 'production']) expect(result.secretValues).not.toContain(word);
  });
});

describe('one root cause, one finding', () => {
  it('names the ids the audit restates it under as related locations of the primary finding', async () => {
    const cwd = path.join(ROOT, 'one-root-cause');
    const result = await runLint({ cwd, paths: ['.'], baseline: false, toolPath: '' });
    const related = (id: string) =>
      (result.findings.find((f) => f.ruleId === id)?.related ?? [])
        .filter((r) => !r.message?.startsWith('judged as deployed'))
        .map((r) => `${r.file}:${r.startLine} ${/ as (\S+) /.exec(r.message ?? '')?.[1] ?? r.message}`);
    expect(related('gateway.bind_no_auth')).toEqual(['config/openclaw.json:4 gateway.http.no_auth']);
    expect(related('gateway.control_ui.host_header_origin_fallback')).toEqual([
      'config/openclaw.json:8 config.insecure_or_dangerous_flags',
    ]);
  });
});

describe('a config filled in at deploy time', () => {
  it('says the bind is decided by the ConfigMap template, not by a default', async () => {
    const cwd = path.join(ROOT, 'config-filled-at-deploy');
    const result = await runLint({ cwd, paths: ['.'], baseline: false, toolPath: '' });
    const exposed = result.findings.find((f) => f.ruleId === 'deploy.gateway_exposed');
    expect(exposed?.message).toContain(
      'decided by the openclaw.json of ConfigMap openclaw-agent-config (configmap.yaml.envsubst:6), a template filled in at deploy time',
    );
    expect(exposed?.message).not.toContain('defaults to');
    expect(exposed?.related?.map((r) => `${r.file}:${r.startLine}`)).toEqual(['configmap.yaml.envsubst:6']);
  });
});

describe('an authenticating proxy in front of the gateway', () => {
  const message = async (name: string) => {
    const result = await runLint({ cwd: path.join(ROOT, name), paths: ['.'], baseline: false, toolPath: '' });
    return result.findings.find((f) => f.ruleId === 'gateway.control_ui.device_auth_disabled')?.message ?? '';
  };
  it('names the proxy that stands in front of every connection', async () => {
    expect(await message('auth-proxy-gates')).toContain(
      'The deployment puts Deployment/openclaw container oauth-proxy (openshift/origin-oauth-proxy) in front',
    );
  });
  it('names the way around a proxy that exempts paths', async () => {
    expect(await message('auth-proxy-skip-auth')).toContain(
      'its --skip-auth-regex=^/(metrics|api) lets matching paths through without a login, and the gateway accepts its WebSocket on any path',
    );
  });
});
