// Mechanical fixes become suggestions: the finding's line with the value replaced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintConfigText } from '../../src/lint/lint-config.js';
import { RULES } from '../../src/rules/index.js';
import { runLint } from '../../src/run.js';

const mdns = RULES.filter((r) => r.id === 'discovery.mdns_full_mode');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-suggest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('suggestions', () => {
  it('replaces the value on the finding line', async () => {
    const [f] = await lintConfigText('{\n  discovery: { mdns: { mode: "full" } }, // LAN\n}', { rules: mdns });
    expect(f!.suggestion).toBe('  discovery: { mdns: { mode: "minimal" } }, // LAN');
  });
  it('offers none when the value was substituted from ${VAR}', async () => {
    const [f] = await lintConfigText('{ discovery: { mdns: { mode: "${MODE}" } } }', {
      rules: mdns,
      env: { MODE: 'full' },
    });
    expect(f!.ruleId).toBe('discovery.mdns_full_mode');
    expect(f!.suggestion).toBeUndefined();
  });
  it('offers none when the value is on another line than the finding', async () => {
    const [f] = await lintConfigText('{ discovery: { mdns: { mode:\n "full" } } }', { rules: mdns });
    expect(f!.suggestion).toBeUndefined();
  });
  it('never offers a suggestion line that carries a secret', async () => {
    fs.writeFileSync(
      path.join(tmp, 'openclaw.json'),
      '{ hooks: { enabled: true, token: "hook-secret-value-0123456789abcdef", path: "/", defaultSessionKey: "h", allowedAgentIds: [] } }',
    );
    const r = await runLint({ cwd: tmp, paths: ['.'], deploy: false });
    const f = r.findings.find((x) => x.ruleId === 'hooks.path_root')!;
    expect(f.suggestion).toBeUndefined();
    fs.writeFileSync(
      path.join(tmp, 'openclaw.json'),
      '{ hooks: {\n  enabled: true,\n  token: "hook-secret-value-0123456789abcdef",\n  path: "/",\n} }',
    );
    const r2 = await runLint({ cwd: tmp, paths: ['.'], deploy: false });
    expect(r2.findings.find((x) => x.ruleId === 'hooks.path_root')!.suggestion).toBe('  path: "/hooks",');
  });
});
