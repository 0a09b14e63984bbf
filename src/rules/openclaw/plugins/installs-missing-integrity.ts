import { defineRule } from '../../types.js';
import { installRecordReleases, npmInstallRecords, type InstallFacts } from './install-records.js';

export default defineRule<InstallFacts>({
  id: 'plugins.installs_missing_integrity',
  severity: 'warn',
  title: 'Plugin installs are missing integrity metadata',
  description:
    'An npm plugin install record (plugins.installs.<id>, source "npm") without an integrity hash: nothing checks that the installed package is the one that was resolved.',
  beyondCli: true,
  releases: installRecordReleases('has no integrity hash (integrity missing or blank)'),
  check(ctx, report, facts) {
    if (facts && !facts.fromConfig) return;
    const missing = npmInstallRecords(ctx).filter(
      ([, r]) => typeof r.integrity !== 'string' || r.integrity.trim() === '',
    );
    const first = missing[0];
    if (!first) return;
    const ids = missing.map(([id]) => id).join(', ');
    report({
      path: ['plugins', 'installs', first[0]],
      message: `plugins.installs records without an integrity hash: ${ids}. Without it nothing detects a package that differs from the one resolved at install time.`,
      detail: `Plugin install records missing integrity: ${ids}.`,
      fix: 'Reinstall or update plugins to refresh install metadata with resolved integrity hashes.',
    });
  },
});
