/**
 * Parallel scanning over worker threads. Workers run the same bundle as the CLI (`dist/cli.js`
 * and its chunks, started as `secrets __worker`), read files by path and scan them; the main thread also scans
 * small batches while it dispatches. Results are stored by file index, so the merged output is
 * in file order whatever the timing. Used only when this module is part of the running main
 * script (never from vitest's TypeScript sources or from the Action bundle, whose top level
 * would start the Action again).
 */
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PotentialSecret, ScanSettings } from './scan-file.js';
import { buildSettings, scanFileSync, type SettingsSource } from './scan.js';

interface WorkerInit {
  clawlintSecretsWorker: true;
  cwd: string;
  source: SettingsSource;
}

interface Job {
  id: number;
  files: Array<[number, string]>;
}

interface JobResult {
  id: number;
  results: Array<[number, PotentialSecret[]]>;
}

/** The script a worker must load, or null when workers cannot be used safely here. */
export function workerEntry(): string | null {
  const env = process.env.CLAWLINT_SECRETS_WORKERS;
  if (env === '0' || !isMainThread) return null;
  let self: string;
  try {
    self = fileURLToPath(import.meta.url);
  } catch {
    return null;
  }
  if (!/\.m?js$/.test(self) || !process.argv[1]) return null;
  try {
    // The bundle is split into chunks next to the entry: a worker starts the CLI entry itself.
    const main = realpathSync(process.argv[1]);
    const here = realpathSync(self);
    if (main === here) return here;
    return path.basename(main) === 'cli.js' && path.dirname(main) === path.dirname(here) ? main : null;
  } catch {
    return null;
  }
}

export function workerCount(): number {
  const env = Number(process.env.CLAWLINT_SECRETS_WORKERS);
  if (Number.isInteger(env) && env > 0) return Math.min(env, 16);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // The main thread scans too: one worker per remaining core.
  return Math.max(1, Math.min(cores - 1, 7));
}

const WORKER_BATCH = 24;
const MAIN_BATCH = 4;
const YOUNG_MB = 8;

/**
 * Scans `files` (already filtered by the file filters) and returns the findings in file order.
 * Falls back to scanning in this thread whenever a worker fails.
 */
export async function scanInParallel(
  cwd: string,
  files: string[],
  settings: ScanSettings,
  entry: string,
): Promise<PotentialSecret[]> {
  const perFile: Array<PotentialSecret[] | undefined> = new Array(files.length);
  let next = 0;
  const take = (n: number): Array<[number, string]> => {
    const batch: Array<[number, string]> = [];
    while (batch.length < n && next < files.length) {
      batch.push([next, files[next]!]);
      next++;
    }
    return batch;
  };
  const init: WorkerInit = { clawlintSecretsWorker: true, cwd, source: settings.source! };
  const pending = new Map<number, Job>();
  let jobId = 0;
  const orphaned: Array<[number, string]> = [];

  const done = new Promise<void>((resolveAll) => {
    let live = 0;
    const maybeFinish = (): void => {
      if (live === 0 && pending.size === 0) resolveAll();
    };
    const send = (w: Worker): boolean => {
      const files = take(WORKER_BATCH);
      if (!files.length) return false;
      const job = { id: jobId++, files };
      pending.set(job.id, job);
      (w as Worker & { jobs?: Set<number> }).jobs!.add(job.id);
      w.postMessage(job);
      return true;
    };
    for (let i = 0; i < workerCount(); i++) {
      // A smaller young generation keeps the worker's share of peak RSS down; scanning garbage is short-lived.
      const w = new Worker(entry, {
        argv: ['secrets', '__worker'], workerData: init, stdout: false, stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
      });
      const jobs = new Set<number>();
      (w as Worker & { jobs?: Set<number> }).jobs = jobs;
      live++;
      let finished = false;
      const retire = (): void => {
        if (finished) return;
        finished = true;
        live--;
        // Whatever it still held is scanned by the main thread.
        for (const id of jobs) {
          const job = pending.get(id);
          if (job) orphaned.push(...job.files);
          pending.delete(id);
        }
        jobs.clear();
        void w.terminate();
        maybeFinish();
      };
      w.on('message', (msg: JobResult) => {
        for (const [index, found] of msg.results) perFile[index] = found;
        pending.delete(msg.id);
        jobs.delete(msg.id);
        if (!send(w) && jobs.size === 0) retire();
      });
      w.on('error', retire);
      w.on('exit', retire);
      // Two batches in flight so a worker never waits for the main thread.
      if (!send(w) || !send(w)) {
        if (jobs.size === 0) retire();
      }
    }
    maybeFinish();
  });

  // The main thread works too, in small batches, yielding so worker messages are handled.
  for (;;) {
    const batch = take(MAIN_BATCH);
    if (!batch.length) break;
    for (const [index, file] of batch) perFile[index] = scanFileSync(cwd, file, settings);
    await new Promise<void>((r) => setImmediate(r));
  }
  await done;
  for (const [index, file] of orphaned) perFile[index] ??= scanFileSync(cwd, file, settings);
  const out: PotentialSecret[] = [];
  for (const list of perFile) if (list) out.push(...list);
  return out;
}

let running: Promise<number> | null = null;

/** The worker side: `clawlint secrets __worker`. Resolves when the parent goes away. */
export function runWorker(): Promise<number> {
  const init = workerData as WorkerInit | undefined;
  if (isMainThread || !parentPort || !init?.clawlintSecretsWorker) return Promise.resolve(2);
  if (running) return running;
  const port = parentPort;
  const settings = buildSettings(init.source.plugins, init.source.filters, init.source.extras);
  running = new Promise<number>((resolve) => {
    port.on('message', (job: Job) => {
      const results: Array<[number, PotentialSecret[]]> = [];
      for (const [index, file] of job.files) results.push([index, scanFileSync(init.cwd, file, settings)]);
      port.postMessage({ id: job.id, results } satisfies JobResult);
    });
    port.on('close', () => resolve(0));
  });
  return running;
}

// A worker serves as soon as this module loads, whichever bundle and argv started it.
if (!isMainThread && (workerData as WorkerInit | undefined)?.clawlintSecretsWorker) void runWorker();
