import { capList } from '../messages.js';
import { defineRule } from '../../types.js';
import { isInterpreter, safeBins, safeBinScopes } from './safe-bins.js';

export default defineRule({
  id: 'tools.exec.safe_bins_interpreter_unprofiled',
  severity: 'warn',
  title: 'safeBins includes interpreter/runtime binaries without explicit profiles',
  description: 'tools.exec.safeBins (global or per agent) lists an interpreter without a safeBinProfiles entry.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const hits: { label: string; where: string; bins: string[]; path: (string | number)[] }[] = [];
    for (const s of safeBinScopes(ctx.config)) {
      const bins = safeBins(s.exec)
        .filter((b) => isInterpreter(b) && !s.profiles.has(b))
        .sort();
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
      )} without safeBinProfiles; an interpreter as a safe bin runs arbitrary code with no approval.`,
      detail: `Detected interpreter-like safeBins entries missing explicit profiles:\n${hits.map((h) => `- ${h.label}: ${h.bins.join(', ')}`).join('\n')}\nThese entries can turn safeBins into a broad execution surface when used with permissive argv profiles.`,
      fix: `Remove ${capList(first.bins)} from ${first.where} (use allowlist entries) or define tools.exec.safeBinProfiles.${first.bins[0]}.`,
    });
  },
});
