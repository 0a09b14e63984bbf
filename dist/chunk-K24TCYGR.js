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
  escapeMarkdown,
  formatSummary
} from "./chunk-6PUEECXS.js";
import {
  REPORT_VERSION,
  SARIF_SCHEMA_URI,
  VERSION,
  diffBaseline,
  formatReportJson,
  formatSarif,
  jsonDocument,
  toJsonFinding,
  totalOrder,
  walk
} from "./chunk-4PZBY4PV.js";
import {
  neutraliseWorkflowCommands
} from "./chunk-HZ3S5XVW.js";
import {
  ConfinedWriteError,
  SEVERITIES,
  existsInside,
  failOnRank,
  readConfinedText,
  realOrSelf,
  shouldFail,
  summarize,
  writeConfined
} from "./chunk-YCW4PPVA.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-2I57N62P.js";
import "./chunk-M7CPPUSY.js";

// src/merge/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/merge/merge.ts
var groupKey = (r) => `${r.repository ?? ""}\0${r.category}`;
function strictest(failOns) {
  return [...failOns].sort((a, b) => failOnRank(a) - failOnRank(b))[0] ?? "critical";
}
function mergeReports(reports, failOnOverride) {
  if (!reports.length) throw new UsageError("merge: give at least one REPORT.json");
  const byGroup = /* @__PURE__ */ new Map();
  for (const r of reports) byGroup.set(groupKey(r), [...byGroup.get(groupKey(r)) ?? [], r]);
  const groups = [...byGroup.values()].map((list) => mergeGroup(list, failOnOverride));
  groups.sort((a, b) => groupKey(a) < groupKey(b) ? -1 : groupKey(a) > groupKey(b) ? 1 : 0);
  const failOn = failOnOverride ?? strictest(groups.map((g) => g.failOn));
  return { groups, failOn, failed: groups.some((g) => shouldFail(g.findings, failOnOverride ?? g.failOn)) };
}
function describeGroup(r) {
  return `${r.repository ? `repository ${r.repository}, ` : ""}category ${r.category}`;
}
function checkGroupComplete(list) {
  const first = list[0];
  const sharded = list.filter((r) => r.shard);
  if (sharded.length && sharded.length !== list.length)
    throw new UsageError(
      `merge: ${describeGroup(first)}: ${list.find((r) => !r.shard).file} is a whole run and ${sharded[0].file} a shard of one; give one or the other`
    );
  if (!sharded.length && list.length > 1)
    throw new UsageError(
      `merge: ${list[0].file} and ${list[1].file} are both whole runs of ${describeGroup(first)}; give each a different --repository or --sarif-category`
    );
  if (sharded.length) {
    const total = first.shard.total;
    const seen = /* @__PURE__ */ new Map();
    for (const r of list) {
      if (r.shard.total !== total)
        throw new UsageError(
          `merge: ${describeGroup(first)}: ${r.file} is shard ${r.shard.index}/${r.shard.total}, ${first.file} is of ${total}`
        );
      if (r.toolVersion !== first.toolVersion)
        throw new UsageError(
          `merge: ${describeGroup(first)}: shards from clawlint ${first.toolVersion} and ${r.toolVersion}`
        );
      const dup = seen.get(r.shard.index);
      if (dup)
        throw new UsageError(
          `merge: ${describeGroup(first)}: shard ${r.shard.index}/${total} twice (${dup}, ${r.file})`
        );
      seen.set(r.shard.index, r.file);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length)
      throw new UsageError(
        `merge: ${describeGroup(first)}: shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${total}`).join(", ")} missing; every shard's report is needed`
      );
  }
  return sharded.length > 0;
}
function unusedAcrossShards(list, withBaseline) {
  const pending = [];
  const key = (f) => JSON.stringify([f.file, f.startLine, f.startColumn, f.ruleId, f.message]);
  const counts = /* @__PURE__ */ new Map();
  for (const r of list)
    for (const f of new Map(r.unusedConfigSuppressions.map((x) => [key(x), x])).values()) {
      const c = counts.get(key(f)) ?? { f, n: 0 };
      c.n++;
      counts.set(key(f), c);
    }
  for (const { f, n } of counts.values()) if (n === list.length) pending.push(f);
  if (!withBaseline) return { pending, adjust: { new: pending.length, unchanged: 0, fixed: 0 } };
  const diff = diffBaseline(pending, { version: 1, entries: list.flatMap((r) => r.unusedConfigBaseline) });
  return { pending: diff.findings, adjust: { new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed } };
}
function mergeGroup(list, failOnOverride) {
  const first = list[0];
  const sharded = checkGroupComplete(list);
  const failOns = [...new Set(list.map((r) => r.failOn))];
  const failOn = failOnOverride ?? strictest(failOns);
  const findings = list.flatMap((r) => r.findings);
  const baselines = list.flatMap((r) => r.baseline ? [r.baseline] : []);
  let adjust = { new: 0, unchanged: 0, fixed: 0 };
  if (sharded) {
    const left = unusedAcrossShards(list, baselines.length > 0);
    findings.push(...left.pending);
    adjust = left.adjust;
  }
  const secrets = list.flatMap((r) => r.secrets ? [r.secrets] : []);
  return {
    ...first.repository ? { repository: first.repository } : {},
    category: first.category,
    failOn,
    files: list.map((r) => r.file),
    findings: findings.sort(totalOrder),
    suppressed: list.flatMap((r) => r.suppressed).sort(totalOrder),
    configs: [...new Set(list.flatMap((r) => r.configs))].sort(),
    targets: list.flatMap((r) => r.targets),
    ...baselines.length ? {
      baseline: {
        file: baselines[0].file,
        new: sum(baselines, "new") + adjust.new,
        unchanged: sum(baselines, "unchanged") + adjust.unchanged,
        fixed: sum(baselines, "fixed") + adjust.fixed
      }
    } : {},
    ...secrets.length ? {
      secrets: {
        baseline: secrets[0].baseline,
        new: sum(secrets, "new"),
        unchanged: sum(secrets, "unchanged"),
        removed: sum(secrets, "removed"),
        baselineNeedsRefresh: secrets.some((s) => s.baselineNeedsRefresh)
      }
    } : {}
  };
}
function sum(xs, k) {
  return xs.reduce((n, x) => n + x[k], 0);
}
function groupRows(merged) {
  const rank = (s) => s === "critical" ? 3 : s === "warn" ? 2 : s === "info" ? 1 : 0;
  return merged.groups.map((g) => {
    const counts = summarize(g.findings);
    const worst = ["critical", "warn", "info"].find((s) => counts[s] > 0);
    return {
      ...g.repository ? { repository: g.repository } : {},
      category: g.category,
      configs: g.configs.length,
      counts,
      ...worst ? { worst } : {},
      verdict: shouldFail(g.findings, g.failOn) ? "fail" : "pass"
    };
  }).sort(
    (a, b) => rank(b.worst) - rank(a.worst) || (b.worst ? b.counts[b.worst] - a.counts[a.worst] : 0) || groupKey(a).localeCompare(groupKey(b))
  );
}

