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
 *
 * After the severity, a state may follow where a run sets one: `// ^ models.weak_tier warn baselined`,
 * `// ^ gateway.bind_no_auth critical suppressed:inline` (suppressed by an inline comment, by the
 * `.clawlint.yml` or by OpenClaw's own audit suppressions: `inline`, `config`, `openclaw`).
 *
 * Where a finding's words or its related locations matter, the marker may go on with a JSON
 * string the message must contain and, after `->`, the related locations as `file:line`, checked
 * exactly (as a set): `# ^ deploy.gateway_exposed critical "0.0.0.0" -> openclaw.json:3, .env:2`.
 * `detailMismatches` compares them; a marker without them checks neither.
 *
 * What a run decides besides findings (the config a deployment runs, the release a config is
 * validated against, a baseline delta) is written as `# expect: <line>` or `// expect: <line>`,
 * in the words the test prints it with; `readFacts` collects them.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Expectation {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  /** `baselined` or `suppressed:<kind>`; absent for a finding reported as is. */
  state?: string;
  /** Text the finding's message must contain. */
  message?: string;
  /** The finding's related locations as `file:line`, sorted (checked exactly when given). */
  related?: string[];
}

const MARKER =
  /^(\s*(?:\/\/|#)\s*)(?:\^|@(?:([^\s:]+):)?(\d+):(\d+))\s+([A-Za-z0-9_.<>*-]+)\s+(critical|warn|info)(?:\s+(baselined|suppressed:[a-z]+))?(?:\s+("(?:[^"\\]|\\.)*"))?(?:\s+->\s+(\S+(?:\s*,\s*\S+)*))?\s*$/;
const FACT = /^\s*(?:\/\/|#)\s*expect:\s*(.*?)\s*$/;

/** The `expect:` lines written in `text`, in order. */
export function readFacts(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => FACT.exec(line)?.[1])
    .filter((f): f is string => f !== undefined);
}

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
    const [, lead, otherFile, l, c, ruleId, severity, state, message, related] = m;
    const what = {
      ruleId: ruleId!,
      severity: severity!,
      ...(state ? { state } : {}),
      ...(message ? { message: JSON.parse(message) as string } : {}),
      ...(related ? { related: related.split(/\s*,\s*/).sort() } : {}),
    };
    if (l !== undefined) {
      out.push({ file: otherFile ?? file, line: Number(l), column: Number(c), ...what });
    } else {
      if (target === 0) throw new Error(`${file}:${i + 1}: a caret marker needs a line above it`);
      out.push({ file, line: target, column: lead!.length + 1, ...what });
    }
  });
  return out;
}

/** One comparable line per expectation or finding, sorted: `file:line:col severity ruleId [state]`. */
export function expectationLines(items: readonly Expectation[]): string[] {
  return items
    .map((e) => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.ruleId}${e.state ? ` ${e.state}` : ''}`)
    .sort();
}

interface FindingDetails {
  file: string;
  startLine: number;
  startColumn: number;
  ruleId: string;
  message: string;
  related?: readonly { file: string; startLine: number }[];
}

/**
 * The message texts and related locations the markers ask for that no finding at the marker's
 * place (file, line, column, rule) has: one line each, with what the findings there have instead.
 * Markers whose place has no finding are left to the `expectationLines` comparison.
 */
export function detailMismatches(expected: readonly Expectation[], findings: readonly FindingDetails[]): string[] {
  const out: string[] = [];
  for (const e of expected) {
    if (e.message === undefined && e.related === undefined) continue;
    const there = findings.filter(
      (f) => f.file === e.file && f.startLine === e.line && f.startColumn === e.column && f.ruleId === e.ruleId,
    );
    if (!there.length) continue;
    const related = (f: FindingDetails) => (f.related ?? []).map((r) => `${r.file}:${r.startLine}`).sort();
    const fits = (f: FindingDetails) =>
      (e.message === undefined || f.message.includes(e.message)) &&
      (e.related === undefined || JSON.stringify(related(f)) === JSON.stringify(e.related));
    if (there.some(fits)) continue;
    const want = `${e.message !== undefined ? JSON.stringify(e.message) : ''}${e.related ? ` -> ${e.related.join(', ')}` : ''}`;
    const got = there.map((f) => `${JSON.stringify(f.message)} -> ${related(f).join(', ') || '(none)'}`).join(' | ');
    out.push(`${e.file}:${e.line}:${e.column} ${e.ruleId}: wanted ${want.trim()}; found ${got}`);
  }
  return out;
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

/** Every file under `dir` (relative, `/`-separated, sorted), for fixtures that are small trees. */
function treeFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? treeFiles(dir, r) : e.isFile() ? [r] : [];
    });
}

/** The markers and `expect:` facts written in every file of a fixture tree. */
export function readTree(dir: string): { markers: Expectation[]; facts: string[] } {
  const markers: Expectation[] = [];
  const facts: string[] = [];
  for (const rel of treeFiles(dir)) {
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    markers.push(...readMarkers(rel, text));
    facts.push(...readFacts(text));
  }
  return { markers, facts: facts.sort() };
}
