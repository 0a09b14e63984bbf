/**
 * A legacy rule of `openclaw config validate` beyond the schema: provider-owned web-search config
 * under `tools.web.search.<provider>` (and the global `tools.web.search.apiKey`, Brave's) moved to
 * `plugins.entries.<plugin>.config.webSearch`; the schema still has the keys, but the release
 * rejects a config that sets them (the rule `tools.web.search-provider-config->plugins.entries`
 * of `openclaw doctor`, in every bundled release from 2026.4.29). Mirrors 2026.9.6's lists.
 */
import { getOwn } from '../core/path.js';
import type { Refinement } from './refinements.js';
import { parseVersion } from './releases.js';

/** The first bundled release whose `config validate` reports the legacy keys. */
const SINCE = { year: 2026, month: 4 };

/** Provider id → the plugin that owns its config now (tavily, parallel and firecrawl-free are not migrated). */
export const WEB_SEARCH_OWNERS: ReadonlyMap<string, string> = new Map([
  ['brave', 'brave'],
  ['duckduckgo', 'duckduckgo'],
  ['exa', 'exa'],
  ['firecrawl', 'firecrawl'],
  ['gemini', 'google'],
  ['grok', 'xai'],
  ['kimi', 'moonshot'],
  ['minimax', 'minimax'],
  ['ollama', 'ollama'],
  ['perplexity', 'perplexity'],
  ['searxng', 'searxng'],
]);

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where the value at `tools.web.search.<key>` belongs now, or undefined when it is not legacy. */
export function webSearchSuccessor(key: string): string[] | undefined {
  if (key === 'apiKey') return ['plugins', 'entries', 'brave', 'config', 'webSearch', 'apiKey'];
  const owner = WEB_SEARCH_OWNERS.get(key);
  return owner ? ['plugins', 'entries', owner, 'config', 'webSearch'] : undefined;
}

export function legacyWebSearch(config: unknown, version: string): Refinement[] {
  const v = parseVersion(version);
  if (!v || v.year * 100 + v.month < SINCE.year * 100 + SINCE.month) return [];
  const search = getOwn(getOwn(getOwn(config, 'tools'), 'web'), 'search');
  if (!isObj(search)) return [];
  const out: Refinement[] = [];
  for (const key of Object.keys(search)) {
    const value = search[key];
    // As OpenClaw's list: the global apiKey when present, a provider block when it sets anything.
    const legacy = key === 'apiKey' || (WEB_SEARCH_OWNERS.has(key) && isObj(value) && Object.keys(value).length > 0);
    const to = legacy ? webSearchSuccessor(key) : undefined;
    if (!to) continue;
    out.push({
      ruleId: 'schema.legacy_web_search',
      path: ['tools', 'web', 'search', key],
      at: 'key',
      message: `tools.web.search.${key} is provider-owned config that moved to ${to.join('.')}; OpenClaw ${version} rejects it there (\`openclaw doctor --fix\` moves it)`,
    });
  }
  return out;
}
