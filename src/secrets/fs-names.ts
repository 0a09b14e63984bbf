/**
 * File names as Python sees them. Node decodes a name that is not UTF-8 with U+FFFD, which loses
 * the bytes (the file can no longer be opened by that name); Python decodes with
 * `surrogateescape`, so an undecodable byte 0xXY becomes the lone surrogate U+DCXY. detect-secrets
 * scans such a file and writes its name with those surrogates (`"caf\udce9.txt"`), so the walk
 * reads names as bytes, names files the Python way and opens them by their original bytes.
 */
import { Buffer, isUtf8 } from 'node:buffer';

/** `os.fsdecode(name)`: UTF-8, with each byte of an invalid sequence as U+DC80..U+DCFF. */
export function pyFsDecode(name: Buffer): string {
  if (isUtf8(name)) return name.toString('utf8');
  let out = '';
  let i = 0;
  while (i < name.length) {
    const n = validSequenceAt(name, i);
    if (n > 0) {
      out += name.toString('utf8', i, i + n);
      i += n;
    } else out += String.fromCharCode(0xdc00 + name[i++]!);
  }
  return out;
}

/** Length of the well-formed UTF-8 sequence at `i` (no surrogates, no overlongs), else 0. */
function validSequenceAt(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const c1 = b[i + 1]!;
  if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
  if (c === 0xed && c1 >= 0xa0) return 0; // a surrogate, which Python's decoder refuses
  if (c === 0xf0 && c1 < 0x90) return 0; // overlong
  if (c === 0xf4 && c1 >= 0x90) return 0; // beyond U+10FFFF
  return n;
}

/** A low surrogate U+DC80..U+DCFF not preceded by a high one: an escaped byte. */
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** `os.fsencode(name)` for fs calls: the name itself, or its bytes when it holds escaped bytes. */
export function fsPath(name: string): string | Buffer {
  if (!ESCAPED_BYTE.test(name)) return name;
  const parts: Buffer[] = [];
  let run = '';
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xdc80 && cp <= 0xdcff) {
      if (run) parts.push(Buffer.from(run, 'utf8'));
      run = '';
      parts.push(Buffer.from([cp - 0xdc00]));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}
