/** The `secrets.*` rules: one per detect-secrets plugin clawlint runs, one per extra detector. */
import { EXTRA_DETECTORS, extraRuleId } from '../secrets/extras.js';
import { DEFAULT_PLUGIN_NAMES, snakeCase } from '../secrets/plugins/index.js';
import type { RegisteredRule } from './types.js';

const PLUGINS: readonly RegisteredRule[] = DEFAULT_PLUGIN_NAMES.map((name) => ({
  id: `secrets.${snakeCase(name)}`,
  kind: 'secrets',
  title: `Secret not in the baseline (${name})`,
  severity: 'critical',
  description: `The detect-secrets ${name} plugin found a secret that is not in the secrets baseline.`,
  doc: 'docs/secrets.md',
  fixable: false,
  module: 'src/secrets/plugins/index.ts',
}));

const EXTRAS: readonly RegisteredRule[] = EXTRA_DETECTORS.map((d) => ({
  id: extraRuleId(d.name)!,
  kind: 'secrets',
  title: `${d.type} not in the baseline`,
  severity: 'critical',
  description: `clawlint's ${d.name} detector (${d.description}) found a secret that is not in the secrets baseline.`,
  doc: 'docs/secrets.md',
  fixable: false,
  module: 'src/secrets/extras.ts',
}));

const SCAN_ERROR: RegisteredRule = {
  id: 'secrets.scan_error',
  kind: 'secrets',
  title: 'File not scanned for secrets',
  severity: 'warn',
  description: 'An internal error stopped the secrets scan of this file; its baseline entries are kept.',
  doc: 'docs/secrets.md#when-a-file-cannot-be-scanned',
  fixable: false,
  module: 'src/secrets/cli.ts',
};

const FILTER_REFUSED: RegisteredRule = {
  id: 'secrets.filter_refused',
  kind: 'secrets',
  title: 'Secrets filter regex refused',
  severity: 'critical',
  description:
    'A should_exclude_file/line/secret regex in the secrets baseline cannot run on the linear-time engine (look-around, back-references, atomic groups, verbose mode, or invalid); it is not applied.',
  doc: 'docs/secrets.md#filter-regexes',
  fixable: false,
  module: 'src/secrets/cli.ts',
};

export const SECRETS_RULES: readonly RegisteredRule[] = [...PLUGINS, ...EXTRAS, SCAN_ERROR, FILTER_REFUSED];
