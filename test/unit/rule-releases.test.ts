// Rules with a release history: the row a target gets, checks of newer releases marked `since`,
// and per-release triggers (src/rules/releases.ts, docs/versions.md#rules-per-release).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintConfigText } from '../../src/lint/lint-config.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { ruleFileName } from '../../src/registry/index.js';
import { releasesSection, resolveRelease, type RuleRelease } from '../../src/rules/releases.js';
import { compareReleases } from '../../src/schema/releases.js';
import { bundledReleases } from '../../src/schema/releases.js';

const lint = (text: string, version: string) =>
  lintConfigText(text, { targetHints: [{ version, kind: 'explicit', source: '--openclaw-version' }] });

describe('resolveRelease', () => {
  const history: RuleRelease<{ n: number }>[] = [
    { from: '2026.2.26', note: 'a', facts: { n: 1 } },
    { from: '2026.5.28', note: 'b' },
    { from: '2026.8.2', note: 'c', facts: { n: 3 } },
  ];
  it('gives the row of the range the target falls in, facts inherited by rows without them', () => {
    expect(resolveRelease(history, '2026.2.26')).toEqual({ facts: { n: 1 } });
    expect(resolveRelease(history, '2026.6.11')).toEqual({ facts: { n: 1 } });
    expect(resolveRelease(history, '2026.8.2')).toEqual({ facts: { n: 3 } });
    expect(resolveRelease(history, '2026.9.6')).toEqual({ facts: { n: 3 } });
  });
  it('marks a target older than the first row with since (and the first row facts)', () => {
    expect(resolveRelease(history, '2026.1.30')).toEqual({ facts: { n: 1 }, since: '2026.2.26' });
  });
  it('a rule without history runs everywhere unmarked', () => {
    expect(resolveRelease([], '2026.1.30')).toEqual({ facts: undefined });
  });
  it('orders versions numerically (2026.10 after 2026.9)', () => {
    expect(compareReleases('2026.9.6', '2026.10.1')).toBeLessThan(0);
    expect(compareReleases('2026.8.2', '2026.8.2')).toBe(0);
  });
});

describe('release tables of the audit rules', () => {
  const versions = bundledReleases().releases.map((r) => r.version);
  for (const rule of RULES.filter((r) => r.releases)) {
    it(`${rule.id}: rows are bundled releases, oldest first, each with a note`, () => {
      const rows = rule.releases!;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(versions).toContain(row.from);
        expect(row.note.length).toBeGreaterThan(10);
      }
      for (let i = 1; i < rows.length; i++) expect(compareReleases(rows[i - 1]!.from, rows[i]!.from)).toBeLessThan(0);
    });
  }
});

describe('a check only newer releases have', () => {
  // Open group policy: 2026.8.2 added security.exposure.open_groups_with_control_plane_tools.
  const open = '{ channels: { telegram: { groupPolicy: "open" } } }';
  it('is reported for an older target with since, in the message too', async () => {
    const f = (await lint(open, '2026.4.29')).find(
      (x) => x.ruleId === 'security.exposure.open_groups_with_control_plane_tools',
    );
    expect(f?.since).toBe('2026.8.2');
    expect(f?.message).toContain(
      "OpenClaw's own audit reports this from 2026.8 (first in 2026.8.2); 2026.4.29's audit does not check it yet.",
    );
  });
  it('is unmarked for a target that has it', async () => {
    const f = (await lint(open, '2026.8.2')).find(
      (x) => x.ruleId === 'security.exposure.open_groups_with_control_plane_tools',
    );
    expect(f).toBeDefined();
    expect(f?.since).toBeUndefined();
  });
  it('is left out when the key it reports does not exist in the target', async () => {
    // session.groupScope (security.trust_model.group_scope_main, 2026.8.2) is unknown to 2026.2.26.
    const findings = await lint('{ session: { groupScope: "main" } }', '2026.2.26');
    expect(findings.map((f) => f.ruleId)).not.toContain('security.trust_model.group_scope_main');
    const newer = await lint('{ session: { groupScope: "main" } }', '2026.8.2');
    expect(newer.map((f) => f.ruleId)).toContain('security.trust_model.group_scope_main');
  });
  it('carries since in JSON and in SARIF result properties', async () => {
    const findings = await lint(open, '2026.4.29');
    const marked = findings.filter((f) => f.since);
    expect(marked.length).toBeGreaterThan(0);
    const json = JSON.parse(formatJson(findings)) as { findings: { ruleId: string; since?: string }[] };
    expect(json.findings.filter((f) => f.since).map((f) => f.ruleId)).toEqual(marked.map((f) => f.ruleId));
    const sarif = JSON.parse(formatSarif(findings, {})) as {
      runs: { results: { ruleId: string; properties?: { since?: string } }[] }[];
    };
    const withSince = sarif.runs[0]!.results.filter((r) => r.properties?.since);
    expect(withSince.map((r) => r.ruleId).sort()).toEqual(marked.map((f) => f.ruleId).sort());
  });
});

