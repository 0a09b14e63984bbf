import { describe, expect, it } from 'vitest';
import { locatePath } from '../../src/core/locate.js';
import { SourceFile, stripBom } from '../../src/core/source.js';
import { toPlain } from '../../src/core/tree.js';
import { parseYaml } from '../../src/parsers/yaml.js';

function docs(text: string) {
  return parseYaml(new SourceFile('f.yaml', stripBom(text)));
}

function at(text: string, doc: number, path: (string | number)[], anchor: 'key' | 'value' = 'key') {
  const d = docs(text)[doc]!;
  const l = locatePath(d.root!, path, anchor);
  return [l.startLine, l.startColumn, l.endLine, l.endColumn];
}

describe('YAML positions', () => {
  it('locates keys and values across a multi-document stream with absolute lines', () => {
    const text = 'kind: A\n---\napiVersion: v1\nspec:\n  hostNetwork: true\n';
    expect(at(text, 1, ['spec', 'hostNetwork'])).toEqual([5, 3, 5, 14]);
    expect(at(text, 1, ['spec', 'hostNetwork'], 'value')).toEqual([5, 16, 5, 20]);
  });
  it('keeps columns with CRLF, a BOM and non-ASCII text', () => {
    const text = '\uFEFFa:\r\n  ü😀: "x"\r\n  b: [1, 2]\r\n';
    expect(at(text, 0, ['a', 'ü😀'], 'value')).toEqual([2, 8, 2, 11]); // ü=1 unit, 😀=2 units
    expect(at(text, 0, ['a', 'b', 1], 'value')).toEqual([3, 10, 3, 11]);
  });
  it('reads tabs inside values and block scalars', () => {
    const text = 'cmd: "a\tb"\ndata:\n  openclaw.json: |\n    { gateway: {} }\n';
    const d = docs(text)[0]!;
    expect(toPlain(d.root!)).toEqual({ cmd: 'a\tb', data: { 'openclaw.json': '{ gateway: {} }\n' } });
    expect(at(text, 0, ['data', 'openclaw.json'], 'value')).toEqual([3, 18, 5, 1]);
  });
  it('bounds alias expansion (billion laughs)', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const d = docs(text)[0]!;
    expect(d.problems.some((p) => /aliases/.test(p.message))).toBe(true);
  });
  it('bounds the nodes aliases expand to (one big anchor aliased under the alias count)', () => {
    const big = `big: &big [${Array(50_000).fill('x').join(', ')}]\n`;
    const uses = Array.from({ length: 99 }, (_, i) => `u${i}: *big`).join('\n');
    const d = docs(`${big}${uses}\nlast: 1\n`)[0]!;
    const plain = toPlain(d.root!) as Record<string, unknown>;
    // The first alias is whole; the budget runs out inside the second, reported at that alias.
    expect((plain.u0 as unknown[]).length).toBe(50_000);
    expect(plain.u98).toBeNull();
    expect(plain.last).toBe(1);
    expect(d.problems.map((p) => [p.message, p.offset])).toEqual([
      ['aliases expand to more than 100000 nodes; the rest are not expanded', big.length + 'u0: *big\nu1: '.length],
    ]);
  });
  it('applies merge keys with explicit keys winning', () => {
    const d = docs('base: &b {x: 1, y: 2}\nobj:\n  <<: *b\n  y: 3\n')[0]!;
    expect(toPlain(d.root!)).toEqual({ base: { x: 1, y: 2 }, obj: { y: 3, x: 1 } });
  });
  it('keeps the last duplicate key and reports each repeat at its position', () => {
    const d = docs('a: 1\nb: 2\na: 3\n')[0]!;
    expect(toPlain(d.root!)).toEqual({ a: 3, b: 2 });
    expect(d.problems).toEqual([
      { message: 'duplicate key "a"; the last value wins', offset: 10, severity: 'warning', duplicateKey: true },
    ]);
  });
  it('refuses only the too-deep document of a stream', () => {
    const list = docs(`a: 1\n---\nx: ${'['.repeat(600)}${']'.repeat(600)}\n---\nb: 2\n`);
    expect(list.filter((d) => d.root).map((d) => toPlain(d.root!))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(list.flatMap((d) => d.problems.map((p) => p.message))).toEqual([
      'flow collections nested 600 levels deep; more than 500 is refused',
    ]);
  });
});
