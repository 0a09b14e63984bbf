/**
 * `${VAR}` substitution exactly as OpenClaw's src/config/env-substitution.ts:
 * names `[A-Z_][A-Z0-9_]*`, `$${VAR}` escapes to a literal `${VAR}`, inline use
 * inside strings, and a missing or empty variable leaves the literal text and
 * marks the value unresolved. The environment is only what the user gave
 * (env files, --env, the config's env.vars), never this process's own.
 */
import { forEachScalar, walk, type ScalarNode, type ValueNode } from '../core/tree.js';

const NAME = /^[A-Z_][A-Z0-9_]*$/;

export type Env = ReadonlyMap<string, string>;

type Token = { kind: 'escaped' | 'substitution'; name: string; end: number };

/**
 * Where the `}` closing a name that starts at `from` is, or -1. Scans name characters only (the
 * same result as indexOf('}') + NAME, which rescanned to the next `}` for each of a million `${`).
 */
function nameEnd(value: string, from: number): number {
  let j = from;
  while (j < value.length && /[A-Z0-9_]/.test(value[j]!)) j++;
  return value[j] === '}' && j > from && NAME.test(value.slice(from, j)) ? j : -1;
}

function tokenAt(value: string, i: number): Token | null {
  if (value[i] !== '$') return null;
  const next = value[i + 1];
  if (next === '$' && value[i + 2] === '{') {
    const end = nameEnd(value, i + 3);
    if (end !== -1) return { kind: 'escaped', name: value.slice(i + 3, end), end };
  }
  if (next === '{') {
    const end = nameEnd(value, i + 2);
    if (end !== -1) return { kind: 'substitution', name: value.slice(i + 2, end), end };
  }
  return null;
}

/**
 * Characters `${VAR}` substitution may add to one config: a 1 MB env value referenced 200,000
 * times would otherwise build a 200 GB config (and crash with a RangeError). Past it the rest stays
 * as written and `env.expansion_too_large` says where.
 */
export const MAX_EXPANSION_CHARS = 16 * 1024 * 1024;

export interface Substitution {
  value: string;
  substituted: string[];
  unresolved: string[];
}

export function substituteString(value: string, env: Env, budget = { left: Infinity }): Substitution & { cut?: true } {
  const result: Substitution & { cut?: true } = { value, substituted: [], unresolved: [] };
  if (!value.includes('$')) return result;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const token = tokenAt(value, i);
    if (!token) {
      out += value[i];
      continue;
    }
    if (token.kind === 'escaped') {
      out += `\${${token.name}}`;
    } else {
      const v = env.get(token.name);
      if (v === undefined || v === '') {
        out += `\${${token.name}}`;
        result.unresolved.push(token.name);
      } else {
        budget.left -= v.length;
        if (budget.left < 0) return { value, substituted: [], unresolved: [], cut: true };
        out += v;
        result.substituted.push(token.name);
      }
    }
    i = token.end;
  }
  result.value = out;
  return result;
}

/** Substitute every string in the tree in place; records authored text and variable names. */
export function substituteTree(root: ValueNode, env: Env): void {
  const budget = { left: MAX_EXPANSION_CHARS };
  // forEachScalar visits leaves last to first: reversed, the budget runs out in document order.
  const strings: ScalarNode[] = [];
  forEachScalar(root, (node) => {
    if (typeof node.value === 'string' && node.value.includes('$')) strings.push(node);
  });
  for (const node of strings.reverse()) {
    const s = substituteString(node.value as string, env, budget);
    if (s.cut) {
      node.expansionCut = true;
      return;
    }
    if (s.substituted.length === 0 && s.unresolved.length === 0 && s.value === node.value) continue;
    node.authored = node.value as string;
    node.value = s.value;
    if (s.substituted.length) node.substitutedVars = s.substituted;
    if (s.unresolved.length) node.unresolvedVars = s.unresolved;
  }
}

/** The config's own `env.vars` (literal strings), used only where the user's env has no value. */
export function configEnvVars(root: ValueNode): Map<string, string> {
  const vars = new Map<string, string>();
  const node = walk(root, ['env', 'vars']);
  if (node.depth !== 2 || node.node.kind !== 'object') return vars;
  for (const [k, m] of node.node.members) {
    if (m.value.kind === 'scalar' && typeof m.value.value === 'string') vars.set(k, m.value.value);
  }
  return vars;
}

export function mergeEnv(primary: Env, fallback: Env): Map<string, string> {
  const env = new Map(fallback);
  for (const [k, v] of primary) env.set(k, v);
  return env;
}
