/**
 * Token-precise edits of JSON5 text: momoa's tokens (comments included) say where the commas
 * and braces around a node are, so an edit touches the node and its separator only, and the
 * quote style, indentation, trailing commas and comments around it stay as written.
 */
import { tokenize } from '@humanwhocodes/momoa';
import type { SourceFile } from '../core/source.js';
import type { Range } from '../core/tree.js';
import { commentText, eolOf, firstOnLine, indentAt, lineStartAt, widenToLines } from './text.js';

interface Tok {
  type: string;
  start: number;
  end: number;
}

/** Edits before they are tied to a file name. */
export interface RawEdit {
  start: number;
  end: number;
  text: string;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const cache = new WeakMap<SourceFile, Tok[] | null>();

function tokensOf(file: SourceFile): Tok[] | undefined {
  let toks = cache.get(file);
  if (toks === undefined) {
    try {
      toks = tokenize(file.text, { mode: 'json5', ranges: true }).map((t) => ({
        type: t.type,
        start: t.range![0],
        end: t.range![1],
      }));
    } catch {
      toks = null;
    }
    cache.set(file, toks);
  }
  return toks ?? undefined;
}

const isComment = (t: Tok) => t.type === 'LineComment' || t.type === 'BlockComment';

/** Index of the token whose `edge` (start or end) is at `offset`, or -1 (tokens are sorted). */
function indexWhere(toks: Tok[], offset: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]![edge] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return toks[lo]?.[edge] === offset ? lo : -1;
}

const indexAt = (toks: Tok[], offset: number) => indexWhere(toks, offset, 'start');
const indexEnding = (toks: Tok[], offset: number) => indexWhere(toks, offset, 'end');

function nextCode(toks: Tok[], i: number): number {
  for (let j = i + 1; j < toks.length; j++) if (!isComment(toks[j]!)) return j;
  return -1;
}

function prevCode(toks: Tok[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!isComment(toks[j]!)) return j;
  return -1;
}

/** A string literal in the quote style of `like` (a token's source text). */
export function json5String(value: string, like: string): string {
  const q = like.startsWith("'") ? "'" : '"';
  const body = JSON.stringify(value).slice(1, -1);
  return q === '"' ? `"${body}"` : `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A scalar's source text in the style of the one it replaces. */
export function json5Scalar(value: string | number | boolean, like: string): string {
  return typeof value === 'string' ? json5String(value, like) : String(value);
}

/** A key in the style of `like` (an identifier stays bare when the new key is one). */
export function json5Key(key: string, like: string): string {
  if (!like.startsWith('"') && !like.startsWith("'") && IDENT.test(key)) return key;
  return json5String(key, like.startsWith("'") ? "'" : '"');
}

/** True when a comment lies inside `range` (an edit that rewrites the range would lose it). */
export function json5HasComment(file: SourceFile, range: Range): boolean | undefined {
  const toks = tokensOf(file);
  if (!toks) return undefined;
  return toks.some((t) => isComment(t) && t.start >= range[0] && t.end <= range[1]);
}

/** Replace the scalar token at `range`. */
export function json5Set(file: SourceFile, range: Range, value: string | number | boolean): RawEdit[] | undefined {
  const toks = tokensOf(file);
  const i = toks ? indexAt(toks, range[0]) : -1;
  if (i < 0 || toks![i]!.end !== range[1]) return undefined;
  return [{ start: range[0], end: range[1], text: json5Scalar(value, file.text.slice(range[0], range[1])) }];
}

/** Rename the key token at `keyRange`, keeping its quote style. */
export function json5RenameKey(file: SourceFile, keyRange: Range, key: string): RawEdit[] | undefined {
  const toks = tokensOf(file);
  if (!toks || indexAt(toks, keyRange[0]) < 0) return undefined;
  return [{ start: keyRange[0], end: keyRange[1], text: json5Key(key, file.text.slice(keyRange[0], keyRange[1])) }];
}

/**
 * Remove an object member (`start` = its key) or array item, with the one comma that
 * separates it; a line left blank goes too. `note` leaves a comment in its place.
 */
export function json5Remove(file: SourceFile, start: number, end: number, note?: string): RawEdit[] | undefined {
  const toks = tokensOf(file);
  if (!toks) return undefined;
  const first = indexAt(toks, start);
  const last = indexEnding(toks, end);
  if (first < 0 || last < 0) return undefined;
  const t = file.text;
  const next = nextCode(toks, last);
  const prev = prevCode(toks, first);
  const dels: [number, number][] = [];
  if (next >= 0 && toks[next]!.type === 'Comma') {
    const comma = toks[next]!;
    let to = comma.end;
    // `{ a: 1, b: 2 }` → `{ b: 2 }`: the space after the comma goes when code follows on the line.
    const ws = /^[ \t]*/.exec(t.slice(to))![0];
    const after = t[to + ws.length];
    if (after !== undefined && after !== '\n' && after !== '\r' && !t.startsWith('//', to + ws.length)) to += ws.length;
    if (next === last + 1) dels.push([start, to]);
    else dels.push([start, end], [comma.start, to]);
  } else if (prev >= 0 && toks[prev]!.type === 'Comma') {
    const comma = toks[prev]!;
    // With a note the comma goes on its own, so the note can take the member's line.
    if (prev === first - 1 && !(note && firstOnLine(file, start))) dels.push([comma.start, end]);
    else dels.push([comma.start, comma.end], [start, end]);
  } else dels.push([start, end]);
  const edits: RawEdit[] = dels.map(([s, e]) => {
    const [ws, we] = widenToLines(file, s, e);
    // `"*", // why` → `// why`, at the item's indentation.
    const tail = ws === s && firstOnLine(file, s) ? /^[ \t]*/.exec(t.slice(we))![0].length : 0;
    return { start: ws, end: we + tail, text: '' };
  });
  if (note) {
    // The note is a line of its own above the member's line, at that line's indentation.
    const line = lineStartAt(file, start);
    const text = `${indentAt(file, start)}// ${commentText(note)}${eolOf(t)}`;
    const whole = edits.find((e) => e.start === line && e.end > start);
    if (whole) whole.text = text;
    else edits.push({ start: line, end: line, text });
  }
  return edits;
}

