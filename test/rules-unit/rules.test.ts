import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { applyAuditSuppressions } from '../../src/rules/openclaw/suppressions.js';
import { blockedBindReason } from '../../src/rules/openclaw/sandbox/bind-paths.js';
import { run } from './helpers.js';

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('escalations', () => {
  it('allowed_origins_wildcard: warn on loopback, critical on lan or deployment bind', () => {
    const cfg = { gateway: { controlUi: { allowedOrigins: ['*'] } } };
    expect(run(rule('gateway.control_ui.allowed_origins_wildcard'), cfg)[0]?.severity).toBe('warn');
    expect(run(rule('gateway.control_ui.allowed_origins_wildcard'), cfg, {}, { bind: 'lan' })[0]?.severity).toBe(
      'critical',
    );
  });
  it('bind_no_auth fires for custom bind on 127.0.0.1 (quirk)', () => {
    expect(
      run(rule('gateway.bind_no_auth'), { gateway: { bind: 'custom', customBindHost: '127.0.0.1' } }),
    ).toHaveLength(1);
  });
  it('hooks token length uses the unresolved literal', () => {
    const r = run(rule('hooks.token_too_short'), { hooks: { enabled: true, token: '${OC_TOKEN}' } });
    expect(r[0]?.detail).toBe('hooks.token is 11 chars; prefer a long random token.');
  });
  it('exec security full is critical with a nested open group', () => {
    const r = run(rule('tools.exec.security_full_configured'), {
      tools: { exec: { security: 'full' } },
      channels: { x: { groups: { g: { groupPolicy: 'open' } } } },
    });
    expect(r[0]?.severity).toBe('critical');
  });
  it('templated elevated ids carry the provider', () => {
    const r = run(rule('tools.elevated.allowFrom.<provider>.wildcard'), {
      tools: { elevated: { allowFrom: { whatsapp: ['*'] } } },
    });
    expect(r[0]?.ruleId).toBe('tools.elevated.allowFrom.whatsapp.wildcard');
  });
});

describe('secrets never appear in messages', () => {
  const secret = 'S3cr3tValue-do-not-print';
  const cfg = {
    gateway: { bind: 'lan', auth: { mode: 'password', password: secret } },
    hooks: { enabled: true, token: secret },
  };
  it('no rule message, detail or fix contains the secret', () => {
    for (const r of RULES) {
      for (const rep of run(r, cfg, { OPENCLAW_GATEWAY_TOKEN: 'short' })) {
        expect(`${rep.message} ${rep.detail ?? ''} ${rep.fix ?? ''}`).not.toContain(secret);
        expect(`${rep.message} ${rep.detail ?? ''} ${rep.fix ?? ''}`).not.toContain('S3cr3t');
      }
    }
  });
});

describe('sandbox bind paths', () => {
  it.each([
    ['/var/run/docker.sock:/var/run/docker.sock', '/var/run'],
    ['/:/host', '/'],
    ['/etc/ssl:/ssl', '/etc'],
    ['/home/bob/.ssh:/k', '/home/bob/.ssh'],
    ['~/.aws:/aws', '~/.aws'],
    ['/Users/me:/home', '/Users/me/.aws'],
  ])('%s is blocked (%s)', (bind, blocked) => {
    expect(blockedBindReason(bind)?.blockedPath).toBe(blocked);
  });
  it('allows project paths', () => {
    expect(blockedBindReason('/srv/project:/project')).toBeNull();
    expect(blockedBindReason('/home/bob/project:/p')).toBeNull();
  });
});

describe('applyAuditSuppressions', () => {
  const findings = [
    {
      ruleId: 'gateway.bind_no_auth',
      title: 'Gateway binds beyond loopback without auth',
      detail: 'gateway.bind="lan" but no gateway.auth token/password is configured.',
    },
    { ruleId: 'gateway.auth_no_rate_limit', title: 'No auth rate limiting configured', detail: 'x' },
    { ruleId: 'security.audit.suppressions.active', title: 'Security audit suppressions configured', detail: 'y' },
  ];
  it('matches exact checkId and case-insensitive detail/title substrings', () => {
    const cfg = {
      security: {
        audit: {
          suppressions: [
            { checkId: 'gateway.bind_no_auth', detailIncludes: 'LAN', reason: ' accepted ' },
            { checkId: 'gateway.auth_no_rate_limit', titleIncludes: 'nope' },
            { checkId: 'security.audit.suppressions.active' },
          ],
        },
      },
    };
    const r = applyAuditSuppressions(cfg, findings);
    expect([...r.suppressed.entries()]).toEqual([[0, { reason: 'accepted', index: 0 }]]);
    expect(r.active?.detail).toBe(
      'security.audit.suppressions has 3 configured suppression(s); 1 finding(s) moved to suppressedFindings.',
    );
  });
  it('does nothing without suppressions', () => {
    expect(applyAuditSuppressions({}, findings)).toEqual({ suppressed: new Map() });
  });
});