// src/merge/read.ts
var FAIL_ONS = /* @__PURE__ */ new Set(["critical", "warn", "info", "none"]);
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(where, what) {
    throw new UsageError(`${this.file}: ${where}: ${what}`);
  }
  obj(v, where) {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(where, "expected an object");
    return v;
  }
  arr(v, where) {
    if (!Array.isArray(v)) this.fail(where, "expected an array");
    return v;
  }
  str(v, where) {
    if (typeof v !== "string") this.fail(where, "expected a string");
    return v;
  }
  int(v, where) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) this.fail(where, "expected a whole number");
    return v;
  }
  optStr(o, k, where) {
    return o[k] === void 0 ? void 0 : this.str(o[k], `${where}.${k}`);
  }
  location(v, where) {
    const o = this.obj(v, where);
    const message = this.optStr(o, "message", where);
    return {
      file: this.str(o.file, `${where}.file`),
      startLine: this.int(o.startLine, `${where}.startLine`),
      startColumn: this.int(o.startColumn, `${where}.startColumn`),
      endLine: this.int(o.endLine, `${where}.endLine`),
      endColumn: this.int(o.endColumn, `${where}.endColumn`),
      ...message !== void 0 ? { message } : {}
    };
  }
  finding(v, where) {
    const o = this.obj(v, where);
    const severity = this.str(o.severity, `${where}.severity`);
    if (!SEVERITIES.includes(severity)) this.fail(`${where}.severity`, "not a severity");
    const { message: _m, ...loc } = this.location(o, where);
    const f = {
      ruleId: this.str(o.ruleId, `${where}.ruleId`),
      severity,
      message: this.str(o.message, `${where}.message`),
      ...loc,
      path: this.str(o.path, `${where}.path`)
    };
    const fix = this.optStr(o, "fix", where);
    if (fix !== void 0) f.fix = fix;
    const suggestion = this.optStr(o, "suggestion", where);
    if (suggestion !== void 0) f.suggestion = suggestion;
    if (o.autofix !== void 0) {
      const a = this.obj(o.autofix, `${where}.autofix`);
      const type = this.str(a.type, `${where}.autofix.type`);
      if (!FIX_TYPES.includes(type)) this.fail(`${where}.autofix.type`, "unknown fix type");
      f.autofix = {
        type,
        description: this.str(a.description, `${where}.autofix.description`),
        // The report carries lines and columns; offsets are only for applying a fix, which merge never does.
        edits: this.arr(a.edits, `${where}.autofix.edits`).map((e, i) => {
          const w = `${where}.autofix.edits[${i}]`;
          const { message: _m2, ...loc2 } = this.location(e, w);
          return { ...loc2, start: -1, end: -1, text: this.str(this.obj(e, w).text, `${w}.text`) };
        })
      };
    }
    if (o.related !== void 0)
      f.related = this.arr(o.related, `${where}.related`).map((r, i) => this.location(r, `${where}.related[${i}]`));
    if (o.suppressed !== void 0) {
      const s = this.obj(o.suppressed, `${where}.suppressed`);
      const kind = this.str(s.kind, `${where}.suppressed.kind`);
      if (!["inline", "config", "openclaw"].includes(kind)) this.fail(`${where}.suppressed.kind`, "unknown kind");
      const by = this.optStr(s, "by", `${where}.suppressed`);
      const until = this.optStr(s, "until", `${where}.suppressed`);
      f.suppressed = {
        kind,
        reason: this.str(s.reason, `${where}.suppressed.reason`),
        ...by !== void 0 ? { by } : {},
        ...until !== void 0 ? { until } : {}
      };
    }
    if (o.baselined !== void 0) {
      if (o.baselined !== true) this.fail(`${where}.baselined`, "expected true");
      f.baselined = true;
    }
    return f;
  }
  findings(v, where) {
    return v === void 0 ? [] : this.arr(v, where).map((f, i) => this.finding(f, `${where}[${i}]`));
  }
};
function readReport(file, text) {
  const r = new Reader(file);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not JSON (give the reports written by clawlint --format json)`);
  }
  const o = r.obj(doc, "report");
  const tool = r.obj(o.tool, "tool");
  if (tool.name !== "clawlint") r.fail("tool.name", "not a clawlint report");
  if (o.report === void 0)
    r.fail(
      "report",
      `no report metadata (written by an older clawlint); rerun it with clawlint ${VERSION} --format json`
    );
  const meta = r.obj(o.report, "report");
  const version = r.int(meta.version, "report.version");
  if (version !== REPORT_VERSION)
    r.fail("report.version", `version ${version}; this clawlint merges version ${REPORT_VERSION} reports`);
  if (meta.groups !== void 0)
    r.fail("report", "already a merge of several repositories or categories; merge the original reports");
  const failOn = r.str(meta.failOn, "report.failOn");
  if (!FAIL_ONS.has(failOn)) r.fail("report.failOn", "not critical, warn, info or none");
  let shard;
  if (meta.shard !== void 0) {
    const s = r.obj(meta.shard, "report.shard");
    shard = { index: r.int(s.index, "report.shard.index"), total: r.int(s.total, "report.shard.total") };
    if (shard.total < 1 || shard.index < 1 || shard.index > shard.total) r.fail("report.shard", "not INDEX/TOTAL");
  }
  const targets = readTargets(r, o.targets);
  const baseline = o.baseline === void 0 ? void 0 : readBaselineSummary(r, o.baseline);
  const secrets = o.secrets === void 0 ? void 0 : readSecretsSummary(r, o.secrets);
  const repository = r.optStr(meta, "repository", "report");
  return {
    file,
    toolVersion: r.str(tool.version, "tool.version"),
    findings: r.findings(o.findings, "findings"),
    suppressed: r.findings(o.suppressed, "suppressed"),
    configs: r.arr(meta.configs, "report.configs").map((c, i) => r.str(c, `report.configs[${i}]`)),
    targets,
    ...baseline ? { baseline } : {},
    ...secrets ? { secrets } : {},
    failOn,
    category: r.str(meta.category, "report.category"),
    ...repository !== void 0 ? { repository } : {},
    ...shard ? { shard } : {},
    unusedConfigSuppressions: r.findings(meta.unusedConfigSuppressions, "report.unusedConfigSuppressions"),
    unusedConfigBaseline: readUnusedConfigBaseline(r, meta.unusedConfigBaseline)
  };
}
function readTargets(r, v) {
  return (v === void 0 ? [] : r.arr(v, "targets")).map((t, i) => {
    const x = r.obj(t, `targets[${i}]`);
    const w = `targets[${i}]`;
    const requested = r.optStr(x, "requested", w);
    const note = r.optStr(x, "note", w);
    return {
      config: r.str(x.config, `${w}.config`),
      version: r.str(x.version, `${w}.version`),
      line: r.str(x.line, `${w}.line`),
      kind: r.str(x.source, `${w}.source`),
      source: r.str(x.from, `${w}.from`),
      ...requested !== void 0 ? { requested } : {},
      ...note !== void 0 ? { note } : {}
    };
  });
}
function readBaselineSummary(r, v) {
  const b = r.obj(v, "baseline");
  return {
    file: r.str(b.file, "baseline.file"),
    new: r.int(b.new, "baseline.new"),
    unchanged: r.int(b.unchanged, "baseline.unchanged"),
    fixed: r.int(b.fixed, "baseline.fixed")
  };
}
function readSecretsSummary(r, v) {
  const s = r.obj(v, "secrets");
  if (typeof s.baselineNeedsRefresh !== "boolean") r.fail("secrets.baselineNeedsRefresh", "expected true or false");
  return {
    baseline: r.str(s.baseline, "secrets.baseline"),
    new: r.int(s.new, "secrets.new"),
    unchanged: r.int(s.unchanged, "secrets.unchanged"),
    removed: r.int(s.removed, "secrets.removed"),
    baselineNeedsRefresh: s.baselineNeedsRefresh
  };
}
function readUnusedConfigBaseline(r, v) {
  return (v === void 0 ? [] : r.arr(v, "report.unusedConfigBaseline")).map((e, i) => {
    const w = `report.unusedConfigBaseline[${i}]`;
    const x = r.obj(e, w);
    return {
      ruleId: r.str(x.ruleId, `${w}.ruleId`),
      file: r.str(x.file, `${w}.file`),
      path: r.str(x.path, `${w}.path`),
      count: r.int(x.count, `${w}.count`)
    };
  });
}

// src/merge/format.ts
var MERGE_FORMATS = ["json", "sarif", "summary", "junit", "gitlab", "text"];
function formatMerged(merged, format, opts) {
  const single = merged.groups.length === 1 ? merged.groups[0] : void 0;
  const repos = new Set(merged.groups.map((g) => g.repository ?? ""));
  const label = (g, f) => repos.size > 1 ? { ...f, file: `${g.repository ?? "(unnamed)"}/${f.file}` } : f;
  const all = (pick) => merged.groups.flatMap((g) => pick(g).map((f) => label(g, f))).sort(totalOrder);
  switch (format) {
    case "json":
      return single ? formatReportJson(single, {
        failOn: merged.failOn,
        category: single.category,
        ...single.repository ? { repository: single.repository } : {}
      }) : multiJson(merged);
    case "sarif":
      return sarif(merged, opts.includeSuppressed === true);
    case "junit":
      return formatJunit([...all((g) => g.findings), ...all((g) => g.suppressed)], merged.failOn);
    case "gitlab":
      return formatGitlab(all((g) => g.findings));
    case "text":
      return formatText(all((g) => g.findings).filter((f) => !f.baselined));
    case "summary":
      return summary(merged, all, opts.reproduce);
  }
}
function multiJson(merged) {
  const tag = (g) => (f) => ({
    ...g.repository ? { repository: g.repository } : {},
    category: g.category,
    ...toJsonFinding(f)
  });
  const findings = merged.groups.flatMap((g) => g.findings.map((f) => ({ g, f })));
  const suppressed = merged.groups.flatMap((g) => g.suppressed.map((f) => ({ g, f })));
  const doc = jsonDocument(
    findings.map((x) => x.f),
    suppressed.map((x) => x.f)
  );
  doc.findings = findings.map((x) => tag(x.g)(x.f));
  if (suppressed.length) doc.suppressed = suppressed.map((x) => tag(x.g)(x.f));
  doc.report = {
    version: REPORT_VERSION,
    failOn: merged.failOn,
    verdict: merged.failed ? "fail" : "pass",
    groups: groupRows(merged).map((r) => {
      const g = merged.groups.find((x) => x.repository === r.repository && x.category === r.category);
      return {
        ...r,
        configs: g.configs,
        ...g.baseline ? { baseline: g.baseline } : {},
        ...g.secrets ? { secrets: g.secrets } : {}
      };
    })
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
function sarif(merged, includeSuppressed) {
  const one = (g) => formatSarif([...g.findings, ...g.suppressed], { category: g.category, includeSuppressed });
  if (merged.groups.length === 1) return one(merged.groups[0]);
  const runs = merged.groups.map((g) => {
    const run = JSON.parse(one(g)).runs[0];
    if (g.repository && merged.groups.some((x) => x.repository !== g.repository))
      run.properties = { ...run.properties, repository: g.repository };
    return run;
  });
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs }, null, 2) + "\n";
}
function summary(merged, all, reproduce) {
  const findings = all((g) => g.findings);
  const secrets = merged.groups.flatMap((g) => g.secrets ? [g.secrets] : []);
  const baselines = merged.groups.flatMap((g) => g.baseline ? [g.baseline] : []);
  const single = merged.groups.length === 1 ? merged.groups[0] : void 0;
  const md = formatSummary({
    findings,
    suppressed: all((g) => g.suppressed),
    configs: merged.groups.reduce((n, g) => n + g.configs.length, 0),
    failOn: merged.failOn,
    failed: merged.failed,
    reproduce,
    ...secrets.length ? {
      secrets: {
        new: secrets.reduce((n, s) => n + s.new, 0),
        unchanged: secrets.reduce((n, s) => n + s.unchanged, 0),
        removed: secrets.reduce((n, s) => n + s.removed, 0),
        ...single?.secrets ? { baselinePath: single.secrets.baseline } : {},
        baselineNeedsRefresh: secrets.some((s) => s.baselineNeedsRefresh)
      }
    } : {},
    ...single?.baseline && baselines.length === 1 ? { findingsBaseline: single.baseline } : {}
  });
  if (single) return md;
  const rows = groupRows(merged);
  const icon = { critical: "\u{1F534}", warn: "\u{1F7E0}", info: "\u{1F535}" };
  const table = [
    `### Repositories by worst finding (${rows.length})`,
    "",
    `| Repository | Category | Worst | ${SEVERITIES.join(" | ")} | Configs | Result |`,
    `| --- | --- | --- | ${SEVERITIES.map(() => "---:").join(" | ")} | ---: | --- |`,
    ...rows.map(
      (r) => `| ${escapeMarkdown(r.repository ?? "(unnamed)")} | ${escapeMarkdown(r.category)} | ${r.worst ? `${icon[r.worst]} ${r.worst}` : "\u2705 none"} | ${SEVERITIES.map((s) => r.counts[s]).join(" | ")} | ${r.configs} | ${r.verdict === "fail" ? "\u274C fail" : "\u2705 pass"} |`
    ),
    ""
  ].join("\n");
  const cut = md.indexOf("\n\n", md.indexOf("**")) + 2;
  return `${md.slice(0, cut)}${table}
${md.slice(cut)}`;
}

