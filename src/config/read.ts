/** Reading files as hostile input: confined to the workspace, size-capped, BOM stripped, never throws. */
import { readConfinedText } from '../core/fs-confined.js';
import { SourceFile, stripBom } from '../core/source.js';

export type ReadResult =
  | {
      ok: true;
      file: SourceFile;
      /** Offset in `file.text` of the first byte that was not valid UTF-8 (read as U+FFFD, as OpenClaw does). */
      invalidUtf8At?: number;
    }
  | { ok: false; reason: string; tooLarge?: boolean };

/** Reads `absPath` and names it `displayPath` in findings. */
export type SourceReader = (absPath: string, displayPath: string, maxBytes: number) => ReadResult;

/** `root`: the tree the read is confined to; default the workspace entered (src/core/fs-confined.ts). */
export const readSourceFile = (absPath: string, displayPath: string, maxBytes: number, root?: string): ReadResult => {
  const r = readConfinedText(absPath, maxBytes, root);
  if (!r.ok) return { ok: false, reason: r.reason, ...(r.tooLarge ? { tooLarge: true } : {}) };
  const hasBom = r.text.charCodeAt(0) === 0xfeff;
  const file = new SourceFile(displayPath, stripBom(r.text), absPath);
  if (r.invalidUtf8At === undefined) return { ok: true, file };
  return { ok: true, file, invalidUtf8At: Math.max(0, r.invalidUtf8At - (hasBom ? 1 : 0)) };
};
