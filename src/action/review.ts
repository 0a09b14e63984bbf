/**
 * One pull-request review with a comment per finding on a changed line.
 * Each comment carries a hidden marker `<!-- clawlint:<fingerprint> -->`
 * (the line-independent SARIF fingerprint), and comments whose marker already
 * exists on the PR are not posted again, so re-runs do not repeat themselves.
 * A ```suggestion block is added only when the finding carries a mechanical
 * replacement (`suggestion`: the new text of lines startLine..endLine).
 *
 * Budgets: GitHub rejects a whole review when one comment body exceeds 65,536
 * characters, so every body is cut well below that (message and fix clipped,
 * an oversized suggestion dropped); at most MAX_REVIEW_COMMENTS comments per
 * review. Only the bot's own comments count as already posted: a marker
 * pre-posted by anyone else is ignored.
 */
import type { Finding } from '../core/finding.js';
import { fingerprint } from '../reporters/sarif.js';
import { escapeMarkdown } from '../reporters/summary.js';
import type { GitHubClient } from '../github/client.js';
import type { ChangedLines } from '../github/diff.js';

/** A finding that may carry a mechanical fix: the replacement text for its whole lines. */
export type ReviewFinding = Finding & { suggestion?: string };

export const MARKER_RE = /<!-- clawlint:([0-9a-f]{16,64}) -->/g;
export const MAX_REVIEW_COMMENTS = 50;
/** GitHub's limit is 65,536 characters per comment body; stay well under it. */
export const MAX_COMMENT_CHARS = 60_000;
const MAX_TEXT_CHARS = 4_000;
const MAX_SUGGESTION_CHARS = 30_000;
/** The login GITHUB_TOKEN's comments carry. */
export const ACTIONS_BOT = 'github-actions[bot]';

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters cut)`;
}

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
  const parts = [
    `**clawlint** \`${clip(f.ruleId.replace(/`/g, ''), 200)}\` (${f.severity}): ${escapeMarkdown(clip(f.message, MAX_TEXT_CHARS))}`,
  ];
  if (f.fix) parts.push(`**Fix:** ${escapeMarkdown(clip(f.fix, MAX_TEXT_CHARS))}`);
  if (
    typeof f.suggestion === 'string' &&
    !f.suggestion.includes('```') &&
    f.suggestion.length <= MAX_SUGGESTION_CHARS
  ) {
    parts.push('```suggestion\n' + f.suggestion.replace(/\n$/, '') + '\n```');
  }
  const tail = marker(f);
  let body = parts.join('\n\n');
  // Escaping can grow text up to 6×: the final cut keeps the marker.
  if (body.length + tail.length + 2 > MAX_COMMENT_CHARS)
    body = clip(parts[0]!, MAX_COMMENT_CHARS - tail.length - 200).slice(0, MAX_COMMENT_CHARS - tail.length - 2);
  return `${body}\n\n${tail}`;
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

interface PostedComment {
  body?: string;
  user?: { login?: string; type?: string } | null;
}

/** Markers in comments written by one of `bots` (the token's identity); others' markers are ignored. */
export function ownMarkers(comments: readonly PostedComment[], bots: readonly string[]): Set<string> {
  const own = new Set(bots.map((b) => b.toLowerCase()));
  const out = new Set<string>();
  for (const c of comments) {
    const login = c?.user?.login;
    if (typeof login !== 'string' || !own.has(login.toLowerCase()) || typeof c.body !== 'string') continue;
    for (const m of c.body.matchAll(MARKER_RE)) out.add(m[1]!);
  }
  return out;
}

export async function postReview(
  client: GitHubClient,
  opts: {
    repo: string;
    pr: number;
    headSha: string;
    findings: readonly ReviewFinding[];
    changed: ChangedLines;
    /** Logins whose comments are ours (default: github-actions[bot]). */
    bots?: readonly string[];
    /** The last step before a body leaves: removes secret values in any form. */
    scrub?: (text: string) => string;
  },
): Promise<ReviewResult> {
  const old = await client.paginate<PostedComment>(`/repos/${opts.repo}/pulls/${opts.pr}/comments`, 10);
  const existing = ownMarkers(old, opts.bots ?? [ACTIONS_BOT]);
  const plan = planComments(opts.findings, opts.changed, existing);
  if (plan.comments.length === 0) return { posted: 0, duplicates: plan.duplicates, outside: plan.outside };
  const scrub = opts.scrub ?? ((t: string) => t);
  await client.request('POST', `/repos/${opts.repo}/pulls/${opts.pr}/reviews`, {
    commit_id: opts.headSha || undefined,
    event: 'COMMENT',
    body: `clawlint: ${plan.comments.length} finding(s) on lines changed by this pull request.`,
    comments: plan.comments.map((c) => ({ ...c, path: scrub(c.path), body: scrub(c.body) })),
  });
  return { posted: plan.comments.length, duplicates: plan.duplicates, outside: plan.outside };
}
