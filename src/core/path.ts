/** Config paths: display, JSON Pointer decoding and safe keys. */
import type { ConfigPath } from './finding.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `gateway.bind`, `agents.list[0].id`, `channels["my chan"].dmPolicy`. */
export function formatPath(path: ConfigPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Decode an Ajv `instancePath` (JSON Pointer) into path segments; array indexes stay strings. */
export function fromJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Own-property read that never walks the prototype chain (hostile keys like `__proto__`). */
export function getOwn(obj: unknown, key: string | number): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Read a nested value by path, own properties only. */
export function getIn(value: unknown, path: ConfigPath): unknown {
  let cur = value;
  for (const seg of path) {
    cur = getOwn(cur, seg);
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Define a property without triggering `__proto__` setters (prototype-pollution safe). */
export function defineOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
