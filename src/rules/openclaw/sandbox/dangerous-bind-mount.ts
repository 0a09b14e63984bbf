import { defineRule } from '../../types.js';
import { sandboxDockerBlocks } from '../../../openclaw/sandbox.js';
import { bindSource, blockedBindReason } from './bind-paths.js';

export default defineRule({
  id: 'sandbox.dangerous_bind_mount',
  severity: 'critical',
  title: 'Dangerous bind mount in sandbox config',
  description:
    'A sandbox docker bind mounts a system directory, the Docker socket or a credential directory of a home (one finding per bind).',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    for (const block of sandboxDockerBlocks(ctx.config)) {
      const binds = Array.isArray(block.docker.binds) ? block.docker.binds : [];
      binds.forEach((bind, i) => {
        if (typeof bind !== 'string') return;
        const r = blockedBindReason(bind);
        if (!r) return;
        const verb = r.kind === 'covers' ? 'covers' : 'targets';
        report({
          path: [...block.path, 'binds', i],
          at: 'value',
          message: `${block.where}.binds[${i}] "${bind}" ${verb} the blocked host path ${r.blockedPath}; ${bindSource(bind).includes('docker.sock') ? 'sandboxed tools could drive the host Docker daemon (root on the host)' : 'sandboxed tools could read or write host system or credential files'}.`,
          detail: `${block.source}.binds contains "${bind}" which ${verb} blocked path "${r.blockedPath}". This can expose host system directories or the Docker socket to sandbox containers.`,
          fix: `Remove "${bind}" from ${block.where}.binds; mount a project-specific directory instead.`,
        });
      });
    }
  },
});
