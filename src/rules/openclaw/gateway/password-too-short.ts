import { defineRule } from '../../types.js';
import { checkTooShort } from './credential-checks.js';

export default defineRule({
  id: 'gateway.password_too_short',
  severity: 'warn',
  title: 'Gateway password looks short',
  description: 'The selected gateway password (config, env or remote fallback) is shorter than 24 characters.',
  check(ctx, report) {
    checkTooShort('password', ctx, report);
  },
});
