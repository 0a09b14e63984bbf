/**
 * The fix engine for one config: lint, take every fixable finding, try each fix on its own
 * (the result must parse, its finding must be gone, no finding may appear that was not there),
 * apply the fixes that passed together, and lint again for fixes that only become possible
 * then (a migrated key that can now be tightened). Nothing is written here: the result is the
 * new text of every file that changed.
 */
import { realOrSelf } from '../core/fs-confined.js';
import type { ConfigPath, Finding } from '../core/finding.js';
import { SourceFile } from '../core/source.js';
import { readSourceFile, type SourceReader } from '../config/read.js';
import { lintConfigFile, type ConfigLintResult, type LintConfigOptions } from './lint-config.js';
import { applyEdits, clashes, sameEdit } from '../fix/apply.js';
import type { Autofix, FixType, TextEdit } from '../core/autofix.js';

/** Rounds of lint → fix; each round's fixes may enable the next (a key moved, then tightened). */
const MAX_ROUNDS = 6;

export interface ConfigFixJob {
  /** The root config as the run read it. */
  file: SourceFile;
  /** The options it was linted with (env, deployment, target hints, policies). */
  options: LintConfigOptions;
}

export interface AppliedFix {
  ruleId: string;
  path: string;
  file: string;
  line: number;
  type: FixType;
  description: string;
}

export interface RefusedFix extends AppliedFix {
  reason: string;
}

export interface FileChange {
  /** Repo-relative path. */
  file: string;
  /** Absolute path it was read from. */
  abs: string;
  before: string;
  after: string;
}

export interface ConfigFixResult {
  changes: FileChange[];
  applied: AppliedFix[];
  refused: RefusedFix[];
}

export interface FixSelection {
  types?: readonly FixType[];
  /** Findings the run reports as accepted risks (suppressed): never fixed. */
  skip?: (f: Finding) => boolean;
}

const keyOf = (f: Finding) => `${f.ruleId}\0${f.path}`;

function describe(f: Finding, fix: Autofix): AppliedFix {
  return {
    ruleId: f.ruleId,
    path: f.path,
    file: f.file,
    line: f.startLine,
    type: fix.type,
    description: fix.description,
  };
}

/** Texts by realpath: the files as they would be after the fixes so far. */
class Overlay {
  readonly texts = new Map<string, { rel: string; abs: string; before: string; after: string }>();
  /** Repo-relative path → absolute path, for every file the config reads. */
  readonly absOf = new Map<string, string>();

  learn(files: readonly SourceFile[]): void {
    for (const f of files) if (f.absPath && !this.absOf.has(f.path)) this.absOf.set(f.path, f.absPath);
  }

  textOf(rel: string, fallback: SourceFile[]): string | undefined {
    const abs = this.absOf.get(rel);
    if (!abs) return undefined;
    const cur = this.texts.get(realOrSelf(abs));
    return cur ? cur.after : fallback.find((f) => f.path === rel)?.text;
  }

  /** A copy with `edits` made (undefined when an edited file is unknown). */
  with(edits: readonly TextEdit[], files: SourceFile[]): Overlay | undefined {
    const next = new Overlay();
    for (const [k, v] of this.texts) next.texts.set(k, { ...v });
    for (const [k, v] of this.absOf) next.absOf.set(k, v);
    const byFile = new Map<string, TextEdit[]>();
    for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [rel, list] of byFile) {
      const abs = this.absOf.get(rel);
      const text = this.textOf(rel, files);
      if (!abs || text === undefined) return undefined;
      const key = realOrSelf(abs);
      const prev = next.texts.get(key);
      next.texts.set(key, { rel, abs, before: prev?.before ?? text, after: applyEdits(text, list) });
    }
    return next;
  }

  reader(base: SourceReader): SourceReader {
    return (abs, display, max) => {
      const cur = this.texts.get(realOrSelf(abs));
      return cur ? { ok: true, file: new SourceFile(display, cur.after, abs) } : base(abs, display, max);
    };
  }
}

/** Variables fixes asked the user to supply (name → the value the config held), for verification only. */
type Supplied = ReadonlyMap<string, string>;
const NONE: Supplied = new Map();

async function lintWith(job: ConfigFixJob, overlay: Overlay, supplied: Supplied = NONE): Promise<ConfigLintResult> {
  const base = job.options.reader ?? readSourceFile;
  const rootText = overlay.texts.get(realOrSelf(job.file.absPath))?.after ?? job.file.text;
  const root = new SourceFile(job.file.path, rootText, job.file.absPath);
  const env = supplied.size ? new Map([...(job.options.env ?? []), ...supplied]) : job.options.env;
  return lintConfigFile(root, { ...job.options, reader: overlay.reader(base), ...(env ? { env } : {}) });
}

/**
 * `supplied` plus what `fixes` ask the user to supply, each with the value its path resolves to
 * now. A name the user's env already defines keeps that value: it is what the gateway will read.
 */
function supplying(job: ConfigFixJob, supplied: Supplied, config: unknown, fixes: readonly Autofix[]): Supplied {
  let out: Map<string, string> | undefined;
  for (const s of fixes.flatMap((f) => f.supplies ?? [])) {
    if (job.options.env?.has(s.name) || supplied.has(s.name) || out?.has(s.name)) continue;
    const value = valueAt(config, s.path);
    if (typeof value !== 'string') continue;
    out ??= new Map(supplied);
    out.set(s.name, value);
  }
  return out ?? supplied;
}

