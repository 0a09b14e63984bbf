// File names that are not UTF-8: Python (os.walk, surrogateescape) names them with lone
// surrogates and detect-secrets 1.5.0 scans them; git quotes them, so git mode never does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsPath, pyFsDecode } from '../../src/secrets/fs-names.js';
import { git, gitRepo, run, tempDir } from './helpers.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('pyFsDecode (Python os.fsdecode)', () => {
  // Expected strings: what Python 3.11 prints for b.decode('utf-8', 'surrogateescape').
  it.each([
    ['caf\xe9.txt as Latin-1', bytes('caf', [0xe9], '.txt'), 'caf\udce9.txt'],
    ['valid UTF-8', bytes('été'), 'été'],
    ['an astral character', bytes([0xf0, 0x9f, 0x98, 0x80]), '\u{1f600}'],
    ['a truncated sequence', bytes([0xe2, 0x82], 'a'), '\udce2\udc82a'],
    ['an overlong slash', bytes([0xc0, 0xaf]), '\udcc0\udcaf'],
    ['an overlong 3-byte form', bytes([0xe0, 0x80, 0x80]), '\udce0\udc80\udc80'],
    ['a UTF-8-encoded surrogate', bytes([0xed, 0xa0, 0x80], 'x'), '\udced\udca0\udc80x'],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), '\udcf4\udc90\udc80\udc80'],
    ['a broken sequence before a valid one', bytes([0xe2, 0x82, 0xe2, 0x82, 0xac]), '\udce2\udc82\u20ac'],
    ['a trailing 0xff', bytes('ok', [0xff]), 'ok\udcff'],
  ])('%s', (_, input, expected) => {
    expect(pyFsDecode(input)).toBe(expected);
    // and back to the same bytes for fs calls
    const back = fsPath(expected);
    expect(Buffer.isBuffer(back) ? back : Buffer.from(back, 'utf8')).toEqual(input);
  });

  it('keeps a name without escaped bytes a string (an astral pair is not an escape)', () => {
    expect(fsPath('a/\u{1f600}.txt')).toBe('a/\u{1f600}.txt');
  });
});

const SECRET = 'aws = "AKIAIOSFODNN7EXAMPLQ"\n';

function nonUtf8Tree(dir: string): void {
  fs.writeFileSync(bytes(dir, '/caf', [0xe9], '.txt'), SECRET);
  fs.mkdirSync(bytes(dir, '/d', [0xff], 'ir'));
  fs.writeFileSync(bytes(dir, '/d', [0xff], 'ir/inner.py'), SECRET);
  fs.writeFileSync(path.join(dir, 'plain.txt'), SECRET);
}

describe('secrets scan over non-UTF-8 file names', () => {
  it('--all-files scans them under their Python names, written as JSON escapes', async () => {
    const dir = tempDir();
    nonUtf8Tree(dir);
    const r = await run(dir, ['scan', '--all-files', '.']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).results as Record<string, Array<{ type: string }>>;
    expect(Object.keys(results)).toEqual(['caf\udce9.txt', 'd\udcffir/inner.py', 'plain.txt']);
    expect(results['caf\udce9.txt']!.map((e) => e.type)).toEqual(['AWS Access Key']);
    expect(r.stdout).toContain('"caf\\udce9.txt": [');
    expect(r.stdout).toContain('"filename": "d\\udcffir/inner.py"');
  });

  it('git mode skips them (git ls-files quotes them), as detect-secrets does', async () => {
    const dir = gitRepo();
    nonUtf8Tree(dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'tree');
    const r = await run(dir, ['scan', '.']);
    expect(Object.keys(JSON.parse(r.stdout).results)).toEqual(['plain.txt']);
  });
});
