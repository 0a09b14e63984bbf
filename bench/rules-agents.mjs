// node bench/rules-agents.mjs [N ...] [--list] — times clawlint on one generated config with N agents
// through the built bin (node dist/cli.js; run `npm run build` first), and the openclaw rules alone
// in-process (src/rules bundled with esbuild into a temp dir). Prints numbers, asserts nothing.
// The config exercises every per-agent helper (sandbox, tool policy, exec scopes, docker blocks, models)
// and an open channel so the exposure / trust-model rules walk every agent.
// --list writes the legacy `agents.list[]` form instead of `agents.entries`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist', 'cli.js');
const args = process.argv.slice(2);
const legacyList = args.includes('--list');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const NS = sizes.length > 0 ? sizes : [1000, 2000, 4000, 8000];

export function agentsConfig(n, list = false) {
  const agents = [];
  for (let i = 0; i < n; i++) {
    const id = `agent_${i}`;
    const a = {
      model: { primary: i % 7 === 0 ? 'openai/gpt-4o-mini' : 'anthropic/claude-sonnet-4-5' },
      tools: {
        profile: ['minimal', 'messaging', 'coding', 'full'][i % 4],
        ...(i % 3 === 0 ? { deny: ['write', 'edit', 'apply_patch'] } : {}),
        ...(i % 5 === 0 ? { exec: { host: 'sandbox', security: i % 10 === 0 ? 'full' : 'allowlist' } } : {}),
      },
      ...(i % 2 === 0
        ? { sandbox: { mode: i % 4 === 0 ? 'off' : 'all', docker: { image: 'openclaw-sandbox:latest' } } }
        : {}),
    };
    agents.push([id, a]);
  }
  return {
    gateway: { bind: 'loopback', auth: { mode: 'token', token: '${OPENCLAW_GATEWAY_TOKEN}' } },
    channels: { telegram: { dmPolicy: 'open', allowFrom: ['*'], groupPolicy: 'open' } },
    tools: { profile: 'coding', exec: { security: 'allowlist' } },
    agents: {
      defaults: { sandbox: { mode: 'off', docker: { network: 'none' } } },
      ...(list ? { list: agents.map(([id, a]) => ({ id, ...a })) } : { entries: Object.fromEntries(agents) }),
    },
  };
}

function run(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'none', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`clawlint exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const findings = out.findings ?? [];
  const longest = findings.reduce((m, f) => Math.max(m, (f.message ?? '').length), 0);
  return { ms, findings: findings.length, longest, bytes: r.stdout.length };
}

/** Every rule's check() on a plain context (no parsing, schema or locating): the rules' own cost. */
async function loadRules(tmp) {
  const esbuild = await import('esbuild');
  const out = path.join(tmp, 'rules.mjs');
  await esbuild.build({
    entryPoints: [path.join(repo, 'src', 'rules', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
  });
  return (await import(out)).RULES;
}

function rulesOnly(RULES, config) {
  const has = (p) => {
    let cur = config;
    for (const k of p) {
      if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return false;
      cur = cur[k];
    }
    return cur !== undefined;
  };
  const ctx = { config, env: new Map(), deployment: {}, isUnresolved: () => false, authored: () => undefined, has };
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const r of RULES) r.check(ctx, () => n++);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-agents-'));
  try {
    const RULES = await loadRules(tmp);
    console.log(`node ${process.version}, ${legacyList ? 'agents.list[]' : 'agents.entries'}`);
    const small = path.join(tmp, 'small.json');
    fs.writeFileSync(small, JSON.stringify(agentsConfig(1, legacyList), null, 2));
    const base = run(small); // warm up, and the fixed cost of one run
    console.log(`1 agent: ${base.ms.toFixed(0)} ms (process start + load)`);
    for (const n of NS) {
      const file = path.join(tmp, `agents-${n}.json`);
      fs.writeFileSync(file, JSON.stringify(agentsConfig(n, legacyList), null, 2));
      const r = run(file);
      const rules = rulesOnly(RULES, JSON.parse(fs.readFileSync(file, 'utf8')));
      console.log(
        `${String(n).padStart(6)} agents: ${r.ms.toFixed(0).padStart(7)} ms wall (rules alone ${rules.toFixed(0)} ms), ${r.findings} findings, longest message ${r.longest} chars, JSON output ${(r.bytes / 1024).toFixed(0)} KB`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
