// The second render's diff: which lines of the first render the chart generates at install. Each
// line of the first render is written beside whether it must be marked (G) or not (.).
import { describe, expect, it } from 'vitest';
import { differingLines } from '../../src/deploy/render/render-diff.js';

/** Render text and the 0-based lines marked G. */
function render(rows: readonly (readonly [string, 'G' | '.'])[]) {
  return {
    text: rows.map(([l]) => l).join('\n'),
    marked: rows.flatMap(([, m], i) => (m === 'G' ? [i] : [])),
  };
}

describe('differingLines', () => {
  it('a generated value that takes another number of lines: only its lines, in every document', () => {
    const first = render([
      ['---', '.'],
      ['# Source: c/templates/secret.yaml', '.'],
      ['kind: Secret', '.'],
      ['stringData:', '.'],
      ['  tls.key: |', '.'],
      ['    -----BEGIN PRIVATE KEY-----', '.'],
      ['    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', 'G'],
      ['    q0dFpkZ3bGx1c2VyPWFkbWluO3Bhc3M9aHVudGVyMgo', 'G'],
      ['    -----END PRIVATE KEY-----', '.'],
      ['  OPENCLAW_GATEWAY_TOKEN: "k3Jx9QmZ"', 'G'],
      ['  mode: token', '.'],
      ['---', '.'],
      ['# Source: c/templates/deployment.yaml', '.'],
      ['kind: Deployment', '.'],
      ['  checksum: "a1b2"', 'G'],
      ['  replicas: 1', '.'],
    ]);
    const second = [
      '---',
      '# Source: c/templates/secret.yaml',
      'kind: Secret',
      'stringData:',
      '  tls.key: |',
      '    -----BEGIN PRIVATE KEY-----',
      '    MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDd',
      '    Zm9vYmFyYmF6cXV4',
      '    cXV1eGNvcmdlZ3JhdWx0',
      '    -----END PRIVATE KEY-----',
      '  OPENCLAW_GATEWAY_TOKEN: "Yq2Lw8Pn"',
      '  mode: token',
      '---',
      '# Source: c/templates/deployment.yaml',
      'kind: Deployment',
      '  checksum: "c3d4"',
      '  replicas: 1',
    ].join('\n');
    expect([...differingLines(first.text, second)].sort((a, b) => a - b)).toEqual(first.marked);
  });

  it('renders with other documents are not aligned: nothing is marked', () => {
    const a = ['---', '# Source: c/templates/a.yaml', 'x: 1'].join('\n');
    const b = ['---', '# Source: c/templates/b.yaml', 'x: 2', 'y: 3'].join('\n');
    expect([...differingLines(a, b)]).toEqual([]);
  });
});
