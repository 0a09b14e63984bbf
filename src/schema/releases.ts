/**
 * The bundled OpenClaw release lines (dist/schema/releases.json, generated from
 * policies/schemas/releases.json) and the mapping of any version onto one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schemaRoot } from './load.js';

export interface BundledRelease {
  /** `2026.3` */
  line: string;
  /** The pinned release of the line, `2026.3.31`. */
  version: string;
}

export interface BundledReleases {
  newest: string;
  /** Oldest first. */
  releases: BundledRelease[];
}

const loaded = new Map<string, BundledReleases>();
export function bundledReleases(root = schemaRoot()): BundledReleases {
  let r = loaded.get(root);
  if (!r)
    loaded.set(root, (r = JSON.parse(fs.readFileSync(path.join(root, 'releases.json'), 'utf8')) as BundledReleases));
  return r;
}

export interface ParsedVersion {
  year: number;
  month: number;
  patch?: number;
  /** The normalised text (`2026.3.1`, `2026.3.1-beta.2`, `2026.3`). */
  text: string;
}

/** `2026.3.1`, `v2026.3.1`, `2026.3.1-beta.2`, `2026.03.01`, `~2026.3.1`, `2026.3` (line only). */
export function parseVersion(raw: string): ParsedVersion | undefined {
  const m = /^\s*[v=~^]*\s*(\d{4})\.(\d{1,2})(?:\.(\d{1,3}))?((?:-[0-9A-Za-z.-]+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const patch = m[3] === undefined ? undefined : Number(m[3]);
  return {
    year,
    month,
    ...(patch !== undefined ? { patch } : {}),
    text: `${year}.${month}${patch !== undefined ? `.${patch}` : ''}${m[4] ?? ''}`,
  };
}

function lineKey(year: number, month: number): number {
  return year * 100 + month;
}

export interface MappedRelease {
  release: BundledRelease;
  /** Set when the version is not on a bundled line (nearest older line, or the oldest/newest). */
  note?: string;
}

/** Same year.month → that line's release; otherwise the nearest older line (the oldest when none is older). */
export function mapToRelease(requested: ParsedVersion, bundled = bundledReleases()): MappedRelease {
  const want = lineKey(requested.year, requested.month);
  const keyed = bundled.releases.map((r) => {
    const [y, mo] = r.line.split('.').map(Number);
    return { r, key: lineKey(y!, mo!) };
  });
  const exact = keyed.find((k) => k.key === want);
  if (exact) return { release: exact.r };
  const older = keyed.filter((k) => k.key < want).pop();
  if (older) {
    const newest = keyed[keyed.length - 1]!;
    const why =
      newest === older
        ? 'is newer than every bundled release'
        : `has no bundled ${requested.year}.${requested.month} line`;
    return {
      release: older.r,
      note: `${requested.text} ${why}; validated against ${older.r.version}, the nearest older bundled release`,
    };
  }
  const oldest = keyed[0]!;
  return {
    release: oldest.r,
    note: `${requested.text} is older than every bundled release; validated against ${oldest.r.version}, the oldest bundled release`,
  };
}

function releaseRank(version: string): number {
  const v = parseVersion(version);
  if (!v) throw new Error(`not a release version: ${version}`);
  return (v.year * 100 + v.month) * 1000 + (v.patch ?? 0);
}

/** Compares two release versions (negative when a is older); rules and deploy both read it. */
export function compareReleases(a: string, b: string): number {
  return releaseRank(a) - releaseRank(b);
}
