// The real-world deployment corpus (test/realworld/deploy): its index and judgements stay consistent, and the
// scoring the measurement script uses matches findings the way README.md says. The repositories themselves
// are not here (scripts/realworld-deploy.mjs fetches them from local mirrors); these tests need none of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inScope, score, type Finding, type Judgement } from '../../scripts/realworld-deploy.mjs';

const dir = join(import.meta.dirname, 'deploy');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
  repos: { repo: string; commit: string; paths: string[]; kinds: string[]; control?: boolean }[];
};
const judgements = JSON.parse(readFileSync(join(dir, 'judgements.json'), 'utf8')) as {
  scope: { include: string[] };
  repos: Record<string, Judgement>;
};

const f = (ruleId: string, file: string, startLine: number, severity: Finding['severity'] = 'warn'): Finding => ({
  ruleId,
  file,
  startLine,
  severity,
});

describe('corpus index and judgements', () => {
  it('pins every repository to a full commit and judges each one exactly once', () => {
    const names = index.repos.map((r) => r.repo);
    expect(new Set(names).size).toBe(names.length);
    for (const r of index.repos) {
      expect(r.commit, r.repo).toMatch(/^[0-9a-f]{40}$/);
      expect(r.paths.length, r.repo).toBeGreaterThan(0);
      expect(r.kinds.length, r.repo).toBeGreaterThan(0);
    }
    expect(Object.keys(judgements.repos).sort()).toEqual([...names].sort());
  });

  it('gives every expected finding a rule, a file and a severity, and marks controls silent', () => {
    for (const [repo, j] of Object.entries(judgements.repos)) {
      for (const e of j.expected ?? []) {
        expect(e.rule, repo).toBeTruthy();
        expect(typeof e.file, repo).toBe('string');
        expect(['info', 'warn', 'critical'], repo).toContain(e.severity);
      }
      for (const v of j.judged ?? []) expect(['true', 'false', 'noise'], repo).toContain(v.verdict);
    }
    for (const r of index.repos.filter((x) => x.control)) expect(judgements.repos[r.repo]?.silent, r.repo).toBe(true);
  });

  it('holds no credential-shaped value (only names, placeholders and file positions)', () => {
    const text = readFileSync(join(dir, 'judgements.json'), 'utf8');
    expect(text).not.toMatch(/\b[0-9a-f]{32,}\b/);
    expect(text).not.toMatch(/\b(sk-[A-Za-z0-9]{20,}|ghp_[A-Za-z0-9]{20,}|xox[bp]-[A-Za-z0-9-]{10,})/);
  });
});

describe('scoring', () => {
  const judgement: Judgement = {
    expected: [
      { id: 'E1', rule: ['deploy.gateway_exposed'], file: 'compose.yml', line: 10, alt: [20], severity: 'critical' },
      {
        id: 'E2',
        rule: 'deploy.placeholder_token',
        file: '.env',
        line: 1,
        or: [{ file: 'compose.yml', line: 7 }],
        severity: 'warn',
      },
    ],
    judged: [{ rule: 'deploy.allow_unconfigured_exposed', file: 'compose.yml', line: 30, verdict: 'noise' }],
    mustNot: [{ rule: 'deploy.state_ephemeral', file: 'compose.yml' }],
  };

  it('matches within two lines, on an alternative line, or at an alternative place', () => {
    const near = score(judgement, [f('deploy.gateway_exposed', 'compose.yml', 12, 'critical')]);
    expect(near.rows.map((r) => r.verdict)).toEqual(['true']);
    const alt = score(judgement, [f('deploy.gateway_exposed', 'compose.yml', 21, 'critical')]);
    expect(alt.rows.map((r) => r.verdict)).toEqual(['true']);
    const far = score(judgement, [f('deploy.gateway_exposed', 'compose.yml', 14, 'critical')]);
    expect(far.rows.map((r) => r.verdict)).toEqual(['unjudged']);
    const moved = score(judgement, [f('deploy.placeholder_token', 'compose.yml', 7)]);
    expect(moved.rows.map((r) => r.verdict)).toEqual(['true']);
    expect(moved.missed.map((m) => m.id)).toEqual(['E1']);
  });

  it('counts a second finding for one root cause as noise, the stronger one as true', () => {
    const s = score(judgement, [
      f('deploy.gateway_exposed', 'compose.yml', 20, 'warn'),
      f('deploy.gateway_exposed', 'compose.yml', 10, 'critical'),
    ]);
    expect(s.rows.map((r) => [r.finding.severity, r.verdict])).toEqual([
      ['critical', 'true'],
      ['warn', 'noise'],
    ]);
    expect(s.found).toBe(1);
  });

  it('applies verdicts, then must-not notes (any line when none is given), and flags false criticals', () => {
    const s = score(judgement, [
      f('deploy.allow_unconfigured_exposed', 'compose.yml', 31),
      f('deploy.state_ephemeral', 'compose.yml', 99, 'critical'),
      f('deploy.placeholder_token', '.env', 1, 'critical'),
    ]);
    expect(s.rows.map((r) => [r.finding.ruleId, r.verdict, r.falseCritical])).toEqual([
      ['deploy.state_ephemeral', 'false', true],
      ['deploy.placeholder_token', 'true', true],
      ['deploy.allow_unconfigured_exposed', 'noise', false],
    ]);
  });

  it('treats every finding in a negative control as false, and scores only the configured rule prefixes', () => {
    const s = score({ silent: true }, [f('gateway.bind_no_auth', 'a.json', 1, 'critical')]);
    expect(s.rows.map((r) => [r.verdict, r.falseCritical])).toEqual([['false', true]]);
    expect(inScope(judgements.scope, f('deploy.privileged', 'x', 1))).toBe(true);
    expect(inScope(judgements.scope, f('channels.telegram.dm.open', 'x', 1))).toBe(false);
  });
});
