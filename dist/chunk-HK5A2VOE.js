import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  neutraliseWorkflowCommands
} from "./chunk-HZ3S5XVW.js";
import {
  makeFinding,
  readConfinedText,
  workspaceRootOr,
  writeConfined
} from "./chunk-YCW4PPVA.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";
import {
  FilterRegexError,
  buildSettings,
  eagerWorkers,
  readText,
  scanFiles,
  startWorkerPool,
  toEntries
} from "./chunk-XNFZ6MVZ.js";
import {
  ExtraDetectorError,
  extraRuleId,
  extraType,
  isExtraDetectorList,
  resolveExtras
} from "./chunk-QRA3B4H6.js";
import {
  BaselineError,
  FILTER,
  VERSION,
  defaultFilters,
  defaultPlugins,
  identity,
  mergeLabels,
  parseBaseline,
  serializeBaseline,
  serializeBaselineChunks,
  withBaselineFilter
} from "./chunk-6OAPYT3T.js";
import {
  snakeCase
} from "./chunk-2I57N62P.js";
import {
  filesToScan,
  gitOutput,
  relativeToCwd
} from "./chunk-BUR2U2H6.js";

// src/secrets/cli.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs as parseCliArgs } from "node:util";
function userPoolOptions(env = process.env) {
  const raw = env.CLAWLINT_SECRETS_WORKERS;
  const n = raw === void 0 || raw.trim() === "" ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? { workers: n } : {};
}
var VALUE_FLAGS = /* @__PURE__ */ new Set(["--baseline", "--exclude-files", "--exclude-lines", "--exclude-secrets", "--mark"]);
function parseArgs(argv, allowed) {
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      args.push(...argv.slice(i));
      break;
    }
    if (a !== "--extra-detectors") args.push(a);
    else {
      const next = argv[i + 1];
      args.push(`--extra-detectors=${next !== void 0 && isExtraDetectorList(next) ? argv[++i] : "all"}`);
    }
  }
  const options = {};
  for (const flag of allowed) {
    const valued = VALUE_FLAGS.has(flag) || flag === "--extra-detectors";
    options[flag.slice(2)] = valued ? { type: "string", multiple: true } : { type: "boolean" };
  }
  let parsed;
  try {
    parsed = parseCliArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  const out = { positional: parsed.positionals, flags: /* @__PURE__ */ new Map(), bools: /* @__PURE__ */ new Set() };
  for (const [name, v] of Object.entries(parsed.values)) {
    if (Array.isArray(v)) out.flags.set(`--${name}`, v);
    else if (v === true) out.bools.add(`--${name}`);
  }
  return out;
}
function one(args, flag) {
  const v = args.flags.get(flag);
  if (v && v.length > 1) throw new UsageError(`${flag} given more than once`);
  return v?.[0];
}
var SECRETS_HELP = {
  "": `Usage: clawlint secrets <scan|check|audit> [options]

detect-secrets 1.5.0 compatible: the same plugins, filters and .secrets.baseline, byte for byte.

  scan    print a baseline of the secrets in the repository (like detect-secrets scan)
  check   pre-commit hook: fail on secrets the baseline does not list (like detect-secrets-hook)
  audit   review or report the secrets in a baseline (like detect-secrets audit)

Run clawlint secrets <command> --help for its options.
`,
  scan: `Usage: clawlint secrets scan [PATH...] [options]

Prints a .secrets.baseline (JSON) for the git-tracked files under PATH (default .).

  --all-files              scan every file, not only git-tracked ones
  --baseline FILE          update FILE in place, keeping its plugins, filters and audit marks
  --exclude-files REGEX    skip files whose path matches (repeatable)
  --exclude-lines REGEX    skip lines that match (repeatable)
  --exclude-secrets REGEX  skip secrets that match (repeatable)
  --slim                   the smaller baseline format (no line numbers or generated_at)
  --extra-detectors LIST   also run clawlint's own detectors (OpenClaw tokens, sk-ant-, \u2026)
`,
  check: `Usage: clawlint secrets check [--baseline FILE] [--json] FILE...

Pre-commit hook, as detect-secrets-hook: exit 1 when a FILE holds a secret FILE the baseline does
not list (or the baseline is unstaged), 3 when the baseline was updated (line numbers moved), 0
otherwise, 2 on a usage error.

  --baseline FILE          the .secrets.baseline to compare with
  --json                   print the new secrets as a baseline instead of text
  --extra-detectors LIST   also run clawlint's own detectors
`,
  audit: `Usage: clawlint secrets audit BASELINE --report|--stats|--mark FILE:HASH:TYPE [options]

  --report                 every secret of the baseline with its verdict, as JSON
  --show-secrets           with --report at a terminal: also the line that holds each secret
  --stats                  counts of true positives, false positives and unknowns per type, as JSON
  --mark FILE:HASH:TYPE    record a verdict for one entry, with --true-positive or --false-positive
`
};
var SECRETS_FLAGS = {
  scan: [
    "--all-files",
    "--baseline",
    "--exclude-files",
    "--exclude-lines",
    "--exclude-secrets",
    "--slim",
    "--extra-detectors"
  ],
  check: ["--baseline", "--json", "--extra-detectors"],
  audit: ["--report", "--stats", "--show-secrets", "--mark", "--false-positive", "--true-positive", "--json"]
};
async function runSecretsCommand(argv, io) {
  const [command, ...rest] = argv;
  const wantsHelp = (a) => a === "--help" || a === "-h" || a === "help";
  if (command === void 0) {
    io.stderr(SECRETS_HELP[""]);
    return 2;
  }
  if (wantsHelp(command)) {
    io.stdout(SECRETS_HELP[""]);
    return 0;
  }
  if (rest.some(wantsHelp) && command !== "" && Object.hasOwn(SECRETS_HELP, command)) {
    io.stdout(SECRETS_HELP[command]);
    return 0;
  }
  try {
    switch (command) {
      case "scan":
        return await scanCommand(parseArgs(rest, SECRETS_FLAGS.scan), io);
      case "check":
        return await checkCommand(parseArgs(rest, SECRETS_FLAGS.check), io);
      case "audit":
        return await auditCommand(parseArgs(rest, SECRETS_FLAGS.audit), io);
      default:
        throw new UsageError(
          command ? `unknown secrets command ${command}` : "usage: clawlint secrets scan|check|audit \u2026"
        );
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof BaselineError || e instanceof ExtraDetectorError) {
      io.stderr(`clawlint secrets: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
var MAX_SECRETS_BASELINE_BYTES = 64 * 1024 * 1024;
function writeConfinedOrUsage(abs, data, cwd) {
  try {
    writeConfined(abs, data, { root: workspaceRootOr(cwd)[0], cwd, trusted: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}
async function loadBaselineFile(cwd, file) {
  const read = readConfinedText(path.resolve(cwd, file), MAX_SECRETS_BASELINE_BYTES, workspaceRootOr(cwd));
  if (!read.ok) throw new BaselineError(`cannot read baseline ${file}: ${read.reason}`);
  try {
    return parseBaseline(read.text);
  } catch (e) {
    throw new BaselineError(`${file}: ${e instanceof SyntaxError ? "not valid JSON" : e.message}`);
  }
}
function applyExcludeFlags(filters, args) {
  let out = filters;
  for (const [flag, filterPath] of [
    ["--exclude-files", FILTER.excludeFile],
    ["--exclude-lines", FILTER.excludeLine],
    ["--exclude-secrets", FILTER.excludeSecret]
  ]) {
    const patterns = args.flags.get(flag);
    if (!patterns) continue;
    out = [...out.filter((f) => f.path !== filterPath), { path: filterPath, pattern: patterns }];
  }
  return out;
}
async function scanCommand(args, io) {
  const baselinePath = one(args, "--baseline");
  let baseline;
  if (baselinePath && existsSync(path.resolve(io.cwd, baselinePath)))
    baseline = await loadBaselineFile(io.cwd, baselinePath);
  let filters = applyExcludeFlags(baseline?.filters ?? defaultFilters(), args);
  if (baselinePath) filters = withBaselineFilter(filters, baselinePath);
  const plugins = baseline?.plugins ?? defaultPlugins();
  const extras = extrasOf(args);
  const settings = buildSettings(plugins, filters, extras);
  const options = io.pool ?? userPoolOptions();
  const started = eagerWorkers(options) ? startWorkerPool(io.cwd, settings, options) : null;
  let files;
  try {
    files = await filesToScan(io.cwd, args.positional, args.bools.has("--all-files"));
  } catch (e) {
    started?.close();
    throw e;
  }
  const scan = await scanFiles(io.cwd, files, settings, { parallel: true, started, pool: options });
  const results = toEntries(scan.secrets);
  const failed = scan.failed;
  if (baseline) {
    mergeLabels(results, baseline.results);
    keepDisabledExtras(results, baseline.results, extras);
    for (const file of failed) {
      const old = baseline.results.get(file);
      if (old) results.set(file, old);
    }
  }
  reportFailures(io, failed);
  const chunks = serializeBaselineChunks(
    { version: VERSION, plugins, filters, results },
    { slim: args.bools.has("--slim") }
  );
  if (baselinePath) writeConfinedOrUsage(path.resolve(io.cwd, baselinePath), chunks.join(""), io.cwd);
  else for (const chunk of chunks) io.stdout(neutraliseWorkflowCommands(chunk, true));
  return failed.length ? 2 : 0;
}
function reportFailures(io, failed) {
  for (const file of failed) io.stderr(`clawlint secrets: ${file}: not scanned (internal error; please report it)
`);
}
function extrasOf(args) {
  const v = args.flags.get("--extra-detectors");
  return v ? resolveExtras(v) : [];
}
function disabledExtraTypes(extras) {
  const enabled = new Set(extras);
  const types = /* @__PURE__ */ new Set();
  for (const name of resolveExtras(true)) if (!enabled.has(name)) types.add(extraType(name));
  return types;
}
function keepDisabledExtras(results, old, extras) {
  const disabled = disabledExtraTypes(extras);
  if (!disabled.size) return;
  for (const [file, list] of old) {
    const carried = list.filter((e) => disabled.has(e.type));
    if (!carried.length) continue;
    const current = results.get(file) ?? [];
    results.set(file, [...current, ...carried]);
  }
}
function describe(s) {
  return `${s.filename}:${s.span.line}:${s.span.startColumn} ${s.type}`;
}
async function checkCommand(args, io) {
  const baselinePath = one(args, "--baseline");
  let baseline;
  if (baselinePath) {
    baseline = await loadBaselineFile(io.cwd, baselinePath);
    if (baseline.results.size === 0) baseline = void 0;
  }
  if (baseline && baselinePath) {
    const unstaged = await gitOutput(io.cwd, ["diff", "--name-only"]).catch(() => "");
    const rel = relativeToCwd(io.cwd, baselinePath);
    if (unstaged.split("\n").some((f) => f && (f === rel || f === baselinePath))) {
      io.stdout(`Your baseline file (${baselinePath}) is unstaged.
\`git add ${baselinePath}\` to fix this.
`);
      return 1;
    }
  }
  let filters = baseline?.filters ?? defaultFilters();
  if (baselinePath) filters = withBaselineFilter(filters, baselinePath);
  const plugins = baseline?.plugins ?? defaultPlugins();
  const extras = extrasOf(args);
  const settings = buildSettings(plugins, filters, extras);
  const files = args.positional.map((f) => relativeToCwd(io.cwd, f)).filter((f) => f !== null);
  const { secrets: scanned, failed } = await scanFiles(io.cwd, files, settings, {
    parallel: true,
    pool: io.pool ?? userPoolOptions()
  });
  reportFailures(io, failed);
  const known = /* @__PURE__ */ new Set();
  for (const list of baseline?.results.values() ?? []) for (const e of list) known.add(identity(e));
  const fresh = scanned.filter(
    (s) => !known.has(identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type }))
  );
  if (fresh.length) {
    if (args.bools.has("--json")) {
      io.stdout(serializeBaseline({ version: VERSION, plugins, filters, results: toEntries(fresh) }));
    } else {
      io.stdout("ERROR: Potential secrets about to be committed to git repo!\n\n");
      for (const s of fresh.sort(
        (a, b) => a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : a.lineNumber - b.lineNumber
      )) {
        io.stdout(`${describe(s)}
`);
      }
      io.stdout(
        `
${fresh.length} new secret${fresh.length === 1 ? "" : "s"} not in the baseline. Remove them, mark the line with \`pragma: allowlist secret\`, or refresh the baseline.
`
      );
    }
    return 1;
  }
  if (failed.length) return 2;
  if (!baseline || !baselinePath) return 0;
  const changed = trim(baseline, scanned, files, extras);
  if (!changed && baseline.version === VERSION) return 0;
  writeConfinedOrUsage(
    path.resolve(io.cwd, baselinePath),
    serializeBaseline({ version: VERSION, plugins, filters, results: baseline.results }),
    io.cwd
  );
  io.stdout(
    `The baseline file was updated.
Probably to keep line numbers of secrets up-to-date.
Please \`git add ${baselinePath}\`, thank you.


`
  );
  return 3;
}
function trim(baseline, scanned, files, extras) {
  const disabled = disabledExtraTypes(extras);
  const found = /* @__PURE__ */ new Map();
  for (const s of scanned)
    found.set(identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type }), s);
  let changed = false;
  for (const file of files) {
    const list = baseline.results.get(file);
    if (!list) continue;
    const kept = [];
    for (const e of list) {
      const s = found.get(identity(e));
      if (!s && disabled.has(e.type)) {
        kept.push(e);
        continue;
      }
      if (!s) {
        changed = true;
        continue;
      }
      if (s.lineNumber !== e.line_number) {
        e.line_number = s.lineNumber;
        changed = true;
      }
      kept.push(e);
    }
    if (kept.length) baseline.results.set(file, kept);
    else baseline.results.delete(file);
  }
  return changed;
}
async function auditCommand(args, io) {
  const [file, ...extra] = args.positional;
  if (!file || extra.length)
    throw new UsageError("usage: clawlint secrets audit FILE --report|--stats|--mark FILE:HASH:TYPE");
  const baseline = await loadBaselineFile(io.cwd, file);
  const mark = one(args, "--mark");
  if (mark !== void 0) {
    const fp = args.bools.has("--false-positive");
    const tp = args.bools.has("--true-positive");
    if (fp === tp) throw new UsageError("--mark needs exactly one of --false-positive or --true-positive");
    const [target, hash, ...typeParts] = splitMark(mark);
    const type = typeParts.join(":");
    const entry = baseline.results.get(target ?? "")?.find((e) => e.hashed_secret === hash && e.type === type);
    if (!entry) throw new UsageError(`no baseline entry ${mark}`);
    entry.is_secret = tp;
    writeConfinedOrUsage(path.resolve(io.cwd, file), serializeBaseline({ ...baseline, version: VERSION }), io.cwd);
    return 0;
  }
  const entries = [...baseline.results.values()].flat();
  if (args.bools.has("--stats")) {
    const stats = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const s = stats.get(e.type) ?? { true_positives: 0, false_positives: 0, unknown: 0 };
      if (e.is_secret === true) s.true_positives++;
      else if (e.is_secret === false) s.false_positives++;
      else s.unknown++;
      stats.set(e.type, s);
    }
    io.stdout(JSON.stringify(Object.fromEntries([...stats].sort(([a], [b]) => a < b ? -1 : 1)), null, 2) + "\n");
    return 0;
  }
  if (args.bools.has("--report")) {
    const show = args.bools.has("--show-secrets") && io.isTTY;
    const report = [];
    for (const e of entries) {
      const item = {
        filename: e.filename,
        line_number: e.line_number,
        type: e.type,
        hashed_secret: e.hashed_secret,
        category: e.is_verified ? "VERIFIED_TRUE" : e.is_secret === false ? "VERIFIED_FALSE" : "UNVERIFIED"
      };
      if (e.is_secret !== void 0) item.is_secret = e.is_secret;
      if (show) {
        const text = await readText(path.resolve(io.cwd, e.filename), io.cwd);
        item.line = text?.split(/\r\n|\r|\n/)[e.line_number - 1] ?? null;
      }
      report.push(item);
    }
    io.stdout(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  throw new UsageError("audit needs --report, --stats or --mark");
}
function splitMark(mark) {
  const m = /^(.*):([0-9a-f]{40}):(.+)$/.exec(mark);
  if (!m) throw new UsageError("--mark expects FILE:HASH:TYPE");
  return [m[1], m[2], m[3]];
}
async function secretFindings(opts) {
  const extras = resolveExtras(opts.extraDetectors);
  const baseline = opts.baselinePath && existsSync(path.resolve(opts.cwd, opts.baselinePath)) ? await loadBaselineFile(opts.cwd, opts.baselinePath) : void 0;
  const policy = opts.trustedSettings ? {
    plugins: opts.trustedSettings.plugins ?? defaultPlugins(),
    filters: opts.trustedSettings.filters ?? defaultFilters()
  } : { plugins: baseline?.plugins ?? defaultPlugins(), filters: baseline?.filters ?? defaultFilters() };
  let filters = policy.filters;
  if (opts.baselinePath) filters = withBaselineFilter(filters, opts.baselinePath);
  const { settings, refused } = buildRunnableSettings(policy.plugins, filters, extras);
  const all = await filesToScan(opts.cwd, opts.paths, opts.allFiles ?? false);
  const files = opts.owns ? all.filter(opts.owns) : all;
  const { secrets: scanned, failed: failedFiles } = await scanFiles(opts.cwd, files, settings, {
    parallel: true,
    pool: opts.pool ?? userPoolOptions()
  });
  const known = /* @__PURE__ */ new Map();
  for (const list of baseline?.results.values() ?? []) for (const e of list) known.set(identity(e), e);
  const { findings, unchanged, moved, seen } = againstBaseline(scanned, known);
  const newSecrets = findings.length;
  findings.push(...refused.map((r) => refusedFilterFinding(r, opts.cwd, opts.baselinePath)));
  findings.push(...failedFiles.map(scanErrorFinding));
  const scope = new Set(files);
  for (const file of failedFiles) scope.delete(file);
  let removed = 0;
  const disabled = disabledExtraTypes(extras);
  for (const [id, e] of known) if (scope.has(e.filename) && !seen.has(id) && !disabled.has(e.type)) removed++;
  return {
    findings,
    delta: { new: newSecrets, unchanged, removed },
    baselineNeedsRefresh: baseline !== void 0 && (removed > 0 || moved || baseline.version !== VERSION),
    failedFiles
  };
}
function againstBaseline(scanned, known) {
  const findings = [];
  let unchanged = 0;
  let moved = false;
  const seen = /* @__PURE__ */ new Set();
  for (const s of scanned) {
    const id = identity({ filename: s.filename, hashed_secret: s.hashedSecret, type: s.type });
    const old = known.get(id);
    if (old) {
      unchanged++;
      seen.add(id);
      if (old.line_number !== s.lineNumber) moved = true;
      continue;
    }
    findings.push(
      makeFinding(
        extraRuleId(s.pluginName) ?? `secrets.${snakeCase(s.pluginName)}`,
        "critical",
        `${s.type} not in the secrets baseline (hash ${s.hashedSecret.slice(0, 8)}\u2026)`,
        {
          file: s.filename,
          startLine: s.span.line,
          startColumn: s.span.startColumn,
          endLine: s.span.line,
          endColumn: s.span.endColumn
        },
        "",
        "Remove the secret, or mark the line with `pragma: allowlist secret`, or refresh the baseline with `clawlint secrets scan --baseline`."
      )
    );
  }
  return { findings, unchanged, moved, seen };
}
function scanErrorFinding(file) {
  return makeFinding(
    "secrets.scan_error",
    "warn",
    "Not scanned for secrets: an internal error stopped the scan of this file (please report it); its baseline entries are kept",
    { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    "",
    "Check the file by hand, and report the problem to clawlint with a file that reproduces it."
  );
}
function buildRunnableSettings(plugins, filters, extras) {
  const refused = [];
  let current = filters;
  for (; ; ) {
    try {
      return { settings: buildSettings(plugins, current, extras), refused };
    } catch (e) {
      if (!(e instanceof FilterRegexError)) throw e;
      refused.push(e);
      current = current.map(
        (f) => f.path === e.filter && Array.isArray(f.pattern) ? { ...f, pattern: f.pattern.filter((p) => p !== e.pattern) } : f
      );
    }
  }
}
var MAX_LOCATE_BYTES = 64 * 1024 * 1024;
function refusedFilterFinding(e, cwd, baselinePath) {
  let at = { line: 1, column: 1 };
  const file = baselinePath ? relativeToCwd(cwd, baselinePath) ?? baselinePath : ".secrets.baseline";
  if (baselinePath) {
    const read = readConfinedText(path.resolve(cwd, baselinePath), MAX_LOCATE_BYTES, workspaceRootOr(cwd));
    const offset = read.ok ? read.text.indexOf(JSON.stringify(e.pattern)) : -1;
    if (read.ok && offset >= 0) {
      const before = read.text.slice(0, offset).split(/\r\n|\r|\n/);
      at = { line: before.length, column: before[before.length - 1].length + 1 };
    }
  }
  return makeFinding(
    "secrets.filter_refused",
    "critical",
    `${e.message.replace(/; nothing was scanned$/, "")}; the filter is not applied`,
    { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 1 },
    "",
    "Rewrite the pattern without look-around, back-references, atomic groups or verbose mode (see docs/secrets.md#filter-regexes)."
  );
}

export {
  userPoolOptions,
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
};
