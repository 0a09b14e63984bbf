/**
 * `--shard i/n` partition properties on a generated monorepo (teams of configs run by one
 * compose file, shared $include fragments, .env files) plus the cases that need every shard:
 * a fragment two configs include, a Kubernetes manifest, inline and config suppressions (one used
 * in a single shard, one unused everywhere), a findings baseline, a secrets baseline and a refused
 * env file. Union: the merge of the n shard reports is byte-for-byte the unsharded report.
 * Disjointness: no finding is in two shards. Stability: adding unrelated files moves no group.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bench generator
import { monorepoFiles } from '../../bench/lib/monorepo.mjs';
import type { Finding } from '../../src/core/finding.js';
import { mergeReports } from '../../src/merge/merge.js';
import { formatMerged } from '../../src/merge/format.js';
import { readReport } from '../../src/merge/read.js';
import { toJsonFinding } from '../../src/reporters/json.js';
import { formatReportJson } from '../../src/reporters/report.js';
import { runLint, type LintRunResult } from '../../src/run.js';
import { defaultFilters, defaultPlugins } from '../../src/secrets/baseline.js';
import { fnv1a, Grouping, parseShard, shardOfKey } from '../../src/shard/partition.js';

const TODAY = '2026-06-01';
let tmp: string;
let root: string;

function write(dir: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

const EXTRA: Record<string, string> = {
  // Two configs include the same fragment (includes stay inside the config's directory): one group.
  'platform/a.openclaw.json': `{ "$include": "./common.json5", gateway: { bind: "lan" } }\n`,
  'platform/b.openclaw.json': `{ "$include": "./common.json5" }\n`,
  'platform/common.json5': `{ tools: { profile: "full" }, gateway: { bnd: "typo" } }\n`,
  'k8s/gateway.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: openclaw }',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: gateway',
    '          image: ghcr.io/openclaw/openclaw:2026.9.6',
    '          args: ["gateway", "--bind", "lan"]',
    '          securityContext: { privileged: true }',
    '',
  ].join('\n'),
  // An inline suppression on a deployment line, and one that suppresses nothing.
  'teams/team-0002/svc-0/openclaw.json': [
    '{',
    '  gateway: {',
    '    // clawlint-disable-next-line gateway.control_ui.allowed_origins_wildcard -- lab only',
    '    controlUi: { allowedOrigins: ["*"] },',
    '    // clawlint-disable-next-line hooks.path_root -- nothing here',
    '    port: 18789,',
    '  },',
    '}',
    '',
  ].join('\n'),
  '.clawlint.yml': [
    'suppressions:',
    '  - { rule: deploy.privileged, paths: ["k8s/**"], reason: "a lab cluster" }',
    '  - { rule: hooks.path_root, paths: ["nowhere/**"], reason: "matches nothing" }',
    'envFiles:',
    '  "teams/team-0003/**": [teams/team-0003/missing-ok.env]',
    'secrets: { baseline: .secrets.baseline, allFiles: true }',
    '',
  ].join('\n'),
  'teams/team-0003/missing-ok.env': 'GW_TOKEN=abcdefghijklmnopqrstuvwxyz0123456789\n',
  'secrets/one.txt': 'token = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"\n',
  'secrets/two.pem': '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n',
  '.secrets.baseline': JSON.stringify({
    version: '1.5.0',
    plugins_used: defaultPlugins(),
    filters_used: defaultFilters(),
    results: {
      'secrets/one.txt': [
        {
          type: 'Secret Keyword',
          filename: 'secrets/one.txt',
          hashed_secret: 'a'.repeat(40),
          is_verified: false,
          line_number: 1,
        },
      ],
    },
    generated_at: '2026-01-01T00:00:00Z',
  }),
};

async function lint(shard?: { index: number; total: number }, cwd = root): Promise<LintRunResult> {
  return runLint({ cwd, paths: ['.'], today: TODAY, ...(shard ? { shard } : {}) });
}

const json = (r: LintRunResult) => formatReportJson(r, { failOn: 'critical' });
const id = (f: Finding) => JSON.stringify(toJsonFinding(f));

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-shard-'));
  root = path.join(tmp, 'mono');
  write(root, { ...monorepoFiles(48), ...EXTRA });
  // A findings baseline of part of the current findings (some fixed entries too).
  const whole = await lint();
  const entries = whole.findings
    .filter((_, i) => i % 3 === 0)
    .map((f) => ({ ruleId: f.ruleId, file: f.file, path: f.path, count: 1 }));
  entries.push({ ruleId: 'gateway.bind_no_auth', file: 'teams/gone/openclaw.json', path: 'gateway.bind', count: 2 });
  fs.writeFileSync(path.join(root, '.clawlint-baseline.json'), JSON.stringify({ version: 1, entries }));
  // A refused env file: a symlink out of the tree.
  fs.writeFileSync(path.join(tmp, 'outside.env'), 'X=1\n');
  fs.symlinkSync(path.join(tmp, 'outside.env'), path.join(root, 'teams/team-0005/refused.env'));
  fs.appendFileSync(path.join(root, '.clawlint.yml'), 'baseline: .clawlint-baseline.json\n');
  fs.writeFileSync(
    path.join(root, '.clawlint.yml'),
    fs
      .readFileSync(path.join(root, '.clawlint.yml'), 'utf8')
      .replace('envFiles:\n', 'envFiles:\n  "teams/team-0005/**": [teams/team-0005/refused.env]\n'),
  );
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('--shard partition', () => {
  it('parses INDEX/TOTAL and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/257', '-1/2', '1/2/3'])
      expect(() => parseShard(bad)).toThrow(/--shard must be INDEX\/TOTAL/);
  });

  it('the whole run has every case the partition must handle', async () => {
    const whole = await lint();
    const rules = new Set(whole.findings.map((f) => f.ruleId));
    expect(whole.configs.length).toBeGreaterThan(40);
    expect(whole.baseline!.unchanged).toBeGreaterThan(0);
    expect(whole.baseline!.fixed).toBe(2);
    expect(whole.secrets).toMatchObject({ new: 3, unchanged: 0, removed: 1 });
    for (const r of ['suppression.unused', 'file.unreadable', 'deploy.privileged', 'schema.additionalProperties'])
      expect([...rules, ...whole.suppressed.map((f) => f.ruleId)]).toContain(r);
    expect(whole.suppressed.some((f) => f.suppressed?.kind === 'config')).toBe(true);
    expect(whole.suppressed.some((f) => f.suppressed?.kind === 'inline')).toBe(true);
  });

  for (const n of [1, 2, 3, 7]) {
    it(`union of ${n} shard report(s) is the unsharded report, and no finding is in two shards`, async () => {
      const whole = json(await lint());
      const shards = [];
      for (let i = 1; i <= n; i++) shards.push(await lint({ index: i, total: n }));
      const reports = shards.map((s, i) => readReport(`shard-${i + 1}.json`, json(s)));
      const merged = formatMerged(mergeReports(reports), 'json', { reproduce: '' });
      expect(merged).toBe(whole);

      const seen = new Map<string, number>();
      shards.forEach((s, i) => {
        for (const f of [...s.findings, ...s.suppressed]) {
          expect(seen.get(id(f)), `${id(f)} in shard ${seen.get(id(f))} and ${i + 1}`).toBeUndefined();
          seen.set(id(f), i + 1);
        }
      });
      // The only finding in no shard: the config suppression unused in every shard (merge adds it).
      const inShards = new Set(seen.keys());
      const missing = JSON.parse(whole).findings.filter(
        (f: Record<string, unknown>) => !inShards.has(JSON.stringify(f)),
      );
      expect(missing.map((f: Finding) => `${f.ruleId} ${f.file}:${f.startLine} ${f.message}`)).toEqual([
        'suppression.unused .clawlint.yml:3 suppression of hooks.path_root in nowhere/** matches no finding; remove it',
      ]);
    }, 120_000);
  }

  it('a config, the deployment that runs it and the files it includes land in the same shard', async () => {
    const n = 5;
    // The groups, from the generated files: a compose file with the configs it mounts.
    const files = { ...monorepoFiles(48), ...EXTRA } as Record<string, string>;
    const groupOf = new Map<string, string>();
    for (const [rel, text] of Object.entries(files)) {
      if (!rel.endsWith('docker-compose.yml')) continue;
      const dir = path.posix.dirname(rel);
      groupOf.set(rel, rel);
      for (const m of text.matchAll(/- \.\/(svc-\d+\/openclaw\.json):/g)) groupOf.set(`${dir}/${m[1]}`, rel);
    }
    for (const f of ['platform/a.openclaw.json', 'platform/b.openclaw.json', 'platform/common.json5'])
      groupOf.set(f, 'platform');
    const shardsOf = new Map<string, Set<number>>();
    for (let i = 1; i <= n; i++) {
      const s = await lint({ index: i, total: n });
      const files = [...s.findings, ...s.suppressed].map((f) => f.file).concat(s.configs);
      for (const f of files) {
        const g = groupOf.get(f);
        if (g) shardsOf.set(g, new Set([...(shardsOf.get(g) ?? []), i]));
      }
    }
    expect(shardsOf.size).toBeGreaterThan(10);
    expect(shardsOf.has('platform')).toBe(true);
    for (const [g, shards] of shardsOf) expect([g, [...shards].length]).toEqual([g, 1]);
    // More than one shard has work.
    expect(new Set([...shardsOf.values()].map((s) => [...s][0])).size).toBeGreaterThan(1);
  }, 120_000);

  it('is stable: adding, editing and removing unrelated files moves no config to another shard', async () => {
    const n = 4;
    const assignment = async (cwd: string) => {
      const at = new Map<string, number>();
      for (let i = 1; i <= n; i++) for (const c of (await lint({ index: i, total: n }, cwd)).configs) at.set(c, i);
      return at;
    };
    const before = await assignment(root);
    const copy = path.join(tmp, 'changed');
    fs.cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
    write(copy, {
      'teams/zz-new/openclaw.json': '{ gateway: { bind: "loopback" } }\n',
      'docs/notes.md': '# notes\n',
      'teams/team-0000/svc-0/openclaw.json': '{ gateway: { bind: "tailnet" } }\n',
    });
    fs.rmSync(path.join(copy, 'teams/team-0011'), { recursive: true });
    const after = await assignment(copy);
    for (const [config, shard] of before)
      if (!config.startsWith('teams/team-0011/')) expect([config, after.get(config)]).toEqual([config, shard]);
    expect(after.has('teams/zz-new/openclaw.json')).toBe(true);
  }, 120_000);

  it('groups are joined whatever the order, keyed by their smallest path, hashed the same everywhere', () => {
    const a = new Grouping();
    a.join('b/compose.yml', 'b/openclaw.json');
    a.join('c/openclaw.json', 'b/compose.yml');
    const b = new Grouping();
    b.join('c/openclaw.json', 'b/openclaw.json');
    b.join('b/compose.yml', 'c/openclaw.json');
    for (const g of [a, b]) expect(g.keyOf('c/openclaw.json')).toBe('b/compose.yml');
    expect(a.keyOf('elsewhere')).toBeUndefined();
    // FNV-1a 32 test vectors.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(shardOfKey('foobar', 7)).toBe((0xbf9cf968 % 7) + 1);
  });
});
