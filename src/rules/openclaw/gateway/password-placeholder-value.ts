import { defineRule } from '../../types.js';
import { checkPlaceholder } from './credential-checks.js';

export default defineRule({
  id: 'gateway.password_placeholder_value',
  severity: 'critical',
  title: 'Gateway password is a blank or undefined/null placeholder',
  description: 'The selected gateway password is blank, "undefined" or "null".',
  releases: [{ from: '2026.9.6', note: 'First in the audit of 2026.9.6 (2026.8.2 has no such check).' }],
  check(ctx, report) {
    checkPlaceholder('password', ctx, report);
  },
});
