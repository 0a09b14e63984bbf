// Budgets and quoting on hostile inputs through the built CLI (and runLint for review
// suggestions, which only the Action posts): a whole-run time budget reported as a finding,
// unknown keys by the ten thousand, one YAML anchor aliased 99 times, lone CR line endings,
// unquoted TOML tokens and URL credentials never echoed. No timing is asserted: the spawn and
// vitest timeouts are hang guards.
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/run.js';
import { hostileRepos, runCli, runJson, expectClean } from '../helpers/hostile-repo.js';

const hostileRepo = hostileRepos('hostile-bounds');

describe('budgets and quoting', () => {
  it('a run past its time budget skips the rest and says so, whatever the repository configures', () => {
    const { dir } = hostileRepo({
      '.clawlint.yml': 'rules:\n  "*": "off"\nsuppressions:\n  - { rule: "*", reason: "hide everything" }\n',
      'a/openclaw.json': '{}\n',
      'b/openclaw.json': '{}\n',
    });
    const r = runCli(dir, ['--format', 'json', '--no-baseline'], { CLAWLINT_RUN_BUDGET_MS: '0' });
    expectClean(r);
    expect(r.code).toBe(1);
    const cut = (JSON.parse(r.stdout).findings as { ruleId: string; file: string; message: string }[]).filter(
      (f) => f.ruleId === 'clawlint.budget_exceeded',
    );
    expect(cut.map((f) => `${f.file}: ${f.message}`)).toEqual([
      ".clawlint.yml: the run's time budget (0 s) ran out; not checked: 1 deployment files, 2 configs, 1 secrets scans (first: this file)",
    ]);
    // With the default budget the same tree is linted in full.
    expect(runJson(dir, ['--no-baseline']).doc.findings.map((f) => f.ruleId)).not.toContain('clawlint.budget_exceeded');
  });

  it('40,000 unknown keys are reported one by one without quadratic work', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `  unknownKey${i}: ${i}`).join(',\n');
    const { dir } = hostileRepo({ 'openclaw.json': `{\n${keys}\n}\n` });
    const r = runJson(dir);
    const unknown = r.doc.findings.filter((f) => f.ruleId === 'schema.additionalProperties');
    expect(unknown.length).toBe(40_000);
    expect(unknown[39_999]).toMatchObject({ startLine: 40_001, startColumn: 3 });
  });

  it('one anchor aliased 99 times is cut at the alias that exceeds the expansion budget', () => {
    const big = `x-big: &big [${Array(50_000).fill('"x"').join(', ')}]\n`;
    const uses = Array.from({ length: 99 }, (_, i) => `  u${i}: *big`).join('\n');
    const { dir } = hostileRepo({
      'docker-compose.yml': `${big}x-uses:\n${uses}\nservices:\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.9.6\n    command: ["openclaw", "gateway", "--bind", "lan"]\n`,
    });
    const r = runJson(dir);
    expect(
      r.doc.findings
        .filter((f) => f.ruleId === 'deploy.parse_error')
        .map((f) => `${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([expect.stringMatching(/^4:7 .*aliases expand to more than 100000 nodes; the rest are not expanded/)]);
  });

  it('a lone CR is not a line break: positions are the lines GitHub shows', () => {
    const { dir } = hostileRepo({ 'openclaw.json': '{ a: 1,\r  gatway: {},\n  gateway: { bnd: 1 } }\n' });
    const r = runJson(dir);
    expect(
      r.doc.findings
        .filter((f) => f.ruleId === 'schema.additionalProperties')
        .map((f) => `${f.startLine}:${f.startColumn}`),
    ).toEqual(['1:3', '1:11', '2:14']);
  });

  it('an unquoted TOML token is measured, not quoted', () => {
    const { dir } = hostileRepo({
      'fly.toml':
        'app = "openclaw-gw"\n[build]\nimage = "ghcr.io/openclaw/openclaw:2026.9.6"\n[env]\nOPENCLAW_GATEWAY_TOKEN = 9fPLANTEDsecret\n',
    });
    const r = runJson(dir);
    expect(r.doc.findings.find((f) => f.ruleId === 'deploy.parse_error')).toMatchObject({
      file: 'fly.toml',
      startLine: 5,
      startColumn: 26,
      message: expect.stringContaining('invalid value: an unquoted 15-character token (strings need quotes)'),
    });
  });

  it('URL credentials are never echoed, and a suggestion line carrying one is not offered', async () => {
    const url = 'wss://admin:hunter2secret@gw.example.com';
    const oneLine = `{ hooks: { enabled: true, path: "/" }, gateway: { mode: "remote", remote: { url: "${url}" } } }\n`;
    const { dir } = hostileRepo({
      'one/openclaw.json': oneLine,
      'two/openclaw.json': oneLine.replace(', gateway', ',\n  gateway'),
    });
    const r = await runLint({ cwd: dir, paths: ['.'], baseline: false });
    const pathRoot = r.findings.filter((f) => f.ruleId === 'hooks.path_root');
    expect(pathRoot.map((f) => [f.file, f.suggestion])).toEqual([
      ['one/openclaw.json', undefined],
      ['two/openclaw.json', '{ hooks: { enabled: true, path: "/hooks" },'],
    ]);
    expect(JSON.stringify(r.findings)).not.toContain('hunter2secret');
    expect(r.redact(`connect ${url}`)).toBe('connect wss://****@gw.example.com');
  });
});
