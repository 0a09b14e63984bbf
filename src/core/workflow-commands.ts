/**
 * Output that cannot carry a GitHub Actions workflow command. The runner reads a step's output line
 * by line (a lone CR ends a line too) and runs `::name …::data` at the start of a line (after
 * leading whitespace) and the legacy `##[name …]data` anywhere in a line. Every byte the CLI
 * prints goes through here (src/cli-main.ts wraps stdout and stderr).
 */

const ZWSP = '\u200b';

/**
 * Break both command forms. Text: a zero-width space splits `::` and `##[`. JSON (`json`): `##[`
 * becomes `##\u005b`, the same string once parsed; a JSON text never starts a line with `::`.
 */
export function neutraliseWorkflowCommands(text: string, json = false): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .replace(/##\[/g, json ? '##\\u005b' : `#${ZWSP}#[`)
    .replace(/(^|\r\n|\r|\n)([^\S\r\n]*)::/g, `$1$2:${ZWSP}:`);
}

/** A writer whose every write is neutralised (for the CLI's stdout and stderr). */
export function neutralisingWriter(write: (s: string) => void): (s: string) => void {
  return (s) => write(neutraliseWorkflowCommands(s));
}
