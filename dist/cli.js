#!/usr/bin/env node
import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  DEFAULT_OPENCLAW_VERSION,
  REGISTRY,
  UsageError,
  VERSION,
  buildBaseline,
  describeTarget,
  diffBaseline,
  fingerprint,
  formatBaseline,
  formatSarif,
  parseVersion,
  readBaseline,
  runLint
} from "./chunk-7V6GNZS7.js";
import {
  ConfinedWriteError,
  failOnRank,
  neutraliseWorkflowCommands,
  neutralisingWriter,
  realOrSelf,
  severityRank,
  shouldFail,
  summarize,
  writeConfined
} from "./chunk-I7OCYG7K.js";
import "./chunk-U52RBO6H.js";
import "./chunk-M7CPPUSY.js";

// src/cli-main.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/reporters/json.ts
function toJsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    startLine: f.startLine,
    startColumn: f.startColumn,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path
  };
  if (f.fix) out.fix = f.fix;
  if (f.suggestion !== void 0) out.suggestion = f.suggestion;
  if (f.related?.length) out.related = f.related;
  if (f.suppressed) out.suppressed = f.suppressed;
  if (f.baselined) out.baselined = true;
  return out;
}
function formatJson(findings, suppressed = [], baseline, targets) {
  const doc = {
    tool: { name: "clawlint", version: VERSION },
    findings: findings.map(toJsonFinding),
    summary: summarize(findings)
  };
  if (suppressed.length) doc.suppressed = suppressed.map(toJsonFinding);
  if (baseline) doc.baseline = baseline;
  if (targets?.length) {
    doc.targets = targets.map((t) => ({
      config: t.config,
      version: t.version,
      line: t.line,
      source: t.kind,
      from: t.source,
      ...t.requested ? { requested: t.requested } : {},
      ...t.note ? { note: t.note } : {}
    }));
  }
  return JSON.stringify(doc, null, 2) + "\n";
}

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

