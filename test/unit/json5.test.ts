import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { toPlain } from '../../src/core/tree.js';
import { bracketDepth, parseJson5 } from '../../src/parsers/json5.js';

const parse = (t: string) => parseJson5(new SourceFile('f', t));

describe('parseJson5', () => {
  it('evaluates like JSON5.parse, including JSON5-only syntax', () => {
    const text = "{a: 0x10, 'b': [1,2,], c: +Infinity, d: -Infinity, e: .5, f: 'x\\\nY', /* c */ g: null,}";
    const r = parse(text);
    expect(r.ok && toPlain(r.root)).toStrictEqual(JSON5.parse(text));
  });
  it('keeps the last duplicate value at the first key position, like JSON5', () => {
    const text = '{a: 1, b: 2, a: 3}';
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(toPlain(r.root) as object)).toEqual(Object.keys(JSON5.parse(text)));
    expect(toPlain(r.root)).toStrictEqual({ a: 3, b: 2 });
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0]!.range).toEqual([13, 14]);
  });
  it('does not pollute prototypes with __proto__ keys', () => {
    const r = parse('{"__proto__": {"polluted": true}, constructor: {prototype: {x: 1}}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = toPlain(r.root) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reports syntax errors with an offset', () => {
    const r = parse('{\n  a: ,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.offset).toBe(7);
  });
  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = parse(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/100000 levels/);
  });
  it('ignores brackets inside strings and comments when measuring depth', () => {
    expect(bracketDepth('{a: "[[[[", // [[[[\n b: [1] /* {{{ */}').depth).toBe(2);
  });
});
