import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

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
function makeFinding(ruleId, severity, message, location, path = "", fix) {
  const f = { ruleId, severity, message, ...location, path };
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
  SEVERITIES,
  severityRank,
  shouldFail,
  compareFindings,
  summarize,
  makeFinding,
  dedupeFindings
};
