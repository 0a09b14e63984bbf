/**
 * Last line of defence against printing a secret: every value that looks like
 * a credential (env values of secret-looking variables, credential keys in
 * configs) is collected, and every output string is scrubbed of them.
 */
import type { Finding } from './finding.js';
import { forEachScalar, type ValueNode } from './tree.js';

const SECRET_NAME =
  /(token|secret|passw(or)?d|passphrase|api[-_]?key|apikey|private[-_]?key|credential|cookie|bearer)/i;
const MIN_LENGTH = 6;
const MASK = '****';

/**
 * Values that are secret by their name (an env variable or config key such as
 * *_TOKEN, password, apiKey). Names, not shapes: a shape heuristic would mask
 * model ids and URLs in messages; detected secrets never reach messages anyway.
 */
export function looksSecret(name: string, value: string): boolean {
  return value.length >= MIN_LENGTH && SECRET_NAME.test(name);
}

export class Redactor {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value.length >= MIN_LENGTH && !/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(value)) this.values.add(value);
  }

  addEnv(env: ReadonlyMap<string, string>): void {
    for (const [k, v] of env) if (looksSecret(k, v)) this.add(v);
  }

  /** Credential-keyed strings in a config tree (after substitution). */
  addTree(root: ValueNode): void {
    forEachScalar(root, (node, path) => {
      const key = String(path[path.length - 1] ?? '');
      if (typeof node.value === 'string' && looksSecret(key, node.value)) this.add(node.value);
    });
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
    for (const v of [...this.values].sort((a, b) => b.length - a.length))
      if (out.includes(v)) out = out.split(v).join(MASK);
    return out;
  }

  finding(f: Finding): Finding {
    if (!this.values.size) return f;
    const out: Finding = { ...f, message: this.redact(f.message), path: this.redact(f.path) };
    if (f.fix) out.fix = this.redact(f.fix);
    if (f.related) out.related = f.related.map((r) => (r.message ? { ...r, message: this.redact(r.message) } : r));
    if (f.suppressed) out.suppressed = { ...f.suppressed, reason: this.redact(f.suppressed.reason) };
    // A suggestion is a whole source line: never offer one that carries a secret.
    if (f.suggestion !== undefined && this.redact(f.suggestion) !== f.suggestion) delete out.suggestion;
    return out;
  }
}
