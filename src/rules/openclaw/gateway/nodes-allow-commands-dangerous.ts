import { defineRule } from '../../types.js';
import { exposureLabel, isRemotelyExposed } from '../../../openclaw/exposure.js';
import { capList } from '../messages.js';
import { nodeCommandList } from './nodes-legacy.js';
import { DANGEROUS_NODE_COMMANDS } from './nodes-commands.js';

export default defineRule<{ dangerous: readonly string[] }>({
  id: 'gateway.nodes.allow_commands_dangerous',
  severity: 'warn',
  title: 'Dangerous node commands explicitly enabled',
  description:
    'gateway.nodes.commands.allow (or the legacy gateway.nodes.allowCommands) enables camera/screen/contacts/calendar/SMS/health commands (critical when remotely exposed).',
  releases: [
    {
      from: '2026.2.26',
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check); dangerous commands: camera.snap, camera.clip, screen.record, contacts.add, calendar.add, reminders.add, sms.send, sms.search.',
      facts: {
        dangerous: [
          'camera.snap',
          'camera.clip',
          'screen.record',
          'contacts.add',
          'calendar.add',
          'reminders.add',
          'sms.send',
          'sms.search',
        ],
      },
    },
    {
      from: '2026.8.2',
      note: 'camera.ptz.control, desktop.stream and health.summary join the dangerous commands.',
      facts: {
        dangerous: [
          'camera.snap',
          'camera.clip',
          'camera.ptz.control',
          'screen.record',
          'desktop.stream',
          'contacts.add',
          'calendar.add',
          'reminders.add',
          'sms.send',
          'sms.search',
          'health.summary',
        ],
      },
    },
    {
      from: '2026.9.6',
      note: 'desktop.stream leaves the dangerous commands.',
      facts: { dangerous: DANGEROUS_NODE_COMMANDS },
    },
  ],
  check(ctx, report, facts) {
    const a = nodeCommandList(ctx.config, 'allow');
    if (!a || a.list.length === 0) return;
    const allow = new Set(a.names);
    const deny = new Set(nodeCommandList(ctx.config, 'deny')?.names ?? []);
    const hits = (facts?.dangerous ?? DANGEROUS_NODE_COMMANDS).filter((c) => allow.has(c) && !deny.has(c));
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
