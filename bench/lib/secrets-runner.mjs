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

/** `--name VALUE` from the command line, else `dflt`. */
export function option(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

/**
 * The detect-secrets 1.5.0 checkout ($DETECT_SECRETS_DIR or /work/cache/detect-secrets) and the
 * environment that runs it offline (a closed proxy port: every verifiable candidate stays
 * UNVERIFIED, as the reference outputs need); exits 0 with "skip" when there is no checkout.
 */
export function detectSecretsOrSkip() {
  const checkout = process.env.DETECT_SECRETS_DIR ?? '/work/cache/detect-secrets';
  if (!fs.existsSync(path.join(checkout, 'detect_secrets'))) {
    console.log(`skip: no detect-secrets checkout at ${checkout}`);
    process.exit(0);
  }
  const env = {
    ...process.env,
    PYTHONPATH: checkout,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '',
    PYTHONHASHSEED: '0',
  };
  return { checkout, env };
}