describe('per-release triggers', () => {
  const ids = async (text: string, v: string) =>
    (await lint(text, v)).filter((f) => f.ruleId.startsWith('gateway.')).map((f) => `${f.ruleId} ${f.severity}`);
  it('an unresolved ${VAR} token counts as auth up to 2026.7, not from 2026.8', async () => {
    const cfg = '{ gateway: { bind: "lan", auth: { mode: "token", token: "${UNSET_TOKEN}" } } }';
    expect(await ids(cfg, '2026.7.1')).not.toContain('gateway.bind_no_auth critical');
    expect(await ids(cfg, '2026.8.2')).toContain('gateway.bind_no_auth critical');
  });
  it('gateway.http.no_auth needs mode "none" up to 2026.4, any missing credential from 2026.5', async () => {
    const cfg = '{ gateway: { auth: { mode: "token" } } }';
    expect(await ids(cfg, '2026.4.29')).not.toContain('gateway.http.no_auth warn');
    expect(await ids(cfg, '2026.5.28')).toContain('gateway.http.no_auth warn');
    expect(await ids('{ gateway: { auth: { mode: "none" } } }', '2026.4.29')).toContain('gateway.http.no_auth warn');
  });
  it('gateway.remote.token counts as auth from 2026.3, not in 2026.2', async () => {
    const cfg = '{ gateway: { remote: { token: "a-long-enough-remote-token-value-123" } } }';
    expect(await ids(cfg, '2026.2.26')).toContain('gateway.loopback_no_auth critical');
    expect(await ids(cfg, '2026.3.31')).not.toContain('gateway.loopback_no_auth critical');
  });
  it('the plugins tool is a control-plane tool from 2026.9, not in 2026.8 (automations and gateway only)', async () => {
    // gateway and automations denied: only plugins is left to reach from the open DM.
    const cfg = '{ channels: { telegram: { dmPolicy: "open" } }, tools: { deny: ["gateway", "automations"] } }';
    const controlPlane = async (v: string) =>
      (await lint(cfg, v)).filter((f) => f.ruleId === 'security.exposure.open_groups_with_control_plane_tools');
    expect(await controlPlane('2026.8.2')).toEqual([]);
    expect((await controlPlane('2026.9.6')).map((f) => f.message)).toEqual([
      expect.stringContaining('Control-plane tools (plugins) are reachable from open chats'),
    ]);
  });
});

describe('rule pages', () => {
  const versions = bundledReleases().releases.map((r) => r.version);
  it('carry the Releases section their table gives (npm run docs:releases)', () => {
    const stale: string[] = [];
    for (const rule of RULES) {
      const file = path.join(import.meta.dirname, '..', '..', 'docs', 'rules', `${ruleFileName(rule.id)}.md`);
      const section = releasesSection(rule, versions);
      const text = fs.readFileSync(file, 'utf8');
      if (section ? !text.endsWith(`\n${section}`) : text.includes('\n## Releases\n')) stale.push(rule.id);
    }
    expect(stale).toEqual([]);
  });
});
