import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  formatGitlab,
  formatJunit,
  formatText
} from "./chunk-LWVPQCAF.js";
import {
  FIX_TYPES
} from "./chunk-2QU2XKKE.js";
import {
  guarded
} from "./chunk-SLCGQ6A3.js";
import {
  MAX_CONFIG_BYTES,
  baseTrustedSide,
  changedAgainst,
  changedSinceCommit,
  describeTarget,
  hasInlineMarker,
  headText,
  lintConfigFile,
  lintDeployments,
  loadEnv,
  parseInvocation,
  parseShard,
  readTrustedPolicy,
  runLint,
  trustedLintOptions,
  weakenings
} from "./chunk-FKZV24QD.js";
import {
  DEFAULT_BASELINE,
  DEFAULT_OPENCLAW_VERSION,
  REGISTRY,
  SourceFile,
  VERSION,
  applyEdits,
  buildBaseline,
  clashes,
  diffBaseline,
  formatBaseline,
  formatSarif,
  manifestFixer,
  parseVersion,
  parseYaml,
  readBaseline,
  readSourceFile,
  reportJsonChunks,
  sameEdit,
  stripBom,
  totalOrder
} from "./chunk-4PZBY4PV.js";
import {
  neutraliseWorkflowCommands
} from "./chunk-HZ3S5XVW.js";
import {
  ConfinedWriteError,
  readConfinedText,
  realOrSelf,
  shouldFail,
  withWorkspace,
  writeConfined
} from "./chunk-YCW4PPVA.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";
import "./chunk-QUQWNW22.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import "./chunk-M7CPPUSY.js";