// src/merge/cli.ts
var MERGE_HELP = `Usage: clawlint merge REPORT.json|DIR... [options]

Joins JSON reports (clawlint --format json) into one report: the shards of a --shard run, or
the reports of several repositories. Counts and the verdict are recomputed; shards of one run must
all be there. A directory stands for every *.json file under it.

Options:
  --format json|sarif|summary|junit|gitlab|text  Output format (default json); sarif has one run per
                         repository and category, summary is job-summary Markdown
  --output FILE          Write the merged report to FILE instead of stdout
  --fail-on LEVEL        critical|warn|info|none (default: each report's own fail-on)
  --sarif-include-suppressed  also emit suppressed results in SARIF
  -h, --help             print this help
`;
var MAX_REPORT_BYTES = 512 * 1024 * 1024;
async function runMergeCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "json" },
        output: { type: "string" },
        "fail-on": { type: "string" },
        "sarif-include-suppressed": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        debug: { type: "boolean", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message.split("\n")[0]} (see clawlint merge --help)`);
  }
  const o = parsed.values;
  if (o.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (!MERGE_FORMATS.includes(o.format))
    throw new UsageError(`merge: --format must be ${MERGE_FORMATS.join(", ")}, got ${JSON.stringify(o.format)}`);
  const failOn = o["fail-on"];
  if (failOn !== void 0 && !["critical", "warn", "info", "none"].includes(failOn))
    throw new UsageError(`--fail-on must be critical, warn, info or none, got ${JSON.stringify(failOn)}`);
  const files = expandReportArgs(io.cwd, parsed.positionals);
  const reports = files.map((f) => readReport(f.label, readReportFile(f)));
  const merged = mergeReports(reports, failOn);
  const format = o.format;
  const out = formatMerged(merged, format, {
    includeSuppressed: o["sarif-include-suppressed"],
    reproduce: ["clawlint", "merge", ...parsed.positionals, ...failOn ? ["--fail-on", failOn] : []].join(" ")
  });
  if (o.output !== void 0) {
    try {
      writeConfined(path.resolve(io.cwd, o.output), out, {
        root: realOrSelf(io.cwd),
        cwd: io.cwd,
        trusted: true,
        label: "--output"
      });
    } catch (err) {
      if (err instanceof ConfinedWriteError) throw new UsageError(err.message);
      throw new UsageError(
        `cannot write --output ${o.output}: ${err.code ?? "write failed"}`
      );
    }
  } else
    io.stdout(
      format === "json" || format === "sarif" || format === "gitlab" ? neutraliseWorkflowCommands(out, true) : out
    );
  const n = merged.groups.length;
  io.stderr(
    `clawlint: merged ${reports.length} report${reports.length === 1 ? "" : "s"} into ${n} run${n === 1 ? "" : "s"}: ${merged.failed ? "fail" : "pass"} (fail-on: ${merged.failOn})
`
  );
  return merged.failed ? 1 : 0;
}
function expandReportArgs(cwd, args) {
  if (!args.length) throw new UsageError("usage: clawlint merge REPORT.json|DIR... (see clawlint merge --help)");
  const out = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    const root = realOrSelf(abs);
    if (!existsInside(abs, [root])) throw new UsageError(`merge: report not found: ${a}`);
    const walked = walk(abs, {
      roots: [root],
      skipDirs: [],
      want: (e) => e.dirent.isFile() && e.rel.endsWith(".json")
    });
    if (!walked.listed) {
      out.push({ abs, label: a, root });
      continue;
    }
    const found = walked.entries.map((e) => e.abs);
    if (!found.length) throw new UsageError(`merge: no *.json report under ${a}`);
    for (const p of found.sort()) out.push({ abs: p, label: path.join(a, path.relative(abs, p)), root });
  }
  return out;
}
function readReportFile(f) {
  const r = readConfinedText(f.abs, MAX_REPORT_BYTES, [f.root]);
  if (!r.ok) throw new UsageError(`merge: cannot read ${f.label}: ${r.reason}`);
  return r.text;
}
export {
  MERGE_HELP,
  expandReportArgs,
  runMergeCommand
};
