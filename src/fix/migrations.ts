/**
 * Migration fixes, like `openclaw doctor --fix` but at the tokens: a retired or renamed key
 * moves to its successor with its value (its security meaning kept: `gateway.nodes.denyCommands`
 * becomes `gateway.nodes.commands.deny`, never dropped); a key the target release no longer
 * knows and that has no successor is removed, leaving a comment line that says what and why.
 * Data: the doctor migrations and release renames in src/schema/legacy-keys.ts, and the
 * key index across bundled releases (src/schema/drift.ts).
 */
import type { ConfigPath } from '../core/finding.js';
import { formatPath } from '../core/path.js';
import { walk, type ValueNode } from '../core/tree.js';
import { drift, type KeyIndex } from '../schema/drift.js';
import { findLegacyKey, RENAMED_KEYS, suggestKey } from '../schema/legacy-keys.js';
import type { FixOp } from '../core/autofix.js';
import { webSearchSuccessor } from '../schema/legacy-web-search.js';

/** `channels.telegram.groups."*".requireMention` → its segments. */
export function parseDotted(dotted: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^.]+)/g;
  for (const m of dotted.matchAll(re)) out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2]!);
  return out;
}

export interface MigrationInput {
  /** The unknown key's path (array indexes as numbers). */
  path: ConfigPath;
  tree: ValueNode;
  /** The release the config is validated against. */
  version: string;
  index?: KeyIndex;
  /** Keys the schema knows at the parent (for a typo's rename). */
  knownKeys?: readonly string[];
}

const isObject = (n: ValueNode | undefined) => n?.kind === 'object';

/** Legacy `dm: { policy, allowFrom }` → `dmPolicy` / `allowFrom` beside it. */
const DM_KEYS: Readonly<Record<string, string>> = { policy: 'dmPolicy', allowFrom: 'allowFrom' };

/** The ops that migrate the unknown key at `path`, or undefined when no safe migration exists. */
export function migrationOps(m: MigrationInput): FixOp[] | undefined {
  const segs = m.path.map(String);
  const here = walk(m.tree, m.path);
  if (here.depth !== m.path.length) return undefined;
  // `channels.<id>.dm.policy`: the schema names the keys inside a legacy `dm` block.
  if (segs.length > 3 && segs[segs.length - 2] === 'dm' && findLegacyKey(segs.slice(0, -1)))
    return migrationOps({ ...m, path: m.path.slice(0, -1) });
  const legacy = findLegacyKey(segs);
  if (legacy) {
    if (legacy.key.stillAccepted) return undefined; // agents.list: valid as it is
    const last = segs[segs.length - 1];
    if (last === 'dm' && isObject(here.node)) return [{ op: 'hoist', path: m.path, rename: DM_KEYS }];
    if (segs.length === 1 && segs[0] === 'routing') {
      // routing.allowFrom → channels.whatsapp.allowFrom, only when nothing else is in routing.
      const node = here.node;
      if (node.kind !== 'object' || node.members.size !== 1 || !node.members.has('allowFrom')) return undefined;
      return [{ op: 'move', from: ['routing', 'allowFrom'], to: parseDotted(legacy.replacement), carry: ['routing'] }];
    }
    return [{ op: 'move', from: m.path, to: parseDotted(legacy.replacement) }];
  }
  const renamed = findLegacyKey(segs, RENAMED_KEYS);
  if (renamed && !segs.includes('*')) {
    // A per-agent setting is not moved onto the global key (it would apply to every agent).
    if (segs[0] === 'agents' && segs[1] === 'list') return undefined;
    return [{ op: 'move', from: m.path, to: parseDotted(renamed.replacement) }];
  }
  const key = segs[segs.length - 1]!;
  const mask = m.index?.mask(segs);
  const d = mask !== undefined && m.index ? drift(m.index, mask, m.version) : undefined;
  if (d?.kind === 'added') return undefined; // a newer release's key: upgrade, do not delete
  if (d?.kind === 'removed') {
    return [
      {
        op: 'remove',
        path: m.path,
        note: `clawlint --fix removed ${formatPath(m.path)}: ${d.text}, and has no successor`,
      },
    ];
  }
  // Never known to any release: a typo of a known key is renamed, anything else removed.
  const parent = walk(m.tree, m.path.slice(0, -1)).node;
  // The member map itself: a Set copy per unknown key made 40,000 unknown keys quadratic.
  const existing = parent.kind === 'object' ? parent.members : new Map<string, unknown>();
  const suggestion = suggestKey(key, m.knownKeys, existing);
  if (suggestion) return [{ op: 'move', from: m.path, to: [...m.path.slice(0, -1), suggestion] }];
  return unknownKeyRemoval(m);
}

