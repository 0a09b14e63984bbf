import { defineRule } from '../../types.js';
import {
  installRecordReleases,
  isPinnedRegistrySpec,
  npmInstallRecords,
  type InstallFacts,
} from './install-records.js';

export default defineRule<InstallFacts>({
  id: 'plugins.installs_unpinned_npm_specs',
  severity: 'warn',
  title: 'Plugin installs include unpinned npm specs',
  description:
    'An npm plugin install record (plugins.installs.<id>, source "npm") whose spec is not pinned to an exact version (`@scope/pkg@1.2.3`): the next install or update takes whatever the registry serves.',
  beyondCli: true,
  releases: installRecordReleases('has a spec that is not pinned to an exact version (name@x.y.z)'),
  check(ctx, report, facts) {
    if (facts && !facts.fromConfig) return;
    const unpinned = npmInstallRecords(ctx).filter(
      ([, r]) => typeof r.spec === 'string' && !isPinnedRegistrySpec(r.spec),
    );
    const first = unpinned[0];
    if (!first) return;
    const list = unpinned.map(([id, r]) => `${id} (${String(r.spec)})`).join(', ');
    report({
      path: ['plugins', 'installs', first[0], 'spec'],
      at: 'value',
      message: `plugins.installs has npm specs not pinned to an exact version: ${list}. A reinstall or update fetches whatever version the registry serves then, so a compromised or broken release of the plugin runs in your gateway.`,
      detail: `Unpinned plugin install records: ${list}.`,
      fix: 'Pin install specs to exact versions (for example, `@scope/pkg@1.2.3`) for higher supply-chain stability.',
    });
  },
});
