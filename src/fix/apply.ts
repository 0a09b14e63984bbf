/** Applying text edits: sorted, checked for overlaps, spliced from the end so offsets stay valid. */
import type { TextEdit } from '../core/autofix.js';

/** Two edits clash when they overlap, or insert at the same place (their order would be a guess). */
export function clashes(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Identical edits planned twice (two configs including one file) count once. */
export function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** `text` with every edit made; the edits must not clash. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
