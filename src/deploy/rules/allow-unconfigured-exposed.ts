import path from 'node:path';
import type { RelatedLocation, Workload } from '../model.js';
import { imageKind } from '../identity.js';
import { reachableBeyondHost } from './committed.js';
import { defineDeployRule, describe, type DeployContext } from './types.js';

/**
 * A Dockerfile whose image another deployment file in the tree runs (a compose service that builds
 * it, a gateway manifest beside it: compose, fly.toml, render.yaml, or a gateway manifest anywhere in
 * the tree that runs a non-official image, which is the image the repository builds and pushes —
 * a Helm chart or Kubernetes manifest names it by its registry tag): that file decides exposure.
 */
function runElsewhere(ctx: DeployContext, df: Workload): boolean {
  const dir = path.dirname(df.file.absPath);
  return ctx.workloads.some(
    (w) =>
      w.platform !== 'dockerfile' &&
      (w.buildDockerfile === df.file.absPath ||
        (w.isGateway && (w.dir === dir || (!!w.image && imageKind(w.image.value) !== 'official')))),
  );
}

export default defineDeployRule({
  id: 'deploy.allow_unconfigured_exposed',
  severity: 'warn',
  title: '--allow-unconfigured on a non-loopback bind',
  description:
    '`gateway --allow-unconfigured` starts the gateway without requiring gateway.mode=local in a config; combined with a non-loopback bind a fresh or missing config is served on the network. Reported where nothing else in the tree shows how the gateway is reached (an image run by `docker run`, Railway, Azure…); when a manifest publishes the port, deploy.gateway_exposed reports the exposure once, with this flag as a related location. Critical when the effective gateway has no auth.',
  check(ctx, report) {
    for (const run of ctx.runs) {
      const flag = run.flags.allowUnconfigured;
      // A bind nobody wrote is the release's container default (OpenClaw's own image runs so), and a
      // release that defaults to "auto" refuses to start on it without a token: not this flag's risk.
      if (!flag || run.bind === 'loopback' || run.bindDefaulted) continue;
      const w = run.workload;
      // Exposure visible: gateway_exposed carries it. Manifest visible and nothing published: nobody reaches it.
      if (reachableBeyondHost(run) || w.platform !== 'dockerfile' || runElsewhere(ctx, w)) continue;
      const related: RelatedLocation[] = [];
      if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
      if (run.auth.related) related.push(run.auth.related);
      report({
        loc: flag,
        severity: run.auth.state === 'none' ? 'critical' : 'warn',
        message: `${describe(w)} starts the gateway with --allow-unconfigured on bind "${run.bind}": it starts even when ${run.config ? `${run.config.rel} is missing at run time or lacks gateway.mode` : 'no config exists'}, and it has ${run.auth.detail}. Nothing in the repository shows how the image is published, so assume whoever runs it exposes the port.`,
        fix: 'Drop --allow-unconfigured once the config exists (gateway.mode: "local"), or keep the bind on loopback.',
        related,
      });
    }
  },
});
