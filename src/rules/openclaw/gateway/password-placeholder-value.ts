import { defineRule } from '../../types.js';
import { checkPlaceholder } from './credential-checks.js';

export default defineRule({
  id: 'gateway.password_placeholder_value',
  severity: 'critical',
  title: 'Gateway password is a blank or undefined/null placeholder',
  description: 'The selected gateway password is blank, "undefined" or "null".',
  check(ctx, report) {
    checkPlaceholder('password', ctx, report);
  },
});
