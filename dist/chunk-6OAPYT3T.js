import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  DEFAULT_PLUGIN_NAMES
} from "./chunk-2I57N62P.js";

// src/secrets/pyjson.ts
var PyFloat = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function pyString(s) {
  if (PLAIN.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32 || c > 126) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += s[i];
  }
  return out + '"';
}
function pyFloat(n) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  let s = String(n);
  if (/e/.test(s)) {
    s = s.replace(/e\+?/, "e+").replace("e+-", "e-");
    const [m, e] = s.split("e");
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (Math.abs(n) >= 1e16) {
    const [m, e] = n.toExponential().split("e");
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return Number.isInteger(n) ? `${s}.0` : s;
}
function dump(v, indent, level) {
  if (v === null) return "null";
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return pyString(v);
  if (v instanceof PyFloat) return pyFloat(v.value);
  const pad = " ".repeat(indent * (level + 1));
  const end = " ".repeat(indent * level);
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    return `[
${v.map((x) => pad + dump(x, indent, level + 1)).join(",\n")}
${end}]`;
  }
  const entries = v instanceof Map ? [...v] : Object.entries(v);
  if (!entries.length) return "{}";
  return `{
${entries.map(([k, x]) => `${pad}${pyString(k)}: ${dump(x, indent, level + 1)}`).join(",\n")}
${end}}`;
}

