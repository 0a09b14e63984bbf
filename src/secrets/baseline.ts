/** `.secrets.baseline`: read 1.x and 0.x, write 1.x byte-identical to detect-secrets 1.5.0, and diff. */
import { DEFAULT_PLUGIN_NAMES, type PluginConfig } from './plugins/index.js';
import { dump, PyFloat, pyString, type PyJson } from './pyjson.js';

export const VERSION = '1.5.0';

export interface BaselineEntry {
  type: string;
  filename: string;
  hashed_secret: string;
  is_verified: boolean;
  line_number: number;
  is_secret?: boolean;
}

/** A `filters_used` item: `path` plus its settings in stored order. */
export interface FilterConfig {
  path: string;
  [setting: string]: unknown;
}

export interface Baseline {
  version: string;
  plugins: PluginConfig[];
  filters: FilterConfig[];
  results: Map<string, BaselineEntry[]>;
  generatedAt?: string;
}

export const FILTER = {
  allowlist: 'detect_secrets.filters.allowlist.is_line_allowlisted',
  baselineFile: 'detect_secrets.filters.common.is_baseline_file',
  verification: 'detect_secrets.filters.common.is_ignored_due_to_verification_policies',
  excludeFile: 'detect_secrets.filters.regex.should_exclude_file',
  excludeLine: 'detect_secrets.filters.regex.should_exclude_line',
  excludeSecret: 'detect_secrets.filters.regex.should_exclude_secret',
} as const;

/** The heuristic filters detect-secrets 1.5.0 enables by default (a baseline may list fewer). */
export const HEURISTICS = [
  'is_indirect_reference',
  'is_likely_id_string',
  'is_lock_file',
  'is_not_alphanumeric_string',
  'is_potential_uuid',
  'is_prefixed_with_dollar_sign',
  'is_sequential_string',
  'is_swagger_file',
  'is_templated_secret',
].map((f) => `detect_secrets.filters.heuristic.${f}`);

export function defaultFilters(): FilterConfig[] {
  return [
    { path: FILTER.allowlist },
    { path: FILTER.verification, min_level: 2 },
    ...HEURISTICS.map((path) => ({ path })),
  ];
}

export function defaultPlugins(): PluginConfig[] {
  return DEFAULT_PLUGIN_NAMES.map((name) =>
    name === 'Base64HighEntropyString'
      ? { name, limit: 4.5 }
      : name === 'HexHighEntropyString'
        ? { name, limit: 3.0 }
        : name === 'KeywordDetector'
          ? { name, keyword_exclude: '' }
          : { name },
  );
}

export class BaselineError extends Error {}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a baseline and upgrades 0.x / 1.0 layouts in memory, as `core/upgrades` does. */
export function parseBaseline(text: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BaselineError('not valid JSON');
  }
  if (!isObject(raw) || !Array.isArray(raw.plugins_used) || !isObject(raw.results)) {
    throw new BaselineError('not a detect-secrets baseline');
  }
  const version = typeof raw.version === 'string' ? raw.version : '0.0.0';
  const plugins: PluginConfig[] = [];
  for (const p of raw.plugins_used) {
    if (!isObject(p) || typeof p.name !== 'string') continue;
    const cfg: PluginConfig = { name: p.name };
    const limit = p.limit ?? p.base64_limit ?? p.hex_limit;
    if (typeof limit === 'number') cfg.limit = limit;
    if (p.name === 'KeywordDetector')
      cfg.keyword_exclude = typeof p.keyword_exclude === 'string' ? p.keyword_exclude : '';
    plugins.push(cfg);
  }
  let filters: FilterConfig[];
  if (compareVersions(version, '1.0.0') < 0 || !Array.isArray(raw.filters_used)) {
    filters = upgradeFilters(raw);
  } else {
    filters = raw.filters_used.filter((f): f is FilterConfig => isObject(f) && typeof f.path === 'string');
  }
  if (compareVersions(version, '1.1.0') < 0) {
    for (const f of ['is_lock_file', 'is_not_alphanumeric_string', 'is_swagger_file']) {
      const path = `detect_secrets.filters.heuristic.${f}`;
      if (!filters.some((x) => x.path === path)) filters.push({ path });
    }
  }
  const results = new Map<string, BaselineEntry[]>();
  for (const [filename, list] of Object.entries(raw.results)) {
    if (!Array.isArray(list)) continue;
    const entries: BaselineEntry[] = [];
    for (const e of list) {
      if (!isObject(e) || typeof e.hashed_secret !== 'string' || typeof e.type !== 'string') continue;
      const entry: BaselineEntry = {
        type: e.type,
        filename,
        hashed_secret: e.hashed_secret,
        is_verified: e.is_verified === true,
        line_number: typeof e.line_number === 'number' ? e.line_number : 0,
      };
      if (typeof e.is_secret === 'boolean') entry.is_secret = e.is_secret;
      entries.push(entry);
    }
    if (entries.length) results.set(filename, entries);
  }
  const baseline: Baseline = { version, plugins, filters, results };
  if (typeof raw.generated_at === 'string') baseline.generatedAt = raw.generated_at;
  return baseline;
}

