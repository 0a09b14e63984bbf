/** Scans many files: read, UTF-8-or-skip, per-file scan; builds settings from defaults or a baseline. */
import { Buffer } from 'node:buffer';
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { BaselineError, FILTER, HEURISTICS, patternsOf, type BaselineEntry, type FilterConfig } from './baseline.js';
import { compileLinear, type LinearRegex } from '../core/linear-regex.js';
import { quoteForMessage } from '../core/quote.js';
import { extraType, stateFileKind } from './extras.js';
import { createPlugin, type Plugin, type PluginConfig } from './plugins/index.js';
import { eagerWorkers, startWorkerPool, type PoolOptions, type WorkerPool } from './pool.js';
import { isFileExcluded, scanText, sha1, type PotentialSecret, type ScanSettings } from './scan-file.js';
import { isBaselineFile } from './filters.js';
import { fsPath } from './fs-names.js';

/** A filter regex from a baseline or the command line that the linear engine cannot run. */
export class FilterRegexError extends BaselineError {
  constructor(
    readonly filter: string,
    readonly pattern: string,
    readonly reason: string,
    readonly index: number,
  ) {
    super(
      `filter ${filter.split('.').pop()} pattern ${quoteForMessage(pattern)} cannot run: ${reason} (at offset ${index}); nothing was scanned`,
    );
  }
}

/**
 * Compiles a user (Python `re`) regex for the linear engine (src/core/linear-regex.ts): filter
 * patterns come from the repository's baseline, so they must not backtrack. One it cannot run
 * is an error, never a silent skip (a dropped exclude would change the baseline).
 */
export function compileUserRegex(source: string, filter = 'filter'): LinearRegex {
  const r = compileLinear(source, 'python');
  if (!r.ok) throw new FilterRegexError(filter, source, r.reason, r.index);
  return r.re;
}

/** What settings are built from: plain data, so a worker thread can rebuild them. */
export interface SettingsSource {
  plugins: PluginConfig[];
  filters: FilterConfig[];
  extras: string[];
}

export function buildSettings(plugins: PluginConfig[], filters: FilterConfig[], extras: string[] = []): ScanSettings {
  // A baseline written with `--disable-filter` lists fewer filters, and detect-secrets then runs without them.
  const listed = new Set(filters.map((f) => f.path));
  const off = new Set([FILTER.allowlist, ...HEURISTICS].filter((f) => !listed.has(f)));
  const settings: ScanSettings = {
    plugins: plugins
      .map(createPlugin)
      .filter((p) => p !== undefined)
      .map((p) => (off.has(NOT_ALPHANUMERIC) ? withoutAlphanumericShortcut(p) : p)),
    off,
    excludeFiles: patternsOf(filters, FILTER.excludeFile).map((p) => compileUserRegex(p, FILTER.excludeFile)),
    excludeLines: patternsOf(filters, FILTER.excludeLine).map((p) => compileUserRegex(p, FILTER.excludeLine)),
    excludeSecrets: patternsOf(filters, FILTER.excludeSecret).map((p) => compileUserRegex(p, FILTER.excludeSecret)),
    source: { plugins, filters, extras },
  };
  if (extras.length) settings.extras = new Set(extras);
  const baselineFilter = filters.find((f) => f.path === FILTER.baselineFile);
  if (typeof baselineFilter?.filename === 'string') settings.baselineFilename = baselineFilter.filename;
  return settings;
}

const NOT_ALPHANUMERIC = 'detect_secrets.filters.heuristic.is_not_alphanumeric_string';

/**
 * IPPublicDetector is skipped (prefilter `false`) because `is_not_alphanumeric_string` drops
 * every candidate it could find; without that filter it runs on every line.
 */
