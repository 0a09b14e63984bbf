import type { ConfigPath } from '../../../core/finding.js';
import { defineRule } from '../../types.js';
import { agentKeyLabel, listAgents } from '../../../openclaw/agents.js';
import { DANGEROUS_SANDBOX_DOCKER_KEYS } from '../../../openclaw/sandbox.js';
import { arr, at, isRec, rec } from '../../../openclaw/values.js';

interface Flag {
  /** OpenClaw's `<dotted.path>=<value>` (CLI detail). */
  label: string;
  /** The same, spelled as the file spells the path (messages); defaults to `label`. */
  where?: string;
  path: ConfigPath;
  fix: string;
}

/** Plugin-manifest `configContracts.dangerousFlags` of bundled plugins (2026.9.6: imap only). */
const PLUGIN_DANGEROUS_FLAGS: Record<string, { path: string; equals: unknown }[]> = {
  imap: [
    { path: 'accounts.*.senderAuth.acceptTrustedAuthservId', equals: true },
    { path: 'accounts.*.senderAuth.min', equals: 'unverified' },
    { path: 'accounts.*.senderAuth.min', equals: 'mutable' },
  ],
};

function matchContract(root: unknown, pattern: string): { segs: (string | number)[]; value: unknown }[] {
  let states: { segs: (string | number)[]; value: unknown }[] = [{ segs: [], value: root }];
  for (const seg of pattern.split('.')) {
    const next: typeof states = [];
    for (const s of states) {
      if (seg === '*') {
        if (Array.isArray(s.value)) s.value.forEach((v, i) => next.push({ segs: [...s.segs, i], value: v }));
        else if (isRec(s.value))
          for (const [k, v] of Object.entries(s.value)) next.push({ segs: [...s.segs, k], value: v });
      } else if (isRec(s.value) && Object.prototype.hasOwnProperty.call(s.value, seg)) {
        next.push({ segs: [...s.segs, seg], value: s.value[seg] });
      }
    }
    states = next;
  }
  return states;
}

/** Every enabled dangerous flag, in the CLI's order, with its rendered label. */
export function collectDangerousFlags(cfg: Record<string, unknown>, opts: { legacyControlUi?: boolean } = {}): Flag[] {
  return [
    ...controlUiAndHookFlags(cfg, opts.legacyControlUi ?? true),
    ...toolBrowserAndAuditFlags(cfg),
    ...sandboxDockerFlags(cfg),
    ...pluginContractFlags(cfg),
  ];
}

/** The Control UI's break-glass keys (two only up to 2026.7), then the hooks' unsafe external content. */
function controlUiAndHookFlags(cfg: Record<string, unknown>, legacyControlUi: boolean): Flag[] {
  const out: Flag[] = [];
  // A key of OpenClaw up to 2026.7 (those releases list it first); 2026.8+ rejects it as unknown.
  if (legacyControlUi && at(cfg, 'gateway', 'controlUi', 'allowInsecureAuth') === true)
    out.push({
      label: 'gateway.controlUi.allowInsecureAuth=true',
      path: ['gateway', 'controlUi', 'allowInsecureAuth'],
      fix: 'Remove gateway.controlUi.allowInsecureAuth (OpenClaw up to 2026.7 honours it) and use HTTPS or 127.0.0.1 for the Control UI.',
    });
  if (at(cfg, 'gateway', 'controlUi', 'dangerouslyAllowHostHeaderOriginFallback') === true)
    out.push({
      label: 'gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true',
      path: ['gateway', 'controlUi', 'dangerouslyAllowHostHeaderOriginFallback'],
      fix: 'Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback: false and list gateway.controlUi.allowedOrigins.',
    });
  // Like allowInsecureAuth: a key up to 2026.7, whose audits list it right after the host-header fallback.
  if (legacyControlUi && at(cfg, 'gateway', 'controlUi', 'dangerouslyDisableDeviceAuth') === true)
    out.push({
      label: 'gateway.controlUi.dangerouslyDisableDeviceAuth=true',
      path: ['gateway', 'controlUi', 'dangerouslyDisableDeviceAuth'],
      fix: 'Remove gateway.controlUi.dangerouslyDisableDeviceAuth (OpenClaw up to 2026.7 honours it) so Control UI clients pair their devices.',
    });
  if (at(cfg, 'hooks', 'gmail', 'allowUnsafeExternalContent') === true)
    out.push({
      label: 'hooks.gmail.allowUnsafeExternalContent=true',
      path: ['hooks', 'gmail', 'allowUnsafeExternalContent'],
      fix: 'Set hooks.gmail.allowUnsafeExternalContent: false.',
    });
  (arr(cfg, 'hooks', 'mappings') ?? []).forEach((m, i) => {
    if (isRec(m) && m.allowUnsafeExternalContent === true)
      out.push({
        label: `hooks.mappings[${i}].allowUnsafeExternalContent=true`,
        path: ['hooks', 'mappings', i, 'allowUnsafeExternalContent'],
        fix: `Set hooks.mappings[${i}].allowUnsafeExternalContent: false.`,
      });
  });
  return out;
}

