/**
 * One pull-request review with a comment per finding on a changed line.
 * Each comment carries a hidden marker `<!-- clawlint:<fingerprint> -->`
 * (the line-independent SARIF fingerprint), and comments whose marker already
 * exists on the PR are not posted again, so re-runs do not repeat themselves.
 * A ```suggestion block is added only when the finding carries a mechanical
 * replacement (`suggestion`: the new text of lines startLine..endLine).
 */
import type { Finding } from '../core/finding.js';
import { fingerprint } from '../reporters/sarif.js';
import { escapeMarkdown } from '../reporters/summary.js';
import type { GitHubClient } from './client.js';
import type { ChangedLines } from './diff.js';

/** A finding that may carry a mechanical fix: the replacement text for its whole lines. */
export type ReviewFinding = Finding & { suggestion?: string };

export const MARKER_RE = /<!-- clawlint:([0-9a-f]{16,64}) -->/g;
export const MAX_REVIEW_COMMENTS = 50;

export function marker(f: Finding): string {
  return `<!-- clawlint:${fingerprint(f)} -->`;
}

export interface ReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export function commentBody(f: ReviewFinding): string {
  const parts = [`**clawlint** \`${f.ruleId.replace(/`/g, '')}\` (${f.severity}): ${escapeMarkdown(f.message)}`];
  if (f.fix) parts.push(`**Fix:** ${escapeMarkdown(f.fix)}`);
  if (typeof f.suggestion === 'string' && !f.suggestion.includes('```')) {
    parts.push('```suggestion\n' + f.suggestion.replace(/\n$/, '') + '\n```');
  }
  parts.push(marker(f));
  return parts.join('\n\n');
}

/** Comments for findings whose lines are all in the diff (GitHub rejects others with 422). */
export function planComments(
  findings: readonly ReviewFinding[],
  changed: ChangedLines,
  existing: ReadonlySet<string>,
  max = MAX_REVIEW_COMMENTS,
) {
  const comments: ReviewComment[] = [];
  let duplicates = 0;
  let outside = 0;
  const seen = new Set(existing);
  for (const f of findings) {
    const lines = changed.get(f.file);
    const start = Math.max(1, f.startLine);
    const end = Math.max(start, f.endLine);
    if (!(lines instanceof Set) || !lines.has(start) || !lines.has(end)) {
      outside++;
      continue;
    }
    const fp = fingerprint(f);
    if (seen.has(fp)) {
      duplicates++;
      continue;
    }
    seen.add(fp);
    if (comments.length >= max) continue;
    const c: ReviewComment = { path: f.file, line: end, side: 'RIGHT', body: commentBody(f) };
    if (end > start) {
      c.start_line = start;
      c.start_side = 'RIGHT';
    }
    comments.push(c);
  }
  return { comments, duplicates, outside };
}

export interface ReviewResult {
  posted: number;
  duplicates: number;
  outside: number;
}

export async function postReview(
  client: GitHubClient,
  opts: { repo: string; pr: number; headSha: string; findings: readonly ReviewFinding[]; changed: ChangedLines },
): Promise<ReviewResult> {
  const existing = new Set<string>();
  const old = await client.paginate<{ body?: string }>(`/repos/${opts.repo}/pulls/${opts.pr}/comments`, 10);
  for (const c of old) for (const m of (c.body ?? '').matchAll(MARKER_RE)) existing.add(m[1]!);
  const plan = planComments(opts.findings, opts.changed, existing);
  if (plan.comments.length === 0) return { posted: 0, duplicates: plan.duplicates, outside: plan.outside };
  await client.request('POST', `/repos/${opts.repo}/pulls/${opts.pr}/reviews`, {
    commit_id: opts.headSha || undefined,
    event: 'COMMENT',
    body: `clawlint: ${plan.comments.length} finding(s) on lines changed by this pull request.`,
    comments: plan.comments,
  });
  return { posted: plan.comments.length, duplicates: plan.duplicates, outside: plan.outside };
}
