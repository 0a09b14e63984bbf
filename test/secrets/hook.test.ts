import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretFindings } from '../../src/secrets/cli.js';
import { git, gitRepo, run } from './helpers.js';

const GHP1 = 'ghp_' + 'A1b2C3d4E5'.repeat(3) + 'abcdef';
const GHP2 = 'ghp_' + 'Z9y8X7w6V5'.repeat(3) + 'uvwxyz';
const AWS = 'AKIAABCDEFGHIJKLMNOP';
const STRIPE = 'sk_live_' + 'q1W2e3R4t5Y6'.repeat(2);

async function setup(): Promise<string> {
  const dir = gitRepo();
  fs.writeFileSync(path.join(dir, 'app.py'), `x = 1\ntoken = "${GHP1}"\nkey = "${AWS}"\n`);
  fs.writeFileSync(path.join(dir, 'fp.py'), `sample = "${STRIPE}"\n`);
  git(dir, 'add', '.');
  const r = await run(dir, ['scan', '--baseline', '.secrets.baseline']);
  expect(r.code).toBe(0);
  // Label the Stripe sample as a false positive.
  const b = JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8'));
  const fp = b.results['fp.py'][0];
  const m = await run(dir, [
    'audit',
    '.secrets.baseline',
    '--mark',
    `fp.py:${fp.hashed_secret}:${fp.type}`,
    '--false-positive',
  ]);
  expect(m.code).toBe(0);
  git(dir, 'add', '.');
  return dir;
}

const all = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('secrets check (detect-secrets-hook semantics)', () => {
  it('passes when nothing changed; labelled false positive stays suppressed', async () => {
    const dir = await setup();
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py', 'fp.py']);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8')).results['fp.py'][0].is_secret).toBe(
      false,
    );
  });
  it('fails on a new secret in an existing file, naming file:line:col and type only', async () => {
    const dir = await setup();
    fs.appendFileSync(path.join(dir, 'app.py'), `stripe = "${STRIPE.replace('q1', 'z9')}"\n`);
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.py:4:11 Stripe Access Key');
    expect(all(r)).not.toContain('z9W2');
  });
  it('fails on a new file with a known secret (identity includes the filename)', async () => {
    const dir = await setup();
    fs.writeFileSync(path.join(dir, 'copy.py'), `key = "${AWS}"\n`);
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'copy.py', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results['copy.py'][0].type).toBe('AWS Access Key');
  });
  it('a second ghp_ token in the same file is hidden by the prefix hash', async () => {
    const dir = await setup();
    fs.appendFileSync(path.join(dir, 'app.py'), `other = "${GHP2}"\n`);
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py']);
    expect(r.code).toBe(0);
  });
  it('a moved line rewrites the baseline and exits 3; a removed secret too', async () => {
    const dir = await setup();
    fs.writeFileSync(path.join(dir, 'app.py'), `\n\nx = 1\ntoken = "${GHP1}"\nkey = "${AWS}"\n`);
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py']);
    expect(r.code).toBe(3);
    // detect-secrets-hook's text to the byte (its print adds a third line break).
    expect(r.stdout).toBe(
      'The baseline file was updated.\nProbably to keep line numbers of secrets up-to-date.\n' +
        'Please `git add .secrets.baseline`, thank you.\n\n\n',
    );
    const b = JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8'));
    expect(b.results['app.py'].map((e: { line_number: number }) => e.line_number)).toEqual([4, 5]);
    expect(b.filters_used.some((f: { path: string }) => f.path.endsWith('is_baseline_file'))).toBe(true);
    git(dir, 'add', '.');
    fs.writeFileSync(path.join(dir, 'app.py'), `x = 1\n`);
    const r2 = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py']);
    expect(r2.code).toBe(3);
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8')).results['app.py']).toBeUndefined();
  });
  it('an unstaged baseline fails', async () => {
    const dir = await setup();
    git(dir, 'commit', '-qm', 'init');
    fs.appendFileSync(path.join(dir, '.secrets.baseline'), ' ');
    const r = await run(dir, ['check', '--baseline', '.secrets.baseline', 'app.py']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'Your baseline file (.secrets.baseline) is unstaged.\n`git add .secrets.baseline` to fix this.\n',
    );
  });
  it('usage errors exit 2 with one line', async () => {
    const dir = gitRepo();
    const r = await run(dir, ['check', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('secretFindings: new secrets as critical findings with spans, plus the delta', async () => {
    const dir = await setup();
    fs.writeFileSync(path.join(dir, 'app.py'), `token = "${GHP1}"\nnewkey = "AKIAZZZZZZZZZZZZZZZZ"\n`);
    const res = await secretFindings({ cwd: dir, paths: ['app.py'], baselinePath: '.secrets.baseline' });
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({
      ruleId: 'secrets.aws_key_detector',
      severity: 'critical',
      startLine: 2,
      startColumn: 11,
      endColumn: 31,
    });
    expect(res.delta).toEqual({ new: 1, unchanged: 1, removed: 1 });
    expect(res.baselineNeedsRefresh).toBe(true);
    expect(JSON.stringify(res)).not.toContain('AKIAZZZZ');
  });
  it('audit --report never prints values without --show-secrets on a TTY', async () => {
    const dir = await setup();
    const r = await run(dir, ['audit', '.secrets.baseline', '--report', '--show-secrets'], false);
    expect(r.code).toBe(0);
    for (const v of [GHP1, AWS, STRIPE]) expect(all(r)).not.toContain(v);
    const tty = await run(dir, ['audit', '.secrets.baseline', '--report', '--show-secrets'], true);
    expect(tty.stdout).toContain(AWS);
    const stats = await run(dir, ['audit', '.secrets.baseline', '--stats']);
    expect(JSON.parse(stats.stdout)['Stripe Access Key']).toEqual({
      true_positives: 0,
      false_positives: 1,
      unknown: 0,
    });
  });
});