// src/reporters/gitlab.ts
var GITLAB_SEVERITY = {
  critical: "blocker",
  warn: "major",
  info: "info"
};
function formatGitlab(findings) {
  const seen = /* @__PURE__ */ new Map();
  const issues = findings.filter((f) => !f.suppressed && !f.baselined).map((f) => {
    const base = fingerprint(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      type: "issue",
      description: f.fix ? `${f.message} Fix: ${f.fix}` : f.message,
      check_name: f.ruleId,
      fingerprint: `${base}${n > 1 ? `-${n}` : ""}`,
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.startLine, end: Math.max(f.startLine, f.endLine) } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/reporters/junit.ts
function xml(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function formatJunit(findings, failOn) {
  const threshold = failOnRank(failOn);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  let total = 0;
  let failures = 0;
  let skipped = 0;
  const suites = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const cases = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const f of list) {
      const where = `${f.file}:${f.startLine}:${f.startColumn}`;
      const text = `${where} ${f.severity} ${f.message}${f.fix ? ` Fix: ${f.fix}` : ""}`;
      const head = `    <testcase classname="${xml(f.ruleId)}" name="${xml(`${f.ruleId} at ${where}`)}" file="${xml(f.file)}" line="${f.startLine}">`;
      if (f.suppressed || f.baselined) {
        suiteSkipped++;
        const why = f.suppressed ? `suppressed: ${f.suppressed.reason}` : "in the findings baseline";
        cases.push(`${head}
      <skipped message="${xml(why)}"/>
    </testcase>`);
      } else if (severityRank(f.severity) >= threshold) {
        suiteFailures++;
        cases.push(
          `${head}
      <failure type="${f.severity}" message="${xml(f.message)}">${xml(text)}</failure>
    </testcase>`
        );
      } else {
        cases.push(`${head}
      <system-out>${xml(text)}</system-out>
    </testcase>`);
      }
    }
    total += list.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">
${cases.join("\n")}
  </testsuite>`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="clawlint" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">
` + (suites.length ? `${suites.join("\n")}
` : "") + `</testsuites>
`;
}

// src/reporters/text.ts
var COLORS = { critical: "\x1B[31m", warn: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", reset: "\x1B[0m" };
function clean(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function formatFindingLine(f) {
  return `${clean(f.file)}:${f.startLine}:${f.startColumn} ${f.severity} ${clean(f.message.replace(/\r?\n/g, " "))} [${f.ruleId}]`;
}
function formatText(findings, opts = {}) {
  const c = opts.color ? COLORS : { critical: "", warn: "", info: "", dim: "", reset: "" };
  const lines = [];
  for (const f of findings) {
    if (!opts.pretty) {
      lines.push(formatFindingLine(f));
      continue;
    }
    lines.push(
      `${clean(f.file)}:${f.startLine}:${f.startColumn} ${c[f.severity]}${f.severity}${c.reset} ${clean(f.message)} ${c.dim}[${f.ruleId}]${c.reset}`
    );
    const src = opts.sources?.get(f.file);
    if (src) {
      const raw = src.lineText(f.startLine).replace(/\t/g, " ");
      const text = clean(opts.redact ? opts.redact(raw) : raw);
      const width = f.endLine === f.startLine ? Math.max(1, f.endColumn - f.startColumn) : Math.max(1, text.length - f.startColumn + 1);
      lines.push(`  ${c.dim}${String(f.startLine).padStart(4)} |${c.reset} ${text}`);
      lines.push(
        `  ${" ".repeat(4)} | ${" ".repeat(Math.max(0, f.startColumn - 1))}${c[f.severity]}^${"~".repeat(width - 1)}${c.reset}`
      );
    }
    if (f.fix) lines.push(`  ${c.dim}fix: ${clean(f.fix)}${c.reset}`);
  }
  if (findings.length && opts.pretty) {
    const s = summarize(findings);
    lines.push(
      "",
      `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${s.critical} critical, ${s.warn} warn, ${s.info} info`
    );
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/cli-main.ts
var HELP = `Usage: clawlint [lint] [PATH...] [options]
       clawlint baseline <create|update> [PATH...] [options]
       clawlint secrets <scan|check|audit> ...

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
  --baseline FILE        findings baseline (default: the config's baseline, else .clawlint-baseline.json if present)
  --no-baseline          ignore any findings baseline
  --secrets-baseline FILE  also scan for secrets (detect-secrets compatible) and report those FILE does not list
  --env-file FILE        dotenv file with values for \${VAR} (repeatable)
  --env KEY=VALUE        a value for \${VAR} (repeatable; wins over env files)
  --config-glob GLOB     also treat files matching GLOB as OpenClaw configs (repeatable)
  --deploy-glob GLOB     also treat files matching GLOB as deployment files (repeatable)
  --no-deploy            lint configs alone, ignoring the deployments that run them
  --attack-surface       also report OpenClaw's summary.attack_surface (info) for every config
  --openclaw-version V   the OpenClaw version the configs run (default: .clawlint.yml openclawVersion,
                         the deployment's image/npm pin, package.json, meta.lastTouchedVersion, newest)
  --upgrade-check        validate against the newest bundled OpenClaw release instead
  --no-color             plain text output
  --debug                show the message and stack trace of internal errors
  --list-rules           list every rule id (with --format json: as JSON) and exit
  -v, --version          print the version
  -h, --help             print this help
`;
var FAIL_ON = /* @__PURE__ */ new Set(["critical", "warn", "info", "none"]);
var FORMATS = /* @__PURE__ */ new Set(["text", "json", "sarif", "junit", "gitlab"]);
var JSON_FORMATS = /* @__PURE__ */ new Set(["json", "sarif", "gitlab"]);
async function main(argv, rawIo) {
  const debug = argv.includes("--debug");
  const io = {
    ...rawIo,
    stdout: neutralisingWriter(rawIo.stdout),
    stderr: neutralisingWriter(rawIo.stderr)
  };
  try {
    return await mainUnsafe(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`clawlint: ${err.message}
`);
      return 2;
    }
    const e = err;
    io.stderr(
      debug ? `clawlint: internal error: ${e?.message ?? String(err)}
${e?.stack ? e.stack + "\n" : ""}` : `clawlint: internal error (${e?.name ?? "Error"}); rerun with --debug for the details (they may quote scanned files), and please report it
`
    );
    return 2;
  }
}
async function mainUnsafe(argv, io) {
  let args = [...argv];
  if (args[0] === "help") args = [...args.slice(1), "--help"];
  if (args[0] === "secrets") {
    const { runSecretsCommand } = await import("./chunk-CDHD7RFR.js");
    return runSecretsCommand(
      args.slice(1).filter((a) => a !== "--debug"),
      io
    );
  }
  let baselineCommand;
  if (args[0] === "baseline") {
    if (args[1] === "--help" || args[1] === "-h") {
      io.stdout(HELP);
      return 0;
    }
    if (args[1] !== "create" && args[1] !== "update")
      throw new UsageError("usage: clawlint baseline create|update [PATH...] [options]");
    baselineCommand = args[1];
    args = args.slice(2);
  } else if (args[0] === "lint") args = args.slice(1);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "sarif-category": { type: "string" },
        "sarif-include-suppressed": { type: "boolean" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        baseline: { type: "string" },
        "no-baseline": { type: "boolean", default: false },
        "secrets-baseline": { type: "string" },
        "env-file": { type: "string", multiple: true, default: [] },
        env: { type: "string", multiple: true, default: [] },
        "config-glob": { type: "string", multiple: true, default: [] },
        "no-color": { type: "boolean", default: false },
        "attack-surface": { type: "boolean", default: false },
        "deploy-glob": { type: "string", multiple: true, default: [] },
        "no-deploy": { type: "boolean", default: false },
        "openclaw-version": { type: "string" },
        "upgrade-check": { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
        "list-rules": { type: "boolean", default: false },
        version: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message.split("\n")[0]} (see clawlint --help)`);
  }
  const o = parsed.values;
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
  if (o["fail-on"] !== void 0 && !FAIL_ON.has(o["fail-on"])) {
    throw new UsageError(`--fail-on must be critical, warn, info or none, got ${JSON.stringify(o["fail-on"])}`);
  }
  if (o["openclaw-version"] !== void 0 && !parseVersion(o["openclaw-version"])) {
    throw new UsageError(
      `--openclaw-version must be an OpenClaw version such as 2026.3.1, got ${JSON.stringify(o["openclaw-version"])}`
    );
  }
  const result = await runLint({
    cwd: io.cwd,
    paths: parsed.positionals,
    configGlobs: o["config-glob"],
    envFiles: o["env-file"],
    envPairs: o.env,
    includeOptIn: o["attack-surface"],
    configFile: o.config,
    secretsBaseline: o["secrets-baseline"],
    deploy: !o["no-deploy"],
    deployGlobs: o["deploy-glob"],
    openclawVersion: o["openclaw-version"],
    upgradeCheck: o["upgrade-check"],
    // Creating or updating a baseline starts from the raw findings.
    baseline: baselineCommand || o["no-baseline"] ? false : o.baseline
  });
  if (baselineCommand) return writeBaselineFile(baselineCommand, result, o.baseline, io);
  const failOn = o["fail-on"] ?? result.config.failOn ?? "critical";
  const toFile = o.output !== void 0;
  const pretty = !toFile && io.isTTY && o.format === "text";
  const report = o.format === "sarif" ? formatSarif([...result.findings, ...result.suppressed], {
    category: o["sarif-category"],
    includeSuppressed: o["sarif-include-suppressed"] === true
  }) : o.format === "junit" ? formatJunit([...result.findings, ...result.suppressed], failOn) : o.format === "gitlab" ? formatGitlab(result.findings) : o.format === "json" ? formatJson(result.findings, result.suppressed, result.baseline, result.targets) : formatText(
    result.findings.filter((f) => !f.baselined),
    {
      pretty,
      color: pretty && !o["no-color"] && !io.noColor,
      sources: result.sources,
      redact: result.redact
    }
  );
  if (toFile) writeOrUsage(path.resolve(io.cwd, o.output), report, io.cwd, true, "--output");
  else io.stdout(JSON_FORMATS.has(o.format) ? neutraliseWorkflowCommands(report, true) : report);
  if (o.format === "text") {
    for (const t of result.targets.filter((x) => x.version !== DEFAULT_OPENCLAW_VERSION || x.note))
      io.stderr(`clawlint: ${t.config}: validated against ${describeTarget(t)}
`);
  }
  if (o.format === "text" && result.suppressed.length) {
    io.stderr(
      `clawlint: ${result.suppressed.length} finding${result.suppressed.length === 1 ? "" : "s"} suppressed as accepted risks (--format json lists them with their reasons)
`
    );
  }
  if (o.format === "text" && result.secrets) {
    const s = result.secrets;
    io.stderr(
      `clawlint: secrets baseline ${s.baseline}: ${s.new} new, ${s.unchanged} unchanged, ${s.removed} removed${s.baselineNeedsRefresh ? " (refresh it: clawlint secrets scan --baseline " + s.baseline + ")" : ""}
`
    );
  }
  if (o.format === "text" && result.baseline) {
    const b = result.baseline;
    io.stderr(
      `clawlint: baseline ${b.file}: ${b.new} new, ${b.unchanged} unchanged (not shown), ${b.fixed} fixed${b.fixed ? " (run clawlint baseline update to prune)" : ""}
`
    );
  }
  if (o.format === "text" && result.findings.every((f) => f.baselined)) {
    io.stderr(
      `clawlint: no ${result.baseline ? "new " : ""}findings in ${result.configs.length} config${result.configs.length === 1 ? "" : "s"}
`
    );
  }
  return shouldFail(result.findings, failOn) ? 1 : 0;
}
function writeOrUsage(abs, data, cwd, trusted, label) {
  try {
    writeConfined(abs, data, { root: realOrSelf(cwd), cwd, trusted, ...label ? { label } : {} });
  } catch (err) {
    if (err instanceof ConfinedWriteError) throw new UsageError(err.message);
    const code2 = err.code;
    throw new UsageError(`cannot write ${label ? `${label} ` : ""}${abs}: ${code2 ?? "write failed"}`);
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
  if (!fs.existsSync(abs)) throw new UsageError(`findings baseline not found: ${rel} (use clawlint baseline create)`);
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

// src/cli.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  noColor: "NO_COLOR" in process.env
});
process.exitCode = code;
