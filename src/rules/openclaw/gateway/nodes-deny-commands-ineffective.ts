import { defineRule } from '../../types.js';
import { trimmed } from '../../../openclaw/values.js';
import { capList } from '../messages.js';
import { nodeCommandList } from './nodes-legacy.js';
import { DANGEROUS_NODE_COMMANDS, DEFAULT_NODE_COMMANDS } from './nodes-commands.js';

function looksLikePattern(v: string): boolean {
  if (/[?*[\]{}(),|]/.test(v)) return true;
  if (v.startsWith('/') || v.endsWith('/') || v.startsWith('^') || v.endsWith('$')) return true;
  return /\s/.test(v) || v.includes('group:');
}

/** The node command names the release's audit knows (listKnownNodeCommands without the allow list). */
interface Facts {
  known: readonly string[];
}

/** Each release's known names as a change to the previous release's (read from each release's listKnownNodeCommands). */
const KNOWN_2026_2 = [
  'browser.proxy',
  'calendar.events',
  'camera.list',
  'canvas.a2ui.push',
  'canvas.a2ui.pushJSONL',
  'canvas.a2ui.reset',
  'canvas.eval',
  'canvas.hide',
  'canvas.navigate',
  'canvas.present',
  'canvas.snapshot',
  'contacts.search',
  'device.info',
  'device.status',
  'location.get',
  'motion.activity',
  'motion.pedometer',
  'notifications.list',
  'photos.latest',
  'reminders.list',
  'system.notify',
  'system.run',
  'system.run.prepare',
  'system.which',
];
const CANVAS = KNOWN_2026_2.filter((c) => c.startsWith('canvas.'));
const evolve = (prev: readonly string[], add: readonly string[], remove: readonly string[] = []) => [
  ...prev.filter((c) => !remove.includes(c)),
  ...add,
];
const KNOWN_2026_3 = evolve(KNOWN_2026_2, [
  'callLog.search',
  'device.health',
  'device.permissions',
  'notifications.actions',
]);
const KNOWN_2026_4 = evolve(KNOWN_2026_3, [
  'calendar.add',
  'camera.clip',
  'camera.snap',
  'contacts.add',
  'reminders.add',
  'screen.record',
  'screen.snapshot',
  'sms.search',
  'sms.send',
]);
const KNOWN_2026_5 = evolve(
  KNOWN_2026_4,
  ['talk.ptt.cancel', 'talk.ptt.once', 'talk.ptt.start', 'talk.ptt.stop'],
  CANVAS,
);
const KNOWN_2026_6 = evolve(KNOWN_2026_5, ['device.apps']);
const KNOWN_2026_8 = evolve(KNOWN_2026_6, [
  'browser.proxy.upload.v1',
  'camera.ptz.control',
  'camera.ptz.status',
  'computer.act',
  'desktop.stream',
  'health.summary',
  'mobile.ui.act',
  'mobile.ui.observe',
  'watch.notify',
  'watch.status',
]);

export default defineRule<Facts>({
  id: 'gateway.nodes.deny_commands_ineffective',
  severity: 'warn',
  title: 'Some gateway.nodes.commands.deny entries are ineffective',
  description:
    'gateway.nodes.commands.deny (or the legacy gateway.nodes.denyCommands) holds patterns or unknown names, which exact matching never hits.',
  releases: [
    {
      from: '2026.2.26',
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check). Known names: the platform defaults of 2026.2.26 (with the canvas.* commands) plus gateway.nodes.allowCommands; the dangerous commands (camera.snap, sms.send, \u2026) are not known, so denying them is reported as an unknown name.',
      facts: { known: KNOWN_2026_2 },
    },
    {
      from: '2026.3.31',
      note: 'The platform defaults of 2026.3.31 (callLog.search, device.* added); dangerous commands still unknown.',
      facts: { known: KNOWN_2026_3 },
    },
    {
      from: '2026.4.29',
      note: 'The default dangerous commands count as known; screen.snapshot and notifications.actions join the defaults.',
      facts: { known: KNOWN_2026_4 },
    },
    {
      from: '2026.5.28',
      note: 'The canvas.* commands leave the defaults; the talk commands join.',
      facts: { known: KNOWN_2026_5 },
    },
    {
      from: '2026.6.11',
      note: 'device.apps joins the defaults.',
      facts: { known: KNOWN_2026_6 },
    },
    {
      from: '2026.8.2',
      note: 'The 2026.8.2 defaults (camera.ptz.*, health.summary, mobile.ui.*, watch.*, desktop.stream, browser.proxy.upload.v1); the key is gateway.nodes.commands.deny.',
      facts: { known: KNOWN_2026_8 },
    },
    {
      from: '2026.9.6',
      note: 'The 2026.9.6 defaults (system.execApprovals.*, fs.listDir, terminal.upload, mcp.tools.call.v1, agent.cli.claude.run.v1, computer.act).',
      facts: { known: [...DEFAULT_NODE_COMMANDS, ...DANGEROUS_NODE_COMMANDS] },
    },
  ],
  check(ctx, report, facts) {
    const d = nodeCommandList(ctx.config, 'deny');
    const deny = d?.names ?? [];
    if (!d || deny.length === 0) return;
    const known = new Set([
      ...(facts?.known ?? [...DEFAULT_NODE_COMMANDS, ...DANGEROUS_NODE_COMMANDS]),
      ...(nodeCommandList(ctx.config, 'allow')?.names ?? []),
    ]);
    const patterns = deny.filter(looksLikePattern);
    const unknown = deny.filter((d) => !looksLikePattern(d) && !known.has(d));
    if (patterns.length === 0 && unknown.length === 0) return;
    const parts: string[] = [];
    if (patterns.length)
      parts.push(
        `pattern-like entries ${capList(patterns.map((p) => JSON.stringify(p)))} (only exact command names match)`,
      );
    if (unknown.length) parts.push(`unknown command names ${capList(unknown.map((p) => JSON.stringify(p)))}`);
    const detailParts: string[] = [];
    if (patterns.length)
      detailParts.push(`Pattern-like entries (not supported by exact matching): ${patterns.join(', ')}`);
    if (unknown.length)
      detailParts.push(`Unknown command names (not in defaults/gateway.nodes.commands.allow): ${unknown.join(', ')}`);
    const first = d.list.findIndex((v) => {
      const t = trimmed(v);
      return !!t && (looksLikePattern(t) || !known.has(t));
    });
    report({
      path: first >= 0 ? [...d.path, first] : d.path,
      message: `${d.label} has ${parts.join(' and ')}; these entries block nothing.`,
      detail:
        `${d.label} uses` +
        ' exact node command-name matching only (for example `system.run`), not shell-text filtering inside a command payload.\n' +
        detailParts.map((p) => `- ${p}`).join('\n'),
      fix: `List exact node command names in ${d.label} (e.g. "system.run", "camera.snap").`,
    });
  },
});
