/**
 * The rule registry: every rule id clawlint can report, whatever reports it (audit rules,
 * core checks, schema, deploy rules, secrets detectors, policies, suppressions). Known-id
 * checks, SARIF metadata, docs checks and `clawlint --list-rules` all read it.
 */
import { DEPLOY_RULES } from '../deploy/rules/index.js';
import { manifestFixer } from '../fix/manifest/index.js';
import { RULES } from '../rules/index.js';
import { CORE_RULES } from './core.js';
import { SECRETS_RULES } from './secrets.js';
import type { RegisteredRule } from './types.js';

export type { RegisteredRule } from './types.js';

/** Directory of a rule's doc page and fixtures: `<provider>`-style placeholders lose their brackets. */
export function ruleFileName(id: string): string {
  return id.replace(/<([^>]+)>/g, '$1');
}

/**
 * Where a rule's code lives, from its id alone: the first segment is the directory, the rest
 * (placeholders dropped) the kebab-case file name. `channels.<provider>.dm.open` →
 * `channels/dm-open.ts`, `deploy.docker_socket` → `docker-socket.ts` under src/deploy/rules/.
 */
export function ruleModule(id: string): string {
  const [head, ...rest] = id.split('.');
  const file = rest
    .filter((s) => !s.startsWith('<'))
    .join('-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replaceAll('_', '-')
    .toLowerCase();
  return head === 'deploy' ? `src/deploy/rules/${file}.ts` : `src/rules/openclaw/${head}/${file}.ts`;
}

const AUDIT: readonly RegisteredRule[] = RULES.map((r) => ({
  id: r.id,
  kind: 'audit',
  title: r.title,
  severity: r.severity,
  description: r.description,
  doc: `docs/rules/${ruleFileName(r.id)}.md`,
  fixable: r.fixable === true,
  module: ruleModule(r.id),
  optIn: r.optIn,
  releases: (r as { releases?: unknown }).releases,
}));

/** The **Autofix:** sentence of a rule `--fix` leaves alone. */
export const NO_AUTOFIX =
  'none — `clawlint lint --fix` does not change this (no edit is safe without knowing what the deployment relies on); fix it by hand.';

const DEPLOY: readonly RegisteredRule[] = DEPLOY_RULES.map((r) => ({
  id: r.id,
  kind: 'deploy',
  title: r.title,
  severity: r.severity,
  description: r.description,
  doc: `docs/rules/${r.id}.md`,
  fixable: manifestFixer(r.id) !== undefined,
  autofix: manifestFixer(r.id)?.doc ?? NO_AUTOFIX,
  module: ruleModule(r.id),
}));

/** The rule page's generated **Autofix:** line, or undefined when the page's own prose says it. */
export function autofixLine(rule: RegisteredRule): string | undefined {
  return rule.autofix === undefined ? undefined : `**Autofix:** ${rule.autofix}`;
}

/** Every registered rule, sorted by id. */
export const REGISTRY: readonly RegisteredRule[] = [...AUDIT, ...CORE_RULES, ...DEPLOY, ...SECRETS_RULES].sort(
  (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

function templateRegex(id: string): RegExp {
  const parts = id.split(/<[^>]+>/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^.]+')}$`);
}

const BY_ID = new Map(REGISTRY.map((r) => [r.id, r]));
const TEMPLATES = REGISTRY.filter((r) => r.id.includes('<')).map((r) => ({ rule: r, re: templateRegex(r.id) }));

/** The registered rule a concrete id belongs to (`tools.elevated.allowFrom.telegram.wildcard` → its template). */
export function findRule(id: string): RegisteredRule | undefined {
  return BY_ID.get(id) ?? TEMPLATES.find((t) => t.re.test(id))?.rule;
}

/**
 * Which ids a `.clawlint.yml` rule setting or a suppression may name: registered ids (templates
 * match any segment), `family.*` wildcards over them, and the ids of the project's custom policies.
 */
export function knownRulePredicate(extra: readonly string[] = []): (id: string) => boolean {
  const extraSet = new Set(extra);
  const prefixes = [...REGISTRY.map((r) => r.id), ...extra];
  return (id: string) => {
    if (id.endsWith('.*')) {
      const prefix = id.slice(0, -1);
      return prefixes.some((k) => k.startsWith(prefix));
    }
    return extraSet.has(id) || findRule(id) !== undefined;
  };
}
