import { defineRule } from '../../types.js';
import { checkPlaceholder } from './credential-checks.js';

export default defineRule({
  id: 'gateway.token_placeholder_value',
  severity: 'critical',
  title: 'Gateway token is a blank or undefined/null placeholder',
  description: 'The selected gateway token is blank, "undefined" or "null".',
  check(ctx, report) {
    checkPlaceholder('token', ctx, report);
  },
});
