/**
 * A private copy of a chart for helm: regular files only, symlinks dropped, size-capped. Helm
 * follows symlinks when it loads a chart directory, so rendering the copy keeps `.Files.Get` and
 * every template inside the chart even when the scanned tree links elsewhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MAX_STAGED_FILES = 5000;
export const MAX_STAGED_BYTES = 64 * 1024 * 1024;

export type Staged = { ok: true; dir: string; cleanup: () => void } | { ok: false; reason: string };

export function stageDirectory(src: string, name: string): Staged {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-chart-'));
  const dest = path.join(root, name);
  const cleanup = () => fs.rmSync(root, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const copy = (from: string, to: string): string | undefined => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) {
        const r = copy(a, b);
        if (r) return r;
      } else if (e.isFile()) {
        const size = fs.statSync(a).size;
        files++;
        bytes += size;
        if (files > MAX_STAGED_FILES) return `more than ${MAX_STAGED_FILES} files`;
        if (bytes > MAX_STAGED_BYTES) return `more than ${MAX_STAGED_BYTES / 1024 / 1024} MB of files`;
        fs.copyFileSync(a, b);
      }
      // symlinks, sockets, devices: left out
    }
    return undefined;
  };
  try {
    const problem = copy(src, dest);
    if (problem) {
      cleanup();
      return { ok: false, reason: `the chart has ${problem}` };
    }
    return { ok: true, dir: dest, cleanup };
  } catch (err) {
    cleanup();
    return { ok: false, reason: `cannot copy the chart: ${(err as Error).message}` };
  }
}
