import { defineRule } from '../../types.js';
import { checkTooShort } from './credential-checks.js';

export default defineRule({
  id: 'gateway.token_too_short',
  severity: 'warn',
  title: 'Gateway token looks short',
  description: 'The selected gateway token (config, env or remote fallback) is shorter than 24 characters.',
  check(ctx, report) {
    checkTooShort('token', ctx, report);
  },
});
