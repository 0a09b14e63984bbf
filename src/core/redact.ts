/**
 * Last line of defence against printing a secret: every value that looks like
 * a credential (env values of secret-looking variables, credential keys in
 * configs) is collected, and every output string is scrubbed of them.
 */
import type { Autofix } from './autofix.js';
import type { Finding } from './finding.js';
import { forEachScalar, type ValueNode } from './tree.js';

const SECRET_NAME =
  /(token|secret|passw(or)?d|passphrase|api[-_]?key|apikey|private[-_]?key|credential|cookie|bearer)/i;
const MIN_LENGTH = 6;
const MASK = '****';
/** Env values that are not worth masking: booleans, numbers, IP addresses, bind modes. */
const PLAIN_VALUE =
  /^(?:true|false|yes|no|on|off|null|none|lan|loopback|localhost|tailnet|auto|[0-9.:]+|\[[0-9a-f:.]+\])$/i;
/** Characters that end a URL authority's userinfo. */
const USERINFO_END = /[\s/?#"'`<>\\]/;

/** The userinfo of each `://userinfo@` in `text`, found in one pass (a regex would rescan long runs). */
function urlUserinfos(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let end = at + 3;
    while (end < text.length && text[end] !== '@' && !USERINFO_END.test(text[end]!)) end++;
    if (text[end] === '@' && end > at + 3) out.push(text.slice(at + 3, end));
  }
  return out;
}
/** Characters an output format may escape or split (Markdown, HTML entities, command neutralising). */
const ESCAPABLE = /[\\`*_[\]|~&<>@#:/.\u0000-\u001f\u007f]/;
const ENTITIES: Record<string, string[]> = {
  '&': ['&amp;', '&#38;'],
  '<': ['&lt;', '&#60;'],
  '>': ['&gt;', '&#62;'],
  '@': ['&#64;'],
  '|': ['&#124;'],
  '`': ['&#96;'],
  '#': ['&#35;'],
  '"': ['&quot;', '&#34;'],
  "'": ['&#39;'],
};

