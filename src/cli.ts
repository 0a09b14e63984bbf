/** The `clawlint` bin. */
import { guarded, type CliIO } from './cli-guard.js';

// A closed pipe (`clawlint | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const io: CliIO = {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  noColor: 'NO_COLOR' in process.env,
};
const argv = process.argv.slice(2);
// A secrets-only run loads the secrets scanner alone (see cli-secrets.ts); the rest goes through cli-main.
const code = await (argv[0] === 'secrets'
  ? guarded(argv, io, (await import('./cli-secrets.js')).secretsMain)
  : (await import('./cli-main.js')).main(argv, io));
process.exitCode = code;
