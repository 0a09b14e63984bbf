import path from 'node:path';
import type { Location } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { ParsedDeploymentFile, Platform, Workload } from '../model.js';
import { gatewayFlags } from '../util.js';

export function newWorkload(platform: Platform, name: string, file: SourceFile, loc: Location): Workload {
  return {
    platform,
    name,
    file,
    dir: path.dirname(file.absPath),
    loc,
    args: [],
    defaultCommand: true,
    env: [],
    exposures: [],
    mounts: [],
    hostNamespaces: [],
    capAdd: [],
    hardening: [],
    configMaps: new Map(),
    opaqueEnv: [],
    runsOpenclaw: false,
    isGateway: false,
  };
}

/**
 * Decide whether a workload runs OpenClaw and whether it runs the gateway.
 * The image's default command (`node openclaw.mjs gateway`) counts as a gateway run.
 */
export function classify(w: Workload, extraNames: readonly string[] = []): void {
  const flags = gatewayFlags(w.args);
  const imageIsOpenclaw = /openclaw/i.test(w.image?.value ?? '');
  w.runsOpenclaw =
    imageIsOpenclaw ||
    flags.mentionsOpenclaw ||
    (flags.gateway !== undefined && [w.name, ...extraNames].some((n) => /openclaw|clawd/i.test(n)));
  w.isGateway = w.runsOpenclaw && (flags.gateway !== undefined || (w.defaultCommand && imageIsOpenclaw));
}

export function emptyParsed(file: SourceFile, platform: Platform): ParsedDeploymentFile {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}
