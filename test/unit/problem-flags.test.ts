// Problems that change what happens next carry a flag, never a message to match: a duplicate key
// in a YAML mapping (parsers/yaml.ts `duplicateKey`, a warning in .clawlint.yml) and a path named on
// the command line that does not exist (discovery.ts `missing`, a usage error, exit 2).
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { main } from '../../src/cli-main.js';
import { parseDataFile } from '../../src/policy/load-config.js';
import { asExpectation, expectationLines, readMarkers } from '../helpers/markers.js';

describe('duplicate keys', () => {
  it('are a warning at the second key, and only there', () => {
    const text = [
      'failOn: warn',
      'exclude: ["a/**"]',
      'failOn: critical',
      '# @3:1 clawlint.config_invalid warn',
      'rules:',
      '  deploy.privileged: off',
      '  deploy.privileged: warn',
      '# @7:3 clawlint.config_invalid warn',
      '',
    ].join('\n');
    const r = parseDataFile(new SourceFile('.clawlint.yml', text), 'clawlint.config_invalid', '.clawlint.yml');
    expect(expectationLines(r.findings.map(asExpectation))).toEqual(
      expectationLines(readMarkers('.clawlint.yml', text)),
    );
    expect(r.findings.map((f) => f.message)).toEqual([
      '.clawlint.yml: duplicate key "failOn"; the last value wins',
      '.clawlint.yml: duplicate key "deploy.privileged"; the last value wins',
    ]);
  });
});

describe('a missing path', () => {
  it('is a usage error naming it, exit 2', async () => {
    let stderr = '';
    const code = await main(['lint', 'no-such-dir', '--no-secrets'], {
      cwd: import.meta.dirname,
      stdout: () => {},
      stderr: (s: string) => void (stderr += s),
      isTTY: false,
      noColor: true,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('path not found: no-such-dir');
  });
});
