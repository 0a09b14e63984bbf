// Release manifest, schema patches, version parsing/mapping, key index and target hints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterWorkspace } from '../../src/core/fs-confined.js';
// @ts-expect-error -- plain ESM build script without types
import { readReleases, releaseSchema, sha256 } from '../../scripts/schema-lib.mjs';
import { drift, KeyIndex } from '../../src/schema/drift.js';
import { bundledReleases, mapToRelease, parseVersion } from '../../src/schema/releases.js';
import { deploymentHint, packageJsonHint, resolveTarget } from '../../src/schema/target.js';

interface Release {
  line: string;
  version: string;
  sha256: string;
  patch?: string;
}

describe('release manifest', () => {
  const manifest = readReleases() as { newest: string; releases: Release[] };
  it('has one release per month line, oldest first, newest last', () => {
    const lines = manifest.releases.map((r) => r.line);
    expect(lines).toEqual(['2026.1', '2026.2', '2026.3', '2026.4', '2026.5', '2026.6', '2026.7', '2026.8', '2026.9']);
    for (const r of manifest.releases) expect(r.version.startsWith(`${r.line}.`)).toBe(true);
    expect(manifest.releases.at(-1)!.version).toBe(manifest.newest);
  });
  it('rebuilds every release schema from the base and its patch, byte for byte (sha256)', () => {
    for (const r of manifest.releases) {
      const schema = structuredClone(releaseSchema(r, manifest)) as Record<string, unknown>;
      delete schema.$comment;
      delete schema['x-openclaw-version'];
      expect(sha256(schema), r.version).toBe(r.sha256);
    }
  });
  it('dist lists the same releases', () => {
    expect(bundledReleases().releases.map((r) => r.version)).toEqual(manifest.releases.map((r) => r.version));
  });
});

describe('parseVersion / mapToRelease', () => {
  it('parses the spellings seen in the wild', () => {
    expect(parseVersion('2026.3.1')?.text).toBe('2026.3.1');
    expect(parseVersion('v2026.03.01')?.text).toBe('2026.3.1');
    expect(parseVersion('~2026.5.7-beta.1')?.text).toBe('2026.5.7-beta.1');
    expect(parseVersion('2026.4')?.text).toBe('2026.4');
    expect(parseVersion('latest')).toBeUndefined();
    expect(parseVersion('2026.13.1')).toBeUndefined();
  });
  it('maps to the same line, else the nearest older, and says so', () => {
    expect(mapToRelease(parseVersion('2026.3.1')!).release.version).toBe('2026.3.31');
    expect(mapToRelease(parseVersion('2026.3.1')!).note).toBeUndefined();
    const newer = mapToRelease(parseVersion('2026.11.2')!);
    expect(newer.release.version).toBe('2026.9.6');
    expect(newer.note).toMatch(/newer than every bundled release/);
    const older = mapToRelease(parseVersion('2025.12.30')!);
    expect(older.release.version).toBe('2026.1.30');
    expect(older.note).toMatch(/older than every bundled release/);
  });
});

describe('resolveTarget', () => {
  it('takes the first usable hint, then meta.lastTouchedVersion, then the newest', () => {
    const meta = { meta: { lastTouchedVersion: '2026.2.19' } };
    expect(
      resolveTarget([{ version: '2026.5.4', kind: 'explicit', source: '--openclaw-version' }], meta),
    ).toMatchObject({ version: '2026.5.28', kind: 'explicit' });
    expect(resolveTarget([undefined, undefined], meta)).toMatchObject({
      version: '2026.2.26',
      kind: 'meta.lastTouchedVersion',
      requested: '2026.2.19',
    });
    expect(resolveTarget([], {})).toMatchObject({ version: '2026.9.6', kind: 'newest' });
    expect(resolveTarget([{ version: 'latest', kind: 'deployment', source: 'image x' }], meta)).toMatchObject({
      version: '2026.2.26',
      note: expect.stringMatching(/not an OpenClaw version/),
    });
    expect(
      resolveTarget([{ version: '2026.3.1', kind: 'explicit', source: 'x' }], meta, { upgradeCheck: true }),
    ).toMatchObject({ version: '2026.9.6', kind: 'upgrade-check' });
  });
});

