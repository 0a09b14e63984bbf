/**
 * Regression tests for problems found running clawlint on real public configs:
 * per-agent helpers in O(1), bounded messages, legacy `agents.list` paths, implied
 * defaults, per-report titles for suppressions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintConfigFile } from '../../src/lint/lint-config.js';
import { SourceFile } from '../../src/core/source.js';
import { RULES } from '../../src/rules/index.js';
import { findAgent, listAgentIds, listAgents } from '../../src/openclaw/agents.js';
import { multiUserSignals } from '../../src/openclaw/channels.js';
import { capList } from '../../src/rules/openclaw/messages.js';
import { fakeContext, run } from './helpers.js';

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

function manyAgents(n: number, list = false): Record<string, unknown> {
  const agents = Array.from(
    { length: n },
    (_, i) =>
      [
        `agent_${i}`,
        {
          tools: { profile: i % 2 ? 'coding' : 'messaging', deny: ['write', 'edit', 'apply_patch'] },
          sandbox: { mode: 'off', docker: { image: 'x' } },
        },
      ] as const,
  );
  return {
    channels: { telegram: { dmPolicy: 'open', allowFrom: ['*'], groupPolicy: 'open' } },
    tools: { exec: { security: 'allowlist', host: 'gateway' } },
    agents: list ? { list: agents.map(([id, a]) => ({ id, ...a })) } : { entries: Object.fromEntries(agents) },
  };
}

describe('agent index', () => {
  it('is built once per config object and answers findAgent in O(1)', () => {
    const cfg = manyAgents(3);
    expect(listAgents(cfg)).toBe(listAgents(cfg));
    expect(findAgent(cfg, ' AGENT_1 ')?.path).toEqual(['agents', 'entries', 'agent_1']);
    expect(findAgent(cfg, 'nope')).toBeUndefined();
    expect(listAgentIds(cfg)).toEqual(['agent_0', 'agent_1', 'agent_2']);
    expect(listAgentIds({})).toEqual(['main']);
  });
  it('keeps the first of duplicate ids in agents.list (as the linear search did)', () => {
    const cfg = {
      agents: {
        list: [
          { id: 'a', x: 1 },
          { id: 'A', x: 2 },
        ],
      },
    };
    expect(findAgent(cfg, 'a')?.path).toEqual(['agents', 'list', 0]);
    expect(listAgentIds(cfg)).toEqual(['a']);
  });
  // Speed is measured by bench/rules-agents.mjs (was minutes when quadratic); here only that every
  // rule finishes on a huge roster, with the test timeout as a hang guard, never a timed assertion.
  it('runs every rule on 8,000 agents', { timeout: 120_000 }, () => {
    const ctx = fakeContext(manyAgents(8000));
    let reports = 0;
    for (const r of RULES) r.check(ctx, () => reports++);
    expect(reports).toBeGreaterThan(0);
  });
});

describe('bounded messages', () => {
  it('capList shows the first five and counts the rest', () => {
    expect(capList(['a', 'b'])).toBe('a, b');
    expect(capList(['1', '2', '3', '4', '5', '6', '7'])).toBe('1, 2, 3, 4, 5, … and 2 more');
  });
  it('every rule message stays short with 4,000 agents', () => {
    const ctx = fakeContext(manyAgents(4000));
    const long: string[] = [];
    for (const r of RULES)
      r.check(ctx, (rep) => {
        if (rep.message.length > 1000) long.push(`${r.id}: ${rep.message.length}`);
      });
    expect(long).toEqual([]);
  });
  it('cross_agent_session_access_default lists 5 agents and the count', () => {
    const [r] = run(rule('security.trust_model.cross_agent_session_access_default'), manyAgents(4000));
    expect(r?.message).toMatch(/^4000 agents \(agent_0, agent_1, agent_2, agent_3, agent_4, … and 3995 more\)/);
  });
});

describe('legacy agents.list paths', () => {
  it('messages and paths use agents.list[i], never agents.entries', () => {
    const cfg = manyAgents(4, true);
    const ctx = fakeContext(cfg);
    const reports: { id: string; message: string; path: readonly unknown[] }[] = [];
    for (const r of RULES)
      r.check(ctx, (rep) => reports.push({ id: rep.ruleId ?? r.id, message: rep.message, path: rep.path }));
    expect(reports.filter((r) => r.message.includes('agents.entries'))).toEqual([]);
    const docker = reports.find((r) => r.id === 'sandbox.docker_config_mode_off');
    expect(docker?.message).toContain('agents.list[0].sandbox.docker');
    expect(docker?.path).toEqual(['agents', 'list', 0, 'sandbox', 'docker']);
    const fs = reports.find((r) => r.id === 'tools.exec.fs_tools_disabled_but_exec_enabled');
    expect(fs?.message).toContain('agents.list[1].tools');
  });
});

describe('implied defaults', () => {
  it('telegram groupPolicy default is marked "(default)" and anchored on the existing groups key', () => {
    const [sig] = multiUserSignals({ channels: { telegram: { groups: { '-100123': { requireMention: true } } } } });
    expect(sig?.where).toBe(
      'channels.telegram.groupPolicy="allowlist" (default) with channels.telegram.groups configured',
    );
    expect(sig?.label).toBe('channels.telegram.groupPolicy="allowlist" with configured group targets');
    expect(sig?.path).toEqual(['channels', 'telegram', 'groups']);
    const [r] = run(rule('security.trust_model.multi_user_heuristic'), {
      channels: { telegram: { groups: { '-100123': {} } } },
    });
    expect(r?.message).toContain('(default)');
    expect(r?.path).toEqual(['channels', 'telegram', 'groups']);
  });
  it('an explicit groupPolicy is anchored on itself, inherited account values on the channel key, wildcards on the "*"', () => {
    const cfg = {
      channels: {
        telegram: { groupPolicy: 'allowlist', groups: { g: {} } },
        discord: { allowFrom: ['123', '*'], accounts: { work: { token: 'x' } } },
      },
    };
    const sigs = multiUserSignals(cfg);
    expect(sigs.map((s) => s.path)).toEqual([
      ['channels', 'telegram', 'groupPolicy'],
      ['channels', 'discord', 'allowFrom', 1],
      ['channels', 'discord', 'allowFrom', 1],
    ]);
    expect(sigs[0]?.where).not.toContain('(default)');
  });
});

describe('open-group findings on one channel say what differs', () => {
  it('each message leads with its own exposure and anchors on the open policy key', () => {
    const cfg = { channels: { slack: { groupPolicy: 'open' } }, tools: { profile: 'coding' } };
    const ctx = fakeContext(cfg);
    const got = new Map<string, { message: string; path: readonly unknown[] }>();
    for (const r of RULES) r.check(ctx, (rep) => got.set(rep.ruleId ?? r.id, { message: rep.message, path: rep.path }));
    const ids = [
      'security.exposure.open_groups_with_elevated',
      'security.exposure.open_groups_with_runtime_or_fs',
      'security.exposure.open_groups_with_control_plane_tools',
      'security.trust_model.multi_user_heuristic',
    ];
    const heads = ids.map((id) => got.get(id)?.message.split(':')[0]);
    expect(new Set(heads).size).toBe(4);
    for (const id of ids) expect(got.get(id)?.path).toEqual(['channels', 'slack', 'groupPolicy']);
  });
});

describe('hooks.token_reuse_gateway_token title', () => {
  const password = 'a-long-shared-password-value-123456';
  const cfg = {
    gateway: { auth: { mode: 'password', password } },
    hooks: {
      enabled: true,
      token: password,
      path: '/hooks',
      defaultSessionKey: 'hook:main',
      allowedAgentIds: ['main'],
    },
    security: {
      audit: {
        suppressions: [
          { checkId: 'hooks.token_reuse_gateway_token', titleIncludes: 'password', reason: 'rotating next week' },
        ],
      },
    },
  };
  it('names the Gateway password in password mode and the token in token mode', () => {
    expect(run(rule('hooks.token_reuse_gateway_token'), cfg)[0]?.title).toBe('Hooks token reuses the Gateway password');
    const tokenCfg = {
      gateway: { auth: { mode: 'token', token: password } },
      hooks: { enabled: true, token: password },
    };
    expect(run(rule('hooks.token_reuse_gateway_token'), tokenCfg)[0]?.title).toBe(
      'Hooks token reuses the Gateway token',
    );
  });
  it('a titleIncludes "password" suppression matches in password mode only', async () => {
    const lint = async (c: unknown) => {
      const abs = path.resolve('openclaw.json');
      return lintConfigFile(new SourceFile('openclaw.json', JSON.stringify(c), abs), { env: new Map() });
    };
    const pw = await lint(cfg);
    expect(pw.findings.map((f) => f.ruleId)).not.toContain('hooks.token_reuse_gateway_token');
    expect(pw.suppressed.map((f) => f.ruleId)).toContain('hooks.token_reuse_gateway_token');
    const tok = await lint({ ...cfg, gateway: { auth: { mode: 'token', token: password } } });
    expect(tok.findings.map((f) => f.ruleId)).toContain('hooks.token_reuse_gateway_token');
  });
});
