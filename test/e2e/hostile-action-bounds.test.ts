// Issue 13 classes 7 and 10 through the built Action (threat-coverage listed them as CLI-only):
// catastrophic policy patterns, an $include fan-out, a tree of 500 large includes and a loop -> . symlink, an anchor aliased 99
// times, a 300,000-line Dockerfile continuation, a 2.4-million-value config and a file that is not
// valid UTF-8, with planted runner secrets and the fake API on 127.0.0.1. The run ends (the
// harness kills it after 60 s, which fails the signal assertion), each case is a finding at its
// place, and no planted value reaches an output or a request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { runBuiltAction, type ActionRun } from '../helpers/action-runner.js';
import { variants } from '../../src/action/runner-secrets.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-hostile-action-bounds-'));
const PLANTED = {
  INPUT_TOKEN: 'ghs_PLANTEDboundsToken0123456789abcdef',
  ACTIONS_RUNTIME_TOKEN: 'PLANTED-bounds-runtime-token-0123456789',
  JOB_SECRET: 'PLANTED-bounds-job-secret-31337',
};
let api: FakeGitHub;
let run: ActionRun;

beforeAll(async () => {
  const dir = path.join(tmp, 'repo');
  const files: Record<string, string | Buffer> = {
    '.clawlint.yml': 'policies: ["policies/*.yaml"]\n',
    'policies/shapes.yaml': `policies:
  - id: org.nested
    severity: warn
    message: nested quantifier
    assert: { properties: { gateway: { properties: { customBindHost: { pattern: "^(a+)+$" } } } } }
  - id: org.counted
    severity: warn
    message: counted group
    assert: { properties: { gateway: { properties: { customBindHost: { pattern: "^(a+){12}$" } } } } }
`,
    'regex/openclaw.json': `{ gateway: { customBindHost: "${'a'.repeat(100_000)}!" } }\n`,
    'fan/openclaw.json': '{ $include: ["f0.json5", "f0.json5", "f0.json5"] }\n',
    'loop/openclaw.json': '{ $include: "self/openclaw.json" }\n',
    // 500 loads of a 199,991-value file: the second passes the tree's 400,000 (line 3, column 27).
    'tree/a.json5': `{ x: [${Array(199_990).fill('0').join(',')}] }\n`,
    'tree/openclaw.json': `{\n  gateway: { mode: "local" },\n  $include: [${Array(500).fill('"./a.json5"').join(', ')}],\n}\n`,
    'compose/docker-compose.yml': `x-big: &big [${Array(50_000).fill('"x"').join(', ')}]\nx-uses:\n${Array.from({ length: 99 }, (_, i) => `  u${i}: *big`).join('\n')}\nservices:\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.9.6\n`,
    'docker/Dockerfile': `FROM ghcr.io/openclaw/openclaw:2026.9.6\nRUN a \\\n${' b \\\n'.repeat(300_000)} c\n`,
    'values/openclaw.json': `{ a: [${'[1,2,3],'.repeat(600_000)}] }\n`,
    'utf8/openclaw.json': Buffer.concat([
      Buffer.from('{\n  gateway: { bind: "lan", x: "a'),
      Buffer.from([0xff]),
      Buffer.from('" } }\n'),
    ]),
  };
  for (let i = 0; i < 10; i++)
    files[`fan/f${i}.json5`] =
      i < 9
        ? `{ $include: [${Array(6)
            .fill(`"f${i + 1}.json5"`)
            .join(', ')}] }`
        : '{ a: 1 }';
  for (const [f, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), t);
  }
  fs.symlinkSync('.', path.join(dir, 'loop', 'self'));
  api = await startFakeGitHub();
  run = await runBuiltAction({
    tmp,
    workspace: dir,
    api,
    event: 'push',
    inputs: { token: PLANTED.INPUT_TOKEN, 'max-annotations': '100', secrets: 'false' },
    env: { ACTIONS_RUNTIME_TOKEN: PLANTED.ACTIONS_RUNTIME_TOKEN, JOB_SECRET: PLANTED.JOB_SECRET },
  });
}, 120_000);
afterAll(async () => {
  await api?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** `rule file:line:col` of each annotation. */
const annotated = () =>
  run.commands
    .map((c) =>
      /^::(?:error|warning|notice) title=clawlint ([\w.]+),file=([^,]+),line=(\d+),(?:endLine=\d+,)?col=(\d+)/.exec(c),
    )
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]} ${m[2]}:${m[3]}:${m[4]}`);

describe('hostile inputs through the built Action', () => {
  it('the run ends and each case is a finding at its place', () => {
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    const a = annotated();
    expect(a).toEqual(
      expect.arrayContaining([
        'parse.invalid_utf8 utf8/openclaw.json:2:32',
        'parse.error values/openclaw.json:1:400003',
        'deploy.parse_error compose/docker-compose.yml:4:7',
        'include.too_large tree/openclaw.json:3:27',
      ]),
    );
    for (const rule of ['org.nested', 'org.counted', 'include.too_many', 'include.cycle'])
      expect(
        a.some((x) => x.startsWith(`${rule} `)),
        rule,
      ).toBe(true);
  });

  it('no planted value in any output or request', () => {
    const forms = [...Object.values(PLANTED).flatMap(variants), 'PLANTED'];
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [stdout, run.stderr, run.summary, run.outputFile, JSON.stringify(api.requests)])
      for (const f of forms) expect(text.includes(f), f.slice(0, 12)).toBe(false);
  });
});
