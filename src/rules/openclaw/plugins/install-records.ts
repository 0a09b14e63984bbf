/**
 * The config's plugins.installs records that 2026.2–2026.3's audit reads (collectPluginsTrustFindings:
 * `cfg.plugins.installs`, npm-sourced records only). From 2026.4.29 the audit reads the state dir's
 * installed-plugin index instead, which a linter cannot see.
 */
import type { ConfigContext } from '../../../openclaw/context.js';
import { isRec, rec, type Rec } from '../../../openclaw/values.js';
import type { RuleRelease } from '../../releases.js';

export interface InstallFacts {
  /** Whether the target's audit reads plugins.installs from the config. */
  fromConfig: boolean;
}

export const installRecordReleases = (what: string): readonly RuleRelease<InstallFacts>[] => [
  {
    from: '2026.2.26',
    note: `Reads plugins.installs from the config: warn when an npm-sourced record (source "npm") ${what}; one finding lists every such record.`,
    facts: { fromConfig: true },
  },
  {
    from: '2026.4.29',
    note: "Reads the state dir's installed-plugin index (loadInstalledPluginIndexInstallRecords) instead of the config: host state, so clawlint does not report it for 2026.4+ targets.",
    facts: { fromConfig: false },
  },
];

/** The npm-sourced plugins.installs records, in config order. */
export function npmInstallRecords(ctx: ConfigContext): [string, Rec][] {
  const installs = rec(ctx.config, 'plugins', 'installs');
  if (!installs) return [];
  return Object.entries(installs).filter((e): e is [string, Rec] => isRec(e[1]) && e[1].source === 'npm');
}

/** OpenClaw's isPinnedRegistrySpec: `name@x.y.z` (optionally v-prefixed, prerelease and build metadata). */
export function isPinnedRegistrySpec(spec: string): boolean {
  const value = spec.trim();
  const at = value.lastIndexOf('@');
  if (!value || at <= 0 || at >= value.length - 1) return false;
  return /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(value.slice(at + 1).trim());
}
