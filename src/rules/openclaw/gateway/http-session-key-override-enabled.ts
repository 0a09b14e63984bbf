import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'gateway.http.session_key_override_enabled',
  severity: 'info',
  title: 'HTTP API session-key override is enabled',
  description: 'The OpenAI-compatible HTTP endpoints are enabled and accept x-openclaw-session-key routing.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const chat = at(ctx.config, 'gateway', 'http', 'endpoints', 'chatCompletions', 'enabled') === true;
    const resp = at(ctx.config, 'gateway', 'http', 'endpoints', 'responses', 'enabled') === true;
    if (!chat && !resp) return;
    const eps = [chat ? '/v1/chat/completions' : null, resp ? '/v1/responses' : null].filter(
      (e): e is string => e !== null,
    );
    report({
      path: chat
        ? ['gateway', 'http', 'endpoints', 'chatCompletions', 'enabled']
        : ['gateway', 'http', 'endpoints', 'responses', 'enabled'],
      message: `${eps.join(' and ')} ${eps.length > 1 ? 'are enabled and accept' : 'is enabled and accepts'} x-openclaw-session-key, so API callers can route into any session.`,
      detail: `${eps.join(', ')} accept x-openclaw-session-key for per-request session routing. Treat API credential holders as trusted principals.`,
      fix: 'Set gateway.http.endpoints.chatCompletions.enabled / responses.enabled to false unless API callers are trusted operators.',
    });
  },
});
