import { defineRule } from '../../types.js';
import { capList, exposureLabel, isRemotelyExposed } from '../semantics.js';
import { nodeCommandList } from './nodes-legacy.js';
import { DANGEROUS_NODE_COMMANDS } from './nodes-commands.js';

export default defineRule({
  id: 'gateway.nodes.allow_commands_dangerous',
  severity: 'warn',
  title: 'Dangerous node commands explicitly enabled',
  description:
    'gateway.nodes.commands.allow (or the legacy gateway.nodes.allowCommands) enables camera/screen/contacts/calendar/SMS/health commands (critical when remotely exposed).',
  check(ctx, report) {
    const a = nodeCommandList(ctx.config, 'allow');
    if (!a || a.list.length === 0) return;
    const allow = new Set(a.names);
    const deny = new Set(nodeCommandList(ctx.config, 'deny')?.names ?? []);
    const hits = DANGEROUS_NODE_COMMANDS.filter((c) => allow.has(c) && !deny.has(c));
    if (hits.length === 0) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: a.path,
      severity: exposed ? 'critical' : 'warn',
      message: `${a.label} enables ${capList(hits)} on paired devices; ${exposureLabel(ctx)}.`,
      detail: `${a.label} includes: ${hits.join(', ')}. These commands can trigger high-impact device actions or read sensitive data (desktop input/camera/screen/contacts/calendar/reminders/health/SMS/file).`,
      fix: `Remove ${hits.join(', ')} from ${a.label}.`,
    });
  },
});
