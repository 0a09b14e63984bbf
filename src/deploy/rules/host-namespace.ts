import type { Located, Workload } from '../model.js';
import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.host_namespace',
  severity: 'warn',
  title: "Container shares the host's namespaces",
  description:
    '`network_mode: host`, `pid`/`ipc: host`, or Kubernetes hostNetwork/hostPID/hostIPC remove the container boundary for that namespace; every port the gateway opens is on the host. A pod-level setting is one finding for the pod, naming its containers.',
  check(ctx, report) {
    const byLoc = new Map<string, { ns: Located<string>; ws: Workload[] }>();
    for (const w of ctx.workloads)
      for (const ns of w.hostNamespaces) {
        const k = `${ns.loc.file}:${ns.loc.startLine}:${ns.loc.startColumn}:${ns.value}`;
        const g = byLoc.get(k) ?? { ns, ws: [] };
        g.ws.push(w);
        byLoc.set(k, g);
      }
    for (const { ns, ws } of byLoc.values()) {
      const main = ws.find((w) => w.isGateway) ?? ws.find((w) => w.runsOpenclaw) ?? ws[0]!;
      const others = ws.filter((w) => w !== main).map((w) => w.name.replace(/^.* container /, ''));
      const agent = ws.some((w) => w.runsOpenclaw);
      report({
        loc: ns.loc,
        severity: /PID|pid/.test(ns.value) ? 'critical' : 'warn',
        message: `${describe(main)}${others.length ? ` (and ${others.join(', ')} in the same pod)` : ''} uses ${ns.value}: the container shares the host's ${/network|Network/.test(ns.value) ? 'network stack, so ' + (agent ? 'the gateway and its helper ports listen' : 'every port it opens listens') + ' on the host itself' : /PID|pid/.test(ns.value) ? 'process table and can inspect or signal host processes' : 'namespace'}.`,
        fix: 'Use the default bridge/pod network and publish only the ports you need on 127.0.0.1.',
      });
    }
  },
});
