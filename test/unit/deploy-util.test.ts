import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { parsePort } from '../../src/deploy/platforms/compose.js';
import { dockerInstructions } from '../../src/deploy/platforms/dockerfile.js';
import { unitEntries } from '../../src/deploy/platforms/systemd.js';
import { kindByName } from '../../src/deploy/discover.js';
import { argsFromString, gatewayFlags, interpolate, isSecretName, shellWords } from '../../src/deploy/util.js';
import type { ScalarNode } from '../../src/core/tree.js';

describe('shell words and gateway flags', () => {
  it('splits quotes and escapes', () => {
    expect(shellWords(`node "dist/index.js" gateway --bind 'lan' a\\ b`).map((w) => w.text)).toEqual([
      'node',
      'dist/index.js',
      'gateway',
      '--bind',
      'lan',
      'a b',
    ]);
  });

  it('locates each token and splits sh -c scripts', () => {
    const text = 'command: sh -c "exec node dist/index.js gateway --bind=lan --port 3000 --allow-unconfigured"';
    const file = new SourceFile('c.yml', text);
    const start = text.indexOf('sh');
    const args = argsFromString(text.slice(start), file, [start, text.length]);
    const flags = gatewayFlags(args);
    expect(flags.bind?.value).toBe('lan');
    expect(flags.bind?.loc.startColumn).toBe(text.indexOf('--bind=lan') + 1);
    expect(flags.port?.value).toBe('3000');
    expect(flags.port?.loc.startColumn).toBe(text.indexOf('3000') + 1);
    expect(flags.allowUnconfigured?.startColumn).toBe(text.indexOf('--allow-unconfigured') + 1);
    // `node dist/index.js gateway` is how OpenClaw's own images start it: an OpenClaw invocation.
    expect(flags.mentionsOpenclaw).toBe(true);
  });

  it('reads every way to start the gateway, and nothing else', () => {
    const run = (text: string) => {
      const file = new SourceFile('x', text);
      return gatewayFlags(argsFromString(text, file, [0, text.length]));
    };
    expect(run('openclaw gateway start --foreground --config /c/openclaw.json').config?.value).toBe('/c/openclaw.json');
    expect(run('openclaw gateway run --bind lan').bind?.value).toBe('lan');
    expect(run('exec tini -- moltbot gateway --token $T').executable).toBe('moltbot');
    expect(run('gosu node clawdbot gateway').gateway?.text).toBe('gateway');
    expect(run('npx openclaw@2026.9.6 gateway --port 1').port?.value).toBe('1');
    expect(run('/entrypoint.sh node openclaw.mjs gateway').gateway).toBeDefined();
    expect(run('openclaw gateway status').gateway).toBeUndefined();
    expect(run('openclaw onboard --non-interactive').subcommand).toBe('onboard');
    expect(run('node server.js gateway').mentionsOpenclaw).toBe(false);
    expect(run('node dist/index.js serve').mentionsOpenclaw).toBe(false);
    expect(run('echo starting openclaw gateway').mentionsOpenclaw).toBe(false);
    expect(run('openclaw-dashboard gateway').mentionsOpenclaw).toBe(false);
  });

  it('ignores gateway subcommands that do not run it', () => {
    const file = new SourceFile('x', 'openclaw gateway status --port 1');
    expect(gatewayFlags(argsFromString(file.text, file, [0, file.text.length])).gateway).toBeUndefined();
  });
});

describe('compose interpolation and ports', () => {
  const env = new Map([
    ['SET', 'v'],
    ['EMPTY', ''],
  ]);
  it.each([
    ['${SET}', 'v'],
    ['${UNSET:-lan}', 'lan'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${SET:+alt}', 'alt'],
    ['$$SET', '$SET'],
    ['a-$SET-b', 'a-v-b'],
    ['${UNSET:-${SET}}', 'v'],
  ])('%s → %s', (text, value) => {
    expect(interpolate(text, env).value).toBe(value);
  });

  const port = (text: string) =>
    parsePort(
      { kind: 'scalar', file: new SourceFile('c', text), range: [0, text.length], value: text } as ScalarNode,
      (s) => s,
    );
  it.each([
    ['18789', { container: [18789, 18789] }],
    ['18789:18789', { container: [18789, 18789], hostPort: '18789' }],
    ['127.0.0.1:18789:18789/tcp', { container: [18789, 18789], hostPort: '18789', hostIp: '127.0.0.1' }],
    ['[::1]:1:18789', { container: [18789, 18789], hostPort: '1', hostIp: '::1' }],
    ['18789-18790:18789-18790', { container: [18789, 18790], hostPort: '18789-18790' }],
  ])('port %s', (text, expected) => {
    expect(port(text)).toEqual(expected);
  });
});

describe('names and secrets', () => {
  it.each([
    ['OPENCLAW_GATEWAY_TOKEN', true],
    ['ANTHROPIC_API_KEY', true],
    ['DB_PASSWORD', true],
    ['clientSecret', true],
    ['OPENCLAW_GATEWAY_TOKEN_FILE', false],
    ['SESSION_TOKEN_TTL', false],
    ['TOKENIZER_PATH', false],
    ['OPENCLAW_GATEWAY_BIND', false],
  ])('isSecretName(%s) = %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });

  it.each([
    ['docker-compose.yml', 'compose'],
    ['deploy/compose.prod.yaml', 'compose'],
    ['render.yaml', 'render'],
    ['fly.toml', 'fly'],
    ['ops/fly.staging.toml', 'fly'],
    ['Dockerfile', 'dockerfile'],
    ['docker/gateway.Dockerfile', 'dockerfile'],
    ['openclaw.service', 'systemd'],
    ['k8s/deploy.yml', 'yaml'],
    ['pyproject.toml', undefined],
  ])('kindByName(%s) = %s', (rel, kind) => {
    expect(kindByName(rel)).toBe(kind);
  });
});

describe('Dockerfile and unit file scanners', () => {
  it('joins continuation lines and skips comments', () => {
    const ins = dockerInstructions('FROM x\n# c\nCMD node \\\n  # inner comment\n  a.js\nENV A=1');
    expect(ins.map((i) => [i.keyword, i.args])).toEqual([
      ['FROM', 'x'],
      ['CMD', 'node    a.js'],
      ['ENV', 'A=1'],
    ]);
  });

  it('reads sections, keys and continuations', () => {
    const e = unitEntries(
      '[Service]\nExecStart=/bin/x \\\n  --bind lan\n; comment\nUser = node\n[Install]\nWantedBy=default.target\n',
    );
    expect(e.map((x) => [x.section, x.key, x.value])).toEqual([
      ['Service', 'ExecStart', '/bin/x --bind lan'],
      ['Service', 'User', 'node'],
      ['Install', 'WantedBy', 'default.target'],
    ]);
  });
});
