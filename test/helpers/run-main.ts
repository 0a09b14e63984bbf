// The CLI's main() in-process, its output captured: for tests that check what a command prints and exits with.
import { main } from '../../src/cli-main.js';

export async function runMain(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    noColor: true,
  });
  return { code, stdout, stderr };
}
