/**
 * One root cause, one finding — for a config judged as a deployment runs it.
 *
 * OpenClaw's own audit reports some risks under two ids: a gateway with no credential is
 * `gateway.bind_no_auth` (or `gateway.loopback_no_auth`) and also `gateway.http.no_auth` and, on a
 * non-loopback bind, `gateway.auth_no_rate_limit`; a dangerous flag with a check of its own
 * (`gateway.control_ui.host_header_origin_fallback`, `…device_auth_disabled`, …) is also a
 * `config.insecure_or_dangerous_flags` entry. A config linted on its own keeps that audit parity
 * (every id the audit prints). A config a deployment runs is a reviewer's verdict on that
 * deployment: there the consequence becomes a related location of the primary finding, naming the
 * id the audit reports it under, so one change (set a token, drop the flag) clears one finding.
 *
 * The missing rate limit is a consequence only when the config sets up no auth at all (no mode but
 * "none", no token, no password): a rate limit on nothing. Where an auth mode is configured and
 * only its secret is missing, supplying the secret leaves the unthrottled guessing: its own finding.
 */
import type { Finding, RelatedLocation } from '../core/finding.js';
import { rec } from '../openclaw/values.js';

/** Primary finding ids and the ids that restate their root cause. */
const CONSEQUENCES: readonly { primary: string; folds: readonly string[]; noAuthOnly?: readonly string[] }[] = [
  { primary: 'gateway.bind_no_auth', folds: ['gateway.http.no_auth'], noAuthOnly: ['gateway.auth_no_rate_limit'] },
  { primary: 'gateway.loopback_no_auth', folds: ['gateway.http.no_auth'] },
];

/** The generic dangerous-flag id: folded into a specific finding at the same config path. */
const GENERIC_FLAG = 'config.insecure_or_dangerous_flags';

function asRelated(f: Finding): RelatedLocation {
  return {
    file: f.file,
    startLine: f.startLine,
    startColumn: f.startColumn,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: `same root cause, also reported by OpenClaw's audit as ${f.ruleId} (${f.severity}): ${f.message}`,
  };
}

/** The config sets up some auth: a mode other than "none", a token or a password (resolved or not). */
function authConfigured(config: unknown): boolean {
  const auth = rec(config, 'gateway', 'auth');
  return !!auth && ((auth.mode !== undefined && auth.mode !== 'none') || 'token' in auth || 'password' in auth);
}

/** The findings with every restated root cause moved into its primary finding's related locations. */
export function foldRootCauses(findings: readonly Finding[], config: unknown): Finding[] {
  const configured = authConfigured(config);
  const into = new Map<Finding, Finding>(); // folded → primary
  for (const { primary, folds, noAuthOnly = [] } of CONSEQUENCES) {
    const head = findings.find((f) => f.ruleId === primary);
    if (!head) continue;
    const ids = configured ? folds : [...folds, ...noAuthOnly];
    for (const f of findings) if (ids.includes(f.ruleId) && !into.has(f)) into.set(f, head);
  }
  for (const f of findings) {
    if (f.ruleId !== GENERIC_FLAG || !f.path) continue;
    const specific = findings.find((g) => g !== f && g.path === f.path && g.ruleId !== GENERIC_FLAG && !into.has(g));
    if (specific) into.set(f, specific);
  }
  if (into.size === 0) return [...findings];
  const related = new Map<Finding, RelatedLocation[]>();
  for (const [folded, head] of into) related.set(head, [...(related.get(head) ?? []), asRelated(folded)]);
  return findings
    .filter((f) => !into.has(f))
    .map((f) => {
      const extra = related.get(f);
      return extra ? { ...f, related: [...(f.related ?? []), ...extra] } : f;
    });
}
