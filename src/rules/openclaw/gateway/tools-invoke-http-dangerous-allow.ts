import { defineRule } from '../../types.js';
import { effectiveBind, isLoopbackBind, tailscaleMode } from '../../../openclaw/exposure.js';
import { DEFAULT_GATEWAY_HTTP_TOOL_DENY } from '../../../openclaw/tool-catalog.js';
import { at } from '../../../openclaw/values.js';
import { capList } from '../messages.js';

export default defineRule({
  id: 'gateway.tools_invoke_http.dangerous_allow',
  severity: 'warn',
  title: 'Gateway HTTP /tools/invoke re-enables dangerous tools',
  description:
    'gateway.tools.allow re-enables tools that POST /tools/invoke denies by default (critical off loopback or with Funnel).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const raw = at(ctx.config, 'gateway', 'tools', 'allow');
    if (!Array.isArray(raw)) return;
    const allow = new Set(raw.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : '')).filter(Boolean));
    const reenabled = DEFAULT_GATEWAY_HTTP_TOOL_DENY.filter((t) => allow.has(t));
    if (reenabled.length === 0) return;
    const extraRisk = !isLoopbackBind(ctx) || tailscaleMode(ctx) === 'funnel';
    const where = !isLoopbackBind(ctx)
      ? ` and the gateway is bound to "${effectiveBind(ctx)}"`
      : tailscaleMode(ctx) === 'funnel'
        ? ' and the gateway is on Tailscale Funnel'
        : '';
    report({
      path: ['gateway', 'tools', 'allow'],
      severity: extraRisk ? 'critical' : 'warn',
      message: `gateway.tools.allow re-enables ${capList(reenabled)} over HTTP POST /tools/invoke${where}; any holder of the gateway credential can run them remotely.`,
      detail: `gateway.tools.allow includes ${reenabled.join(', ')} which removes them from the default HTTP deny list. This can allow remote session spawning / control-plane actions via HTTP and increases RCE blast radius if the gateway is reachable.`,
      fix: `Remove ${reenabled.join(', ')} from gateway.tools.allow.`,
    });
  },
});
