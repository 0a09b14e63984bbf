/**
 * Keys across releases: dist/schema/keys.json is a trie of every property path any bundled
 * release defines, each node `[mask, children?]` (bit i = release i, oldest first). Subtrees
 * that are the same in every release are cut to `[all]`, so a lookup that ends above the
 * requested depth means "no release differs here".
 */
import fs from 'node:fs';
import path from 'node:path';
import { schemaRoot } from './load.js';

type Node = [number, Record<string, Node>?];

export class KeyIndex {
  private constructor(
    readonly releases: readonly string[],
    private readonly root: Record<string, Node>,
  ) {}

  private static readonly cache = new Map<string, KeyIndex>();
  static load(root = schemaRoot()): KeyIndex {
    let idx = KeyIndex.cache.get(root);
    if (!idx) {
      const raw = JSON.parse(fs.readFileSync(path.join(root, 'keys.json'), 'utf8')) as {
        releases: string[];
        index: Record<string, Node>;
      };
      KeyIndex.cache.set(root, (idx = new KeyIndex(raw.releases, raw.index)));
    }
    return idx;
  }

  /**
   * The releases that define the key at `path` (a config path: array indexes as numbers or
   * digit strings), as a bit mask; undefined when no release differs on this path.
   */
  mask(path: readonly (string | number)[]): number | undefined {
    let children: Record<string, Node> | undefined = this.root;
    let mask = (1 << this.releases.length) - 1;
    for (const seg of path) {
      if (!children) return mask === (1 << this.releases.length) - 1 ? undefined : 0;
      const isIndex = typeof seg === 'number' || /^\d+$/.test(seg);
      const node: Node | undefined = isIndex
        ? children['[]']
        : ((Object.hasOwn(children, seg) ? children[seg] : undefined) ?? children['*']);
      if (!node) return 0;
      mask &= node[0];
      children = node[1];
    }
    return mask;
  }

  has(mask: number, version: string): boolean {
    const i = this.releases.indexOf(version);
    return i >= 0 && (mask & (1 << i)) !== 0;
  }
}

function line(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

export interface Drift {
  /** "was removed in 2026.5 (valid up to 2026.4.29)" / "needs OpenClaw ≥ 2026.6" */
  text: string;
  kind: 'removed' | 'added';
  /** For a removal: the first bundled release without the key. */
  removedIn?: string;
}

/** How a key unknown to `target` relates to the other releases (undefined: no release knows it). */
export function drift(index: KeyIndex, mask: number, target: string, replacement?: string): Drift | undefined {
  const t = index.releases.indexOf(target);
  if (!mask || t < 0) return undefined;
  const bits = index.releases.map((_, i) => (mask & (1 << i)) !== 0);
  const lastBefore = bits.slice(0, t).lastIndexOf(true);
  const firstAfter = bits.findIndex((b, i) => b && i > t);
  if (lastBefore >= 0 && (firstAfter < 0 || t - lastBefore <= firstAfter - t)) {
    const removedIn = index.releases[lastBefore + 1]!;
    const upTo = index.releases[lastBefore]!;
    return {
      kind: 'removed',
      removedIn,
      text: replacement
        ? `was replaced by ${replacement} in ${line(removedIn)} (valid up to ${upTo})`
        : `was removed in ${line(removedIn)} (valid up to ${upTo})`,
    };
  }
  if (firstAfter >= 0)
    return {
      kind: 'added',
      text: `needs OpenClaw ≥ ${line(index.releases[firstAfter]!)} (first in ${index.releases[firstAfter]})`,
    };
  return undefined;
}
