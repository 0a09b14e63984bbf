// Issue 13's classes 1-10 and its "What must hold" bullets, each mapped to the tests that prove it
// through the built CLI and through the built Action (planted runner secrets, the fake API on
// 127.0.0.1). This test fails when a named proof is renamed or removed; a class with no Action
// (or no CLI) proof says why in `gap`, so the gaps are listed here, not hidden.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Proof = readonly [file: string, title: string];
interface Threat {
  cli: Proof[];
  action: Proof[];
  /** Why one side has no proof (empty when both have). */
  gap?: string;
}

const FS = 'test/security/hostile-fs.test.ts';
const BOUNDS = 'test/security/hostile-bounds.test.ts';
const REGEX = 'test/security/hostile-regex.test.ts';
const PR = 'test/e2e/hostile-pr.test.ts';
const WEAK = 'test/e2e/policy-weakened.test.ts';
const SCOPE = 'test/e2e/pr-scope.test.ts';
const BUDGETS = 'test/e2e/action-budgets.test.ts';
const HAB = 'test/e2e/hostile-action-bounds.test.ts';

const THREATS: Record<string, Threat> = {
  '1 the runner environment leaks': {
    cli: [
      [FS, 'compose env_file through a symlink to /proc/self: not read, finding at the env_file entry'],
      [FS, '.clawlint.yml envFiles and baseline naming /proc/self/environ: refused, never echoed'],
      [FS, '--env-file that the repository turned into a symlink out of the tree: refused'],
    ],
    action: [[PR, 'no planted value in stdout, stderr, outputs, summary, SARIF or any request body']],
  },
  '2 write through a symlink': {
    cli: [[FS, 'writes (--output, baseline create, secrets baseline) never follow a symlink out of the tree']],
    action: [
      [PR, 'the file outside the checkout is neither overwritten nor quoted; the symlinked sarif-file is refused'],
    ],
  },
  '3 the PR switches secret detection off': {
    // Each policy-weakened case runs the built Action and then the built CLI with --base.
    cli: [
      [WEAK, 'a should_exclude_line "." filter in .secrets.baseline'],
      [WEAK, 'plugins_used trimmed'],
      [WEAK, 'the baseline regenerated to include the new key'],
      [WEAK, 'secrets.enabled: false with a new AWS key'],
      [WEAK, 'a new key marked pragma: allowlist secret'],
      [WEAK, 'DIR: a new key hidden by an allowlist pragma in a file clawlint does not lint is named'],
    ],
    action: [
      [WEAK, 'a should_exclude_line "." filter in .secrets.baseline'],
      [WEAK, 'plugins_used trimmed'],
      [WEAK, 'the baseline regenerated to include the new key'],
      [WEAK, 'secrets.enabled: false with a new AWS key'],
      [WEAK, 'a new key marked pragma: allowlist secret'],
    ],
  },
  '4 only-changed lets new criticals pass': {
    // The CLI has no only-changed mode on purpose (a narrowing outside a reviewed PR scope would pass
    // a check unseen); its proofs show it reports every consequence, --base or not.
    cli: [
      [SCOPE, 'with --base, a compose-only change loopback → lan fails on the auth-less config it runs'],
      [SCOPE, 'with --base, a change to an unrelated file still reports the untouched config and fails'],
      [SCOPE, 'has no option that narrows the report'],
    ],
    action: [
      [SCOPE, 'a PR that only changes compose --bind loopback → lan fails on the auth-less config it runs'],
      [SCOPE, 'a PR that only deletes an $include-d file reports the config that included it'],
      [SCOPE, 'more files than the API lists (3,000 cap): every finding is reported'],
    ],
  },
  "5 the PR's own config or findings baseline hides findings": {
    cli: [
      [WEAK, 'rules: {"*": off}'],
      [WEAK, 'exclude: ["**"]'],
      [WEAK, 'failOn: none'],
      [WEAK, 'a committed findings baseline'],
      [WEAK, "the policy's assert emptied"],
      [WEAK, 'an assert reordered without a change of meaning is no weakening; one member fewer is'],
      [WEAK, 'DIR: a checkout of the base branch judges the working tree and names each weakening'],
    ],
    action: [
      [WEAK, 'rules: {"*": off}'],
      [WEAK, 'exclude: ["**"]'],
      [WEAK, 'failOn: none'],
      [WEAK, 'a committed findings baseline'],
      [WEAK, "the policy's assert emptied"],
      [WEAK, 'an assert reordered without a change of meaning is no weakening; one member fewer is'],
    ],
  },
  '6 workflow-command injection': {
    cli: [
      [FS, 'command-shaped file names and keys do not parse as workflow commands (text and JSON)'],
      [PR, '--format json: refuses the /proc baseline, quotes nothing outside, parses as no runner command'],
    ],
    action: [[PR, 'no runner command in any output line but the Action’s own annotations, masks and outputs']],
  },
  '7 denial of service': {
    cli: [
      [REGEX, 'policy patterns of catastrophic shape run in linear time and still judge'],
      [REGEX, '.secrets.baseline filter regexes of catastrophic shape run in linear time'],
      [FS, '$include fan-out and a loop -> . symlink end with a finding'],
      [BOUNDS, 'one anchor aliased 99 times is cut at the alias that exceeds the expansion budget'],
      [FS, 'build.dockerfile /dev/zero, a FIFO env file and a FIFO baseline: refused without blocking'],
      [BOUNDS, '40,000 unknown keys are reported one by one without quadratic work'],
      [BOUNDS, 'a Dockerfile instruction continued over 300,000 lines is read in linear time'],
      [BOUNDS, 'a config of 2.4 million values is refused before parsing, at the value past the cap'],
      [BOUNDS, 'an $include tree is bounded as a whole: 500 loads of a 200,000-value file stop at the second'],
      [BOUNDS, 'an $include tree reads at most 32 MiB: the 17th load of a 2,000,008-byte file is refused'],
    ],
    action: [
      [PR, 'ends, and fails on the new criticals'],
      [HAB, 'the run ends and each case is a finding at its place'],
      [BUDGETS, 'a config past its own time budget: the run fails with the cut, and keeps what was found before it'],
    ],
  },
  '8 reads outside the checkout': {
    cli: [
      [FS, '.clawlint.yml envFiles and baseline naming /proc/self/environ: refused, never echoed'],
      [FS, 'a symlinked directory on a policy glob lists no outside names'],
      [FS, 'the secrets scan does not follow a tracked symlink out of the tree'],
    ],
    action: [[PR, 'no planted value in stdout, stderr, outputs, summary, SARIF or any request body']],
  },
  '9 low: output budgets, markers, quoting, lone CR': {
    cli: [
      [BOUNDS, 'an unquoted TOML token is measured, not quoted'],
      [BOUNDS, 'URL credentials are never echoed, and a suggestion line carrying one is not offered'],
      [BOUNDS, 'a lone CR is not a line break: positions are the lines GitHub shows'],
    ],
    action: [
      [BUDGETS, 'a 1.2 MB suppression reason: the summary stays under 1 MiB, every finding row kept, the cut noted'],
      [BUDGETS, 'a 140 KB finding message: every review comment ≤ 65,536 characters, the review posted'],
      [BUDGETS, 'markers pre-posted by someone else do not stop the review; the bot’s own do'],
    ],
  },
  '10 a file that is not valid UTF-8': {
    cli: [[FS, 'a config that is not valid UTF-8 is linted as OpenClaw reads it, with the first bad byte located']],
    action: [[HAB, 'the run ends and each case is a finding at its place']],
  },
  'must hold: one confined file reader': {
    cli: [['test/security/read-call-sites.test.ts', 'are all in the confined module or reads of clawlint files']],
    action: [['test/security/read-call-sites.test.ts', 'are all in the confined module or reads of clawlint files']],
  },
  'must hold: writes never follow a symlink': {
    cli: [[FS, 'writes (--output, baseline create, secrets baseline) never follow a symlink out of the tree']],
    action: [
      [PR, 'the file outside the checkout is neither overwritten nor quoted; the symlinked sarif-file is refused'],
    ],
  },
  'must hold: no secret in any output': {
    cli: [[PR, 'with --base: ends, fails on the criticals and the weakenings, quotes nothing, no runner command']],
    action: [[PR, 'no planted value in stdout, stderr, outputs, summary, SARIF or any request body']],
  },
  'must hold: policy comes from the trusted side': {
    cli: [
      [WEAK, 'an uncommitted inline suppression counts as a change against REF'],
      // Both run the built Action and the built CLI with --base.
      [WEAK, "a new file under the base's policies glob is loaded, and its check judges the change"],
      [WEAK, 'a new policy reusing a built-in, trusted or clawlint id is refused at that id'],
    ],
    action: [
      [WEAK, 'a PR that changes no policy has no policy.weakened finding, and the base policy applies'],
      [WEAK, "a new file under the base's policies glob is loaded, and its check judges the change"],
      [WEAK, 'a new policy reusing a built-in, trusted or clawlint id is refused at that id'],
    ],
  },
  'must hold: only-changed never hides a consequence': {
    cli: [[SCOPE, 'with --base, a change to an unrelated file still reports the untouched config and fails']],
    action: [[SCOPE, 'fewer files listed than the payload says changed: every finding is reported']],
  },
  'must hold: output cannot carry commands': {
    cli: [['test/security/runner-commands.test.ts', 'sees none once text is neutralised, and JSON keeps its meaning']],
    action: [[PR, 'no runner command in any output line but the Action’s own annotations, masks and outputs']],
  },
  'must hold: every input is bounded': {
    cli: [
      [BOUNDS, 'a run past its time budget skips the rest and says so, whatever the repository configures'],
      [BOUNDS, 'an $include tree is bounded as a whole: 500 loads of a 200,000-value file stop at the second'],
    ],
    action: [
      [BUDGETS, 'a 1.2 MB suppression reason: the summary stays under 1 MiB, every finding row kept, the cut noted'],
      [HAB, 'the run ends and each case is a finding at its place'],
    ],
  },
  'must hold: a hostile run ends within 60 s': {
    cli: [
      [PR, 'ends within the hang guard whatever the repository holds'],
      [
        BOUNDS,
        'a file past its own time budget keeps what was found and says what was not run, whatever the repository configures',
      ],
    ],
    action: [
      [PR, 'ends, and fails on the new criticals'],
      [BUDGETS, 'a config past its own time budget: the run fails with the cut, and keeps what was found before it'],
    ],
  },
};

const root = path.resolve(import.meta.dirname, '..', '..');
const titles = new Map<string, string>();
const textOf = (file: string) => {
  if (!titles.has(file)) titles.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
  return titles.get(file)!;
};

describe("issue 13's threats each have their proofs", () => {
  for (const [threat, t] of Object.entries(THREATS))
    it(threat, () => {
      for (const [file, title] of [...t.cli, ...t.action])
        expect(textOf(file).includes(title), `${file} has no test named ${JSON.stringify(title)}`).toBe(true);
      // A side without a proof must say why.
      if (!t.cli.length || !t.action.length) expect(t.gap, `${threat}: a side has no proof and no gap`).toBeTruthy();
    });

  it('the gaps, listed', () => {
    expect(
      Object.entries(THREATS)
        .filter(([, t]) => t.gap)
        .map(([k]) => k),
    ).toEqual([]);
  });
});
