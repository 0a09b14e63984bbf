import { describe, expect, it } from 'vitest';
import { SourceFile, stripBom } from '../../src/core/source.js';
import { locatePath } from '../../src/core/locate.js';
import { parseJson5 } from '../../src/parsers/json5.js';

function loc(text: string, path: (string | number)[], at: 'key' | 'value' = 'key') {
  const file = new SourceFile('f.json5', stripBom(text));
  const parsed = parseJson5(file);
  if (!parsed.ok) throw new Error(parsed.message);
  const l = locatePath(parsed.root, path, at);
  return [l.startLine, l.startColumn, l.endLine, l.endColumn];
}

describe('SourceFile positions', () => {
  it('maps offsets across LF and CRLF; a lone CR is not a line break (GitHub numbers lines by LF)', () => {
    const f = new SourceFile('f', 'a\nbc\r\nd\re\rf');
    expect(f.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(f.positionAt(3)).toEqual({ line: 2, column: 2 });
    expect(f.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(f.positionAt(8)).toEqual({ line: 3, column: 3 });
    expect(f.positionAt(10)).toEqual({ line: 3, column: 5 });
    expect(f.lineText(2)).toBe('bc');
    expect(f.lineText(3)).toBe('d\re\rf');
  });
  it('counts columns in UTF-16 code units (astral characters take two)', () => {
    const f = new SourceFile('f', '😀x');
    expect(f.positionAt(2)).toEqual({ line: 1, column: 3 });
  });
  it('round-trips offsetAt/positionAt and clamps', () => {
    const f = new SourceFile('f', 'ab\ncd');
    expect(f.offsetAt(2, 2)).toBe(4);
    expect(f.positionAt(99)).toEqual({ line: 2, column: 3 });
  });
  it('strips a BOM so line 1 columns match editors', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(loc('\uFEFF{a: 1}', ['a'])).toEqual([1, 2, 1, 3]);
  });
});

describe('locatePath on JSON5', () => {
  const text = '{\n\tgateway: {\r\n\t\t"bind": "lan",\n  list: [ {id: "x"}, 2 ],\n  "ü😀": 1 }\n}';
  it('points at keys and values with tabs and CRLF', () => {
    expect(loc(text, ['gateway', 'bind'])).toEqual([3, 3, 3, 9]);
    expect(loc(text, ['gateway', 'bind'], 'value')).toEqual([3, 11, 3, 16]);
  });
  it('points at array items and keys inside them', () => {
    expect(loc(text, ['gateway', 'list', 1])).toEqual([4, 22, 4, 23]);
    expect(loc(text, ['gateway', 'list', 0, 'id'])).toEqual([4, 12, 4, 14]);
  });
  it('uses UTF-16 columns after non-ASCII keys', () => {
    expect(loc(text, ['gateway', 'ü😀'], 'value')).toEqual([5, 10, 5, 11]); // ü=1 unit, 😀=2 units
  });
  it('falls back to the nearest existing ancestor key for a missing path', () => {
    expect(loc(text, ['gateway', 'auth', 'token'])).toEqual([2, 2, 2, 9]);
    expect(loc(text, ['nothing'])).toEqual([1, 1, 1, 2]);
  });
});