// src/secrets/baseline.ts
var VERSION = "1.5.0";
var FILTER = {
  allowlist: "detect_secrets.filters.allowlist.is_line_allowlisted",
  baselineFile: "detect_secrets.filters.common.is_baseline_file",
  verification: "detect_secrets.filters.common.is_ignored_due_to_verification_policies",
  excludeFile: "detect_secrets.filters.regex.should_exclude_file",
  excludeLine: "detect_secrets.filters.regex.should_exclude_line",
  excludeSecret: "detect_secrets.filters.regex.should_exclude_secret"
};
var HEURISTICS = [
  "is_indirect_reference",
  "is_likely_id_string",
  "is_lock_file",
  "is_not_alphanumeric_string",
  "is_potential_uuid",
  "is_prefixed_with_dollar_sign",
  "is_sequential_string",
  "is_swagger_file",
  "is_templated_secret"
].map((f) => `detect_secrets.filters.heuristic.${f}`);
function defaultFilters() {
  return [
    { path: FILTER.allowlist },
    { path: FILTER.verification, min_level: 2 },
    ...HEURISTICS.map((path) => ({ path }))
  ];
}
function defaultPlugins() {
  return DEFAULT_PLUGIN_NAMES.map(
    (name) => name === "Base64HighEntropyString" ? { name, limit: 4.5 } : name === "HexHighEntropyString" ? { name, limit: 3 } : name === "KeywordDetector" ? { name, keyword_exclude: "" } : { name }
  );
}
var BaselineError = class extends Error {
};
function compareVersions(a, b) {
  const pa = a.split(".").map((x) => parseInt(x, 10) || 0);
  const pb = b.split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseBaseline(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BaselineError("not valid JSON");
  }
  if (!isObject(raw) || !Array.isArray(raw.plugins_used) || !isObject(raw.results)) {
    throw new BaselineError("not a detect-secrets baseline");
  }
  const version = typeof raw.version === "string" ? raw.version : "0.0.0";
  const plugins = [];
  for (const p of raw.plugins_used) {
    if (!isObject(p) || typeof p.name !== "string") continue;
    const cfg = { name: p.name };
    const limit = p.limit ?? p.base64_limit ?? p.hex_limit;
    if (typeof limit === "number") cfg.limit = limit;
    if (p.name === "KeywordDetector")
      cfg.keyword_exclude = typeof p.keyword_exclude === "string" ? p.keyword_exclude : "";
    plugins.push(cfg);
  }
  let filters;
  if (compareVersions(version, "1.0.0") < 0 || !Array.isArray(raw.filters_used)) {
    filters = upgradeFilters(raw);
  } else {
    filters = raw.filters_used.filter((f) => isObject(f) && typeof f.path === "string");
  }
  if (compareVersions(version, "1.1.0") < 0) {
    for (const f of ["is_lock_file", "is_not_alphanumeric_string", "is_swagger_file"]) {
      const path = `detect_secrets.filters.heuristic.${f}`;
      if (!filters.some((x) => x.path === path)) filters.push({ path });
    }
  }
  const results = /* @__PURE__ */ new Map();
  for (const [filename, list] of Object.entries(raw.results)) {
    if (!Array.isArray(list)) continue;
    const entries = [];
    for (const e of list) {
      if (!isObject(e) || typeof e.hashed_secret !== "string" || typeof e.type !== "string") continue;
      const entry = {
        type: e.type,
        filename,
        hashed_secret: e.hashed_secret,
        is_verified: e.is_verified === true,
        line_number: typeof e.line_number === "number" ? e.line_number : 0
      };
      if (typeof e.is_secret === "boolean") entry.is_secret = e.is_secret;
      entries.push(entry);
    }
    if (entries.length) results.set(filename, entries);
  }
  const baseline = { version, plugins, filters, results };
  if (typeof raw.generated_at === "string") baseline.generatedAt = raw.generated_at;
  return baseline;
}
function upgradeFilters(raw) {
  const filters = [
    { path: FILTER.allowlist },
    ...[
      "is_sequential_string",
      "is_potential_uuid",
      "is_likely_id_string",
      "is_templated_secret",
      "is_prefixed_with_dollar_sign",
      "is_indirect_reference"
    ].map((f) => ({ path: `detect_secrets.filters.heuristic.${f}` })),
    { path: FILTER.verification, min_level: 2 }
  ];
  const exclude = raw.exclude;
  if (isObject(exclude)) {
    if (typeof exclude.files === "string" && exclude.files)
      filters.push({ path: FILTER.excludeFile, pattern: [exclude.files] });
    if (typeof exclude.lines === "string" && exclude.lines)
      filters.push({ path: FILTER.excludeLine, pattern: [exclude.lines] });
  }
  return filters;
}
function cmpStr(a, b) {
  if (a === b) return 0;
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
    if (d) return d;
  }
  return ca.length - cb.length;
}
function compareEntries(a, b) {
  return a.line_number - b.line_number || cmpStr(a.hashed_secret, b.hashed_secret) || cmpStr(a.type, b.type);
}
function entryJson(e, slim) {
  const o = {
    type: e.type,
    filename: e.filename,
    hashed_secret: e.hashed_secret,
    is_verified: e.is_verified
  };
  if (e.line_number && !slim) o.line_number = e.line_number;
  if (e.is_secret !== void 0) o.is_secret = e.is_secret;
  return o;
}
function pluginJson(p) {
  const o = { name: p.name };
  if (p.name === "Base64HighEntropyString" || p.name === "HexHighEntropyString") {
    o.limit = new PyFloat(p.limit ?? (p.name === "HexHighEntropyString" ? 3 : 4.5));
  } else if (p.name === "KeywordDetector") {
    o.keyword_exclude = p.keyword_exclude ?? "";
  } else if (p.limit !== void 0) {
    o.limit = new PyFloat(p.limit);
  }
  return o;
}
function filterJson(f) {
  const o = { path: f.path };
  for (const [k, v] of Object.entries(f)) if (k !== "path") o[k] = v;
  return o;
}
function generatedAtNow(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function serializeBaseline(b, opts = {}) {
  return serializeBaselineChunks(b, opts).join("");
}
function serializeBaselineChunks(b, opts = {}) {
  const lower = (s) => s.toLowerCase();
  const plugins = [...b.plugins].sort((x, y) => cmpStr(lower(x.name), lower(y.name)));
  const filters = [...b.filters].sort((x, y) => cmpStr(lower(x.path), lower(y.path)));
  const chunks = [];
  let current = `{
  "version": ${pyString(VERSION)},
  "plugins_used": ${dump(plugins.map(pluginJson), 2, 1)},
  "filters_used": ${dump(filters.map(filterJson), 2, 1)},
  "results": `;
  let any = false;
  for (const filename of [...b.results.keys()].sort(cmpStr)) {
    const list = [...b.results.get(filename)].sort(compareEntries);
    if (!list.length) continue;
    current += `${any ? ",\n" : "{\n"}    ${pyString(filename)}: ${dump(
      list.map((e) => entryJson(e, opts.slim ?? false)),
      2,
      2
    )}`;
    any = true;
    if (current.length >= 1 << 16) {
      chunks.push(current);
      current = "";
    }
  }
  current += any ? "\n  }" : "{}";
  if (!opts.slim) current += `,
  "generated_at": ${pyString(opts.generatedAt ?? generatedAtNow())}`;
  chunks.push(current + "\n}\n");
  return chunks;
}
function identity(e) {
  return `${e.filename}\0${e.hashed_secret}\0${e.type}`;
}
function mergeLabels(fresh, old) {
  const oldById = /* @__PURE__ */ new Map();
  for (const list of old.values()) for (const e of list) oldById.set(identity(e), e);
  for (const list of fresh.values()) {
    for (const e of list) {
      const o = oldById.get(identity(e));
      if (!o) continue;
      if (e.is_secret === void 0 && o.is_secret !== void 0) e.is_secret = o.is_secret;
      if (o.is_verified) e.is_verified = true;
    }
  }
}
function withBaselineFilter(filters, baselinePath) {
  return [
    ...filters.filter((f) => f.path !== FILTER.baselineFile),
    { path: FILTER.baselineFile, filename: baselinePath }
  ];
}
function patternsOf(filters, path) {
  const f = filters.find((x) => x.path === path);
  return Array.isArray(f?.pattern) ? f.pattern.filter((p) => typeof p === "string") : [];
}

export {
  VERSION,
  FILTER,
  HEURISTICS,
  defaultFilters,
  defaultPlugins,
  BaselineError,
  parseBaseline,
  compareEntries,
  generatedAtNow,
  serializeBaseline,
  serializeBaselineChunks,
  identity,
  mergeLabels,
  withBaselineFilter,
  patternsOf
};
