import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.privileged',
  severity: 'critical',
  title: 'Privileged container',
  description:
    '`privileged: true` (compose or a Kubernetes securityContext) gives the container every capability and the host devices; OpenClaw never needs it.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (!w.privileged) continue;
      report({
        loc: w.privileged,
        message: w.runsOpenclaw
          ? `${describe(w)} runs privileged: a compromised agent or gateway escapes to the host.`
          : `${describe(w)} runs privileged: whoever compromises this container escapes to the host.`,
        fix: w.runsOpenclaw
          ? 'Remove privileged: true; OpenClaw runs unprivileged as uid 1000.'
          : 'Remove privileged: true and grant only the devices and capabilities the container needs.',
      });
    }
  },
});
