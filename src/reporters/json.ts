/** The JSON contract: tool, sorted findings with stable key order, summary. */
import { summarize, type Finding } from '../core/finding.js';
import { VERSION } from '../version.js';

export function toJsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    startLine: f.startLine,
    startColumn: f.startColumn,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
  };
  if (f.fix) out.fix = f.fix;
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  // Additive: the edits `--fix` makes (never when one would carry a secret).
  if (f.autofix && !f.autofix.redacted)
    out.autofix = {
      type: f.autofix.type,
      description: f.autofix.description,
      edits: f.autofix.edits.map((e) => ({
        file: e.file,
        startLine: e.startLine,
        startColumn: e.startColumn,
        endLine: e.endLine,
        endColumn: e.endColumn,
        text: e.text,
      })),
    };
  if (f.related?.length) out.related = f.related;
  if (f.suppressed) out.suppressed = f.suppressed;
  if (f.baselined) out.baselined = true;
  // Additive: a check the target release's own audit does not have yet (first release that has it).
  if (f.since) out.since = f.since;
  return out;
}

export function formatJson(...args: Parameters<typeof jsonDocument>): string {
  return JSON.stringify(jsonDocument(...args), null, 2) + '\n';
}

/** The report document (for callers that add keys before serialising). */
export function jsonDocument(
  findings: readonly Finding[],
  suppressed: readonly Finding[] = [],
  baseline?: { file: string; new: number; unchanged: number; fixed: number },
  targets?: readonly {
    config: string;
    version: string;
    line: string;
    kind: string;
    source: string;
    requested?: string;
    note?: string;
  }[],
): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    tool: { name: 'clawlint', version: VERSION },
    findings: findings.map(toJsonFinding),
    summary: summarize(findings),
  };
  // Additive to the contract: present only when something was suppressed.
  if (suppressed.length) doc.suppressed = suppressed.map(toJsonFinding);
  if (baseline) doc.baseline = baseline;
  // Additive: the OpenClaw release each config was validated against, and which source chose it.
  if (targets?.length) {
    doc.targets = targets.map((t) => ({
      config: t.config,
      version: t.version,
      line: t.line,
      source: t.kind,
      from: t.source,
      ...(t.requested ? { requested: t.requested } : {}),
      ...(t.note ? { note: t.note } : {}),
    }));
  }
  return doc;
}
