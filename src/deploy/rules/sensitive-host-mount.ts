import { defineDeployRule, describe } from './types.js';

const SOCKET = /(?:docker|podman|containerd|crio|cri-dockerd)\.sock$/;

/** [pattern, critical?, what] for host paths. */
const SENSITIVE: [RegExp, boolean, string][] = [
  [/^\/$/, true, 'the whole host filesystem'],
  [/^\/etc(?:\/|$)/, true, 'host system configuration'],
  [/^\/root(?:\/|$)/, true, "root's home directory"],
  [/^\/(?:proc|sys|dev|boot)(?:\/|$)/, true, 'host kernel/device interfaces'],
  [/^\/var\/lib\/(?:docker|containerd|kubelet)(?:\/|$)/, true, 'container runtime state'],
  [/^\/(?:var\/)?run(?:\/|$)/, false, 'host runtime sockets and state'],
  [/(?:^|\/)\.(?:ssh|aws|kube|gnupg|docker|config\/gcloud)(?:\/|$)/, true, 'credentials from a home directory'],
  [/^(?:~|\/home)\/?$|^\/home\/[^/]+\/?$|^~\/?$/, false, 'a whole home directory'],
];

export default defineDeployRule({
  id: 'deploy.sensitive_host_mount',
  severity: 'warn',
  title: 'Sensitive host path mounted',
  description:
    'A bind mount or hostPath exposes a sensitive host path (/, /etc, /root, /proc, /var/run, ~/.ssh, ~/.aws, ~/.kube…) to a container that runs agents.',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      // Agents' file tools are what make a host path sensitive; sidecars get the escape rules only.
      if (!w.runsOpenclaw) continue;
      for (const m of w.mounts) {
        if ((m.kind !== 'bind' && m.kind !== 'hostPath') || !m.source || SOCKET.test(m.source)) continue;
        const src = m.source.replace(/^\$\{?HOME\}?/, '~').replace(/\/+$/, '') || '/';
        const hit = SENSITIVE.find(([re]) => re.test(src));
        if (!hit) continue;
        const critical = hit[1] && !m.readOnly;
        report({
          loc: m.loc,
          severity: critical ? 'critical' : 'warn',
          message: `${describe(w)} mounts ${hit[2]} (${src}) at ${m.target}${m.readOnly ? ' read-only' : ''}; an agent with file tools reads${m.readOnly ? '' : ' and changes'} it.`,
          fix: 'Mount only the directories OpenClaw needs (its state directory and workspace), read-only where possible.',
        });
      }
    }
  },
});
