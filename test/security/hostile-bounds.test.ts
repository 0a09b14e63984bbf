// Budgets and quoting on hostile inputs through the built CLI (and runLint for review
// suggestions, which only the Action posts): a whole-run time budget reported as a finding,
// unknown keys by the ten thousand, one YAML anchor aliased 99 times, lone CR line endings,
// unquoted TOML tokens and URL credentials never echoed. No timing is asserted: the spawn and
// vitest timeouts are hang guards.
import fs from 'node:fs';
import path from 'node:path';
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

  it('a file past its own time budget keeps what was found and says what was not run, whatever the repository configures', () => {
    const policies = 'policies: ["p.yaml"]\n';
    const { dir } = hostileRepo({
      '.clawlint.yml': policies,
      'p.yaml': 'id: org.any\nseverity: warn\nmessage: m\nassert: { required: [nothing] }\n',
      // An unknown key (found by the schema check, before the rules) and an auth-less gateway (a rule's).
      'openclaw.json': '{\n  gateway: { mode: "local", port: 18789 },\n  bogus: 1,\n}\n',
    });
    const lint = (env: Record<string, string>) => {
      const r = runCli(dir, ['--format', 'json', '--no-baseline', '--no-secrets'], env);
      expectClean(r);
      const found = JSON.parse(r.stdout).findings as {
        ruleId: string;
        file: string;
        startLine: number;
        message: string;
      }[];
      return { code: r.code, found, at: found.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`) };
    };
    const cut = lint({ CLAWLINT_FILE_BUDGET_MS: '0' });
    expect(cut.code).toBe(1);
    expect(cut.at).toEqual([
      'clawlint.budget_exceeded openclaw.json:1',
      'schema.additionalProperties openclaw.json:3', // ^ bogus: 1, found before the budget check: kept
    ]);
    expect(cut.found[0]!.message).toMatch(
      /^this file's time budget \(0 s\) ran out; not run on it: \d+ rules and 1 custom policies \(what was found before is kept\)$/,
    );
    // With the default budget the same config is judged in full.
    expect(lint({}).at).toEqual(
      expect.arrayContaining(['gateway.loopback_no_auth openclaw.json:2', 'org.any openclaw.json:1']),
    );
    // Rules turned off and everything suppressed: the cut is still reported and still fails.
    fs.writeFileSync(
      path.join(dir, '.clawlint.yml'),
      `${policies}rules:\n  "*": "off"\nsuppressions:\n  - { rule: "*", reason: "hide everything" }\n`,
    );
    const hidden = lint({ CLAWLINT_FILE_BUDGET_MS: '0' });
    expect(hidden.code).toBe(1);
    expect(hidden.at).toContain('clawlint.budget_exceeded openclaw.json:1');
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

// No single file keeps a run past the 60 s of issue 13: each case hung or crashed before its fix
// (the spawn's 60 s hang guard fails the test if it comes back).
describe('one hostile file is bounded on its own', () => {
  it('a Dockerfile instruction continued over 300,000 lines is read in linear time', () => {
    const { dir } = hostileRepo({
      Dockerfile: `FROM ghcr.io/openclaw/openclaw:2026.9.6\nRUN a \\\n${' b \\\n'.repeat(300_000)} c\nUSER root\n`,
      'docker-compose.yml': 'services:\n  gw:\n    build: .\n',
    });
    const r = runJson(dir);
    expect(r.code).toBe(0);
    // USER root after the continuation: the instruction after it is still read (line 300,003).
    expect(r.doc.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`)).toContain(
      'deploy.state_ephemeral docker-compose.yml:2',
    );
  });

  it('a 1 MB env value referenced 40 times stops at the substitution budget (16 MiB), with a finding', () => {
    const items = Array.from({ length: 40 }, () => '    "${BIG}",').join('\n');
    const { dir } = hostileRepo({
      '.env': `BIG=${'x'.repeat(1_000_000)}\n`,
      'openclaw.json': `{\n  a: [\n${items}\n  ],\n}\n`,
    });
    const r = runJson(dir, ['--env-file', '.env']);
    // 16 substitutions of 1,000,000 characters fit in 16,777,216; the 17th (a[16], line 3 + 16) is cut.
    expect(
      r.doc.findings
        .filter((f) => f.ruleId === 'env.expansion_too_large')
        .map((f) => `${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([
      '19:5 ${VAR} substitution at a[16] would grow the config past 16777216 characters; this value and every later one are judged as written',
    ]);
  });

  it('two million "${" with no closing brace are scanned once', () => {
    const { dir } = hostileRepo({ '.env': 'A=x\n', 'openclaw.json': `{ a: "${'${'.repeat(2_000_000)}" }\n` });
    const r = runJson(dir, ['--env-file', '.env']);
    expect(r.doc.findings.filter((f) => f.ruleId.startsWith('env.') || f.ruleId === 'parse.error')).toEqual([]);
    expect(r.doc.findings.find((f) => f.ruleId === 'schema.additionalProperties')).toMatchObject({
      startLine: 1,
      startColumn: 3,
    });
  });

  it('an $include tree is bounded as a whole: 500 loads of a 200,000-value file stop at the second', () => {
    // a.json5 holds "{" "[" and 199,989 commas: 199,991 values. The root holds about 500; root plus
    // one load is about 200,500, a second load would pass 400,000: it (line 3, column 27) is refused.
    const { dir } = hostileRepo({
      'a.json5': `{ x: [${Array(199_990).fill('0').join(',')}] }\n`,
      'openclaw.json': `{\n  gateway: { mode: "local" },\n  $include: [${Array(500).fill('"./a.json5"').join(', ')}],\n}\n`,
    });
    const r = runJson(dir);
    expect(
      r.doc.findings
        .filter((f) => f.ruleId.startsWith('include.'))
        .map((f) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([
      'include.too_large openclaw.json:3:27 This config and its includes hold more than 400000 values in all; "./a.json5" and every later include were not loaded',
    ]);
    // The rest of the config is still judged.
    expect(r.doc.findings.map((f) => f.ruleId)).toContain('gateway.loopback_no_auth');
  });

  it('an $include tree reads at most 32 MiB: the 17th load of a 2,000,008-byte file is refused', () => {
    // 16 loads are 32,000,128 bytes (under 33,554,432); the 17th, at column 14 + 16 * 13 = 222, is not.
    const { dir } = hostileRepo({
      'a.json5': `{ x: "${'x'.repeat(2_000_000)}" }\n`,
      'openclaw.json': `{\n  gateway: { mode: "local" },\n  $include: [${Array(20).fill('"./a.json5"').join(', ')}],\n}\n`,
    });
    const r = runJson(dir);
    expect(
      r.doc.findings
        .filter((f) => f.ruleId.startsWith('include.'))
        .map((f) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([
      'include.too_large openclaw.json:3:222 This config\'s includes hold more than 32 MiB in all; "./a.json5" and every later include were not loaded',
    ]);
  });

  it('a config of 2.4 million values is refused before parsing, at the value past the cap', () => {
    const { dir } = hostileRepo({ 'openclaw.json': `{ a: [${'[1,2,3],'.repeat(600_000)}] }\n` });
    const r = runJson(dir);
    // Counted: "{" and "[" (2), then 4 per "[1,2,3]," item: the 200,001st is the second comma of
    // item 49,999 (0-based), which starts at 6 + 8 * 49,999 = 399,998: offset 400,002, column 400,003.
    expect(
      r.doc.findings
        .filter((f) => f.ruleId === 'parse.error')
        .map((f) => `${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([
      '1:400003 Invalid JSON5: about 2400002 values (brackets and commas); more than 200000 are refused; OpenClaw refuses to start with this config',
    ]);
  });
});
