// Fixtures for the core pipeline (parse, $include, ${VAR}, schema, refinements):
// test/fixtures/core/<area>/<case>.json5, all core findings, no rules, checked exactly
// against the inline markers in the case (test/helpers/markers.ts; `_*.json5` files are
// included by cases, which name their findings with `// @_file:line:col`). Also checks
// momoa's value equals JSON5.parse on every fixture.
import fs from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { SourceFile, stripBom } from '../src/core/source.js';
import { toPlain } from '../src/core/tree.js';
import { bracketDepth, MAX_JSON5_DEPTH, parseJson5 } from '../src/parsers/json5.js';
import { lintFixture, listFiles } from './helpers/fixtures.js';
import { expectationLines, readMarkers } from './helpers/markers.js';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'core');

for (const area of fs.readdirSync(ROOT).sort()) {
  describe(area, () => {
    for (const name of listFiles(path.join(ROOT, area), /\.json5?$/)) {
      if (name.startsWith('_')) continue; // included by other fixtures, not a case of its own
      const abs = path.join(ROOT, area, name);
      it(name, async () => {
        const expected = readMarkers(name, fs.readFileSync(abs, 'utf8'));
        const findings = await lintFixture(abs, path.join(ROOT, area), []);
        const actual = findings.map((f) => ({
          file: f.file,
          line: f.startLine,
          column: f.startColumn,
          ruleId: f.ruleId,
          severity: f.severity,
        }));
        expect(expectationLines(actual)).toEqual(expectationLines(expected));
      });
    }
  });
}

describe('momoa evaluation equals JSON5.parse', () => {
  const all: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.json5?$/.test(e.name)) all.push(p);
    }
  };
  walk(path.join(import.meta.dirname, 'fixtures'));
  it.each(all.map((p) => [path.relative(import.meta.dirname, p), p]))('%s', (_rel, abs) => {
    const text = stripBom(fs.readFileSync(abs, 'utf8'));
    if (bracketDepth(text).depth > MAX_JSON5_DEPTH) return; // refused on purpose (stack safety)
    let expected: unknown;
    try {
      expected = JSON5.parse(text);
    } catch {
      expect(parseJson5(new SourceFile('x', text)).ok).toBe(false);
      return;
    }
    const parsed = parseJson5(new SourceFile('x', text));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(toPlain(parsed.root)).toStrictEqual(expected);
  });
});
