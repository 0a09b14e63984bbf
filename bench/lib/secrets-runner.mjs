// Locates a runnable `clawlint secrets` for bench scripts: dist/cli.js (its worker threads
// need dist/secrets-worker.js beside it), or $CLAWLINT_SECRETS_CLI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function secretsCommand() {
  if (process.env.CLAWLINT_SECRETS_CLI)
    return { argv: [process.env.CLAWLINT_SECRETS_CLI, 'secrets'], how: process.env.CLAWLINT_SECRETS_CLI };
  const dist = path.join(repo, 'dist', 'cli.js');
  if (!fs.existsSync(dist)) throw new Error('dist/cli.js is missing');
  return { argv: [dist, 'secrets'], how: 'dist/cli.js' };
}

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}
