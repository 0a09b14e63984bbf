// `clawlint completion bash|zsh|fish`: the scripts the built CLI prints, loaded into the real
// shells (Debian's bash, zsh and fish; .ci/run installs them) and asked for completions.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY } from '../helpers/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-completion-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function script(shell: string): string {
  const file = path.join(tmp, `clawlint.${shell}`);
  fs.writeFileSync(file, execFileSync(process.execPath, [CLI_ENTRY, 'completion', shell], { encoding: 'utf8' }));
  return file;
}

/** bash: what `_clawlint` puts in COMPREPLY for the words typed so far (the last one is being completed). */
function bashComplete(file: string, words: string[]): string[] {
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const out = execFileSync(
    'bash',
    [
      '-c',
      `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _clawlint; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { cwd: tmp, encoding: 'utf8' },
  );
  return out.split('\n').filter(Boolean);
}

function fishComplete(file: string, line: string): string[] {
  const out = execFileSync('fish', ['-c', `source '${file}'; complete -C '${line}'`], { cwd: tmp, encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t')[0]!);
}

describe('clawlint completion', () => {
  it('bash: commands, flags of each command, flag values', () => {
    const f = script('bash');
    expect(bashComplete(f, ['clawlint', 'se'])).toEqual(['secrets']);
    expect(bashComplete(f, ['clawlint', '--fo'])).toEqual(['--format']);
    expect(bashComplete(f, ['clawlint', 'lint', '--format', ''])).toEqual(['text', 'json', 'sarif', 'junit', 'gitlab']);
    expect(bashComplete(f, ['clawlint', '--fail-on', 'c'])).toEqual(['critical']);
    expect(bashComplete(f, ['clawlint', '--fix', '--fix-type', ''])).toEqual(['security', 'migration']);
    expect(bashComplete(f, ['clawlint', 'lint', '--no-s'])).toEqual(['--no-secrets']);
    expect(bashComplete(f, ['clawlint', '--helm-'])).toEqual(['--helm-set', '--helm-values']);
    expect(bashComplete(f, ['clawlint', 'secrets', ''])).toEqual(['scan', 'check', 'audit']);
    expect(bashComplete(f, ['clawlint', 'secrets', 'check', '--'])).toEqual([
      '--baseline',
      '--json',
      '--extra-detectors',
      '--help',
    ]);
    expect(bashComplete(f, ['clawlint', 'baseline', ''])).toEqual(['create', 'update']);
    expect(bashComplete(f, ['clawlint', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    fs.writeFileSync(path.join(tmp, 'openclaw.json'), '{}');
    expect(bashComplete(f, ['clawlint', '--config', 'open'])).toEqual(['openclaw.json']);
  });

  it('fish: the same completions', () => {
    const f = script('fish');
    expect(fishComplete(f, 'clawlint --fo')).toEqual(['--format']);
    expect(fishComplete(f, 'clawlint --format ').sort()).toEqual(['gitlab', 'json', 'junit', 'sarif', 'text']);
    expect(fishComplete(f, 'clawlint lint --no-s')).toEqual(['--no-secrets']);
    expect(fishComplete(f, 'clawlint secrets check --').sort()).toEqual(['--baseline', '--extra-detectors', '--json']);
    expect(fishComplete(f, 'clawlint completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
    expect(fishComplete(f, 'clawlint baseline ')).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('zsh: the script parses and defines the completion function after compinit', () => {
    const f = script('zsh');
    expect(fs.readFileSync(f, 'utf8').startsWith('#compdef clawlint\n')).toBe(true);
    const r = spawnSync(
      'zsh',
      [
        '-f',
        '-c',
        `autoload -U compinit && compinit -u -d '${tmp}/zcompdump' && source '${f}' && whence -w _clawlint _clawlint_lint && print -r -- $_comps[clawlint]`,
      ],
      { cwd: tmp, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmp } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['_clawlint: function', '_clawlint_lint: function', '_clawlint']);
  });

  it('--help exits 0 with the usage; an unknown shell is a usage error', () => {
    const help = spawnSync(process.execPath, [CLI_ENTRY, 'completion', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: clawlint completion <bash\|zsh\|fish>/);
    const bad = spawnSync(process.execPath, [CLI_ENTRY, 'completion', 'tcsh'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('clawlint: usage: clawlint completion bash|zsh|fish\n');
  });
});