/** apply_patch and fs outside the workspace, audit suppressions, session keys from requests, the browser's private network. */
function toolBrowserAndAuditFlags(cfg: Record<string, unknown>): Flag[] {
  const out: Flag[] = [];
  if (at(cfg, 'tools', 'exec', 'applyPatch', 'workspaceOnly') === false)
    out.push({
      label: 'tools.exec.applyPatch.workspaceOnly=false',
      path: ['tools', 'exec', 'applyPatch', 'workspaceOnly'],
      fix: 'Set tools.exec.applyPatch.workspaceOnly: true (default).',
    });
  const sup = arr(cfg, 'security', 'audit', 'suppressions');
  if (sup && sup.length > 0)
    out.push({
      label: `security.audit.suppressions configured (${sup.length})`,
      path: ['security', 'audit', 'suppressions'],
      fix: 'Remove security.audit.suppressions entries whose accepted risk no longer applies.',
    });
  if (at(cfg, 'hooks', 'allowRequestSessionKey') === true)
    out.push({
      label: 'hooks.allowRequestSessionKey=true',
      path: ['hooks', 'allowRequestSessionKey'],
      fix: 'Set hooks.allowRequestSessionKey: false.',
    });
  if (at(cfg, 'browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork') === true)
    out.push({
      label: 'browser.ssrfPolicy.dangerouslyAllowPrivateNetwork=true',
      path: ['browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork'],
      fix: 'Set browser.ssrfPolicy.dangerouslyAllowPrivateNetwork: false.',
    });
  // The pre-2026.4 spelling of the same switch (`openclaw doctor` migrates it).
  else if (
    at(cfg, 'browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork') === undefined &&
    at(cfg, 'browser', 'ssrfPolicy', 'allowPrivateNetwork') === true
  )
    out.push({
      label: 'browser.ssrfPolicy.dangerouslyAllowPrivateNetwork=true',
      where: 'browser.ssrfPolicy.allowPrivateNetwork=true (legacy)',
      path: ['browser', 'ssrfPolicy', 'allowPrivateNetwork'],
      fix: 'Remove browser.ssrfPolicy.allowPrivateNetwork (legacy spelling of dangerouslyAllowPrivateNetwork).',
    });
  if (at(cfg, 'tools', 'fs', 'workspaceOnly') === false)
    out.push({
      label: 'tools.fs.workspaceOnly=false',
      path: ['tools', 'fs', 'workspaceOnly'],
      fix: 'Set tools.fs.workspaceOnly: true.',
    });
  return out;
}

