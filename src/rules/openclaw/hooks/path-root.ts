import { defineRule } from '../../types.js';
import { at, trimmed } from '../../../openclaw/values.js';

export default defineRule({
  id: 'hooks.path_root',
  severity: 'critical',
  fixable: true,
  title: "Hooks base path is '/'",
  description: 'hooks.path is "/", shadowing every other gateway HTTP endpoint.',
  check(ctx, report) {
    if (at(ctx.config, 'hooks', 'enabled') !== true) return;
    if (trimmed(at(ctx.config, 'hooks', 'path')) !== '/') return;
    report({
      path: ['hooks', 'path'],
      message: 'hooks.path is "/": webhook routing shadows every other gateway HTTP endpoint.',
      detail: "hooks.path='/' would shadow other HTTP endpoints and is unsafe.",
      fix: 'Set hooks.path: "/hooks".',
      replaceWith: '/hooks',
    });
  },
});
