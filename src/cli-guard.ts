/**
 * The CLI's outer shell, shared by every command's entry: output neutralised for workflow commands
 * and errors turned into exit codes (2: usage or internal error) without a stack trace.
 */
import { UsageError } from './core/errors.js';
import { neutralisingWriter } from './core/workflow-commands.js';

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Environment of the clawlint process: read only for NO_COLOR, never for config values. */
  noColor: boolean;
}

export async function guarded(
  argv: readonly string[],
  rawIo: CliIO,
  run: (argv: readonly string[], io: CliIO) => Promise<number>,
): Promise<number> {
  const debug = argv.includes('--debug');
  // Every line the CLI prints is neutralised for workflow commands (a file or key named `::error::`).
  const io: CliIO = {
    ...rawIo,
    stdout: neutralisingWriter(rawIo.stdout),
    stderr: neutralisingWriter(rawIo.stderr),
  };
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`clawlint: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    // An unexpected error's text may quote what was being read (a value, a regex built from a
    // file), so it is shown only with --debug.
    io.stderr(
      debug
        ? `clawlint: internal error: ${e?.message ?? String(err)}\n${e?.stack ? e.stack + '\n' : ''}`
        : `clawlint: internal error (${e?.name ?? 'Error'}); rerun with --debug for the details (they may quote scanned files), and please report it\n`,
    );
    return 2;
  }
}
