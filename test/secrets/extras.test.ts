import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretFindings } from '../../src/secrets/cli.js';
import { EXTRA_DETECTORS, resolveExtras, stateFileKind } from '../../src/secrets/extras.js';
import { yamlCertainlyInvalid } from '../../src/secrets/transformers/yaml.js';
import { git, gitRepo, run, tempDir, withoutGeneratedAt } from './helpers.js';

const A = 'Xq7Lm2Np9Rs4Tv6Wz8Yb3Cd5Fg1Hj0Kk';
const VALUES = {
  anthropic: `sk-ant-api03-${A}${A}${A}-abcdAA`,
  githubPat: `github_pat_11ABCDEFG0${A.slice(0, 12)}_${A}${A.slice(0, 27)}`,
  slackApp: `xapp-1-A0123BCDEF4-1234567890123-${A.toLowerCase()}${A.toLowerCase()}`,
  openaiProj: `sk-proj-${A}-${A}_${A}`,
  gatewayToken: 'gw-literal-9f8e7d6c5b4a39281706',
  gatewayPassword: 'correct-horse-battery-staple-77',
  hookToken: 'hook-literal-0a1b2c3d4e5f60718293',
  telegram: `1234567890:AAH${A.slice(0, 32)}`,
};

function write(dir: string, rel: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

function tree(): string {
  const dir = tempDir();
  write(
    dir,
    'app/keys.ts',
    [
      `const anthropic = "${VALUES.anthropic}";`,
      `const pat = '${VALUES.githubPat}';`,
      `SLACK_APP_TOKEN=${VALUES.slackApp}`,
      `openai: ${VALUES.openaiProj}`,
      `const allowed = "${VALUES.anthropic.replace('abcd', 'wxyz')}"; // pragma: allowlist secret`,
      'const placeholder = "sk-ant-api03-short";',
      '',
    ].join('\n'),
  );
  write(
    dir,
    'deploy/openclaw.json',
    JSON.stringify(
      {
        gateway: { auth: { token: VALUES.gatewayToken, password: VALUES.gatewayPassword } },
        hooks: { token: VALUES.hookToken },
        channels: { telegram: { botToken: VALUES.telegram } },
        notChannels: { x: VALUES.telegram.replace('AAH', 'BBH') },
      },
      null,
      2,
    ),
  );
  write(
    dir,
    'env-ref/openclaw.json5',
    `{
  // references are not secrets
  gateway: { auth: { token: "\${OPENCLAW_GATEWAY_TOKEN}", password: "" } },
  hooks: { token: '\${HOOKS_TOKEN}' },
  channels: { telegram: { botToken: "\${TELEGRAM_BOT_TOKEN}" } },
}
`,
  );
  write(dir, 'home/.openclaw/credentials/oauth.json', '{}\n');
  write(dir, 'home/.openclaw/agents/main/agent/auth-profiles.json', '{}\n');
  write(dir, 'home/.openclaw/agents/main/sessions/abc.jsonl', '{}\n');
  write(dir, 'home/.openclaw/.env', 'X=1\n');
  write(dir, 'home/.openclaw/credentials/blob.bin', Buffer.from([0xff, 0xfe, 0x00]));
  write(dir, 'deploy/.env', 'Y=2\n');
  write(dir, 'elsewhere/sessions/x.jsonl', '{}\n');
  write(dir, 'elsewhere/.env', 'Z=3\n');
  write(dir, 'elsewhere/auth-profiles.json', '{}\n');
  return dir;
}

type Entry = { type: string; filename: string; hashed_secret: string; line_number: number };

function entries(stdout: string): Entry[] {
  return Object.values(JSON.parse(stdout).results as Record<string, Entry[]>).flat();
}

describe('opt-in extra detectors', () => {
  it('are off by default: the default scan is unchanged by their presence', async () => {
    const dir = tree();
    const plain = await run(dir, ['scan', '--all-files', '.']);
    const types = new Set(entries(plain.stdout).map((e) => e.type));
    for (const d of EXTRA_DETECTORS) expect(types.has(d.type)).toBe(false);
    const withExtras = await run(dir, ['scan', '--all-files', '--extra-detectors', '.']);
    const extraTypes = new Set(EXTRA_DETECTORS.map((d) => d.type));
    // Enabling extras only adds entries: every default entry is still there, unchanged.
    const defaults = entries(withExtras.stdout).filter((e) => !extraTypes.has(e.type));
    expect(defaults).toEqual(entries(plain.stdout));
    expect(JSON.parse(withExtras.stdout).plugins_used).toEqual(JSON.parse(plain.stdout).plugins_used);
  });

  it("finds each detector's positives and none of the negatives", async () => {
    const dir = tree();
    const r = await run(dir, ['scan', '--all-files', '--extra-detectors', 'all', '.']);
    expect(r.code).toBe(0);
    const got = entries(r.stdout).filter((e) => EXTRA_DETECTORS.some((d) => d.type === e.type));
    const by = (type: string) =>
      got
        .filter((e) => e.type === type)
        .map((e) => `${e.filename}:${e.line_number}`)
        .sort();
    expect(by('Anthropic API Key')).toEqual(['app/keys.ts:1']);
    expect(by('GitHub Fine-Grained Token')).toEqual(['app/keys.ts:2']);
    expect(by('Slack App Token')).toEqual(['app/keys.ts:3']);
    expect(by('OpenAI Project Key')).toEqual(['app/keys.ts:4']);
    expect(by('OpenClaw Gateway Token')).toEqual(['deploy/openclaw.json:4', 'deploy/openclaw.json:5']);
    expect(by('OpenClaw Hook Token')).toEqual(['deploy/openclaw.json:9']);
    expect(by('OpenClaw Telegram Bot Token')).toEqual(['deploy/openclaw.json:13']);
    expect(by('OpenClaw State File')).toEqual([
      'deploy/.env:1',
      'home/.openclaw/.env:1',
      'home/.openclaw/agents/main/agent/auth-profiles.json:1',
      'home/.openclaw/agents/main/sessions/abc.jsonl:1',
      'home/.openclaw/credentials/blob.bin:1',
      'home/.openclaw/credentials/oauth.json:1',
    ]);
  });

  it('can be enabled one by one, and rejects unknown names', async () => {
    const dir = tree();
    const one = await run(dir, [
      'scan',
      '--all-files',
      '--extra-detectors',
      'slack-app-token,openclaw-hook-token',
      '.',
    ]);
    const types = new Set(entries(one.stdout).map((e) => e.type));
    expect(types.has('Slack App Token')).toBe(true);
    expect(types.has('OpenClaw Hook Token')).toBe(true);
    expect(types.has('Anthropic API Key')).toBe(false);
    const bad = await run(dir, ['scan', '--extra-detectors=nope', '.']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown extra detector nope');
    expect(resolveExtras(undefined)).toEqual([]);
    expect(resolveExtras(false)).toEqual([]);
    expect(resolveExtras(true)).toHaveLength(EXTRA_DETECTORS.length);
  });

  it('check gates on new extra findings and keeps extra entries when they are off', async () => {
    const dir = gitRepo();
    // An indirect reference: detect-secrets drops the whole line, the extra detector does not.
    write(dir, 'a.py', `client = Anthropic("${VALUES.anthropic}")\n`);
    git(dir, 'add', '.');
    expect((await run(dir, ['check', '--extra-detectors', 'a.py'])).code).toBe(1);
    expect((await run(dir, ['check', 'a.py'])).code).toBe(0);
    const scan = await run(dir, ['scan', '--extra-detectors', '--baseline', 'b.json', '.']);
    expect(scan.code).toBe(0);
    git(dir, 'add', '.');
    expect((await run(dir, ['check', '--baseline', 'b.json', '--extra-detectors', 'a.py'])).code).toBe(0);
    // Without the flag the extra entry is neither new nor removed.
    expect((await run(dir, ['check', '--baseline', 'b.json', 'a.py'])).code).toBe(0);
    const before = withoutGeneratedAt(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'));
    await run(dir, ['scan', '--baseline', 'b.json', '.']);
    expect(withoutGeneratedAt(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))).toBe(before);
  });

  it('secretFindings reports extras with their own rule ids, never the values', async () => {
    const dir = tree();
    const off = await secretFindings({ cwd: dir, paths: [], allFiles: true });
    expect(off.findings.some((f) => f.ruleId.startsWith('secrets.openclaw_'))).toBe(false);
    const on = await secretFindings({ cwd: dir, paths: [], allFiles: true, extraDetectors: true });
    const ids = new Set(on.findings.map((f) => f.ruleId));
    for (const id of [
      'secrets.openclaw_gateway_token',
      'secrets.openclaw_hook_token',
      'secrets.openclaw_telegram_token',
      'secrets.anthropic_api_key',
      'secrets.github_fine_grained_token',
      'secrets.slack_app_token',
      'secrets.openai_project_key',
      'secrets.openclaw_state_file',
    ])
      expect(ids.has(id)).toBe(true);
    const some = await secretFindings({ cwd: dir, paths: [], allFiles: true, extraDetectors: ['openai-project-key'] });
    expect(some.findings.filter((f) => f.ruleId === 'secrets.openai_project_key')).toHaveLength(1);
    expect(some.findings.some((f) => f.ruleId === 'secrets.anthropic_api_key')).toBe(false);
  });

  it('no extra-detector value reaches any output', async () => {
    const dir = gitRepo();
    const src = tree();
    fs.cpSync(src, dir, { recursive: true });
    git(dir, 'add', '.');
    const outputs: string[] = [];
    const record = (r: { stdout: string; stderr: string }) => outputs.push(r.stdout, r.stderr);
    record(await run(dir, ['scan', '--all-files', '--extra-detectors', '.']));
    record(await run(dir, ['check', '--extra-detectors', 'app/keys.ts', 'deploy/openclaw.json']));
    record(await run(dir, ['check', '--json', '--extra-detectors', 'app/keys.ts', 'deploy/openclaw.json']));
    record(await run(dir, ['scan', '--extra-detectors', '--baseline', 'b.json', '.']));
    outputs.push(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'));
    record(await run(dir, ['audit', 'b.json', '--report']));
    outputs.push(JSON.stringify(await secretFindings({ cwd: dir, paths: [], allFiles: true, extraDetectors: true })));
    const joined = outputs.join('\n');
    expect(joined).toContain('OpenClaw Gateway Token');
    for (const v of Object.values(VALUES)) expect(joined).not.toContain(v);
  });

  it('recognises OpenClaw state dirs by name or by an openclaw.json next to them', () => {
    const none = () => false;
    expect(stateFileKind('x/.openclaw/credentials/a/b.json', none)).toBe('credentials');
    expect(stateFileKind('.openclaw-dev/sessions/s.jsonl', none)).toBe('sessions');
    expect(stateFileKind('x/.openclaw/credentials', none)).toBe(null);
    expect(stateFileKind('repo/credentials/a.json', (d) => d === 'repo')).toBe('credentials');
    expect(stateFileKind('.env', (d) => d === '')).toBe('.env');
    expect(stateFileKind('src/.env', none)).toBe(null);
    expect(stateFileKind('x/.openclaw/notes.md', none)).toBe(null);
  });
});

describe('YAML rejection pre-check', () => {
  it('only claims what PyYAML rejects', () => {
    // Verified with PyYAML 6 ("mapping values are not allowed here" / "cannot start any token").
    expect(yamlCertainlyInvalid('a: b: c\n')).toBe(true);
    expect(yamlCertainlyInvalid('export function f(a: number, b: string): string {}\n')).toBe(true);
    expect(yamlCertainlyInvalid('foo\nbar: baz\n')).toBe(true);
    expect(yamlCertainlyInvalid('foo\n  bar: baz\n')).toBe(true);
    expect(yamlCertainlyInvalid('k: %w\n')).toBe(true);
    // Under a mapping keyed at column 0: a later column-0 line with no `: `, or a bad value.
    for (const bad of [
      'a: b\nc\n',
      'def handler(event, context):  # c\nimport { X } from "./y.js";\n',
      'a:\n  b: c\nd: e: f\n',
      'k: v\nx: %w\n',
      'a: b\nc:d\n',
      'a: b\n# note\nplain words #x: y\n',
    ])
      expect(yamlCertainlyInvalid(bad), bad).toBe(true);
    // Valid YAML or not provable cheaply: "don't know".
    for (const ok of [
      'a: b\nc: d\n',
      'foo bar\n\nbaz qux\n',
      'a: "b: c"\n',
      'a: b #c: d\n',
      '---\na: b: c\n',
      'a:\n  b: c\n',
      'x\ty: z\n',
      'a: |\n  b: c\n',
      '# c: d\na: b\n',
      'k: v\n  w: x\n',
      '%YAML 1.1\n---\na: b\n',
      '',
      // PyYAML accepts these (a flow collection may run on at column 0), or rejects them for reasons not checked here.
      'a:\n- b\n',
      'a: b\n  c\n',
      'k: [1,\n2]\n',
      'a:\n  "b\nc": d\n',
      'a: b\n\nc: d\n',
      'a:\n  x: |\n    y\nb: c\n',
      'a: b\r\nc\r\n',
    ])
      expect(yamlCertainlyInvalid(ok)).toBe(false);
  });
});
