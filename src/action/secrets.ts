/**
 * The one place the Action calls the secrets scanner (src/secrets/cli.ts
 * `secretFindings`). Directories are expanded to git-tracked files here so
 * the baseline delta covers exactly the scanned paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { secretFindings } from '../secrets/cli.js';
import { filesToScan } from '../secrets/files.js';

export interface SecretsOutcome {
  findings: Finding[];
  delta: { new: number; unchanged: number; removed: number };
  baselinePath?: string;
  baselineNeedsRefresh: boolean;
}

export const DEFAULT_BASELINE = '.secrets.baseline';

/** `baselineInput` empty ⇒ `.secrets.baseline` when present; `files` (already repo-relative) wins over `paths`. */
export async function runSecrets(opts: {
  cwd: string;
  paths: string[];
  files?: string[];
  baselineInput: string;
  trustedSettings?: Parameters<typeof secretFindings>[0]['trustedSettings'];
}): Promise<SecretsOutcome> {
  let baselinePath: string | undefined = opts.baselineInput || undefined;
  if (!baselinePath && fs.existsSync(path.join(opts.cwd, DEFAULT_BASELINE))) baselinePath = DEFAULT_BASELINE;
  const files = opts.files ?? (await filesToScan(opts.cwd, opts.paths, false));
  // secretFindings treats an empty list as "the whole tree": nothing to scan is nothing to report.
  const scan = files.filter((f) => f !== baselinePath);
  if (scan.length === 0)
    return { findings: [], delta: { new: 0, unchanged: 0, removed: 0 }, baselinePath, baselineNeedsRefresh: false };
  const r = await secretFindings({ cwd: opts.cwd, paths: scan, baselinePath, trustedSettings: opts.trustedSettings });
  return { findings: r.findings, delta: r.delta, baselinePath, baselineNeedsRefresh: r.baselineNeedsRefresh };
}
