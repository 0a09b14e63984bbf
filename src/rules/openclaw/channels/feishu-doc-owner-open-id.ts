import { defineRule } from '../../types.js';
import type { ConfigContext } from '../../../openclaw/context.js';
import { coerceSecretRef, resolveRefLocally } from '../../../openclaw/secret-ref.js';
import { isRec, rec, trimmed, type Rec } from '../../../openclaw/values.js';

interface Facts {
  /** Whether that release has the check at all (2026.9.6's dist has none). */
  reported: boolean;
}

/**
 * OpenClaw's hasConfiguredSecretInput on the audit's resolved config: a non-empty string (an unset
 * `${VAR}` stays as its text and counts) or a SecretRef object that resolves; an unresolved
 * SecretRef object is gone from the resolved config (2026.3.31 differential fixture feishu).
 */
const configuredSecret = (ctx: ConfigContext, v: unknown) =>
  typeof v === 'string' ? trimmed(v) !== undefined : resolveRefLocally(ctx, coerceSecretRef(v)) !== undefined;
const docEnabled = (tools: Rec | undefined) => tools?.doc !== false;

export default defineRule<Facts>({
  id: 'channels.feishu.doc_owner_open_id',
  severity: 'warn',
  title: 'Feishu doc create can grant requester permissions',
  description:
    'A configured Feishu account (app id and an app secret that is set) keeps the "doc" tool on (the default): feishu_doc "create" can grant document access to the requesting Feishu user.',
  beyondCli: true,
  releases: [
    {
      from: '2026.3.31',
      note: 'In the core audit (isFeishuDocToolEnabled): warn when channels.feishu or one of its enabled accounts has an app id and an app secret (a string, an unset ${VAR} included, or a SecretRef that resolves) and tools.doc is not false.',
      facts: { reported: true },
    },
    {
      from: '2026.4.29',
      note: "Moved to the bundled Feishu plugin's security adapter (same trigger); from 2026.5.28 Feishu is no longer a bundled plugin in dist/extensions, and the check runs only where the Feishu plugin is installed.",
    },
    {
      from: '2026.9.6',
      note: 'Gone: no release of this line has the check in its dist, so clawlint does not report it for 2026.9 targets.',
      facts: { reported: false },
    },
  ],
  check(ctx, report, facts) {
    if (facts && !facts.reported) return;
    const feishu = rec(ctx.config, 'channels', 'feishu');
    if (!feishu || feishu.enabled === false) return;
    const baseTools = rec(feishu, 'tools');
    const baseAppId = trimmed(feishu.appId) !== undefined;
    const baseConfigured = baseAppId && configuredSecret(ctx, feishu.appSecret);
    const accounts = rec(feishu, 'accounts');
    let where: (string | number)[] | undefined;
    if (!accounts || Object.keys(accounts).length === 0) {
      if (docEnabled(baseTools) && baseConfigured) where = ['channels', 'feishu'];
    } else
      for (const [id, value] of Object.entries(accounts)) {
        const account = isRec(value) ? value : {};
        if (account.enabled === false) continue;
        if (!docEnabled(rec(account, 'tools') ?? baseTools)) continue;
        const appId = trimmed(account.appId) !== undefined || baseAppId;
        const secret = configuredSecret(ctx, account.appSecret) || configuredSecret(ctx, feishu.appSecret);
        if (appId && secret) {
          where = ['channels', 'feishu', 'accounts', id];
          break;
        }
      }
    if (!where) return;
    report({
      path: where,
      message: `${where.join('.')} can use the Feishu "doc" tool (tools.doc is not false): feishu_doc "create" can grant document access to whichever Feishu user asks, so a prompt-injected request hands out your documents.`,
      detail:
        'channels.feishu tools include "doc"; feishu_doc action "create" can grant document access to the trusted requesting Feishu user.',
      fix: 'Set channels.feishu.tools.doc to false when not needed, and restrict tool access for untrusted prompts.',
    });
  },
});
