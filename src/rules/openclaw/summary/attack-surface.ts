import { defineRule } from '../../types.js';
import { arr, at, isRec, rec } from '../../../openclaw/values.js';

/**
 * Always emitted by the CLI. Informational inventory; reporters may hide it
 * from text output (it carries no problem to fix).
 */
export default defineRule({
  id: 'summary.attack_surface',
  severity: 'info',
  optIn: true,
  title: 'Attack surface summary',
  description:
    'Inventory of open groups, elevated tools, webhooks, internal hooks and browser control (always emitted, like the CLI).',
  check(ctx, report) {
    const cfg = ctx.config;
    let open = 0;
    let allowlist = 0;
    const channels = rec(cfg, 'channels');
    if (channels)
      for (const v of Object.values(channels)) {
        if (!isRec(v)) continue;
        if (v.groupPolicy === 'open') open++;
        else if (v.groupPolicy === 'allowlist') allowlist++;
      }
    const elevated = at(cfg, 'tools', 'elevated', 'enabled') !== false;
    const webhooks = at(cfg, 'hooks', 'enabled') === true;
    const internal =
      at(cfg, 'hooks', 'internal', 'enabled') === true ||
      (rec(cfg, 'hooks', 'internal', 'entries') !== undefined && at(cfg, 'hooks', 'internal', 'enabled') !== false);
    const deny = (arr(cfg, 'plugins', 'deny') ?? []).map((v) => String(v).toLowerCase());
    const browser =
      at(cfg, 'browser', 'enabled') !== false &&
      at(cfg, 'plugins', 'entries', 'browser', 'enabled') !== false &&
      !deny.includes('browser');
    const summary = `groups: open=${open}, allowlist=${allowlist}; tools.elevated: ${elevated ? 'enabled' : 'disabled'}; hooks.webhooks: ${webhooks ? 'enabled' : 'disabled'}; hooks.internal: ${internal ? 'enabled' : 'disabled'}; browser control: ${browser ? 'enabled' : 'disabled'}`;
    report({
      path: [],
      message: `Attack surface: ${summary}. Trust model: one trusted operator per gateway.`,
      detail: summary.replace(/; /g, '\n'),
    });
  },
});