function escapeRe(ch: string): string {
  return ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The value as any sink may have rewritten it: backslash-escaped, entity-encoded, split by a zero-width space. */
function escapedForms(v: string): RegExp {
  const parts = [...v].map((ch) => {
    const alts = [escapeRe(ch), `\\\\${escapeRe(ch)}`, ...(ENTITIES[ch] ?? [])];
    if (/[\u0000-\u001f\u007f]/.test(ch)) alts.push(' ');
    return `(?:${alts.join('|')})`;
  });
  return new RegExp(parts.join('\u200b?'), 'g');
}

/**
 * Values that are secret by their name (an env variable or config key such as
 * *_TOKEN, password, apiKey). Names, not shapes: a shape heuristic would mask
 * model ids and URLs in messages; detected secrets never reach messages anyway.
 */
export function looksSecret(name: string, value: string): boolean {
  return value.length >= MIN_LENGTH && SECRET_NAME.test(name);
}

/**
 * Which env names hold values the scanned repository commits (a container's `environment:`, a
 * Secret read through envFrom, the config's env.vars) and whether such a value is secret. Masking
 * every committed value would blank ordinary words wherever they recur ("Pod/****-agent" for
 * TARGET_AUDIENCE=openclaw, "state directory ****" for HOME=/home/node). The shape test comes
 * from the caller (secrets/value-class.ts), which knows the secret plugins this layer may not import.
 */
export interface CommittedEnv {
  has(name: string): boolean;
  isSecret(name: string, value: string): boolean;
}

export class Redactor {
  private readonly values = new Set<string>();
  private readonly patterns = new Map<string, RegExp>();
  private sorted: string[] | undefined;

  add(value: string): void {
    if (value.length >= MIN_LENGTH && !/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(value)) this.values.add(value);
  }

  /**
   * Every env value, whatever its name: a value reached through `${VAR}` or an env file may be
   * anything (a runner token read from /proc/self/environ was one). Only flags, numbers and
   * addresses are left out, as masking them would blank messages ("binds ****"). A value the
   * repository commits (`committed`) is masked only when it is secret: see CommittedEnv.
   */
  addEnv(env: ReadonlyMap<string, string>, committed?: CommittedEnv): void {
    for (const [k, v] of env) {
      if (committed?.has(k) ? committed.isSecret(k, v) : looksSecret(k, v) || !PLAIN_VALUE.test(v)) this.add(v);
      this.addUrlCredentials(v);
    }
  }

  /** Credential-keyed strings in a config tree (after substitution), and URL credentials in any string. */
  addTree(root: ValueNode): void {
    forEachScalar(root, (node, path) => {
      const key = String(path[path.length - 1] ?? '');
      if (typeof node.value !== 'string') return;
      if (looksSecret(key, node.value)) this.add(node.value);
      this.addUrlCredentials(node.value);
    });
  }

  /**
   * The userinfo of every `scheme://user:password@` (or `scheme://token@`) in `text`, whatever
   * the key: a message or suggestion that quotes such a URL shows `scheme://****@host`, and a
   * suggestion line that carries one is not offered.
   */
  addUrlCredentials(text: string): void {
    if (!text.includes('@')) return;
    for (const info of urlUserinfos(text)) {
      const colon = info.indexOf(':');
      if (colon >= 0 ? info.length > colon + 1 : info.length >= MIN_LENGTH) this.values.add(info);
      if (colon >= 0 && info.length - colon - 1 >= 4) this.values.add(info.slice(colon + 1));
    }
  }

  get size(): number {
    return this.values.size;
  }

  list(): string[] {
    return [...this.values];
  }

  redact(text: string): string {
    if (!this.values.size) return text;
    let out = text;
    for (const v of this.longestFirst()) {
      if (out.includes(v)) out = out.split(v).join(MASK);
      if (ESCAPABLE.test(v)) {
        let re = this.patterns.get(v);
        if (!re) this.patterns.set(v, (re = escapedForms(v)));
        out = out.replace(re, MASK);
      }
    }
    return out;
  }

  /** The values, longest first (a value inside a longer one must not mask it partly); sorted once per change. */
  private longestFirst(): string[] {
    if (this.sorted?.length !== this.values.size) this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    return this.sorted;
  }

  /**
   * The finding as it may be printed. The finding itself when nothing in it is masked: a run's
   * 100,000 findings are not copied at its end to change nothing.
   */
  finding(f: Finding): Finding {
    if (!this.values.size) return f;
    const message = this.redact(f.message);
    const path = this.redact(f.path);
    const fix = f.fix && this.redact(f.fix);
    const related = f.related?.some((r) => r.message && this.redact(r.message) !== r.message);
    const reason = f.suppressed && this.redact(f.suppressed.reason);
    // A suggestion is a whole source line: never offer one that carries a secret.
    const dropSuggestion = f.suggestion !== undefined && this.redact(f.suggestion) !== f.suggestion;
    const autofix = f.autofix && this.autofix(f.autofix);
    if (
      message === f.message &&
      path === f.path &&
      fix === f.fix &&
      !related &&
      reason === f.suppressed?.reason &&
      !dropSuggestion &&
      autofix === f.autofix
    )
      return f;
    const out: Finding = { ...f, message, path };
    if (f.fix) out.fix = fix;
    if (f.related) out.related = f.related.map((r) => (r.message ? { ...r, message: this.redact(r.message) } : r));
    if (f.suppressed) out.suppressed = { ...f.suppressed, reason: reason! };
    if (dropSuggestion) delete out.suggestion;
    if (autofix) out.autofix = autofix;
    return out;
  }

  /** The autofix as it may be printed (itself when nothing in it is masked). */
  private autofix(fix: Autofix): Autofix {
    const secret = fix.edits.some((e) => this.redact(e.text) !== e.text);
    const description = this.redact(fix.description);
    const fallback = fix.fallback && this.autofix(fix.fallback);
    if (!secret && description === fix.description && fallback === fix.fallback) return fix;
    return {
      ...fix,
      description,
      ...(secret ? { redacted: true } : {}),
      ...(fallback ? { fallback } : {}),
    };
  }
}
