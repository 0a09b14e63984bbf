import { isIP } from 'node:net';
import { defineRule } from '../../types.js';
import { effectiveBind, isLoopbackBind } from '../../../openclaw/exposure.js';
import { resolveGatewayAuth } from '../../../openclaw/gateway-auth.js';
import { at } from '../../../openclaw/values.js';

function isStrictLoopbackProxy(entry: unknown): boolean {
  if (typeof entry !== 'string') return false;
  const c = entry.trim();
  if (!c) return false;
  if (!c.includes('/')) return c === '127.0.0.1' || c.toLowerCase() === '::1';
  const [ip, prefix] = c.split('/', 2);
  if (!ip || !prefix || !/^\d+$/.test(prefix)) return false;
  const v = isIP(ip.trim());
  if (v === 4) return ip.trim() === '127.0.0.1' && Number(prefix) === 32;
  if (v === 6) return Number(prefix) === 128 && ip.trim().toLowerCase() === '::1';
  return false;
}

export default defineRule({
  id: 'gateway.real_ip_fallback_enabled',
  severity: 'warn',
  fixable: true,
  title: 'X-Real-IP fallback is enabled',
  description:
    'gateway.allowRealIpFallback is true (critical off loopback or with trusted-proxy auth behind non-loopback proxies).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'gateway', 'allowRealIpFallback') !== true) return;
    const tp = at(ctx.config, 'gateway', 'trustedProxies');
    const proxies = Array.isArray(tp) ? tp : [];
    const remoteProxy = proxies.some((p) => !isStrictLoopbackProxy(p));
    const exposed = !isLoopbackBind(ctx) || (resolveGatewayAuth(ctx).mode === 'trusted-proxy' && remoteProxy);
    const where = !isLoopbackBind(ctx)
      ? ` on a gateway bound to "${effectiveBind(ctx)}"`
      : exposed
        ? ' with trusted-proxy auth behind non-loopback proxies'
        : '';
    report({
      path: ['gateway', 'allowRealIpFallback'],
      severity: exposed ? 'critical' : 'warn',
      message: `gateway.allowRealIpFallback is true${where}: a proxy that forwards a client-supplied X-Real-IP lets callers spoof their source IP and pass local-client checks.`,
      detail:
        'gateway.allowRealIpFallback=true trusts X-Real-IP when trusted proxies omit X-Forwarded-For. Misconfigured proxies that forward client-supplied X-Real-IP can spoof source IP and local-client checks.',
      fix: 'Set gateway.allowRealIpFallback: false (the default).',
      replaceWith: false,
    });
  },
});
