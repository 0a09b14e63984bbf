import { defineDeployRule, describe } from './types.js';

const CRITICAL = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'BPF']);
const WARN = new Set([
  'NET_ADMIN',
  'NET_RAW',
  'DAC_OVERRIDE',
  'SYS_TIME',
  'MKNOD',
  'SETFCAP',
  'SYSLOG',
  'PERFMON',
  'SYS_BOOT',
  'LINUX_IMMUTABLE',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'SYS_CHROOT',
]);

export default defineDeployRule({
  id: 'deploy.dangerous_capability',
  severity: 'warn',
  title: 'Dangerous Linux capability added',
  description:
    '`cap_add` / `capabilities.add` grants a capability that breaks container isolation (ALL, SYS_ADMIN, SYS_PTRACE, SYS_MODULE… are critical; NET_ADMIN, NET_RAW, DAC_OVERRIDE… warn).',
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const cap of w.capAdd) {
        if (!CRITICAL.has(cap.value) && !WARN.has(cap.value)) continue;
        // A helper (VPN/Tailscale sidecar, iptables init container) may need NET_ADMIN; only escapes matter there.
        if (!w.runsOpenclaw && !CRITICAL.has(cap.value)) continue;
        report({
          loc: cap.loc,
          severity: CRITICAL.has(cap.value) ? 'critical' : 'warn',
          message: `${describe(w)} adds the ${cap.value} capability${CRITICAL.has(cap.value) ? ', which is enough to escape the container' : ', which widens what a compromised process can do'}${w.runsOpenclaw ? "; OpenClaw's images need no added capabilities" : ''}.`,
          fix: 'Remove it from cap_add / capabilities.add and drop ALL instead.',
        });
      }
    }
  },
});
