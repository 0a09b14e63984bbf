import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enterWorkspace } from '../../src/core/fs-confined.js';
import { SourceFile } from '../../src/core/source.js';
import { lintConfigFile } from '../../src/lint/lint-config.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-inc-'));
// Reads are confined to the workspace (src/core/fs-confined.ts): this one is the temp dir.
const leaveWorkspace = enterWorkspace(tmp);
afterAll(() => {
  leaveWorkspace();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function write(rel: string, text: string): string {
  const abs = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

async function lint(rel: string) {
  const abs = path.join(tmp, rel);
  const file = new SourceFile(rel, fs.readFileSync(abs, 'utf8'), abs);
  return lintConfigFile(file, { rules: [] });
}

describe('$include', () => {
  it('refuses a symlink that leaves the config directory, and never reads it', async () => {
    write('outside/secret.json5', '{ gateway: { bind: "lan" } }');
    write('cfg/openclaw.json', '{ gateway: { $include: "./link.json5" } }');
    fs.symlinkSync(path.join(tmp, 'outside', 'secret.json5'), path.join(tmp, 'cfg', 'link.json5'));
    const r = await lint('cfg/openclaw.json');
    expect(r.findings.map((f) => [f.ruleId, f.startLine, f.startColumn])).toEqual([['include.escape', 1, 24]]);
    expect(r.findings[0]!.message).toMatch(/symlink/);
    expect(r.files.map((f) => f.path)).toEqual(['cfg/openclaw.json']);
    expect(r.config).toEqual({ gateway: {} });
  });
  it('follows a symlink that stays inside the config directory', async () => {
    write('cfg2/parts/gw.json5', '{ bind: "loopback", port: 1234 }');
    write('cfg2/openclaw.json', '{ gateway: { $include: "./gw-link.json5" } }');
    fs.symlinkSync(path.join(tmp, 'cfg2', 'parts', 'gw.json5'), path.join(tmp, 'cfg2', 'gw-link.json5'));
    const r = await lint('cfg2/openclaw.json');
    expect(r.findings).toEqual([]);
    expect(r.config).toEqual({ gateway: { bind: 'loopback', port: 1234 } });
  });
  it('resolves nested includes relative to the including file, confined to the root directory', async () => {
    write('cfg3/sub/a.json5', '{ $include: "./b.json5", port: 1 }');
    write('cfg3/sub/b.json5', '{ bind: "lan", port: 2 }');
    write('cfg3/openclaw.json', '{ gateway: { $include: "sub/a.json5" } }');
    const r = await lint('cfg3/openclaw.json');
    expect(r.config).toEqual({ gateway: { bind: 'lan', port: 1 } });
    expect(r.files.map((f) => f.path)).toEqual(['cfg3/openclaw.json', 'cfg3/sub/a.json5', 'cfg3/sub/b.json5']);
  });
  it('concatenates arrays and drops __proto__ while merging', async () => {
    write('cfg4/x.json5', '{ tools: { deny: ["exec"] }, "__proto__": { polluted: true } }');
    write('cfg4/openclaw.json', '{ $include: "./x.json5", tools: { deny: ["gateway"] } }');
    const r = await lint('cfg4/openclaw.json');
    expect(r.config).toEqual({ tools: { deny: ['exec', 'gateway'] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reports an oversized include and keeps going', async () => {
    write('cfg5/big.json5', `{ a: "${'x'.repeat(2 * 1024 * 1024 + 10)}" }`);
    write('cfg5/openclaw.json', '{ gateway: { $include: "./big.json5", bind: "lan" } }');
    const r = await lint('cfg5/openclaw.json');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['include.too_large']);
    expect(r.config).toEqual({ gateway: { bind: 'lan' } });
  });
});
