/** What a lint run returns (src/run.ts): findings, what was read, targets, dependencies, shard state. */
import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { BaselineEntry } from '../policy/baseline.js';
import type { ClawlintConfig } from '../policy/types.js';
import type { Target } from '../schema/target.js';
import type { ShardSpec } from '../shard/partition.js';
import type { ConfigFixJob } from './fix-config.js';

/** The OpenClaw release one config was validated against, and which source chose it. */
export interface ConfigTarget extends Target {
  config: string;
}

export interface BaselineSummary {
  file: string;
  new: number;
  unchanged: number;
  fixed: number;
}

export interface LintRunResult {
  findings: Finding[];
  /** Findings silenced by an accepted-risk mechanism, with reasons (not counted, still reported). */
  suppressed: Finding[];
  /** Configs linted. */
  configs: string[];
  /** Every source read, by repo-relative path (for pretty output). */
  sources: Map<string, SourceFile>;
  /** The clawlint config in effect (defaults when none). */
  config: ClawlintConfig;
  /** Present when a findings baseline was applied. */
  baseline?: BaselineSummary;
  /** Scrubs credential-looking values seen during the run from any text (source lines in pretty output). */
  redact: (text: string) => string;
  /** Present when the secrets scan ran; `baseline` undefined when there was none (every secret new). */
  secrets?: { baseline?: string; new: number; unchanged: number; removed: number; baselineNeedsRefresh: boolean };
  /** Per linted config: the OpenClaw release its schema findings are for, and why. */
  targets: ConfigTarget[];
  /**
   * Per linted config (repo-relative): every file its findings depend on — the config, the files
   * it includes, the deployment that runs it, the env files it is resolved with. only-changed
   * reports a config's findings when any of these changed.
   */
  dependsOn: Map<string, Set<string>>;
  /** The values the redactor masks (the Action registers them with core.setSecret and scrubs its sinks). */
  secretValues: string[];
  /** With `fixJobs`: every config linted from its own file, with the options it was linted with. */
  fixJobs?: ConfigFixJob[];
  /**
   * A sharded run: which shard, and the clawlint-config suppressions that matched nothing in this
   * shard (as suppression.unused findings). Whether one matched nothing anywhere needs every
   * shard: `clawlint merge` reports those unused in all shards.
   */
  shard?: ShardSpec & { unusedConfigSuppressions: Finding[]; unusedConfigBaseline: BaselineEntry[] };
}
