/** `clawlint merge REPORT.json|DIR... [--format json|sarif|summary|junit|gitlab|text] [--output FILE] [--fail-on L]` */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { ConfinedWriteError, existsInside, readConfinedText, realOrSelf, writeConfined } from '../core/fs-confined.js';
import { walk } from '../core/walk.js';
import { neutraliseWorkflowCommands } from '../core/workflow-commands.js';
import type { FailOn } from '../core/finding.js';
import type { CliIO } from '../cli-main.js';
import { mergeReports } from './merge.js';
import { readReport } from './read.js';
import { formatMerged, MERGE_FORMATS, type MergeFormat } from './format.js';

export const MERGE_HELP = `Usage: clawlint merge REPORT.json|DIR... [options]

Joins JSON reports (clawlint --format json) into one report: the shards of a --shard run, or
the reports of several repositories. Counts and the verdict are recomputed; shards of one run must
all be there. A directory stands for every *.json file under it.

Options:
  --format json|sarif|summary|junit|gitlab|text  Output format (default json); sarif has one run per
                         repository and category, summary is job-summary Markdown
  --output FILE          Write the merged report to FILE instead of stdout
  --fail-on LEVEL        critical|warn|info|none (default: each report's own fail-on)
  --sarif-include-suppressed  also emit suppressed results in SARIF
  -h, --help             print this help
`;

/** A report is at most this big (a 10,000-config monorepo writes a few MB). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export async function runMergeCommand(args: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        'sarif-include-suppressed': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see clawlint merge --help)`);
  }
  const o = parsed.values;
  if (o.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (!(MERGE_FORMATS as readonly string[]).includes(o.format))
    throw new UsageError(`merge: --format must be ${MERGE_FORMATS.join(', ')}, got ${JSON.stringify(o.format)}`);
  const failOn = o['fail-on'];
  if (failOn !== undefined && !['critical', 'warn', 'info', 'none'].includes(failOn))
    throw new UsageError(`--fail-on must be critical, warn, info or none, got ${JSON.stringify(failOn)}`);
  const files = expandReportArgs(io.cwd, parsed.positionals);
  const reports = files.map((f) => readReport(f.label, readReportFile(f)));
  const merged = mergeReports(reports, failOn as FailOn | undefined);
  const format = o.format as MergeFormat;
  const out = formatMerged(merged, format, {
    includeSuppressed: o['sarif-include-suppressed'],
    reproduce: ['clawlint', 'merge', ...parsed.positionals, ...(failOn ? ['--fail-on', failOn] : [])].join(' '),
  });
  if (o.output !== undefined) {
    try {
      writeConfined(path.resolve(io.cwd, o.output), out, {
        root: realOrSelf(io.cwd),
        cwd: io.cwd,
        trusted: true,
        label: '--output',
      });
    } catch (err) {
      if (err instanceof ConfinedWriteError) throw new UsageError(err.message);
      throw new UsageError(
        `cannot write --output ${o.output}: ${(err as NodeJS.ErrnoException).code ?? 'write failed'}`,
      );
    }
  } else
    io.stdout(
      format === 'json' || format === 'sarif' || format === 'gitlab' ? neutraliseWorkflowCommands(out, true) : out,
    );
  const n = merged.groups.length;
  io.stderr(
    `clawlint: merged ${reports.length} report${reports.length === 1 ? '' : 's'} into ${n} run${n === 1 ? '' : 's'}: ${merged.failed ? 'fail' : 'pass'} (fail-on: ${merged.failOn})\n`,
  );
  return merged.failed ? 1 : 0;
}

/**
 * Files as given, directories as every *.json under them (sorted, so the order never depends on
 * the disk). Reads stay inside what was named: a symlink in a report directory that leads out of
 * it is not followed (src/core/fs-confined.ts).
 */
export function expandReportArgs(cwd: string, args: readonly string[]): { abs: string; label: string; root: string }[] {
  if (!args.length) throw new UsageError('usage: clawlint merge REPORT.json|DIR... (see clawlint merge --help)');
  const out: { abs: string; label: string; root: string }[] = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    const root = realOrSelf(abs);
    if (!existsInside(abs, [root])) throw new UsageError(`merge: report not found: ${a}`);
    // Every *.json below, .git and node_modules included: a report directory holds only reports.
    const walked = walk(abs, {
      roots: [root],
      skipDirs: [],
      want: (e) => e.dirent.isFile() && e.rel.endsWith('.json'),
    });
    if (!walked.listed) {
      out.push({ abs, label: a, root });
      continue;
    }
    const found = walked.entries.map((e) => e.abs);
    if (!found.length) throw new UsageError(`merge: no *.json report under ${a}`);
    for (const p of found.sort()) out.push({ abs: p, label: path.join(a, path.relative(abs, p)), root });
  }
  return out;
}

function readReportFile(f: { abs: string; label: string; root: string }): string {
  const r = readConfinedText(f.abs, MAX_REPORT_BYTES, [f.root]);
  if (!r.ok) throw new UsageError(`merge: cannot read ${f.label}: ${r.reason}`);
  return r.text;
}
