import { defineRule } from '../../types.js';
import { checkPlaceholder } from './credential-checks.js';

export default defineRule({
  id: 'gateway.token_placeholder_value',
  severity: 'critical',
  title: 'Gateway token is a blank or undefined/null placeholder',
  description: 'The selected gateway token is blank, "undefined" or "null".',
  releases: [{ from: '2026.9.6', note: 'First in the audit of 2026.9.6 (2026.8.2 has no such check).' }],
  check(ctx, report) {
    checkPlaceholder('token', ctx, report);
  },
});
