import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  neutralisingWriter
} from "./chunk-HZ3S5XVW.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";

// src/cli-guard.ts
async function guarded(argv, rawIo, run) {
  const debug = argv.includes("--debug");
  const io = {
    ...rawIo,
    stdout: neutralisingWriter(rawIo.stdout),
    stderr: neutralisingWriter(rawIo.stderr)
  };
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`clawlint: ${err.message}
`);
      return 2;
    }
    const e = err;
    io.stderr(
      debug ? `clawlint: internal error: ${e?.message ?? String(err)}
${e?.stack ? e.stack + "\n" : ""}` : `clawlint: internal error (${e?.name ?? "Error"}); rerun with --debug for the details (they may quote scanned files), and please report it
`
    );
    return 2;
  }
}

export {
  guarded
};
