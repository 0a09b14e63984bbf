import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { sarifValidator } from '../fixtures/sarif/validate.js';
import { buildSarif, fileUri, fingerprint, formatSarif, ruleInfo } from '../../src/reporters/sarif.js';
import { REGISTRY } from '../../src/registry/index.js';
import { VERSION } from '../../src/version.js';

const validate = sarifValidator();

function f(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'gateway.bind_no_auth',
    severity: 'critical',
    message: 'gateway.bind is "lan" but no auth',
    file: 'deploy/openclaw.json',
    startLine: 3,
    startColumn: 5,
    endLine: 3,
    endColumn: 9,
    path: 'gateway.bind',
    ...over,
  };
}

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('SARIF schema', () => {
  it('the vendored schema rejects what GitHub rejects', () => {
    const log = buildSarif([f()], { docsDir: null });
    const bad = structuredClone(log) as unknown as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(bad)).toBe(false);
    const noName = structuredClone(log) as unknown as { runs: { tool: { driver: { name?: string } } }[] };
    delete noName.runs[0]!.tool.driver.name;
    expect(validate(noName)).toBe(false);
  });
});

describe('buildSarif', () => {
  it('one run, driver with version and one rule per rule id, levels and security-severity', () => {
    const log = buildSarif(
      [
        f(),
        f({ startLine: 9, endLine: 9 }),
        f({ ruleId: 'gateway.auth_no_rate_limit', severity: 'warn' }),
        f({ ruleId: 'env.missing_var', severity: 'info', message: 'x' }),
      ],
      { docsDir: null },
    );
    expectValid(log);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'clawlint', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(typeof run.tool.driver.version).toBe('string');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'env.missing_var',
      'gateway.auth_no_rate_limit',
      'gateway.bind_no_auth',
    ]);
    const byId = Object.fromEntries(run.tool.driver.rules.map((r) => [r.id as string, r]));
    expect(byId['gateway.bind_no_auth']).toMatchObject({
      shortDescription: { text: 'Gateway binds beyond loopback without auth' },
      fullDescription: { text: expect.stringContaining('loopback') },
      helpUri: expect.stringContaining('docs/rules/gateway.bind_no_auth.md'),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'audit'], 'security-severity': '9.5' },
    });
    expect(byId['gateway.auth_no_rate_limit']).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '6.5' },
    });
    expect(byId['env.missing_var']).toMatchObject({
      defaultConfiguration: { level: 'note' },
      properties: { 'security-severity': '2.0' },
    });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.level).sort()).toEqual(['error', 'error', 'note', 'warning']);
  });

  it('repo-relative URIs under %SRCROOT% and 1-based regions, never 0 or -1', () => {
    const log = buildSarif(
      [f({ file: 'dir with space/a#b.json', startLine: 0, startColumn: 0, endLine: -1, endColumn: -1 })],
      { docsDir: null },
    );
    expectValid(log);
    const loc = log.runs[0].results[0]!.locations[0] as {
      physicalLocation: { artifactLocation: unknown; region: Record<string, number> };
    };
    expect(loc.physicalLocation.artifactLocation).toEqual({
      uri: 'dir%20with%20space/a%23b.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(loc.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it('relatedLocations for cross-file findings, linked from the message; suppressions only when asked for', () => {
    const log = buildSarif(
      [
        f({
          related: [
            { file: 'compose.yaml', startLine: 4, startColumn: 7, endLine: 4, endColumn: 20, message: 'mounted here' },
          ],
        }),
        f({
          ruleId: 'channels.telegram.dm.open',
          suppressed: { kind: 'openclaw', by: 'security.audit.suppressions[0]', reason: 'lab gateway' },
        }),
      ],
      { docsDir: null, includeSuppressed: true },
    );
    expectValid(log);
    const a = log.runs[0].results.find((r) => r.ruleId === 'gateway.bind_no_auth');
    const b = log.runs[0].results.find((r) => r.ruleId === 'channels.telegram.dm.open');
    expect(a!.message.text).toMatch(/ Related: \[compose\.yaml:4\]\(1\)\.$/);
    // §3.27.23: when one result has suppressions, all do.
    expect(a!.suppressions).toEqual([]);
    expect(a!.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 7, endLine: 4, endColumn: 20 },
        },
        message: { text: 'mounted here' },
      },
    ]);
    expect(b!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'lab gateway' }]);
  });

  it('fingerprints survive line moves and unrelated edits, and differ by rule, file and path', () => {
    const a = fingerprint(f());
    expect(fingerprint(f({ startLine: 40, endLine: 41, startColumn: 1 }))).toBe(a);
    expect(fingerprint(f({ message: 'gateway.bind is "lan" but no auth' }))).toBe(a);
    expect(fingerprint(f({ ruleId: 'x' }))).not.toBe(a);
    expect(fingerprint(f({ file: 'other.json' }))).not.toBe(a);
    expect(fingerprint(f({ path: 'gateway.port' }))).not.toBe(a);
    const log = buildSarif([f(), f({ startLine: 7, endLine: 7 })], { docsDir: null });
    const fps = log.runs[0].results.map((r) => r.partialFingerprints);
    expect(fps[0]).toEqual({ 'clawlint/v1': `${a}:1`, primaryLocationLineHash: `${a}:1` });
    expect(fps[1]!.primaryLocationLineHash).toBe(`${a}:2`);
  });

  it('automationDetails.id is a constant category by default, never derived from paths; none leaves it to upload-sarif', () => {
    expect(buildSarif([], { docsDir: null }).runs[0].automationDetails?.id).toBe('clawlint/');
    expect(buildSarif([], { docsDir: null, category: 'prod-configs' }).runs[0].automationDetails?.id).toBe(
      'prod-configs/',
    );
    expect(buildSarif([], { docsDir: null, category: 'none' }).runs[0].automationDetails).toBeUndefined();
    expectValid(buildSarif([], { docsDir: null }));
    expectValid(buildSarif([], { docsDir: null, category: 'none' }));
  });

  it('leaves suppressed results out by default (GitHub would open an alert for each)', () => {
    const log = buildSarif([f(), f({ ruleId: 'r.quiet', suppressed: { kind: 'inline', reason: 'accepted' } })], {
      docsDir: null,
    });
    expect(log.runs[0].results.map((r) => r.ruleId)).toEqual(['gateway.bind_no_auth']);
    expect(log.runs[0].results[0]!.suppressions).toBeUndefined();
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(['gateway.bind_no_auth']);
  });

  it('no result outranks its rule: the descriptor carries the highest severity of that rule in the run', () => {
    const log = buildSarif(
      [
        f({ ruleId: 'gateway.bind_no_auth', severity: 'warn', file: 'a.json' }),
        f({ ruleId: 'gateway.bind_no_auth', severity: 'critical', file: 'b.json' }),
        f({ ruleId: 'r.info', severity: 'info' }),
      ],
      { docsDir: null },
    );
    const rules = log.runs[0].tool.driver.rules as {
      id: string;
      defaultConfiguration: { level: string };
      properties: { 'security-severity': string };
    }[];
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('gateway.bind_no_auth')!.properties['security-severity']).toBe('9.5');
    expect(byId.get('gateway.bind_no_auth')!.defaultConfiguration.level).toBe('error');
    expect(byId.get('r.info')!.properties['security-severity']).toBe('2.0');
    const rank = { error: 3, warning: 2, note: 1 } as Record<string, number>;
    for (const r of log.runs[0].results)
      expect(rank[r.level]!).toBeLessThanOrEqual(rank[rules[r.ruleIndex]!.defaultConfiguration.level]!);
  });

  it('baselined results carry baselineState; an unread file makes the run unsuccessful with a notification', () => {
    const log = buildSarif(
      [f({ baselined: true }), f({ ruleId: 'file.unreadable', file: 'big.json', severity: 'warn' })],
      { docsDir: null },
    );
    expectValid(log);
    expect(Object.fromEntries(log.runs[0].results.map((r) => [r.ruleId, r.baselineState]))).toEqual({
      'gateway.bind_no_auth': 'unchanged',
      'file.unreadable': 'new',
    });
    const inv = log.runs[0].invocations[0] as {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    };
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0]!.message.text).toContain('big.json');
    expect(buildSarif([f()], { docsDir: null }).runs[0].invocations[0]).toEqual({ executionSuccessful: true });
  });

  it('caps results at 25,000 keeping the most severe, with a tool notification; stays under 10 MB gzipped', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 25_010; i++)
      many.push(
        f({ ruleId: `r.${i % 50}`, severity: i < 10 ? 'critical' : 'info', file: `c/${i}.json`, message: `m ${i}` }),
      );
    const text = formatSarif(many, { docsDir: null });
    const log = JSON.parse(text);
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(log.runs[0].results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^10 result\(s\) omitted/);
    expect(gzipSync(text).length).toBeLessThan(10 * 1000 * 1000);
    expectValid(log);
  });

  it('URIs are relative references', () => {
    expect(fileUri('./a/b c/%.json')).toBe('a/b%20c/%25.json');
  });
});