function valueAt(root: unknown, path: ConfigPath): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

/** Parse and include problems in the files a fix touched: the fix broke the file. */
function broke(result: ConfigLintResult, touched: ReadonlySet<string>): boolean {
  return result.findings.some((f) => /^(parse|include)\./.test(f.ruleId) && touched.has(f.file));
}

export async function fixConfig(job: ConfigFixJob, select: FixSelection = {}): Promise<ConfigFixResult> {
  let overlay = new Overlay();
  const applied: AppliedFix[] = [];
  const refused = new Map<string, RefusedFix>();
  const wanted = (f: Finding) =>
    f.autofix !== undefined && (!select.types || select.types.includes(f.autofix.type)) && !(select.skip?.(f) ?? false);
  let supplied: Supplied = NONE;
  let current = await lintWith(job, overlay);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    overlay.learn(current.files);
    const candidates = current.findings.filter((f) => wanted(f) && !refused.has(keyOf(f)));
    if (!candidates.length) break;
    const accepted: { finding: Finding; fix: Autofix; edits: TextEdit[] }[] = [];
    /** Findings whose fix is the same edits as one accepted (four exposure checks, one open policy). */
    const riders: Finding[] = [];
    const taken: TextEdit[] = [];
    for (const f of candidates) {
      let fix: Autofix | undefined = f.autofix!;
      let first: string | undefined;
      while (fix) {
        const edits = fix.edits.filter((e) => !taken.some((t) => sameEdit(t, e)));
        if (!edits.length) {
          riders.push(f);
          break;
        }
        if (edits.some((e) => taken.some((t) => clashes(t, e)))) break; // next round, on the new text
        const trial = overlay.with(edits, current.files);
        const env = supplying(job, supplied, current.config, [fix]);
        const reason = trial
          ? await check(job, trial, f, current.findings, edits, env)
          : 'a file it edits was not read';
        if (!reason) {
          accepted.push({ finding: f, fix, edits });
          taken.push(...edits);
          break;
        }
        first ??= reason;
        // A refused fix may have a more modest one behind it (a typo's rename → the key removed).
        fix = fix.fallback;
        if (!fix) refused.set(keyOf(f), { ...describe(f, f.autofix!), reason: first });
      }
    }
    if (!accepted.length) break;
    let next = overlay.with(taken, current.files)!;
    let env = supplying(
      job,
      supplied,
      current.config,
      accepted.map((a) => a.fix),
    );
    let result = await lintWith(job, next, env);
    const keys = new Set(result.findings.map(keyOf));
    const together =
      !broke(result, new Set(taken.map((e) => e.file))) &&
      accepted.every((a) => !keys.has(keyOf(a.finding))) &&
      !added(current.findings, result.findings);
    if (!together) {
      // Each passed alone but not all at once: keep the first, the rest go again next round.
      accepted.splice(1);
      next = overlay.with(accepted[0]!.edits, current.files)!;
      env = supplying(job, supplied, current.config, [accepted[0]!.fix]);
      result = await lintWith(job, next, env);
    }
    for (const a of accepted) applied.push(describe(a.finding, a.fix));
    const left = new Set(result.findings.map(keyOf));
    for (const r of riders) if (!left.has(keyOf(r))) applied.push(describe(r, r.autofix!));
    overlay = next;
    supplied = env;
    current = result;
  }
  const changes = [...overlay.texts.values()]
    .filter((t) => t.before !== t.after)
    .map((t) => ({ file: t.rel, abs: t.abs, before: t.before, after: t.after }));
  return { changes, applied, refused: [...refused.values()] };
}

/** Why `edits` (as the fix of `f`) would be refused on the config as it is on disk; undefined when safe. */
export async function refusal(job: ConfigFixJob, f: Finding, edits: readonly TextEdit[]): Promise<string | undefined> {
  const overlay = new Overlay();
  const current = await lintWith(job, overlay);
  overlay.learn(current.files);
  const trial = overlay.with(edits, current.files);
  const env = f.autofix ? supplying(job, NONE, current.config, [f.autofix]) : NONE;
  return trial ? check(job, trial, f, current.findings, edits, env) : 'a file it edits was not read';
}

/** Why a fix on its own is refused, or undefined when it is safe. */
async function check(
  job: ConfigFixJob,
  trial: Overlay,
  f: Finding,
  before: readonly Finding[],
  edits: readonly TextEdit[],
  supplied: Supplied = NONE,
): Promise<string | undefined> {
  const result = await lintWith(job, trial, supplied);
  if (broke(result, new Set(edits.map((e) => e.file)))) return 'the fixed file would not parse';
  const keys = result.findings.map(keyOf);
  if (keys.includes(keyOf(f))) return 'the fix would not remove the finding';
  const more = added(before, result.findings);
  if (more) return `the fix would add a finding (${more.ruleId}${more.path ? ` at ${more.path}` : ''})`;
  return undefined;
}

/**
 * A finding the fix adds: a rule reporting more often than before. A finding that only moves
 * (a heuristic now pointing at another key) is not new.
 */
export function added(before: readonly Finding[], after: readonly Finding[]): Finding | undefined {
  const count = new Map<string, number>();
  for (const f of before) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
  for (const f of after) {
    const n = count.get(f.ruleId) ?? 0;
    if (n <= 0) return f;
    count.set(f.ruleId, n - 1);
  }
  return undefined;
}
