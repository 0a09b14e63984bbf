/**
 * `--shard i/n`: a deterministic partition of a lint run. The unit of work is a group: a config
 * with everything its findings can land on (the files it `$include`s, the deployment file that
 * runs it, and so every other config that deployment runs), joined transitively. A group's shard
 * is a hash of its smallest path, so adding, removing or editing files outside a group never moves
 * it. Every finding belongs to the shard of the group of its file; a file in no group (a deployment
 * that runs no config, a file only the secrets scan reads, the clawlint config itself) belongs to
 * the shard its own path hashes to. See docs/org-scale.md.
 */
import { UsageError } from '../core/errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

export const MAX_SHARDS = 256;

export function parseShard(text: string): ShardSpec {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || total > MAX_SHARDS || index < 1 || index > total)
    throw new UsageError(
      `--shard must be INDEX/TOTAL with 1 <= INDEX <= TOTAL <= ${MAX_SHARDS} (e.g. 2/4), got ${JSON.stringify(text)}`,
    );
  return { index, total };
}

/** FNV-1a over the UTF-8 bytes: the same on every platform and Node version. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 1-based shard of a group key. */
export function shardOfKey(key: string, total: number): number {
  return (fnv1a(key) % total) + 1;
}

/** Groups of repo-relative paths (union-find); a group's key is its smallest member. */
export class Grouping {
  private readonly parent = new Map<string, string>();

  add(node: string): void {
    if (!this.parent.has(node)) this.parent.set(node, node);
  }

  private find(node: string): string {
    let root = node;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps the 10,000-config plan linear.
    let n = node;
    while (n !== root) {
      const next = this.parent.get(n)!;
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }

  join(a: string, b: string): void {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller path is the root, so a group's root is its key whatever the join order.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }

  has(node: string): boolean {
    return this.parent.has(node);
  }

  /** The group key of a member, undefined for a path in no group. */
  keyOf(node: string): string | undefined {
    return this.parent.has(node) ? this.find(node) : undefined;
  }

  /** Every group: key → members (sorted). */
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const n of [...this.parent.keys()].sort()) {
      const k = this.find(n);
      out.set(k, [...(out.get(k) ?? []), n]);
    }
    return out;
  }
}

export class Partition {
  constructor(
    readonly grouping: Grouping,
    readonly total: number,
  ) {}

  /** The shard (1-based) every finding in `file` belongs to. */
  ownerOf(file: string): number {
    return shardOfKey(this.grouping.keyOf(file) ?? file, this.total);
  }
}
