// only-changed and Helm charts (issue 15): a rendered finding is a consequence of every file the render
// read. A PR that edits only a template or only values.yaml must still report what that edit causes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { makeRepo, prPayload, runBuiltAction } from '../helpers/action-runner.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const tools = path.join(repoRoot, '.cache', 'k8s-tools');
const haveTools = fs.existsSync(path.join(tools, 'helm'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-scope-chart-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

const CHART = 'apiVersion: v2\nname: gw\nversion: 0.1.0\n';
const values = (bind: string) => `image:
  repository: ghcr.io/openclaw/openclaw
  tag: "2026.9.6"
bind: ${bind}
config:
  gateway:
    mode: local
    port: 18789
`;
const deployment = (bindExpr: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-gw
spec:
  selector:
    matchLabels: { app: gw }
  template:
    metadata:
      labels: { app: gw }
    spec:
      containers:
        - name: gateway
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          args: ["gateway", "--bind", ${bindExpr}, "--port", "18789"]
          volumeMounts:
            - name: config
              mountPath: /home/node/.openclaw/openclaw.json
              subPath: openclaw.json
      volumes:
        - name: config
          configMap:
            name: {{ .Release.Name }}-config
`;
const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  openclaw.json: |
    {{- toJson .Values.config | nindent 4 }}
`;
// An unrelated config with a finding of its own: left out unless the PR touches it.
const OTHER = '{\n  gateway: { mode: "local", bind: "lan", port: 18789 },\n}\n';
const chart = (vals: string, dep: string) => ({
  'other/openclaw.json': OTHER,
  'chart/Chart.yaml': CHART,
  'chart/values.yaml': vals,
  'chart/templates/deployment.yaml': dep,
  'chart/templates/configmap.yaml': configMap,
});

function files(list: string[]) {
  api.route('GET', /^\/repos\/octo\/claw\/pulls\/5\/files$/, () => ({
    status: 200,
    body: list.map((filename) => ({ filename, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' })),
  }));
}

const ruleFiles = (commands: string[]) =>
  commands
    .map((c) => /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+)/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]} ${m[2]}`);

async function run(base: Record<string, string>, head: Record<string, string>, changed: string[]) {
  const { dir, baseSha, headSha } = makeRepo(tmp, base, head);
  files(changed);
  return runBuiltAction({
    tmp,
    workspace: dir,
    api,
    event: 'pull_request',
    payload: prPayload({ number: 5, baseSha, headSha }),
    inputs: { secrets: 'false' },
    env: { PATH: `${tools}${path.delimiter}${process.env.PATH ?? ''}` },
  });
}

describe.runIf(haveTools || process.env.CI)('only-changed with a Helm chart', () => {
  it('a PR that only edits a template (--bind lan hard-coded) reports the auth-less config it now exposes', async () => {
    const r = await run(
      chart(values('loopback'), deployment('{{ .Values.bind | quote }}')),
      { 'chart/templates/deployment.yaml': deployment('"lan"') },
      ['chart/templates/deployment.yaml'],
    );
    expect(r.signal).toBeNull();
    expect(ruleFiles(r.commands)).toContain('gateway.bind_no_auth chart/values.yaml');
    expect(r.outputs.result).toBe('fail');
    // The chart is one unit, not a reason to report everything: the unrelated config stays out.
    expect(r.summary).not.toContain('Every finding is reported');
    expect(ruleFiles(r.commands).filter((f) => f.endsWith(' other/openclaw.json'))).toEqual([]);
  });

  it('a PR that only edits values.yaml (bind: lan) reports the exposure', async () => {
    const r = await run(
      chart(values('loopback'), deployment('{{ .Values.bind | quote }}')),
      { 'chart/values.yaml': values('lan') },
      ['chart/values.yaml'],
    );
    expect(ruleFiles(r.commands)).toContain('gateway.bind_no_auth chart/values.yaml');
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).not.toContain('Every finding is reported');
  });

  it("a PR that only touches the unrelated config leaves the chart's findings out", async () => {
    const base = chart(values('lan'), deployment('{{ .Values.bind | quote }}'));
    const r = await run(base, { 'other/openclaw.json': OTHER.replace('18789', '18790') }, ['other/openclaw.json']);
    const reported = ruleFiles(r.commands);
    expect(reported).toContain('gateway.bind_no_auth other/openclaw.json');
    expect(reported.filter((f) => f.includes(' chart/'))).toEqual([]);
    expect(r.summary).toContain('were left out');
  });
});
