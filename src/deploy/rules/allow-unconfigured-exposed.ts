import type { RelatedLocation } from '../model.js';
import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.allow_unconfigured_exposed',
  severity: 'warn',
  title: '--allow-unconfigured on a non-loopback bind',
  description:
    '`gateway --allow-unconfigured` starts the gateway without requiring gateway.mode=local in a config; combined with a non-loopback bind a fresh or missing config is served on the network. Critical when the effective gateway has no auth.',
  check(ctx, report) {
    for (const run of ctx.runs) {
      const flag = run.flags.allowUnconfigured;
      if (!flag || run.bind === 'loopback') continue;
      const related: RelatedLocation[] = [];
      if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
      if (run.auth.related) related.push(run.auth.related);
      report({
        loc: flag,
        severity: run.auth.state === 'none' ? 'critical' : 'warn',
        message: `${describe(run.workload)} starts the gateway with --allow-unconfigured on bind "${run.bind}": it starts even when ${run.config ? `${run.config.rel} is missing at run time or lacks gateway.mode` : 'no config exists'}, and it has ${run.auth.detail}.`,
        fix: 'Drop --allow-unconfigured once the config exists (gateway.mode: "local"), or keep the bind on loopback.',
        related,
      });
    }
  },
});
