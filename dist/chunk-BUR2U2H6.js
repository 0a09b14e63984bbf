import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  fsPath,
  pyFsDecode
} from "./chunk-QTZD6J6D.js";

// src/secrets/files.ts
import { execFile } from "node:child_process";
import { promises as fs, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function relativeToCwd(cwd, p) {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}
function gitOutput(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer: 1 << 26 }, (err, stdout) => err ? reject(err) : resolve(stdout));
  });
}
var PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
function realpathOrNull(p) {
  try {
    return pyFsDecode(realpathSync.native(fsPath(p), { encoding: "buffer" }));
  } catch {
    return null;
  }
}
function isFileAt(p) {
  try {
    return statSync(fsPath(p)).isFile();
  } catch {
    return false;
  }
}
function pyRelativeInCwd(cwdReal, abs) {
  const real = realpathOrNull(abs);
  if (real === null) return null;
  const cut = real.slice(cwdReal.length + 1);
  if (!cut) return null;
  const target = path.resolve(cwdReal, cut);
  if (target !== cwdReal + path.sep + cut || !isFileAt(target)) return null;
  return toPosix(cut);
}
function walk(dir, real, cwdReal, out) {
  let entries;
  try {
    entries = readdirSync(fsPath(dir), { withFileTypes: true, encoding: "buffer" });
  } catch {
    return;
  }
  const inside = real === cwdReal || real.startsWith(cwdReal + path.sep);
  for (const e of entries) {
    const name = pyFsDecode(e.name);
    const abs = path.join(dir, name);
    if (e.isDirectory()) walk(abs, path.join(real, name), cwdReal, out);
    else if (e.isFile() && inside) out.push(toPosix(path.join(real, name).slice(cwdReal.length + 1)));
    else if (!e.isBlockDevice() && !e.isCharacterDevice() && !e.isFIFO() && !e.isSocket()) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) out.push(rel);
    }
  }
}
async function trackedFiles(cwdReal, top) {
  const listing = await gitOutput(top, ["ls-files", "-s"]).catch(() => "");
  const atTop = path.resolve(top) === cwdReal;
  const tracked = /* @__PURE__ */ new Set();
  for (const line of listing.split(PY_LINE_BREAK)) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const name = line.slice(tab + 1);
    if (!line.startsWith("120000 ")) {
      if (name) tracked.add(name);
      continue;
    }
    const abs = path.join(top, name);
    if (atTop) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) tracked.add(rel);
    } else {
      const real = realpathOrNull(abs) ?? path.resolve(abs);
      const cut = real.slice(top.length + 1);
      if (cut) tracked.add(toPosix(cut));
    }
  }
  return tracked;
}
async function filesToScan(cwd, paths, allFiles) {
  const targets = paths.length ? paths : ["."];
  const cwdReal = realpathOrNull(cwd) ?? path.resolve(cwd);
  const stats = await Promise.all(targets.map((p) => fs.stat(path.resolve(cwd, p)).catch(() => null)));
  let tracked = null;
  if (!allFiles && stats.some((s) => s?.isDirectory())) {
    const top = (await gitOutput(cwd, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim();
    if (!top) return [];
    tracked = await trackedFiles(cwdReal, top);
  }
  const out = /* @__PURE__ */ new Set();
  const add = (rel) => {
    if (!tracked || tracked.has(rel)) out.add(rel);
  };
  for (let i = 0; i < targets.length; i++) {
    const st = stats[i];
    const abs = path.resolve(cwd, targets[i]);
    if (!st) continue;
    if (st.isFile()) {
      const rel = pyRelativeInCwd(cwdReal, abs);
      if (rel !== null) add(rel);
    } else if (st.isDirectory()) {
      const found = [];
      walk(abs, realpathOrNull(abs) ?? abs, cwdReal, found);
      found.forEach(add);
    }
  }
  return [...out];
}

export {
  relativeToCwd,
  gitOutput,
  filesToScan
};
