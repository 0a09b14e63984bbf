import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/core/fs-confined.ts
import fs from "node:fs";
import path from "node:path";
var stack = [];
function enterWorkspace(dir, outside = []) {
  const root = realOrSelf(dir);
  const named = outside.map((p) => path.resolve(dir, p)).filter((p) => !isInside(path.resolve(dir), p) && !isInside(root, p)).map(realOrSelf);
  stack.push([root, ...named]);
  const depth = stack.length;
  return () => {
    stack.length = depth - 1;
  };
}
async function withWorkspace(dir, fn, outside = []) {
  const leave = enterWorkspace(dir, outside);
  try {
    return await fn();
  } finally {
    leave();
  }
}
function inWorkspace(dir, fn) {
  return stack.length ? fn() : withWorkspace(dir, fn);
}
function workspaceRoot() {
  return stack.length ? stack[stack.length - 1][0] : realOrSelf(process.cwd());
}
function allowedRoots() {
  return stack.length ? stack[stack.length - 1] : [realOrSelf(process.cwd())];
}
function workspaceRootOr(dir) {
  return stack.length ? stack[stack.length - 1] : [realOrSelf(dir)];
}
function insideAny(roots, real) {
  return (typeof roots === "string" ? [roots] : roots).some((r) => isInside(r, real));
}
function realOrSelf(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function isInside(root, real) {
  const rel = path.relative(root, real);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function resolveInside(abs, roots = allowedRoots()) {
  let real;
  try {
    real = fs.realpathSync(abs);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, code: "missing", reason: "file does not exist" };
    if (code === "ELOOP") return { ok: false, code: "outside", reason: "symlink loop" };
    return { ok: false, code: "error", reason: `cannot read file (${code ?? "error"})` };
  }
  if (!insideAny(roots, real))
    return { ok: false, code: "outside", reason: "path leaves the workspace (a symlink or absolute path); not read" };
  return { ok: true, real };
}
function existsInside(abs, roots = allowedRoots()) {
  return resolveInside(abs, roots).ok;
}
function isFileInside(abs, roots = allowedRoots()) {
  const r = resolveInside(abs, roots);
  if (!r.ok) return false;
  try {
    return fs.statSync(r.real).isFile();
  } catch {
    return false;
  }
}
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
function readConfinedBytes(abs, maxBytes, roots = allowedRoots()) {
  const where = resolveInside(abs, roots);
  if (!where.ok) return where;
  let fd;
  try {
    fd = fs.openSync(where.real, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, code: "not-file", reason: "not a regular file" };
    if (st.size > maxBytes) return tooLarge(st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(st.size, 4096)) + 1);
    let len = 0;
    for (; ; ) {
      const n = fs.readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
      if (len > maxBytes) return tooLarge(len, maxBytes);
      if (len === buf.length) {
        return readGrowing(fd, buf, len, maxBytes, where.real);
      }
    }
    return { ok: true, bytes: buf.subarray(0, len), real: where.real };
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") return { ok: false, code: "outside", reason: "file is a symlink" };
    if (code === "ENOENT") return { ok: false, code: "missing", reason: "file does not exist" };
    return { ok: false, code: "error", reason: `cannot read file (${code ?? "error"})` };
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function readGrowing(fd, first, len, maxBytes, real) {
  const buf = Buffer.allocUnsafe(maxBytes + 1);
  first.copy(buf, 0, 0, len);
  for (; ; ) {
    const n = fs.readSync(fd, buf, len, buf.length - len, null);
    if (n === 0) break;
    len += n;
    if (len > maxBytes) return tooLarge(len, maxBytes);
  }
  return { ok: true, bytes: buf.subarray(0, len), real };
}
function tooLarge(size, maxBytes) {
  return {
    ok: false,
    code: "too-large",
    reason: `file is ${size}${size > maxBytes ? "+" : ""} bytes; the limit is ${maxBytes}`,
    tooLarge: true
  };
}
var lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function readConfinedText(abs, maxBytes, roots = allowedRoots()) {
  const r = readConfinedBytes(abs, maxBytes, roots);
  if (!r.ok) return r;
  const bad = firstInvalidUtf8(r.bytes);
  const text = lenient.decode(r.bytes);
  if (bad < 0) return { ok: true, text, real: r.real };
  return { ok: true, text, real: r.real, invalidUtf8At: lenient.decode(r.bytes.subarray(0, bad)).length };
}
function firstInvalidUtf8(b) {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) need = 1;
    else if (c >= 224 && c <= 239) {
      need = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === void 0) return i;
      if (k === 1 ? d < lo || d > hi : d < 128 || d > 191) return i;
    }
    i += need + 1;
  }
  return -1;
}
function listDirConfined(absDir, roots = allowedRoots()) {
  const where = resolveInside(absDir, roots);
  if (!where.ok) return void 0;
  try {
    if (fs.lstatSync(absDir).isSymbolicLink()) return void 0;
    return fs.readdirSync(where.real, { withFileTypes: true });
  } catch {
    return void 0;
  }
}
var ConfinedWriteError = class extends Error {
};
function allowedWriteRoots(root) {
  return [root, ...process.env.RUNNER_TEMP ? [realOrSelf(process.env.RUNNER_TEMP)] : []];
}
function mkdirConfined(absDir, root = workspaceRoot()) {
  let existing = path.resolve(absDir);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = realOrSelf(existing);
  if (!allowedWriteRoots(root).some((r) => isInside(r, real)))
    throw new ConfinedWriteError(
      `refusing to create ${absDir}: it is outside the workspace (or a symlinked directory)`
    );
  const rest = path.relative(existing, path.resolve(absDir));
  if (rest) fs.mkdirSync(path.join(real, rest), { recursive: true });
}
function writeConfined(abs, data, opts = {}) {
  const root = opts.root ?? workspaceRoot();
  const target = path.resolve(opts.cwd ?? root, abs);
  const dir = path.dirname(target);
  const label = opts.label ? `${opts.label} ${abs}` : abs;
  let realDir;
  try {
    realDir = fs.realpathSync(dir);
  } catch {
    throw new ConfinedWriteError(`cannot write ${label}: its directory does not exist`);
  }
  const lexicallyInside = isInside(root, target) || opts.cwd !== void 0 && isInside(path.resolve(opts.cwd), target);
  if ((lexicallyInside || !opts.trusted) && !allowedWriteRoots(root).some((r) => isInside(r, realDir)))
    throw new ConfinedWriteError(
      `refusing to write ${label}: it ${lexicallyInside ? "leaves the workspace through a symlinked directory" : "is outside the workspace"}`
    );
  const final = path.join(realDir, path.basename(target));
  let st;
  try {
    st = fs.lstatSync(final);
  } catch {
    st = void 0;
  }
  if (st?.isSymbolicLink()) throw new ConfinedWriteError(`refusing to write ${label}: the target is a symlink`);
  if (st && !st.isFile()) throw new ConfinedWriteError(`refusing to write ${label}: the target is not a regular file`);
  const tmp = path.join(realDir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = fs.openSync(
    tmp,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0),
    opts.mode ?? 420
  );
  try {
    if (opts.mode !== void 0) fs.fchmodSync(fd, opts.mode);
    if (typeof data === "string" || data instanceof Uint8Array) fs.writeFileSync(fd, data);
    else for (const chunk of data) fs.writeSync(fd, chunk);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
var ConfinedReadError = class extends Error {
};
function readConfinedTextOrThrow(abs, maxBytes, roots = allowedRoots()) {
  const r = readConfinedText(abs, maxBytes, roots);
  if (!r.ok) throw new ConfinedReadError(r.reason);
  return r.text;
}
function listDirConfinedOrThrow(absDir, roots = allowedRoots()) {
  const entries = listDirConfined(absDir, roots);
  if (!entries) throw new ConfinedReadError("directory missing, outside the workspace or a symlink; not listed");
  return entries;
}

// src/core/finding.ts
var SEVERITIES = ["critical", "warn", "info"];
function severityRank(severity) {
  return severity === "critical" ? 3 : severity === "warn" ? 2 : 1;
}
function failOnRank(failOn) {
  return failOn === "none" ? Infinity : severityRank(failOn);
}
function shouldFail(findings, failOn) {
  const threshold = failOnRank(failOn);
  return findings.some((f) => !f.suppressed && !f.baselined && severityRank(f.severity) >= threshold);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.startLine - b.startLine || a.startColumn - b.startColumn || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}
function summarize(findings) {
  const summary = { critical: 0, warn: 0, info: 0 };
  for (const f of findings) if (!f.suppressed && !f.baselined) summary[f.severity]++;
  return summary;
}
function makeFinding(ruleId, severity, message, location, path2 = "", fix) {
  const f = { ruleId, severity, message, ...location, path: path2 };
  if (fix) f.fix = fix;
  return f;
}
function dedupeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.startLine}\0${f.startColumn}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  withWorkspace,
  inWorkspace,
  allowedRoots,
  workspaceRootOr,
  realOrSelf,
  isInside,
  existsInside,
  isFileInside,
  readConfinedBytes,
  readConfinedText,
  listDirConfined,
  ConfinedWriteError,
  mkdirConfined,
  writeConfined,
  readConfinedTextOrThrow,
  listDirConfinedOrThrow,
  SEVERITIES,
  severityRank,
  failOnRank,
  shouldFail,
  compareFindings,
  summarize,
  makeFinding,
  dedupeFindings
};
