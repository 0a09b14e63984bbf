// Problems that change what happens next carry a flag, never a message to match: a duplicate key
// in a YAML mapping (parsers/yaml.ts `duplicateKey`, a warning in .clawlint.yml) and a path named on
// the command line that does not exist (discovery.ts `missing`, a usage error, exit 2).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { main } from '../../src/cli-main.js';
import { lintDeployments } from '../../src/deploy/index.js';
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

describe('duplicate keys in a deployment file', () => {
  it('are a deploy.parse_error warning at the second key, read from the flag', async () => {
    const text = [
      'services:',
      '  gateway:',
      '    image: ghcr.io/openclaw/openclaw:2026.9.6',
      '    restart: always',
      '    restart: unless-stopped',
      '# @5:5 deploy.parse_error warn',
      '',
    ].join('\n');
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-dup-'));
    try {
      fs.writeFileSync(path.join(cwd, 'docker-compose.yml'), text);
      const r = await lintDeployments({ cwd, paths: ['.'], env: new Map(), toolPath: '' });
      const dups = r.findings.filter((f) => f.ruleId === 'deploy.parse_error');
      expect(expectationLines(dups.map(asExpectation))).toEqual(
        expectationLines(readMarkers('docker-compose.yml', text)),
      );
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
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
