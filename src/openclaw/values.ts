/**
 * Plain value helpers for OpenClaw configs (own-property reads, OpenClaw's string normalisers).
 */
export type Rec = Record<string, unknown>;

export function isRec(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own-property path read (never walks prototypes). */
export function at(root: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Rec)[seg as string];
  }
  return cur;
}

export function rec(root: unknown, ...path: (string | number)[]): Rec | undefined {
  const v = at(root, ...path);
  return isRec(v) ? v : undefined;
}

export function str(root: unknown, ...path: (string | number)[]): string | undefined {
  const v = at(root, ...path);
  return typeof v === 'string' ? v : undefined;
}

export function arr(root: unknown, ...path: (string | number)[]): unknown[] | undefined {
  const v = at(root, ...path);
  return Array.isArray(v) ? v : undefined;
}

/** Trimmed non-empty string or undefined (OpenClaw's `normalizeOptionalString`). */
export function trimmed(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

/** Trimmed, non-empty string entries of a list (`normalizeStringEntries`). */
export function stringEntries(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const e of v) {
    const t = trimmed(typeof e === 'number' ? String(e) : e);
    if (t) out.push(t);
  }
  return out;
}
