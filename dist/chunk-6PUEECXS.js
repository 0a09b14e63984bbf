import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SEVERITIES,
  compareFindings,
  severityRank,
  summarize
} from "./chunk-YCW4PPVA.js";

// src/reporters/annotations.ts
var LEVEL = { critical: "error", warn: "warning", info: "notice" };
function rankFindings(findings, changed) {
  const onChanged = (f) => changed ? spanTouchesChanged(changed, f) : false;
  return [...findings].sort(
    (a, b) => Number(onChanged(b)) - Number(onChanged(a)) || severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b)
  );
}
function spanTouchesChanged(changed, f) {
  const c = changed.get(f.file);
  if (c === void 0) return false;
  if (c === "all") return true;
  for (let l = f.startLine; l <= Math.min(f.endLine, f.startLine + 200); l++) if (c.has(l)) return true;
  return false;
}
function annotationFor(f) {
  const startLine = Math.max(1, f.startLine);
  const endLine = Math.max(startLine, f.endLine);
  const props = { title: `clawlint ${f.ruleId}`, file: f.file, startLine, endLine };
  if (startLine === endLine) {
    props.startColumn = Math.max(1, f.startColumn);
    props.endColumn = Math.max(props.startColumn, f.endColumn);
  }
  const message = f.fix ? `${f.message}
Fix: ${f.fix}` : f.message;
  return { level: LEVEL[f.severity], message, props };
}
function planAnnotations(findings, opts = {}) {
  const cap = Math.max(1, Math.floor(opts.cap ?? 10));
  const ranked = rankFindings(findings, opts.changed);
  const perLevel = { critical: 0, warn: 0, info: 0 };
  for (const f of ranked) perLevel[f.severity]++;
  const reserved = Math.max(0, Math.floor(opts.reservedNotices ?? 0));
  const caps = { critical: cap, warn: cap, info: Math.max(0, cap - reserved) };
  const overflow = perLevel.critical > caps.critical || perLevel.warn > caps.warn || perLevel.info > caps.info;
  if (overflow) caps.info = Math.max(0, caps.info - 1);
  const used = { critical: 0, warn: 0, info: 0 };
  const annotations = [];
  let omitted = 0;
  for (const f of ranked) {
    if (used[f.severity] >= caps[f.severity]) {
      omitted++;
      continue;
    }
    used[f.severity]++;
    annotations.push(annotationFor(f));
  }
  if (omitted > 0) {
    const where = opts.seeAlso ?? "the job summary";
    annotations.push({
      level: "notice",
      message: `${omitted} more clawlint finding(s) not annotated: GitHub shows at most ${cap} annotations per level per step. See ${where} for every finding.`,
      props: { title: `clawlint: ${omitted} more finding(s)` }
    });
  }
  return { annotations, omitted };
}
function emitAnnotations(plan, sink) {
  for (const a of plan.annotations) sink[a.level](a.message, a.props);
}

