/**
 * The rule contract. A rule is a pure function of the resolved config: it
 * reports config *paths*, never lines or columns; the engine maps each path to
 * a source range (for a missing key, the nearest existing ancestor's key).
 */
import type { ConfigPath, Severity } from '../core/finding.js';
import type { Anchor } from '../core/locate.js';
import type { FixOp, FixType } from '../core/autofix.js';
import type { ConfigContext } from '../openclaw/context.js';
import type { RuleRelease } from './releases.js';

export interface Report {
  path: ConfigPath;
  message: string;
  /** Overrides the rule's default severity (escalations). */
  severity?: Severity;
  /** Point at the key (default) or at the value. */
  at?: Anchor;
  fix?: string;
  /** Concrete id for rules with a templated id such as `tools.elevated.allowFrom.<provider>.wildcard`. */
  ruleId?: string;
  /** OpenClaw's `detail` text, matched by `security.audit.suppressions[].detailIncludes`; defaults to the message. */
  detail?: string;
  /** OpenClaw's title when it varies per finding (matched by `titleIncludes`); defaults to the rule's title. */
  title?: string;
  /**
   * The safe value for the scalar at `path` when the fix is mechanical; the engine turns it into a
   * reviewable suggestion (the edited source line) for PR review comments.
   */
  replaceWith?: string | number | boolean;
  /**
   * The mechanical fix as operations on config paths (`clawlint lint --fix`); `replaceWith` is
   * shorthand for `[{ op: 'set', path, value }]`. The engine applies it only when the result
   * parses and the finding is gone.
   */
  autofix?: readonly FixOp[];
  /** Default `security` (a rule tightens a setting). */
  fixType?: FixType;
}

export interface RuleMeta<F = unknown> {
  /** The OpenClaw checkId (may contain a `<placeholder>` segment). */
  id: string;
  /** Default severity; reports may escalate or lower it. */
  severity: Severity;
  /** OpenClaw's finding title, exactly (suppressions match `titleIncludes` against it). */
  title: string;
  /** One sentence: what the rule catches. */
  description: string;
  /** True when OpenClaw 2026.9.6's CLI audit does not emit this check (documented promise, legacy key, …). */
  beyondCli?: boolean;
  /**
   * Not run by default: output OpenClaw prints on every audit (the attack-surface summary)
   * would make every clean run noisy. `--attack-surface` turns such rules on.
   */
  optIn?: boolean;
  /** True when the rule's reports carry `replaceWith` or `autofix` (a mechanical fix: `--fix`, review suggestions). */
  fixable?: boolean;
  /**
   * The check's history across OpenClaw releases, oldest first (src/rules/releases.ts): the first
   * row is the first release whose audit reports it; each row's facts drive `check` for that range.
   */
  releases?: readonly RuleRelease<F>[];
}

export interface Rule<F = unknown> extends RuleMeta<F> {
  /** `facts`: what the `releases` row for the target release says (undefined: no history, or the newest). */
  check(ctx: ConfigContext, report: (r: Report) => void, facts?: F): void;
}

export function defineRule<F = unknown>(rule: Rule<F>): Rule<F> {
  return rule;
}
