/**
 * The one way clawlint touches a path that comes from the repository, a pull request or a
 * config. Reads: every component resolved by realpath inside the workspace root (a symlink that
 * leaves the tree, `/proc`, `/dev` are refused), regular files only (FIFOs and devices are
 * refused without blocking), at most `maxBytes` read from the opened descriptor (a `/proc` file
 * claims size 0, so the cap bounds the read itself, not the stat). Writes: a temp file created
 * exclusively in a realpath-checked directory, renamed over the target; a symlinked target is
 * refused. test/security/read-call-sites.test.ts fails when a file read appears outside this module.
 */
import fs from 'node:fs';
import path from 'node:path';

export type RefusalCode = 'outside' | 'not-file' | 'missing' | 'too-large' | 'error';

export type ConfinedBytes =
  { ok: true; bytes: Buffer; real: string } | { ok: false; code: RefusalCode; reason: string; tooLarge?: boolean };

export type ConfinedText =
  | {
      ok: true;
      text: string;
      real: string;
      /** UTF-16 offset (in `text`) of the first invalid UTF-8 byte, which was decoded as U+FFFD. */
      invalidUtf8At?: number;
    }
  | { ok: false; code: RefusalCode; reason: string; tooLarge?: boolean };

/**
 * The workspaces in effect (innermost last); the process cwd when none was entered. Each is its
 * root plus the paths outside it that the trusted side named (command-line paths, `--env-file`):
 * those are read as named, while a path that comes from the repository never leaves the root.
 */
const stack: string[][] = [];

export type Roots = string | readonly string[];

/** Confine reads to `dir` (and the trusted paths `outside`) until the returned function is called. */
export function enterWorkspace(dir: string, outside: readonly string[] = []): () => void {
  const root = realOrSelf(dir);
  // Only a path named outside the tree is trusted as named; one inside stays confined even when
  // the repository made it a symlink out of the tree.
  const named = outside
    .map((p) => path.resolve(dir, p))
    .filter((p) => !isInside(path.resolve(dir), p) && !isInside(root, p))
    .map(realOrSelf);
  stack.push([root, ...named]);
  const depth = stack.length;
  return () => {
    stack.length = depth - 1;
  };
}

/** Run `fn` with reads confined to `dir` (and the trusted paths `outside`). */
export async function withWorkspace<T>(dir: string, fn: () => Promise<T>, outside: readonly string[] = []): Promise<T> {
  const leave = enterWorkspace(dir, outside);
  try {
    return await fn();
  } finally {
    leave();
  }
}

/** `fn` inside the workspace already entered, or confined to `dir` when none was (library entry points). */
export function inWorkspace<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  return stack.length ? fn() : withWorkspace(dir, fn);
}

/** The workspace root (writes stay inside it). */
export function workspaceRoot(): string {
  return stack.length ? stack[stack.length - 1]![0]! : realOrSelf(process.cwd());
}

/** The root and the trusted outside paths reads may reach. */
export function allowedRoots(): readonly string[] {
  return stack.length ? stack[stack.length - 1]! : [realOrSelf(process.cwd())];
}

/** The innermost workspace entered, else `dir` (for functions that take a cwd). */
export function workspaceRootOr(dir: string): readonly string[] {
  return stack.length ? stack[stack.length - 1]! : [realOrSelf(dir)];
}

function insideAny(roots: Roots, real: string): boolean {
  return (typeof roots === 'string' ? [roots] : roots).some((r) => isInside(r, real));
}

export function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function isInside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The realpath of `abs` when it exists inside `root`; a refusal otherwise. */
export function resolveInside(
  abs: string,
  roots: Roots = allowedRoots(),
): { ok: true; real: string } | { ok: false; code: RefusalCode; reason: string } {
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, code: 'missing', reason: 'file does not exist' };
    if (code === 'ELOOP') return { ok: false, code: 'outside', reason: 'symlink loop' };
    return { ok: false, code: 'error', reason: `cannot read file (${code ?? 'error'})` };
  }
  if (!insideAny(roots, real))
    return { ok: false, code: 'outside', reason: 'path leaves the workspace (a symlink or absolute path); not read' };
  return { ok: true, real };
}

