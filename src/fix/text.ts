/** Line-level helpers shared by the JSON5 and YAML editors. */
import type { SourceFile } from '../core/source.js';

/** The file's own line break (the first one it uses; `\n` for a one-line file). */
export function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

export function lineStartAt(file: SourceFile, offset: number): number {
  return file.lineStarts[file.positionAt(offset).line - 1]!;
}

/** Offset of the line break ending the line that holds `offset` (the text length on the last line). */
export function lineEndAt(file: SourceFile, offset: number): number {
  const next = file.lineStarts[file.positionAt(offset).line];
  if (next === undefined) return file.text.length;
  const t = file.text;
  return t[next - 2] === '\r' && t[next - 1] === '\n' ? next - 2 : next - 1;
}

/** Leading spaces and tabs of the line that holds `offset`. */
export function indentAt(file: SourceFile, offset: number): string {
  const start = lineStartAt(file, offset);
  return /^[ \t]*/.exec(file.text.slice(start))![0];
}

/** True when only spaces and tabs precede `offset` on its line. */
export function firstOnLine(file: SourceFile, offset: number): boolean {
  return /^[ \t]*$/.test(file.text.slice(lineStartAt(file, offset), offset));
}

/**
 * A deletion that leaves its line(s) blank takes the whole lines with it, so no empty line
 * is left behind where a key was.
 */
export function widenToLines(file: SourceFile, start: number, end: number): [number, number] {
  const ls = lineStartAt(file, start);
  const le = lineEndAt(file, end);
  const t = file.text;
  if (!/^[ \t]*$/.test(t.slice(ls, start)) || !/^[ \t]*$/.test(t.slice(end, le))) return [start, end];
  const brk = t[le] === '\r' && t[le + 1] === '\n' ? 2 : le < t.length ? 1 : 0;
  return [ls, le + brk];
}

/** A comment's text: one line, no comment terminators. */
export function commentText(note: string): string {
  return note.replace(/[\r\n]+/g, ' ').replace(/\*\//g, '* /');
}
