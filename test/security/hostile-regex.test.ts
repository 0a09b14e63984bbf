// Regexes and globs the repository supplies run on the linear engine in the built CLI: a
// catastrophic pattern next to a hostile input ends the run (the 60 s spawn timeout in
// runCli is the hang guard, no timing is asserted), and a pattern RE2 cannot run is a finding
// at the file:line:col that holds it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileRepos, runCli, runJson } from '../helpers/hostile-repo.js';

const hostileRepo = hostileRepos('hostile-regex');
const gitAdd = (d: string) => {
  execFileSync('git', ['init', '-q'], { cwd: d });
  execFileSync('git', ['add', '.'], { cwd: d });
};
const LONG = 'a'.repeat(100_000);
const AWS = 'AKIAZ3MQWERTYUIOPASD';

function secretsBaseline(filters: { path: string; pattern: string[] }[]): string {
  return `${JSON.stringify(
    {
      version: '1.5.0',
      plugins_used: [{ name: 'AWSKeyDetector' }],
      filters_used: [{ path: 'detect_secrets.filters.allowlist.is_line_allowlisted' }, ...filters],
      results: {},
      generated_at: '2026-01-01T00:00:00Z',
    },
    null,
    2,
  )}\n`;
}

describe('repository regexes on hostile inputs', () => {
  it('policy patterns of catastrophic shape run in linear time and still judge', () => {
    const { dir } = hostileRepo({
      '.clawlint.yml': 'policies: ["policies/*.yaml"]\n',
      'policies/shapes.yaml': `policies:
  - id: org.nested
    severity: warn
    message: nested quantifier
    assert: { properties: { gateway: { properties: { customBindHost: { pattern: "^(a+)+$" } } } } }
  - id: org.stars
    severity: warn
    message: many stars
    assert: { properties: { gateway: { properties: { customBindHost: { pattern: "^[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[0-9]$" } } } } }
  - id: org.counted
    severity: warn
    message: counted group
    assert: { properties: { gateway: { properties: { customBindHost: { pattern: "^(a+){12}$" } } } } }
`,
      'openclaw.json': `{ gateway: { customBindHost: "${LONG}!" } }\n`,
    });
    const r = runJson(dir);
    const ids = r.doc.findings.map((f) => f.ruleId);
    // Each pattern fails on the input, so each policy reports; nothing is refused.
    expect(ids.filter((id) => id.startsWith('org.')).sort()).toEqual(['org.counted', 'org.nested', 'org.stars']);
    expect(ids).not.toContain('clawlint.policy_invalid');
  });

  it('a policy pattern RE2 cannot run is a finding at its line:col, and the other policies run', () => {
    const { dir } = hostileRepo({
      '.clawlint.yml': 'policies: ["p.yaml"]\n',
      'p.yaml': `policies:
  - id: org.lookahead
    severity: warn
    message: x
    assert:
      properties: { gateway: { properties: { mode: { pattern: "^(?!local)" } } } }
  - id: org.ok
    severity: warn
    message: mode is not remote
    assert: { properties: { gateway: { properties: { mode: { pattern: "^remote$" } } } } }
`,
      'openclaw.json': '{ gateway: { mode: "local" } }\n',
    });
    const r = runJson(dir);
    const invalid = r.doc.findings.filter((f) => f.ruleId === 'clawlint.policy_invalid');
    expect(invalid.map((f) => `${f.file}:${f.startLine}:${f.startColumn} ${f.message}`)).toEqual([
      'p.yaml:6:63 policy org.lookahead: assert pattern "^(?!local)" cannot run on the linear-time regex engine: look-ahead and look-behind cannot run in linear time (at offset 1)',
    ]);
    expect(r.doc.findings.map((f) => f.ruleId)).toContain('org.ok');
  });

  it('.secrets.baseline filter regexes of catastrophic shape run in linear time', () => {
    const { dir } = hostileRepo({
      '.secrets.baseline': secretsBaseline([
        { path: 'detect_secrets.filters.regex.should_exclude_line', pattern: ['^(a+)+$', '(a|aa)*b$'] },
        { path: 'detect_secrets.filters.regex.should_exclude_file', pattern: ['^(x+x+)+y'] },
        { path: 'detect_secrets.filters.regex.should_exclude_secret', pattern: ['(A|AK)*Z$'] },
      ]),
      'creds.txt': `aws_key = "${AWS}" ${LONG}!\n`,
      [`${'x'.repeat(200)}.txt`]: `k = "${AWS}"\n`,
    });
    const scan = runCli(dir, ['secrets', 'scan', '--all-files', '--baseline', '.secrets.baseline']);
    expect(scan.code).toBe(0);
    // No filter matches: both secrets are kept (scan --baseline rewrites the baseline).
    const written = JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8'));
    expect(Object.keys(written.results).sort()).toEqual(['creds.txt', `${'x'.repeat(200)}.txt`]);
  });

  it('a filter regex RE2 cannot run: secrets commands stop with the reason; lint reports it at the pattern', () => {
    const { dir } = hostileRepo(
      {
        '.secrets.baseline': secretsBaseline([
          { path: 'detect_secrets.filters.regex.should_exclude_line', pattern: ['(?=.*aws_key)'] },
        ]),
        'creds.txt': `aws_key = "${AWS}"\n`,
      },
      gitAdd,
    );
    const scan = runCli(dir, ['secrets', 'scan', '--all-files', '--baseline', '.secrets.baseline']);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toBe(
      'clawlint secrets: filter should_exclude_line pattern "(?=.*aws_key)" cannot run: look-ahead and look-behind cannot run in linear time (at offset 0); nothing was scanned\n',
    );
    // The lint pipeline leaves the filter out (so the key is still found) and says so.
    const lint = runJson(dir, ['--secrets-baseline', '.secrets.baseline']);
    expect(lint.doc.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn}`).sort()).toEqual([
      'secrets.aws_key_detector creds.txt:1:12',
      'secrets.filter_refused .secrets.baseline:15:9',
    ]);
  });

  it('.clawlint.yml globs of catastrophic shape do not stall matching long file names', () => {
    const stars = `${'*a'.repeat(16)}*b`;
    const { dir } = hostileRepo({
      '.clawlint.yml': `exclude: ["${stars}"]\nrules:\n  gateway.bind_no_auth: { severity: info, paths: ["${stars}"] }\nsuppressions:\n  - { rule: "*", reason: "hostile glob", paths: ["${stars}"] }\ninclude: ["!(x)"]\n`,
      [`${'a'.repeat(200)}.openclaw.json`]: '{ gatway: {} }\n',
    });
    const r = runJson(dir);
    expect(r.doc.findings.filter((f) => f.file.startsWith('aaaa')).map((f) => f.ruleId)).toContain(
      'schema.additionalProperties',
    );
    expect(
      r.doc.findings
        .filter((f) => f.ruleId === 'clawlint.config_invalid')
        .map((f) => `${f.startLine}:${f.startColumn} ${f.message}`),
    ).toEqual([
      '6:11 clawlint config: glob "!(x)" is refused: it cannot run on the linear-time engine (look-ahead and look-behind cannot run in linear time); it matches nothing',
    ]);
  });
});
