/**
 * The job summary (GitHub-flavoured Markdown): verdict, counts by severity and
 * by rule, every finding with a link to its exact lines at the head commit,
 * the secrets baseline delta, suppressed findings with their reasons, and the
 * command to reproduce locally. Every value from a config or file name is
 * escaped (Markdown and HTML), and the whole text stays under GitHub's 1 MiB
 * step-summary limit: the findings table is cut with a note when it would not fit.
 */
import { SEVERITIES, summarize, type FailOn, type Finding, type Severity } from '../core/finding.js';
import type { ChangedLines } from '../github/diff.js';
import { rankFindings, spanTouchesChanged } from './annotations.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryInput {
  /** Findings that count (not suppressed), after any only-changed filter. */
  findings: readonly Finding[];
  /** Findings silenced by an accepted-risk mechanism. */
  suppressed?: readonly Finding[];
  configs: number;
  failOn: FailOn;
  failed: boolean;
  /** For links: `${serverUrl}/${repository}/blob/${sha}/${file}#L1-L2`. */
  serverUrl?: string;
  repository?: string;
  sha?: string;
  changed?: ChangedLines;
  /** Findings left out by only-changed (linted but outside the PR's changes). */
  outsideChanges?: number;
  secrets?: { new: number; unchanged: number; removed: number; baselinePath?: string; baselineNeedsRefresh?: boolean };
  /** Problems worth telling the reader (API unavailable, read-only token, …). */
  notes?: readonly string[];
  reproduce: string;
  /** The findings baseline applied by the lint run (new / unchanged / fixed). */
  findingsBaseline?: { file: string; new: number; unchanged: number; fixed: number };
  sarifFile?: string;
  /** Default 1 MiB minus a safety margin. */
  maxBytes?: number;
}

/** No one value (a message, a suppression reason, a note) may take more than this of the summary. */
export const MAX_VALUE_CHARS = 2_000;

function clip(s: string, max = MAX_VALUE_CHARS): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters cut)`;
}

const ICON: Record<Severity, string> = { critical: '🔴', warn: '🟠', info: '🔵' };

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escape a value for a Markdown table cell or inline text: no HTML, no Markdown syntax, one line. */
export function escapeMarkdown(s: string): string {
  return (
    s
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      // Bidi controls would reorder what a reviewer reads; autolinks and `#1` references would link.
      .replace(BIDI, '\ufffd')
      .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200b//')
      .replace(/\bwww\./gi, 'www\u200b.')
      .replace(/(^|[^&\w])#(?=\d)/g, '$1#\u200b')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      .replace(/@/g, '&#64;')
  ); // no @mentions
}