/** True when `abs` names an existing entry inside the workspace (through symlinks that stay inside). */
export function existsInside(abs: string, roots: Roots = allowedRoots()): boolean {
  return resolveInside(abs, roots).ok;
}

/** True when `abs` resolves inside the workspace to a regular file. */
export function isFileInside(abs: string, roots: Roots = allowedRoots()): boolean {
  const r = resolveInside(abs, roots);
  if (!r.ok) return false;
  try {
    return fs.statSync(r.real).isFile();
  } catch {
    return false;
  }
}

const OPEN_FLAGS =
  fs.constants.O_RDONLY |
  (fs.constants.O_NONBLOCK ?? 0) |
  (fs.constants.O_NOCTTY ?? 0) |
  (fs.constants.O_NOFOLLOW ?? 0);

/** At most `maxBytes` of a regular file inside the workspace. Never throws. */
export function readConfinedBytes(abs: string, maxBytes: number, roots: Roots = allowedRoots()): ConfinedBytes {
  const where = resolveInside(abs, roots);
  if (!where.ok) return where;
  let fd: number | undefined;
  try {
    // The realpath has no symlink left; O_NOFOLLOW refuses one swapped in since.
    fd = fs.openSync(where.real, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, code: 'not-file', reason: 'not a regular file' };
    if (st.size > maxBytes) return tooLarge(st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(st.size, 4096)) + 1);
    let len = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
      if (len > maxBytes) return tooLarge(len, maxBytes);
      if (len === buf.length) {
        // Only a file growing under us gets here; read on up to the cap.
        return readGrowing(fd, buf, len, maxBytes, where.real);
      }
    }
    return { ok: true, bytes: buf.subarray(0, len), real: where.real };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, code: 'outside', reason: 'file is a symlink' };
    if (code === 'ENOENT') return { ok: false, code: 'missing', reason: 'file does not exist' };
    return { ok: false, code: 'error', reason: `cannot read file (${code ?? 'error'})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function readGrowing(fd: number, first: Buffer, len: number, maxBytes: number, real: string): ConfinedBytes {
  const buf = Buffer.allocUnsafe(maxBytes + 1);
  first.copy(buf, 0, 0, len);
  for (;;) {
    const n = fs.readSync(fd, buf, len, buf.length - len, null);
    if (n === 0) break;
    len += n;
    if (len > maxBytes) return tooLarge(len, maxBytes);
  }
  return { ok: true, bytes: buf.subarray(0, len), real };
}

function tooLarge(size: number, maxBytes: number): ConfinedBytes {
  return {
    ok: false,
    code: 'too-large',
    reason: `file is ${size}${size > maxBytes ? '+' : ''} bytes; the limit is ${maxBytes}`,
    tooLarge: true,
  };
}

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Text as OpenClaw reads it (Node's `readFile(…, 'utf8')`: invalid bytes become U+FFFD), with
 * the offset of the first invalid byte so it can be reported where it is.
 */
export function readConfinedText(abs: string, maxBytes: number, roots: Roots = allowedRoots()): ConfinedText {
  const r = readConfinedBytes(abs, maxBytes, roots);
  if (!r.ok) return r;
  const bad = firstInvalidUtf8(r.bytes);
  const text = lenient.decode(r.bytes);
  if (bad < 0) return { ok: true, text, real: r.real };
  return { ok: true, text, real: r.real, invalidUtf8At: lenient.decode(r.bytes.subarray(0, bad)).length };
}

/** Byte index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Entries of a directory inside the workspace that is not itself reached through a symlink. */
export function listDirConfined(absDir: string, roots: Roots = allowedRoots()): fs.Dirent[] | undefined {
  const where = resolveInside(absDir, roots);
  if (!where.ok) return undefined;
  try {
    if (fs.lstatSync(absDir).isSymbolicLink()) return undefined;
    return fs.readdirSync(where.real, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

export class ConfinedWriteError extends Error {}

function allowedWriteRoots(root: string): string[] {
  return [root, ...(process.env.RUNNER_TEMP ? [realOrSelf(process.env.RUNNER_TEMP)] : [])];
}

/** `mkdir -p` that refuses when the deepest existing ancestor resolves outside the workspace. */
export function mkdirConfined(absDir: string, root = workspaceRoot()): void {
  let existing = path.resolve(absDir);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = realOrSelf(existing);
  if (!allowedWriteRoots(root).some((r) => isInside(r, real)))
    throw new ConfinedWriteError(
      `refusing to create ${absDir}: it is outside the workspace (or a symlinked directory)`,
    );
  const rest = path.relative(existing, path.resolve(absDir));
  if (rest) fs.mkdirSync(path.join(real, rest), { recursive: true });
}

export interface WriteOptions {
  /** The workspace (default: the one entered). */
  root?: string;
  /** The cwd the path was given against (it may be a symlinked spelling of the root). */
  cwd?: string;
  /**
   * The path was named by the trusted side (`--output`, `--baseline`): a path outside the
   * workspace is written as named. A path from the repository (`.clawlint.yml` `baseline:`) never is.
   */
  trusted?: boolean;
  /** How the path is named in errors (default: the path). */
  label?: string;
  /** Permission bits of the written file (default 0o644; a fixed config keeps its own, e.g. 0o600). */
  mode?: number;
}

/**
 * Write `data` to `abs` without following a symlink: a directory inside the workspace must resolve
 * inside it (or RUNNER_TEMP), the target must not be a symlink or a non-file; the data goes to a
 * temp file created with O_EXCL beside it, renamed over the target.
 */
/** `data` may be chunks (a streamed report), written one after another. */
export function writeConfined(
  abs: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOptions = {},
): void {
  const root = opts.root ?? workspaceRoot();
  const target = path.resolve(opts.cwd ?? root, abs);
  const dir = path.dirname(target);
  const label = opts.label ? `${opts.label} ${abs}` : abs;
  let realDir: string;
  try {
    realDir = fs.realpathSync(dir);
  } catch {
    throw new ConfinedWriteError(`cannot write ${label}: its directory does not exist`);
  }
  const lexicallyInside =
    isInside(root, target) || (opts.cwd !== undefined && isInside(path.resolve(opts.cwd), target));
  if ((lexicallyInside || !opts.trusted) && !allowedWriteRoots(root).some((r) => isInside(r, realDir)))
    throw new ConfinedWriteError(
      `refusing to write ${label}: it ${lexicallyInside ? 'leaves the workspace through a symlinked directory' : 'is outside the workspace'}`,
    );
  const final = path.join(realDir, path.basename(target));
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(final);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new ConfinedWriteError(`refusing to write ${label}: the target is a symlink`);
  if (st && !st.isFile()) throw new ConfinedWriteError(`refusing to write ${label}: the target is not a regular file`);
  const tmp = path.join(realDir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = fs.openSync(
    tmp,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0),
    opts.mode ?? 0o644,
  );
  try {
    if (opts.mode !== undefined) fs.fchmodSync(fd, opts.mode);
    if (typeof data === 'string' || data instanceof Uint8Array) fs.writeFileSync(fd, data);
    else for (const chunk of data) fs.writeSync(fd, chunk);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    // rename replaces a symlink swapped in meanwhile instead of writing through it.
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

export class ConfinedReadError extends Error {}

/**
 * Text of a repository file through the confined reader, throwing ConfinedReadError with the
 * refusal (for callers whose `try` already handles an unreadable file).
 */
export function readConfinedTextOrThrow(abs: string, maxBytes: number, roots: Roots = allowedRoots()): string {
  const r = readConfinedText(abs, maxBytes, roots);
  if (!r.ok) throw new ConfinedReadError(r.reason);
  return r.text;
}

/** Entries of a directory through listDirConfined, throwing ConfinedReadError when refused. */
export function listDirConfinedOrThrow(absDir: string, roots: Roots = allowedRoots()): fs.Dirent[] {
  const entries = listDirConfined(absDir, roots);
  if (!entries) throw new ConfinedReadError('directory missing, outside the workspace or a symlink; not listed');
  return entries;
}
