/** The `clawlint` bin. */
import { main } from './cli-main.js';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  noColor: 'NO_COLOR' in process.env,
});
process.exitCode = code;
