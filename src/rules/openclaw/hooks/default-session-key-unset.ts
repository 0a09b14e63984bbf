import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.default_session_key_unset',
  severity: 'warn',
  title: 'hooks.defaultSessionKey is not configured',
  description: 'Webhooks are enabled without hooks.defaultSessionKey.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    if (trimmed(at(ctx.config, 'hooks', 'defaultSessionKey'))) return;
    report({
      path: ctx.has(['hooks', 'defaultSessionKey']) ? ['hooks', 'defaultSessionKey'] : ['hooks'],
      message:
        'hooks.defaultSessionKey is not set: hook runs without an explicit sessionKey get generated per-request sessions instead of one known, scoped session.',
      detail:
        'Hook agent runs without explicit sessionKey use generated per-request keys. Set hooks.defaultSessionKey to keep hook ingress scoped to a known session.',
      fix: 'Set hooks.defaultSessionKey: "hook:ingress".',
    });
  },
});
