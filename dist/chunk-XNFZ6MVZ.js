import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  quoteForMessage
} from "./chunk-QUQWNW22.js";
import {
  compileLinear,
  configHits,
  extraType,
  isAllowlistNextlineComment,
  isBaselineFile,
  isIndirectReference,
  isLikelyIdString,
  isLineAllowlisted,
  isLockFile,
  isNonTextFile,
  isNotAlphanumericString,
  isPotentialUuid,
  isPrefixedWithDollarSign,
  isSequentialString,
  isSwaggerFile,
  isTemplatedSecret,
  require_dist,
  stateFileKind,
  tokenHits
} from "./chunk-QRA3B4H6.js";
import {
  BaselineError,
  FILTER,
  HEURISTICS,
  patternsOf
} from "./chunk-6OAPYT3T.js";
import {
  createPlugin,
  pyRstrip,
  pyStrip,
  splitExt
} from "./chunk-2I57N62P.js";
import {
  fsPath
} from "./chunk-QTZD6J6D.js";
import {
  __toESM
} from "./chunk-M7CPPUSY.js";

// src/secrets/scan.ts
import { Buffer as Buffer2 } from "node:buffer";
import { closeSync, constants, existsSync as existsSync2, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";

// src/secrets/pool.ts
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
function workerEntry(options) {
  if (options.workers === 0 || !isMainThread) return null;
  if (options.entry !== void 0) return existsSync(options.entry) ? options.entry : null;
  try {
    const url = new URL("./secrets-worker.js", import.meta.url);
    if (url.protocol !== "file:") return null;
    const file = fileURLToPath(url);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
function cores() {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}
function requestedWorkers(options) {
  const n = options.workers;
  return n !== void 0 && Number.isInteger(n) && n > 0 ? Math.min(n, 16) : 0;
}
function workerCount(options) {
  return requestedWorkers(options) || Math.max(1, Math.min(cores() - 1, 7));
}
function eagerWorkers(options) {
  if (options.late || options.workers === 0) return false;
  return requestedWorkers(options) > 0 || cores() >= 4;
}
var WORKER_BATCH = 24;
var MAIN_BATCH = 4;
var YOUNG_MB = 8;
var WorkerPool = class {
  /** Starts the workers at once; they boot while the caller lists files. */
  constructor(cwd, settings, entry, options) {
    this.cwd = cwd;
    this.settings = settings;
    this.options = options;
    const init = {
      clawlintSecretsWorker: true,
      cwd,
      source: settings.source,
      failOnJob: options.failWorkers === true
    };
    for (let i = 0; i < workerCount(options); i++) {
      const worker = new Worker(entry, {
        workerData: init,
        stdout: false,
        stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB }
      });
      const w = { worker, ready: false, finished: false, jobs: /* @__PURE__ */ new Set(), scanned: 0 };
      this.workers.push(w);
      worker.on("message", (msg) => this.onMessage(w, msg));
      worker.on("error", () => this.retire(w));
      worker.on("exit", () => this.retire(w));
    }
  }
  cwd;
  settings;
  options;
  workers = [];
  run = null;
  jobId = 0;
  /**
   * Scans `files` (already filtered by the file filters); the findings come in file order, and
   * the files an internal error kept from being scanned are added to `failed`.
   */
  async scan(files, failed) {
    const done = new Promise((finish) => {
      this.run = { files, perFile: new Array(files.length), failed, next: 0, pending: /* @__PURE__ */ new Map(), orphaned: [], finish };
    });
    const run = this.run;
    for (const w of this.workers) if (w.ready) this.feed(w);
    const mainScans = !this.options.workersOnly || this.workers.every((w) => w.finished);
    while (mainScans) {
      const batch = this.take(run, MAIN_BATCH);
      if (!batch.length) break;
      for (const [index, file] of batch) run.perFile[index] = scanFileSync(this.cwd, file, this.settings, failed);
      await new Promise((r) => setImmediate(r));
    }
    this.maybeFinish();
    await done;
    for (const [index, file] of [...run.orphaned, ...this.take(run, Infinity)]) {
      run.perFile[index] ??= scanFileSync(this.cwd, file, this.settings, failed);
    }
    this.run = null;
    const out = [];
    for (const list of run.perFile) if (list) out.push(...list);
    return out;
  }
  /** Files scanned by workers so far. */
  get workerFiles() {
    return this.workers.reduce((n, w) => n + w.scanned, 0);
  }
  close() {
    for (const w of this.workers) {
      w.finished = true;
      void w.worker.terminate();
    }
  }
  take(run, n) {
    const batch = [];
    while (batch.length < n && run.next < run.files.length) {
      batch.push([run.next, run.files[run.next]]);
      run.next++;
    }
    return batch;
  }
  /** Keeps two batches in flight so a worker never waits for the main thread. */
  feed(w) {
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
  onMessage(w, msg) {
    if ("ready" in msg) {
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
  retire(w) {
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
  maybeFinish() {
    const run = this.run;
    if (run && run.pending.size === 0 && (run.next >= run.files.length || this.workers.every((w) => w.finished)))
      run.finish();
  }
};
function startWorkerPool(cwd, settings, options) {
  const entry = settings.source ? workerEntry(options) : null;
  return entry ? new WorkerPool(cwd, settings, entry, options) : null;
}
function serveWorker() {
  const init = workerData;
  if (isMainThread || !parentPort || !init?.clawlintSecretsWorker) return;
  const port = parentPort;
  const settings = buildSettings(init.source.plugins, init.source.filters, init.source.extras);
  port.on("message", (job) => {
    if (init.failOnJob) process.exit(70);
    const results = [];
    const failed = [];
    for (const [index, file] of job.files) results.push([index, scanFileSync(init.cwd, file, settings, failed)]);
    port.postMessage({ id: job.id, results, failed });
  });
  port.postMessage({ ready: true });
}

// src/secrets/scan-file.ts
import { createHash } from "node:crypto";

// src/secrets/filetype.ts
var BY_EXTENSION = {
  ".cls": "cls",
  ".example": "example",
  ".eyaml": "yaml",
  ".go": "go",
  ".java": "java",
  ".js": "javascript",
  ".m": "objective_c",
  ".php": "php",
  ".py": "python",
  ".pyi": "python",
  ".swift": "swift",
  ".tf": "terraform",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".cs": "c_sharp",
  ".c": "c",
  ".cpp": "c_plus_plus",
  ".cnf": "config",
  ".conf": "config",
  ".cfg": "config",
  ".cf": "config",
  ".ini": "ini",
  ".properties": "properties",
  ".toml": "toml"
};
function determineFileType(filename) {
  return Object.hasOwn(BY_EXTENSION, splitExt(filename)) ? BY_EXTENSION[splitExt(filename)] : "other";
}

// src/secrets/line-automaton.ts
var Unsupported = class extends Error {
};
var MAX_POSITIONS = 4e3;
function parseRegexStructure(source, flags) {
  if (flags.includes("v") || flags.includes("y")) throw new Unsupported(`flags ${flags}`);
  const membershipFlags = flags.replace(/[gdy]/g, "");
  const unicode = membershipFlags.includes("u");
  let pos = 0;
  const atomCache = /* @__PURE__ */ new Map();
  const membership = (atomSource) => {
    const cached = atomCache.get(atomSource);
    if (cached) return cached;
    let re;
    try {
      re = new RegExp(`^(?:${atomSource})$`, membershipFlags);
    } catch {
      throw new Unsupported(`atom ${atomSource}`);
    }
    const set = new Uint8Array(128);
    for (let c = 0; c < 128; c++) set[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    if (set[10]) throw new Unsupported(`atom ${atomSource} matches a newline`);
    const node2 = { kind: "atom", set, test: { re, unicode: membershipFlags.includes("u") } };
    atomCache.set(atomSource, node2);
    return node2;
  };
  const parseAlt = () => {
    const items = [parseSeq()];
    while (source[pos] === "|") {
      pos++;
      items.push(parseSeq());
    }
    return items.length === 1 ? items[0] : { kind: "alt", items };
  };
  const parseSeq = () => {
    const items = [];
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") items.push(parseQuantified());
    if (items.length === 0) return { kind: "empty" };
    return items.length === 1 ? items[0] : { kind: "seq", items };
  };
  const parseQuantified = () => {
    let node2 = parseAtom();
    for (; ; ) {
      const c = source[pos];
      let min;
      let max;
      if (c === "*") [min, max] = [0, Infinity];
      else if (c === "+") [min, max] = [1, Infinity];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{") {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(pos));
        if (!m) {
          if (membershipFlags.includes("u")) throw new Unsupported("lone {");
          return node2;
        }
        min = Number(m[1]);
        max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
        if (max < min) throw new Unsupported("quantifier range out of order");
        pos += m[0].length - 1;
      } else return node2;
      pos++;
      if (source[pos] === "?") pos++;
      node2 = repeat(node2, min, max);
    }
  };
  const parseAtom = () => {
    const c = source[pos];
    if (c === "(") {
      pos++;
      if (source[pos] === "?") {
        if (source[pos + 1] === ":") pos += 2;
        else if (source[pos + 1] === "<" && /[A-Za-z_$]/.test(source[pos + 2] ?? "")) {
          const close = source.indexOf(">", pos);
          if (close < 0) throw new Unsupported("group name");
          pos = close + 1;
        } else throw new Unsupported("lookaround or modifier group");
      }
      const inner = parseAlt();
      if (source[pos] !== ")") throw new Unsupported("unbalanced group");
      pos++;
      return inner;
    }
    if (c === "^" || c === "$") throw new Unsupported("anchor");
    if (c === "*" || c === "+" || c === "?" || c === ")") throw new Unsupported(`stray ${c}`);
    if (c === "[") return membership(readClass());
    if (c === "\\") return membership(readEscape());
    pos++;
    const low = source.charCodeAt(pos);
    if (unicode && c >= "\uD800" && c <= "\uDBFF" && low >= 56320 && low <= 57343)
      return membership(c + source[pos++]);
    return membership(c === "/" ? "\\/" : c);
  };
  const readClass = () => {
    const start = pos;
    pos++;
    if (source[pos] === "^") pos++;
    while (pos < source.length && source[pos] !== "]") pos += source[pos] === "\\" ? 2 : 1;
    if (source[pos] !== "]") throw new Unsupported("unterminated class");
    pos++;
    return source.slice(start, pos);
  };
  const readEscape = () => {
    const start = pos;
    const e = source[pos + 1];
    if (e === void 0) throw new Unsupported("trailing backslash");
    pos += 2;
    const rest = source.slice(pos);
    const hex = (n) => new RegExp(`^[0-9A-Fa-f]{${n}}`).test(rest);
    const braced = /^\{[0-9A-Za-z_=]+\}/.exec(rest)?.[0];
    if ("dDwWsStnvfr".includes(e)) {
    } else if (e === "0") {
      if (/^[0-9]/.test(rest)) throw new Unsupported("octal escape");
    } else if (e === "x" && hex(2)) pos += 2;
    else if (e === "u" && hex(4)) pos += 4;
    else if (e === "u" && unicode && braced && /^\{[0-9A-Fa-f]+\}$/.test(braced)) pos += braced.length;
    else if (e === "c" && /^[A-Za-z]/.test(rest)) pos += 1;
    else if ((e === "p" || e === "P") && unicode && braced) pos += braced.length;
    else if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`escape \\${e}`);
    return source.slice(start, pos);
  };
  const node = parseAlt();
  if (pos !== source.length) throw new Unsupported(`unexpected ${source[pos]}`);
  return node;
}
function repeat(node, min, max) {
  const items = [];
  for (let i = 0; i < min; i++) items.push(node);
  if (max === Infinity) items.push({ kind: "star", node });
  else for (let i = min; i < max; i++) items.push({ kind: "alt", items: [node, { kind: "empty" }] });
  if (items.length === 0) return { kind: "empty" };
  return items.length === 1 ? items[0] : { kind: "seq", items };
}
function positionsOf(trees) {
  const p = { sets: [], atoms: [], follow: [], first: [], lastMask: [], nullableMask: 0 };
  trees.forEach((tree, k) => {
    const visit2 = (node) => {
      switch (node.kind) {
        case "empty":
          return { nullable: true, first: [], last: [] };
        case "atom": {
          const id = p.sets.length;
          if (id >= MAX_POSITIONS) throw new Unsupported("too many positions");
          p.sets.push(node.set);
          p.atoms.push(node.test);
          p.follow.push([]);
          p.lastMask.push(0);
          return { nullable: false, first: [id], last: [id] };
        }
        case "alt": {
          const parts = node.items.map(visit2);
          return {
            nullable: parts.some((s2) => s2.nullable),
            first: parts.flatMap((s2) => s2.first),
            last: parts.flatMap((s2) => s2.last)
          };
        }
        case "seq": {
          let acc = { nullable: true, first: [], last: [] };
          for (const item of node.items) {
            const s2 = visit2(item);
            for (const q of acc.last) p.follow[q].push(...s2.first);
            acc = {
              nullable: acc.nullable && s2.nullable,
              first: acc.nullable ? [...acc.first, ...s2.first] : acc.first,
              last: s2.nullable ? [...acc.last, ...s2.last] : s2.last
            };
          }
          return acc;
        }
        case "star": {
          const s2 = visit2(node.node);
          for (const q of s2.last) p.follow[q].push(...s2.first);
          return { nullable: true, first: s2.first, last: s2.last };
        }
      }
    };
    const s = visit2(tree);
    p.first.push(...s.first);
    for (const q of s.last) p.lastMask[q] = 1 << k;
    if (s.nullable) p.nullableMask |= 1 << k;
  });
  p.follow = p.follow.map((f) => [...new Set(f)].sort((a, b) => a - b));
  return p;
}
var MAX_STATES = 1 << 14;
var INITIAL_STATES = 1 << 10;
var MAX_BUILDS_PER_TEXT = 2e4;
var SPARE_CLASSES = 12;
var MAX_RESOLUTIONS_PER_TEXT = 4096;
function hashOf(set) {
  let h = 2166136261;
  for (const q of set) h = Math.imul(h ^ q, 16777619);
  return h | 0;
}
var UNBUILT = -1;
var NEWLINE = -2;
var NON_ASCII = -3;
var LineAutomaton = class {
  pos;
  /**
   * UTF-16 unit -> column: ASCII characters no atom tells apart share a class; `\n` and
   * everything past ASCII have a column of their own, so the hot loop tests neither.
   */
  classOf = new Uint8Array(65536);
  /** Per class, per position: whether the position's atom matches the class's characters. */
  classMembers = [];
  /** Classes in use: the ASCII ones, then those opened for characters beyond ASCII. */
  classCount = 0;
  maxClasses;
  /** Columns per state: the character classes, `\n`, non-ASCII, then the state's accept mask. */
  stride;
  acceptColumn;
  /**
   * One row of `stride` entries per state, a state's row being `id * stride`. A transition
   * entry is `row << 1 | accepting` of the target, or one of the negative markers above; the
   * hot loop thus needs no multiplication and reads accept masks only on accepting states.
   */
  table;
  stateSets = [];
  /** State ids by the hash of their position set; `sameHash` chains ids that collide. */
  stateIds = /* @__PURE__ */ new Map();
  sameHash = [];
  builds = 0;
  maskBuffer = new Int32Array(1024);
  /** ASCII classes by their membership signature (one bit per position). */
  signatures = /* @__PURE__ */ new Map();
  /** Non-ASCII code points resolved so far: the ASCII class that behaves the same, or -1. */
  beyondAscii = /* @__PURE__ */ new Map();
  resolutions = 0;
  maxStates;
  /** Throws Unsupported when a regex is outside the subset (or there are more than 31). */
  constructor(regexes, opts = {}) {
    this.maxStates = Math.max(2, Math.min(opts.maxStates ?? MAX_STATES, MAX_STATES));
    if (regexes.length > 31) throw new Unsupported("more than 31 patterns");
    this.pos = positionsOf(regexes.map((re) => parseRegexStructure(re.source, re.flags)));
    const signatures = this.signatures;
    for (let c = 0; c < 128; c++) {
      if (c === 10) continue;
      let sig = "";
      for (const set of this.pos.sets) sig += set[c] ? "1" : "0";
      let cls = signatures.get(sig);
      if (cls === void 0) cls = this.openClass(sig);
      this.classOf[c] = cls;
    }
    const classes = this.maxClasses = this.classCount + SPARE_CLASSES;
    this.classOf[10] = classes;
    this.classOf.fill(classes + 1, 128);
    this.acceptColumn = classes + 2;
    this.stride = classes + 3;
    this.seen = new Int32Array(this.pos.sets.length);
    this.startsOn = new Array(classes).fill(null);
    this.followOn = new Array(this.pos.sets.length * classes).fill(null);
    this.reset();
  }
  reset() {
    this.table = new Int32Array(INITIAL_STATES * this.stride);
    this.stateSets = [];
    this.stateIds.clear();
    this.sameHash = [];
    this.intern([]);
  }
  /** The id of the state holding `set` (sorted), or -1. */
  find(set, hash) {
    for (let id = this.stateIds.get(hash) ?? -1; id >= 0; id = this.sameHash[id]) {
      const other = this.stateSets[id];
      if (other.length !== set.length) continue;
      let i = 0;
      while (i < set.length && other[i] === set[i]) i++;
      if (i === set.length) return id;
    }
    return -1;
  }
  /** The encoded transition entry for the state holding `set` (sorted), adding the state if new. */
  intern(set, hash = hashOf(set)) {
    let id = this.find(set, hash);
    const { stride, acceptColumn } = this;
    if (id < 0) {
      id = this.stateSets.length;
      const row2 = id * stride;
      if (row2 + stride > this.table.length) {
        const table = new Int32Array(this.table.length * 2);
        table.set(this.table);
        this.table = table;
      }
      this.table.fill(UNBUILT, row2, row2 + acceptColumn - 2);
      this.table[row2 + acceptColumn - 2] = NEWLINE;
      this.table[row2 + acceptColumn - 1] = NON_ASCII;
      let mask = this.pos.nullableMask;
      for (const q of set) mask |= this.pos.lastMask[q];
      this.table[row2 + acceptColumn] = mask;
      this.stateSets.push(set);
      this.sameHash.push(this.stateIds.get(hash) ?? -1);
      this.stateIds.set(hash, id);
    }
    const row = id * stride;
    return row << 1 | (this.table[row + acceptColumn] ? 1 : 0);
  }
  /** A new class for characters with membership signature `sig` (one 0/1 per position). */
  openClass(sig) {
    const cls = this.classCount++;
    this.signatures.set(sig, cls);
    this.classMembers.push(Uint8Array.from(sig, (b) => b === "1" ? 1 : 0));
    return cls;
  }
  /** The positions among `from` whose atom matches characters of class `cls`. */
  filtered(from, cls) {
    const members = this.classMembers[cls];
    const out = [];
    for (const q of from) if (members[q]) out.push(q);
    return out;
  }
  /** Per class, where a new match may start; per position and class, where a match goes on. */
  startsOn;
  followOn;
  /** Dedup marks for step(): position q was added in this step when seen[q] === epoch. */
  seen;
  epoch = 1;
  /**
   * The transition from the state at `row` on character class `cls`, built on first use.
   * When the table is full it is dropped and rebuilt from the target state on.
   */
  step(row, cls) {
    this.builds++;
    const classes = this.stride - 3;
    const starts = this.startsOn[cls] ??= this.filtered(this.pos.first, cls);
    const from = this.stateSets[row / this.stride];
    let target;
    if (from.length === 0) target = starts;
    else {
      const { seen, epoch } = this;
      this.epoch++;
      target = [];
      for (const q of starts) {
        seen[q] = epoch;
        target.push(q);
      }
      for (const f of from) {
        const on = this.followOn[f * classes + cls] ??= this.filtered(this.pos.follow[f], cls);
        for (const q of on) {
          if (seen[q] === epoch) continue;
          seen[q] = epoch;
          let i = target.length;
          target.push(q);
          while (i > 0 && target[i - 1] > q) {
            target[i] = target[i - 1];
            i--;
          }
          target[i] = q;
        }
      }
    }
    const hash = hashOf(target);
    if (this.stateSets.length >= this.maxStates && this.find(target, hash) < 0) {
      this.reset();
      return this.intern(target, hash);
    }
    const entry = this.intern(target, hash);
    this.table[row + cls] = entry;
    return entry;
  }
  /**
   * The class of the non-ASCII character at `j` (a surrogate pair counts as one code point
   * for `u` patterns), as `class | extraUnits << 16`: the ASCII class that behaves like it (most
   * such characters, accents, CJK, emoji, match no atom of the default prefilters, exactly like
   * an ASCII control character), else a class of its own while spare ones remain, else -1 (the
   * caller hands the text back to RegExp).
   */
  resolve(text, j) {
    const c = text.charCodeAt(j);
    const d = j + 1 < text.length ? text.charCodeAt(j + 1) : 0;
    const pair = c >= 55296 && c <= 56319 && d >= 56320 && d <= 57343;
    const cp = pair ? (c - 55296 << 10) + (d - 56320) + 65536 : c;
    let cls = this.beyondAscii.get(cp);
    if (cls === void 0) {
      if (++this.resolutions > MAX_RESOLUTIONS_PER_TEXT) return -1;
      cls = this.classify(cp, pair ? [c, d] : [c]);
      this.beyondAscii.set(cp, cls);
      if (cls >= 0 && !pair && (c < 55296 || c > 57343)) this.classOf[c] = cls;
    }
    return cls < 0 ? -1 : cls | (pair ? 1 : 0) << 16;
  }
  /**
   * One membership regex per flag set, matching what any atom of that set matches: a CJK
   * document brings thousands of distinct characters, nearly all in no atom, and one test
   * each spares walking every position (thousands) to build an all-zero signature.
   */
  anyAtom = null;
  inNoAtom(cp, units) {
    if (this.anyAtom === null) {
      const byFlags = /* @__PURE__ */ new Map();
      for (const atom of new Set(this.pos.atoms)) {
        const key = `${atom.re.flags}/${atom.unicode}`;
        byFlags.set(key, [...byFlags.get(key) ?? [], atom]);
      }
      this.anyAtom = [...byFlags.values()].map((atoms) => ({
        re: new RegExp(atoms.map((a) => `(?:${a.re.source})`).join("|"), atoms[0].re.flags),
        unicode: atoms[0].unicode
      }));
    }
    return this.anyAtom.every(
      ({ re, unicode }) => unicode || units.length === 1 ? !re.test(String.fromCodePoint(cp)) : !units.some((u) => re.test(String.fromCharCode(u)))
    );
  }
  classify(cp, units) {
    if (this.inNoAtom(cp, units)) return this.classOfSignature("0".repeat(this.pos.atoms.length));
    const verdicts = /* @__PURE__ */ new Map();
    let sig = "";
    for (const atom of this.pos.atoms) {
      let member = verdicts.get(atom);
      if (member === void 0) {
        if (atom.unicode || units.length === 1) member = atom.re.test(String.fromCodePoint(cp));
        else member = units.some((u) => atom.re.test(String.fromCharCode(u))) ? null : false;
        verdicts.set(atom, member);
      }
      if (member === null) return -1;
      sig += member ? "1" : "0";
    }
    return this.classOfSignature(sig);
  }
  classOfSignature(sig) {
    const known = this.signatures.get(sig);
    if (known !== void 0) return known;
    return this.classCount < this.maxClasses ? this.openClass(sig) : -1;
  }
  /**
   * Per line of `text` (split at `\n`), the mask of patterns with a match in it; null when
   * the text holds more odd characters than there are classes, or needed too many new states
   * (the caller then uses RegExp). The masks are valid until the next call.
   */
  matchText(text) {
    let count = 1;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
    if (this.maskBuffer.length < count) this.maskBuffer = new Int32Array(Math.max(count, this.maskBuffer.length * 2));
    const masks = this.maskBuffer.subarray(0, count);
    const { classOf, acceptColumn } = this;
    let table = this.table;
    const startMask = table[acceptColumn];
    this.builds = 0;
    this.resolutions = 0;
    let line = 0;
    let row = 0;
    let mask = startMask;
    for (let j = 0; j < text.length; ) {
      let cls = classOf[text.charCodeAt(j++)];
      let entry = table[row + cls];
      if (entry < 0) {
        if (entry === NEWLINE) {
          masks[line++] = mask;
          mask = startMask;
          entry = 0;
        } else if (entry === NON_ASCII) {
          const resolved = this.resolve(text, j - 1);
          if (resolved < 0) return null;
          j += resolved >>> 16;
          cls = resolved & 65535;
          entry = table[row + cls];
        }
        if (entry === UNBUILT) {
          if (this.builds >= MAX_BUILDS_PER_TEXT) return null;
          entry = this.step(row, cls);
          table = this.table;
        }
      }
      row = entry >> 1;
      if (entry & 1) mask |= table[row + acceptColumn];
    }
    masks[line] = mask;
    return masks;
  }
};

// src/secrets/transformers/ini.ts
var ConfigError = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
var SECTION = /^\[([^\n]+)\]/u;
var OPTION = /^([^\n]*?)[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(=|:)[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*([^\n]*)$/u;
var NON_SPACE = /[^\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
function readConfig(content) {
  const defaults = /* @__PURE__ */ new Map();
  const sections = /* @__PURE__ */ new Map();
  const added = /* @__PURE__ */ new Set();
  let cursect = null;
  let sectname = "";
  let optname = null;
  let indentLevel = 0;
  let pos = 0;
  while (pos < content.length) {
    const nl = content.indexOf("\n", pos);
    const line = nl < 0 ? content.slice(pos) : content.slice(pos, nl);
    pos = nl < 0 ? content.length : nl + 1;
    const stripped = pyStrip(line);
    const isComment = stripped.startsWith("#") || stripped.startsWith(";");
    const value = isComment ? "" : stripped;
    if (!value) {
      if (!isComment && cursect && optname && cursect.get(optname) !== void 0) cursect.get(optname).push("");
      continue;
    }
    const firstNonSpace = NON_SPACE.exec(line);
    const curIndent = firstNonSpace ? firstNonSpace.index : 0;
    if (cursect && optname && curIndent > indentLevel) {
      cursect.get(optname).push(value);
      continue;
    }
    indentLevel = curIndent;
    const sect = SECTION.exec(value);
    if (sect) {
      sectname = value.slice(1, value.lastIndexOf("]"));
      if (sections.has(sectname)) {
        if (added.has(`s\0${sectname}`)) throw new ConfigError("duplicate section");
        cursect = sections.get(sectname);
        added.add(`s\0${sectname}`);
      } else if (sectname === "DEFAULT") {
        cursect = defaults;
      } else {
        cursect = /* @__PURE__ */ new Map();
        sections.set(sectname, cursect);
        added.add(`s\0${sectname}`);
      }
      optname = null;
      continue;
    }
    if (!cursect) throw new ConfigError("missing section header");
    const opt = OPTION.exec(value);
    if (!opt || !opt[1]) throw new ConfigError("parsing error");
    const name = pyRstrip(opt[1]);
    const key = `o\0${sectname}\0${name}`;
    if (added.has(key)) throw new ConfigError("duplicate option");
    added.add(key);
    optname = name;
    cursect.set(name, [pyStrip(opt[3])]);
  }
  const join = (s) => new Map([...s].map(([k, v]) => [k, pyRstrip(v.join("\n"))]));
  return { defaults: join(defaults), sections: new Map([...sections].map(([k, s]) => [k, join(s)])) };
}
function interpolate(value, vars, depth = 1) {
  if (depth > 10) throw new ConfigError("interpolation depth");
  let out = "";
  let rest = value;
  while (rest) {
    const p = rest.indexOf("%");
    if (p < 0) return out + rest;
    out += rest.slice(0, p);
    rest = rest.slice(p);
    const c = rest[1];
    if (c === "%") {
      out += "%";
      rest = rest.slice(2);
    } else if (c === "(") {
      const m = /^%\(([^)]+)\)s/.exec(rest);
      if (!m) throw new ConfigError("bad interpolation");
      const ref = vars.get(m[1]);
      if (ref === void 0) throw new ConfigError("missing option");
      out += ref.includes("%") ? interpolate(ref, vars, depth + 1) : ref;
      rest = rest.slice(m[0].length);
    } else {
      throw new ConfigError("bad interpolation");
    }
  }
  return out;
}
var SPLITLINES = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
var WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
function startsWithKeyValue(line, key, value) {
  let ws = 0;
  while (ws < line.length && WHITESPACE.test(line[ws])) ws++;
  for (let k = 0; k <= ws; k++) {
    if (!line.startsWith(key, k)) continue;
    const p = k + key.length;
    let j = p;
    while (j < line.length && (line[j] === " " || line[j] === ":" || line[j] === "=")) {
      j++;
      if (line.startsWith(value, j)) return true;
    }
  }
  return false;
}
function* iniValues(content, fileLines) {
  const parsed = readConfig(content);
  if (parsed.sections.size === 0) throw new ConfigError("no sections");
  let lines = fileLines.map(pyStrip);
  let lineOffset = 0;
  const sectionNames = ["DEFAULT", ...parsed.sections.keys()];
  for (const name of sectionNames) {
    const merged = new Map(parsed.defaults);
    if (name !== "DEFAULT") for (const [k, v] of parsed.sections.get(name)) merged.set(k, v);
    for (const [key, raw] of merged) {
      const values = interpolate(raw, merged);
      const split = values === "" ? [] : values.split(SPLITLINES);
      if (split.length && /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]$/.test(values)) split.pop();
      const valuesList = split.slice(0, 1).concat(split.slice(1).filter(Boolean));
      if (!valuesList.length) continue;
      let index = 0;
      const output = [];
      let exhausted = true;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (isAllowlistNextlineComment(line)) {
          output.push([line, lineOffset + i + 1]);
          continue;
        }
        if (!line || /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[;#]/u.test(line))
          continue;
        if (index === 0) {
          if (startsWithKeyValue(line, key, valuesList[0])) {
            output.push([valuesList[0], lineOffset + i + 1]);
            index++;
          }
          continue;
        }
        if (index === valuesList.length) {
          const cut = i === 0 ? 1 : i;
          lineOffset += cut;
          lines = lines.slice(cut);
          exhausted = false;
          break;
        }
        output.push([valuesList[index], lineOffset + i + 1]);
        index++;
      }
      if (exhausted) lines = [];
      for (const [value, line] of output) if (value) yield [key, value, line];
    }
  }
}
function transformIni(text, fileLines, eager) {
  const out = [];
  try {
    for (const [key, rawValue, lineNumber] of iniValues(eager ? `[global]
${text}` : text, fileLines)) {
      while (out.length < lineNumber - 1) out.push("");
      if (isAllowlistNextlineComment(rawValue)) {
        out.push(rawValue);
        continue;
      }
      let value = rawValue;
      const q = value[0];
      if ((q === "'" || q === '"') && value[value.length - 1] === q) value = value.slice(1, -1);
      out.push(`${key} = "${value.replaceAll('"', '\\"')}"`);
    }
  } catch (e) {
    if (e instanceof ConfigError) return null;
    throw e;
  }
  return out;
}

// src/secrets/transformers/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/secrets/transformers/pyyaml-model.ts
var import_yaml = __toESM(require_dist(), 1);
var PyYamlRejects = class extends Error {
};
var T = "tag:yaml.org,2002:";
var KNOWN_TAGS = new Set(
  ["binary", "bool", "float", "int", "map", "null", "omap", "pairs", "seq", "set", "str", "timestamp"].map(
    (t) => T + t
  )
);
var RESOLVERS = [
  [T + "bool", /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/, "yYnNtTfFoO"],
  [
    T + "float",
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    "-+0123456789."
  ],
  [
    T + "int",
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    "-+0123456789"
  ],
  [T + "merge", /^(?:<<)$/, "<"],
  [T + "null", /^(?:~|null|Null|NULL|)$/, "~nN"],
  [
    T + "timestamp",
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    "0123456789"
  ],
  [T + "value", /^(?:=)$/, "="]
];
function resolvePlain(value) {
  if (value === "") return T + "null";
  for (const [tag, re, first] of RESOLVERS) if (first.includes(value[0]) && re.test(value)) return tag;
  return T + "str";
}
function scalar(tag, value, line = 0) {
  return { kind: "scalar", tag, value, line };
}
function valueLine(pair, ctx) {
  const colon = pair.srcToken?.sep?.find((t) => t.type === "map-value-ind");
  if (colon) return ctx.lineOf(colon.offset);
  const key = pair.key;
  return key?.range ? ctx.lineOf(key.range[0]) : 0;
}
function register(ctx, anchor, node) {
  if (anchor === void 0) return;
  if (ctx.anchors.has(anchor)) throw new PyYamlRejects("found duplicate anchor");
  ctx.anchors.set(anchor, node);
}
function scalarValue(n, ctx) {
  const v = String(n.value);
  if ((n.type === "BLOCK_LITERAL" || n.type === "BLOCK_FOLDED") && v.endsWith("\n") && n.range) {
    const end = n.range[1];
    if (end >= ctx.text.length && !ctx.text.endsWith("\n")) return v.slice(0, -1);
  }
  return v;
}
function compose(n, line, ctx) {
  if (n === null || n === void 0) return scalar(T + "null", "", line);
  if ((0, import_yaml.isAlias)(n)) {
    const target = ctx.anchors.get(n.source);
    if (!target) throw new PyYamlRejects("found undefined alias");
    if (target.kind === "scalar") target.line = line;
    return target;
  }
  if ((0, import_yaml.isScalar)(n)) {
    const value = scalarValue(n, ctx);
    const explicit = n.tag;
    const tag = explicit === void 0 || explicit === "!" ? n.type === "PLAIN" || explicit === "!" ? resolvePlain(value) : T + "str" : explicit;
    const node = scalar(tag, value, line);
    register(ctx, n.anchor, node);
    return node;
  }
  if ((0, import_yaml.isMap)(n) || (0, import_yaml.isPair)(n)) {
    const tag = (0, import_yaml.isMap)(n) && n.tag !== void 0 && n.tag !== "!" ? n.tag : T + "map";
    const node = { kind: "map", tag, pairs: [] };
    if ((0, import_yaml.isMap)(n)) register(ctx, n.anchor, node);
    for (const pair of (0, import_yaml.isMap)(n) ? n.items : [n]) {
      const item = pair.srcToken;
      if ((0, import_yaml.isMap)(n) && !n.flow && item && !item.key && !item.start?.some((t) => t.type === "explicit-key-ind"))
        throw new PyYamlRejects("expected <block end>");
      const keyNode = pair.key;
      const key = compose(keyNode, keyNode?.range ? ctx.lineOf(keyNode.range[0]) : line, ctx);
      node.pairs.push([key, compose(pair.value, valueLine(pair, ctx), ctx)]);
    }
    return tag.endsWith(":map") ? tagDictValues(node) : node;
  }
  if ((0, import_yaml.isSeq)(n)) {
    const tag = n.tag !== void 0 && n.tag !== "!" ? n.tag : T + "seq";
    const node = { kind: "seq", tag, items: [] };
    register(ctx, n.anchor, node);
    for (const item of n.items) {
      const at = item?.range;
      node.items.push(compose(item, at ? ctx.lineOf(at[0]) : line, ctx));
    }
    return node;
  }
  throw new PyYamlRejects("unexpected node");
}
function tagDictValues(map) {
  const pairs = map.pairs.map(([k, v]) => {
    if (!(v.tag.endsWith(":str") || v.tag.endsWith(":binary"))) return [k, v];
    if (v.kind !== "scalar" || k.kind !== "scalar") throw new PyYamlRejects("non-scalar tagged value");
    const augmented = {
      kind: "map",
      tag: map.tag,
      pairs: [
        [scalar(T + "str", "__value__"), scalar(v.tag, v.value)],
        [scalar(T + "str", "__line__"), scalar(T + "int", String(v.line))],
        [scalar(T + "str", "__original_key__"), scalar(T + "str", k.value)]
      ]
    };
    return [k, augmented];
  });
  return { kind: "map", tag: map.tag, pairs };
}
var PyDict = class {
  entries = /* @__PURE__ */ new Map();
};
function binary(text) {
  if (/[^\x00-\x7f]/.test(text)) throw new PyYamlRejects("non-ASCII binary");
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, "");
  const data = clean.replaceAll("=", "");
  const rest = data.length % 4;
  if (rest === 1 || rest > 0 && clean.length - data.length < 4 - rest) throw new PyYamlRejects("incorrect padding");
  return { kind: "bytes", base64: Buffer.from(data, "base64").toString("base64") };
}
function intValue(raw) {
  let v = raw.replaceAll("_", "");
  let sign = 1n;
  if (v[0] === "-") sign = -1n;
  if (v[0] === "+" || v[0] === "-") v = v.slice(1);
  if (v === "0") return 0n;
  if (v.startsWith("0b")) return sign * BigInt("0b" + v.slice(2));
  if (v.startsWith("0x")) return sign * BigInt("0x" + v.slice(2));
  if (v[0] === "0") return sign * BigInt("0o" + v.slice(1));
  if (v.includes(":")) {
    let n = 0n;
    for (const part of v.split(":")) n = n * 60n + BigInt(part);
    return sign * n;
  }
  return sign * BigInt(v);
}
function floatValue(raw) {
  let v = raw.replaceAll("_", "").toLowerCase();
  let sign = 1;
  if (v[0] === "-") sign = -1;
  if (v[0] === "+" || v[0] === "-") v = v.slice(1);
  if (v === ".inf") return sign * Infinity;
  if (v === ".nan") return NaN;
  if (v.includes(":")) {
    let n = 0;
    for (const part of v.split(":")) n = n * 60 + Number(part);
    return sign * n;
  }
  return sign * Number(v);
}
var Constructor = class {
  built = /* @__PURE__ */ new Map();
  nan = 0;
  object(node) {
    const done = this.built.get(node);
    if (done !== void 0 || this.built.has(node)) return done ?? null;
    const obj = this.build(node);
    this.built.set(node, obj);
    return obj;
  }
  /** A hashable Python value as a comparable string (1 == 1.0 == True, as in a dict). */
  key(node) {
    if (node.kind !== "scalar") {
      if (node.tag === T + "map" || node.tag === T + "seq" || node.tag === T + "set" || node.tag.startsWith(T))
        throw new PyYamlRejects("found unhashable key");
      throw new PyYamlRejects("unknown tag");
    }
    const { tag, value } = node;
    this.object(node);
    switch (tag) {
      case T + "str":
        return "s" + value;
      case T + "binary":
        return "b" + binary(value).base64;
      case T + "null":
        return "None";
      case T + "bool":
        return /^(?:yes|true|on)$/i.test(value) ? "n1" : "n0";
      case T + "int":
        return "n" + intValue(value).toString();
      case T + "float": {
        const f = floatValue(value);
        if (Number.isNaN(f)) return `nan${this.nan++}`;
        return Number.isInteger(f) ? "n" + BigInt(f).toString() : "f" + String(f);
      }
      default:
        return "t" + value;
    }
  }
  build(node) {
    if (!KNOWN_TAGS.has(node.tag)) throw new PyYamlRejects("could not determine a constructor");
    if (node.kind === "scalar") {
      switch (node.tag) {
        case T + "str":
          return node.value;
        case T + "binary":
          return binary(node.value);
        case T + "null":
          return null;
        case T + "bool":
          return {
            kind: "other",
            truthy: /^(?:yes|true|on)$/i.test(node.value),
            int: /^(?:yes|true|on)$/i.test(node.value) ? 1n : 0n
          };
        case T + "int": {
          const n = intValue(node.value);
          return { kind: "other", truthy: n !== 0n, int: n };
        }
        case T + "float": {
          const f = floatValue(node.value);
          return { kind: "other", truthy: f !== 0 };
        }
        case T + "timestamp":
          return { kind: "other", truthy: true };
        default:
          throw new PyYamlRejects("expected a scalar node");
      }
    }
    if (node.kind === "seq") {
      if (node.tag === T + "seq") {
        const list = { kind: "list", items: [] };
        this.built.set(node, list);
        for (const item of node.items) list.items.push(this.object(item));
        return list;
      }
      if (node.tag === T + "omap" || node.tag === T + "pairs") {
        const list = { kind: "list", items: [] };
        this.built.set(node, list);
        for (const sub of node.items) {
          if (sub.kind !== "map" || node.tag === T + "omap" && sub.pairs.length !== 1)
            throw new PyYamlRejects("expected a single mapping item");
          for (const [k, v] of sub.pairs) {
            const keyObj = this.object(k);
            list.items.push({ kind: "list", items: [keyObj, this.object(v)] });
          }
        }
        return list;
      }
      throw new PyYamlRejects("expected a mapping node");
    }
    if (node.tag === T + "map" || node.tag === T + "set") {
      const dict = new PyDict();
      this.built.set(node, dict);
      this.flatten(node);
      for (const [k, v] of node.pairs) {
        const id = this.key(k);
        const value = node.tag === T + "set" ? null : this.object(v);
        dict.entries.set(id, value);
      }
      if (node.tag === T + "set") return { kind: "list", items: [] };
      return dict;
    }
    throw new PyYamlRejects("expected a sequence node");
  }
  /** SafeConstructor.flatten_mapping: merged pairs first (later sources first), own pairs after. */
  flattened = /* @__PURE__ */ new Set();
  flatten(node) {
    if (this.flattened.has(node)) return;
    this.flattened.add(node);
    const merge = [];
    const own = [];
    for (const [k, v] of node.pairs) {
      if (k.tag === T + "merge") {
        if (v.kind === "map") {
          this.flatten(v);
          merge.push(...v.pairs);
        } else if (v.kind === "seq") {
          const sub = [];
          for (const s of v.items) {
            if (s.kind !== "map") throw new PyYamlRejects("expected a mapping for merging");
            this.flatten(s);
            sub.push(s.pairs);
          }
          for (const pairs of sub.reverse()) merge.push(...pairs);
        } else throw new PyYamlRejects("expected a mapping or list of mappings for merging");
      } else {
        if (k.tag === T + "value") k.tag = T + "str";
        own.push([k, v]);
      }
    }
    node.pairs = merge.length ? [...merge, ...own] : own;
  }
};
var LINE_KEY = "s__line__";
function* search(root, lineCount) {
  const queue = [root];
  const seen = /* @__PURE__ */ new Set();
  for (let head = 0; head < queue.length; head++) {
    const item = queue[head];
    if (item === null || item === "") continue;
    if (typeof item === "string") {
      if (item.includes("__line__")) throw new PyYamlRejects("string holding __line__");
      continue;
    }
    if (!(item instanceof PyDict) && (item.kind === "bytes" || item.kind === "other")) continue;
    if (seen.has(item)) continue;
    seen.add(item);
    if (item instanceof PyDict) {
      if (!item.entries.size) continue;
      if (!item.entries.has(LINE_KEY)) {
        queue.push(...item.entries.values());
        continue;
      }
      const line = item.entries.get(LINE_KEY);
      const key = item.entries.get("s__original_key__");
      const value = item.entries.get("s__value__");
      if (typeof line !== "object" || line === null || !("int" in line) || line.int === void 0 || line.int < 1n || line.int > BigInt(lineCount) || typeof key !== "string" || !(typeof value === "string" || typeof value === "object" && value !== null && "base64" in value)) {
        throw new PyYamlRejects("tagged value without line, key or value");
      }
      yield typeof value === "string" ? { key, value, binary: false, line: Number(line.int) } : { key, value: value.base64, binary: true, line: Number(line.int) };
      continue;
    }
    const list = item;
    if (!list.items.length) continue;
    if (list.items.includes("__line__")) throw new PyYamlRejects("list holding __line__");
    queue.push(...list.items);
  }
}
var PY_YAML_EXTRA_BREAK = /[\x85\u2028\u2029]/;
function pyYamlLineOf(text, lineCounter) {
  const extra = [];
  for (const m of text.matchAll(/[\x85\u2028\u2029]/g)) extra.push(m.index);
  if (!extra.length) return (offset) => lineCounter.linePos(offset).line;
  return (offset) => {
    let lo = 0;
    let hi = extra.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (extra[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lineCounter.linePos(offset).line + lo;
  };
}
function pyYamlValues(doc, text, lineCounter, lineCount) {
  const ctx = { anchors: /* @__PURE__ */ new Map(), lineOf: pyYamlLineOf(text, lineCounter), text };
  const start = doc.contents?.range?.[0] ?? 0;
  const root = compose(doc.contents, ctx.lineOf(start), ctx);
  const obj = new Constructor().object(root);
  return [...search(obj, lineCount)];
}

// src/secrets/transformers/yaml.ts
var NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uFFFD]/;
var COMMENT = /([\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+#(?:[^\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| )*)/u;
function plainStart(c) {
  return c !== void 0 && /[A-Za-z0-9_($/]/.test(c);
}
function plainStops(s) {
  let colon = -1;
  let hash = -1;
  for (let i = s.indexOf(":"); i >= 0; i = s.indexOf(":", i + 1)) {
    const n = s[i + 1];
    if (n === void 0 || n === " ") {
      colon = i;
      break;
    }
  }
  for (let i = s.indexOf("#"); i >= 0; i = s.indexOf("#", i + 1)) {
    if (i > 0 && s[i - 1] === " ") {
      hash = i;
      break;
    }
  }
  return { colon, hash };
}
function valueVerdict(value) {
  if (!value || value[0] === "#") return "empty";
  if (value[0] === "%" || value[0] === "@" || value[0] === "`") return "invalid";
  if (!plainStart(value[0])) return "unknown";
  const inner = plainStops(value);
  return inner.colon > 0 && (inner.hash < 0 || inner.colon < inner.hash) ? "invalid" : "plain";
}
function yamlCertainlyInvalid(text) {
  if (/[\t\r\x85\u2028\u2029\ufeff]/.test(text)) return false;
  let pos = 0;
  let inScalar = false;
  let rootMapping = false;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const line = nl < 0 ? text.slice(pos) : text.slice(pos, nl);
    pos = nl < 0 ? text.length : nl + 1;
    if (line.startsWith("---") || line.startsWith("...")) return false;
    const body = line.replace(/^ +/, "");
    if (!body) continue;
    if (body[0] === "#") {
      if (inScalar) return false;
      continue;
    }
    if (rootMapping && body !== line) {
      if (/["'[{]/.test(body)) return false;
      continue;
    }
    const { colon, hash } = plainStops(body);
    const hasColon = colon >= 0 && (hash < 0 || colon < hash);
    if (inScalar) {
      if (hasColon && colon > 0) return true;
      if (hash >= 0 || hasColon) return false;
      continue;
    }
    if (!plainStart(body[0])) return false;
    if (!hasColon) {
      if (rootMapping) return true;
      if (hash >= 0) return false;
      inScalar = true;
      continue;
    }
    if (colon > 1e3) return false;
    const verdict = valueVerdict(body.slice(colon + 1).replace(/^ +/, ""));
    if (verdict === "invalid") return true;
    if (verdict === "unknown" || body !== line) return false;
    rootMapping = true;
  }
  return false;
}
function parseTokens(text, lineCounter) {
  const parser = new import_yaml2.Parser(lineCounter.addNewLine);
  const tokens = [];
  let documents = 0;
  for (const token of parser.parse(text)) {
    if (token.type === "document" && ++documents > 1) return null;
    if (token.type === "error" && (documents > 0 || parser.stack.length > 0)) return null;
    tokens.push(token);
  }
  return tokens;
}
var parseSingleDocument = (text, lineCounter) => {
  const tokens = parseTokens(text, lineCounter);
  if (tokens === null) return null;
  const docs = [
    ...new import_yaml2.Composer({
      version: "1.1",
      schema: "failsafe",
      merge: false,
      uniqueKeys: false,
      keepSourceTokens: true
    }).compose(tokens)
  ];
  if (docs.length > 1) return null;
  return docs[0];
};
function extraBreaksQuoted(doc, text) {
  const quoted = [];
  (0, import_yaml2.visit)(doc, {
    Scalar(_key, node) {
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range)
        quoted.push([node.range[0], node.range[1]]);
    }
  });
  quoted.sort((a, b) => a[0] - b[0]);
  let i = 0;
  for (const m of text.matchAll(/[\x85\u2028\u2029]/g)) {
    while (i < quoted.length && quoted[i][1] <= m.index) i++;
    if (i === quoted.length || m.index <= quoted[i][0]) return false;
  }
  return true;
}
function transformYaml(text, fileLines, parse = parseSingleDocument) {
  if (NON_PRINTABLE.test(text)) return null;
  if (yamlCertainlyInvalid(text)) return null;
  const lineCounter = new import_yaml2.LineCounter();
  let doc;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = parse(text, lineCounter);
  } catch {
    return null;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (doc === null) return null;
  if (!doc) return [];
  if (doc.errors.length) return null;
  const extraBreaks = PY_YAML_EXTRA_BREAK.test(text);
  if (extraBreaks && !extraBreaksQuoted(doc, text)) return null;
  const pyLines = extraBreaks ? text.split(/[\n\x85\u2028\u2029]/) : fileLines;
  if (pyLines !== fileLines && pyLines[pyLines.length - 1] === "") pyLines.pop();
  let items;
  try {
    items = pyYamlValues(doc, text, lineCounter, pyLines.length);
  } catch (err) {
    if (err instanceof PyYamlRejects) return null;
    throw err;
  }
  items.sort((a, b) => a.line - b.line);
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  for (const item of items) {
    const id = `${item.key}\0${item.binary ? "b" : "s"}${item.value}\0${item.line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    while (lines.length < item.line - 1) lines.push("");
    const comment = COMMENT.exec(pyStrip(pyLines[item.line - 1] ?? ""))?.[1] ?? "";
    lines.push(`${item.key}: "${item.value.replaceAll('"', '\\"')}"${comment}`);
  }
  return lines;
}

// src/secrets/scan-file.ts
function sha1(text) {
  return createHash("sha1").update(text, "utf8").digest("hex");
}
function isFileExcluded(filename, settings) {
  const on = filterIsOn(settings);
  return isNonTextFile(filename) || on("is_lock_file") && isLockFile(filename) || on("is_swagger_file") && isSwaggerFile(filename) || isBaselineFile(filename, settings.baselineFilename) || settings.excludeFiles.some((re) => testRe(re, filename));
}
var HEURISTIC = "detect_secrets.filters.heuristic.";
var ALL_ON = () => true;
function filterIsOn(settings) {
  const off = settings.off;
  if (!off?.size) return ALL_ON;
  return (name) => !off.has(name === "allowlist" ? "detect_secrets.filters.allowlist.is_line_allowlisted" : HEURISTIC + name);
}
function testRe(re, text) {
  return re.test(text);
}
function splitLines(text) {
  if (!text) return [];
  const lines = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function normalizeNewlines(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
function scanText(filename, text, settings) {
  const normalized = normalizeNewlines(text);
  const rawLines = splitLines(normalized);
  const fileType = determineFileType(filename);
  let lines = transformIni(normalized, rawLines, false);
  if (lines === null && fileType === "yaml") lines = transformYaml(normalized, rawLines);
  const transformed = lines !== null && lines.length > 0;
  const joined = transformed ? lines.join("\n") : normalized;
  let found = scanLines(filename, fileType, transformed ? lines : rawLines, joined, rawLines, transformed, settings);
  if (!found.length && fileType === "other") {
    const eager = transformIni(normalized, rawLines, true);
    if (eager && eager.length) found = scanLines(filename, fileType, eager, eager.join("\n"), rawLines, true, settings);
  }
  if (settings.extras?.size) found.push(...scanExtras(filename, normalized, rawLines, settings));
  return found;
}
function scanExtras(filename, text, rawLines, settings) {
  const enabled = settings.extras;
  const hits = [
    ...configHits(filename, text, rawLines, enabled),
    ...tokenHits(filename, text, rawLines, enabled)
  ];
  hits.sort((a, b) => a.line - b.line || a.index - b.index);
  const results = /* @__PURE__ */ new Map();
  for (const h of hits) {
    const line = pyRstrip(rawLines[h.line - 1] ?? "");
    if (settings.excludeLines.some((re) => testRe(re, line))) continue;
    if (settings.excludeSecrets.some((re) => testRe(re, h.value))) continue;
    const type = extraType(h.detector);
    const hashedSecret = sha1(h.value);
    const key = `${hashedSecret}\0${type}`;
    if (results.has(key)) continue;
    results.set(key, {
      type,
      filename,
      hashedSecret,
      lineNumber: h.line,
      pluginName: h.detector,
      span: spanFor(h.value, h.index, h.line, line, rawLines)
    });
  }
  return [...results.values()];
}
function scanLines(filename, fileType, lines, joined, rawLines, transformed, settings) {
  const candidatesByLine = markCandidateLines(lines, joined, settings.plugins, transformed);
  const results = /* @__PURE__ */ new Map();
  if (!candidatesByLine) return [];
  const on = filterIsOn(settings);
  for (const i of candidatesByLine.order) {
    const pluginsHere = candidatesByLine.marks.get(i);
    const line = pyRstrip(lines[i]);
    const previous = i > 0 ? lines[i - 1] : "";
    if (on("allowlist") && isLineAllowlisted(filename, line, previous)) continue;
    if (on("is_indirect_reference") && isIndirectReference(line)) continue;
    if (settings.excludeLines.some((re) => testRe(re, line))) continue;
    for (const plugin of pluginsHere) {
      const seenInLine = /* @__PURE__ */ new Set();
      for (const c of plugin.analyze(line, fileType)) {
        if (seenInLine.has(c.value)) continue;
        seenInLine.add(c.value);
        if (isSecretFiltered(c.value, line, plugin, settings, on)) continue;
        const hashedSecret = sha1(c.value);
        const key = `${hashedSecret}\0${plugin.type}`;
        if (results.has(key)) continue;
        results.set(key, {
          type: plugin.type,
          filename,
          hashedSecret,
          lineNumber: i + 1,
          pluginName: plugin.name,
          span: spanFor(c.value, c.index, i + 1, transformed ? void 0 : line, rawLines)
        });
      }
    }
  }
  return [...results.values()];
}
function isSecretFiltered(secret, line, plugin, settings, on) {
  return on("is_sequential_string") && isSequentialString(secret) || on("is_potential_uuid") && isPotentialUuid(secret) || on("is_likely_id_string") && isLikelyIdString(secret, line, plugin.regexBased) || on("is_templated_secret") && isTemplatedSecret(secret) || on("is_prefixed_with_dollar_sign") && isPrefixedWithDollarSign(secret) || on("is_not_alphanumeric_string") && isNotAlphanumericString(secret) || settings.excludeSecrets.some((re) => testRe(re, secret));
}
function markCandidateLines(lines, joined, plugins, transformed) {
  const byAutomaton = markWithAutomaton(lines, joined, plugins, transformed);
  if (byAutomaton !== void 0) return byAutomaton;
  const unions = unionPrefilters(plugins);
  if (!unions) return markEachPlugin(lines, joined, plugins);
  const ascii = !NON_ASCII2.test(joined);
  let flagged = null;
  let starts = null;
  for (const union of unions) {
    const re = ascii ? union.ascii : union.unicode;
    re.lastIndex = 0;
    let m = re.exec(joined);
    if (m === null) continue;
    flagged ??= new Uint8Array(lines.length);
    starts ??= lineStarts(lines);
    while (m !== null) {
      const line = lineAt(starts, m.index);
      flagged[line] = 1;
      const next = starts[line + 1];
      if (next === void 0) break;
      re.lastIndex = next;
      m = re.exec(joined);
    }
  }
  if (!flagged) return null;
  const marks = /* @__PURE__ */ new Map();
  const order = [];
  for (let line = 0; line < flagged.length; line++) {
    if (!flagged[line]) continue;
    const text = lines[line];
    let list;
    for (const plugin of plugins) {
      const re = plugin.prefilter;
      if (!re) continue;
      re.lastIndex = 0;
      if (re.test(text)) (list ??= []).push(plugin);
    }
    if (list) {
      marks.set(line, list);
      order.push(line);
    }
  }
  return order.length ? { order, marks } : null;
}
var automatonCache = /* @__PURE__ */ new WeakMap();
function prefilterAutomaton(plugins) {
  let entry = automatonCache.get(plugins);
  if (entry !== void 0) return entry;
  entry = null;
  if (!plugins.some((p) => p.prefilter === null)) {
    const withPrefilter = plugins.filter((p) => p.prefilter);
    try {
      const automaton = new LineAutomaton(withPrefilter.map((p) => p.prefilter));
      entry = { automaton, plugins: withPrefilter, lists: /* @__PURE__ */ new Map() };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  automatonCache.set(plugins, entry);
  return entry;
}
function markWithAutomaton(lines, joined, plugins, transformed) {
  const pa = prefilterAutomaton(plugins);
  if (!pa) return void 0;
  const masks = pa.automaton.matchText(joined);
  if (!masks) return void 0;
  const tail = masks.length - lines.length;
  if (tail !== 0 && (transformed || tail !== 1)) return void 0;
  const marks = /* @__PURE__ */ new Map();
  const order = [];
  for (let line = 0; line < lines.length; line++) {
    const mask = masks[line];
    if (!mask) continue;
    let list = pa.lists.get(mask);
    if (!list) {
      list = pa.plugins.filter((_, k) => mask & 1 << k);
      pa.lists.set(mask, list);
    }
    marks.set(line, list);
    order.push(line);
  }
  return order.length ? { order, marks } : null;
}
var NON_ASCII2 = /[^\x00-\x7f]/;
var unionCache = /* @__PURE__ */ new WeakMap();
function unionPrefilters(plugins) {
  let unions = unionCache.get(plugins);
  if (unions !== void 0) return unions;
  if (plugins.some((p) => p.prefilter === null)) {
    unions = null;
  } else {
    unions = [];
    for (const caseless of [false, true]) {
      const sources = plugins.flatMap(
        (p) => p.prefilter && p.prefilter.flags.includes("i") === caseless ? [`(?:${p.prefilter.source})`] : []
      );
      if (!sources.length) continue;
      const source = sources.join("|");
      const flags = caseless ? "gi" : "g";
      const unicode = new RegExp(source, `${flags}u`);
      const asciiSource = source.replaceAll("\\p{Nd}", "0-9");
      unions.push({ unicode, ascii: asciiSource.includes("\\p{") ? unicode : new RegExp(asciiSource, flags) });
    }
  }
  unionCache.set(plugins, unions);
  return unions;
}
function markEachPlugin(lines, joined, plugins) {
  let marks = null;
  let starts = null;
  for (const plugin of plugins) {
    const re = plugin.prefilter;
    if (re === false) continue;
    if (!re) {
      marks ??= /* @__PURE__ */ new Map();
      for (let i = 0; i < lines.length; i++) addMark(marks, i, plugin);
      continue;
    }
    re.lastIndex = 0;
    let m = re.exec(joined);
    if (m === null) continue;
    marks ??= /* @__PURE__ */ new Map();
    starts ??= lineStarts(lines);
    while (m !== null) {
      const line = lineAt(starts, m.index);
      addMark(marks, line, plugin);
      const next = starts[line + 1];
      if (next === void 0) break;
      re.lastIndex = next;
      m = re.exec(joined);
    }
  }
  if (!marks) return null;
  return { order: [...marks.keys()].sort((a, b) => a - b), marks };
}
function addMark(marks, line, plugin) {
  const list = marks.get(line);
  if (list) list.push(plugin);
  else marks.set(line, [plugin]);
}
function lineStarts(lines) {
  const starts = new Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i].length + 1;
  }
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function spanFor(value, index, lineNumber, line, rawLines) {
  const raw = rawLines[lineNumber - 1] ?? "";
  let start = line !== void 0 ? index : raw.indexOf(value);
  let length = value.length;
  if (start < 0) {
    start = Math.max(0, raw.search(/\S/));
    length = Math.max(1, pyRstrip(raw).length - start);
  }
  const bom = lineNumber === 1 && raw.charCodeAt(0) === 65279 ? 1 : 0;
  const startColumn = Math.max(1, start + 1 - bom);
  return { line: lineNumber, startColumn, endColumn: Math.max(startColumn, start + length + 1 - bom) };
}

// src/secrets/scan.ts
var FilterRegexError = class extends BaselineError {
  constructor(filter, pattern, reason, index) {
    super(
      `filter ${filter.split(".").pop()} pattern ${quoteForMessage(pattern)} cannot run: ${reason} (at offset ${index}); nothing was scanned`
    );
    this.filter = filter;
    this.pattern = pattern;
    this.reason = reason;
    this.index = index;
  }
  filter;
  pattern;
  reason;
  index;
};
function compileUserRegex(source, filter = "filter") {
  const r = compileLinear(source, "python");
  if (!r.ok) throw new FilterRegexError(filter, source, r.reason, r.index);
  return r.re;
}
function buildSettings(plugins, filters, extras = []) {
  const listed = new Set(filters.map((f) => f.path));
  const off = new Set([FILTER.allowlist, ...HEURISTICS].filter((f) => !listed.has(f)));
  const settings = {
    plugins: plugins.map(createPlugin).filter((p) => p !== void 0).map((p) => off.has(NOT_ALPHANUMERIC) ? withoutAlphanumericShortcut(p) : p),
    off,
    excludeFiles: patternsOf(filters, FILTER.excludeFile).map((p) => compileUserRegex(p, FILTER.excludeFile)),
    excludeLines: patternsOf(filters, FILTER.excludeLine).map((p) => compileUserRegex(p, FILTER.excludeLine)),
    excludeSecrets: patternsOf(filters, FILTER.excludeSecret).map((p) => compileUserRegex(p, FILTER.excludeSecret)),
    source: { plugins, filters, extras }
  };
  if (extras.length) settings.extras = new Set(extras);
  const baselineFilter = filters.find((f) => f.path === FILTER.baselineFile);
  if (typeof baselineFilter?.filename === "string") settings.baselineFilename = baselineFilter.filename;
  return settings;
}
var NOT_ALPHANUMERIC = "detect_secrets.filters.heuristic.is_not_alphanumeric_string";
function withoutAlphanumericShortcut(p) {
  return p.prefilter === false ? { ...p, prefilter: null } : p;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var scratch = Buffer2.allocUnsafe(1 << 16);
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0) | (constants.O_NOFOLLOW ?? 0);
var realRoots = /* @__PURE__ */ new Map();
function followInside(abs, root) {
  if (root === void 0) return null;
  let rootReal = realRoots.get(root);
  if (rootReal === void 0) realRoots.set(root, rootReal = realOrSelf(root));
  const real = realOrSelf(abs);
  const rel = path.relative(rootReal, real);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? real : null;
}
function readTextSync(abs, root) {
  let fd = -1;
  try {
    try {
      fd = openSync(fsPath(abs), OPEN_FLAGS);
    } catch (err) {
      if (err.code !== "ELOOP") throw err;
      const real = followInside(abs, root);
      if (real === null) return null;
      fd = openSync(real, OPEN_FLAGS);
    }
    const st = fstatSync(fd);
    if (!st.isFile()) return null;
    if (scratch.length <= st.size) scratch = Buffer2.allocUnsafe(st.size + 1);
    let len = 0;
    for (; ; ) {
      if (len === scratch.length) {
        const bigger = Buffer2.allocUnsafe(scratch.length * 2);
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
function readText(abs, root) {
  return Promise.resolve(readTextSync(abs, root));
}
function scanFileSync(cwd, file, settings, failed) {
  const text = readTextSync(path.resolve(cwd, file), cwd);
  if (text === null) return [];
  try {
    return scanText(file, text, settings);
  } catch {
    failed.push(file);
    return [];
  }
}
var PARALLEL_MIN_FILES = 64;
var WARM_UP_MS = 250;
var DECIDE_AFTER_MS = 500;
var WORKER_PAYOFF_MS = 1e3;
async function scanFiles(cwd, files, settings, opts = {}) {
  const options = opts.pool ?? {};
  const queue = files.filter((f) => !isFileExcluded(f, settings));
  const out = settings.extras?.has("openclaw-state-file") ? stateFiles(cwd, files, settings) : [];
  const failed = [];
  const parallel = opts.parallel === true && queue.length >= PARALLEL_MIN_FILES;
  if (!parallel) opts.started?.close();
  let pool = parallel ? opts.started ?? (eagerWorkers(options) ? startWorkerPool(cwd, settings, options) : null) : null;
  try {
    let next = 0;
    if (!pool) {
      const start = performance.now();
      let decided = !parallel;
      let warm = -1;
      for (; next < queue.length; next++) {
        out.push(...scanFileSync(cwd, queue[next], settings, failed));
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
      out.push(...await pool.scan(rest, failed));
      options.onStats?.(pool.workerFiles, rest.length);
    }
    return { secrets: out, failed: failed.sort() };
  } finally {
    pool?.close();
  }
}
function stateFiles(cwd, files, settings) {
  const configDirs = /* @__PURE__ */ new Map();
  const hasConfig = (dir) => {
    let v = configDirs.get(dir);
    if (v === void 0) configDirs.set(dir, v = existsSync2(path.resolve(cwd, dir, "openclaw.json")));
    return v;
  };
  const out = [];
  for (const file of files) {
    if (isBaselineFile(file, settings.baselineFilename)) continue;
    if (settings.excludeFiles.some((re) => re.test(file))) continue;
    const kind = stateFileKind(file, hasConfig);
    if (!kind) continue;
    out.push({
      type: extraType("openclaw-state-file"),
      filename: file,
      hashedSecret: sha1(`openclaw-state-file:${kind}`),
      lineNumber: 1,
      pluginName: "openclaw-state-file",
      span: { line: 1, startColumn: 1, endColumn: 1 }
    });
  }
  return out;
}
function toEntries(secrets) {
  const results = /* @__PURE__ */ new Map();
  for (const s of secrets) {
    let list = results.get(s.filename);
    if (!list) results.set(s.filename, list = []);
    list.push({
      type: s.type,
      filename: s.filename,
      hashed_secret: s.hashedSecret,
      is_verified: false,
      line_number: s.lineNumber
    });
  }
  return results;
}
function realOrSelf(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export {
  FilterRegexError,
  buildSettings,
  readText,
  scanFiles,
  toEntries,
  eagerWorkers,
  startWorkerPool,
  serveWorker
};
