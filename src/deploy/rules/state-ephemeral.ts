import type { K8sPod, Workload } from '../model.js';
import { posixUnder } from '../util.js';
import { defineDeployRule, describe } from './types.js';

export default defineDeployRule({
  id: 'deploy.state_ephemeral',
  severity: 'warn',
  title: 'State directory on an ephemeral or shared volume',
  description:
    "The gateway's state directory (OPENCLAW_STATE_DIR, default ~/.openclaw: config, sessions, OAuth tokens, the gateway lock) is not on a persistent volume (container layer, emptyDir, tmpfs, /tmp, a Render service without a disk) or is on a volume shared by several pods.",
  check(ctx, report) {
    for (const run of ctx.runs) {
      const w = run.workload;
      if (!run.stateDir || w.platform === 'systemd' || w.platform === 'dockerfile') continue;
      const dir = run.stateDir.path;
      let cover: (typeof w.mounts)[number] | undefined;
      for (const m of w.mounts)
        if (posixUnder(dir, m.target) !== undefined && !m.subPath && (!cover || m.target.length > cover.target.length))
          cover = m;
      const where = run.stateDir.loc ?? w.loc;
      const name = describe(w);
      // tmpfs mounts inside the state directory (sessions, logs wiped on stop) declare, piece by piece,
      // what the deployment keeps ephemeral on purpose: its persistence is decided, not forgotten.
      if (!cover && w.mounts.some((m) => m.kind === 'tmpfs' && posixUnder(m.target, dir))) continue;
      if (!cover) {
        const lost =
          w.platform === 'render'
            ? 'on every deploy'
            : w.platform === 'kubernetes'
              ? 'whenever the pod is rescheduled'
              : w.platform === 'fly'
                ? 'when the machine is replaced'
                : 'when the container is re-created';
        report({
          loc: where,
          message: `The state directory ${dir} of ${name} is not on a volume: sessions, channel logins and the gateway token are lost ${lost}${dir.startsWith('/tmp') ? ' (and /tmp is scratch space)' : ''}.`,
          fix: `Mount a persistent volume at ${dir} (${w.platform === 'kubernetes' ? 'a PersistentVolumeClaim' : w.platform === 'render' ? 'a disk' : w.platform === 'fly' ? '[mounts] with a Fly volume' : 'a named volume or bind mount'}).`,
        });
        continue;
      }
      if (cover.kind === 'emptyDir' || cover.kind === 'tmpfs') {
        report({
          loc: cover.loc,
          message: `The state directory ${dir} of ${name} is on ${cover.kind === 'emptyDir' ? 'an emptyDir' : 'a tmpfs'} volume, which is wiped with the ${cover.kind === 'emptyDir' ? 'pod' : 'container'}: sessions, channel logins and tokens do not survive a restart.`,
          fix: `Use a persistent volume for ${dir}.`,
        });
        continue;
      }
      const claim = cover.kind === 'pvc' ? cover.source : undefined;
      const shared =
        cover.shared ||
        (claim !== undefined &&
          ctx.files.some((f) => f.k8s?.sharedClaims.has(claim)) &&
          !soleWriter(
            ctx.files.flatMap((f) => f.k8s?.pods ?? []),
            w,
            claim,
          ));
      if (shared) {
        report({
          loc: cover.loc,
          message: `The state directory ${dir} of ${name} is on a volume that several pods can mount at once (ReadWriteMany/NFS); two gateways on one state directory corrupt its SQLite stores and fight over the gateway lock.`,
          fix: 'Give each gateway its own ReadWriteOnce volume (StatefulSet volumeClaimTemplates) and run one replica.',
        });
      }
    }
  },
});

/**
 * A ReadWriteMany claim that only this gateway's pod mounts, and of which at most one pod runs at a time
 * (one replica, Recreate, or a StatefulSet of one): nothing else opens the state directory on it.
 */
function soleWriter(pods: readonly K8sPod[], w: Workload, claim: string): boolean {
  const own = pods.find((p) => p.workloads.includes(w));
  if (!own?.oneAtATime) return false;
  const mounts = (p: K8sPod) => p.workloads.some((x) => x.mounts.some((m) => m.kind === 'pvc' && m.source === claim));
  return pods.every((p) => p === own || p.namespace !== own.namespace || !mounts(p));
}
