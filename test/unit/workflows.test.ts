// The workflows this repository ships and the ones its docs tell users to copy follow the
// hardening they recommend: actions pinned by full commit SHA with the version in a comment,
// checkouts without persisted credentials, a timeout on every job and a concurrency group.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, '.github', 'workflows');
const workflows = fs.readdirSync(dir).filter((f) => f.endsWith('.yml'));

/** Every `uses:` line of a YAML text, with its trailing comment. */
function usesLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => /^\s*(?:-\s+)?uses:\s*(.+)$/.exec(l)?.[1]?.trim())
    .filter((u): u is string => u !== undefined);
}

/** `uses: owner/repo[/path]@<40 hex> # vX.Y.Z`; local actions (./) and the <placeholder> for clawlint itself. */
function pinned(u: string): boolean {
  if (u.startsWith('./')) return true;
  if (/^clawlint\/clawlint@<full commit SHA> # v\d+\.\d+\.\d+$/.test(u)) return true;
  return /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(u);
}

interface Job {
  'timeout-minutes'?: number | string;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

describe('workflows', () => {
  it('ships the examples, CI and a release workflow', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'ci.yml',
        'example-fork-pr-stage1.yml',
        'example-fork-pr-stage2.yml',
        'example-pr-check.yml',
        'example-scheduled-scan.yml',
        'release.yml',
      ]),
    );
  });

  for (const file of workflows) {
    it(`${file}: pinned actions, no persisted credentials, timeouts, a concurrency group`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const wf = parse(text) as { on: unknown; concurrency?: unknown; jobs: Record<string, Job> };
      expect(usesLines(text).filter((u) => !pinned(u))).toEqual([]);
      // A reusable workflow (workflow_call only) runs in its caller's concurrency group.
      const reusable = typeof wf.on === 'object' && wf.on !== null && Object.keys(wf.on).join() === 'workflow_call';
      if (!reusable) expect(wf.concurrency, file).toBeTruthy();
      for (const [name, job] of Object.entries(wf.jobs)) {
        // A number, or an expression (a reusable workflow's input).
        const t = job['timeout-minutes'];
        if (typeof t === 'string') expect(t, `${file} ${name}`).toMatch(/^\$\{\{.+\}\}$/);
        else expect(t, `${file} ${name}`).toBeGreaterThan(0);
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout@'))
            expect(step.with?.['persist-credentials'], `${file} ${name}`).toBe(false);
        }
      }
    });
  }

  it('the workflows in the docs pin actions by commit too', () => {
    for (const doc of ['README.md', 'docs/action.md']) {
      const text = fs.readFileSync(path.join(root, doc), 'utf8');
      const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const uses = blocks.flatMap(usesLines);
      expect(uses.length, doc).toBeGreaterThan(0);
      expect(
        uses.filter((u) => !pinned(u)),
        doc,
      ).toEqual([]);
      for (const b of blocks) if (/actions\/checkout@/.test(b)) expect(b, doc).toContain('persist-credentials: false');
    }
  });

  it('fork stage 2 takes the head SHA from the triggering run and checks the PR number against it', () => {
    const text = fs.readFileSync(path.join(dir, 'example-fork-pr-stage2.yml'), 'utf8');
    expect(text).not.toMatch(/actions\/checkout/);
    expect(text).toContain('RUN_HEAD_SHA: ${{ github.event.workflow_run.head_sha }}');
    expect(text).toContain('gh api "repos/$REPO/pulls/$pr" --jq .head.sha');
    expect(text).toContain('test "$head" = "$RUN_HEAD_SHA"');
    expect(text).toContain('sha: ${{ steps.pr.outputs.sha }}');
  });
});
