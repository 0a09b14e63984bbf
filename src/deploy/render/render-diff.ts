/**
 * The lines of a chart's render that a second render changes: what the chart generates at install.
 * A generated value may take a different number of lines each time (a PEM key in a block scalar,
 * a `range` over `randInt`), so the renders are aligned document by document (`# Source:`) and,
 * where a document's line counts differ, by a longest common subsequence of its lines: the lines of
 * the first render outside it are the generated ones. The alignment is bounded (cells per document),
 * and past the bound that document's lines are not marked: a generated value then reads as written,
 * which over-reports, never hides.
 */

/** Cells (lines × lines) one document's alignment may use. */
const MAX_CELLS = 4_000_000;

interface Doc {
  start: number;
  lines: string[];
}

/** Documents of a render, split at `---` (0-based first line of each). */
function documents(lines: readonly string[]): Doc[] {
  const out: Doc[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i] === '---') {
      out.push({ start, lines: lines.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/** 0-based indexes of `a` outside a longest common subsequence with `b`, or undefined past the bound. */
function unmatched(a: readonly string[], b: readonly string[]): number[] | undefined {
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ha = a.length;
  let hb = b.length;
  while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) {
    ha--;
    hb--;
  }
  const n = ha - lo;
  const m = hb - lo;
  if (n === 0) return [];
  if (m === 0) return Array.from({ length: n }, (_, i) => lo + i);
  if (n * m > MAX_CELLS) return undefined;
  // lcs[i][j] = LCS length of a[lo+i..ha) and b[lo+j..hb), one row of m+1 per i.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[lo + i] === b[lo + j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[lo + i] === b[lo + j]) {
      i++;
      j++;
    } else if (j < m && lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!) j++;
    else out.push(lo + i++);
  }
  return out;
}

/** 0-based lines of render `a` that render `b` of the same chart does not have in the same place. */
export function differingLines(a: string, b: string): Set<number> {
  const x = documents(a.split('\n'));
  const y = documents(b.split('\n'));
  const out = new Set<number>();
  // Different documents (a generated name in a `# Source:` set, a different count): nothing to align.
  if (x.length !== y.length) return out;
  for (let d = 0; d < x.length; d++) {
    const p = x[d]!;
    const q = y[d]!;
    if (p.lines[0] !== q.lines[0]) return new Set();
    if (p.lines.length === q.lines.length) {
      for (let i = 0; i < p.lines.length; i++) if (p.lines[i] !== q.lines[i]) out.add(p.start + i);
      continue;
    }
    for (const i of unmatched(p.lines, q.lines) ?? []) out.add(p.start + i);
  }
  return out;
}
