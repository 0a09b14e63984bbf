import { defineRule } from '../../types.js';
import { coerceSecretRef, envValue } from '../../../openclaw/secret-ref.js';
import { at, str, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.env_token_overrides_config',
  severity: 'warn',
  title: 'OPENCLAW_GATEWAY_TOKEN conflicts with gateway.auth.token',
  description: 'OPENCLAW_GATEWAY_TOKEN is set (env file, deployment or env.vars) and differs from gateway.auth.token.',
  releases: [{ from: '2026.5.28', note: 'First in the audit of 2026.5.28 (2026.4.29 has no such check).' }],
  check(ctx, report) {
    const envToken = envValue(ctx, 'OPENCLAW_GATEWAY_TOKEN');
    if (!envToken) return;
    // Only assumed from a Secret clawlint cannot read (envFrom): it may hold the config's own ${VAR}
    // instead, so there is no conflict to show.
    if (ctx.deployment.credentialsAssumed?.includes('OPENCLAW_GATEWAY_TOKEN')) return;
    if (ctx.env.get('OPENCLAW_SERVICE_KIND')?.trim() === 'gateway') return;
    if (str(ctx.config, 'gateway', 'mode') === 'remote') return;
    const mode = str(ctx.config, 'gateway', 'auth', 'mode');
    if (mode === 'password' || mode === 'none' || mode === 'trusted-proxy') return;
    const input = at(ctx.config, 'gateway', 'auth', 'token');
    const ref = ctx.isUnresolved(['gateway', 'auth', 'token'])
      ? coerceSecretRef(ctx.authored(['gateway', 'auth', 'token']) ?? input)
      : typeof input === 'string'
        ? undefined
        : coerceSecretRef(input);
    if (ref?.source === 'env' && ref.id === 'OPENCLAW_GATEWAY_TOKEN') return;
    const configToken = ref ? undefined : trimmed(input);
    if (!ref && !configToken) return;
    if (configToken === envToken) return;
    report({
      path: ['gateway', 'auth', 'token'],
      message: `OPENCLAW_GATEWAY_TOKEN is set in the environment but gateway.auth.token ${ref ? `points at ${ref.source}:${ref.id}` : 'holds a different value'}; local clients and environment-based clients authenticate with different secrets, and a stale one can still authenticate.`,
      detail:
        'OPENCLAW_GATEWAY_TOKEN is set while gateway.auth.token uses a different configured source. Configured local Gateway clients and the managed gateway service prefer gateway.auth.token. Environment credentials remain active for explicit environment URL and node-host targets, so a stale value can still authenticate against the wrong target.',
      fix: 'Set gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" so the environment is canonical, or remove OPENCLAW_GATEWAY_TOKEN from the environment.',
    });
  },
});
