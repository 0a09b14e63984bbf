import type { ExposureKind } from '../model.js';
import { sidecarService } from '../sidecar-services.js';
import { defineDeployRule, describe } from './types.js';

/** Exposures that put a port on every interface of the host or node (or beyond the cluster). */
const REACHABLE: ReadonlySet<ExposureKind> = new Set([
  'published-port',
  'host-port',
  'host-network',
  'service-loadbalancer',
  'service-nodeport',
]);

export default defineDeployRule({
  id: 'deploy.sidecar_published_all_interfaces',
  severity: 'warn',
  title: 'Unauthenticated sidecar reachable on all interfaces',
  description:
    'A service that runs beside the OpenClaw gateway and has no auth unless the deployment turns it on (Ollama, browserless or another Chrome DevTools endpoint, Redis without a password, Qdrant or Chroma without an API key) is published on all host interfaces (or hostNetwork/hostPort, a LoadBalancer/NodePort Service). The gateway reaches it over the container network; publishing it lets anyone on the network use it directly.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      const service = sidecarService(w);
      if (!service) continue;
      const env = new Map(w.env.map((e) => [e.name, e.value] as const));
      if (service.authenticated(w, env)) continue;
      const port = service.port(env);
      for (const e of w.exposures) {
        if (!REACHABLE.has(e.kind) || e.authInFront) continue;
        if (e.ports && (port < e.ports[0] || port > e.ports[1])) continue;
        report({
          loc: e.loc,
          message: `${describe(w)} runs ${service.what}, which has no auth here, and its port ${port} is ${e.what}: anyone who reaches it can ${service.power}, without going through the OpenClaw gateway.`,
          fix:
            e.kind === 'published-port'
              ? `Drop the ports entry (the gateway reaches the service by its service name on the compose network) or publish on loopback only ("127.0.0.1:${port}:${port}"); turn on the service's own auth if it must be reachable.`
              : "Keep the service on the cluster network (ClusterIP, no hostPort/hostNetwork) and turn on the service's own auth if it must be reachable.",
        });
      }
    }
  },
});
