import type { RelatedLocation } from '../model.js';
import { configLocation } from '../resolve.js';
import { defineDeployRule, describe } from './types.js';

const SOCKET = /(?:^|\/)(?:docker|podman|containerd|crio|cri-dockerd)\.sock$/;

export default defineDeployRule({
  id: 'deploy.docker_socket',
  severity: 'critical',
  title: 'Host container-runtime socket mounted',
  description:
    'The host Docker (or podman/containerd) socket is mounted into a container: whoever controls the container controls the host as root. Lowered to warn for the gateway when the effective config uses the Docker sandbox backend, which needs it.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const m of w.mounts) {
        if (!(m.source && SOCKET.test(m.source)) && !SOCKET.test(m.target)) continue;
        const run = ctx.run(w);
        const sandbox = run?.config?.value ? sandboxMode(run.config.value) : undefined;
        const needed =
          run !== undefined &&
          ((sandbox !== undefined && sandbox !== 'off') || run.env.get('OPENCLAW_SANDBOX') === '1');
        const related: RelatedLocation[] = [];
        if (needed && run?.config) {
          const r = configLocation(
            run.config,
            ['agents', 'defaults', 'sandbox', 'mode'],
            `${run.config.rel} enables the sandbox`,
          );
          if (r) related.push(r);
        }
        report({
          loc: m.loc,
          severity: needed ? 'warn' : 'critical',
          message: needed
            ? `${describe(w)} mounts the host container socket for the Docker sandbox backend; this is root on the host for anyone who compromises the gateway, so keep the gateway private and never pass the socket on to sandbox containers.`
            : `${describe(w)} mounts the host container socket (${m.target}); anyone who controls this container is root on the host.`,
          fix: 'Remove the socket mount; if the Docker sandbox is required, use a rootless Docker or a socket proxy that allows only the calls OpenClaw needs.',
          related,
        });
      }
    }
  },
});

function sandboxMode(cfg: Record<string, unknown>): string | undefined {
  const agents = cfg.agents as Record<string, unknown> | undefined;
  const defaults = agents?.defaults as Record<string, unknown> | undefined;
  const sandbox = defaults?.sandbox as Record<string, unknown> | undefined;
  return typeof sandbox?.mode === 'string' ? sandbox.mode : undefined;
}
