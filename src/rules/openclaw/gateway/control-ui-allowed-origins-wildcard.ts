import { defineRule } from '../../types.js';
import { effectiveBind, isLoopbackBind } from '../../../openclaw/exposure.js';
import { at, stringEntries } from '../../../openclaw/values.js';
import { removeWildcards } from '../policy-fixes.js';

export default defineRule({
  id: 'gateway.control_ui.allowed_origins_wildcard',
  severity: 'warn',
  title: 'Control UI allowed origins contains wildcard',
  description: 'gateway.controlUi.allowedOrigins contains "*" (critical when the bind is not loopback).',
  fixable: true,
  releases: [{ from: '2026.3.31', note: 'First in the audit of 2026.3.31 (2026.2.26 has no such check).' }],
  check(ctx, report) {
    const raw = at(ctx.config, 'gateway', 'controlUi', 'allowedOrigins');
    if (!stringEntries(raw).includes('*')) return;
    const idx = Array.isArray(raw) ? raw.findIndex((v) => typeof v === 'string' && v.trim() === '*') : -1;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: idx >= 0 ? ['gateway', 'controlUi', 'allowedOrigins', idx] : ['gateway', 'controlUi', 'allowedOrigins'],
      autofix: removeWildcards(['gateway', 'controlUi', 'allowedOrigins'], raw),
      severity: exposed ? 'critical' : 'warn',
      message: `gateway.controlUi.allowedOrigins includes "*", so any website can drive the Control UI/WebChat socket${exposed ? ` on a gateway bound to "${effectiveBind(ctx)}"` : ''}.`,
      detail:
        'gateway.controlUi.allowedOrigins includes "*" which means allow any browser origin for Control UI/WebChat requests. This disables origin allowlisting and should be treated as an intentional allow-all policy.',
      fix: 'Replace "*" in gateway.controlUi.allowedOrigins with explicit origins, e.g. ["https://control.example.com"].',
    });
  },
});
