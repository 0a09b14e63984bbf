// End-to-end: the built bin (dist/cli.js) as a user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-e2e-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = repo, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A gateway block with no audit findings but one: its token is a literal in the file
 * (config.secrets.gateway_token_in_config), so tests see only that and what they plant.
 */
const CLEAN_GATEWAY =
  'gateway: { bind: "loopback", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop" }, trustedProxies: ["127.0.0.1"] }';

function write(rel: string, text: string): string {
  const abs = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

describe('clawlint CLI', () => {
  it('prints findings for the bundled insecure example and exits 1', () => {
    const r = run(['examples/insecure']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^examples\/insecure\/openclaw\.json:\d+:\d+ critical .+ \[[\w.<>-]+\]$/m);
    expect(r.stderr).toBe('');
  });
  it('is quiet on stdout and exits 0 for the hardened example', () => {
    const r = run(['--env-file', 'examples/hardened/gateway.env', 'examples/hardened']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no findings in 1 config/);
  });
  it('emits the JSON contract', () => {
    const r = run(['--format', 'json', 'examples/insecure']);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['tool', 'findings', 'summary', 'targets', 'report']);
    // What clawlint merge needs, versioned.
    expect(doc.report).toEqual({
      version: 2,
      configs: ['examples/insecure/openclaw.json'],
      failOn: 'critical',
      verdict: 'fail',
      category: 'clawlint',
    });
    expect(r.code).toBe(1);
    expect(doc.targets).toEqual([
      {
        config: 'examples/insecure/openclaw.json',
        version: '2026.9.6',
        line: '2026.9',
        source: 'deployment',
        from: 'image ghcr.io/openclaw/openclaw:2026.9.6 in examples/insecure/docker-compose.yml:4',
        requested: '2026.9.6',
      },
    ]);
    expect(doc.tool.name).toBe('clawlint');
    expect(doc.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(doc.findings[0]).slice(0, 9)).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'startLine',
      'startColumn',
      'endLine',
      'endColumn',
      'path',
    ]);
    expect(doc.summary.critical).toBe(
      doc.findings.filter((f: { severity: string }) => f.severity === 'critical').length,
    );
  });
  it('honours --fail-on and --output', () => {
    const dir = path.dirname(
      write(
        'failon/openclaw.json',
        `{ discovery: { mdns: { mode: "minimal" } }, gateway: { port: 1 }, ${CLEAN_GATEWAY} }`,
      ),
    );
    expect(run(['--fail-on', 'critical', dir]).code).toBe(0);
    expect(run(['--fail-on', 'warn', dir]).code).toBe(1);
    expect(run(['--fail-on', 'none', 'examples/insecure']).code).toBe(0);
    const out = path.join(tmp, 'report.json');
    const r = run(['--format', 'json', '--output', out, dir]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'parse.duplicate_key',
      'config.secrets.gateway_token_in_config',
    ]);
  });
  it('exits 2 with a one-line message on usage errors, without a stack trace', () => {
    for (const args of [
      ['--format', 'xml'],
      ['--fail-on', 'high'],
      ['--bogus'],
      ['no/such/path'],
      ['--env', 'NOEQUALS'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
  it('discovers configs by name, honours .gitignore and skips node_modules', () => {
    const root = path.join(tmp, 'disc');
    write('disc/.gitignore', 'ignored/\n');
    const typo = `{ gatway: {}, ${CLEAN_GATEWAY} }`;
    write('disc/a/openclaw.json', typo);
    write('disc/b/prod.openclaw.json5', typo);
    write('disc/c/.openclaw/openclaw.json', typo);
    write('disc/ignored/openclaw.json', typo);
    write('disc/node_modules/x/openclaw.json', typo);
    write('disc/d/other.json', typo);
    const r = run(['--format', 'json', '.'], root);
    const files = [...new Set(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file))];
    expect(files).toEqual(['a/openclaw.json', 'b/prod.openclaw.json5', 'c/.openclaw/openclaw.json']);
    const globbed = run(['--format', 'json', '--config-glob', 'd/*.json', '.'], root);
    expect(JSON.parse(globbed.stdout).findings.map((f: { file: string }) => f.file)).toContain('d/other.json');
    // A named file is linted as a config whatever its name (and scanned for secrets: its literal token).
    const explicit = run(['--format', 'json', 'd/other.json'], root);
    expect(JSON.parse(explicit.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'schema.additionalProperties',
      'config.secrets.gateway_token_in_config',
      'secrets.base64_high_entropy_string',
    ]);
    const noSecrets = run(['--format', 'json', '--no-secrets', 'd/other.json'], root);
    expect(JSON.parse(noSecrets.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'schema.additionalProperties',
      'config.secrets.gateway_token_in_config',
    ]);
  });
  it('takes ${VAR} values from --env-file and --env, never from its own environment', () => {
    const dir = path.dirname(
      write(
        'envs/openclaw.json',
        '{ gateway: { port: "${PORT_TEXT}", bind: "loopback", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop" }, trustedProxies: ["127.0.0.1"] } }',
      ),
    );
    write('envs/.env.test', 'PORT_TEXT=notanumber\n');
    const withFile = run(['--format', 'json', '--env-file', path.join(dir, '.env.test'), dir]);
    expect(JSON.parse(withFile.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'schema.type',
      'config.secrets.gateway_token_in_config',
    ]);
    const fromProcess = run(['--format', 'json', dir], repo, { PORT_TEXT: 'x' });
    // Unresolved: the literal "${PORT_TEXT}" is still a string, so still a type error, and no env finding.
    expect(JSON.parse(fromProcess.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'schema.type',
      'config.secrets.gateway_token_in_config',
    ]);
    const missing = run(['--format', 'json', '--env', 'OTHER=1', dir]);
    expect(JSON.parse(missing.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'env.missing_var',
      'schema.type',
      'config.secrets.gateway_token_in_config',
    ]);
  });
  it('reports unreadable and binary configs as findings, not crashes', () => {
    const dir = path.join(tmp, 'bad');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'openclaw.json'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const r = run(['--format', 'json', dir]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ ruleId: 'parse.error', startLine: 1, startColumn: 1 });
  });
  it('creates a findings baseline, passes on known findings, fails on new ones, prunes fixed ones', () => {
    const dir = path.join(tmp, 'bl');
    write(
      'bl/openclaw.json',
      '{\n  discovery: { mdns: { mode: "full" } },\n  gateway: { bind: "lan", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop", rateLimit: {} }, controlUi: { allowedOrigins: ["https://a.example"] } },\n}\n',
    );
    expect(run(['.'], dir).code).toBe(1);
    const created = run(['baseline', 'create', '.'], dir);
    expect(created.code).toBe(0);
    const file = JSON.parse(fs.readFileSync(path.join(dir, '.clawlint-baseline.json'), 'utf8'));
    expect(file.entries).toEqual([
      { ruleId: 'config.secrets.gateway_token_in_config', file: 'openclaw.json', path: 'gateway.auth.token', count: 1 },
      { ruleId: 'discovery.mdns_full_mode', file: 'openclaw.json', path: 'discovery.mdns.mode', count: 1 },
    ]);
    // Known finding, moved two lines down: still known.
    write(
      'bl/openclaw.json',
      '// moved\n\n{\n  discovery: { mdns: { mode: "full" } },\n  gateway: { bind: "lan", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop", rateLimit: {} }, controlUi: { allowedOrigins: ["https://a.example"] } },\n}\n',
    );
    const known = run(['.'], dir);
    expect(known.code).toBe(0);
    expect(known.stdout).toBe('');
    expect(known.stderr).toMatch(/0 new, 2 unchanged/);
    // A new finding fails; the JSON marks the known one.
    write(
      'bl/openclaw.json',
      '{\n  discovery: { mdns: { mode: "full" } },\n  gateway: { bind: "lan", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop", rateLimit: {} }, controlUi: { allowedOrigins: ["*"] } },\n}\n',
    );
    const json = run(['--format', 'json', '.'], dir);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.baseline).toEqual({ file: '.clawlint-baseline.json', new: 1, unchanged: 2, fixed: 0 });
    expect(
      doc.findings.filter((f: { baselined?: boolean }) => f.baselined).map((f: { ruleId: string }) => f.ruleId),
    ).toEqual(['discovery.mdns_full_mode', 'config.secrets.gateway_token_in_config']);
    expect(run(['--no-baseline', '.'], dir).stdout).toMatch(/discovery.mdns_full_mode/);
    // Fixed: update prunes the entry (the literal token's stays).
    write(
      'bl/openclaw.json',
      '{ gateway: { bind: "lan", auth: { mode: "token", token: "tok-0123456789abcdefghijklmnop", rateLimit: {} }, controlUi: { allowedOrigins: ["https://a.example"] } } }',
    );
    expect(run(['baseline', 'update', '.'], dir).code).toBe(0);
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, '.clawlint-baseline.json'), 'utf8')).entries.map(
        (e: { ruleId: string }) => e.ruleId,
      ),
    ).toEqual(['config.secrets.gateway_token_in_config']);
  });
  it('uses .clawlint.yml: failOn, rule settings, and reports a broken config at its line', () => {
    const dir = path.join(tmp, 'cfg');
    write('cfg/openclaw.json', '{ discovery: { mdns: { mode: "full" } } }');
    write('cfg/.clawlint.yml', 'failOn: none\n');
    expect(run(['.'], dir).code).toBe(0);
    write('cfg/.clawlint.yml', 'rules:\n  discovery.mdns_full_mode: off\n  "gateway.*": off\n');
    expect(run(['.'], dir).stdout).toBe('');
    write('cfg/.clawlint.yml', 'failOn: sometimes\n');
    const bad = run(['.'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^\.clawlint\.yml:1:9 critical clawlint config: failOn must be one of/m);
    expect(run(['--config', 'nope.yml', '.'], dir).code).toBe(2);
  });
  it('reports secrets missing from .secrets.baseline alongside config findings, never printing the value', () => {
    const dir = path.join(tmp, 'sec');
    const key = 'AKIAIOSFODNN7' + 'EXAMPLQ';
    write('sec/app.env', `AWS_ACCESS_KEY_ID=${key}\n`);
    write('sec/openclaw.json', `{ ${CLEAN_GATEWAY} }`);
    spawnSync('git', ['init', '-q'], { cwd: dir });
    spawnSync('git', ['add', '.'], { cwd: dir });
    const r = run(['--format', 'json', '--secrets-baseline', '.secrets.baseline', '.'], dir);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    // The literal gateway token in openclaw.json is a secret too (high-entropy string).
    expect(
      doc.findings.map((f: { ruleId: string; file: string; startLine: number }) => [f.ruleId, f.file, f.startLine]),
    ).toEqual([
      ['secrets.aws_key_detector', 'app.env', 1],
      ['config.secrets.gateway_token_in_config', 'openclaw.json', 1],
      ['secrets.base64_high_entropy_string', 'openclaw.json', 1],
    ]);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout + r.stderr).not.toContain('tok-0123456789abcdefghijklmnop');
    const text = run(['--secrets-baseline', '.secrets.baseline', '.'], dir);
    expect(text.stdout + text.stderr).not.toContain(key);
    expect(text.stderr).toMatch(/secrets baseline \.secrets\.baseline: 2 new/);
  });
});

