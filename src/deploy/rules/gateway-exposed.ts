import type { DeployReport, RelatedLocation } from '../model.js';
import type { EffectiveRun } from '../resolve.js';
import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.gateway_exposed',
  severity: 'warn',
  title: 'Gateway port reachable beyond the host',
  description:
    'The deployment publishes the gateway port on all interfaces (compose ports, hostNetwork/hostPort, a LoadBalancer/NodePort Service, an Ingress without auth, a public platform service) while the effective gateway binds beyond loopback; critical when the effective gateway has no or weak auth.',
  check(ctx, report) {
    for (const run of ctx.runs) {
      if ((run.bind === 'loopback' || run.bindDefaulted) && run.bindHidden) {
        hiddenBind(run, report);
        continue;
      }
      if (run.bind === 'loopback') continue;
      const w = run.workload;
      for (const e of w.exposures) {
        if (e.ports && (run.port < e.ports[0] || run.port > e.ports[1])) continue;
        if (e.authInFront) continue;
        // Platform proxies and a host service are meant to be reachable: only weak or missing auth matters there.
        const quiet = e.kind === 'platform-public' || (w.platform === 'systemd' && e.kind === 'host-network');
        const front = e.kind === 'ingress' || e.kind === 'service-loadbalancer' || e.kind === 'service-nodeport';
        if (run.auth.state === 'ok' && quiet) continue;
        const severity =
          run.auth.state === 'none' || run.auth.state === 'weak'
            ? 'critical'
            : quiet || (front && run.auth.state === 'ok')
              ? 'info'
              : 'warn';
        const bindWhere = run.bindFromDeployment
          ? 'set by the deployment'
          : run.bindDefaulted && run.bind === 'auto'
            ? 'nothing sets it: inside a container the gateway defaults to "auto", which binds 0.0.0.0'
            : run.config
              ? `gateway.bind in ${run.config.rel}`
              : 'default';
        const cfg = run.config
          ? `Effective config: ${run.config.rel} (${run.config.origin})`
          : 'No openclaw.json reaches this deployment';
        const authText =
          run.auth.state === 'ok'
            ? front
              ? `It requires ${run.auth.detail}; keep TLS in front of it and gateway.controlUi.allowedOrigins explicit.`
              : `It requires ${run.auth.detail}; still, nothing outside the host needs to reach the port.`
            : run.auth.state === 'unknown'
              ? `It has ${run.auth.detail}.`
              : run.auth.state === 'weak'
                ? `It has ${run.auth.detail}, so anyone who reaches the port and knows or guesses it controls the gateway and its agents.`
                : `It has ${run.auth.detail}, so anyone who reaches the port controls the gateway and its agents.`;
        const related: RelatedLocation[] = [];
        if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
        if (run.flags.allowUnconfigured)
          related.push({
            ...run.flags.allowUnconfigured,
            message: 'started with --allow-unconfigured: it serves even without a config',
          });
        if (run.auth.related) related.push(run.auth.related);
        else if (run.config) {
          const c = run.config.embedded?.loc ?? {
            file: run.config.rel,
            startLine: 1,
            startColumn: 1,
            endLine: 1,
            endColumn: 1,
          };
          related.push({ ...c, file: run.config.rel, message: `effective config (${run.config.origin})` });
        }
        report({
          loc: e.loc,
          severity,
          message: `Gateway port ${run.port} of ${describe(w)} is ${e.what} and the gateway binds "${run.bind}" (${bindWhere}). ${cfg}. ${authText}`,
          fix:
            e.kind === 'published-port'
              ? `Publish on loopback only ("127.0.0.1:${run.port}:${run.port}") and reach it through SSH/Tailscale, and set OPENCLAW_GATEWAY_TOKEN from an env file or secret.`
              : 'Keep the gateway private (ClusterIP + port-forward, Tailscale, or an authenticating proxy) and set OPENCLAW_GATEWAY_TOKEN from a Secret.',
          related,
        });
      }
    }
  },
});

/** The port is published but the bind is decided where clawlint cannot read it: never assume loopback. */
function hiddenBind(run: EffectiveRun, report: (r: DeployReport) => void): void {
  const w = run.workload;
  const at = run.bindHidden!;
  for (const e of w.exposures) {
    if (e.ports && (run.port < e.ports[0] || run.port > e.ports[1])) continue;
    if (e.authInFront || (w.platform === 'systemd' && e.kind === 'host-network')) continue;
    const quiet = e.kind === 'platform-public';
    if (quiet && run.auth.state === 'ok') continue;
    report({
      loc: e.loc,
      severity: 'warn',
      message: `Gateway port ${run.port} of ${describe(w)} is ${e.what}, and the gateway's bind is decided ${run.bindHiddenBy ?? `by what runs at ${at.file}:${at.startLine}`}, which clawlint cannot evaluate; if it is not loopback, the gateway is reachable there. ${run.auth.state === 'none' ? 'No gateway token or password is visible either' : `It has ${run.auth.detail}`}.`,
      fix: `Publish on loopback only ("127.0.0.1:${run.port}:${run.port}") or pass --bind explicitly in the manifest, and set OPENCLAW_GATEWAY_TOKEN from an env file or secret.`,
      related: [{ ...at, message: 'the bind is decided here' }],
    });
  }
}
