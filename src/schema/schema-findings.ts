/** Schema issues → findings `schema.<keyword>` at the exact key or value. */
import { makeFinding, type Finding, type Location } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { formatPath } from '../core/path.js';
import { walk, type ValueNode } from '../core/tree.js';
import type { SchemaIssue } from './errors.js';
import { drift, type Drift, type KeyIndex } from './drift.js';
import { findLegacyKey, replacementFor, suggestKey } from './legacy-keys.js';

// The parent's own member map is the set of keys in use: copying it per unknown key made
// 20,000 unknown keys quadratic.
const EMPTY_KEYS: ReadonlyMap<string, unknown> = new Map();

const REFUSES = 'OpenClaw refuses to start with an invalid config';

/** What the version-aware messages need: the key index across bundled releases. */
export interface DriftContext {
  index: KeyIndex;
  /** The version the config's source named, when it differs from the bundled release of its line. */
  requested?: string;
}

/** Ajv paths are strings; array indexes become numbers so they display as `[0]`. */
export function typedPath(tree: ValueNode, path: readonly string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let node: ValueNode | undefined = tree;
  for (const seg of path) {
    if (node?.kind === 'array' && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      node = node.items[Number(seg)];
    } else {
      out.push(seg);
      node = node?.kind === 'object' ? node.members.get(seg)?.value : undefined;
    }
  }
  return out;
}

type LegacyKey = NonNullable<ReturnType<typeof findLegacyKey>>;

/** A key another bundled release defines: say which, and what replaced it. */
function driftFinding(
  d: Drift,
  dotted: string,
  loc: Location,
  version: string,
  requested: string | undefined,
  replacement: string | undefined,
): Finding {
  // Removed during the target's own line: the earlier patch the config names may still have it.
  const lineOf = (v: string) => v.split('.').slice(0, 2).join('.');
  if (
    d.kind === 'removed' &&
    d.removedIn &&
    requested &&
    lineOf(d.removedIn) === lineOf(version) &&
    requested !== version
  ) {
    return makeFinding(
      'schema.additionalProperties',
      'warn',
      `${dotted} ${d.text}; ${version}, the bundled ${lineOf(version)} release, rejects it, but ${requested} may still accept it (check with \`openclaw config validate\`)`,
      loc,
      dotted,
      replacement ? `Move ${dotted} to ${replacement}` : `Remove ${dotted}`,
    );
  }
  return makeFinding(
    'schema.additionalProperties',
    'critical',
    `${dotted} ${d.text}; it is not valid for OpenClaw ${version}, which refuses to start with an invalid config`,
    loc,
    dotted,
    d.kind === 'added'
      ? `Upgrade OpenClaw, or remove ${dotted} (or pin the version clawlint validates against with openclawVersion)`
      : replacement
        ? `Move ${dotted} to ${replacement}`
        : `Remove ${dotted}`,
  );
}

/** A key OpenClaw renamed: still accepted (a warning, `openclaw doctor` rewrites it) or retired. */
function legacyKeyFinding(legacy: LegacyKey, dotted: string, loc: Location, version: string): Finding {
  const note = legacy.key.note ? ` (${legacy.key.note})` : '';
  if (legacy.key.stillAccepted) {
    return makeFinding(
      'schema.legacy_key',
      'warn',
      `${dotted} is a legacy key: OpenClaw ${version} still accepts it, but the current form is ${legacy.replacement}${note}; \`openclaw doctor\` rewrites it`,
      loc,
      dotted,
      `Move ${dotted} to ${legacy.replacement}`,
    );
  }
  return makeFinding(
    'schema.additionalProperties',
    'critical',
    `${dotted} was retired; use ${legacy.replacement}${note}. ${REFUSES}`,
    loc,
    dotted,
    `Move ${dotted} to ${legacy.replacement}`,
  );
}

