#!/usr/bin/env node
// The real-world config corpus for the per-release differential (docs/versions.md).
// The configs themselves are never committed (they are other people's files and may hold
// secrets): test/differential/corpus/index.json pins each one (repository, path, commit, blob,
// sha256) and this script re-collects them into the cache.
//
//   node scripts/differential/corpus.mjs index [mirrors-dir]   add the configs of new git mirrors to the index
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
/**
 * Where repositories keep the config, in the order tried: the repository root (a copy of
 * ~/.openclaw), the state dir itself committed, and a config/ dir mounted into a container.
 * One config per repository: the first path that exists.
 */
const FILES = ['openclaw.json', '.openclaw/openclaw.json', 'config/openclaw.json'];

export const corpusDir = () => path.join(cacheDir(), 'corpus');
/** The name of an index entry in results and filters: the repository, plus the path when it is not the root. */
export const entryId = (e) => (e.path === FILES[0] ? e.repo : `${e.repo}:${e.path}`);
/** Cache file name of an index entry. */
export const entryFile = (e) => path.join(corpusDir(), `${entryId(e).replace(/[/:]/g, '+')}.json`);

const git = (dir, args) =>
  execFileSync('git', ['-C', dir, ...args], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/** The newest commit of a mirror in which `file` exists: the pinned version of that repository's config. */
function pinned(gitDir, file) {
  let commits;
  try {
    commits = git(gitDir, ['rev-list', '--all', '--', file]).toString().split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  for (const c of commits) {
    try {
      const blob = git(gitDir, ['rev-parse', `${c}:${file}`])
        .toString()
        .trim();
      return { commit: c, blob, bytes: git(gitDir, ['cat-file', 'blob', blob]) };
    } catch {
      // deleted in this commit: the one before still has it
    }
  }
  return undefined;
}

/**
 * Adds the mirrors' configs to the index; entries already there keep their pins (results.json
 * refers to them), so the index only grows.
 */
function buildIndex(mirrors) {
  const entries = fs.existsSync(INDEX) ? JSON.parse(fs.readFileSync(INDEX, 'utf8')) : [];
  const indexed = new Set(entries.map((e) => e.repo));
  let added = 0;
  for (const d of fs.readdirSync(mirrors).sort()) {
    const gitDir = path.join(mirrors, d, 'repo');
    const name = d.replace('+', '/');
    if (!d.includes('+') || indexed.has(name) || !fs.existsSync(gitDir)) continue;
    for (const file of FILES) {
      const p = pinned(gitDir, file);
      if (!p) continue;
      if (p.bytes.length > 0 && p.bytes.length <= 512 * 1024) {
        entries.push({ repo: name, path: file, commit: p.commit, blob: p.blob, sha256: sha256(p.bytes) });
        added++;
      }
      break;
    }
  }
  entries.sort((a, b) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0)); // code-unit order, as readdir sorts
  fs.mkdirSync(path.dirname(INDEX), { recursive: true });
  fs.writeFileSync(INDEX, `${JSON.stringify(entries, null, 1)}\n`);
  console.log(`${added} configs added, ${entries.length} indexed in ${path.relative(repo, INDEX)}`);
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
