/** The contract of a fix for a `deploy.*` finding: planned on the manifest's own YAML text. */
import type { Autofix, FixType } from '../../core/autofix.js';
import type { Finding } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';

export interface ManifestFixer {
  ruleId: string;
  type: FixType;
  /** What `--fix` does for this rule, one sentence (the rule doc's **Autofix:** line). */
  doc: string;
  /** The fix for one finding in `file` (the manifest it points at), or undefined when none is safe. */
  plan(finding: Finding, file: SourceFile): Autofix | undefined;
}
