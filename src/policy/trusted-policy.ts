/**
 * In a pull request (the Action) or with `--base` (the CLI) the policy comes from the trusted side
 * (src/policy/trusted.ts): its clawlint config, custom policy files, findings baseline and
 * secrets-baseline plugins and filters judge the change, and every weakening the change makes to
 * them is a `policy.weakened` finding on the changed file.
 */
import { readConfinedText, realOrSelf } from '../core/fs-confined.js';
import path from 'node:path';
import { SourceFile } from '../core/source.js';
import type { Finding } from '../core/finding.js';
import type { GitHubClient } from '../github/client.js';
import type { ChangedLines } from '../github/diff.js';
import { DEFAULT_BASELINE as FINDINGS_BASELINE, DEFAULT_SECRETS_BASELINE as SECRETS_BASELINE } from './baseline.js';
import { MAX_POLICY_FILES, MAX_POLICY_FILE_BYTES } from './custom-policies.js';
import { GLOB_CHARS } from './glob.js';
import { CONFIG_NAMES, loadClawlintConfig } from './load-config.js';
import { apiTrustedSide, gitTrustedSide, MAX_POLICY_BYTES, type TrustedSide } from './trusted.js';
import { inlineWeakenings, policyFileWeakenings, policyWeakenings, type PolicyText } from './weakening.js';
import { parseBaseline, type Baseline } from '../secrets/baseline.js';

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
  /**
   * The custom policy files the trusted config lists (repo-relative path → text), judged instead
   * of the workspace's; undefined when the trusted side could not list a policy glob (the
   * workspace's are used and the run says so).
   */
  policyFiles?: Map<string, string>;
  /** The head side of the same files, for the weakening diff. */
  head: {
    config: PolicyText;
    findingsBaseline: PolicyText;
    secretsBaseline: PolicyText;
    /** The workspace's version of each trusted policy file, and the workspace's own policy files. */
    policyFiles: PolicyText[];
  };
}

/** The trusted side's custom policy files for the config's `policies` entries (bundled presets excluded). */
async function trustedPolicyFiles(
  side: TrustedSide,
  entries: readonly { pattern: string; fromPreset: boolean }[],
): Promise<Map<string, string> | undefined> {
  const files = new Map<string, string>();
  for (const e of entries) {
    if (e.fromPreset) continue;
    const listed = e.pattern.split('/').some((seg) => GLOB_CHARS.test(seg))
      ? await side.glob(e.pattern)
      : [e.pattern.replace(/^\.\//, '')];
    if (!listed) return undefined;
    for (const rel of listed) {
      if (files.size >= MAX_POLICY_FILES || files.has(rel)) continue;
      const text = await side.read(rel);
      if (text !== undefined && text.length <= MAX_POLICY_FILE_BYTES) files.set(rel, text);
    }
  }
  return files;
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
  const policyFiles = await trustedPolicyFiles(side, base.policies);
  // Head side: each trusted policy file as the workspace has it, and the files the workspace's own
  // globs match (a file the change adds to a trusted glob is new, never a weakening).
  const headPolicies = [...(policyFiles?.keys() ?? [])].map((rel) => ({ path: rel, text: headText(cwd, rel) }));
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
    ...(policyFiles ? { policyFiles } : {}),
    findingsBaseline: { path: fbPath, text: await side.read(fbPath) },
    secretsBaseline: { path: sbPath, text: sbText, parsed },
    head: {
      config: {
        path: headConfigPath || '.clawlint.yml',
        text: headConfigPath ? headText(cwd, headConfigPath) : undefined,
      },
      findingsBaseline: { path: fbPath, text: headText(cwd, fbPath) },
      secretsBaseline: { path: sbPath, text: headText(cwd, sbPath) },
      policyFiles: headPolicies,
    },
  };
}

/**
 * The changed lines of `files` against a trusted side that is no commit (`--base DIR`): a line
 * counts as changed when the trusted version has no line with the same text (so a pragma that
 * was already there is not new; a file missing there is changed throughout).
 */
export async function changedAgainst(cwd: string, side: TrustedSide, files: Iterable<string>): Promise<ChangedLines> {
  const out: ChangedLines = new Map();
  for (const f of files) {
    const head = headText(cwd, f);
    if (head === undefined) continue;
    const base = await side.read(f);
    if (base === head) continue;
    if (base === undefined) {
      out.set(f, 'all');
      continue;
    }
    const known = new Set(base.split(/\r?\n|\r/));
    const lines = new Set<number>();
    head.split(/\r?\n|\r/).forEach((l, i) => {
      if (!known.has(l)) lines.add(i + 1);
    });
    if (lines.size) out.set(f, lines);
  }
  return out;
}

/** What runLint takes from the trusted policy (the CLI's --base and the Action read it alike). */
export function trustedLintOptions(t: TrustedPolicy) {
  return {
    trustedPolicy: {
      config: t.config,
      findingsBaseline: t.findingsBaseline,
      ...(t.policyFiles ? { policyFiles: t.policyFiles } : {}),
    },
    secretsSettings: { plugins: t.secretsBaseline.parsed?.plugins, filters: t.secretsBaseline.parsed?.filters },
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
  for (const head of t.head.policyFiles)
    out.push(...policyFileWeakenings({ path: head.path, text: t.policyFiles?.get(head.path) }, head, t.label));
  if (changed) out.push(...inlineWeakenings(changed, (f) => headText(cwd, f), isLinted));
  return out;
}
