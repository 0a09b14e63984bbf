import { describe, expect, it } from 'vitest';
import { multiUserSignals, openExecSurfaces, openInboundPolicies } from '../../src/openclaw/channels.js';
import { execScopes } from '../../src/openclaw/exec.js';
import { effectiveBind, isRemotelyExposed } from '../../src/openclaw/exposure.js';
import { resolveGatewayAuth } from '../../src/openclaw/gateway-auth.js';
import { toolAllowed, toolPolicies } from '../../src/openclaw/tool-policy.js';
import { fakeContext } from '../rules-unit/helpers.js';

describe('effective bind and exposure', () => {
  it('defaults to loopback and lets the deployment override gateway.bind', () => {
    expect(effectiveBind(fakeContext({}))).toBe('loopback');
    expect(effectiveBind(fakeContext({ gateway: { bind: 'loopback' } }, {}, { bind: 'lan' }))).toBe('lan');
  });
  it('counts tailscale serve/funnel as remote exposure', () => {
    expect(isRemotelyExposed(fakeContext({ gateway: { tailscale: { mode: 'serve' } } }))).toBe(true);
    expect(isRemotelyExposed(fakeContext({}))).toBe(false);
  });
});

describe('gateway auth resolution (CLI quirks)', () => {
  it('treats gateway.remote.token as local auth', () => {
    expect(resolveGatewayAuth(fakeContext({ gateway: { remote: { token: 'x'.repeat(30) } } })).hasGatewayAuth).toBe(
      true,
    );
  });
  it('does not treat an unresolved ${VAR} as a credential', () => {
    const a = resolveGatewayAuth(fakeContext({ gateway: { auth: { token: '${NOPE}' } } }));
    expect(a.hasGatewayAuth).toBe(false);
    expect(a.hasHttpAuth).toBe(false);
  });
  it('uses OPENCLAW_GATEWAY_TOKEN from the known env', () => {
    const a = resolveGatewayAuth(
      fakeContext({ gateway: { auth: { mode: 'token' } } }, { OPENCLAW_GATEWAY_TOKEN: 'y'.repeat(30) }),
    );
    expect(a.token).toBe('y'.repeat(30));
    expect(a.tokenSource).toBe('env');
  });
  it('resolves mode password when only a password exists', () => {
    expect(resolveGatewayAuth(fakeContext({ gateway: { auth: { password: 'p'.repeat(30) } } })).mode).toBe('password');
  });
  it('counts trusted-proxy as auth but not none', () => {
    expect(resolveGatewayAuth(fakeContext({ gateway: { auth: { mode: 'trusted-proxy' } } })).hasGatewayAuth).toBe(true);
    expect(
      resolveGatewayAuth(fakeContext({ gateway: { auth: { mode: 'none', token: 't'.repeat(30) } } })).hasGatewayAuth,
    ).toBe(false);
  });
  it('counts a SecretRef as configured without a value', () => {
    const a = resolveGatewayAuth(
      fakeContext({ gateway: { auth: { token: { source: 'env', provider: 'default', id: 'T' } } } }),
    );
    expect(a.hasGatewayAuth).toBe(true);
    expect(a.token).toBeUndefined();
  });
});

describe('tool policy', () => {
  it('minimal and messaging profiles allow gateway', () => {
    for (const profile of ['minimal', 'messaging']) {
      expect(toolAllowed('gateway', toolPolicies({ tools: { profile } }, undefined, 'off'))).toBe(true);
      expect(toolAllowed('exec', toolPolicies({ tools: { profile } }, undefined, 'off'))).toBe(false);
    }
  });
  it('expands groups and aliases in deny', () => {
    const p = toolPolicies({ tools: { deny: ['group:runtime', 'cron'] } }, undefined, 'off');
    expect(toolAllowed('exec', p)).toBe(false);
    expect(toolAllowed('bash', p)).toBe(false);
    expect(toolAllowed('automations', p)).toBe(false);
    expect(toolAllowed('read', p)).toBe(true);
  });
  it('sandbox mode all denies gateway by default', () => {
    expect(toolAllowed('gateway', toolPolicies({}, undefined, 'all'))).toBe(false);
  });
  it('alsoAllow widens the profile layer only in the merged era (2026.8.2 on)', () => {
    const cfg = { tools: { profile: 'minimal', alsoAllow: ['exec'] } };
    expect(toolAllowed('exec', toolPolicies(cfg, undefined, 'off', [], { profileAlsoAllow: 'merged' }))).toBe(true);
    expect(toolAllowed('exec', toolPolicies(cfg, undefined, 'off', [], { profileAlsoAllow: 'ignored' }))).toBe(false);
    // the memo is per era: asking for the merged era again still merges
    expect(toolAllowed('exec', toolPolicies(cfg, undefined, 'off'))).toBe(true);
    // an agent's own alsoAllow on a global profile, same rule
    const agentTools = { alsoAllow: ['exec'] };
    expect(
      toolAllowed(
        'exec',
        toolPolicies({ tools: { profile: 'minimal' } }, agentTools, 'off', [], { profileAlsoAllow: 'ignored' }),
      ),
    ).toBe(false);
    expect(toolAllowed('exec', toolPolicies({ tools: { profile: 'minimal' } }, agentTools, 'off'))).toBe(true);
  });
});

describe('exec scopes', () => {
  it('mode overrides security; ask maps to allowlist; agents inherit', () => {
    const s = execScopes({
      tools: { exec: { security: 'full', mode: 'ask' } },
      agents: { entries: { main: { default: true }, ops: { tools: { exec: { security: 'full' } } } } },
    });
    expect(s.map((x) => [x.id, x.security])).toEqual([
      ['main', 'allowlist'],
      ['ops', 'full'],
    ]);
  });
  it('defaults to deny for the implicit global scope', () => {
    expect(execScopes({})).toMatchObject([{ id: 'main', security: 'deny' }]);
  });
});

describe('open policy walks', () => {
  const cfg = {
    channels: { slack: { accounts: { a: { dm: { policy: 'open' } } }, groups: { g: { groupPolicy: 'open' } } } },
  };
  it('matrix walk sees legacy dm.policy at account level but not nested groups', () => {
    expect(openInboundPolicies(cfg).map((h) => h.label)).toEqual(['channels.slack.accounts.a.dm.policy']);
  });
  it('exec deep walk sees nested groupPolicy but not dm.policy', () => {
    expect(openExecSurfaces(cfg).map((h) => h.label)).toEqual(['channels.slack.groups.g.groupPolicy']);
  });
  it('telegram groupPolicy defaults to allowlist for the multi-user heuristic', () => {
    expect(
      multiUserSignals({ channels: { telegram: { groups: { '*': { requireMention: true } } } } }).map((s) => s.label),
    ).toEqual(['channels.telegram.groupPolicy="allowlist" with configured group targets']);
  });
});
