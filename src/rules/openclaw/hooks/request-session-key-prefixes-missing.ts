import { defineRule } from '../../types.js';
import { exposureLabel, isRemotelyExposed } from '../../../openclaw/exposure.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.request_session_key_prefixes_missing',
  severity: 'warn',
  title: 'Request sessionKey override is enabled without prefix restrictions',
  description: 'hooks.allowRequestSessionKey without hooks.allowedSessionKeyPrefixes (critical when remotely exposed).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    if (at(ctx.config, 'hooks', 'allowRequestSessionKey') !== true) return;
    const raw = at(ctx.config, 'hooks', 'allowedSessionKeyPrefixes');
    const prefixes = Array.isArray(raw) ? raw.filter((p) => typeof p === 'string' && p.trim()) : [];
    if (prefixes.length > 0) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ctx.has(['hooks', 'allowedSessionKeyPrefixes'])
        ? ['hooks', 'allowedSessionKeyPrefixes']
        : ['hooks', 'allowRequestSessionKey'],
      severity: exposed ? 'critical' : 'warn',
      message: `hooks.allowRequestSessionKey is true and hooks.allowedSessionKeyPrefixes is ${Array.isArray(raw) ? 'empty' : 'not set'}, so webhook payloads can target any session key, including main; ${exposureLabel(ctx)}.`,
      detail:
        'hooks.allowRequestSessionKey=true and hooks.allowedSessionKeyPrefixes is unset/empty, so request payloads can target arbitrary session key shapes.',
      fix: 'Set hooks.allowedSessionKeyPrefixes: ["hook:"] or hooks.allowRequestSessionKey: false.',
    });
  },
});
