// R16 and the enclosing-.gitignore trap: the same tree gives the same findings whatever the cwd and
// however it is named (relative from inside, `../deploy` from a sibling, absolute), and a tree that
// sits in a directory the enclosing repository ignores is still scanned (its own rules apply).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-root-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const COMPOSE = `services:
  gw:
    image: ghcr.io/openclaw/openclaw:2026.9.6
    command: ["node", "dist/index.js", "gateway", "--bind", "lan"]
    ports: ["18789:18789"]
    env_file: [.env]
    volumes: ["state:/home/node/.openclaw"]
volumes: { state: {} }
`;

function tree(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'docker-compose.yml'), COMPOSE);
  fs.writeFileSync(path.join(dir, '.env'), 'OPENCLAW_GATEWAY_TOKEN=change-me-now\n');
}

/** rule ids with the path below the scanned tree, so runs from different cwds compare. */
function findings(args: string[], cwd: string, prefix: string): { code: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [cli, 'lint', ...args, '--format', 'json', '--fail-on', 'critical'], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 20_000,
  });
  const doc = JSON.parse(r.stdout) as { findings: { file: string; startLine: number; ruleId: string }[] };
  const lines = doc.findings.map((f) => {
    expect(f.file.startsWith(prefix), f.file).toBe(true);
    return `${f.file.slice(prefix.length)}:${f.startLine} ${f.ruleId}`;
  });
  return { code: r.status, lines: lines.sort() };
}

describe('the scanned root, not the cwd, anchors discovery', () => {
  it('gives the same findings inside the tree, from a sibling (../deploy) and by absolute path', () => {
    const root = path.join(tmp, 'r16');
    tree(path.join(root, 'deploy'));
    fs.mkdirSync(path.join(root, 'ci'));
    const inside = findings(['.'], path.join(root, 'deploy'), '');
    expect(inside.code).toBe(1);
    expect(inside.lines).toContain('.env:1 deploy.placeholder_token');
    expect(inside.lines).toContain('docker-compose.yml:5 deploy.gateway_exposed');
    expect(findings(['../deploy'], path.join(root, 'ci'), '../deploy/')).toEqual(inside);
    expect(findings([path.join(root, 'deploy')], path.join(root, 'ci'), '../deploy/')).toEqual(inside);
    expect(findings(['deploy'], root, 'deploy/')).toEqual(inside);
  });

  it('scans a tree inside a directory the enclosing repository ignores', () => {
    const outer = path.join(tmp, 'outer');
    fs.mkdirSync(path.join(outer, '.git'), { recursive: true });
    fs.writeFileSync(path.join(outer, '.gitignore'), 'cache/\n');
    tree(path.join(outer, 'cache', 'checkout'));
    const inside = findings(['.'], path.join(outer, 'cache', 'checkout'), '');
    expect(inside.lines).toContain('docker-compose.yml:5 deploy.gateway_exposed');
    expect(findings(['cache/checkout'], outer, 'cache/checkout/')).toEqual(inside);
    // Scanning the outer repository itself still honours its own .gitignore.
    expect(findings(['.'], outer, '').lines).toEqual([]);
  });
});
