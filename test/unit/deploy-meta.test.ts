// Every deploy rule has metadata, a doc page and at least one expected finding (an inline
// `^ <id>` or `@L:C <id>` marker in a deploy fixture, which the fixture's own test checks exactly);
// no value from a manifest or env file ever reaches a message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/finding.js';
import { DEPLOY_RULES, lintDeployments } from '../../src/deploy/index.js';
import { parseDotenv } from '../../src/parsers/dotenv.js';

const repo = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(repo, 'test', 'fixtures', 'deploy');

/** The inline markers (`# ^ deploy.x severity`, `# @L:C deploy.x severity`) of the deploy, deploy-model, deploy-patterns and render fixtures. */
function markerText(): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile())
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/(?:\^|@\S+)\s+(deploy\.[a-z_]+)/g)) out.push(`[${m[1]}]`);
    }
  };
  for (const dir of ['deploy', 'deploy-model', 'deploy-patterns', 'render'])
    walk(path.join(repo, 'test', 'fixtures', dir));
  return out.join('\n');
}
const markers = markerText();

describe('deploy rule registry', () => {
  it('has unique deploy.* ids sorted alphabetically', () => {
    const ids = DEPLOY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^deploy\.[a-z_]+$/);
    expect(ids).toEqual([...ids].sort());
  });
  for (const rule of DEPLOY_RULES) {
    it(`${rule.id} has metadata, a doc page and an expected finding`, () => {
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(0);
      const doc = path.join(repo, 'docs', 'rules', `${rule.id}.md`);
      expect(fs.existsSync(doc), `docs/rules/${rule.id}.md`).toBe(true);
      const text = fs.readFileSync(doc, 'utf8');
      expect(text).toContain(`# ${rule.id}`);
      for (const h of ['## What', '## Why', '## Incorrect', '## Correct', '## Fix']) expect(text).toContain(h);
      expect(markers).toContain(`[${rule.id}]`);
    });
  }
});

describe('values never appear in messages', () => {
  /** Every value written in a fixture's env files and `KEY=value` / `KEY: value` lines of secret-looking names. */
  function secretsOf(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else {
          // `# expect:` lines are the fixture's expectations (names only), not its values.
          const text = fs
            .readFileSync(p, 'utf8')
            .split('\n')
            .filter((l) => !/^\s*(?:#|\/\/)\s*expect:/.test(l))
            .join('\n');
          if (e.name.endsWith('.env') || e.name === '.env') out.push(...parseDotenv(text).map((x) => x.value));
          for (const m of text.matchAll(/(?:TOKEN|PASSWORD|API_KEY|SECRET_KEY)[^=:\n]*[=:]\s*["']?([^\s"'\n]{8,})/gi))
            out.push(m[1]!);
        }
      }
    };
    walk(dir);
    return out.filter((v) => v.length >= 8 && !v.startsWith('$') && !/^(?:true|false)$/.test(v));
  }
  const cases = fs.readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory());
  it.each(cases.map((c) => c.name))('%s', async (name) => {
    const cwd = path.join(fixtures, name);
    const result = await lintDeployments({ cwd, paths: ['.'], env: new Map() });
    const texts = result.findings.flatMap((f) => [
      f.message,
      f.fix ?? '',
      ...(f.related ?? []).map((r) => r.message ?? ''),
    ]);
    texts.push(...result.configRuns.map((r) => r.origin));
    for (const secret of secretsOf(cwd))
      for (const t of texts) expect(t.includes(secret), `${secret} leaked into: ${t}`).toBe(false);
  });
});
