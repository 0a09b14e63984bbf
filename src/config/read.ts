/** Reading files as hostile input: size-capped, UTF-8 checked, BOM stripped, never throws. */
import fs from 'node:fs';
import { SourceFile, stripBom } from '../core/source.js';

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; reason: string; tooLarge?: boolean };

/** Reads `absPath` and names it `displayPath` in findings. */
export type SourceReader = (absPath: string, displayPath: string, maxBytes: number) => ReadResult;

const decoder = new TextDecoder('utf-8', { fatal: true });

export const readSourceFile: SourceReader = (absPath, displayPath, maxBytes) => {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absPath, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes)
      return { ok: false, reason: `file is ${stat.size} bytes; the limit is ${maxBytes}`, tooLarge: true };
    const buf = fs.readFileSync(fd);
    let text: string;
    try {
      text = decoder.decode(buf);
    } catch {
      return { ok: false, reason: 'file is not valid UTF-8' };
    }
    return { ok: true, file: new SourceFile(displayPath, stripBom(text), absPath) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === 'ELOOP'
          ? 'file is a symlink'
          : code === 'ENOENT'
            ? 'file does not exist'
            : `cannot read file (${code ?? 'error'})`,
    };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
};
