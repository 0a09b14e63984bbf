import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/secrets/scan-file.js';
import { buildSettings } from '../../src/secrets/scan.js';
import { defaultFilters, defaultPlugins } from '../../src/secrets/baseline.js';
import { startsWithKeyValue } from '../../src/secrets/transformers/ini.js';

/** The regex detect-secrets builds (`^\s*{re.escape(key)}[ :=]+{re.escape(value)}`), fine for short inputs. */
function viaRegex(line: string, key: string, value: string): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ws = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  return new RegExp(`^${ws}*${esc(key)}[ :=]+${esc(value)}`, 'u').test(line);
}

describe('INI transformer line search', () => {
  it('matches what the key/value regex matches, backtracking included', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '=', ':', '\t', '.', '*', '\u3000', 'ab', '= ', ' :');
    const str = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(str, str, str, (line, key, value) => {
        expect(startsWithKeyValue(line, key, value)).toBe(viaRegex(line, key, value));
        const built = `  ${key} = ${value}${line}`;
        expect(startsWithKeyValue(built, key, value)).toBe(viaRegex(built, key, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('copes with a megabyte-long key = value line (V8 refused the regex built from it)', () => {
    const value = 'x'.repeat(1 << 20);
    const text = `k = ${value}\n`;
    const settings = buildSettings(defaultPlugins(), defaultFilters());
    // A .txt with no finding gets the eager INI pass, which searches for the key = value line.
    expect(() => scanText('big.txt', text, settings)).not.toThrow();
    expect(startsWithKeyValue(text.slice(0, -1), 'k', value)).toBe(true);
  });
});

describe('a file whose scan hits an internal error', () => {
  it('is reported by name while every other file is still scanned', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { scanFiles } = await import('../../src/secrets/scan.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-scan-error-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n');
    fs.writeFileSync(path.join(dir, 'boom.txt'), 'BOOM ghp_abcdefghijklmnopqrstuvwxyz0123456789\n');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'other = "ghp_zyxwvutsrqponmlkjihgfedcba9876543210"\n');
    const settings = buildSettings(defaultPlugins(), defaultFilters());
    const github = settings.plugins.find((p) => p.name === 'GitHubTokenDetector')!;
    // A plugin that fails on one file's content stands in for a bug met on a hostile file.
    settings.plugins = settings.plugins.map((p) =>
      p === github
        ? {
            ...p,
            analyze: (line, t) => {
              if (line.startsWith('BOOM')) throw new Error(`secret-looking text ${line}`);
              return github.analyze(line, t);
            },
          }
        : p,
    );
    const found = await scanFiles(dir, ['a.txt', 'boom.txt', 'c.txt'], settings);
    expect([...new Set(found.secrets.map((f) => f.filename))]).toEqual(['a.txt', 'c.txt']);
    expect(found.failed).toEqual(['boom.txt']);
    // Failures belong to the scan that met them: the next scan starts with none.
    const again = await scanFiles(dir, ['c.txt', 'a.txt'], settings);
    expect(again.failed).toEqual([]);
    expect([...new Set(again.secrets.map((f) => f.filename))]).toEqual(['c.txt', 'a.txt']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
