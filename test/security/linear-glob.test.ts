// Globs from .clawlint.yml (include, exclude, paths, envFiles) run on RE2 through
// src/policy/glob.ts. picomatch (the matcher they replace) is the oracle on short paths, where
// backtracking is harmless; a hostile glob on a long name must not stall (vitest timeout = guard).
import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { compileGlob, expandGlob, matchesAny } from '../../src/policy/glob.js';

const CASES: [string, string][] = [
  ['**/*.json', 'a/b.json'],
  ['**/*.json', 'b.json'],
  ['**/*.json', 'b.json5'],
  ['docs/**', 'docs/a/b'],
  ['docs/**', 'docs'],
  ['docs/**', 'documents/a'],
  ['src/{a,b}/*.ts', 'src/a/x.ts'],
  ['src/{a,b}/*.ts', 'src/c/x.ts'],
  ['*.{yml,yaml}', 'x.yaml'],
  ['*.{yml,yaml}', 'd/x.yaml'],
  ['**', 'a/b'],
  ['a/**/b', 'a/b'],
  ['a/**/b', 'a/x/y/b'],
  ['?.json', 'a.json'],
  ['?.json', 'ab.json'],
  ['[abc].json', 'b.json'],
  ['[!abc].json', 'b.json'],
  ['+(a|b).json', 'ab.json'],
  ['@(a|b)', 'a'],
  ['foo', 'foo'],
  ['foo', 'foo/bar'],
  ['**/.env*', 'x/.env.local'],
  ['a/*', 'a/b'],
  ['a/*', 'a/b/c'],
  ['!a/**', 'b/c'],
  ['!a/**', 'a/c'],
  ['*(a)', 'aa'],
  ['./x/*.json', 'x/y.json'],
  ['x/**/*.yaml', 'x/.hidden/y.yaml'],
  ['deploy/**/openclaw.json', 'deploy/prod/openclaw.json'],
];

describe('repository globs on the linear engine', () => {
  it('match as picomatch does (dot: true) on repository paths', () => {
    expect(CASES.map(([g, f]) => compileGlob(g).test(f))).toEqual(
      CASES.map(([g, f]) => picomatch.isMatch(f, g, { dot: true })),
    );
  });

  it('refuse what RE2 cannot run, matching nothing', () => {
    expect(compileGlob('!(x)')).toMatchObject({ refused: expect.stringContaining('look-ahead') });
    expect(matchesAny('y', ['!(x)'])).toBe(false);
  });

  it('do not stall on a glob that backtracks catastrophically in picomatch', () => {
    const name = 'a'.repeat(4000);
    expect(matchesAny(name, ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'])).toBe(false);
    expect(matchesAny(`${name}b`, ['**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'])).toBe(true);
    expect(expandGlob('.', `${'*a'.repeat(30)}*b`)).toEqual([]);
  });
});
