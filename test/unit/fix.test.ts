/**
 * `clawlint lint --fix`: hand-written before/after pairs under test/fixtures/fix/<case>/
 * (input/ is copied to a temp dir, fixed, and every file compared with expected/), the
 * second run changing nothing, the dry-run diff, CRLF, refusals, symlinks and permissions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain as run } from '../helpers/run-main.js';
import { SourceFile } from '../../src/core/source.js';
import { fixConfig, refusal } from '../../src/lint/fix-config.js';
import { defineRule } from '../../src/rules/types.js';
import { at } from '../../src/openclaw/values.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/fix');
const tmps: string[] = [];
afterEach(() => {
  for (const d of tmps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmpCopy(dir: string, transform: (text: string) => string = (t) => t): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fix-'));
  tmps.push(out);
  for (const f of fs.readdirSync(dir))
    fs.writeFileSync(path.join(out, f), transform(fs.readFileSync(path.join(dir, f), 'utf8')));
  return out;
}

const crlf = (t: string) => t.replace(/\n/g, '\r\n');

describe('--fix on hand-written pairs', () => {
  const cases = fs.readdirSync(FIXTURES).filter((c) => fs.existsSync(path.join(FIXTURES, c, 'expected')));
  for (const name of cases) {
    for (const [label, transform] of [
      ['LF', (t: string) => t],
      ['CRLF', crlf],
    ] as const) {
      it(`${name} (${label}): every file as expected, and a second --fix changes nothing`, async () => {
        const dir = tmpCopy(path.join(FIXTURES, name, 'input'), transform);
        const first = await run(dir, ['--fix']);
        expect(first.code, first.stderr).not.toBe(2);
        const expected = path.join(FIXTURES, name, 'expected');
        for (const f of fs.readdirSync(expected))
          expect(fs.readFileSync(path.join(dir, f), 'utf8'), f).toBe(
            transform(fs.readFileSync(path.join(expected, f), 'utf8')),
          );
        const snapshot = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
        const second = await run(dir, ['--fix']);
        expect(second.stderr).toContain('clawlint: fixed 0 findings in 0 files');
        expect(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(snapshot);
      });
    }
  }

  it('the exit code follows the findings left after fixing', async () => {
    // security-json5: everything critical is fixed; wildcards: discord's lone "*" stays (critical).
    const env = ['--env', `OC_TOKEN=${'a1'.repeat(20)}`, '--env', `HOOK_TOKEN=${'b2'.repeat(20)}`];
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'));
    expect((await run(dir, env)).code).toBe(1);
    expect((await run(dir, ['--fix', ...env])).code).toBe(0);
    const left = await run(tmpCopy(path.join(FIXTURES, 'wildcards', 'input')), ['--fix', '--format', 'json']);
    expect(left.code).toBe(1);
    const report = JSON.parse(left.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toContain('tools.elevated.allowFrom.discord.wildcard');
    expect(report.findings.map((f) => f.ruleId)).not.toContain('tools.elevated.allowFrom.telegram.wildcard');
  });

  it('--fix-type narrows: migration fixes only leave security findings alone', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'include', 'input'));
    const before = fs.readFileSync(path.join(dir, 'channels.json5'), 'utf8');
    const r = await run(dir, ['--fix', '--fix-type', 'migration']);
    expect(fs.readFileSync(path.join(dir, 'channels.json5'), 'utf8')).toBe(before);
    expect(r.code).toBe(1);
    expect((await run(dir, ['--fix-type', 'bogus', '--fix'])).code).toBe(2);
    expect((await run(dir, ['--fix-type', 'security'])).stderr).toContain('--fix-type needs --fix');
  });
});

describe('migrations', () => {
  it('a move that would add a finding is refused and reported (telegram requireMention → groups."*")', async () => {
    const r = await run(tmpCopy(path.join(FIXTURES, 'migration-more', 'input')), ['--fix']);
    expect(r.stderr).toContain(
      'not fixed openclaw.json:6 schema.additionalProperties: move channels.telegram.requireMention to channels.telegram.groups["*"].requireMention: the fix would add a finding (channels.telegram.groups.allowFrom.missing at channels.telegram.groups)',
    );
  });

  it('--fix-type security leaves retired keys alone; migration moves them', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'migration-json5', 'input'));
    const before = fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8');
    await run(dir, ['--fix', '--fix-type', 'security']);
    expect(fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8')).toBe(before);
    await run(dir, ['--fix', '--fix-type', 'migration']);
    expect(fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8')).toBe(
      fs.readFileSync(path.join(FIXTURES, 'migration-json5', 'expected', 'openclaw.json'), 'utf8'),
    );
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing and prints the unified diff', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'));
    const before = fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8');
    const r = await run(dir, ['--fix-dry-run']);
    expect(fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8')).toBe(before);
    expect(r.stdout).toBe(fs.readFileSync(path.join(FIXTURES, 'security-json5', 'expected.diff'), 'utf8'));
    expect(r.stderr).toContain(
      'would fix openclaw.json:19 channels.slack.dm.open: set channels.slack.dmPolicy to "pairing"',
    );
    // Nothing was fixed, so the exit code is the plain lint's.
    expect(r.code).toBe(1);
  });

  it('never prints a secret the diff would show', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'));
    const secret = 'sk-live-THISisAsecretVALUE1234567890';
    const file = path.join(dir, 'openclaw.json');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('path: "/", // root', `path: "/", password: "${secret}",`),
    );
    const r = await run(dir, ['--fix-dry-run']);
    expect(r.stdout).toContain('+++ b/openclaw.json');
    expect(r.stdout + r.stderr).not.toContain(secret);
  });
});

describe('writes', () => {
  it('keep the file mode and BOM', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'), (t) => '\ufeff' + t);
    const file = path.join(dir, 'openclaw.json');
    fs.chmodSync(file, 0o600);
    await run(dir, ['--fix']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(
      fs.readFileSync(path.join(FIXTURES, 'security-json5', 'expected', 'openclaw.json'), 'utf8'),
    );
  });

  it('never go through a symlink', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'));
    fs.renameSync(path.join(dir, 'openclaw.json'), path.join(dir, 'real.json'));
    fs.symlinkSync('real.json', path.join(dir, 'openclaw.json'));
    const before = fs.readFileSync(path.join(dir, 'real.json'), 'utf8');
    const r = await run(dir, ['--fix', 'openclaw.json']);
    expect(r.stderr).toMatch(/not written openclaw\.json: refusing to write .*symlink/);
    expect(fs.readFileSync(path.join(dir, 'real.json'), 'utf8')).toBe(before);
    expect(fs.lstatSync(path.join(dir, 'openclaw.json')).isSymbolicLink()).toBe(true);
  });
});

describe('refusals', () => {
  const job = (text: string, rules?: Parameters<typeof fixConfig>[0]['options']['rules']) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fix-'));
    tmps.push(dir);
    const abs = path.join(dir, 'openclaw.json');
    fs.writeFileSync(abs, text);
    return { file: new SourceFile('openclaw.json', text, abs), options: rules ? { rules } : {} };
  };

  it('a fix whose result would not parse is refused', async () => {
    const j = job('{ discovery: { mdns: { mode: "full" } } }\n');
    const finding = {
      ruleId: 'discovery.mdns_full_mode',
      severity: 'warn' as const,
      message: '',
      path: 'discovery.mdns.mode',
      file: 'openclaw.json',
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    };
    // Replacing the value and, by mistake, the braces after it.
    const text = j.file.text;
    const at = text.indexOf('"full"');
    const edit = (end: number) => ({
      file: 'openclaw.json',
      start: at,
      end,
      text: '"minimal"',
      ...{ startLine: 1, startColumn: at + 1, endLine: 1, endColumn: end + 1 },
    });
    expect(await refusal(j, finding, [edit(text.lastIndexOf('}') + 1)])).toBe('the fixed file would not parse');
    expect(await refusal(j, finding, [edit(at + '"full"'.length)])).toBeUndefined();
  });

  it('a fix that would not remove its finding, or would add one, is not applied', async () => {
    const stubborn = defineRule({
      id: 'test.stubborn',
      severity: 'warn',
      title: 'x',
      description: 'x',
      check(ctx, report) {
        const v = at(ctx.config, 'gateway', 'port');
        if (typeof v === 'number' && v > 0)
          report({ path: ['gateway', 'port'], message: 'port > 0', replaceWith: v + 1 });
      },
    });
    const a = job('{ gateway: { port: 1 } }\n', [stubborn]);
    const r = await fixConfig(a);
    expect(r.changes).toEqual([]);
    expect(r.refused.map((x) => x.reason)).toEqual(['the fix would not remove the finding']);

    const swap = (id: string, from: number, to: number) =>
      defineRule({
        id,
        severity: 'warn',
        title: id,
        description: id,
        check(ctx, report) {
          if (at(ctx.config, 'gateway', 'port') === from)
            report({ path: ['gateway', 'port'], message: id, replaceWith: to });
        },
      });
    const b = job('{ gateway: { port: 1 } }\n', [swap('test.one', 1, 2), swap('test.two', 2, 3)]);
    const r2 = await fixConfig(b);
    expect(r2.changes).toEqual([]);
    expect(r2.refused.map((x) => x.reason)).toEqual(['the fix would add a finding (test.two at gateway.port)']);
  });
});

describe('a literal gateway token becomes ${OPENCLAW_GATEWAY_TOKEN}', () => {
  // The committed value in test/fixtures/fix/secret-reference/input/openclaw.json.
  const committed = 'my-gateway-token-for-the-lab-2026';
  const input = path.join(FIXTURES, 'secret-reference', 'input');

  it('never shows the value: not in the diff, the messages, JSON or SARIF', async () => {
    const dir = tmpCopy(input);
    const dry = await run(dir, ['--fix-dry-run']);
    expect(dry.stdout).toContain("+      token: '${OPENCLAW_GATEWAY_TOKEN}', // from `openclaw onboard`");
    expect(dry.stderr).toContain(
      'would fix openclaw.json:7 config.secrets.gateway_token_in_config: set gateway.auth.token to "${OPENCLAW_GATEWAY_TOKEN}" (supply OPENCLAW_GATEWAY_TOKEN where the gateway starts, outside the repository)',
    );
    const json = await run(dir, ['--format', 'json']);
    const sarif = await run(dir, ['--format', 'sarif']);
    const fixed = await run(dir, ['--fix', '--format', 'json']);
    for (const out of [dry, json, sarif, fixed]) expect(out.stdout + out.stderr).not.toContain(committed);
  });

  it('is verified as if the variable held the old value; until it is supplied the missing credential is reported', async () => {
    const dir = tmpCopy(input);
    const fixed = await run(dir, ['--fix', '--format', 'json']);
    const left = (JSON.parse(fixed.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(left).not.toContain('config.secrets.gateway_token_in_config');
    expect(left).toContain('gateway.loopback_no_auth');
    // Supplied as the fix says: the same findings as before the fix, minus the stored token.
    const supplied = await run(dir, ['--format', 'json', '--env', `OPENCLAW_GATEWAY_TOKEN=${committed}`]);
    const before = await run(tmpCopy(input), ['--format', 'json']);
    const ids = (out: { stdout: string }) =>
      (JSON.parse(out.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids(supplied)).toEqual(ids(before).filter((id) => id !== 'config.secrets.gateway_token_in_config'));
  });

  it('a value the environment already gives the variable is the one verified (here too short: refused)', async () => {
    const dir = tmpCopy(input);
    const before = fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8');
    const r = await run(dir, ['--fix', '--env', 'OPENCLAW_GATEWAY_TOKEN=short-one']);
    expect(r.stderr).toContain(
      'not fixed openclaw.json:7 config.secrets.gateway_token_in_config: set gateway.auth.token to "${OPENCLAW_GATEWAY_TOKEN}" (supply OPENCLAW_GATEWAY_TOKEN where the gateway starts, outside the repository): the fix would add a finding (gateway.token_too_short at gateway.auth.token)',
    );
    expect(fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8')).toBe(before);
  });
});

describe('a gateway password becomes an env SecretRef', () => {
  // The committed value in test/fixtures/fix/password-reference/input/openclaw.json.
  const committed = 'correct-horse-battery-staple-2026';

  it('never shows the value, and is verified with the variable holding the old value', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'password-reference', 'input'));
    const dry = await run(dir, ['--fix-dry-run']);
    expect(dry.stderr).toContain(
      'would fix openclaw.json:7 config.secrets.gateway_password_in_config: replace gateway.auth.password by the SecretRef { source: "env", provider: "default", id: "OPENCLAW_GATEWAY_PASSWORD" } (supply OPENCLAW_GATEWAY_PASSWORD where the gateway starts, outside the repository)',
    );
    const fixed = await run(dir, ['--fix', '--format', 'json']);
    for (const out of [dry, fixed]) expect(out.stdout + out.stderr).not.toContain(committed);
    const supplied = await run(dir, ['--format', 'json', '--env', `OPENCLAW_GATEWAY_PASSWORD=${committed}`]);
    const before = await run(tmpCopy(path.join(FIXTURES, 'password-reference', 'input')), ['--format', 'json']);
    const ids = (out: { stdout: string }) =>
      (JSON.parse(out.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids(before)).toContain('config.secrets.gateway_password_in_config');
    expect(ids(supplied)).toEqual(ids(before).filter((id) => id !== 'config.secrets.gateway_password_in_config'));
  });

  it('a whole ${VAR} becomes a SecretRef to the same variable; a string built from parts is left alone', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'password-reference', 'input'), (t) =>
      t.replace(`'${committed}'`, '"${LAB_PASSWORD}"'),
    );
    const env = ['--env', `LAB_PASSWORD=${committed}`];
    await run(dir, ['--fix', ...env]);
    expect(fs.readFileSync(path.join(dir, 'openclaw.json'), 'utf8')).toContain(
      '      password: { source: "env", provider: "default", id: "LAB_PASSWORD" }, // set up by hand\n',
    );
    const parts = tmpCopy(path.join(FIXTURES, 'password-reference', 'input'), (t) =>
      t.replace(`'${committed}'`, '"${LAB_PASSWORD}-2"'),
    );
    const text = fs.readFileSync(path.join(parts, 'openclaw.json'), 'utf8');
    const r = await run(parts, ['--fix', '--format', 'json', ...env]);
    expect(fs.readFileSync(path.join(parts, 'openclaw.json'), 'utf8')).toBe(text);
    expect(r.stdout).toContain('config.secrets.gateway_password_in_config');
  });
});

describe('fixes in machine-readable output', () => {
  it('JSON lists each finding’s edits; SARIF carries them as fixes', async () => {
    const dir = tmpCopy(path.join(FIXTURES, 'security-json5', 'input'));
    const json = JSON.parse((await run(dir, ['--format', 'json'])).stdout) as {
      findings: { ruleId: string; autofix?: unknown }[];
    };
    expect(json.findings.find((f) => f.ruleId === 'hooks.path_root')?.autofix).toEqual({
      type: 'security',
      description: 'set hooks.path to "/hooks"',
      edits: [{ file: 'openclaw.json', startLine: 14, startColumn: 11, endLine: 14, endColumn: 14, text: '"/hooks"' }],
    });
    const sarif = JSON.parse((await run(dir, ['--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; fixes?: unknown }[] }[];
    };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'gateway.control_ui.insecure_auth')?.fixes).toEqual([
      {
        description: { text: 'remove gateway.controlUi.allowInsecureAuth' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'openclaw.json', uriBaseId: '%SRCROOT%' },
            // `allowInsecureAuth: true,` goes; the comment after it stays.
            replacements: [
              {
                deletedRegion: { startLine: 7, startColumn: 7, endLine: 7, endColumn: 32 },
                insertedContent: { text: '' },
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe('fixes as review suggestions (Action fix: suggest)', () => {
  it('a fix that edits only the finding’s line is offered as that line’s new text', async () => {
    const json = (dir: string) =>
      run(dir, ['--format', 'json']).then(
        (r) => JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; suggestion?: string }[] },
      );
    const sec = await json(tmpCopy(path.join(FIXTURES, 'security-json5', 'input')));
    expect(sec.findings.find((f) => f.ruleId === 'gateway.control_ui.insecure_auth')?.suggestion).toBe(
      '      // legacy toggle',
    );
    const mig = await json(tmpCopy(path.join(FIXTURES, 'migration-json5', 'input')));
    expect(mig.findings.find((f) => f.path === 'gateway.nodes.denyCommands')?.suggestion).toBe(
      '      commands: { deny: ["system.run"] }, // never from a node',
    );
    // routing → channels.whatsapp edits two places: no one-line suggestion.
    expect(mig.findings.find((f) => f.path === 'routing')?.suggestion).toBeUndefined();
  });

  it('a suggested value keeps the quote style the file uses', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fix-'));
    tmps.push(dir);
    fs.writeFileSync(
      path.join(dir, 'openclaw.json'),
      [
        '{',
        "  discovery: { mdns: { mode: 'full' } }, // LAN only",
        "  hooks: { enabled: true, path: '/' },",
        '}',
        '',
      ].join('\n'),
    );
    const r = await run(dir, ['--format', 'json']);
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; suggestion?: string }[] }).findings;
    expect(found.find((f) => f.ruleId === 'discovery.mdns_full_mode')?.suggestion).toBe(
      "  discovery: { mdns: { mode: 'minimal' } }, // LAN only",
    );
    expect(found.find((f) => f.ruleId === 'hooks.path_root')?.suggestion).toBe(
      "  hooks: { enabled: true, path: '/hooks' },",
    );
  });
});
