#!/usr/bin/env node
// The real-world config corpus for the per-release differential (docs/versions.md).
// The configs themselves are never committed (they are other people's files and may hold
// secrets): test/differential/corpus/index.json pins each one (repository, path, commit, blob,
// sha256) and this script re-collects them into the cache.
//
//   node scripts/differential/corpus.mjs index [mirrors-dir]   rebuild the index from git mirrors
//   node scripts/differential/corpus.mjs fetch                 materialise every indexed config
//
// `fetch` reads each file from a local mirror when one exists (CLAWLINT_MIRRORS, default
// /work/.mirror/<owner>+<name>/repo), otherwise from a blobless clone of the GitHub repository;
// a file whose sha256 differs from the index is skipped with a note.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../openclaw-cache.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const INDEX = path.join(repo, 'test', 'differential', 'corpus', 'index.json');
const MIRRORS = process.env.CLAWLINT_MIRRORS || '/work/.mirror';
const FILE = 'openclaw.json';

export const corpusDir = () => path.join(cacheDir(), 'corpus');
/** Cache file name of an index entry. */
export const entryFile = (e) => path.join(corpusDir(), `${e.repo.replace('/', '+')}.json`);

const git = (dir, args) =>
  execFileSync('git', ['-C', dir, ...args], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/** The newest commit of a mirror in which FILE exists: the pinned version of that repository's config. */
function pinned(gitDir) {
  let commits;
  try {
    commits = git(gitDir, ['rev-list', '--all', '--', FILE]).toString().split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  for (const c of commits) {
    try {
      const blob = git(gitDir, ['rev-parse', `${c}:${FILE}`])
        .toString()
        .trim();
      return { commit: c, blob, bytes: git(gitDir, ['cat-file', 'blob', blob]) };
    } catch {
      // deleted in this commit: the one before still has it
    }
  }
  return undefined;
}

function buildIndex(mirrors) {
  const entries = [];
  for (const d of fs.readdirSync(mirrors).sort()) {
    const gitDir = path.join(mirrors, d, 'repo');
    if (!d.includes('+') || !fs.existsSync(gitDir)) continue;
    const p = pinned(gitDir);
    if (!p || p.bytes.length === 0 || p.bytes.length > 512 * 1024) continue;
    entries.push({ repo: d.replace('+', '/'), path: FILE, commit: p.commit, blob: p.blob, sha256: sha256(p.bytes) });
  }
  fs.mkdirSync(path.dirname(INDEX), { recursive: true });
  fs.writeFileSync(INDEX, `${JSON.stringify(entries, null, 1)}\n`);
  console.log(`${entries.length} configs indexed in ${path.relative(repo, INDEX)}`);
}

function readEntry(e) {
  const local = path.join(MIRRORS, e.repo.replace('/', '+'), 'repo');
  if (fs.existsSync(local)) return git(local, ['cat-file', 'blob', e.blob]);
  const clone = path.join(cacheDir(), 'corpus-clones', e.repo.replace('/', '+'));
  if (!fs.existsSync(clone))
    execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${e.repo}`, clone], {
      stdio: 'inherit',
    });
  return git(clone, ['show', `${e.commit}:${e.path}`]);
}

export function fetchCorpus({ quiet = false } = {}) {
  const entries = JSON.parse(fs.readFileSync(INDEX, 'utf8'));
  fs.mkdirSync(corpusDir(), { recursive: true, mode: 0o700 });
  const have = [];
  for (const e of entries) {
    const out = entryFile(e);
    if (fs.existsSync(out) && sha256(fs.readFileSync(out)) === e.sha256) {
      have.push(e);
      continue;
    }
    try {
      const bytes = readEntry(e);
      if (sha256(bytes) !== e.sha256) throw new Error('sha256 differs from the index');
      fs.writeFileSync(out, bytes, { mode: 0o600 });
      have.push(e);
    } catch (err) {
      if (!quiet) console.error(`skip ${e.repo}: ${String(err.message ?? err).split('\n')[0]}`);
    }
  }
  if (!quiet) console.log(`${have.length} of ${entries.length} configs in ${corpusDir()}`);
  return have;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'index') buildIndex(arg || MIRRORS);
  else if (cmd === 'fetch') fetchCorpus();
  else {
    console.error('usage: corpus.mjs index [mirrors-dir] | fetch');
    process.exit(2);
  }
}
