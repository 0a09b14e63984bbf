/** The lint run over paths: discovery → each config through the pipeline → sorted, de-duplicated findings. */
import fs from 'node:fs';
import path from 'node:path';
import { compareFindings, makeFinding, type Finding } from './core/finding.js';
import { locateOffset } from './core/locate.js';
import { SourceFile } from './core/source.js';
import { readSourceFile } from './config/read.js';
import { discover } from './discovery.js';
import { lintConfigFile } from './lint/lint-config.js';
import { dotenvToMap, parseDotenv } from './parsers/dotenv.js';

export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export interface LintRunOptions {
  cwd: string;
  paths: readonly string[];
  configGlobs?: readonly string[];
  /** dotenv files for `${VAR}` (later files win). */
  envFiles?: readonly string[];
  /** KEY=VALUE pairs; they win over env files. */
  envPairs?: readonly string[];
  /** Run opt-in rules too (the attack-surface summary). */
  includeOptIn?: boolean;
}

export interface LintRunResult {
  findings: Finding[];
  /** Findings silenced by an accepted-risk mechanism, with reasons (not counted, still reported). */
  suppressed: Finding[];
  /** Configs linted. */
  configs: string[];
  /** Every source read, by repo-relative path (for pretty output). */
  sources: Map<string, SourceFile>;
}

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {}

export function loadEnv(cwd: string, envFiles: readonly string[] = [], envPairs: readonly string[] = []): Map<string, string> {
  const env = new Map<string, string>();
  for (const f of envFiles) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(cwd, f), 'utf8');
    } catch {
      throw new UsageError(`cannot read env file ${f}`);
    }
    for (const [k, v] of dotenvToMap(parseDotenv(text))) env.set(k, v);
  }
  for (const pair of envPairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--env expects KEY=VALUE, got ${JSON.stringify(pair.split('=')[0])}`);
    env.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return env;
}

export async function runLint(opts: LintRunOptions): Promise<LintRunResult> {
  const env = loadEnv(opts.cwd, opts.envFiles, opts.envPairs);
  const reportMissingEnv = (opts.envFiles?.length ?? 0) + (opts.envPairs?.length ?? 0) > 0;
  const { files, problems } = discover(opts.paths, { cwd: opts.cwd, configGlobs: opts.configGlobs });
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  for (const p of problems) {
    if (p.message.startsWith('path not found')) throw new UsageError(p.message);
    findings.push(makeFinding('file.unreadable', 'warn', p.message, { file: p.rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }));
  }
  const configs: string[] = [];
  for (const f of files) {
    let real: string;
    try {
      real = fs.realpathSync(f.abs);
    } catch {
      continue;
    }
    const read = readSourceFile(real, f.rel, MAX_CONFIG_BYTES);
    if (!read.ok) {
      const ruleId = read.tooLarge ? 'file.too_large' : 'parse.error';
      const sev = read.tooLarge ? 'warn' : 'critical';
      findings.push(makeFinding(ruleId, sev, `${read.reason}; not linted`, locateOffset(new SourceFile(f.rel, ''), 0, 0)));
      continue;
    }
    // Includes resolve against the path the user sees, not the symlink target.
    const file = new SourceFile(f.rel, read.file.text, f.abs);
    configs.push(f.rel);
    const result = await lintConfigFile(file, { env, reportMissingEnv, includeOptIn: opts.includeOptIn });
    for (const s of result.files) sources.set(s.path, s);
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
  }
  return { findings: dedupe(findings).sort(compareFindings), suppressed: dedupe(suppressed).sort(compareFindings), configs, sources };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.startLine}\0${f.startColumn}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
