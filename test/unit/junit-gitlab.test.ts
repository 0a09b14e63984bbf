// --format junit and --format gitlab, validated against the formats' schemas (test/fixtures/formats/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { formatGitlab } from '../../src/reporters/gitlab.js';
import { formatJunit } from '../../src/reporters/junit.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'formats');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI) throw new Error('xmllint is not installed: .ci/run installs libxml2-utils');

function f(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'gateway.bind_no_auth',
    severity: 'critical',
    message: 'gateway.bind is "lan" & no <auth>',
    file: 'deploy/openclaw.json',
    startLine: 3,
    startColumn: 5,
    endLine: 3,
    endColumn: 12,
    path: 'gateway.bind',
    ...over,
  };
}

const sample: Finding[] = [
  f(),
  f({ ruleId: 'models.weak_tier', severity: 'warn', startLine: 9, endLine: 9, path: 'agents.defaults.model' }),
  f({ ruleId: 'logging.redact_off', severity: 'warn', suppressed: { kind: 'inline', reason: 'lab only' } }),
  f({ ruleId: 'deploy.privileged', file: 'compose.yaml', baselined: true, message: 'bad \u0001 char' }),
];

describe('--format junit', () => {
  it('one testcase per finding; failures at or above fail-on, skipped for accepted ones', () => {
    const out = formatJunit(sample, 'critical');
    expect(out).toContain('<testsuites name="clawlint" tests="4" failures="1" errors="0" skipped="2">');
    expect(out).toContain('<testsuite name="deploy/openclaw.json" tests="3" failures="1" errors="0" skipped="1">');
    expect(out).toContain('message="gateway.bind is &quot;lan&quot; &amp; no &lt;auth&gt;"');
    expect(out).toContain('<skipped message="suppressed: lab only"/>');
    expect(out).toContain('<skipped message="in the findings baseline"/>');
    expect(out).not.toContain('\u0001');
    expect(formatJunit(sample, 'warn')).toContain('failures="2"');
    expect(formatJunit(sample, 'none')).toContain('failures="0"');
  });

  it.skipIf(!hasXmllint)('is valid against the JUnit schema', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-junit-'));
    try {
      for (const [name, text] of [
        ['some.xml', formatJunit(sample, 'warn')],
        ['none.xml', formatJunit([], 'critical')],
      ] as const) {
        fs.writeFileSync(path.join(dir, name), text);
        const r = spawnSync(
          'xmllint',
          ['--noout', '--schema', path.join(fixtures, 'junit.xsd'), path.join(dir, name)],
          {
            encoding: 'utf8',
          },
        );
        expect(r.stderr).toContain('validates');
        expect(r.status).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--format gitlab', () => {
  const validate = new Ajv({ allErrors: true }).compile(
    JSON.parse(fs.readFileSync(path.join(fixtures, 'gitlab-codequality.schema.json'), 'utf8')) as object,
  );

  it('is valid Code Quality JSON: accepted findings left out, severities mapped, fingerprints unique', () => {
    const issues = JSON.parse(formatGitlab([...sample, f()])) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.lines.begin])).toEqual([
      ['gateway.bind_no_auth', 'blocker', 3],
      ['models.weak_tier', 'major', 9],
      ['gateway.bind_no_auth', 'blocker', 3],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(validate(JSON.parse(formatGitlab([])))).toBe(true);
  });
});