// src/cli-main.ts
import fs2 from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/registry/list.ts
function formatRuleList(format) {
  if (format === "json") {
    return JSON.stringify(
      REGISTRY.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        severity: r.severity,
        description: r.description,
        doc: r.doc,
        fixable: r.fixable,
        ...r.optIn ? { optIn: true } : {},
        ...r.releases !== void 0 ? { releases: r.releases } : {}
      })),
      null,
      2
    ).concat("\n");
  }
  const width = Math.max(...REGISTRY.map((r) => r.id.length));
  return REGISTRY.map(
    (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.kind.padEnd(11)}  ${r.title}${r.fixable ? " (fixable)" : ""}`
  ).join("\n").concat("\n");
}

// src/fix/diff.ts
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = /* @__PURE__ */ new Map([[1, 0]]);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1) ? v.get(k + 1) : v.get(k - 1) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v.set(k, x2);
      if (x2 >= n && y2 >= m) break outer;
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: " ", line: a[--x] });
    y--;
  }
  return ops.reverse();
}
function unifiedDiff(file, before, after, redact = (s) => s, context = 3) {
  if (before === after) return "";
  const ops = myers(splitLines(before), splitLines(after));
  const changed = ops.map((o, i) => o.kind !== " " ? i : -1).filter((i) => i >= 0);
  if (!changed.length) return "";
  const hunks = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  let out = `--- a/${file}
+++ b/${file}
`;
  for (const [s, e] of hunks) {
    const from = Math.max(0, s - context);
    const to = Math.min(ops.length - 1, e + context);
    let oldStart = 1;
    let newStart = 1;
    for (let i = 0; i < from; i++) {
      if (ops[i].kind !== "+") oldStart++;
      if (ops[i].kind !== "-") newStart++;
    }
    const body = ops.slice(from, to + 1);
    const oldLen = body.filter((o) => o.kind !== "+").length;
    const newLen = body.filter((o) => o.kind !== "-").length;
    out += `@@ -${oldLen ? oldStart : oldStart - 1},${oldLen} +${newLen ? newStart : newStart - 1},${newLen} @@
`;
    for (const o of body) out += `${o.kind}${redact(o.line)}
`;
  }
  return out;
}

// src/run-fix.ts
import fs from "node:fs";

// src/lint/fix-config.ts
var MAX_ROUNDS = 6;
var keyOf = (f) => `${f.ruleId}\0${f.path}`;
function describe(f, fix) {
  return {
    ruleId: f.ruleId,
    path: f.path,
    file: f.file,
    line: f.startLine,
    type: fix.type,
    description: fix.description
  };
}
var Overlay = class _Overlay {
  texts = /* @__PURE__ */ new Map();
  /** Repo-relative path → absolute path, for every file the config reads. */
  absOf = /* @__PURE__ */ new Map();
  learn(files) {
    for (const f of files) if (f.absPath && !this.absOf.has(f.path)) this.absOf.set(f.path, f.absPath);
  }
  textOf(rel, fallback) {
    const abs = this.absOf.get(rel);
    if (!abs) return void 0;
    const cur = this.texts.get(realOrSelf(abs));
    return cur ? cur.after : fallback.find((f) => f.path === rel)?.text;
  }
  /** A copy with `edits` made (undefined when an edited file is unknown). */
  with(edits, files) {
    const next = new _Overlay();
    for (const [k, v] of this.texts) next.texts.set(k, { ...v });
    for (const [k, v] of this.absOf) next.absOf.set(k, v);
    const byFile = /* @__PURE__ */ new Map();
    for (const e of edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
    for (const [rel, list] of byFile) {
      const abs = this.absOf.get(rel);
      const text = this.textOf(rel, files);
      if (!abs || text === void 0) return void 0;
      const key = realOrSelf(abs);
      const prev = next.texts.get(key);
      next.texts.set(key, { rel, abs, before: prev?.before ?? text, after: applyEdits(text, list) });
    }
    return next;
  }
  reader(base) {
    return (abs, display, max) => {
      const cur = this.texts.get(realOrSelf(abs));
      return cur ? { ok: true, file: new SourceFile(display, cur.after, abs) } : base(abs, display, max);
    };
  }
};
var NONE = /* @__PURE__ */ new Map();
async function lintWith(job, overlay, supplied = NONE) {
  const base = job.options.reader ?? readSourceFile;
  const rootText = overlay.texts.get(realOrSelf(job.file.absPath))?.after ?? job.file.text;
  const root = new SourceFile(job.file.path, rootText, job.file.absPath);
  const env = supplied.size ? new Map([...job.options.env ?? [], ...supplied]) : job.options.env;
  return lintConfigFile(root, { ...job.options, reader: overlay.reader(base), ...env ? { env } : {} });
}
function supplying(job, supplied, config, fixes) {
  let out;
  for (const s of fixes.flatMap((f) => f.supplies ?? [])) {
    if (job.options.env?.has(s.name) || supplied.has(s.name) || out?.has(s.name)) continue;
    const value = valueAt(config, s.path);
    if (typeof value !== "string") continue;
    out ??= new Map(supplied);
    out.set(s.name, value);
  }
  return out ?? supplied;
}
function valueAt(root, path2) {
  let v = root;
  for (const seg of path2) v = v !== null && typeof v === "object" ? v[seg] : void 0;
  return v;
}
function broke(result, touched) {
  return result.findings.some((f) => /^(parse|include)\./.test(f.ruleId) && touched.has(f.file));
}
async function fixConfig(job, select = {}) {
  let overlay = new Overlay();
  const applied = [];
  const refused = /* @__PURE__ */ new Map();
  const wanted = (f) => f.autofix !== void 0 && (!select.types || select.types.includes(f.autofix.type)) && !(select.skip?.(f) ?? false);
  let supplied = NONE;
  let current = await lintWith(job, overlay);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    overlay.learn(current.files);
    const candidates = current.findings.filter((f) => wanted(f) && !refused.has(keyOf(f)));
    if (!candidates.length) break;
    const accepted = [];
    const riders = [];
    const taken = [];
    for (const f of candidates) {
      let fix = f.autofix;
      let first;
      while (fix) {
        const edits = fix.edits.filter((e) => !taken.some((t) => sameEdit(t, e)));
        if (!edits.length) {
          riders.push(f);
          break;
        }
        if (edits.some((e) => taken.some((t) => clashes(t, e)))) break;
        const trial = overlay.with(edits, current.files);
        const env2 = supplying(job, supplied, current.config, [fix]);
        const reason = trial ? await check(job, trial, f, current.findings, edits, env2) : "a file it edits was not read";
        if (!reason) {
          accepted.push({ finding: f, fix, edits });
          taken.push(...edits);
          break;
        }
        first ??= reason;
        fix = fix.fallback;
        if (!fix) refused.set(keyOf(f), { ...describe(f, f.autofix), reason: first });
      }
    }
    if (!accepted.length) break;
    let next = overlay.with(taken, current.files);
    let env = supplying(
      job,
      supplied,
      current.config,
      accepted.map((a) => a.fix)
    );
    let result = await lintWith(job, next, env);
    const keys = new Set(result.findings.map(keyOf));
    const together = !broke(result, new Set(taken.map((e) => e.file))) && accepted.every((a) => !keys.has(keyOf(a.finding))) && !added(current.findings, result.findings);
    if (!together) {
      accepted.splice(1);
      next = overlay.with(accepted[0].edits, current.files);
      env = supplying(job, supplied, current.config, [accepted[0].fix]);
      result = await lintWith(job, next, env);
    }
    for (const a of accepted) applied.push(describe(a.finding, a.fix));
    const left = new Set(result.findings.map(keyOf));
    for (const r of riders) if (!left.has(keyOf(r))) applied.push(describe(r, r.autofix));
    overlay = next;
    supplied = env;
    current = result;
  }
  const changes = [...overlay.texts.values()].filter((t) => t.before !== t.after).map((t) => ({ file: t.rel, abs: t.abs, before: t.before, after: t.after }));
  return { changes, applied, refused: [...refused.values()] };
}
async function check(job, trial, f, before, edits, supplied = NONE) {
  const result = await lintWith(job, trial, supplied);
  if (broke(result, new Set(edits.map((e) => e.file)))) return "the fixed file would not parse";
  const keys = result.findings.map(keyOf);
  if (keys.includes(keyOf(f))) return "the fix would not remove the finding";
  const more = added(before, result.findings);
  if (more) return `the fix would add a finding (${more.ruleId}${more.path ? ` at ${more.path}` : ""})`;
  return void 0;
}
function added(before, after) {
  const count = /* @__PURE__ */ new Map();
  for (const f of before) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
  for (const f of after) {
    const n = count.get(f.ruleId) ?? 0;
    if (n <= 0) return f;
    count.set(f.ruleId, n - 1);
  }
  return void 0;
}

// src/lint/fix-manifests.ts
var at = (f) => `${f.ruleId}\0${f.file}\0${f.startLine}\0${f.startColumn}`;
var same = (f) => `${f.ruleId}\0${f.file}\0${f.message}`;
function describe2(p) {
  const f = p.finding;
  return {
    ruleId: f.ruleId,
    path: f.path,
    file: f.file,
    line: f.startLine,
    type: p.fix.type,
    description: p.fix.description
  };
}
function texts(fixes) {
  const byFile = /* @__PURE__ */ new Map();
  for (const p of fixes) {
    const cur = byFile.get(p.file.path) ?? { file: p.file, edits: [] };
    cur.edits.push(...p.fix.edits);
    byFile.set(p.file.path, cur);
  }
  const out = /* @__PURE__ */ new Map();
  for (const { file, edits } of byFile.values()) {
    const change = { file: file.path, abs: file.absPath, before: file.text, after: applyEdits(file.text, edits) };
    out.set(realOrSelf(file.absPath), change);
  }
  return out;
}
async function fixManifests(job, select = {}) {
  const reported = new Set(job.reported.map(at));
  const wanted = job.reported.filter((f) => {
    const fixer = manifestFixer(f.ruleId);
    return fixer && (!select.types || select.types.includes(fixer.type));
  });
  if (!wanted.length) return { changes: [], applied: [], refused: [] };
  const base = await lintDeployments(job.deploy);
  const sources = new Map(base.sources.map((s) => [s.path, s]));
  const planned = [];
  for (const f of base.findings) {
    const fixer = manifestFixer(f.ruleId);
    const file = sources.get(f.file);
    if (!fixer || !reported.has(at(f)) || !file?.absPath || select.types && !select.types.includes(fixer.type))
      continue;
    const fix = fixer.plan(f, file);
    if (!fix || planned.some((p) => p.fix.edits.some((e) => fix.edits.some((x) => clashes(e, x))))) continue;
    planned.push({ finding: f, fix, file });
  }
  if (!planned.length) return { changes: [], applied: [], refused: [] };
  const check2 = (fixes) => checkFixes(job.deploy, base.findings, fixes);
  let accepted = planned;
  const refused = [];
  const together = await check2(planned);
  if ([...together.values()].some((r) => r !== void 0)) {
    accepted = [];
    for (const p of planned) {
      const reason = planned.length === 1 ? together.get(p) : (await check2([p])).get(p);
      if (reason) refused.push({ ...describe2(p), reason });
      else accepted.push(p);
    }
    if (accepted.length > 1 && [...(await check2(accepted)).values()].some((r) => r !== void 0))
      accepted = accepted.slice(0, 1);
  }
  return { changes: [...texts(accepted).values()], applied: accepted.map(describe2), refused };
}
async function checkFixes(deploy, before, fixes) {
  const changed = texts(fixes);
  const reasons = /* @__PURE__ */ new Map();
  const broken = new Set(
    [...changed.values()].filter(
      (c) => parseYaml(new SourceFile(c.file, c.after)).some((d) => d.problems.some((p) => p.severity === "error"))
    ).map((c) => c.file)
  );
  const after = await lintDeployments({
    ...deploy,
    reader: (abs, display, max) => {
      const c = changed.get(realOrSelf(abs));
      return c ? { ok: true, file: new SourceFile(display, c.after, abs) } : readSourceFile(abs, display, max);
    }
  });
  const left = new Set(after.findings.map(same));
  const more = added(before, after.findings);
  for (const p of fixes)
    reasons.set(
      p,
      broken.has(p.file.path) ? "the fixed file would not parse" : left.has(same(p.finding)) ? "the fix would not remove the finding" : more ? `the fix would add a finding (${more.ruleId} at ${more.file}:${more.startLine})` : void 0
    );
  return reasons;
}

// src/run-fix.ts
var findingKey = (f) => `${f.file}\0${f.ruleId}\0${f.path}`;
async function runFix(lint, fix) {
  const before = await runLint({ ...lint, fixJobs: true });
  const suppressed = new Set(before.suppressed.map(findingKey));
  const changes = /* @__PURE__ */ new Map();
  let applied = [];
  const refused = [];
  const notWritten = [];
  await withWorkspace(
    lint.cwd,
    async () => {
      for (const job of before.fixJobs ?? []) {
        const r = await fixConfig(job, { types: fix.types, skip: (f) => suppressed.has(findingKey(f)) });
        refused.push(...r.refused);
        let ok = true;
        for (const c of r.changes) {
          const other = changes.get(realOrSelf(c.abs));
          if (other && other.after !== c.after) {
            notWritten.push({ file: c.file, reason: "two configs that include it need different fixes" });
            ok = false;
          }
          const problem = onDisk(c);
          if (problem) {
            notWritten.push({ file: c.file, reason: problem });
            ok = false;
          }
        }
        if (!ok) continue;
        for (const c of r.changes) changes.set(realOrSelf(c.abs), c);
        applied.push(...r.applied.filter((a) => !applied.some((b) => same2(a, b))));
      }
      if (lint.deploy !== false) {
        const m = await fixManifests(manifestJob(lint, before), { ...fix.types ? { types: fix.types } : {} });
        refused.push(...m.refused);
        const fresh = m.changes.filter((c) => {
          const problem = changes.has(realOrSelf(c.abs)) ? "a config fix edits it too" : onDisk(c);
          if (problem) notWritten.push({ file: c.file, reason: problem });
          return !problem;
        });
        for (const c of fresh) changes.set(realOrSelf(c.abs), c);
        const ok = new Set(fresh.map((c) => c.file));
        applied.push(...m.applied.filter((a) => ok.has(a.file)));
      }
      if (fix.dryRun) return;
      for (const c of changes.values()) {
        try {
          write(c, lint.cwd);
        } catch (err) {
          const code = err.code;
          notWritten.push({
            file: c.file,
            reason: err instanceof ConfinedWriteError ? err.message : `write failed (${code ?? "error"})`
          });
          changes.delete(realOrSelf(c.abs));
        }
      }
    },
    lint.paths
  );
  const list = [...changes.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const done = new Set(list.map((c) => c.file));
  const unwritten = new Set(notWritten.map((n) => n.file));
  applied = applied.filter((a) => done.has(a.file) || !unwritten.has(a.file));
  const after = fix.dryRun || !list.length ? before : await runLint(lint);
  return { before, after, changes: list, applied, refused, notWritten: dedupe(notWritten) };
}
function manifestJob(lint, before) {
  return {
    deploy: {
      cwd: lint.cwd,
      paths: lint.paths,
      env: loadEnv(lint.cwd, lint.envFiles, lint.envPairs, []),
      globs: lint.deployGlobs ?? [],
      ...before.config.helm ? { helm: before.config.helm } : {},
      ...lint.toolPath !== void 0 ? { toolPath: lint.toolPath } : {}
    },
    reported: before.findings
  };
}
function same2(a, b) {
  return a.ruleId === b.ruleId && a.path === b.path && a.file === b.file;
}
function dedupe(list) {
  return list.filter((x, i) => list.findIndex((y) => y.file === x.file && y.reason === x.reason) === i);
}
function onDisk(c) {
  const read = readConfinedText(c.abs, MAX_CONFIG_BYTES);
  if (!read.ok) return read.reason;
  if (stripBom(read.text) !== c.before)
    return "the file on disk is not the text that was linted (an embedded or rendered config, or it changed)";
  return void 0;
}
function write(c, cwd) {
  const read = readConfinedText(c.abs, MAX_CONFIG_BYTES);
  if (!read.ok || stripBom(read.text) !== c.before)
    throw new ConfinedWriteError(`${c.file} changed while it was being fixed; not written`);
  const bom = read.text.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  let mode;
  try {
    mode = fs.statSync(c.abs).mode & 4095;
  } catch {
    mode = void 0;
  }
  writeConfined(c.abs, bom + c.after, { root: realOrSelf(cwd), cwd, ...mode !== void 0 ? { mode } : {} });
}

// src/cli-main.ts
var COMMANDS = /* @__PURE__ */ new Set(["lint", "baseline", "secrets", "merge", "completion"]);
var BASELINE_HELP = `Usage: clawlint baseline create [PATH...] [options]
       clawlint baseline update [PATH...] [options]

A findings baseline accepts the findings a repository has today, so only new ones are reported.
  create   lint PATH (default .) and write every finding to the baseline file
  update   lint PATH and prune the entries whose finding is gone (new findings are not added)

Options:
  --baseline FILE        the baseline file (default: the config's baseline, else .clawlint-baseline.json)
  and the lint options that choose what is linted (--config, --exclude, --rule, --env-file, ...;
  see clawlint lint --help). See docs/baseline.md.
`;
var HELP = `Usage: clawlint [lint] [PATH...] [options]
       clawlint baseline <create|update> [PATH...] [options]
       clawlint secrets <scan|check|audit> ...
       clawlint merge REPORT.json... [options]
       clawlint completion <bash|zsh|fish>

Lints OpenClaw configs (openclaw.json, openclaw.json5, *.openclaw.json[5]) under PATH (default .).

Options:
  --format text|json|sarif|junit|gitlab  Output format (default text); sarif is SARIF 2.1.0 for code
                         scanning, junit a JUnit XML test report, gitlab a GitLab Code Quality report
  --sarif-category ID    SARIF automationDetails category (default: clawlint; none = leave it to upload-sarif)
  --sarif-include-suppressed  also emit suppressed results, each with SARIF suppressions (GitHub shows them as open alerts)
  --output FILE          Write the report to FILE instead of stdout
  --fail-on LEVEL        critical|warn|info|none: exit 1 when a finding at or above LEVEL exists
                         (default: the config's failOn, else critical)
  --config FILE          clawlint config (default: .clawlint.yml/.yaml/.json5/.json in the current directory)
  --base REF|DIR         take the policy from a trusted side, as the Action does in a pull request: the
                         clawlint config, custom policy files, findings baseline and the secrets
                         baseline's plugins and filters are read from the commit REF (git) or the
                         directory DIR (a checkout of the base branch), and every weakening the working
                         tree makes to them is a critical policy.weakened finding (--config, --baseline
                         and --secrets-baseline then name paths on that side)
  --baseline FILE        findings baseline (default: the config's baseline, else .clawlint-baseline.json if present)
  --no-baseline          ignore any findings baseline
  --secrets-baseline FILE  secrets baseline (default: the config's secrets.baseline, else .secrets.baseline
                         if present, else none: every secret found is new)
  --no-secrets           skip the secrets scan (detect-secrets compatible; on by default, as in the Action)
  --env-file FILE        dotenv file with values for \${VAR} (repeatable)
  --env KEY=VALUE        a value for \${VAR} (repeatable; wins over env files)
  --config-glob GLOB     also treat files matching GLOB as OpenClaw configs (repeatable)
  --deploy-glob GLOB     also treat files matching GLOB as deployment files (repeatable)
  --no-deploy            lint configs alone, ignoring the deployments that run them
  --exclude GLOB         skip files matching GLOB (repeatable; adds to the config's exclude)
  --rule RULE=LEVEL      off|critical|warn|info for RULE or family.* (repeatable; wins over the config)
  --helm-values DIR:FILE   an extra values file for the chart in DIR (repeatable)
  --helm-set DIR:KEY=VALUE a --set for the chart in DIR (repeatable)
  --attack-surface       also report OpenClaw's summary.attack_surface (info) for every config
  --openclaw-version V   the OpenClaw version the configs run (default: .clawlint.yml openclawVersion,
                         the deployment's image/npm pin, package.json, meta.lastTouchedVersion, newest)
  --upgrade-check        validate against the newest bundled OpenClaw release instead
  --fix                  apply every safe fix in place (comments and layout kept), then report what is left
  --fix-dry-run          write nothing; print the fixes as a unified diff on stdout
  --fix-type TYPE        security|migration: only fixes of this kind (repeatable)
  --shard I/N            lint shard I of N (configs with their deployments and includes; see docs/org-scale.md)
  --repository NAME      the repository scanned, recorded in the JSON report for clawlint merge
  --no-color             plain text output
  --debug                show the message and stack trace of internal errors
  --list-rules           list every rule id (with --format json: as JSON) and exit
  -v, --version          print the version
  -h, --help             print this help
`;
var LINT_OPTIONS = {
  format: { type: "string", default: "text" },
  output: { type: "string" },
  "sarif-category": { type: "string" },
  "sarif-include-suppressed": { type: "boolean" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  base: { type: "string" },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean", default: false },
  "secrets-baseline": { type: "string" },
  "no-secrets": { type: "boolean", default: false },
  "env-file": { type: "string", multiple: true, default: [] },
  env: { type: "string", multiple: true, default: [] },
  "config-glob": { type: "string", multiple: true, default: [] },
  "no-color": { type: "boolean", default: false },
  "attack-surface": { type: "boolean", default: false },
  "deploy-glob": { type: "string", multiple: true, default: [] },
  "no-deploy": { type: "boolean", default: false },
  exclude: { type: "string", multiple: true, default: [] },
  rule: { type: "string", multiple: true, default: [] },
  "helm-values": { type: "string", multiple: true, default: [] },
  "helm-set": { type: "string", multiple: true, default: [] },
  "openclaw-version": { type: "string" },
  "upgrade-check": { type: "boolean", default: false },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  "fix-type": { type: "string", multiple: true, default: [] },
  shard: { type: "string" },
  repository: { type: "string" },
  debug: { type: "boolean", default: false },
  "list-rules": { type: "boolean", default: false },
  version: { type: "boolean", short: "v", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var FAIL_ON = /* @__PURE__ */ new Set(["critical", "warn", "info", "none"]);
var FORMATS = /* @__PURE__ */ new Set(["text", "json", "sarif", "junit", "gitlab"]);
var JSON_FORMATS = /* @__PURE__ */ new Set(["json", "sarif", "gitlab"]);
function main(argv, rawIo) {
  return guarded(argv, rawIo, mainUnsafe);
}
async function mainUnsafe(argv, io) {
  const routed = await routeCommand(argv, io);
  if (typeof routed === "number") return routed;
  const { args, baselineCommand } = routed;
  const parsed = parseLintArgs(args);
  const o = parsed.values;
  const early = printInformation(o, io);
  if (early !== void 0) return early;
  const { invocation, fixTypes, fixing, shard } = checkLintFlags(o, baselineCommand);
  const trusted = o.base !== void 0 ? await readBase(io.cwd, o.base, o) : void 0;
  const lintOptions = lintRunOptions(o, parsed.positionals, io, { invocation, shard, trusted, baselineCommand });
  let fixed;
  if (fixing) {
    fixed = await runFix(lintOptions, {
      dryRun: o["fix-dry-run"],
      ...fixTypes.length ? { types: fixTypes } : {}
    });
    if (o["fix-dry-run"]) return printFixDryRun(fixed, o, io);
    reportFixes(fixed, false, io);
  }
  let result = fixed ? fixed.after : await runLint(lintOptions);
  if (trusted) result = await withWeakenings(io.cwd, trusted, result, lintOptions.paths);
  if (baselineCommand) return writeBaselineFile(baselineCommand, result, o.baseline, io);
  const failOn = o["fail-on"] ?? result.config.failOn ?? "critical";
  writeReport(result, o, failOn, io);
  if (o.format === "text") printTextNotes(result, io);
  return shouldFail(result.findings, failOn) ? 1 : 0;
}
async function routeCommand(argv, io) {
  let args = [...argv];
  if (args[0] === "help") {
    if (args[1] !== void 0 && !COMMANDS.has(args[1]))
      throw new UsageError(`unknown command ${JSON.stringify(args[1])}: one of ${[...COMMANDS].join(", ")}`);
    args = [...args.slice(1), "--help"];
  }
  if (args[0] === "merge") {
    const { runMergeCommand } = await import("./chunk-K24TCYGR.js");
    return runMergeCommand(args.slice(1), io);
  }
  if (args[0] === "secrets") {
    const { secretsMain } = await import("./chunk-74VHQR7B.js");
    return secretsMain(args, io);
  }
  if (args[0] === "completion") return completion(args.slice(1), io);
  if (args[0] === "baseline") return baselineArgs(args, io);
  return { args: args[0] === "lint" ? args.slice(1) : args };
}
function baselineArgs(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const command = args[1];
  if (command !== "create" && command !== "update")
    throw new UsageError("usage: clawlint baseline create|update [PATH...] [options]");
  const rest = args.slice(2);
  if (rest.some((a) => a === "--output" || a.startsWith("--output=")))
    throw new UsageError("clawlint baseline writes the file named by --baseline FILE, not --output");
  return { args: rest, baselineCommand: command };
}
function parseLintArgs(args) {
  try {
    return parseArgs({ args, allowPositionals: true, options: LINT_OPTIONS });
  } catch (err) {
    throw new UsageError(`${err.message.split("\n")[0]} (see clawlint --help)`);
  }
}
function printInformation(o, io) {
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(`clawlint ${VERSION}
`);
    return 0;
  }
  if (!FORMATS.has(o.format)) {
    throw new UsageError(`--format must be text, json, sarif, junit or gitlab, got ${JSON.stringify(o.format)}`);
  }
  if (o["list-rules"]) {
    if (o.format !== "text" && o.format !== "json") throw new UsageError("--list-rules prints text or json");
    io.stdout(formatRuleList(o.format));
    return 0;
  }
  return void 0;
}
function lintRunOptions(o, paths, io, checked) {
  const { invocation, shard, trusted, baselineCommand } = checked;
  return {
    cwd: io.cwd,
    invocation,
    paths,
    configGlobs: o["config-glob"],
    envFiles: o["env-file"],
    envPairs: o.env,
    includeOptIn: o["attack-surface"],
    configFile: o.config,
    secrets: o["no-secrets"] ? false : {
      baseline: o["secrets-baseline"],
      ...trusted ? { trustedSettings: trustedLintOptions(trusted.policy).secretsSettings } : {}
    },
    ...trusted ? { trustedPolicy: trustedLintOptions(trusted.policy).trustedPolicy } : {},
    deploy: !o["no-deploy"],
    deployGlobs: o["deploy-glob"],
    openclawVersion: o["openclaw-version"],
    upgradeCheck: o["upgrade-check"],
    ...shard ? { shard } : {},
    // Creating or updating a baseline starts from the raw findings.
    baseline: baselineCommand || o["no-baseline"] ? false : o.baseline
  };
}
function printFixDryRun(fixed, o, io) {
  const redact = fixed.before.redact;
  io.stdout(fixed.changes.map((c) => unifiedDiff(c.file, c.before, c.after, redact)).join(""));
  reportFixes(fixed, true, io);
  return shouldFail(fixed.before.findings, o["fail-on"] ?? fixed.before.config.failOn ?? "critical") ? 1 : 0;
}
function checkLintFlags(o, baselineCommand) {
  if (o["fail-on"] !== void 0 && !FAIL_ON.has(o["fail-on"])) {
    throw new UsageError(`--fail-on must be critical, warn, info or none, got ${JSON.stringify(o["fail-on"])}`);
  }
  if (o["openclaw-version"] !== void 0 && !parseVersion(o["openclaw-version"])) {
    throw new UsageError(
      `--openclaw-version must be an OpenClaw version such as 2026.3.1, got ${JSON.stringify(o["openclaw-version"])}`
    );
  }
  const invocation = parseInvocation({
    exclude: o.exclude,
    rules: o.rule,
    helmValues: o["helm-values"],
    helmSet: o["helm-set"]
  });
  const fixTypes = o["fix-type"].flatMap((t) => t.split(","));
  for (const t of fixTypes)
    if (!FIX_TYPES.includes(t))
      throw new UsageError(`--fix-type must be security or migration, got ${JSON.stringify(t)}`);
  const fixing = o.fix || o["fix-dry-run"];
  if (fixTypes.length && !fixing) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (fixing && baselineCommand) throw new UsageError("--fix cannot be combined with clawlint baseline");
  const shard = o.shard !== void 0 ? parseShard(o.shard) : void 0;
  if (shard && baselineCommand) throw new UsageError("--shard cannot be used with clawlint baseline");
  if (shard && fixing) throw new UsageError("--shard cannot be combined with --fix");
  if (o.base !== void 0 && (baselineCommand || fixing || shard))
    throw new UsageError("--base cannot be combined with clawlint baseline, --fix or --shard");
  return { invocation, fixTypes, fixing, shard };
}
function writeReport(result, o, failOn, io) {
  const toFile = o.output !== void 0;
  const pretty = !toFile && io.isTTY && o.format === "text";
  const report = () => o.format === "json" ? reportJsonChunks(result, {
    failOn,
    category: o["sarif-category"],
    ...o.repository ? { repository: o.repository } : {}
  }) : [otherReport()];
  const otherReport = () => o.format === "sarif" ? formatSarif([...result.findings, ...result.suppressed], {
    category: o["sarif-category"],
    includeSuppressed: o["sarif-include-suppressed"] === true
  }) : o.format === "junit" ? formatJunit([...result.findings, ...result.suppressed], failOn) : o.format === "gitlab" ? formatGitlab(result.findings) : formatText(
    result.findings.filter((f) => !f.baselined),
    {
      pretty,
      color: pretty && !o["no-color"] && !io.noColor,
      sources: result.sources,
      redact: result.redact
    }
  );
  if (toFile) writeOrUsage(path.resolve(io.cwd, o.output), report(), io.cwd, true, "--output");
  else {
    const text = [...report()].join("");
    io.stdout(JSON_FORMATS.has(o.format) ? neutraliseWorkflowCommands(text, true) : text);
  }
}
function printTextNotes(result, io) {
  for (const t of result.targets.filter((x) => x.version !== DEFAULT_OPENCLAW_VERSION || x.note))
    io.stderr(`clawlint: ${t.config}: validated against ${describeTarget(t)}
`);
  if (result.suppressed.length) {
    io.stderr(
      `clawlint: ${result.suppressed.length} finding${result.suppressed.length === 1 ? "" : "s"} suppressed as accepted risks (--format json lists them with their reasons)
`
    );
  }
  if (result.secrets?.baseline) {
    const s = result.secrets;
    io.stderr(
      `clawlint: secrets baseline ${s.baseline}: ${s.new} new, ${s.unchanged} unchanged, ${s.removed} removed${s.baselineNeedsRefresh ? " (refresh it: clawlint secrets scan --baseline " + s.baseline + ")" : ""}
`
    );
  }
  if (result.baseline) {
    const b = result.baseline;
    io.stderr(
      `clawlint: baseline ${b.file}: ${b.new} new, ${b.unchanged} unchanged (not shown), ${b.fixed} fixed${b.fixed ? " (run clawlint baseline update to prune)" : ""}
`
    );
  }
  if (result.findings.every((f) => f.baselined)) {
    io.stderr(
      `clawlint: no ${result.baseline ? "new " : ""}findings in ${result.configs.length} config${result.configs.length === 1 ? "" : "s"}
`
    );
  }
}
async function readBase(cwd, base, o) {
  let isDir;
  try {
    isDir = fs2.statSync(path.resolve(cwd, base)).isDirectory();
  } catch {
    isDir = false;
  }
  const side = baseTrustedSide(cwd, base, isDir);
  const policy = await readTrustedPolicy(cwd, side, {
    config: o.config ?? "",
    secretsBaseline: o["secrets-baseline"] ?? "",
    ...o.baseline ? { baseline: o.baseline } : {}
  });
  return { side, policy };
}
async function withWeakenings(cwd, trusted, result, paths) {
  let changed;
  if (trusted.side.commit) {
    try {
      changed = (await changedSinceCommit(cwd, trusted.side.commit)).changed;
    } catch {
      throw new UsageError(`--base: git diff against ${trusted.side.label} failed`);
    }
  } else {
    const { filesToScan } = await import("./chunk-NPM6LAAI.js");
    changed = await changedAgainst(cwd, trusted.side, [
      ...result.sources.keys(),
      ...result.findings.filter((f) => f.ruleId.startsWith("secrets.")).map((f) => f.file),
      // Every file the secrets scan reads that carries a pragma: one that hides a new secret leaves
      // no secrets finding to point at it.
      ...(await filesToScan(
        cwd,
        paths.filter((p) => p !== "."),
        result.config.secrets?.allFiles ?? false
      )).filter((f) => hasInlineMarker(headText(cwd, f) ?? ""))
    ]);
  }
  const found = weakenings(cwd, trusted.policy, changed, (f) => result.sources.has(f));
  return { ...result, findings: [...result.findings, ...found].sort(totalOrder) };
}
function reportFixes(r, dryRun, io) {
  const redact = r.before.redact;
  const n = r.applied.length;
  const files = r.changes.length;
  for (const a of r.applied)
    io.stderr(
      `clawlint: ${dryRun ? "would fix" : "fixed"} ${a.file}:${a.line} ${a.ruleId}: ${redact(a.description)}
`
    );
  for (const x of r.refused)
    io.stderr(`clawlint: not fixed ${x.file}:${x.line} ${x.ruleId}: ${redact(x.description)}: ${x.reason}
`);
  for (const w of r.notWritten) io.stderr(`clawlint: not written ${w.file}: ${w.reason}
`);
  io.stderr(
    `clawlint: ${dryRun ? "would fix" : "fixed"} ${n} finding${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}${r.refused.length ? `; ${r.refused.length} fix${r.refused.length === 1 ? "" : "es"} refused` : ""}
`
  );
}
var COMPLETION_HELP = `Usage: clawlint completion <bash|zsh|fish>

Prints a shell completion script. Install it with one of:
  clawlint completion bash > /etc/bash_completion.d/clawlint      (or: source <(clawlint completion bash))
  clawlint completion zsh > "\${fpath[1]}/_clawlint"
  clawlint completion fish > ~/.config/fish/completions/clawlint.fish
`;
async function completion(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(COMPLETION_HELP);
    return 0;
  }
  const { completionScript, SHELLS } = await import("./chunk-Q76D354U.js");
  const shell = SHELLS.find((s) => s === args[0]);
  if (!shell || args.length !== 1) throw new UsageError("usage: clawlint completion bash|zsh|fish");
  const lintFlags = Object.fromEntries(Object.entries(LINT_OPTIONS).map(([n, o]) => [n, o.type === "string"]));
  io.stdout(completionScript(shell, { lintFlags }));
  return 0;
}
function writeOrUsage(abs, data, cwd, trusted, label) {
  try {
    writeConfined(abs, data, { root: realOrSelf(cwd), cwd, trusted, ...label ? { label } : {} });
  } catch (err) {
    if (err instanceof ConfinedWriteError) throw new UsageError(err.message);
    const code = err.code;
    throw new UsageError(`cannot write ${label ? `${label} ` : ""}${abs}: ${code ?? "write failed"}`);
  }
}
function writeBaselineFile(command, result, file, io) {
  const rel = file ?? result.config.baseline ?? DEFAULT_BASELINE;
  const abs = path.resolve(io.cwd, rel);
  if (command === "create") {
    const b = buildBaseline(result.findings);
    writeOrUsage(abs, formatBaseline(b), io.cwd, file !== void 0);
    io.stderr(
      `clawlint: wrote ${rel} with ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}
`
    );
    return 0;
  }
  if (!fs2.existsSync(abs)) throw new UsageError(`findings baseline not found: ${rel} (use clawlint baseline create)`);
  let current;
  try {
    current = readBaseline(abs);
  } catch (err) {
    throw new UsageError(`cannot read findings baseline ${rel}: ${err.message}`);
  }
  const diff = diffBaseline(result.findings, current);
  writeOrUsage(abs, formatBaseline(diff.pruned), io.cwd, file !== void 0);
  io.stderr(
    `clawlint: ${rel}: pruned ${diff.fixed} fixed entr${diff.fixed === 1 ? "y" : "ies"}; ${diff.new} new finding${diff.new === 1 ? "" : "s"} not added (use baseline create to accept them)
`
  );
  return 0;
}
export {
  LINT_OPTIONS,
  main
};