/** A key the target release does not define: drift between releases, a legacy key, or a typo. */
function unknownKeyFinding(
  raw: SchemaIssue,
  issue: Omit<SchemaIssue, 'path'> & { path: (string | number)[] },
  tree: ValueNode,
  version: string,
  loc: Location,
  driftCtx: DriftContext | undefined,
): Finding {
  const dotted = formatPath(issue.path);
  const parent = formatPath(issue.path.slice(0, -1)) || 'the top level';
  const key = String(issue.path[issue.path.length - 1]);
  const legacy = findLegacyKey(raw.path);
  const legacyValue = walk(tree, issue.path).node;
  // agents.list is still accepted only in its real shape (an array of agents).
  if (legacy?.key.stillAccepted && legacyValue.kind !== 'array') {
    return makeFinding(
      'schema.additionalProperties',
      'critical',
      `${dotted} must be a list of agents to be accepted as the legacy form of ${legacy.replacement}. ${REFUSES}`,
      loc,
      dotted,
      `Move ${dotted} to ${legacy.replacement}`,
    );
  }
  const mask = driftCtx?.index.mask(raw.path);
  const d =
    mask && !legacy?.key.stillAccepted ? drift(driftCtx!.index, mask, version, replacementFor(raw.path)) : undefined;
  if (d) return driftFinding(d, dotted, loc, version, driftCtx?.requested, replacementFor(raw.path));
  if (legacy) return legacyKeyFinding(legacy, dotted, loc, version);
  const parentNode = walk(tree, issue.path.slice(0, -1)).node;
  const existing = parentNode.kind === 'object' ? parentNode.members : EMPTY_KEYS;
  const suggestion = suggestKey(key, issue.knownKeys, existing);
  const hint = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
  return makeFinding(
    'schema.additionalProperties',
    'critical',
    `Unknown key ${JSON.stringify(key)} in ${parent}${hint}. ${REFUSES}`,
    loc,
    dotted,
    suggestion ? `Rename ${JSON.stringify(key)} to ${JSON.stringify(suggestion)}` : `Remove ${dotted}`,
  );
}

export function schemaIssueToFinding(
  raw: SchemaIssue,
  tree: ValueNode,
  version: string,
  driftCtx?: DriftContext,
): Finding {
  const issue = { ...raw, path: typedPath(tree, raw.path) };
  const dotted = formatPath(issue.path);
  const loc = locatePath(tree, issue.path, issue.at);
  if (issue.keyword === 'additionalProperties') return unknownKeyFinding(raw, issue, tree, version, loc, driftCtx);
  if (issue.keyword === 'required') {
    const where = dotted || 'the config';
    return makeFinding('schema.required', 'critical', `${where}: ${issue.message}. ${REFUSES}`, loc, dotted);
  }
  const subject = dotted || 'the config';
  let hint = '';
  const node = walk(tree, issue.path).node;
  if (
    issue.keyword === 'type' &&
    node.kind === 'object' &&
    node.members.has('source') &&
    String(issue.params.type).includes('string')
  ) {
    hint = ' (SecretRef objects are not supported at this key; use a ${VAR} template)';
  }
  return makeFinding(
    `schema.${issue.keyword}`,
    'critical',
    `${subject} ${issue.message}${hint}. ${REFUSES}`,
    loc,
    dotted,
  );
}

/**
 * A problem the newest release has with a config that is valid for its target: one info
 * finding per key, so an upgrade is planned rather than discovered.
 */
export function upgradeNoteFinding(
  raw: SchemaIssue,
  tree: ValueNode,
  target: string,
  newest: string,
  driftCtx?: DriftContext,
): Finding {
  const issue = { ...raw, path: typedPath(tree, raw.path) };
  const dotted = formatPath(issue.path) || 'the config';
  const loc = locatePath(tree, issue.path, issue.at);
  const head = `${dotted} is valid for OpenClaw ${target} but not for ${newest}`;
  if (issue.keyword === 'additionalProperties') {
    const replacement = replacementFor(raw.path);
    if (findLegacyKey(raw.path)?.key.stillAccepted) {
      return makeFinding(
        'schema.upgrade_note',
        'info',
        `${dotted} is valid for OpenClaw ${target}; ${newest} still accepts it only as the legacy form of ${replacement} (\`openclaw doctor\` rewrites it)`,
        loc,
        formatPath(issue.path),
        `Before upgrading, move ${dotted} to ${replacement}`,
      );
    }
    const mask = driftCtx?.index.mask(raw.path);
    const d = mask ? drift(driftCtx!.index, mask, newest, replacement) : undefined;
    const why = d ? `: it ${d.text}` : replacement ? `: use ${replacement}` : ': the key is not in its schema';
    return makeFinding(
      'schema.upgrade_note',
      'info',
      `${head}${why}`,
      loc,
      formatPath(issue.path),
      replacement ? `Before upgrading, move ${dotted} to ${replacement}` : `Before upgrading, remove ${dotted}`,
    );
  }
  return makeFinding('schema.upgrade_note', 'info', `${head}: ${dotted} ${issue.message}`, loc, formatPath(issue.path));
}