/** `v1_0._migrate_filters`: the pre-1.0 defaults plus `exclude.files/lines`. */
function upgradeFilters(raw: Json): FilterConfig[] {
  const filters: FilterConfig[] = [
    { path: FILTER.allowlist },
    ...[
      'is_sequential_string',
      'is_potential_uuid',
      'is_likely_id_string',
      'is_templated_secret',
      'is_prefixed_with_dollar_sign',
      'is_indirect_reference',
    ].map((f) => ({ path: `detect_secrets.filters.heuristic.${f}` })),
    { path: FILTER.verification, min_level: 2 },
  ];
  const exclude = raw.exclude;
  if (isObject(exclude)) {
    if (typeof exclude.files === 'string' && exclude.files)
      filters.push({ path: FILTER.excludeFile, pattern: [exclude.files] });
    if (typeof exclude.lines === 'string' && exclude.lines)
      filters.push({ path: FILTER.excludeLine, pattern: [exclude.lines] });
  }
  return filters;
}

function cmpStr(a: string, b: string): number {
  // Python sorts str by code point; compare code points so astral characters order correctly.
  if (a === b) return 0;
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return ca.length - cb.length;
}

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.line_number - b.line_number || cmpStr(a.hashed_secret, b.hashed_secret) || cmpStr(a.type, b.type);
}

function entryJson(e: BaselineEntry, slim: boolean): PyJson {
  const o: { [k: string]: PyJson } = {
    type: e.type,
    filename: e.filename,
    hashed_secret: e.hashed_secret,
    is_verified: e.is_verified,
  };
  if (e.line_number && !slim) o.line_number = e.line_number;
  if (e.is_secret !== undefined) o.is_secret = e.is_secret;
  return o;
}

function pluginJson(p: PluginConfig): PyJson {
  const o: { [k: string]: PyJson } = { name: p.name };
  if (p.name === 'Base64HighEntropyString' || p.name === 'HexHighEntropyString') {
    o.limit = new PyFloat(p.limit ?? (p.name === 'HexHighEntropyString' ? 3.0 : 4.5));
  } else if (p.name === 'KeywordDetector') {
    o.keyword_exclude = p.keyword_exclude ?? '';
  } else if (p.limit !== undefined) {
    o.limit = new PyFloat(p.limit);
  }
  return o;
}

function filterJson(f: FilterConfig): PyJson {
  const o: { [k: string]: PyJson } = { path: f.path };
  for (const [k, v] of Object.entries(f)) if (k !== 'path') o[k] = v as PyJson;
  return o;
}

/** `time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())`. */
export function generatedAtNow(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface SerializeOptions {
  slim?: boolean;
  generatedAt?: string;
}

export function serializeBaseline(b: Baseline, opts: SerializeOptions = {}): string {
  return serializeBaselineChunks(b, opts).join('');
}

/**
 * The same text as `serializeBaseline`, in pieces of about 64 KiB (written one by one, a
 * 50,000-entry baseline never exists as several full copies at once). Layout as
 * `json.dumps(indent=2)` of {version, plugins_used, filters_used, results, generated_at}.
 */
export function serializeBaselineChunks(b: Baseline, opts: SerializeOptions = {}): string[] {
  const lower = (s: string): string => s.toLowerCase();
  const plugins = [...b.plugins].sort((x, y) => cmpStr(lower(x.name), lower(y.name)));
  const filters = [...b.filters].sort((x, y) => cmpStr(lower(x.path), lower(y.path)));
  const chunks: string[] = [];
  let current =
    `{\n  "version": ${pyString(VERSION)},\n  "plugins_used": ${dump(plugins.map(pluginJson), 2, 1)},\n` +
    `  "filters_used": ${dump(filters.map(filterJson), 2, 1)},\n  "results": `;
  let any = false;
  for (const filename of [...b.results.keys()].sort(cmpStr)) {
    const list = [...b.results.get(filename)!].sort(compareEntries);
    if (!list.length) continue;
    current += `${any ? ',\n' : '{\n'}    ${pyString(filename)}: ${dump(
      list.map((e) => entryJson(e, opts.slim ?? false)),
      2,
      2,
    )}`;
    any = true;
    if (current.length >= 1 << 16) {
      chunks.push(current);
      current = '';
    }
  }
  current += any ? '\n  }' : '{}';
  if (!opts.slim) current += `,\n  "generated_at": ${pyString(opts.generatedAt ?? generatedAtNow())}`;
  chunks.push(current + '\n}\n');
  return chunks;
}

export function identity(e: { filename: string; hashed_secret: string; type: string }): string {
  return `${e.filename}\0${e.hashed_secret}\0${e.type}`;
}

/** `SecretsCollection.merge`: new results keep old labels (`is_secret` when unset, `is_verified` when true). */
export function mergeLabels(fresh: Map<string, BaselineEntry[]>, old: Map<string, BaselineEntry[]>): void {
  const oldById = new Map<string, BaselineEntry>();
  for (const list of old.values()) for (const e of list) oldById.set(identity(e), e);
  for (const list of fresh.values()) {
    for (const e of list) {
      const o = oldById.get(identity(e));
      if (!o) continue;
      if (e.is_secret === undefined && o.is_secret !== undefined) e.is_secret = o.is_secret;
      if (o.is_verified) e.is_verified = true;
    }
  }
}

/** Sets the `is_baseline_file` filter to the baseline path as given, as every rewrite does. */
export function withBaselineFilter(filters: FilterConfig[], baselinePath: string): FilterConfig[] {
  return [
    ...filters.filter((f) => f.path !== FILTER.baselineFile),
    { path: FILTER.baselineFile, filename: baselinePath },
  ];
}

export function patternsOf(filters: FilterConfig[], path: string): string[] {
  const f = filters.find((x) => x.path === path);
  return Array.isArray(f?.pattern) ? f.pattern.filter((p): p is string => typeof p === 'string') : [];
}
