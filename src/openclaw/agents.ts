/**
 * The configured agents (`agents.entries` or legacy `agents.list[]`), the default agent and how messages name them.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import { isRec, rec, str, type Rec } from './values.js';

export interface AgentEntry {
  id: string;
  entry: Rec;
  /** Config path of the entry (`agents.entries.<id>` or `agents.list[i]`). */
  path: (string | number)[];
}

/** One config's agents, built once and memoised per config object (rules are pure, configs immutable). */
interface AgentIndex {
  list: readonly AgentEntry[];
  /** First entry per normalised id (what `findAgent` returned by linear search). */
  byId: ReadonlyMap<string, AgentEntry>;
  roster: boolean;
  ids: readonly string[];
  defaultId: string | undefined;
}

const agentIndexes = new WeakMap<object, AgentIndex>();

function buildAgentList(cfg: Rec): AgentEntry[] {
  const agents = rec(cfg, 'agents');
  if (!agents) return [];
  if (Object.prototype.hasOwnProperty.call(agents, 'entries') && agents.entries !== undefined) {
    const entries = agents.entries;
    if (!isRec(entries)) return [];
    return Object.entries(entries)
      .filter(([, e]) => isRec(e))
      .map(([id, e]) => ({ id, entry: e as Rec, path: ['agents', 'entries', id] }));
  }
  const list = agents.list;
  if (!Array.isArray(list)) return [];
  const out: AgentEntry[] = [];
  list.forEach((e, i) => {
    if (isRec(e) && typeof e.id === 'string') out.push({ id: e.id, entry: e, path: ['agents', 'list', i] });
  });
  return out;
}

function hasRoster(cfg: Rec): boolean {
  const agents = rec(cfg, 'agents');
  if (!agents) return false;
  return (agents.entries !== undefined && 'entries' in agents) || (agents.list !== undefined && 'list' in agents);
}

function agentIndex(cfg: Rec): AgentIndex {
  const cached = agentIndexes.get(cfg);
  if (cached) return cached;
  const list = buildAgentList(cfg);
  const roster = hasRoster(cfg);
  const byId = new Map<string, AgentEntry>();
  for (const a of list) {
    const k = normalizeAgentId(a.id);
    if (!byId.has(k)) byId.set(k, a);
  }
  const ids = list.length === 0 && !roster ? ['main'] : [...byId.keys()];
  let defaultId: string | undefined;
  const marked = str(cfg, 'agents', 'ownership') !== 'explicit' ? list.filter((a) => a.entry.default === true) : [];
  if (marked.length === 1 && marked[0]) defaultId = normalizeAgentId(marked[0].id);
  else if (list.length === 0) defaultId = roster ? undefined : 'main';
  else defaultId = list.length === 1 && list[0] ? normalizeAgentId(list[0].id) : undefined;
  const index: AgentIndex = { list, byId, roster, ids, defaultId };
  agentIndexes.set(cfg, index);
  return index;
}

/** `agents.entries` (map) or legacy `agents.list[]`. Memoised per config: do not mutate. */
export function listAgents(cfg: Rec): readonly AgentEntry[] {
  return agentIndex(cfg).list;
}

export function normalizeAgentId(id: string): string {
  return id.trim().toLowerCase();
}

/** Agent ids as the CLI lists them: configured ones, or the implicit `main`. */
export function listAgentIds(cfg: Rec): readonly string[] {
  return agentIndex(cfg).ids;
}

export function defaultAgentId(cfg: Rec): string | undefined {
  return agentIndex(cfg).defaultId;
}

/** O(1): the first agent whose normalised id matches. */
export function findAgent(cfg: Rec, id: string | undefined): AgentEntry | undefined {
  if (!id) return undefined;
  return agentIndex(cfg).byId.get(normalizeAgentId(id));
}

/**
 * How messages name an agent: the path form the file uses, `agents.entries.<id>`
 * or, for the legacy list, `agents.list[3] ("collector")`.
 */
export function agentLabel(a: AgentEntry): string {
  return a.path[1] === 'list'
    ? `agents.list[${String(a.path[2])}] (${JSON.stringify(a.id)})`
    : `agents.entries.${a.id}`;
}

/** The dotted path of a key under an agent as the file spells it: `agents.entries.x.sandbox.docker` / `agents.list[3].sandbox.docker`. */
export function agentKeyLabel(a: AgentEntry, key: string): string {
  return a.path[1] === 'list' ? `agents.list[${String(a.path[2])}].${key}` : `agents.entries.${a.id}.${key}`;
}
