import { defineRule } from '../../types.js';
import { exposureLabel, isIsolatedLoopback, isRemotelyExposed } from '../../../openclaw/exposure.js';
import { type AuthEra, resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

interface Facts {
  /** `mode-none`: only gateway.auth.mode "none"; `no-credential`: no credential for the resolved mode. */
  trigger: 'mode-none' | 'no-credential';
  auth: AuthEra;
}

export default defineRule<Facts>({
  id: 'gateway.http.no_auth',
  severity: 'warn',
  title: 'Gateway HTTP APIs are reachable without auth',
  description: 'The gateway HTTP APIs (/tools/invoke, …) have no resolved credential (critical when remotely exposed).',
  releases: [
    {
      from: '2026.2.26',
      note: 'Reported only when the resolved gateway.auth.mode is "none".',
      facts: { trigger: 'mode-none', auth: 'resolved-mode' },
    },
    {
      from: '2026.5.28',
      note: 'Reported whenever the resolved mode has no credential (token mode without a token too). It reads the runtime config, where an unresolved ${VAR} is no value (the bind/loopback checks read the source config, where it counts until 2026.8).',
      facts: { trigger: 'no-credential', auth: 'credential-plan' },
    },
  ],
  check(ctx, report, facts) {
    const auth = resolveGatewayAuth(ctx, facts?.auth);
    if (facts?.trigger === 'mode-none' ? auth.mode !== 'none' : auth.hasHttpAuth) return;
    if (isIsolatedLoopback(ctx)) return;
    const cfg = ctx.config;
    const endpoints = [
      '/tools/invoke',
      at(cfg, 'gateway', 'http', 'endpoints', 'chatCompletions', 'enabled') === true ? '/v1/chat/completions' : null,
      at(cfg, 'gateway', 'http', 'endpoints', 'responses', 'enabled') === true ? '/v1/responses' : null,
      at(cfg, 'plugins', 'entries', 'admin-http-rpc', 'enabled') === true ? '/api/v1/admin/rpc' : null,
    ].filter((e): e is string => e !== null);
    const exposed = isRemotelyExposed(ctx);
    const why =
      auth.mode === 'none'
        ? 'gateway.auth.mode is "none"'
        : `gateway.auth.mode resolves to "${auth.mode}" but no ${auth.mode} value resolves`;
    report({
      path: ctx.has(['gateway', 'auth', 'mode'])
        ? ['gateway', 'auth', 'mode']
        : ctx.has(['gateway', 'auth'])
          ? ['gateway', 'auth']
          : ctx.has(['gateway'])
            ? ['gateway']
            : [],
      severity: exposed ? 'critical' : 'warn',
      message: `${why}, so ${endpoints.join(', ')} can be called without a shared secret; ${exposureLabel(ctx)}.`,
      detail: `gateway.auth.mode="none" leaves ${endpoints.join(', ')} callable without a shared secret. Treat this as trusted-local only and avoid exposing the gateway beyond loopback.`,
      fix: 'Set gateway.auth.mode: "token" with gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}".',
    });
  },
});
