import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, withoutGeneratedAt } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A bundle of the secrets CLI, as dist/cli.js runs it (worker threads need a JavaScript entry). */
async function bundle(): Promise<string> {
  const dir = tempDir('clawlint-secrets-bundle-');
  const entry = path.join(dir, 'entry.mjs');
  fs.writeFileSync(entry, `import { runSecretsCommand } from ${JSON.stringify(path.join(repo, 'src/secrets/cli.ts'))};
const args = process.argv.slice(2);
if (args[0] === 'secrets') args.shift();
process.exitCode = await runSecretsCommand(args, { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: false });
`);
  const esbuild = await import('esbuild');
  const out = path.join(dir, 'secrets.mjs');
  await esbuild.build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

describe('worker threads', () => {
  it('give byte-identical output to an in-thread scan, in file order', async () => {
    const cli = await bundle();
    const { generateTree } = (await import(path.join(repo, 'bench/lib/secrets-tree.mjs'))) as {
      generateTree: (root: string, o: Record<string, number>) => number;
    };
    const root = tempDir();
    generateTree(root, { files: 300, totalBytes: 600 * 1024, seed: 11, secretRate: 0.05 });
    const runWith = (workers: string) => spawnSync(process.execPath, [cli, 'scan', '--all-files', '--extra-detectors', '.'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, CLAWLINT_SECRETS_WORKERS: workers },
    });
    const single = runWith('0');
    const parallel = runWith('2');
    expect(single.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(parallel.stderr).toBe('');
    expect(Object.keys(JSON.parse(single.stdout).results).length).toBeGreaterThan(50);
    expect(withoutGeneratedAt(parallel.stdout)).toBe(withoutGeneratedAt(single.stdout));
  }, 60_000);
});
