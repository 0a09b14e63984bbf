// The marker reader itself: a marker's message text and related locations are read and compared.
import { describe, expect, it } from 'vitest';
import { detailMismatches, readMarkers } from '../helpers/markers.js';

const FIXTURE = [
  'ports:',
  '  - 18789:18789',
  '  # ^ deploy.gateway_exposed critical "no gateway token" -> openclaw.json:3, compose.yaml:5',
  '  - 8080:8080',
  '  # ^ deploy.gateway_exposed warn',
].join('\n');

const finding = (message: string, related: [string, number][]) => ({
  file: 'compose.yaml',
  startLine: 2,
  startColumn: 5,
  ruleId: 'deploy.gateway_exposed',
  message,
  related: related.map(([file, startLine]) => ({ file, startLine })),
});

describe('markers with message text and related locations', () => {
  const markers = readMarkers('compose.yaml', FIXTURE);

  it('reads the text and the related locations (sorted), and leaves them out where not written', () => {
    expect(markers).toEqual([
      {
        file: 'compose.yaml',
        line: 2,
        column: 5,
        ruleId: 'deploy.gateway_exposed',
        severity: 'critical',
        message: 'no gateway token',
        related: ['compose.yaml:5', 'openclaw.json:3'],
      },
      { file: 'compose.yaml', line: 4, column: 5, ruleId: 'deploy.gateway_exposed', severity: 'warn' },
    ]);
  });

  it('accepts a finding whose message contains the text and whose related locations are exactly those', () => {
    const ok = finding('It has no gateway token or password.', [
      ['openclaw.json', 3],
      ['compose.yaml', 5],
    ]);
    expect(detailMismatches(markers, [ok])).toEqual([]);
  });

  it('reports another message, a missing or an extra related location', () => {
    const wrongText = finding('It requires gateway token auth.', [
      ['openclaw.json', 3],
      ['compose.yaml', 5],
    ]);
    const missing = finding('no gateway token', [['openclaw.json', 3]]);
    const extra = finding('no gateway token', [
      ['openclaw.json', 3],
      ['compose.yaml', 5],
      ['.env', 1],
    ]);
    for (const f of [wrongText, missing, extra])
      expect(detailMismatches(markers, [f])).toEqual([
        expect.stringMatching(/^compose\.yaml:2:5 deploy\.gateway_exposed: wanted "no gateway token" -> /),
      ]);
  });
});
