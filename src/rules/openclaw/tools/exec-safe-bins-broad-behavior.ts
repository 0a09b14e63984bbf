import { capList } from '../messages.js';
import { defineRule } from '../../types.js';
import { isBroad, safeBins, safeBinScopes } from './safe-bins.js';

export default defineRule({
  id: 'tools.exec.safe_bins_broad_behavior',
  severity: 'warn',
  title: 'safeBins includes binaries with broader semantics than low-risk stream filters',
  description:
    'tools.exec.safeBins lists jq, awk or sed variants, which are programmable rather than simple stream filters.',
  releases: [{ from: '2026.3.31', note: 'First in the audit of 2026.3.31 (2026.2.26 has no such check).' }],
  check(ctx, report) {
    const hits: { label: string; where: string; bins: string[]; path: (string | number)[] }[] = [];
    for (const s of safeBinScopes(ctx.config)) {
      const bins = safeBins(s.exec).filter(isBroad).sort();
      if (bins.length)
        hits.push({ label: `${s.label}.safeBins`, where: `${s.where}.safeBins`, bins, path: [...s.path, 'safeBins'] });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(
        hits.map((h) => `${h.where} lists ${capList(h.bins)}`),
        '; ',
      )}; these are programmable (file writes, command execution) and do not fit the low-risk stdin-filter fast path.`,
      detail: `Detected risky safeBins entries:\n${hits.map((h) => h.bins.map((b) => `- ${h.label}: ${b}`).join('\n')).join('\n')}\nThese tools expose semantics that do not fit the low-risk stdin-filter fast path.`,
      fix: `Remove ${capList(first.bins)} from ${first.where}; use explicit allowlist entries or approval-gated exec.`,
    });
  },
});
