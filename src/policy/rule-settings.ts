/** Applies `rules:` from the clawlint config: off, or a severity, optionally only under path globs. Later entries win. */
import type { Finding } from '../core/finding.js';
import { matchesAny } from './glob.js';
import type { RuleOverride } from './types.js';

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return ruleId.startsWith(pattern.slice(0, -1));
  return pattern === ruleId;
}

/** Rules that are about clawlint's own inputs and cannot be turned off or down. */
const PROTECTED = /^(clawlint\.|suppression\.)/;

export function applyRuleSettings(findings: readonly Finding[], overrides: readonly RuleOverride[]): Finding[] {
  if (!overrides.length) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    let severity: Finding['severity'] | 'off' = f.severity;
    if (!PROTECTED.test(f.ruleId)) {
      for (const o of overrides) {
        if (ruleMatches(o.rule, f.ruleId) && (!o.paths?.length || matchesAny(f.file, o.paths))) severity = o.severity;
      }
    }
    if (severity === 'off') continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}
