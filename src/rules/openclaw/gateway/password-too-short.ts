import { defineRule } from '../../types.js';
import { checkTooShort } from './credential-checks.js';

export default defineRule({
  id: 'gateway.password_too_short',
  severity: 'warn',
  title: 'Gateway password looks short',
  description: 'The selected gateway password (config, env or remote fallback) is shorter than 24 characters.',
  releases: [{ from: '2026.9.6', note: 'First in the audit of 2026.9.6 (2026.8.2 has no such check).' }],
  check(ctx, report) {
    checkTooShort('password', ctx, report);
  },
});
