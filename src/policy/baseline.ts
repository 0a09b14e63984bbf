/**
 * The findings baseline (.clawlint-baseline.json): known findings that do not
 * fail the run, so clawlint can be adopted on a repository that already has
 * some. Identity is (rule, file, config path) with a count — never the line
 * (lines move) and never a value (no secrets in the file).
 */
import { readConfinedText } from '../core/fs-confined.js';
import path from 'node:path';
import { compareFindings, type Finding } from '../core/finding.js';

export const DEFAULT_BASELINE = '.clawlint-baseline.json';
/** The secrets baseline a run uses when none is named (detect-secrets' own default). */
export const DEFAULT_SECRETS_BASELINE = '.secrets.baseline';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  path: string;
  count: number;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

const key = (e: { ruleId: string; file: string; path: string }) => `${e.ruleId}\0${e.file}\0${e.path}`;

export function buildBaseline(findings: readonly Finding[]): BaselineFile {
  const counts = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const k = key(f);
    const e = counts.get(k);
    if (e) e.count++;
    else counts.set(k, { ruleId: f.ruleId, file: f.file, path: f.path, count: 1 });
  }
  const entries = [...counts.values()].sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.ruleId < b.ruleId
          ? -1
          : a.ruleId > b.ruleId
            ? 1
            : a.path < b.path
              ? -1
              : a.path > b.path
                ? 1
                : 0,
  );
  return { version: 1, entries };
}

export function formatBaseline(b: BaselineFile): string {
  // One entry per line keeps diffs reviewable.
  const lines = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": 1,\n  "entries": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

/** Throws with a message that never quotes the file (it may be anything, e.g. a link to /proc/self/environ). */
export function readBaseline(abs: string): BaselineFile {
  const read = readConfinedText(abs, MAX_BASELINE_BYTES);
  if (!read.ok) throw new Error(read.reason);
  return parseFindingsBaseline(read.text, path.basename(abs));
}

/** Never quotes the text in an error: a JSON syntax error message carries its start. */
export function parseFindingsBaseline(text: string, name: string): BaselineFile {
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(text) as Partial<BaselineFile>;
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (!doc || typeof doc !== 'object' || doc.version !== 1 || !Array.isArray(doc.entries))
    throw new Error(`${name} is not a clawlint baseline (version 1)`);
  const entries = doc.entries.filter(
    (e): e is BaselineEntry =>
      !!e &&
      typeof e.ruleId === 'string' &&
      typeof e.file === 'string' &&
      typeof e.path === 'string' &&
      Number.isInteger(e.count) &&
      e.count > 0,
  );
  return { version: 1, entries };
}

export interface BaselineDiff {
  /** Findings with `baselined: true` where the baseline lists them. */
  findings: Finding[];
  new: number;
  unchanged: number;
  /** Baseline entries (counted) no current finding matches. */
  fixed: number;
  /** The baseline with fixed entries pruned. */
  pruned: BaselineFile;
}

export function diffBaseline(findings: readonly Finding[], baseline: BaselineFile): BaselineDiff {
  const remaining = new Map(baseline.entries.map((e) => [key(e), e.count]));
  let unchanged = 0;
  const out = [...findings].sort(compareFindings).map((f) => {
    const k = key(f);
    const left = remaining.get(k) ?? 0;
    if (left <= 0) return f;
    remaining.set(k, left - 1);
    unchanged++;
    return { ...f, baselined: true };
  });
  let fixed = 0;
  for (const n of remaining.values()) fixed += n;
  const pruned: BaselineFile = {
    version: 1,
    entries: baseline.entries
      .map((e) => ({ ...e, count: e.count - (remaining.get(key(e)) ?? 0) }))
      .filter((e) => e.count > 0),
  };
  return { findings: out, new: out.length - unchanged, unchanged, fixed, pruned };
}
