/**
 * Small helpers shared by the platform readers: located YAML access, shell
 * tokenising with positions, compose-style `${VAR}` interpolation, secret-name
 * detection and the gateway flags of a command line.
 */
import type { Location } from '../core/finding.js';
import { locateRange } from '../core/locate.js';
import type { SourceFile } from '../core/source.js';
import type { MemberNode, ObjectNode, Range, ValueNode } from '../core/tree.js';
import type { Arg } from './model.js';

// ---------------------------------------------------------------------------
// Located tree access
// ---------------------------------------------------------------------------

export function member(node: ValueNode | undefined, key: string): MemberNode | undefined {
  return node?.kind === 'object' ? node.members.get(key) : undefined;
}

export function child(node: ValueNode | undefined, ...keys: string[]): ValueNode | undefined {
  let cur = node;
  for (const k of keys) cur = member(cur, k)?.value;
  return cur;
}

export function asObject(node: ValueNode | undefined): ObjectNode | undefined {
  return node?.kind === 'object' ? node : undefined;
}

export function items(node: ValueNode | undefined): ValueNode[] {
  return node?.kind === 'array' ? node.items : [];
}

/** A scalar as a string (numbers and booleans too); undefined for objects, arrays and null. */
export function scalarText(node: ValueNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

export function isTrue(node: ValueNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || node.value === 'true');
}

export function isFalse(node: ValueNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === false || node.value === 'false');
}

export function nodeLoc(node: ValueNode): Location {
  return locateRange(node.file, node.range);
}

export function keyLoc(m: MemberNode): Location {
  return locateRange(m.file, m.keyRange);
}

/** Location of `key` in `node` (its key), else of the node itself. */
export function keyOrNodeLoc(node: ValueNode, key: string): Location {
  const m = member(node, key);
  return m ? keyLoc(m) : nodeLoc(node);
}

// ---------------------------------------------------------------------------
// Command lines
// ---------------------------------------------------------------------------

/** Split a shell-ish command string into words (quotes removed; no expansion). */
export function shellWords(text: string): { text: string; raw: string }[] {
  const out: { text: string; raw: string }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let word = '';
    while (i < text.length && !/\s/.test(text[i]!)) {
      const c = text[i]!;
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        const stop = end === -1 ? text.length : end;
        word += text.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === '\\' && i + 1 < text.length) {
        word += text[i + 1];
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    out.push({ text: word, raw: text.slice(start, Math.min(i, text.length)) });
  }
  return out;
}

/**
 * Tokenise a command written as one string located at `range` in `file`.
 * Each word is located by searching its raw text inside the range, so quoted
 * YAML/TOML strings locate correctly. `sh -c "…"` scripts are split as well.
 */
export function argsFromString(text: string, file: SourceFile, range: Range): Arg[] {
  const out: Arg[] = [];
  let cursor = range[0];
  const whole = locateRange(file, range);
  const locate = (raw: string): Location => {
    const at = file.text.indexOf(raw, cursor);
    if (at === -1 || at + raw.length > range[1] + 1) return whole;
    cursor = at + raw.length;
    return locateRange(file, [at, at + raw.length]);
  };
  const words = shellWords(text);
  words.forEach((w, idx) => {
    if (idx > 0 && words[idx - 1]!.text === '-c' && /\s/.test(w.text)) {
      const inner = shellWords(w.text);
      for (const iw of inner) out.push({ text: iw.text, loc: locate(iw.raw.replace(/^["']|["']$/g, '')) });
      return;
    }
    out.push({ text: w.text, loc: locate(w.raw) });
  });
  return out;
}

/** Tokens from a list of located strings (exec form); `sh -c` scripts are split. */
export function argsFromList(list: { text: string; file: SourceFile; range: Range }[]): Arg[] {
  const out: Arg[] = [];
  list.forEach((item, idx) => {
    if (idx > 0 && list[idx - 1]!.text === '-c' && /\s/.test(item.text)) {
      out.push(...argsFromString(item.text, item.file, item.range));
      return;
    }
    out.push({ text: item.text, loc: locateRange(item.file, item.range) });
  });
  return out;
}

/** A YAML command (string or list of scalars) as tokens. */
export function argsFromYaml(node: ValueNode | undefined, interpolate: (s: string) => string = (s) => s): Arg[] {
  if (!node) return [];
  if (node.kind === 'scalar' && typeof node.value === 'string')
    return argsFromString(interpolate(node.value), node.file, node.range);
  if (node.kind === 'array') {
    return argsFromList(
      node.items.flatMap((n) => {
        const t = scalarText(n);
        return t === undefined ? [] : [{ text: interpolate(t), file: n.file, range: n.range }];
      }),
    );
  }
  return [];
}

/** The gateway flags of a command line live in ./invocation.ts. */
export { gatewayFlags, type GatewayFlags } from './invocation.js';

// ---------------------------------------------------------------------------
// Interpolation (docker compose rules)
// ---------------------------------------------------------------------------

export interface Interpolated {
  value: string;
  /** Variable names referenced. */
  vars: string[];
  /** Names with no value and no default. */
  unresolved: string[];
}

/** `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `$VAR`, `$$`. */
export function interpolate(text: string, env: ReadonlyMap<string, string>): Interpolated {
  const vars: string[] = [];
  const unresolved: string[] = [];
  const value = text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, braced?: string, op?: string, arg?: string, bare?: string) => {
      if (m === '$$') return '$';
      const name = (braced ?? bare)!;
      vars.push(name);
      const v = env.get(name);
      const set = v !== undefined && (v !== '' || !op?.startsWith(':'));
      if (op === ':-' || op === '-') return set ? v : interpolate(arg ?? '', env).value;
      if (op === ':+' || op === '+') return set ? interpolate(arg ?? '', env).value : '';
      if (v === undefined) unresolved.push(name);
      return v ?? '';
    },
  );
  return { value, vars, unresolved };
}

// ---------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------

const SECRET_NAME =
  /(?:^|[_.-])(?:TOKEN|PASSWORD|PASSWD|PASS|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CLIENT_?SECRET|CREDENTIALS?)(?:$|[_.-])/i;
const NOT_A_SECRET_NAME =
  /(?:_FILE|_PATH|_DIR|_URL|_ENDPOINT|_HOST|_PORT|_MODE|_TYPE|_ID|_NAME|_ENABLED|_LENGTH|_TTL|_EXPIRES?(?:_IN)?)$/i;

/** True for variable / key names that hold credentials (`OPENCLAW_GATEWAY_TOKEN`, `ANTHROPIC_API_KEY`…). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.replace(/([a-z])([A-Z])/g, '$1_$2')) && !NOT_A_SECRET_NAME.test(name);
}

export function describeLength(value: string): string {
  const n = value.length;
  return `${n} character${n === 1 ? '' : 's'}`;
}

/** Absolute path `p` inside directory `dir` (string prefix, POSIX). */
export function posixUnder(p: string, dir: string): string | undefined {
  const d = dir.replace(/\/+$/, '');
  if (p === d) return '';
  if (p.startsWith(`${d}/`)) return p.slice(d.length + 1);
  return undefined;
}
