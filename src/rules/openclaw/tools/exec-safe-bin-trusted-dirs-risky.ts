import { defineRule } from '../../types.js';
import { capList } from '../messages.js';
import { classifyTrustedDir, safeBinScopes, trustedDirs } from './safe-bins.js';

export default defineRule({
  id: 'tools.exec.safe_bin_trusted_dirs_risky',
  severity: 'warn',
  title: 'safeBinTrustedDirs includes risky mutable directories',
  description: 'tools.exec.safeBinTrustedDirs trusts relative, temporary, package-manager or home directories.',
  releases: [{ from: '2026.2.26', note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check).' }],
  check(ctx, report) {
    const hits: { line: string; where: string; path: (string | number)[] }[] = [];
    for (const s of safeBinScopes(ctx.config)) {
      const raw = s.exec?.safeBinTrustedDirs;
      trustedDirs(s.exec).forEach((dir) => {
        const reason = classifyTrustedDir(dir);
        if (!reason) return;
        const idx = Array.isArray(raw) ? raw.findIndex((v) => typeof v === 'string' && v.trim() === dir) : -1;
        hits.push({
          line: `${s.label}.safeBinTrustedDirs: ${dir} (${reason})`,
          where: `${s.where}.safeBinTrustedDirs: ${dir} (${reason})`,
          path: idx >= 0 ? [...s.path, 'safeBinTrustedDirs', idx] : [...s.path, 'safeBinTrustedDirs'],
        });
      });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Risky safeBinTrustedDirs: ${capList(
        hits.map((h) => h.where),
        '; ',
      )}; anyone who can write there can plant a "safe" binary.`,
      detail: `Detected risky safeBinTrustedDirs entries:\n${hits
        .slice(0, 10)
        .map((h) => `- ${h.line}`)
        .join('\n')}`,
      fix: 'Keep safeBinTrustedDirs to root-owned immutable dirs such as /bin and /usr/bin.',
    });
  },
});