/** The sandbox's dangerous Docker keys, in the defaults and in each agent. */
function sandboxDockerFlags(cfg: Record<string, unknown>): Flag[] {
  const out: Flag[] = [];
  const docker = (d: Record<string, unknown> | undefined, prefix: string, base: ConfigPath, where = prefix): void => {
    if (!d) return;
    for (const k of DANGEROUS_SANDBOX_DOCKER_KEYS)
      if (d[k] === true)
        out.push({
          label: `${prefix}.${k}=true`,
          where: `${where}.${k}=true`,
          path: [...base, k],
          fix: `Remove ${where}.${k} (default false).`,
        });
  };
  docker(rec(cfg, 'agents', 'defaults', 'sandbox', 'docker'), 'agents.defaults.sandbox.docker', [
    'agents',
    'defaults',
    'sandbox',
    'docker',
  ]);
  for (const a of listAgents(cfg))
    docker(
      rec(a.entry, 'sandbox', 'docker'),
      `agents.entries.${a.id}.sandbox.docker`,
      [...a.path, 'sandbox', 'docker'],
      agentKeyLabel(a, 'sandbox.docker'),
    );
  return out;
}

/** What bundled plugins declare dangerous in their manifests' configContracts (each label once). */
function pluginContractFlags(cfg: Record<string, unknown>): Flag[] {
  const out: Flag[] = [];
  const entries = rec(cfg, 'plugins', 'entries');
  if (entries) {
    const seen = new Set<string>();
    for (const [pluginId, contracts] of Object.entries(PLUGIN_DANGEROUS_FLAGS)) {
      const pc = rec(entries, pluginId, 'config');
      if (!pc) continue;
      for (const flag of contracts) {
        for (const m of matchContract(pc, flag.path)) {
          if (!Object.is(m.value, flag.equals)) continue;
          const label = `plugins.entries.${pluginId}.config.${m.segs.join('.')}=${String(flag.equals)}`;
          if (seen.has(label)) continue;
          seen.add(label);
          out.push({
            label,
            path: ['plugins', 'entries', pluginId, 'config', ...m.segs],
            fix: `Remove plugins.entries.${pluginId}.config.${m.segs.join('.')} or set a strict value.`,
          });
        }
      }
    }
  }
  return out;
}

interface Facts {
  /** Whether the retired Control UI keys (allowInsecureAuth, dangerouslyDisableDeviceAuth) are listed. */
  legacyControlUi: boolean;
  /** One finding per flag (2026.5+) or one finding listing them all (2026.2–2026.4). */
  perFlag: boolean;
}

export default defineRule<Facts>({
  id: 'config.insecure_or_dangerous_flags',
  severity: 'warn',
  title: 'Insecure or dangerous config flag enabled',
  description: 'A break-glass or insecure flag is enabled (one finding per flag, including plugin-declared flags).',
  releases: [
    {
      from: '2026.2.26',
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check): one finding listing every enabled flag ("Detected N enabled flag(s): …"). Up to 2026.7 it also lists gateway.controlUi.allowInsecureAuth and dangerouslyDisableDeviceAuth.',
      facts: { legacyControlUi: true, perFlag: false },
    },
    {
      from: '2026.5.28',
      note: 'One finding per enabled flag ("Detected enabled flag: …").',
      facts: { legacyControlUi: true, perFlag: true },
    },
    {
      from: '2026.8.2',
      note: 'From 2026.8 the two retired Control UI keys (allowInsecureAuth, dangerouslyDisableDeviceAuth) are no longer listed (the schema rejects them).',
      facts: { legacyControlUi: false, perFlag: true },
    },
  ],
  check(ctx, report, facts) {
    const flags = collectDangerousFlags(ctx.config, { legacyControlUi: facts?.legacyControlUi !== false });
    const first = flags[0];
    if (facts && !facts.perFlag && first) {
      const labels = flags.map((f) => f.label).join(', ');
      report({
        path: first.path,
        message: `Dangerous flags enabled: ${flags.map((f) => f.where ?? f.label).join(', ')}; each weakens a default security boundary.`,
        detail: `Detected ${flags.length} enabled flag(s): ${labels}.`,
        fix: flags.map((f) => f.fix).join(' '),
      });
      return;
    }
    for (const f of flags) {
      report({
        path: f.path,
        message: `Dangerous flag enabled: ${f.where ?? f.label}; it weakens a default security boundary.`,
        detail: `Detected enabled flag: ${f.label}.`,
        fix: f.fix,
      });
    }
  },
});
