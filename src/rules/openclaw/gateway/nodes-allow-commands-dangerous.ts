import { defineRule } from '../../types.js';
import { capList, at, exposureLabel, isRemotelyExposed, trimmed } from '../semantics.js';
import { DANGEROUS_NODE_COMMANDS } from './nodes-commands.js';

export default defineRule({
  id: 'gateway.nodes.allow_commands_dangerous',
  severity: 'warn',
  title: 'Dangerous node commands explicitly enabled',
  description: 'gateway.nodes.commands.allow enables camera/screen/contacts/calendar/SMS/health commands (critical when remotely exposed).',
  check(ctx, report) {
    const raw = at(ctx.config, 'gateway', 'nodes', 'commands', 'allow');
    if (!Array.isArray(raw) || raw.length === 0) return;
    const allow = new Set(raw.map((v) => trimmed(v) ?? '').filter(Boolean));
    const denyRaw = at(ctx.config, 'gateway', 'nodes', 'commands', 'deny');
    const deny = new Set((Array.isArray(denyRaw) ? denyRaw : []).map((v) => trimmed(v) ?? ''));
    const hits = DANGEROUS_NODE_COMMANDS.filter((c) => allow.has(c) && !deny.has(c));
    if (hits.length === 0) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ['gateway', 'nodes', 'commands', 'allow'],
      severity: exposed ? 'critical' : 'warn',
      message: `gateway.nodes.commands.allow enables ${capList(hits)} on paired devices; ${exposureLabel(ctx)}.`,
      detail: `gateway.nodes.commands.allow includes: ${hits.join(', ')}. These commands can trigger high-impact device actions or read sensitive data (desktop input/camera/screen/contacts/calendar/reminders/health/SMS/file).`,
      fix: `Remove ${hits.join(', ')} from gateway.nodes.commands.allow.`,
    });
  },
});