function unknownKeyRemoval(m: MigrationInput): FixOp[] {
  return [
    {
      op: 'remove',
      path: m.path,
      note: `clawlint --fix removed ${formatPath(m.path)}: no OpenClaw release knows this key (OpenClaw ${m.version} refuses to start with it)`,
    },
  ];
}

/**
 * What to do when the migration `migrationOps` chose is refused: a key no release knows, renamed
 * to a near-miss of another shape (`version` → `session`, `model` → `models`), is removed with
 * its note instead, as `openclaw doctor --fix` drops it.
 */
export function migrationFallback(m: MigrationInput, ops: readonly FixOp[] | undefined): FixOp[] | undefined {
  const op = ops?.length === 1 ? ops[0] : undefined;
  if (
    op?.op !== 'move' ||
    op.carry ||
    findLegacyKey(m.path.map(String)) ||
    findLegacyKey(m.path.map(String), RENAMED_KEYS)
  )
    return undefined;
  return unknownKeyRemoval(m);
}

/** `channels.<id>.streaming` or `channels.<id>.accounts.<id>.streaming`. */
const isChannelStreaming = (segs: readonly string[]) =>
  segs[0] === 'channels' &&
  segs[segs.length - 1] === 'streaming' &&
  (segs.length === 3 || (segs.length === 5 && segs[2] === 'accounts'));

/** A boolean `streaming` meant on or off: the mode `openclaw doctor` gives it. */
const STREAMING_BOOLEAN_MODE = { true: 'partial', false: 'off' } as const;

/**
 * Fixes for findings other than unknown keys that `openclaw doctor --fix` makes with one
 * obvious value: a scalar `channels.<id>.streaming` becomes `streaming: { mode }` (a boolean
 * as `partial` / `off`); a multi-agent roster with no default marker gets
 * `agents.ownership: "explicit"` (the ownership model doctor writes); provider-owned web-search
 * config moves to its plugin's `config.webSearch`.
 */
export function shapeOps(ruleId: string, path: ConfigPath, tree: ValueNode): FixOp[] | undefined {
  const segs = path.map(String);
  if (ruleId === 'schema.type' && isChannelStreaming(segs)) {
    const r = walk(tree, path);
    if (r.depth !== path.length || r.node.kind !== 'scalar') return undefined;
    const v = r.node.value;
    if (typeof v === 'string') return [{ op: 'wrap', path, key: 'mode' }];
    if (typeof v === 'boolean') return [{ op: 'wrap', path, key: 'mode', value: STREAMING_BOOLEAN_MODE[`${v}`] }];
    return undefined;
  }
  if (ruleId === 'schema.legacy_web_search' && segs.length === 4) {
    // Moved whole, as doctor moves it; a plugin entry that already has the config is left to a person.
    const to = webSearchSuccessor(segs[3]!);
    return to ? [{ op: 'move', from: path, to }] : undefined;
  }
  if (ruleId === 'schema.agent_ownership' && segs.join('.') === 'agents.ownership') {
    if (walk(tree, path).depth === path.length) return undefined; // set, and clashing with a default marker
    return [{ op: 'add', path, value: 'explicit' }];
  }
  return undefined;
}
