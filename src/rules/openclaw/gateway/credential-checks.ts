/** Shared body of the four gateway credential placeholder / length rules. */
import type { Report } from '../../types.js';
import type { ConfigContext } from '../../../openclaw/context.js';
import { isPlaceholderSecret, judgedByDeployment, selectedCredential } from '../../../openclaw/gateway-auth.js';

export function checkPlaceholder(kind: 'token' | 'password', ctx: ConfigContext, report: (r: Report) => void): void {
  const sel = selectedCredential(ctx, kind);
  if (!sel || !isPlaceholderSecret(sel.value) || judgedByDeployment(ctx, sel, kind)) return;
  const shown =
    typeof sel.value === 'string' && sel.value.trim() === '' ? 'blank' : 'a known placeholder word (not a secret)';
  report({
    path: sel.source.startsWith('gateway.') ? sel.source.split('.') : ['gateway', 'auth'],
    message: `The selected gateway ${kind} (${sel.source}) is ${shown}; the gateway refuses to start with it and it protects nothing.`,
    detail: `The selected Gateway ${kind} is a known non-secret value. Gateway startup rejects it.`,
    fix: `Set gateway.auth.${kind} to "\${OPENCLAW_GATEWAY_${kind.toUpperCase()}}" and generate a real secret (e.g. openssl rand -hex 32).`,
  });
}

export function checkTooShort(kind: 'token' | 'password', ctx: ConfigContext, report: (r: Report) => void): void {
  const sel = selectedCredential(ctx, kind);
  if (!sel || typeof sel.value !== 'string' || isPlaceholderSecret(sel.value)) return;
  if (judgedByDeployment(ctx, sel, kind)) return; // deploy.literal_secret / placeholder_token, where it is written
  const len = sel.value.trim().length;
  if (len === 0 || len >= 24) return;
  report({
    path: sel.source.startsWith('gateway.') ? sel.source.split('.') : ['gateway', 'auth'],
    message: `The gateway ${kind} from ${sel.source} is ${len} characters long (minimum 24); short secrets can be brute-forced.`,
    detail: `gateway auth ${kind} is ${len} chars; prefer a long random ${kind}.`,
    fix: `Use a random gateway ${kind} of at least 24 characters (e.g. openssl rand -hex 32) via gateway.auth.${kind}: "\${OPENCLAW_GATEWAY_${kind.toUpperCase()}}".`,
  });
}
