/**
 * Audit rules with a release history. A rule's `releases` table says, per range of OpenClaw
 * releases, how that release's own `openclaw security audit` behaves for the check: from which
 * release it exists and, per range, the facts its check reads (trigger variant, severity
 * logic, message facts). Every row was read from that release's shipped dist/ (see
 * docs/versions.md#rules-per-release); `check` reads the row for the target and never
 * compares versions itself.
 */
import { compareReleases } from '../schema/releases.js';

export interface RuleRelease<F = unknown> {
  /** First bundled release (policies/schemas/releases.json) whose audit behaves as this row says. */
  readonly from: string;
  /** What this release changed, one sentence (the rule page's "Releases" section). */
  readonly note: string;
  /** What the check reads for this range; rows without facts inherit the previous row's. */
  readonly facts?: F;
}

/** How a rule runs for one target release. */
export interface ReleaseResolution<F> {
  facts: F | undefined;
  /** Set when the target's audit lacks the check and a newer one has it: the first release that does. */
  since?: string;
}

/**
 * The row of `history` that applies to `target` (the facts accumulate row by row), or, when
 * the target is older than the first row, the first row marked with `since`.
 */
export function resolveRelease<F>(history: readonly RuleRelease<F>[], target: string): ReleaseResolution<F> {
  const first = history[0];
  if (!first) return { facts: undefined };
  if (compareReleases(target, first.from) < 0) return { facts: first.facts, since: first.from };
  let facts: F | undefined;
  for (const row of history) {
    if (compareReleases(row.from, target) > 0) break;
    if (row.facts !== undefined) facts = row.facts;
  }
  return { facts };
}

/** "2026.8" for "2026.8.2": the release line a `since` names in messages. */
export function releaseLine(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** The sentence a finding from a newer release's check carries. */
export function sinceNote(since: string, target: string): string {
  return `OpenClaw's own audit reports this from ${releaseLine(since)} (first in ${since}); ${target}'s audit does not check it yet.`;
}

/**
 * The "Releases" section of a rule's page (docs/rules/<id>.md), generated from its table by
 * `npm run docs:releases`; a test keeps the pages in step. Undefined for beyond-CLI rules without a history.
 */
export function releasesSection(
  rule: { releases?: readonly RuleRelease[]; beyondCli?: boolean },
  versions: readonly string[],
): string | undefined {
  // A beyond-CLI rule has a section only when older releases' audits had the check (a legacy key's).
  if (rule.beyondCli && !rule.releases?.length) return undefined;
  const oldest = versions[0]!;
  const newest = versions[versions.length - 1]!;
  const rows = rule.releases ?? [];
  if (!rows.length)
    return [
      '## Releases',
      '',
      `No release history recorded: the check id is in the audit of every bundled release (${oldest} to ${newest}), and clawlint applies ${newest}'s trigger and severity to every target.`,
      '',
    ].join('\n');
  const first = rows[0]!.from;
  const lines = [
    '## Releases',
    '',
    'From each release\'s own `dist/` (method: docs/versions.md, "Rules per release"); clawlint applies the row of the target release.',
    '',
    "| From | What that release's audit does |",
    '|---|---|',
    ...rows.map((r) => `| ${r.from} | ${r.note.replace(/\|/g, '\\|')} |`),
    '',
  ];
  if (compareReleases(first, oldest) > 0)
    lines.push(
      `For a target older than ${first} the finding is still reported when the key it concerns exists in that release, marked \`"since": "${first}"\` (JSON, SARIF properties) and "OpenClaw's own audit reports this from ${releaseLine(first)}" in its message.`,
      '',
    );
  return lines.join('\n');
}
