// The one directory walker (src/core/walk.ts) and its three callers, on one scratch tree. Each
// line of TREE is a path and, beside it, who must find it:
//   discover  config discovery (clawlint lint .: config names, .gitignore, .git/node_modules skipped)
//   glob      expandGlob(root, '**/*.json') (policy `files:`; no .gitignore, regular files only)
//   merge     merge's report directory (every *.json file, .git and node_modules included)
// A path with nobody beside it must be found by none of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/core/walk.js';
import { discover } from '../../src/discovery.js';
import { expandReportArgs } from '../../src/merge/cli.js';
import { expandGlob } from '../../src/policy/glob.js';

const TREE = `
openclaw.json                    discover glob merge
notes.txt
a/openclaw.json5                 discover
a/report.json                    glob merge
a/b/prod.openclaw.json           discover glob merge
a/b/c/deep.openclaw.json5
ignored/openclaw.json            glob merge
skip.openclaw.json               glob merge
sub/openclaw.json5
sub/kept.openclaw.json           discover glob merge
node_modules/pkg/openclaw.json   merge
.git/openclaw.json               merge
`;
const GITIGNORES: Record<string, string> = {
  '.gitignore': 'ignored/\nskip.openclaw.json\ndeep.openclaw.json5\n',
  'sub/.gitignore': '*.json5\n',
};
// Symlinks: [link, target relative to the link's directory (or absolute), expectation beside it].
const LINKS: [string, string, string][] = [
  ['link.openclaw.json', 'a/b/prod.openclaw.json', 'discover'], // a file link inside: read by discovery only
  ['linkdir', 'a', ''], // a directory link: never entered, so a/* is not found twice
];
const PROBLEM_LINKS: [string, string, string][] = [
  ['out.openclaw.json', '<outside>', 'symlink points outside the scanned directory; not read'],
  ['gone.openclaw.json', 'nowhere.json', 'symlink target does not exist'],
];

let root: string;
let outside: string;

function expected(who: string): string[] {
  const lines = TREE.trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  return [
    ...lines.filter(([, ...w]) => w.includes(who)).map(([p]) => p!),
    ...LINKS.filter(([, , w]) => w.split(' ').includes(who)).map(([p]) => p),
  ].sort();
}

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-walk-')));
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-walk-out-')));
  fs.writeFileSync(path.join(outside, 'openclaw.json'), '{}\n');
  for (const line of TREE.trim().split('\n')) {
    const file = path.join(root, line.trim().split(/\s+/)[0]!);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{}\n');
  }
  for (const [rel, text] of Object.entries(GITIGNORES)) fs.writeFileSync(path.join(root, rel), text);
  for (const [link, target] of [...LINKS, ...PROBLEM_LINKS])
    fs.symlinkSync(target === '<outside>' ? path.join(outside, 'openclaw.json') : target, path.join(root, link));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('the callers find what is written beside each path', () => {
  it('config discovery', () => {
    const r = discover(['.'], { cwd: root });
    expect(r.files.map((f) => f.rel)).toEqual(expected('discover'));
    expect(r.problems.map((p) => `${p.rel}: ${p.message}`).sort()).toEqual(
      PROBLEM_LINKS.map(([link, , message]) => `${link}: ${message}`).sort(),
    );
  });

  it('policy globs', () => {
    expect(expandGlob(root, '**/*.json')).toEqual(expected('glob'));
  });

  it('merge report directories', () => {
    expect(expandReportArgs(root, ['.']).map((f) => f.label)).toEqual(expected('merge'));
  });
});

describe('walk', () => {
  it('keeps one order whatever the disk lists: files of a directory, then its directories by name', () => {
    const all = walk(root, { roots: root, skipDirs: [] }).entries.map((e) => e.rel);
    const regular = all.filter((p) => !LINKS.some(([l]) => l === p) && !PROBLEM_LINKS.some(([l]) => l === p));
    // The root's own entries come first (sorted), then a/ and everything under it, and so on.
    expect(regular).toEqual([
      '.gitignore',
      'notes.txt',
      'openclaw.json',
      'skip.openclaw.json',
      '.git/openclaw.json',
      'a/openclaw.json5',
      'a/report.json',
      'a/b/prod.openclaw.json',
      'a/b/c/deep.openclaw.json5',
      'ignored/openclaw.json',
      'node_modules/pkg/openclaw.json',
      'sub/.gitignore',
      'sub/kept.openclaw.json',
      'sub/openclaw.json5',
    ]);
  });

  it('stops at the entry after maxEntries and says where', () => {
    // Root entries by name: .git .gitignore a gone.openclaw.json ignored link.openclaw.json
    // linkdir node_modules notes.txt openclaw.json ...: the 10th is openclaw.json, the 11th stops.
    const r = walk(root, { roots: root, maxEntries: 10 });
    expect(r.entries.map((e) => e.rel)).toEqual([
      '.gitignore',
      'gone.openclaw.json',
      'link.openclaw.json',
      'linkdir',
      'notes.txt',
      'openclaw.json',
    ]);
    expect(r.stoppedIn).toBe(root);
    expect(r.seen).toBe(11);
  });

  it('honours the enclosing repository .gitignore when a subdirectory is walked', () => {
    // The tree's own .git/ makes its root the repository root; the root .gitignore drops deep.*.
    const names = walk(path.join(root, 'a'), { roots: root, gitignore: true }).entries.map((e) => e.rel);
    expect(names).toEqual(['openclaw.json5', 'report.json', 'b/prod.openclaw.json']);
    // ignored/ is ignored by the top-level .gitignore: walked itself, it is not silently empty.
    expect(walk(path.join(root, 'ignored'), { roots: root, gitignore: true }).entries.map((e) => e.rel)).toEqual([
      'openclaw.json',
    ]);
  });

  it('does not list a start that is a symlink unless asked, nor anything outside its roots', () => {
    expect(walk(path.join(root, 'linkdir'), { roots: root }).listed).toBe(false);
    expect(walk(path.join(root, 'linkdir'), { roots: root, followStartLink: true }).entries.map((e) => e.rel)).toEqual([
      'openclaw.json5',
      'report.json',
      'b/prod.openclaw.json',
      'b/c/deep.openclaw.json5',
    ]);
    expect(walk(outside, { roots: root }).listed).toBe(false);
  });
});