describe('help and user errors', () => {
  // Each invocation beside the first line of the usage it must print: that command's own.
  const commands: [string[], string][] = [
    [['help'], 'Usage: clawlint [lint] [PATH...] [options]'],
    [['--help'], 'Usage: clawlint [lint] [PATH...] [options]'],
    [['-h'], 'Usage: clawlint [lint] [PATH...] [options]'],
    [['lint', '--help'], 'Usage: clawlint [lint] [PATH...] [options]'],
    [['help', 'lint'], 'Usage: clawlint [lint] [PATH...] [options]'],
    [['baseline', '--help'], 'Usage: clawlint baseline create [PATH...] [options]'],
    [['help', 'baseline'], 'Usage: clawlint baseline create [PATH...] [options]'],
    [['baseline', 'create', '--help'], 'Usage: clawlint baseline create [PATH...] [options]'],
    [['baseline', 'update', '--help'], 'Usage: clawlint baseline create [PATH...] [options]'],
    [['secrets', '--help'], 'Usage: clawlint secrets <scan|check|audit> [options]'],
    [['help', 'secrets'], 'Usage: clawlint secrets <scan|check|audit> [options]'],
    [['secrets', 'scan', '--help'], 'Usage: clawlint secrets scan [PATH...] [options]'],
    [['secrets', 'check', '--help'], 'Usage: clawlint secrets check [--baseline FILE] [--json] FILE...'],
    [
      ['secrets', 'audit', '--help'],
      'Usage: clawlint secrets audit BASELINE --report|--stats|--mark FILE:HASH:TYPE [options]',
    ],
    [
      ['help', 'secrets', 'audit'],
      'Usage: clawlint secrets audit BASELINE --report|--stats|--mark FILE:HASH:TYPE [options]',
    ],
    [['merge', '--help'], 'Usage: clawlint merge REPORT.json|DIR... [options]'],
    [['help', 'merge'], 'Usage: clawlint merge REPORT.json|DIR... [options]'],
    [['completion', '--help'], 'Usage: clawlint completion <bash|zsh|fish>'],
    [['help', 'completion'], 'Usage: clawlint completion <bash|zsh|fish>'],
  ];
  it.each(commands)("clawlint %j prints that command's usage and exits 0", (args, firstLine) => {
    const r = run(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(firstLine);
  });

  it('`clawlint help WORD` for a word that names no command is a usage error', () => {
    const r = run(['help', 'lnit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('clawlint: unknown command "lnit": one of lint, baseline, secrets, merge, completion\n');
  });

  it('clawlint baseline create --output is refused: the baseline goes to --baseline FILE', () => {
    const r = run(['baseline', 'create', 'examples/insecure', '--output', path.join(tmp, 'b.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('clawlint: clawlint baseline writes the file named by --baseline FILE, not --output\n');
    expect(fs.existsSync(path.join(tmp, 'b.json'))).toBe(false);
  });

  it('a secrets baseline that is not JSON or not a baseline is one line and exit 2, not an internal error', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'sb-'));
    fs.writeFileSync(path.join(dir, 'openclaw.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'broken.baseline'), '{\n');
    fs.writeFileSync(path.join(dir, 'other.json'), '{"version": 1}\n');
    const cases: [string, string][] = [
      ['broken.baseline', 'clawlint: cannot use secrets baseline: broken.baseline: not valid JSON\n'],
      ['other.json', 'clawlint: cannot use secrets baseline: other.json: not a detect-secrets baseline\n'],
    ];
    for (const [file, stderr] of cases) {
      const r = run(['--secrets-baseline', file, '.'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(stderr);
    }
  });

  it('--output into a missing directory is one line and exit 2, not an internal error', () => {
    const r = run(['examples/insecure', '--output', path.join(tmp, 'missing', 'dir', 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clawlint: cannot write --output .*report\.json: its directory does not exist\n$/);
  });

  it('a bare `clawlint secrets` is a usage error', () => {
    const r = run(['secrets']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: clawlint secrets /);
  });
});
