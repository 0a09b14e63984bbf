/** Model tier heuristics of OpenClaw 2026.9.6 (audit-extra.sync). */
export const LEGACY = [
  { re: /\bgpt-3\.5\b/i, label: 'GPT-3.5 family' },
  { re: /\bclaude-(instant|2)\b/i, label: 'Claude 2/Instant family' },
  { re: /\bgpt-4-(0314|0613)\b/i, label: 'Legacy GPT-4 snapshots' },
];

export function weakReasons(id: string): string[] {
  const out: string[] = [];
  if (/\bhaiku\b/i.test(id)) out.push('Haiku tier (smaller model)');
  if (/\bgpt-/i.test(id) && !/\bgpt-5(?:\b|[.-])/i.test(id)) out.push('Below GPT-5 family');
  if (
    /\bclaude-/i.test(id) &&
    !/\bclaude-[^\s/]*?(?:-4-?(?:[5-9]|[1-9]\d)\b|4\.(?:[5-9]|[1-9]\d)\b|-[5-9](?:\b|[.-]))/i.test(id)
  )
    out.push('Below Claude 4.5');
  return out;
}

/** Largest `<N>b` parameter-size token in a model id. */
export function inferParamB(text: string): number | null {
  let best: number | null = null;
  for (const m of text.toLowerCase().matchAll(/(?:^|[^a-z0-9])[a-z]?(\d+(?:\.\d+)?)b(?=[^a-z0-9]|$)/g)) {
    const v = Number(m[1]);
    if (!Number.isFinite(v) || v <= 0) continue;
    if (best === null || v > best) best = v;
  }
  return best;
}
