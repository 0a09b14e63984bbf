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
import { buildSettings, scanFileSync, type SettingsSource } from './scan.js';

/**
 * How a scan uses worker threads. `workers` is the user's choice (the CLI reads
 * `CLAWLINT_SECRETS_WORKERS`); the rest exists for tests, which need to force each path of the
 * pool (all files through workers, a late start, workers that die) on any machine.
 */
export interface PoolOptions {
  /** 0: no workers; N: N workers started at once; absent: chosen from the cores and the scan's length. */
  workers?: number;
  /** The worker script (default: `secrets-worker.js` beside this bundle). */
  entry?: string;
  /** The main thread leaves every file to the workers while one is alive. */
  workersOnly?: boolean;
  /** Workers start after the first file, as on two cores once the scan proves long. */
  late?: boolean;
  /** Every worker exits on its first job, so the main thread must rescan what it held. */
  failWorkers?: boolean;
  /** Told, after a pooled scan, how many of the files handed to the pool the workers scanned. */
  onStats?: (workerFiles: number, files: number) => void;
}

interface WorkerInit {
  clawlintSecretsWorker: true;
  cwd: string;
  source: SettingsSource;
  failOnJob: boolean;
}

interface Job {
  id: number;
  files: Array<[number, string]>;
}

type WorkerMessage = { ready: true } | { id: number; results: Array<[number, PotentialSecret[]]>; failed: string[] };

/** The worker script beside this module in the built bundle; null when not bundled or disabled. */
function workerEntry(options: PoolOptions): string | null {
  if (options.workers === 0 || !isMainThread) return null;
  if (options.entry !== undefined) return existsSync(options.entry) ? options.entry : null;
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

/** Workers asked for explicitly, else 0. */
function requestedWorkers(options: PoolOptions): number {
  const n = options.workers;
  return n !== undefined && Number.isInteger(n) && n > 0 ? Math.min(n, 16) : 0;
}

function workerCount(options: PoolOptions): number {
  // The main thread scans too: one worker per remaining core.
  return requestedWorkers(options) || Math.max(1, Math.min(cores() - 1, 7));
}

/**
 * Whether workers should start before the files are even listed. With four cores or more a
 * worker has a core to itself and pays off on any sizeable tree. With two, a single-threaded
 * scan already keeps the second core busy with V8's compiler and GC threads, and a worker
 * (its start-up, its own JIT warm-up) only pays off on a long scan: there scanFiles decides
 * once the scan has run a while (see WORKER_PAYOFF_MS).
 */
export function eagerWorkers(options: PoolOptions): boolean {
  if (options.late || options.workers === 0) return false;
  return requestedWorkers(options) > 0 || cores() >= 4;
}

const WORKER_BATCH = 24;
const MAIN_BATCH = 4;
const YOUNG_MB = 8;

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  finished: boolean;
  jobs: Set<number>;
  /** Files this worker scanned (for PoolOptions.onStats). */
  scanned: number;
}

/** A scan in progress: the queue, the results and the jobs handed out. */
interface Run {
  files: string[];
  perFile: Array<PotentialSecret[] | undefined>;
  /** The scan's failures collector: files an internal error kept from being scanned. */
  failed: string[];
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
    private readonly options: PoolOptions,
  ) {
    const init: WorkerInit = {
      clawlintSecretsWorker: true,
      cwd,
      source: settings.source!,
      failOnJob: options.failWorkers === true,
    };
    for (let i = 0; i < workerCount(options); i++) {
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

  /**
   * Scans `files` (already filtered by the file filters); the findings come in file order, and
   * the files an internal error kept from being scanned are added to `failed`.
   */
  async scan(files: string[], failed: string[]): Promise<PotentialSecret[]> {
    const done = new Promise<void>((finish) => {
      this.run = { files, perFile: new Array(files.length), failed, next: 0, pending: new Map(), orphaned: [], finish };
    });
    const run = this.run!;
    for (const w of this.workers) if (w.ready) this.feed(w);
    // The main thread works too, in small batches, yielding so worker messages are handled.
    const mainScans = !this.options.workersOnly || this.workers.every((w) => w.finished);
    while (mainScans) {
      const batch = this.take(run, MAIN_BATCH);
      if (!batch.length) break;
      for (const [index, file] of batch) run.perFile[index] = scanFileSync(this.cwd, file, this.settings, failed);
      await new Promise<void>((r) => setImmediate(r));
    }
    this.maybeFinish();
    await done;
    // What failed workers held, and (when every worker is gone) what nobody took.
    for (const [index, file] of [...run.orphaned, ...this.take(run, Infinity)]) {
      run.perFile[index] ??= scanFileSync(this.cwd, file, this.settings, failed);
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
    run.failed.push(...msg.failed);
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
export function startWorkerPool(cwd: string, settings: ScanSettings, options: PoolOptions): WorkerPool | null {
  const entry = settings.source ? workerEntry(options) : null;
  return entry ? new WorkerPool(cwd, settings, entry, options) : null;
}

/** The worker side (secrets-worker.js): serves jobs until the parent terminates it. */
export function serveWorker(): void {
  const init = workerData as WorkerInit | undefined;
  if (isMainThread || !parentPort || !init?.clawlintSecretsWorker) return;
  const port = parentPort;
  const settings = buildSettings(init.source.plugins, init.source.filters, init.source.extras);
  port.on('message', (job: Job) => {
    // PoolOptions.failWorkers: a test of the main thread's rescue of a dead worker's files.
    if (init.failOnJob) process.exit(70);
    const results: Array<[number, PotentialSecret[]]> = [];
    const failed: string[] = [];
    for (const [index, file] of job.files) results.push([index, scanFileSync(init.cwd, file, settings, failed)]);
    port.postMessage({ id: job.id, results, failed } satisfies WorkerMessage);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
