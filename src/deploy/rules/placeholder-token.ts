import { classifyValue } from '../../secrets/value-class.js';
import { committedValues, readByExposedGateway, readersRelated, readersText } from './committed.js';
import { defineDeployRule } from './types.js';

export default defineDeployRule({
  id: 'deploy.placeholder_token',
  severity: 'critical',
  title: 'Gateway token or password is a placeholder',
  description:
    'The gateway token or password (OPENCLAW_GATEWAY_TOKEN / OPENCLAW_GATEWAY_PASSWORD and the legacy CLAWDBOT_/MOLTBOT_ names, --token/--password) that the repository commits is a copy-paste placeholder such as change-me-now, replace-with-…, <token> or your-token: public knowledge, not a secret. Critical when OpenClaw itself lists it as a rejected default or the gateway is reachable beyond the host; reported once, where the value is written, with the places that read it as related locations.',
  check(ctx, report) {
    for (const cv of committedValues(ctx)) {
      if (!cv.gateway) continue;
      const c = classifyValue(cv.value);
      if (c.kind !== 'placeholder') continue;
      const exposed = readByExposedGateway(ctx, cv);
      const consequence = exposed
        ? 'the gateway port is reachable from beyond the host, so anyone who has seen the template can authenticate'
        : c.rejected
          ? "it is one of the defaults OpenClaw's own startup check rejects"
          : 'it is public knowledge, not a secret';
      report({
        loc: cv.loc,
        severity: exposed || c.rejected ? 'critical' : 'warn',
        message: `${cv.name} of ${readersText(cv)} (${cv.origin}) is a placeholder that was never replaced; ${consequence}.`,
        fix: 'Generate a real secret (openssl rand -hex 32) and keep it in an untracked env file or a secret store.',
        related: readersRelated(cv),
      });
    }
  },
});
