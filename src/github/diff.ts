/**
 * Changed files and lines of a pull request: from the API's `pulls.listFiles`
 * (unified-diff `patch` per file) or, when the API is unavailable, from
 * `git diff base...head` in the workspace. Only lines on the new side (added
 * or modified) count as changed: that is where GitHub shows annotations and
 * accepts review comments.
 */
import { execFile } from 'node:child_process';
import type { GitHubClient } from './client.js';

/** Changed lines per repo-relative file; `'all'` when the diff is unknown (binary, too large). */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** Added lines (new-side numbers) of one file's unified diff hunks. */
export function parsePatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (h) {
      next = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) lines.add(next++);
    else if (line.startsWith(' ') || line === '') next++;
    // '-' lines and '\ No newline at end of file' do not advance the new side.
  }
  return lines;
}

interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

/** What a pull request changed: lines of present files, paths it removed, and whether the list is complete. */
export interface PullChanges {
  changed: ChangedLines;
  /** Deleted paths (and the old name of a renamed file): an include or env file may be gone. */
  removed: string[];
  /** The list is incomplete (GitHub lists at most 3,000 files; a page limit was hit): scope is unknown. */
  truncated: boolean;
}

/** GitHub's pulls/{n}/files lists at most this many files. */
export const API_FILE_CAP = 3000;
const PAGE_SIZE = 100;

/**
 * `GET /repos/{owner}/{repo}/pulls/{n}/files`, every page. `expected` is the payload's
 * `changed_files`: fewer listed than that means the list was cut.
 */
export async function changedFromApi(
  client: GitHubClient,
  repo: string,
  pr: number,
  expected?: number,
): Promise<PullChanges> {
  const maxPages = API_FILE_CAP / PAGE_SIZE;
  const files = await client.paginate<PullFile>(`/repos/${repo}/pulls/${pr}/files`, maxPages);
  const changed: ChangedLines = new Map();
  const removed: string[] = [];
  for (const f of files) {
    if (!f || typeof f.filename !== 'string') continue;
    if (typeof f.previous_filename === 'string' && f.previous_filename !== f.filename)
      removed.push(f.previous_filename);
    if (f.status === 'removed') {
      removed.push(f.filename);
      continue;
    }
    changed.set(f.filename, typeof f.patch === 'string' && f.patch ? parsePatch(f.patch) : 'all');
  }
  const truncated =
    files.length >= API_FILE_CAP ||
    (typeof expected === 'number' && Number.isFinite(expected) && files.length < expected);
  return { changed, removed, truncated };
}

function git(cwd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
}

/** Split `git diff` output into per-file patches keyed by the new path; deleted paths go to `removed`. */
export function parseGitDiff(text: string, removed: string[] = []): ChangedLines {
  const out: ChangedLines = new Map();
  let file: string | undefined;
  let old: string | undefined;
  let buf: string[] = [];
  const flush = () => {
    if (file !== undefined) out.set(file, parsePatch(buf.join('\n')));
    buf = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      file = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      file = name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, '');
      if (file === undefined && old !== undefined) removed.push(old);
      old = undefined;
      continue;
    }
    if (line.startsWith('--- ')) {
      const name = line.slice(4);
      old = name === '/dev/null' ? undefined : unquote(name).replace(/^a\//, '');
      continue;
    }
    buf.push(line);
  }
  flush();
  return out;
}

/** git quotes paths with unusual bytes as C strings: "b/a\tb". */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name.replace(/\t$/, '');
  const body = name.slice(1, name.lastIndexOf('"'));
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = body[++i]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        ({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ??
          n.charCodeAt(0),
      );
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `git diff --unified=0 base...head` in the workspace (needs both commits fetched). */
export async function changedFromGit(
  cwd: string,
  base: string,
  head: string,
  timeoutMs = 10_000,
): Promise<PullChanges> {
  if (!/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head))
    throw new Error('base/head are not commit ids');
  const text = await git(cwd, [...DIFF, `${base}...${head}`, '--'], timeoutMs);
  const removed: string[] = [];
  const changed = parseGitDiff(text, removed);
  return { changed, removed, truncated: false };
}

/** `git diff` for changed lines: quoted names, no colour, no external diff or textconv driver, no rename pairing. */
const DIFF = [
  '-c',
  'core.quotePath=true',
  'diff',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--unified=0',
  '--no-renames',
];

/**
 * What the working tree changes relative to a trusted commit (the CLI's `--base REF`): tracked
 * changes, committed or not (`git diff --relative base`, paths relative to cwd), and every line of
 * an untracked file that git does not ignore.
 */
export async function changedSinceCommit(cwd: string, base: string, timeoutMs = 10_000): Promise<PullChanges> {
  if (!/^[0-9a-f]{7,64}$/i.test(base)) throw new Error('base is not a commit id');
  const text = await git(cwd, [...DIFF, '--relative', base, '--'], timeoutMs);
  const removed: string[] = [];
  const changed = parseGitDiff(text, removed);
  const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--', '.'], timeoutMs);
  for (const f of untracked.split('\0')) if (f) changed.set(f, 'all');
  return { changed, removed, truncated: false };
}