/**
 * Add `key: valueText` as the last member of the object at `objRange`, in the style of the
 * members already there (key quoting, indentation, trailing comma). Multi-line objects get the
 * member on its own line before the closing brace, so a comment after the last member stays on it.
 */
export function json5InsertMember(
  file: SourceFile,
  objRange: Range,
  key: string,
  valueText: string,
  /** The indentation of the member `valueText` was cut from: its later lines are re-based on the new one. */
  fromIndent?: string,
): RawEdit[] | undefined {
  const toks = tokensOf(file);
  if (!toks) return undefined;
  const open = indexAt(toks, objRange[0]);
  const close = indexEnding(toks, objRange[1]);
  if (open < 0 || close < 0 || toks[open]!.type !== 'LBrace' || toks[close]!.type !== 'RBrace') return undefined;
  const t = file.text;
  const firstKey = nextCode(toks, open);
  const last = prevCode(toks, close);
  const brace = toks[close]!;
  if (last === open) {
    const k = json5Key(key, '');
    return [{ start: toks[open]!.end, end: brace.start, text: ` ${k}: ${valueText} ` }];
  }
  const keyTok = toks[firstKey]!;
  const k = json5Key(key, t.slice(keyTok.start, keyTok.end));
  const trailing = toks[last]!.type === 'Comma';
  const multiline = file.positionAt(keyTok.start).line !== file.positionAt(brace.start).line;
  if (multiline && firstOnLine(file, brace.start) && firstOnLine(file, keyTok.start)) {
    const indent = indentAt(file, keyTok.start);
    const eol = eolOf(t);
    const at = lineStartAt(file, brace.start);
    const text = fromIndent === undefined ? valueText : reindent(valueText, fromIndent, indent);
    const member: RawEdit = { start: at, end: at, text: `${indent}${k}: ${text}${trailing ? ',' : ''}${eol}` };
    return trailing ? [member] : [{ start: toks[last]!.end, end: toks[last]!.end, text: ',' }, member];
  }
  const at = toks[last]!.end;
  return [{ start: at, end: at, text: trailing ? ` ${k}: ${valueText},` : `, ${k}: ${valueText}` }];
}

/** A moved value's later lines, indented relative to `to` as they were relative to `from`. */
function reindent(text: string, from: string, to: string): string {
  return text.replace(/(\r?\n)([ \t]*)/g, (m, eol: string, ws: string) =>
    ws.startsWith(from) ? `${eol}${to}${ws.slice(from.length)}` : m,
  );
}
