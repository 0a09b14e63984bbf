import { defineRule } from '../../types.js';
import { exposureLabel, isRemotelyExposed } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.request_session_key_enabled',
  severity: 'warn',
  fixable: true,
  title: 'External hook payloads may override sessionKey',
  description: 'hooks.allowRequestSessionKey lets webhook callers choose the session (critical when remotely exposed).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    if (at(ctx.config, 'hooks', 'allowRequestSessionKey') !== true) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ['hooks', 'allowRequestSessionKey'],
      severity: exposed ? 'critical' : 'warn',
      message: `hooks.allowRequestSessionKey is true: /hooks/agent callers choose the session key and can inject into any session; ${exposureLabel(ctx)}.`,
      detail:
        'hooks.allowRequestSessionKey=true allows `/hooks/agent` callers to choose the session key. Treat hook token holders as full-trust unless you also restrict prefixes.',
      fix: 'Set hooks.allowRequestSessionKey: false, or restrict hooks.allowedSessionKeyPrefixes (e.g. ["hook:"]).',
      replaceWith: false,
    });
  },
});
