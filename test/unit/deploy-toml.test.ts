import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { toPlain } from '../../src/core/tree.js';
import { parseToml } from '../../src/deploy/toml.js';

const parse = (text: string) => parseToml(new SourceFile('fly.toml', text));
const plain = (text: string) => {
  const r = parse(text);
  if (!r.ok) throw new Error(`${r.message} @${r.offset}`);
  return toPlain(r.root);
};

describe('parseToml', () => {
  it('reads tables, arrays of tables, dotted keys and inline tables', () => {
    expect(
      plain(
        `app = "x" # c\n[env]\n  A = 'lit\\n'\n  "B.C" = 1_000\n[[services]]\n  internal_port = 8080\n  [[services.ports]]\n    port = 443\n    handlers = ["tls", "http",]\n[[services]]\nx.y = { z = true, w = -1.5e3 }\n`,
      ),
    ).toEqual({
      app: 'x',
      env: { A: 'lit\\n', 'B.C': 1000 },
      services: [
        { internal_port: 8080, ports: [{ port: 443, handlers: ['tls', 'http'] }] },
        { x: { y: { z: true, w: -1500 } } },
      ],
    });
  });

  it('reads multi-line strings, escapes, hex numbers and date-times', () => {
    expect(
      plain(
        'a = """\nline1\\\n   line2"""\nb = "\\u00e9\\t"\nc = 0x1F\nd = 1979-05-27T07:32:00Z\ne = \'\'\'\nraw\\n\'\'\'\n',
      ),
    ).toEqual({
      a: 'line1line2',
      b: 'é\t',
      c: 31,
      d: '1979-05-27T07:32:00Z',
      e: 'raw\\n',
    });
  });

  it('keeps positions of keys and values', () => {
    const r = parse('app = "x"\n\n[env]\n  NAME = "v"\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const env = r.root.members.get('env')!;
    expect(env.value.kind).toBe('object');
    const name = env.value.kind === 'object' ? env.value.members.get('NAME')! : undefined;
    expect(name && r.root.file.positionAt(name.keyRange[0])).toEqual({ line: 4, column: 3 });
    expect(name && r.root.file.positionAt(name.value.range[0])).toEqual({ line: 4, column: 10 });
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    const r = parse(`a = ${'['.repeat(100_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('nesting deeper than 200 levels is not read');
  });

  it.each([
    ['a = "unterminated\n', 'unterminated string', 4],
    ['a = 1\na = 2\n', 'duplicate key "a"', 6],
    ['[t]\n[t]\n', 'table "t" is defined twice', 5],
    ['a = \n', 'expected a value', 4],
    ['a = [1, 2\n', 'expected "," or "]" in the array', 10],
    ['a = 1 b = 2\n', 'expected the end of the line', 6],
    ['a = {x = 1}\n[a]\n', '"a" is already defined as a value', 13],
    ['a = 1__0\n', 'invalid number (4 characters)', 4],
    // An unquoted token is never echoed (it is often a secret written without quotes).
    ['token = 9fPLANTEDsecret-value\n', 'invalid value: an unquoted 21-character token (strings need quotes)', 8],
    ['"\u202ekey" = 1\n"\u202ekey" = 2\n', 'duplicate key "\\u202ekey"', 11],
    ['= 1\n', 'expected a key', 0],
  ])('reports %j', (text, message, offset) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.message, r.offset]).toEqual([message, offset]);
  });
});
