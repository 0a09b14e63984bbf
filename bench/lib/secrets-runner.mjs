// Locates a runnable `clawlint secrets` for bench scripts: dist/cli.js when it has the command,
// else an esbuild bundle of src/secrets/cli.ts in os.tmpdir().
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function secretsCommand() {
  if (process.env.CLAWLINT_SECRETS_CLI) return { argv: [process.env.CLAWLINT_SECRETS_CLI, "secrets"], how: process.env.CLAWLINT_SECRETS_CLI };
  const dist = path.join(repo, 'dist', 'cli.js');
  if (fs.existsSync(dist) && fs.readFileSync(dist, 'utf8').includes('runSecretsCommand')) {
    return { argv: [dist, 'secrets'], how: 'dist/cli.js' };
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-secrets-'));
  const entry = path.join(outDir, 'entry.mjs');
  fs.writeFileSync(entry, `import { runSecretsCommand } from ${JSON.stringify(path.join(repo, 'src/secrets/cli.ts'))};
const args = process.argv.slice(2);
// Worker threads start this script as \`secrets __worker\`, like dist/cli.js.
if (args[0] === 'secrets') args.shift();
process.exitCode = await runSecretsCommand(args, { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: false });
`);
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) throw new Error('dist/cli.js lacks the secrets command and esbuild is missing: run `npm run build` first');
  const out = path.join(outDir, 'secrets.mjs');
  await esbuild.build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { argv: [out], how: 'esbuild bundle of src/secrets (dist/cli.js not wired yet)' };
}

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}
