/**
 * Which OpenClaw release a config is validated against, first match wins:
 * an explicit version (--openclaw-version, the action input, .clawlint.yml
 * openclawVersion), the deployment that runs the config (image tag, `npm install -g
 * openclaw@X` in a Dockerfile, a pinned `openclaw` dependency in a package.json next to
 * it), the config's meta.lastTouchedVersion, otherwise the newest bundled release.
 */
import { readConfinedText } from '../core/fs-confined.js';
import path from 'node:path';
import { bundledReleases, mapToRelease, parseVersion, type BundledReleases } from './releases.js';

export type TargetKind =
  'explicit' | 'deployment' | 'package.json' | 'meta.lastTouchedVersion' | 'newest' | 'upgrade-check';

/** A version some source asks for (not yet mapped onto a bundled release). */
export interface TargetHint {
  version: string;
  kind: TargetKind;
  /** Where it came from, for people: `--openclaw-version`, `image ghcr.io/openclaw/openclaw:2026.3.1 in docker-compose.yml`. */
  source: string;
}

export interface Target {
  /** The bundled release validated against (`2026.3.31`). */
  version: string;
  /** Its line (`2026.3`). */
  line: string;
  /** The version the source named, when there was one (`2026.3.1`). */
  requested?: string;
  kind: TargetKind;
  source: string;
  /** Set when the requested version is not on a bundled line, or a source was unusable. */
  note?: string;
}

function isRec(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function resolveTarget(
  hints: readonly (TargetHint | undefined)[],
  config: unknown,
  opts: { upgradeCheck?: boolean; bundled?: BundledReleases } = {},
): Target {
  const bundled = opts.bundled ?? bundledReleases();
  const newest =
    bundled.releases.find((r) => r.version === bundled.newest) ?? bundled.releases[bundled.releases.length - 1]!;
  if (opts.upgradeCheck)
    return {
      version: newest.version,
      line: newest.line,
      kind: 'upgrade-check',
      source: '--upgrade-check (the newest bundled release)',
    };
  const notes: string[] = [];
  const meta = isRec(config) && isRec(config.meta) ? config.meta.lastTouchedVersion : undefined;
  const candidates = [
    ...hints,
    typeof meta === 'string'
      ? { version: meta, kind: 'meta.lastTouchedVersion' as const, source: 'meta.lastTouchedVersion' }
      : undefined,
  ];
  for (const hint of candidates) {
    if (!hint) continue;
    const parsed = parseVersion(hint.version);
    if (!parsed) {
      notes.push(`${hint.source} names ${JSON.stringify(hint.version)}, not an OpenClaw version; ignored`);
      continue;
    }
    const mapped = mapToRelease(parsed, bundled);
    const note = [...notes, ...(mapped.note ? [mapped.note] : [])].join('; ');
    return {
      version: mapped.release.version,
      line: mapped.release.line,
      requested: parsed.text,
      kind: hint.kind,
      source: hint.source,
      ...(note ? { note } : {}),
    };
  }
  const note = notes.join('; ');
  return {
    version: newest.version,
    line: newest.line,
    kind: 'newest',
    source: 'the newest bundled release',
    ...(note ? { note } : {}),
  };
}

const IMAGE = /\b(?:(?:ghcr\.io|docker\.io)\/)?openclaw\/openclaw:([0-9][\w.-]*)/g;
const NPM =
  /\b(?:npm|pnpm|yarn|bun)\s+(?:install|i|add|global\s+add)\b[^\n]*?(?<![\w@/-])openclaw@([~^=v]*[0-9][\w.-]*)/g;

interface Hit {
  version: string;
  line: number;
  what: string;
}

function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(IMAGE)) hits.push({ version: m[1]!, line: lineOf(m.index), what: `image ${m[0]}` });
  for (const m of text.matchAll(NPM))
    hits.push({ version: m[1]!, line: lineOf(m.index), what: `\`openclaw@${m[1]}\` installed` });
  return hits.filter((h) => parseVersion(h.version));
}

/**
 * The OpenClaw version a deployment file runs: an image tag or an npm global install,
 * the first one at or after the workload's line when the file names several; a compose service that
 * builds its image also looks at the Dockerfile next to the compose file.
 */
/** Deployment files, Dockerfiles and package.json files read for a version hint (hostile: /dev/zero, /proc). */
const HINT_MAX_BYTES = 2 * 1024 * 1024;

export function deploymentHint(deploymentAbs: string, deploymentRel: string, nearLine = 1): TargetHint | undefined {
  const read = readConfinedText(deploymentAbs, HINT_MAX_BYTES);
  if (!read.ok) return undefined;
  const text = read.text;
  const hits = scan(text);
  if (hits.length) {
    // The workload's line is where its block starts: prefer the first hit inside it (at or after).
    const after = hits.filter((h) => h.line >= nearLine).sort((a, b) => a.line - b.line);
    const best = after[0] ?? hits.reduce((a, b) => (nearLine - b.line < nearLine - a.line ? b : a));
    return { version: best.version, kind: 'deployment', source: `${best.what} in ${deploymentRel}:${best.line}` };
  }
  if (/^\s*build\s*:/m.test(text)) {
    const named = /^\s*dockerfile\s*:\s*["']?([^"'\s#]+)/m.exec(text)?.[1];
    const dir = path.dirname(deploymentAbs);
    for (const df of [...(named ? [named] : []), 'Dockerfile']) {
      const abs = path.resolve(dir, df);
      const dread = readConfinedText(abs, HINT_MAX_BYTES);
      if (!dread.ok) continue;
      const dtext = dread.text;
      const h = scan(dtext)[0];
      if (h)
        return {
          version: h.version,
          kind: 'deployment',
          source: `${h.what} in ${path.join(path.dirname(deploymentRel), df)}:${h.line}`,
        };
    }
  }
  return undefined;
}

/** A pinned `openclaw` dependency in the nearest package.json at or above the config's directory (not above `stop`). */
export function packageJsonHint(configAbs: string, configRel: string, stop: string): TargetHint | undefined {
  let dir = path.dirname(configAbs);
  let relDir = path.dirname(configRel);
  const root = path.resolve(stop);
  for (;;) {
    const pj = path.join(dir, 'package.json');
    const pread = readConfinedText(pj, HINT_MAX_BYTES);
    if (pread.ok) {
      try {
        const pkg = JSON.parse(pread.text) as Record<string, unknown>;
        for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
          const deps = pkg[field];
          const spec = isRec(deps) ? deps.openclaw : undefined;
          if (typeof spec === 'string' && /^[~^=v]*\d{4}\.\d{1,2}(\.\d+)?(-[\w.-]+)?$/.test(spec.trim())) {
            return {
              version: spec.trim(),
              kind: 'package.json',
              source: `${field}.openclaw "${spec.trim()}" in ${path.join(relDir, 'package.json')}`,
            };
          }
        }
      } catch {
        // an unreadable package.json names no version
      }
    }
    const up = path.dirname(dir);
    if (dir === root || up === dir || !up.startsWith(root)) return undefined;
    dir = up;
    relDir = path.dirname(relDir);
  }
}

/** `(validated against 2026.3.31 from meta.lastTouchedVersion 2026.3.2)` */
export function describeTarget(t: Target): string {
  const from =
    t.kind === 'newest'
      ? 'the newest bundled release'
      : `${t.source}${t.requested && !t.source.includes(t.requested) ? ` ${t.requested}` : ''}`;
  return `OpenClaw ${t.version} (${t.line}.x) from ${from}${t.note ? `; ${t.note}` : ''}`;
}
