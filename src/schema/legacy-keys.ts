/**
 * Keys OpenClaw retired, and where their meaning moved (`openclaw doctor`
 * migrations, openclaw-audit.md §5.5). `*` matches one path segment.
 */
export interface LegacyKey {
  pattern: readonly string[];
  /** The current key, written as a dotted path; `{n}` is replaced by the n-th `*` match. */
  replacement: string;
  note?: string;
  /** OpenClaw 2026.9.6 still accepts this legacy form at run time: warn instead of critical. */
  stillAccepted?: boolean;
}

export const LEGACY_KEYS: readonly LegacyKey[] = [
  { pattern: ['gateway', 'nodes', 'allowCommands'], replacement: 'gateway.nodes.commands.allow' },
  { pattern: ['gateway', 'nodes', 'denyCommands'], replacement: 'gateway.nodes.commands.deny' },
  {
    pattern: ['browser', 'ssrfPolicy', 'allowPrivateNetwork'],
    replacement: 'browser.ssrfPolicy.dangerouslyAllowPrivateNetwork',
  },
  {
    pattern: ['agents', 'list'],
    replacement: 'agents.entries',
    note: 'a map keyed by agent id',
    stillAccepted: true,
  },
  {
    pattern: ['channels', '*', 'dm'],
    replacement: 'channels.{0}.dmPolicy',
    note: 'dm.policy → dmPolicy, dm.allowFrom → allowFrom',
  },
  {
    pattern: ['channels', '*', 'accounts', '*', 'dm'],
    replacement: 'channels.{0}.accounts.{1}.dmPolicy',
    note: 'dm.policy → dmPolicy, dm.allowFrom → allowFrom',
  },
  { pattern: ['channels', 'telegram', 'requireMention'], replacement: 'channels.telegram.groups."*".requireMention' },
  { pattern: ['agent'], replacement: 'agents.defaults', note: 'the single-agent `agent` block became agents.defaults' },
  {
    pattern: ['routing'],
    replacement: 'channels.whatsapp.allowFrom',
    note: 'routing.allowFrom moved to channels.whatsapp.allowFrom',
  },
];

/**
 * Keys whose meaning moved between bundled releases (not `openclaw doctor` migrations):
 * used only to name the replacement in drift messages ("was replaced by … in 2026.8").
 */
export const RENAMED_KEYS: readonly LegacyKey[] = [
  { pattern: ['agents', 'defaults', 'memorySearch'], replacement: 'memory.search' },
  { pattern: ['agents', 'list', '*', 'memorySearch'], replacement: 'memory.search' },
  { pattern: ['messages', 'tts'], replacement: 'tts' },
  // The flat streaming keys became the `streaming` object (openclaw doctor's streaming alias migration).
  ...streamingAliases(['channels', '*'], 'channels.{0}'),
  ...streamingAliases(['channels', '*', 'accounts', '*'], 'channels.{0}.accounts.{1}'),
];

/** `at` / `prefix`: the channel (or account) pattern and its replacement prefix. */
function streamingAliases(at: readonly string[], prefix: string): LegacyKey[] {
  const generic = Object.entries({
    streamMode: 'streaming.mode',
    chunkMode: 'streaming.chunkMode',
    blockStreaming: 'streaming.block.enabled',
    blockStreamingCoalesce: 'streaming.block.coalesce',
  }).map(([from, to]) => ({ pattern: [...at, from], replacement: `${prefix}.${to}` }));
  // Only telegram's draft preview and slack's native transport have a nested successor.
  const only = (channel: string, from: string, to: string): LegacyKey => ({
    pattern: [at[0]!, channel, ...at.slice(2), from],
    replacement: `${prefix.replace('{0}', channel)}.${to}`.replace(/\{(\d)\}/g, (_, n: string) => `{${Number(n) - 1}}`),
  });
  return [
    ...generic,
    only('telegram', 'draftChunk', 'streaming.preview.chunk'),
    only('slack', 'nativeStreaming', 'streaming.nativeTransport'),
  ];
}

/** The replacement of a key that moved (doctor migrations first, then release renames). */
export function replacementFor(path: readonly string[]): string | undefined {
  return findLegacyKey(path)?.replacement ?? findLegacyKey(path, RENAMED_KEYS)?.replacement;
}

export function findLegacyKey(
  path: readonly string[],
  table: readonly LegacyKey[] = LEGACY_KEYS,
): { key: LegacyKey; replacement: string } | undefined {
  for (const key of table) {
    if (key.pattern.length !== path.length) continue;
    const captures: string[] = [];
    if (key.pattern.every((seg, i) => (seg === '*' ? (captures.push(path[i]!), true) : seg === path[i]))) {
      return { key, replacement: key.replacement.replace(/\{(\d)\}/g, (_, n: string) => captures[Number(n)] ?? '*') };
    }
  }
  return undefined;
}

/** Levenshtein distance, bounded: returns > max early. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest known key, if it is plausibly a typo (never one the object already has). */
export function suggestKey(
  key: string,
  known: readonly string[] | undefined,
  existing: { has(key: string): boolean } = new Set<string>(),
): string | undefined {
  known = known?.filter((k) => !existing.has(k));
  if (!known?.length) return undefined;
  const lower = key.toLowerCase();
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), limit);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}
