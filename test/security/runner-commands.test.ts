// The runner's parser (test/helpers/runner-commands.ts) against the neutraliser (src/core/workflow-commands.ts).
import { describe, expect, it } from 'vitest';
import { neutraliseWorkflowCommands } from '../../src/core/workflow-commands.js';
import { parseRunnerCommands } from '../helpers/runner-commands.js';

const HOSTILE = [
  '::error title=X::y.openclaw.json',
  '  ::warning::indented',
  'a.json:1:1 "##[stop-commands]T" mid-line',
  'lone CR\r::set-output name=x::y',
  'CRLF\r\n::add-mask::z',
  '\t##[group]g',
  '::::',
];

describe('runner command parser', () => {
  it('sees the commands the runner would run', () => {
    expect(parseRunnerCommands(HOSTILE.join('\n')).map((c) => `${c.form}${c.name}`)).toEqual([
      '::error',
      '::warning',
      '##[stop-commands',
      '::set-output',
      '::add-mask',
      '##[group',
      '::',
    ]);
  });
  it('sees none once text is neutralised, and JSON keeps its meaning', () => {
    for (const line of HOSTILE) {
      expect(parseRunnerCommands(neutraliseWorkflowCommands(line))).toEqual([]);
      const json = neutraliseWorkflowCommands(JSON.stringify({ [line]: line }, null, 2), true);
      expect(parseRunnerCommands(json)).toEqual([]);
      expect(JSON.parse(json)).toEqual({ [line]: line });
    }
  });
  it('leaves text without commands alone', () => {
    expect(neutraliseWorkflowCommands('a.json:1:2 warn x: y [rule]\n')).toBe('a.json:1:2 warn x: y [rule]\n');
  });
});
