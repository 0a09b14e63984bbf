/**
 * A private copy of a chart for helm: regular files only, symlinks dropped, size-capped. Helm
 * follows symlinks when it loads a chart directory, so rendering the copy keeps `.Files.Get` and
 * every template inside the chart even when the scanned tree links elsewhere.
 */
import { allowedRoots, readConfinedBytes, realOrSelf, writeConfined } from '../../core/fs-confined.js';
import { walk } from '../../core/walk.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MAX_STAGED_FILES = 5000;
export const MAX_STAGED_BYTES = 64 * 1024 * 1024;
/** What one listing of a chart may count, files and directories alike (bounds a hostile tree). */
const MAX_STAGED_ENTRIES = 4 * MAX_STAGED_FILES;

export type Staged = { ok: true; dir: string; cleanup: () => void } | { ok: false; reason: string };

/** Regular files under a chart directory (no symlinks, no .git), with the same caps as the staged copy. */
export function chartFiles(src: string): { ok: true; files: string[] } | { ok: false; reason: string } {
  // The repository's one walker (confined, fixed order); .gitignore does not apply: helm packs what is there.
  const listed = walk(src, {
    roots: allowedRoots(),
    skipDirs: ['.git'],
    want: (e) => e.dirent.isFile(), // symlinks, sockets, devices: left out
    maxEntries: MAX_STAGED_ENTRIES,
  });
  if (!listed.listed || listed.unreadable.length)
    return { ok: false, reason: 'cannot read the chart: a directory is missing, outside the workspace or a symlink' };
  if (listed.stoppedIn)
    return { ok: false, reason: `the chart has more than ${MAX_STAGED_ENTRIES} files and directories` };
  if (listed.entries.length > MAX_STAGED_FILES)
    return { ok: false, reason: `the chart has more than ${MAX_STAGED_FILES} files` };
  let bytes = 0;
  for (const e of listed.entries) {
    bytes += fs.statSync(e.abs).size;
    if (bytes > MAX_STAGED_BYTES)
      return { ok: false, reason: `the chart has more than ${MAX_STAGED_BYTES / 1024 / 1024} MB of files` };
  }
  return { ok: true, files: listed.entries.map((e) => e.abs) };
}

export function stageDirectory(src: string, name: string): Staged {
  const listed = chartFiles(src);
  if (!listed.ok) return listed;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-chart-'));
  const realRoot = realOrSelf(root);
  const dest = path.join(root, name);
  const cleanup = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    fs.mkdirSync(dest, { recursive: true });
    for (const a of listed.files) {
      const b = path.join(dest, path.relative(src, a));
      fs.mkdirSync(path.dirname(b), { recursive: true });
      // Read through the confined reader (a file swapped for a symlink since the walk is refused),
      // written into clawlint's own private temp directory.
      const bytes = readConfinedBytes(a, MAX_STAGED_BYTES);
      if (!bytes.ok) throw new Error(`${path.relative(src, a)}: ${bytes.reason}`);
      writeConfined(b, bytes.bytes, { root: realRoot });
    }
    return { ok: true, dir: dest, cleanup };
  } catch (err) {
    cleanup();
    return { ok: false, reason: `cannot copy the chart: ${(err as Error).message}` };
  }
}
