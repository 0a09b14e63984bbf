/** One entry of the rule registry: what every consumer (known ids, SARIF, docs checks, --list-rules) reads. */
import type { Severity } from '../core/finding.js';

/** Which part of clawlint reports the rule. */
export type RuleKind = 'audit' | 'core' | 'schema' | 'deploy' | 'secrets' | 'policy' | 'suppression' | 'clawlint';

export interface RegisteredRule {
  /** Rule id; a `<placeholder>` segment matches any one segment (`schema.<keyword>`). */
  readonly id: string;
  readonly kind: RuleKind;
  readonly title: string;
  /** Default severity; findings may escalate or lower it. */
  readonly severity: Severity;
  /** One sentence: what the rule catches. */
  readonly description: string;
  /** Repository-relative doc page, with an anchor when the page covers several rules. */
  readonly doc: string;
  /** True when findings can carry a mechanical fix (a suggestion in PR reviews). */
  readonly fixable: boolean;
  /**
   * What `clawlint lint --fix` does for it, when the registry knows (deploy rules: from their
   * manifest fix); the rule page's **Autofix:** line is generated from it (`npm run docs:autofix`).
   */
  readonly autofix?: string;
  /** Repository-relative source file that reports the rule. */
  readonly module: string;
  /** Opt-in rules run only when asked (`--attack-surface`). */
  readonly optIn?: boolean;
  /** OpenClaw releases the rule applies to, when the rule's meta says (audit rules). */
  readonly releases?: unknown;
}
