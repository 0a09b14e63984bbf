import { defineRule } from '../../types.js';
import { coerceSecretRef, envValue } from '../../../openclaw/secret-ref.js';
import { at, str, trimmed } from '../../../openclaw/values.js';

/** `plain`: the plain (non-deep) CLI audit of that release runs the browser checks. */
interface Facts {
  plain: boolean;
}

/** A gateway secret as the browser check saw it: a non-empty string (even an unresolved ${VAR}) or a SecretRef. */
function configured(v: unknown): boolean {
  return !!trimmed(v) || coerceSecretRef(v) !== undefined;
}

export default defineRule<Facts>({
  id: 'browser.control_no_auth',
  severity: 'critical',
  title: 'Browser control has no auth',
  description:
    'Browser control is enabled (the default) but no gateway token or password is configured, so any local process can drive the browser.',
  releases: [
    {
      from: '2026.2.26',
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check): browser control enabled (browser.enabled not false) and no gateway.auth token/password (config, SecretRef or OPENCLAW_GATEWAY_TOKEN/PASSWORD).',
      facts: { plain: true },
    },
    {
      from: '2026.4.29',
      note: "The check moved into the browser plugin's security collector; the plain audit of 2026.4.29 still loads plugin collectors.",
    },
    {
      from: '2026.5.28',
      note: 'Plugin security collectors load only with --deep: the plain CLI audit no longer reports it.',
      facts: { plain: false },
    },
  ],
  check(ctx, report, facts) {
    if (facts?.plain === false) return;
    const cfg = ctx.config;
    if (at(cfg, 'browser', 'enabled') === false) return;
    const mode = str(cfg, 'gateway', 'auth', 'mode');
    const token = configured(at(cfg, 'gateway', 'auth', 'token')) || !!envValue(ctx, 'OPENCLAW_GATEWAY_TOKEN');
    const passwordCanWin =
      mode === 'password' || (mode !== 'token' && mode !== 'none' && mode !== 'trusted-proxy' && !token);
    const literalPassword = !!trimmed(at(cfg, 'gateway', 'auth', 'password'));
    const password =
      literalPassword ||
      (passwordCanWin &&
        (!!envValue(ctx, 'OPENCLAW_GATEWAY_PASSWORD') || configured(at(cfg, 'gateway', 'auth', 'password'))));
    if (token || password) return;
    report({
      path: ctx.has(['browser']) ? ['browser'] : ctx.has(['gateway', 'auth']) ? ['gateway', 'auth'] : [],
      message:
        'Browser control is enabled but no gateway.auth token or password is configured; any local process (or an SSRF to loopback) can call the browser control endpoints.',
      detail:
        'Browser control HTTP routes are enabled but no gateway.auth token/password is configured. Any local process (or SSRF to loopback) can call browser control endpoints.',
      fix: 'Set gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" (or gateway.auth.password), or browser.enabled: false.',
    });
  },
});
