/** The clawlint configuration (.clawlint.yml), after validation and preset merging. */
import type { FailOn, Severity } from '../core/finding.js';

export type RuleSetting = Severity | 'off';

export interface RuleOverride {
  /** Rule id, or a family ending in `.*`. */
  rule: string;
  severity: RuleSetting;
  /** Only for findings in files matching these globs. */
  paths?: string[];
  /** Where the setting was written, for messages. */
  origin: string;
}

export interface ConfigSuppression {
  rule: string;
  paths?: string[];
  reason: string;
  until?: string;
  /** Location of the entry in the config file. */
  at: { file: string; line: number; column: number };
}

export interface ClawlintConfig {
  /** Repo-relative path of the config file, if one was found. */
  file?: string;
  extends: string[];
  include: string[];
  exclude: string[];
  failOn?: FailOn;
  openclawVersion?: string;
  rules: RuleOverride[];
  /** Policy file globs: repo-relative, or relative to the clawlint package for presets. */
  policies: { pattern: string; fromPreset: boolean; at?: { file: string; line: number; column: number } }[];
  suppressions: ConfigSuppression[];
  envFiles: { glob: string; files: string[] }[];
  baseline?: string;
  secrets?: { enabled?: boolean; baseline?: string; allFiles?: boolean; extraDetectors?: string[] };
  /** Helm/Kustomize rendering (src/deploy/render): per-chart values files and --set pairs. */
  helm?: HelmSettings;
}

export interface HelmSettings {
  /** false: never run helm/kubectl (static reading only). */
  render?: boolean;
  timeoutSeconds?: number;
  /** Chart directory (repo-relative) → extra values files (relative to the chart) and --set pairs. */
  charts: Record<string, { values: string[]; set: Record<string, string> }>;
}

export function emptyConfig(): ClawlintConfig {
  return { extends: [], include: [], exclude: [], rules: [], policies: [], suppressions: [], envFiles: [] };
}
