/**
 * `clawlint secrets ...` (argv[0] is `secrets`). Its own entry so that a secrets-only run loads
 * the scanner alone: the lint pipeline (rules, deploy checks, schema, reporters) is most of the
 * bundle, and compiling it was most of a small repository's scan time.
 */
import type { CliIO } from './cli-guard.js';
import { runSecretsCommand } from './secrets/cli.js';

export function secretsMain(argv: readonly string[], io: CliIO): Promise<number> {
  return runSecretsCommand(
    argv.slice(1).filter((a) => a !== '--debug'),
    io,
  );
}
