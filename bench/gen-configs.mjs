// Deterministic generator of realistic OpenClaw configs for benchmarks.
import fs from 'node:fs';
import path from 'node:path';

export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

export function makeConfig(i) {
  const r = rng(i + 1);
  const channels = {};
  for (const ch of ['telegram', 'discord', 'slack', 'whatsapp', 'signal']) {
    if (r() < 0.5)
      channels[ch] = {
        dmPolicy: pick(r, ['pairing', 'allowlist', 'open']),
        groupPolicy: pick(r, ['allowlist', 'open', 'disabled']),
        allowFrom: ['u' + i],
      };
  }
  const agents = {};
  for (let a = 0; a < 1 + Math.floor(r() * 4); a++) {
    agents[`agent_${a}`] = {
      model: { primary: pick(r, ['anthropic/claude-sonnet-4-5', 'openai/gpt-5', 'openai/gpt-4o-mini']) },
      tools: { profile: pick(r, ['minimal', 'messaging', 'coding', 'full']) },
    };
  }
  return {
    gateway: {
      bind: pick(r, ['loopback', 'lan', 'tailnet']),
      port: 18789,
      auth: r() < 0.7 ? { mode: 'token', token: '${OPENCLAW_GATEWAY_TOKEN}' } : { mode: 'none' },
      controlUi: { allowedOrigins: r() < 0.2 ? ['*'] : ['https://claw.example.com'] },
      ...(r() < 0.1 ? { bnd: 'typo' } : {}),
    },
    discovery: { mdns: { mode: pick(r, ['off', 'minimal', 'full']) } },
    channels,
    tools: {
      profile: pick(r, ['messaging', 'coding']),
      exec: { security: pick(r, ['deny', 'allowlist', 'full']) },
      elevated: { enabled: r() < 0.3 },
    },
    agents: { defaults: { sandbox: { mode: pick(r, ['off', 'non-main', 'all']) } }, entries: agents },
    hooks: r() < 0.3 ? { enabled: true, token: '${HOOKS_TOKEN}', path: '/hooks' } : undefined,
  };
}

export function writeConfigs(dir, n) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const d = path.join(dir, `svc${String(i).padStart(5, '0')}`);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(
      path.join(d, 'openclaw.json'),
      `// generated config ${i}\n${JSON.stringify(makeConfig(i), null, 2)}\n`,
    );
  }
}
