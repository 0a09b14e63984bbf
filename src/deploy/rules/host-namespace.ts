import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.host_namespace',
  severity: 'warn',
  title: "Container shares the host's namespaces",
  description:
    '`network_mode: host`, `pid`/`ipc: host`, or Kubernetes hostNetwork/hostPID/hostIPC remove the container boundary for that namespace; every port the gateway opens is on the host.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const ns of w.hostNamespaces) {
        report({
          loc: ns.loc,
          severity: /PID|pid/.test(ns.value) ? 'critical' : 'warn',
          message: `${describe(w)} uses ${ns.value}: the container shares the host's ${/network|Network/.test(ns.value) ? 'network stack, so ' + (w.runsOpenclaw ? 'the gateway and its helper ports listen' : 'every port it opens listens') + ' on the host itself' : /PID|pid/.test(ns.value) ? 'process table and can inspect or signal host processes' : 'namespace'}.`,
          fix: 'Use the default bridge/pod network and publish only the ports you need on 127.0.0.1.',
        });
      }
    }
  },
});
