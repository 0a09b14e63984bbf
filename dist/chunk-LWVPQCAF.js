import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  fingerprint
} from "./chunk-4PZBY4PV.js";
import {
  failOnRank,
  severityRank,
  summarize
} from "./chunk-YCW4PPVA.js";

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

export {
  formatGitlab,
  formatJunit,
  formatText
};