/** Text inside inline code: backticks would close it, so use an HTML <code> with entities instead. */
function code(s: string): string {
  const body = s
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(BIDI, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;');
  return `<code>${body}</code>`;
}

function encodePath(file: string): string {
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

export function lineUrl(input: Pick<SummaryInput, 'serverUrl' | 'repository' | 'sha'>, f: Finding): string | undefined {
  if (!input.serverUrl || !input.repository || !input.sha) return undefined;
  const start = Math.max(1, f.startLine);
  const end = Math.max(start, f.endLine);
  const anchor = end > start ? `#L${start}-L${end}` : `#L${start}`;
  return `${input.serverUrl}/${input.repository}/blob/${encodeURIComponent(input.sha)}/${encodePath(f.file)}${anchor}`;
}

function location(input: SummaryInput, f: Finding): string {
  const label = escapeMarkdown(`${f.file}:${f.startLine}`);
  const url = lineUrl(input, f);
  return url ? `[${label}](${url})` : label;
}

function findingRow(input: SummaryInput, f: Finding): string {
  const changed =
    (input.changed && spanTouchesChanged(input.changed, f) ? ' ✎' : '') + (f.baselined ? ' (baselined)' : '');
  const msg = escapeMarkdown(clip(f.message)) + (f.fix ? `<br>**Fix:** ${escapeMarkdown(clip(f.fix))}` : '');
  return `| ${ICON[f.severity]} ${f.severity} | ${code(f.ruleId)} | ${location(input, f)}${changed} | ${msg} |`;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The verdict, the baseline and scope lines, the notes, and the counts by severity and by rule. */
function summaryHead(input: SummaryInput, counts: Record<Severity, number>): string[] {
  const total = counts.critical + counts.warn + counts.info;
  const head: string[] = [];
  head.push('## clawlint');
  head.push('');
  const verdict = input.failed ? '❌ **Failed**' : '✅ **Passed**';
  head.push(
    `${verdict} (fail-on: ${code(input.failOn)}): ${total} finding(s) in ${input.configs} config(s): ` +
      SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ') +
      '.',
  );
  const fb = input.findingsBaseline;
  if (fb) {
    head.push(
      '',
      `Findings baseline ${code(fb.file)}: ${fb.new} new, ${fb.unchanged} known (listed below, marked baselined; they do not fail the run), ${fb.fixed} fixed${fb.fixed ? ' (prune them with ' + code('npx clawlint baseline update') + ')' : ''}.`,
    );
  }
  if (input.outsideChanges)
    head.push(
      '',
      `Only findings in files changed by this pull request are reported; ${input.outsideChanges} other finding(s) were left out.`,
    );
  const notes = input.notes ?? [];
  for (const n of notes.slice(0, 20)) head.push('', `> [!NOTE]\n> ${escapeMarkdown(clip(n))}`);
  if (notes.length > 20) head.push('', `> [!NOTE]\n> … and ${notes.length - 20} more notes.`);
  head.push('');
  if (input.findings.length > 0) head.push(...countTables(input.findings, counts));
  return head;
}

function countTables(findings: readonly Finding[], counts: Record<Severity, number>): string[] {
  const out = ['| Severity | Count |', '| --- | ---: |'];
  for (const s of SEVERITIES) out.push(`| ${ICON[s]} ${s} | ${counts[s]} |`);
  out.push('');
  const byRule = new Map<string, { n: number; severity: Severity }>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { n: 0, severity: f.severity };
    r.n++;
    if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(r.severity)) r.severity = f.severity;
    byRule.set(f.ruleId, r);
  }
  const rules = [...byRule].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  out.push('<details><summary>Findings by rule</summary>', '', '| Rule | Severity | Count |', '| --- | --- | ---: |');
  for (const [id, r] of rules.slice(0, 500)) out.push(`| ${code(id)} | ${r.severity} | ${r.n} |`);
  if (rules.length > 500) out.push(`| … ${rules.length - 500} more rules | | |`);
  out.push('', '</details>', '');
  return out;
}

/** Secrets counts, suppressed findings, the command that reproduces the run, the SARIF file. */
function summaryTail(input: SummaryInput): string[] {
  const tail: string[] = [];
  if (input.secrets) {
    const s = input.secrets;
    tail.push('### Secrets', '');
    tail.push(
      '| New | Unchanged (in baseline) | Removed from code |',
      '| ---: | ---: | ---: |',
      `| ${s.new} | ${s.unchanged} | ${s.removed} |`,
      '',
    );
    if (s.baselinePath)
      tail.push(
        `Baseline: ${code(s.baselinePath)}.${s.baselineNeedsRefresh ? ' It is out of date (moved or removed secrets, or an older format): refresh it with ' + code(`npx clawlint secrets scan --baseline ${s.baselinePath}`) + '.' : ''}`,
        '',
      );
    else tail.push('No secrets baseline: every detected secret counts as new.', '');
  }
  const suppressed = input.suppressed ?? [];
  if (suppressed.length) {
    tail.push(
      `### Suppressed findings (${suppressed.length})`,
      '',
      '| Rule | Location | Suppressed by | Reason |',
      '| --- | --- | --- | --- |',
    );
    for (const f of suppressed.slice(0, 200)) {
      tail.push(
        `| ${code(clip(f.ruleId, 200))} | ${location(input, f)} | ${escapeMarkdown(clip(f.suppressed?.by ?? f.suppressed?.kind ?? '', 500))}${f.suppressed?.until ? ` (until ${escapeMarkdown(clip(f.suppressed.until, 50))})` : ''} | ${escapeMarkdown(clip(f.suppressed?.reason || '(no reason given)'))} |`,
      );
    }
    if (suppressed.length > 200) tail.push('', `… and ${suppressed.length - 200} more.`);
    tail.push('');
  }
  tail.push('### Reproduce locally', '', '```sh', input.reproduce.replace(/[\r\n`]/g, ' '), '```', '');
  if (input.outsideChanges)
    tail.push(
      `On this commit it reaches the same findings plus the ${input.outsideChanges} outside the pull request's changes (the CLI has no \`only-changed\`).`,
      '',
    );
  if (input.sarifFile) tail.push(`SARIF written to ${code(input.sarifFile)}.`, '');
  return tail;
}

export function formatSummary(input: SummaryInput): string {
  const limit = Math.min(input.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024, SUMMARY_LIMIT_BYTES - 1024);
  // Baselined findings are known: listed, but not counted.
  const counts = summarize(input.findings.filter((f) => !f.baselined));
  const headText = fit(summaryHead(input, counts).join('\n') + '\n', limit / 4);
  const tailText = fit(summaryTail(input).join('\n') + '\n', limit / 4);
  if (input.findings.length === 0) return headText + tailText;

  const tableHead = `### Findings\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n`;
  let budget = limit - bytes(headText) - bytes(tailText) - bytes(tableHead) - 512;
  const rows: string[] = [];
  const ranked = rankFindings(input.findings, input.changed);
  let shown = 0;
  for (const f of ranked) {
    const row = findingRow(input, f) + '\n';
    const b = bytes(row);
    if (b > budget) break;
    budget -= b;
    rows.push(row);
    shown++;
  }
  let note = '';
  if (shown < ranked.length) {
    note =
      `\n> [!WARNING]\n> ${ranked.length - shown} more finding(s) not shown: the job summary is limited to 1 MiB. ` +
      `${input.sarifFile ? 'The SARIF file has every finding; ' : ''}run the command below for the full list.\n`;
  }
  const legend = input.changed ? '\n✎ = on a line changed by this pull request.\n' : '';
  return fit(headText + tableHead + rows.join('') + note + legend + '\n' + tailText, limit);
}

/** Cut a Markdown text at a line boundary so it stays within `max` bytes, with a note saying so. */
export function fit(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const warn = '\n\n> [!WARNING]\n> This section was cut: the job summary is limited to 1 MiB.\n';
  const room = Math.max(0, max - bytes(warn));
  let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  // A partial multi-byte character decodes as U+FFFD: drop it, then back up to a line end.
  cut = cut.replace(/\uFFFD$/, '');
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  return cut + warn;
}
