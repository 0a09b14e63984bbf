/**
 * Parallel scanning over worker threads. A worker runs `secrets-worker.js`, a small entry of
 * its own built beside the CLI and Action bundles (booting the whole CLI cost a fifth of a
 * second per worker), reads files by path and scans them; the main thread scans small
 * batches too while it dispatches. Workers are started before the file listing, so they boot
 * while the tree is walked, and get work only once they say they are ready. Results are
 * stored by file index, so the merged output is in file order whatever the timing.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PotentialSecret, ScanSettings } from './scan-file.js';
import { buildSettings, noteFailedFiles, scanFileSync, takeFailedFiles, type SettingsSource } from './scan.js';

interface WorkerInit {
  clawlintSecretsWorker: true;
  cwd: string;
  source: SettingsSource;
}

interface Job {
  id: number;
  files: Array<[number, string]>;
}

type WorkerMessage = { ready: true } | { id: number; results: Array<[number, PotentialSecret[]]>; failed: string[] };

/** The worker script beside this module in the built bundle; null when not bundled or disabled. */
export function workerEntry(): string | null {
  if (process.env.CLAWLINT_SECRETS_WORKERS === '0' || !isMainThread) return null;
  try {
    const url = new URL('./secrets-worker.js', import.meta.url);
    if (url.protocol !== 'file:') return null;
    const file = fileURLToPath(url);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Workers asked for explicitly (`CLAWLINT_SECRETS_WORKERS=N`), else 0. */
function requestedWorkers(): number {
  const env = Number(process.env.CLAWLINT_SECRETS_WORKERS);
  return Number.isInteger(env) && env > 0 ? Math.min(env, 16) : 0;
}

export function workerCount(): number {
  // The main thread scans too: one worker per remaining core.
  return requestedWorkers() || Math.max(1, Math.min(cores() - 1, 7));
}

/**
 * Whether workers should start before the files are even listed. With four cores or more a
 * worker has a core to itself and pays off on any sizeable tree. With two, a single-threaded
 * scan already keeps the second core busy with V8's compiler and GC threads, and a worker
 * (its start-up, its own JIT warm-up) only pays off on a long scan: there scanFiles decides
 * once the scan has run a while (see WORKER_PAYOFF_MS).
 */
export function eagerWorkers(): boolean {
  if (lateWorkersForced()) return false;
  return requestedWorkers() > 0 || cores() >= 4;
}

/** `CLAWLINT_SECRETS_WORKERS=late`: start the workers after the first file (a testing knob). */
export function lateWorkersForced(): boolean {
  return process.env.CLAWLINT_SECRETS_WORKERS === 'late';
}

const WORKER_BATCH = 24;
const MAIN_BATCH = 4;
const YOUNG_MB = 8;

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  finished: boolean;
  jobs: Set<number>;
  /** Files this worker scanned (for CLAWLINT_SECRETS_WORKER_STATS). */
  scanned: number;
}

/** A scan in progress: the queue, the results and the jobs handed out. */
interface Run {
  files: string[];
  perFile: Array<PotentialSecret[] | undefined>;
  next: number;
  pending: Map<number, Job>;
  orphaned: Array<[number, string]>;
  finish: () => void;
}

export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private run: Run | null = null;
  private jobId = 0;

  /** Starts the workers at once; they boot while the caller lists files. */
  constructor(
    private readonly cwd: string,
    private readonly settings: ScanSettings,
    entry: string,
  ) {
    const init: WorkerInit = { clawlintSecretsWorker: true, cwd, source: settings.source! };
    for (let i = 0; i < workerCount(); i++) {
      // A smaller young generation keeps the worker's share of peak RSS down; scanning garbage is short-lived.
      const worker = new Worker(entry, {
        workerData: init,
        stdout: false,
        stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
      });
      const w: PoolWorker = { worker, ready: false, finished: false, jobs: new Set(), scanned: 0 };
      this.workers.push(w);
      worker.on('message', (msg: WorkerMessage) => this.onMessage(w, msg));
      worker.on('error', () => this.retire(w));
      worker.on('exit', () => this.retire(w));
    }
  }

  /** Scans `files` (already filtered by the file filters); the findings come in file order. */
  async scan(files: string[]): Promise<PotentialSecret[]> {
    const done = new Promise<void>((finish) => {
      this.run = { files, perFile: new Array(files.length), next: 0, pending: new Map(), orphaned: [], finish };
    });
    const run = this.run!;
    for (const w of this.workers) if (w.ready) this.feed(w);
    // The main thread works too, in small batches, yielding so worker messages are handled
    // (CLAWLINT_SECRETS_WORKERS_ONLY=1 leaves everything to the workers: a testing knob).
    const mainScans = process.env.CLAWLINT_SECRETS_WORKERS_ONLY !== '1' || this.workers.every((w) => w.finished);
    while (mainScans) {
      const batch = this.take(run, MAIN_BATCH);
      if (!batch.length) break;
      for (const [index, file] of batch) run.perFile[index] = scanFileSync(this.cwd, file, this.settings);
      await new Promise<void>((r) => setImmediate(r));
    }
    this.maybeFinish();
    await done;
    // What failed workers held, and (when every worker is gone) what nobody took.
    for (const [index, file] of [...run.orphaned, ...this.take(run, Infinity)]) {
      run.perFile[index] ??= scanFileSync(this.cwd, file, this.settings);
    }
    this.run = null;
    const out: PotentialSecret[] = [];
    for (const list of run.perFile) if (list) out.push(...list);
    return out;
  }

  /** Files scanned by workers so far. */
  get workerFiles(): number {
    return this.workers.reduce((n, w) => n + w.scanned, 0);
  }

  close(): void {
    for (const w of this.workers) {
      w.finished = true;
      void w.worker.terminate();
    }
  }

  private take(run: Run, n: number): Array<[number, string]> {
    const batch: Array<[number, string]> = [];
    while (batch.length < n && run.next < run.files.length) {
      batch.push([run.next, run.files[run.next]!]);
      run.next++;
    }
    return batch;
  }

  /** Keeps two batches in flight so a worker never waits for the main thread. */
  private feed(w: PoolWorker): void {
    const run = this.run;
    if (!run || w.finished) return;
    while (w.jobs.size < 2) {
      const files = this.take(run, WORKER_BATCH);
      if (!files.length) break;
      const job = { id: this.jobId++, files };
      run.pending.set(job.id, job);
      w.jobs.add(job.id);
      w.worker.postMessage(job);
    }
  }

  private onMessage(w: PoolWorker, msg: WorkerMessage): void {
    if ('ready' in msg) {
      w.ready = true;
      this.feed(w);
      return;
    }
    const run = this.run;
    w.jobs.delete(msg.id);
    if (!run) return;
    for (const [index, found] of msg.results) run.perFile[index] = found;
    noteFailedFiles(msg.failed);
    w.scanned += msg.results.length;
    run.pending.delete(msg.id);
    this.feed(w);
    this.maybeFinish();
  }

  /** A worker that failed or exited: whatever it still held is scanned by the main thread. */
  private retire(w: PoolWorker): void {
    if (w.finished) return;
    w.finished = true;
    const run = this.run;
    if (run) {
      for (const id of w.jobs) {
        const job = run.pending.get(id);
        if (job) run.orphaned.push(...job.files);
        run.pending.delete(id);
      }
    }
    w.jobs.clear();
    void w.worker.terminate();
    this.maybeFinish();
  }

  private maybeFinish(): void {
    const run = this.run;
    if (run && run.pending.size === 0 && (run.next >= run.files.length || this.workers.every((w) => w.finished)))
      run.finish();
  }
}

/** Starts a pool when workers are available here; null means: scan in this thread. */
export function startWorkerPool(cwd: string, settings: ScanSettings): WorkerPool | null {
  const entry = settings.source ? workerEntry() : null;
  return entry ? new WorkerPool(cwd, settings, entry) : null;
}

/** The worker side (secrets-worker.js): serves jobs until the parent terminates it. */
export function serveWorker(): void {
  const init = workerData as WorkerInit | undefined;
  if (isMainThread || !parentPort || !init?.clawlintSecretsWorker) return;
  const port = parentPort;
  const settings = buildSettings(init.source.plugins, init.source.filters, init.source.extras);
  // CLAWLINT_SECRETS_WORKERS_FAIL=1: the worker dies on its first job (a testing knob for the
  // main thread's rescue of a failed worker's files).
  const failOnJob = process.env.CLAWLINT_SECRETS_WORKERS_FAIL === '1';
  port.on('message', (job: Job) => {
    if (failOnJob) process.exit(70);
    const results: Array<[number, PotentialSecret[]]> = [];
    for (const [index, file] of job.files) results.push([index, scanFileSync(init.cwd, file, settings)]);
    port.postMessage({ id: job.id, results, failed: takeFailedFiles() } satisfies WorkerMessage);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
