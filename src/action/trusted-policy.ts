/**
 * In a pull request the policy comes from the trusted side (src/policy/trusted.ts): the base
 * commit's clawlint config, findings baseline and secrets-baseline plugins and filters judge the
 * PR, and every weakening the PR makes to them is a `policy.weakened` finding on the changed file.
 */
import { readConfinedText, realOrSelf } from '../core/fs-confined.js';
import path from 'node:path';
import { SourceFile } from '../core/source.js';
import type { Finding } from '../core/finding.js';
import type { GitHubClient } from '../github/client.js';
import type { ChangedLines } from '../github/diff.js';
import { DEFAULT_BASELINE as FINDINGS_BASELINE } from '../policy/baseline.js';
import { CONFIG_NAMES, loadClawlintConfig } from '../policy/load-config.js';
import { apiTrustedSide, gitTrustedSide, MAX_POLICY_BYTES, type TrustedSide } from '../policy/trusted.js';
import { inlineWeakenings, policyWeakenings, type PolicyText } from '../policy/weakening.js';
import { parseBaseline, type Baseline } from '../secrets/baseline.js';
import { DEFAULT_SECRETS_BASELINE as SECRETS_BASELINE } from '../run.js';

/** A workspace file's text: regular files only (no symlink, FIFO or device), size-capped. */
export function headText(cwd: string, rel: string, max = MAX_POLICY_BYTES): string | undefined {
  const abs = path.resolve(cwd, rel);
  const r = path.relative(cwd, abs);
  if (!r || r.startsWith('..') || path.isAbsolute(r)) return undefined;
  // Confined like every repository read (src/core/fs-confined.ts): no symlinked parent either.
  const read = readConfinedText(abs, max, realOrSelf(cwd));
  return read.ok ? read.text : undefined;
}

export interface TrustedPolicy {
  label: string;
  config?: SourceFile;
  findingsBaseline: { path: string; text?: string };
  secretsBaseline: { path: string; text?: string; parsed?: Baseline };
  /** The head side of the same files, for the weakening diff. */
  head: { config: PolicyText; findingsBaseline: PolicyText; secretsBaseline: PolicyText };
}

export async function trustedSide(
  cwd: string,
  baseSha: string,
  client: GitHubClient | undefined,
  repo: string,
): Promise<TrustedSide | undefined> {
  return gitTrustedSide(cwd, baseSha) ?? (client ? apiTrustedSide(client, repo, baseSha) : undefined);
}

/** Read the base commit's policy files (the names the base config gives, or the defaults). */
export async function readTrustedPolicy(
  cwd: string,
  side: TrustedSide,
  inputs: { config: string; secretsBaseline: string; baseline?: string },
): Promise<TrustedPolicy> {
  let configPath = inputs.config.replace(/^\.\//, '');
  let configText: string | undefined;
  if (configPath) configText = await side.read(configPath);
  else
    for (const name of CONFIG_NAMES) {
      configText = await side.read(name);
      if (configText !== undefined) {
        configPath = name;
        break;
      }
    }
  const headConfigPath = inputs.config || CONFIG_NAMES.find((n) => headText(cwd, n) !== undefined) || configPath;
  const config = configText !== undefined ? new SourceFile(configPath, configText) : undefined;
  const base = (await loadClawlintConfig(cwd, undefined, { file: config })).config;
  const fbPath = inputs.baseline || base.baseline || FINDINGS_BASELINE;
  const sbPath = inputs.secretsBaseline || base.secrets?.baseline || SECRETS_BASELINE;
  const sbText = await side.read(sbPath);
  let parsed: Baseline | undefined;
  try {
    parsed = sbText !== undefined ? parseBaseline(sbText) : undefined;
  } catch {
    parsed = undefined;
  }
  return {
    label: side.label,
    config,
    findingsBaseline: { path: fbPath, text: await side.read(fbPath) },
    secretsBaseline: { path: sbPath, text: sbText, parsed },
    head: {
      config: {
        path: headConfigPath || '.clawlint.yml',
        text: headConfigPath ? headText(cwd, headConfigPath) : undefined,
      },
      findingsBaseline: { path: fbPath, text: headText(cwd, fbPath) },
      secretsBaseline: { path: sbPath, text: headText(cwd, sbPath) },
    },
  };
}

/** Every weakening: the policy files, and inline suppressions / allowlist pragmas on changed lines. */
export function weakenings(
  cwd: string,
  t: TrustedPolicy,
  changed: ChangedLines | undefined,
  isLinted: (file: string) => boolean,
): Finding[] {
  const out = policyWeakenings({
    label: t.label,
    config: { base: { path: t.config?.path ?? t.head.config.path, text: t.config?.text }, head: t.head.config },
    findingsBaseline: { base: t.findingsBaseline, head: t.head.findingsBaseline },
    secretsBaseline: { base: t.secretsBaseline, head: t.head.secretsBaseline },
  });
  if (changed) out.push(...inlineWeakenings(changed, (f) => headText(cwd, f), isLinted));
  return out;
}
