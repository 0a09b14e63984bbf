import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.token_too_short',
  severity: 'warn',
  title: 'Hooks token looks short',
  description:
    'hooks.token is shorter than 24 characters (an unresolved ${VAR} is measured on its literal text, like the CLI).',
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    const token = trimmed(at(ctx.config, 'hooks', 'token'));
    if (!token || token.length >= 24) return;
    const unresolved = ctx.isUnresolved(['hooks', 'token']);
    report({
      path: ['hooks', 'token'],
      message: unresolved
        ? `hooks.token is an unresolved variable reference; OpenClaw measures its literal text (${token.length} characters, minimum 24) and would accept webhooks with it.`
        : `hooks.token is ${token.length} characters long (minimum 24); webhook callers can brute-force it.`,
      detail: `hooks.token is ${token.length} chars; prefer a long random token.`,
      fix: 'Set hooks.token to a random secret of at least 24 characters, e.g. "${OPENCLAW_HOOKS_TOKEN}" supplied by the deployment.',
    });
  },
});
