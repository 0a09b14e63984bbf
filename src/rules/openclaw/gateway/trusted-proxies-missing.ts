import { defineRule } from '../../types.js';
import { isBindHidden, isIsolatedLoopback, isLoopbackBind } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.trusted_proxies_missing',
  severity: 'warn',
  title: 'Reverse proxy headers are not trusted',
  description:
    'Loopback gateway with the Control UI on and no gateway.trustedProxies: a local reverse proxy makes every client look local.',
  check(ctx, report) {
    // A bind decided in a script is not known to be loopback: advice for loopback gateways would be a guess.
    if (!isLoopbackBind(ctx) || isIsolatedLoopback(ctx) || isBindHidden(ctx)) return;
    if (at(ctx.config, 'gateway', 'controlUi', 'enabled') === false) return;
    const tp = at(ctx.config, 'gateway', 'trustedProxies');
    if (Array.isArray(tp) && tp.length > 0) return;
    report({
      path: ctx.has(['gateway', 'trustedProxies'])
        ? ['gateway', 'trustedProxies']
        : ctx.has(['gateway'])
          ? ['gateway']
          : [],
      message: `gateway.trustedProxies is ${Array.isArray(tp) ? 'empty' : 'not set'} on a loopback gateway with the Control UI enabled; behind a reverse proxy, remote clients would pass local-client checks.`,
      detail:
        'gateway.bind is loopback and gateway.trustedProxies is empty. If you expose the Control UI through a reverse proxy, configure trusted proxies so local-client checks cannot be spoofed.',
      fix: 'Set gateway.trustedProxies to your proxy IPs (e.g. ["127.0.0.1"]) or keep the Control UI local-only.',
    });
  },
});
