import { defineRule } from '../../types.js';
import { at, exposureLabel, isIsolatedLoopback, isRemotelyExposed, resolveGatewayAuth } from '../semantics.js';

export default defineRule({
  id: 'gateway.http.no_auth',
  severity: 'warn',
  title: 'Gateway HTTP APIs are reachable without auth',
  description: 'The gateway HTTP APIs (/tools/invoke, …) have no resolved credential (critical when remotely exposed).',
  check(ctx, report) {
    const auth = resolveGatewayAuth(ctx);
    if (auth.hasHttpAuth || isIsolatedLoopback(ctx)) return;
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
