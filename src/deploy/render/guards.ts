/**
 * Charts that refuse to render until a person supplies a value (`required "msg" .Values.x`, or
 * `{{ if not .Values.x }}{{ fail "msg" }}`) are rendered the way a user installs them: with a
 * placeholder for the guarded value. This module finds, from helm's error message, the guard in
 * the chart's templates and the `.Values` path that satisfies it. Anything it cannot read with
 * certainty (a computed message, a guard on a local variable) gives no path, and the chart stays
 * a render error.
 */
import { readConfinedTextOrThrow } from '../../core/fs-confined.js';
import path from 'node:path';

export interface Guard {
  /** Dotted values paths the placeholders are set at (subchart paths under the subchart's key). */
  valuesPaths: string[];
  /** Chart-relative template file and 1-based line of the `fail` / `required`. */
  file: string;
  line: number;
}

/** The message helm prints for a `fail` or `required`: `execution error at (<tpl>:l:c): <msg>`. */
export function guardMessage(stderr: string): string | undefined {
  const m = /execution error at \([^)]*\):\s*(.+)$/m.exec(stderr);
  return m ? m[1]!.trim() : undefined;
}

const GUARD = /\b(fail|required)\s+(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)/g;
const VALUES_PATH = /^\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/;

function unquote(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/**
 * The guard whose message helm printed, searched in the chart's template files (chart-relative
 * posix paths), and the values path a placeholder must fill.
 */
export function findGuard(chartDir: string, files: readonly string[], message: string): Guard | undefined {
  for (const rel of files) {
    if (!/(?:^|\/)templates\/.*\.(?:ya?ml|tpl|txt)$/.test(rel)) continue;
    let text: string;
    try {
      text = readConfinedTextOrThrow(path.join(chartDir, rel), 2 * 1024 * 1024);
    } catch {
      continue;
    }
    if (!/\b(?:fail|required)\b/.test(text)) continue;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      for (const m of lines[i]!.matchAll(GUARD)) {
        const msg = m[2] !== undefined ? unquote(m[2]) : m[3]!;
        if (msg !== message) continue;
        const sub = /^charts\/([^/]+)\/templates\//.exec(rel);
        const prefix = sub ? `${sub[1]}.` : '';
        const arg = VALUES_PATH.exec(lines[i]!.slice(m.index + m[0].length).trim())?.[1]?.slice(1);
        const found =
          m[1] === 'required' ? (arg ? [arg] : []) : enclosingNegation(lines, i, lines[i]!.slice(0, m.index));
        if (found.length) return { valuesPaths: found.map((p) => prefix + p), file: rel, line: i + 1 };
      }
    }
  }
  return undefined;
}

const IF = /\{\{-?\s*(?:if|else\s+if)\s+(.*?)-?\}\}/;
const NEGATED =
  /\bnot\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)\s*\)?|\bempty\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/g;

/**
 * The values paths whose emptiness makes the innermost `if` around a `fail` true: `not .Values.x`
 * (or `empty .Values.x`); of an `and`, the first such operand; of an `or`, every one. Text before
 * the `fail` on its own line (`{{ if not .Values.x }}{{ fail "…" }}`) is the innermost scope.
 */
function enclosingNegation(lines: readonly string[], at: number, before: string): string[] {
  const scopes = [before, ...lines.slice(0, at).reverse()];
  let depth = 0;
  for (const l of scopes) {
    // Actions on one line, last first.
    const actions = [...l.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)].map((a) => a[1]!).reverse();
    for (const a of actions) {
      if (/^end\b/.test(a)) depth++;
      else if (depth === 0 && /^else\s*$/.test(a))
        return []; // the negation of a condition: not followed
      else if (/^(?:range|with|define|block)\b/.test(a)) {
        if (depth === 0) return []; // the guard reads a scope we do not follow
        depth--;
      } else if (/^(?:if|else\s+if)\b/.test(a)) {
        if (depth > 0) {
          if (a.startsWith('if')) depth--;
          continue;
        }
        const cond = IF.exec(`{{ ${a} }}`)?.[1] ?? '';
        const neg = [...cond.matchAll(NEGATED)].map((n) => (n[1] ?? n[2])!.slice(1));
        // `or (not a) (not b)` fails while either is empty: each needs a value.
        return /^\(?\s*or\b/.test(cond) ? neg : neg.slice(0, 1);
      }
    }
  }
  return [];
}
