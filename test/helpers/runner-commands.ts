/**
 * The GitHub Actions runner's workflow-command parser, as the runner applies it to a step's output
 * (actions/runner ActionCommandManager): the output is split into lines (CR, LF and CRLF all end
 * one, like .NET's ReadLine); a line whose text after leading whitespace starts with `::` and has a
 * second `::` is a command (`::name props::data`); and `##[name props]data` anywhere in a line is
 * a legacy command. Every command name counts here, registered or not, so the check is stricter
 * than the runner.
 */
export interface ParsedCommand {
  form: '::' | '##[';
  name: string;
  line: string;
}

export function parseRunnerCommands(output: string): ParsedCommand[] {
  const found: ParsedCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^\s+/, '');
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end >= 0) found.push({ form: '::', name: trimmed.slice(2, end).split(' ')[0]!, line });
    }
    const legacy = line.indexOf('##[');
    if (legacy >= 0) {
      const rb = line.indexOf(']', legacy);
      if (rb >= 0) found.push({ form: '##[', name: line.slice(legacy + 3, rb).split(' ')[0]!, line });
    }
  }
  return found;
}
