import type { Location } from '../../core/finding.js';
import { placeholderKind } from '../util.js';
import { defineDeployRule, describe } from './types.js';

const NAMES = /^OPENCLAW_GATEWAY_(TOKEN|PASSWORD)$/;

export default defineDeployRule({
  id: 'deploy.placeholder_token',
  severity: 'critical',
  title: 'Gateway token or password is a placeholder',
  description:
    'OPENCLAW_GATEWAY_TOKEN / OPENCLAW_GATEWAY_PASSWORD (or --token/--password) is set to a copy-paste placeholder such as change-me-now; OpenClaw refuses to start with the known ones, and the others are public knowledge.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      const seen: { name: string; value: string; loc: Location; ref?: Location; origin: string }[] = [];
      for (const e of w.env) {
        if (!NAMES.test(e.name) || e.value === undefined || e.kind === 'runtime') continue;
        seen.push({
          name: e.name,
          value: e.value,
          loc: e.valueLoc ?? e.loc,
          ...(e.kind === 'env-file' ? { ref: e.loc } : {}),
          origin: e.origin,
        });
      }
      const run = ctx.run(w);
      if (run?.flags.token)
        seen.push({ name: '--token', value: run.flags.token.value, loc: run.flags.token.loc, origin: 'command line' });
      if (run?.flags.password)
        seen.push({
          name: '--password',
          value: run.flags.password.value,
          loc: run.flags.password.loc,
          origin: 'command line',
        });
      for (const s of seen) {
        const kind = placeholderKind(s.value);
        if (!kind) continue;
        report({
          loc: s.loc,
          severity: kind === 'rejected' ? 'critical' : 'warn',
          message:
            kind === 'rejected'
              ? `${s.name} for ${describe(w)} (${s.origin}) is a known placeholder; the gateway refuses to start with it.`
              : `${s.name} for ${describe(w)} (${s.origin}) looks like a placeholder that was never replaced; it is public knowledge, not a secret.`,
          fix: 'Generate a real secret (openssl rand -hex 32) and keep it in an untracked env file or a secret store.',
          ...(s.ref ? { related: [{ ...s.ref, message: `${describe(w)} reads this env file` }] } : {}),
        });
      }
    }
  },
});
