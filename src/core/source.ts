/** Source text with line starts, mapping UTF-16 offsets to 1-based line:column. */

export interface Position {
  line: number;
  column: number;
}

export class SourceFile {
  /**
   * Offsets where each line begins. Line breaks are `\n` (so `\r\n` too) and nothing else: git
   * and GitHub number lines by LF, and an annotation or review comment is placed by that number,
   * so a lone `\r` is part of its line (counted in columns), not a break.
   */
  readonly lineStarts: number[];

  constructor(
    /** Repo-relative POSIX path used in findings. */
    readonly path: string,
    /** Text with any UTF-8 BOM removed, so columns match what editors show. */
    readonly text: string,
    /** Absolute path on disk (empty for in-memory sources). */
    readonly absPath = '',
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** 1-based line and UTF-16 column of an offset (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1 };
  }

  /** Offset of a 1-based line:column (clamped). */
  offsetAt(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
    return Math.min(start + Math.max(0, column - 1), this.text.length);
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, '');
  }
}

/** Strip a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
