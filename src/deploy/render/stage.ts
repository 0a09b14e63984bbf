/**
 * A private copy of a chart for helm: regular files only, symlinks dropped, size-capped. Helm
 * follows symlinks when it loads a chart directory, so rendering the copy keeps `.Files.Get` and
 * every template inside the chart even when the scanned tree links elsewhere.
 */
import { listDirConfinedOrThrow, readConfinedBytes, realOrSelf, writeConfined } from '../../core/fs-confined.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MAX_STAGED_FILES = 5000;
export const MAX_STAGED_BYTES = 64 * 1024 * 1024;

export type Staged = { ok: true; dir: string; cleanup: () => void } | { ok: false; reason: string };

/** Regular files under a chart directory (no symlinks, no .git), with the same caps as the staged copy. */
export function chartFiles(src: string): { ok: true; files: string[] } | { ok: false; reason: string } {
  const files: string[] = [];
  let bytes = 0;
  const walk = (dir: string): string | undefined => {
    for (const e of listDirConfinedOrThrow(dir)) {
      if (e.name === '.git') continue;
      const a = path.join(dir, e.name);
      if (e.isDirectory()) {
        const r = walk(a);
        if (r) return r;
      } else if (e.isFile()) {
        files.push(a);
        bytes += fs.statSync(a).size;
        if (files.length > MAX_STAGED_FILES) return `more than ${MAX_STAGED_FILES} files`;
        if (bytes > MAX_STAGED_BYTES) return `more than ${MAX_STAGED_BYTES / 1024 / 1024} MB of files`;
      }
      // symlinks, sockets, devices: left out
    }
    return undefined;
  };
  try {
    const problem = walk(src);
    return problem ? { ok: false, reason: `the chart has ${problem}` } : { ok: true, files };
  } catch (err) {
    return { ok: false, reason: `cannot read the chart: ${(err as Error).message}` };
  }
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
