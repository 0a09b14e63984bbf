/**
 * detect-secrets 1.5.0 parity cases found on real repositories (issue 18), each reduced to a
 * fixture under test/fixtures/secrets/parity/<case>/ with its expected findings written beside it
 * in <case>.expected: `all|git|both file:line Type: hashed text` (`all` = `scan --all-files`,
 * `git` = `scan` of git-tracked files; a JSON string value may hold escapes). The hashed text is what detect-secrets hashes, so the
 * expectation also pins the extraction. `node bench/secrets-differential.mjs` runs the real
 * detect-secrets on the same prepared trees.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, run, tempDir } from './helpers.js';
import { PARITY_CASES, PARITY_DIR, prepareParityCase } from './parity-prepare.mjs';

const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

function expected(name: string, mode: 'all' | 'git'): string[] {
  const text = fs.readFileSync(path.join(PARITY_DIR, `${name}.expected`), 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^(all|git|both) ([^:]+):(\d+) ([^:]+): (.*)$/.exec(line);
    if (!m) throw new Error(`${name}.expected: bad line ${JSON.stringify(line)}`);
    // A value written as a JSON string can hold escapes (a block scalar's line break).
    const value = m[5]!.startsWith('"') ? (JSON.parse(m[5]!) as string) : m[5]!;
    if (m[1] === 'both' || m[1] === mode) out.push(`${m[2]}:${m[3]} ${m[4]} ${sha1(value)}`);
  }
  return out.sort();
}

function reported(stdout: string): string[] {
  const baseline = JSON.parse(stdout) as {
    results: Record<string, { type: string; hashed_secret: string; line_number: number; filename: string }[]>;
  };
  return Object.values(baseline.results)
    .flat()
    .map((e) => `${e.filename}:${e.line_number} ${e.type} ${e.hashed_secret}`)
    .sort();
}

describe('detect-secrets parity fixtures', () => {
  for (const name of PARITY_CASES) {
    it(`${name}: --all-files and git mode report exactly the expected findings`, async () => {
      const dir = gitRepo();
      prepareParityCase(name, dir, tempDir());
      const all = await run(dir, ['scan', '--all-files', '.']);
      expect(all.code).toBe(0);
      // .git holds nothing secret-shaped here, so --all-files and the fixture agree.
      expect(reported(all.stdout)).toEqual(expected(name, 'all'));
      const tracked = await run(dir, ['scan', '.']);
      expect(tracked.code).toBe(0);
      expect(reported(tracked.stdout)).toEqual(expected(name, 'git'));
    });
  }
});
