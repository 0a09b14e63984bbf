import { defineRule } from '../../types.js';
import { at } from '../../../openclaw/values.js';

export default defineRule({
  id: 'logging.redact_off',
  severity: 'warn',
  title: 'Tool summary redaction is disabled',
  description:
    'logging.redactSensitive is "off": sensitive values leak to logs and status output (a key of OpenClaw up to 2026.7).',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, 'logging', 'redactSensitive') !== 'off') return;
    report({
      path: ['logging', 'redactSensitive'],
      at: 'value',
      message:
        'logging.redactSensitive is "off": gateways that honour it (OpenClaw up to 2026.7) write tool summaries with tokens and other sensitive values to logs and status output.',
      detail: 'logging.redactSensitive="off" disables redaction of sensitive values in logs and status.',
      fix: 'Set logging.redactSensitive: "tools" (the default), or remove the key.',
      replaceWith: 'tools',
    });
  },
});