// src/reporters/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var MAX_VALUE_CHARS = 2e3;
function clip(s, max = MAX_VALUE_CHARS) {
  return s.length <= max ? s : `${s.slice(0, max)}\u2026 (${s.length - max} more characters cut)`;
}
var ICON = { critical: "\u{1F534}", warn: "\u{1F7E0}", info: "\u{1F535}" };
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeMarkdown(s) {
  return s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(BIDI, "\uFFFD").replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, "$1:\u200B//").replace(/\bwww\./gi, "www\u200B.").replace(/(^|[^&\w])#(?=\d)/g, "$1#\u200B").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/@/g, "&#64;");
}
function code(s) {
  const body = s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(BIDI, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;");
  return `<code>${body}</code>`;
}
function encodePath(file) {
  return file.split("/").map((seg) => encodeURIComponent(seg).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function lineUrl(input, f) {
  if (!input.serverUrl || !input.repository || !input.sha) return void 0;
  const start = Math.max(1, f.startLine);
  const end = Math.max(start, f.endLine);
  const anchor = end > start ? `#L${start}-L${end}` : `#L${start}`;
  return `${input.serverUrl}/${input.repository}/blob/${encodeURIComponent(input.sha)}/${encodePath(f.file)}${anchor}`;
}
function location(input, f) {
  const label = escapeMarkdown(`${f.file}:${f.startLine}`);
  const url = lineUrl(input, f);
  return url ? `[${label}](${url})` : label;
}
function findingRow(input, f) {
  const changed = (input.changed && spanTouchesChanged(input.changed, f) ? " \u270E" : "") + (f.baselined ? " (baselined)" : "");
  const msg = escapeMarkdown(clip(f.message)) + (f.fix ? `<br>**Fix:** ${escapeMarkdown(clip(f.fix))}` : "");
  return `| ${ICON[f.severity]} ${f.severity} | ${code(f.ruleId)} | ${location(input, f)}${changed} | ${msg} |`;
}
var bytes = (s) => Buffer.byteLength(s, "utf8");
function summaryHead(input, counts) {
  const total = counts.critical + counts.warn + counts.info;
  const head = [];
  head.push("## clawlint");
  head.push("");
  const verdict = input.failed ? "\u274C **Failed**" : "\u2705 **Passed**";
  head.push(
    `${verdict} (fail-on: ${code(input.failOn)}): ${total} finding(s) in ${input.configs} config(s): ` + SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ") + "."
  );
  const fb = input.findingsBaseline;
  if (fb) {
    head.push(
      "",
      `Findings baseline ${code(fb.file)}: ${fb.new} new, ${fb.unchanged} known (listed below, marked baselined; they do not fail the run), ${fb.fixed} fixed${fb.fixed ? " (prune them with " + code("npx clawlint baseline update") + ")" : ""}.`
    );
  }
  if (input.outsideChanges)
    head.push(
      "",
      `Only findings in files changed by this pull request are reported; ${input.outsideChanges} other finding(s) were left out.`
    );
  const notes = input.notes ?? [];
  for (const n of notes.slice(0, 20)) head.push("", `> [!NOTE]
> ${escapeMarkdown(clip(n))}`);
  if (notes.length > 20) head.push("", `> [!NOTE]
> \u2026 and ${notes.length - 20} more notes.`);
  head.push("");
  if (input.findings.length > 0) head.push(...countTables(input.findings, counts));
  return head;
}
function countTables(findings, counts) {
  const out = ["| Severity | Count |", "| --- | ---: |"];
  for (const s of SEVERITIES) out.push(`| ${ICON[s]} ${s} | ${counts[s]} |`);
  out.push("");
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { n: 0, severity: f.severity };
    r.n++;
    if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(r.severity)) r.severity = f.severity;
    byRule.set(f.ruleId, r);
  }
  const rules = [...byRule].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  out.push("<details><summary>Findings by rule</summary>", "", "| Rule | Severity | Count |", "| --- | --- | ---: |");
  for (const [id, r] of rules.slice(0, 500)) out.push(`| ${code(id)} | ${r.severity} | ${r.n} |`);
  if (rules.length > 500) out.push(`| \u2026 ${rules.length - 500} more rules | | |`);
  out.push("", "</details>", "");
  return out;
}
function summaryTail(input) {
  const tail = [];
  if (input.secrets) {
    const s = input.secrets;
    tail.push("### Secrets", "");
    tail.push(
      "| New | Unchanged (in baseline) | Removed from code |",
      "| ---: | ---: | ---: |",
      `| ${s.new} | ${s.unchanged} | ${s.removed} |`,
      ""
    );
    if (s.baselinePath)
      tail.push(
        `Baseline: ${code(s.baselinePath)}.${s.baselineNeedsRefresh ? " It is out of date (moved or removed secrets, or an older format): refresh it with " + code(`npx clawlint secrets scan --baseline ${s.baselinePath}`) + "." : ""}`,
        ""
      );
    else tail.push("No secrets baseline: every detected secret counts as new.", "");
  }
  const suppressed = input.suppressed ?? [];
  if (suppressed.length) {
    tail.push(
      `### Suppressed findings (${suppressed.length})`,
      "",
      "| Rule | Location | Suppressed by | Reason |",
      "| --- | --- | --- | --- |"
    );
    for (const f of suppressed.slice(0, 200)) {
      tail.push(
        `| ${code(clip(f.ruleId, 200))} | ${location(input, f)} | ${escapeMarkdown(clip(f.suppressed?.by ?? f.suppressed?.kind ?? "", 500))}${f.suppressed?.until ? ` (until ${escapeMarkdown(clip(f.suppressed.until, 50))})` : ""} | ${escapeMarkdown(clip(f.suppressed?.reason || "(no reason given)"))} |`
      );
    }
    if (suppressed.length > 200) tail.push("", `\u2026 and ${suppressed.length - 200} more.`);
    tail.push("");
  }
  tail.push("### Reproduce locally", "", "```sh", input.reproduce.replace(/[\r\n`]/g, " "), "```", "");
  if (input.outsideChanges)
    tail.push(
      `On this commit it reaches the same findings plus the ${input.outsideChanges} outside the pull request's changes (the CLI has no \`only-changed\`).`,
      ""
    );
  if (input.sarifFile) tail.push(`SARIF written to ${code(input.sarifFile)}.`, "");
  return tail;
}
function formatSummary(input) {
  const limit = Math.min(input.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024, SUMMARY_LIMIT_BYTES - 1024);
  const counts = summarize(input.findings.filter((f) => !f.baselined));
  const headText = fit(summaryHead(input, counts).join("\n") + "\n", limit / 4);
  const tailText = fit(summaryTail(input).join("\n") + "\n", limit / 4);
  if (input.findings.length === 0) return headText + tailText;
  const tableHead = `### Findings

| Severity | Rule | Location | Message |
| --- | --- | --- | --- |
`;
  let budget = limit - bytes(headText) - bytes(tailText) - bytes(tableHead) - 512;
  const rows = [];
  const ranked = rankFindings(input.findings, input.changed);
  let shown = 0;
  for (const f of ranked) {
    const row = findingRow(input, f) + "\n";
    const b = bytes(row);
    if (b > budget) break;
    budget -= b;
    rows.push(row);
    shown++;
  }
  let note = "";
  if (shown < ranked.length) {
    note = `
> [!WARNING]
> ${ranked.length - shown} more finding(s) not shown: the job summary is limited to 1 MiB. ${input.sarifFile ? "The SARIF file has every finding; " : ""}run the command below for the full list.
`;
  }
  const legend = input.changed ? "\n\u270E = on a line changed by this pull request.\n" : "";
  return fit(headText + tableHead + rows.join("") + note + legend + "\n" + tailText, limit);
}
function fit(text, max) {
  if (bytes(text) <= max) return text;
  const warn = "\n\n> [!WARNING]\n> This section was cut: the job summary is limited to 1 MiB.\n";
  const room = Math.max(0, max - bytes(warn));
  let cut = Buffer.from(text, "utf8").subarray(0, room).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  return cut + warn;
}

export {
  planAnnotations,
  emitAnnotations,
  escapeMarkdown,
  formatSummary
};