function withoutAlphanumericShortcut(p: Plugin): Plugin {
  return p.prefilter === false ? { ...p, prefilter: null } : p;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One growing read buffer per thread: cheaper than a fresh Buffer per file. */
let scratch = Buffer.allocUnsafe(1 << 16);

/** Decoded text, or null when detect-secrets would skip the file (not a regular file, not UTF-8). */
const OPEN_FLAGS =
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Realpaths of scan roots (one lookup per root, not per file). */
const realRoots = new Map<string, string>();

/**
 * A symlinked file is read through its real path only when that stays inside `root`, as
 * detect-secrets 1.5.0 does ("links leaving the root are skipped"); a link to /proc/self/environ
 * is never read. Without `root` (a baseline's own files in `audit`), links are not followed.
 */
function followInside(abs: string, root: string | undefined): string | null {
  if (root === undefined) return null;
  let rootReal = realRoots.get(root);
  if (rootReal === undefined) realRoots.set(root, (rootReal = realOrSelf(root)));
  const real = realOrSelf(abs);
  const rel = path.relative(rootReal, real);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? real : null;
}

export function readTextSync(abs: string, root?: string): string | null {
  let fd = -1;
  try {
    // Non-blocking, so opening a FIFO returns at once; then the open file itself is checked
    // (one path lookup instead of a stat by path and an open). O_NOFOLLOW: a symlink fails with
    // ELOOP and is followed only when it stays inside the root.
    try {
      fd = openSync(fsPath(abs), OPEN_FLAGS);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOOP') throw err;
      const real = followInside(abs, root);
      if (real === null) return null;
      fd = openSync(real, OPEN_FLAGS);
    }
    const st = fstatSync(fd);
    if (!st.isFile()) return null;
    if (scratch.length <= st.size) scratch = Buffer.allocUnsafe(st.size + 1);
    let len = 0;
    for (;;) {
      if (len === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, len);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, len, scratch.length - len, null);
      if (n === 0) break;
      len += n;
    }
    return utf8.decode(scratch.subarray(0, len));
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** Async signature kept for callers; local reads are fastest synchronously. */
export function readText(abs: string, root?: string): Promise<string | null> {
  return Promise.resolve(readTextSync(abs, root));
}

/** One file that already passed the file filters; a file whose scan fails is added to `failed`. */
export function scanFileSync(cwd: string, file: string, settings: ScanSettings, failed: string[]): PotentialSecret[] {
  const text = readTextSync(path.resolve(cwd, file), cwd);
  if (text === null) return [];
  try {
    return scanText(file, text, settings);
  } catch {
    // A bug met on a hostile file must not end the scan of every other file; the file is
    // reported by name only (an error message may quote its content).
    failed.push(file);
    return [];
  }
}

/** What one scan found, and the files an internal error kept it from scanning (sorted). */
export interface ScanOutcome {
  secrets: PotentialSecret[];
  failed: string[];
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_MIN_FILES = 64;
/**
 * Without eager workers (two cores), the main thread scans alone for a while, then projects
 * the rest from its pace over the second half of that time (the first is JIT warm-up), and
 * starts a worker when the projected work would pay for it: a worker's start-up and warm-up
 * cost a few hundred milliseconds of the shared cores (measured: on 50 MiB a worker made the
 * scan slower, on 500 MiB 35-40% faster).
 */
const WARM_UP_MS = 250;
const DECIDE_AFTER_MS = 500;
const WORKER_PAYOFF_MS = 1000;

/**
 * Findings of all files, in file order (deterministic with or without workers), and the files
 * that could not be scanned. With `parallel`, worker threads help on larger sets: a pool
 * `started` earlier (so it booted while the files were listed) is used and closed; otherwise
 * one is started when the scan turns out long enough for it to pay off. `pool` says how
 * workers are used (the user's worker count; tests force each path).
 */
export async function scanFiles(
  cwd: string,
  files: string[],
  settings: ScanSettings,
  opts: { parallel?: boolean; started?: WorkerPool | null; pool?: PoolOptions } = {},
): Promise<ScanOutcome> {
  const options = opts.pool ?? {};
  const queue = files.filter((f) => !isFileExcluded(f, settings));
  const out: PotentialSecret[] = settings.extras?.has('openclaw-state-file') ? stateFiles(cwd, files, settings) : [];
  const failed: string[] = [];
  const parallel = opts.parallel === true && queue.length >= PARALLEL_MIN_FILES;
  if (!parallel) opts.started?.close();
  // With cores to spare, workers start now; otherwise only once the scan proves long (below).
  let pool = parallel
    ? (opts.started ?? (eagerWorkers(options) ? startWorkerPool(cwd, settings, options) : null))
    : null;
  try {
    let next = 0;
    if (!pool) {
      const start = performance.now();
      let decided = !parallel;
      let warm = -1; // files done when the warm-up ended
      for (; next < queue.length; next++) {
        out.push(...scanFileSync(cwd, queue[next]!, settings, failed));
        if (decided) continue;
        const elapsed = performance.now() - start;
        if (warm < 0 && elapsed >= WARM_UP_MS) warm = next + 1;
        if (elapsed < DECIDE_AFTER_MS && !options.late) continue;
        decided = true;
        const perFile = (DECIDE_AFTER_MS - WARM_UP_MS) / Math.max(1, next + 1 - warm);
        const worthIt = options.late === true || perFile * (queue.length - next - 1) > WORKER_PAYOFF_MS;
        if (worthIt && (pool = startWorkerPool(cwd, settings, options))) {
          next++;
          break;
        }
      }
    }
    if (pool && next < queue.length) {
      const rest = queue.slice(next);
      out.push(...(await pool.scan(rest, failed)));
      options.onStats?.(pool.workerFiles, rest.length);
    }
    return { secrets: out, failed: failed.sort() };
  } finally {
    pool?.close();
  }
}

/**
 * The `openclaw-state-file` extra: judged by path alone (also for binary or non-UTF-8 files),
 * honouring only `--exclude-files` and the baseline-file filter.
 */
function stateFiles(cwd: string, files: string[], settings: ScanSettings): PotentialSecret[] {
  const configDirs = new Map<string, boolean>();
  const hasConfig = (dir: string): boolean => {
    let v = configDirs.get(dir);
    if (v === undefined) configDirs.set(dir, (v = existsSync(path.resolve(cwd, dir, 'openclaw.json'))));
    return v;
  };
  const out: PotentialSecret[] = [];
  for (const file of files) {
    if (isBaselineFile(file, settings.baselineFilename)) continue;
    if (settings.excludeFiles.some((re) => re.test(file))) continue;
    const kind = stateFileKind(file, hasConfig);
    if (!kind) continue;
    out.push({
      type: extraType('openclaw-state-file'),
      filename: file,
      hashedSecret: sha1(`openclaw-state-file:${kind}`),
      lineNumber: 1,
      pluginName: 'openclaw-state-file',
      span: { line: 1, startColumn: 1, endColumn: 1 },
    });
  }
  return out;
}

export function toEntries(secrets: PotentialSecret[]): Map<string, BaselineEntry[]> {
  const results = new Map<string, BaselineEntry[]>();
  for (const s of secrets) {
    let list = results.get(s.filename);
    if (!list) results.set(s.filename, (list = []));
    list.push({
      type: s.type,
      filename: s.filename,
      hashed_secret: s.hashedSecret,
      is_verified: false,
      line_number: s.lineNumber,
    });
  }
  return results;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
