/**
 * Inline expectation markers (actionlint/ESLint style): a comment line under the line it is
 * about, with a caret at the expected column, the rule id and the severity:
 *
 *     bind: "lan",
 *     // ^ gateway.bind_no_auth critical          (JSON5)
 *     # ^ deploy.privileged critical              (YAML, TOML, ini)
 *
 * Where a caret cannot reach (columns 1–2, a position in another file, or a file whose end is
 * the position), the explicit form names it: `// @4:13 id severity` or `// @_a.json5:1:3 id severity`
 * (file relative to the fixture's directory). A fixture without markers must produce nothing.
 */
export interface Expectation {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
}

const MARKER =
  /^(\s*(?:\/\/|#)\s*)(?:\^|@(?:([^\s:]+):)?(\d+):(\d+))\s+([A-Za-z0-9_.<>*-]+)\s+(critical|warn|info)\s*$/;

/** The expectations written in `text` (a fixture shown as `file`). */
export function readMarkers(file: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  let target = 0; // 1-based number of the last non-marker line
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) {
      target = i + 1;
      return;
    }
    const [, lead, otherFile, l, c, ruleId, severity] = m;
    if (l !== undefined) {
      out.push({ file: otherFile ?? file, line: Number(l), column: Number(c), ruleId: ruleId!, severity: severity! });
    } else {
      if (target === 0) throw new Error(`${file}:${i + 1}: a caret marker needs a line above it`);
      out.push({ file, line: target, column: lead!.length + 1, ruleId: ruleId!, severity: severity! });
    }
  });
  return out;
}

/** One comparable line per expectation or finding, sorted: `file:line:col severity ruleId`. */
export function expectationLines(
  items: readonly { file: string; line: number; column: number; ruleId: string; severity: string }[],
): string[] {
  return items.map((e) => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.ruleId}`).sort();
}

/** A finding in the shape of an expectation (what markers are compared with). */
export function asExpectation(f: {
  file: string;
  startLine: number;
  startColumn: number;
  ruleId: string;
  severity: string;
}): Expectation {
  return { file: f.file, line: f.startLine, column: f.startColumn, ruleId: f.ruleId, severity: f.severity };
}