describe('rule metadata', () => {
  it('reads templated ids from the registry; help markdown from docs/rules/<id>.md', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-docs-'));
    fs.mkdirSync(path.join(dir, 'rules'));
    fs.writeFileSync(
      path.join(dir, 'core-checks.md'),
      '| id | severity | when |\n| --- | --- | --- |\n| `schema.<keyword>` | critical | a schema violation. |\n| `a.x` / `a.y` | warn | two ids. |\n',
    );
    fs.writeFileSync(
      path.join(dir, 'rules', 'tools.elevated.allowFrom.provider.wildcard.md'),
      '# wildcard\n\nLong help.',
    );
    expect(ruleInfo('schema.additionalProperties', dir)).toMatchObject({
      templateId: 'schema.<keyword>',
      severity: 'critical',
      helpUri: expect.stringMatching(/docs\/core-checks\.md$/),
    });
    expect(ruleInfo('tools.elevated.allowFrom.telegram.wildcard', dir)).toMatchObject({
      templateId: 'tools.elevated.allowFrom.<provider>.wildcard',
      helpMarkdown: '# wildcard\n\nLong help.',
      helpUri: expect.stringMatching(/docs\/rules\/tools\.elevated\.allowFrom\.provider\.wildcard\.md$/),
    });
    const log = buildSarif([f({ ruleId: 'tools.elevated.allowFrom.telegram.wildcard' })], { docsDir: dir });
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({ help: { markdown: '# wildcard\n\nLong help.' } });
    // Unknown ids still get a valid rule.
    expectValid(
      buildSarif([f({ ruleId: 'secrets.aws_key_detector' }), f({ ruleId: 'who.knows' })], { docsDir: '/nonexistent' }),
    );
    expect(ruleInfo('secrets.aws_key_detector', null)).toMatchObject({
      severity: 'critical',
      title: expect.stringContaining('not in the baseline'),
    });
    expect(ruleInfo('secrets.scan_error', null)).toMatchObject({
      severity: 'warn',
      title: 'File not scanned for secrets',
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('gives every deploy rule its doc page as help, and PascalCase names', () => {
    const log = buildSarif([f({ ruleId: 'deploy.privileged' })]);
    const doc = fs.readFileSync(
      path.join(import.meta.dirname, '..', '..', 'docs', 'rules', 'deploy.privileged.md'),
      'utf8',
    );
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({
      id: 'deploy.privileged',
      name: 'DeployPrivileged',
      shortDescription: { text: 'Privileged container' },
      fullDescription: { text: expect.stringContaining('privileged: true') },
      help: { markdown: doc },
      helpUri: expect.stringMatching(/docs\/rules\/deploy\.privileged\.md$/),
      defaultConfiguration: { level: 'error' },
    });
  });
  it('every registered rule (every kind) gets its registry metadata, its own doc page as help and a versioned helpUri', () => {
    const docs = path.join(import.meta.dirname, '..', '..');
    const concrete = (id: string) => id.replace(/<[^>]+>/g, 'x');
    const log = buildSarif(REGISTRY.map((r) => f({ ruleId: concrete(r.id), severity: r.severity })));
    expectValid(log);
    const byId = new Map(log.runs[0].tool.driver.rules.map((d) => [d.id as string, d]));
    expect(new Set(REGISTRY.map((r) => r.kind))).toEqual(
      new Set(['audit', 'core', 'schema', 'deploy', 'secrets', 'policy', 'suppression', 'clawlint']),
    );
    for (const r of REGISTRY) {
      const d = byId.get(concrete(r.id))!;
      const [page, anchor] = r.doc.split('#');
      const uri = `https://github.com/clawlint/clawlint/blob/v${VERSION}/${page}${anchor ? `#${anchor}` : ''}`;
      expect(d, r.id).toMatchObject({
        name: expect.stringMatching(/^[A-Z][A-Za-z0-9]*$/),
        shortDescription: { text: r.title },
        fullDescription: { text: r.description },
        helpUri: uri,
        properties: { tags: ['security', r.kind], 'security-severity': expect.any(String) },
      });
      const markdown = (d.help as { markdown: string }).markdown;
      if (page!.startsWith('docs/rules/')) {
        // The page itself, with its relative links made absolute (GitHub's alert view has no base URL).
        const text = fs.readFileSync(path.join(docs, page!), 'utf8');
        expect(markdown.split('\n')[0], r.id).toBe(text.split('\n')[0]);
        expect(markdown.length, r.id).toBeGreaterThanOrEqual(text.length);
        expect(markdown, r.id).not.toMatch(/\]\((?!https:\/\/|#)/);
      } else expect(markdown, r.id).toBe(`${r.description}\n\n[Documentation](${uri})`);
    }
  });
  it('help links relative to a doc page point at the same release', () => {
    const md = ruleInfo('deploy.not_rendered').helpMarkdown!;
    expect(md).toContain(`[docs/helm.md](https://github.com/clawlint/clawlint/blob/v${VERSION}/docs/helm.md)`);
    expect(md).not.toContain('](../helm.md)');
  });
  it('finds the shipped docs by default', () => {
    expect(ruleInfo('parse.error')).toMatchObject({
      severity: 'critical',
      description: expect.stringContaining('JSON5'),
    });
    const doc = fs.readFileSync(
      path.join(import.meta.dirname, '..', '..', 'docs', 'rules', 'gateway.bind_no_auth.md'),
      'utf8',
    );
    expect(ruleInfo('gateway.bind_no_auth').helpMarkdown).toBe(doc);
  });
});
