/** The contract of a `deploy.*` rule: metadata plus a check over the deployment model. */
import type { Severity } from '../../core/finding.js';
import type { DeployReport, ParsedDeploymentFile, Workload } from '../model.js';
import type { EffectiveRun } from '../resolve.js';

export interface DeployContext {
  /** Deployment files that belong to an OpenClaw deployment. */
  readonly files: readonly ParsedDeploymentFile[];
  /** Every workload of those files. */
  readonly workloads: readonly Workload[];
  /** The effective run of each gateway workload. */
  readonly runs: readonly EffectiveRun[];
  run(w: Workload): EffectiveRun | undefined;
}

export interface DeployRule {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  check(ctx: DeployContext, report: (r: DeployReport) => void): void;
}

export function defineDeployRule(rule: DeployRule): DeployRule {
  return rule;
}

/** "compose service openclaw-gateway (docker-compose.yml)" */
export function describe(w: Workload): string {
  const kind = {
    compose: 'compose service',
    kubernetes: '',
    dockerfile: 'Dockerfile',
    systemd: 'systemd unit',
    fly: 'fly app',
    render: 'render',
    kamal: 'Kamal service',
  }[w.platform];
  return `${kind ? `${kind} ` : ''}${w.platform === 'dockerfile' ? '' : w.name}`.trim();
}
