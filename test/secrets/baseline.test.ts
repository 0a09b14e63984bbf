import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline } from '../../src/secrets/baseline.js';
import { pyDumps, pyString, PyFloat } from '../../src/secrets/pyjson.js';
import { run, withoutGeneratedAt } from './helpers.js';

const fixtures = path.resolve(__dirname, '../fixtures/secrets');
// Produced by the real detect-secrets 1.5.0 (offline) on test/fixtures/secrets/tree.
const golden = fs.readFileSync(path.join(fixtures, 'tree.baseline.json'), 'utf8');

describe('baseline', () => {
  it('scan --all-files of the fixture tree equals detect-secrets 1.5.0 byte for byte', async () => {
    const { code, stdout } = await run(path.join(fixtures, 'tree'), ['scan', '--all-files', '.']);
    expect(code).toBe(0);
    expect(withoutGeneratedAt(stdout)).toBe(withoutGeneratedAt(golden));
  });
  it('round-trips a 1.x baseline byte for byte', () => {
    const generatedAt = /"generated_at": "([^"]+)"/.exec(golden)![1]!;
    expect(serializeBaseline(parseBaseline(golden), { generatedAt })).toBe(golden);
  });
  it('writes like json.dumps(ensure_ascii, indent=2)', () => {
    expect(pyString('café\n"\\\u{1F600}\x7f')).toBe('"caf\\u00e9\\n\\"\\\\\\ud83d\\ude00\\u007f"');
    expect(pyDumps({ a: new PyFloat(3), b: new PyFloat(4.5), c: [], d: {} })).toBe(
      '{\n  "a": 3.0,\n  "b": 4.5,\n  "c": [],\n  "d": {}\n}',
    );
  });
  it('reads a 0.x baseline and upgrades its settings', () => {
    const old = JSON.stringify({
      exclude: { files: '^vendor/', lines: null },
      generated_at: '2019-01-01T00:00:00Z',
      plugins_used: [
        { base64_limit: 4.5, name: 'Base64HighEntropyString' },
        { hex_limit: 3, name: 'HexHighEntropyString' },
      ],
      results: {
        'a.py': [
          {
            hashed_secret: 'e175c6f5f2a92e8623bd9a4820edb4e8c1b0fd10',
            is_secret: false,
            is_verified: false,
            line_number: 3,
            type: 'GitHub Token',
          },
        ],
      },
      version: '0.14.3',
    });
    const b = parseBaseline(old);
    expect(b.plugins.map((p) => p.limit)).toEqual([4.5, 3]);
    expect(b.filters.some((f) => f.path.endsWith('should_exclude_file'))).toBe(true);
    expect(b.filters.some((f) => f.path.endsWith('is_swagger_file'))).toBe(true);
    expect(b.results.get('a.py')![0]!.is_secret).toBe(false);
    const out = serializeBaseline(b, { generatedAt: 'X' });
    expect(out).toContain('"version": "1.5.0"');
    expect(out.endsWith('}\n')).toBe(true);
  });
});