describe('target hints from files', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-versions-'));
  // Reads are confined to the workspace (src/core/fs-confined.ts): this one is the temp dir.
  let leaveWorkspace = () => {};
  beforeAll(() => (leaveWorkspace = enterWorkspace(tmp)));
  afterAll(() => leaveWorkspace());
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
    return path.join(tmp, rel);
  };
  it('reads image tags (nearest the workload) and npm global installs', () => {
    const compose = write(
      'a/docker-compose.yml',
      'services:\n  other:\n    image: openclaw/openclaw:2026.2.1\n  gw:\n    image: ghcr.io/openclaw/openclaw:2026.4.2\n',
    );
    expect(deploymentHint(compose, 'a/docker-compose.yml', 4)).toMatchObject({
      version: '2026.4.2',
      source: 'image ghcr.io/openclaw/openclaw:2026.4.2 in a/docker-compose.yml:5',
    });
    const df = write('b/Dockerfile', 'FROM node:24\nRUN npm i -g openclaw@2026.6.10 && true\n');
    expect(deploymentHint(df, 'b/Dockerfile')).toMatchObject({ version: '2026.6.10' });
    write('c/Dockerfile', 'FROM node:24\nRUN pnpm add -g openclaw@2026.7.1\n');
    const built = write('c/compose.yaml', 'services:\n  gw:\n    build: .\n');
    expect(deploymentHint(built, 'c/compose.yaml')).toMatchObject({
      version: '2026.7.1',
      source: expect.stringContaining('c/Dockerfile:2'),
    });
    const latest = write('d/compose.yaml', 'services:\n  gw:\n    image: ghcr.io/openclaw/openclaw:latest\n');
    expect(deploymentHint(latest, 'd/compose.yaml')).toBeUndefined();
  });
  it('reads a pinned openclaw dependency at or above the config, not a range like *', () => {
    write('e/package.json', JSON.stringify({ dependencies: { openclaw: '2026.3.8' } }));
    const cfg = write('e/conf/openclaw.json', '{}');
    expect(packageJsonHint(cfg, 'e/conf/openclaw.json', tmp)).toMatchObject({
      version: '2026.3.8',
      source: 'dependencies.openclaw "2026.3.8" in e/package.json',
    });
    write('f/package.json', JSON.stringify({ dependencies: { openclaw: '*' } }));
    expect(packageJsonHint(write('f/openclaw.json', '{}'), 'f/openclaw.json', path.join(tmp, 'f'))).toBeUndefined();
  });
});

describe('key index and drift', () => {
  const index = KeyIndex.load();
  it('knows which releases define a key', () => {
    const deny = index.mask(['gateway', 'nodes', 'denyCommands'])!;
    expect(index.has(deny, '2026.7.1')).toBe(true);
    expect(index.has(deny, '2026.8.2')).toBe(false);
    expect(index.mask(['gateway', 'nodes', 'noSuchKey'])).toBe(0);
    expect(index.mask(['channels', 'telegram', 'accounts', 'any-id', 'streamMode'])).not.toBe(0);
  });
  it('words removals, renames and additions', () => {
    const deny = index.mask(['gateway', 'nodes', 'denyCommands'])!;
    expect(drift(index, deny, '2026.9.6', 'gateway.nodes.commands.deny')?.text).toBe(
      'was replaced by gateway.nodes.commands.deny in 2026.8 (valid up to 2026.7.1)',
    );
    const entries = index.mask(['agents', 'entries'])!;
    expect(drift(index, entries, '2026.3.31')?.text).toBe('needs OpenClaw ≥ 2026.8 (first in 2026.8.2)');
  });
});
