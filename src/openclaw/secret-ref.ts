/**
 * SecretRefs (`{source, id}`, `${VAR}`, `$VAR`) and their local, env-only resolution.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import type { ConfigContext } from './context.js';
import { isRec, trimmed } from './values.js';

const SECRET_SOURCES = new Set(['env', 'file', 'exec', 'store']);
const ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;

export interface SecretRef {
  source: string;
  id: string;
}

/** `{source, provider?, id}` objects and `${VAR}` / `$VAR` strings (OpenClaw's `coerceSecretRef`). */
export function coerceSecretRef(value: unknown): SecretRef | undefined {
  if (isRec(value)) {
    const source = value.source;
    const id = value.id;
    if (typeof source === 'string' && SECRET_SOURCES.has(source) && typeof id === 'string' && id.trim())
      return { source, id };
    return undefined;
  }
  if (typeof value === 'string') {
    const t = value.trim();
    const m = ENV_TEMPLATE.exec(t) ?? ENV_SHORTHAND.exec(t);
    if (m && m[1]) return { source: 'env', id: m[1] };
  }
  return undefined;
}

export function envValue(ctx: ConfigContext, name: string): string | undefined {
  return trimmed(ctx.env.get(name));
}

/** Resolve a SecretRef locally (env refs only; file/exec/store refs are never read). */
export function resolveRefLocally(ctx: ConfigContext, ref: SecretRef | undefined): string | undefined {
  if (!ref || ref.source !== 'env') return undefined;
  return envValue(ctx, ref.id);
}
