import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli-main.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLANTED = 'sk-ant-api03-internal-error-planted-value';

/** Runs the CLI with an stdout that fails: an unexpected error whose message quotes a value. */
async function crash(extra: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['examples/insecure', ...extra], {
    cwd: repo,
    stdout: () => {
      throw new Error(`could not write ${PLANTED}`);
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
    noColor: true,
  });
  return { code, stderr };
}

describe('an internal error', () => {
  it('is reported without its message, which may quote what was being read', async () => {
    const { code, stderr } = await crash([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clawlint: internal error \(Error\); rerun with --debug/);
    expect(stderr).not.toContain(PLANTED);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('shows its message and stack with --debug', async () => {
    const { code, stderr } = await crash(['--debug']);
    expect(code).toBe(2);
    expect(stderr).toContain(`clawlint: internal error: could not write ${PLANTED}`);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
