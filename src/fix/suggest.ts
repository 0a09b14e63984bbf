/**
 * A fix as a GitHub suggestion: the new text of the finding's own lines. Offered only when every
 * edit lies within those lines of the finding's file, and the lines are not simply deleted (an
 * empty suggestion would leave a blank line, not remove one).
 */
import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import { applyEdits } from './apply.js';
import type { Autofix } from '../core/autofix.js';
import { lineEndAt } from './text.js';

export function suggestionFor(f: Finding, fix: Autofix, files: readonly SourceFile[]): string | undefined {
  const file = files.find((x) => x.path === f.file);
  if (!file || fix.edits.some((e) => e.file !== f.file)) return undefined;
  const from = file.lineStarts[f.startLine - 1];
  if (from === undefined) return undefined;
  const to = lineEndAt(file, file.lineStarts[f.endLine - 1] ?? file.text.length);
  if (fix.edits.some((e) => e.start < from || e.end > to)) return undefined;
  const text = applyEdits(
    file.text.slice(from, to),
    fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
  );
  return text.trim() ? text.replace(/\r\n?/g, '\n') : undefined;
}
