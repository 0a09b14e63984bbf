import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.systemd_root',
  severity: 'warn',
  title: 'systemd unit runs the gateway as root',
  description:
    'A system unit that runs OpenClaw has no User= (or User=root), so the gateway and every agent tool run as root; the docs call this unsupported.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (w.platform !== 'systemd' || !w.isGateway || !w.systemUnit) continue;
      const user = w.user?.value.trim();
      if (user && user !== 'root' && user !== '0') continue;
      report({
        loc: w.user?.loc ?? w.loc,
        message: user
          ? `${describe(w)} sets User=${user}: the gateway and every agent tool run as root.`
          : `${describe(w)} is a system unit without User=, so the gateway and every agent tool run as root.`,
        fix: 'Add User=<an unprivileged account> to [Service] (and keep the state directory owned by that account), or install it as a user unit (openclaw gateway install).',
      });
    }
  },
});
