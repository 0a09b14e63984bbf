import path from 'node:path';
import type { Location } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { ParsedDeploymentFile, Platform, Workload } from '../model.js';
export { classify } from '../identity.js';

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

export function emptyParsed(file: SourceFile, platform: Platform): ParsedDeploymentFile {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}
