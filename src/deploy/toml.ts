/**
 * A small, exact TOML reader for what fly.toml uses: `[tables]`,
 * `[[arrays.of.tables]]`, bare/quoted/dotted keys, basic and literal strings
 * (single and multi-line), integers, floats, booleans, date-times (kept as
 * strings), arrays and inline tables. Produces located value trees so findings
 * point at the right line; the first syntax error is returned with its offset.
 */
import type { SourceFile } from '../core/source.js';
import type { ArrayNode, MemberNode, ObjectNode, ScalarNode, ValueNode } from '../core/tree.js';
import { quoteForMessage } from '../core/quote.js';

export type TomlResult = { ok: true; root: ObjectNode } | { ok: false; message: string; offset: number };

class TomlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;
/** Arrays and inline tables nested deeper than this are refused (stack safety on hostile input). */
export const MAX_TOML_DEPTH = 200;

export function parseToml(file: SourceFile): TomlResult {
  try {
    return { ok: true, root: new TomlParser(file).parse() };
  } catch (err) {
    if (err instanceof TomlError) return { ok: false, message: err.message, offset: err.offset };
    throw err;
  }
}

class TomlParser {
  private i = 0;
  private readonly text: string;
  /** Tables created implicitly by a dotted header (may be defined later once). */
  private readonly implicit = new WeakSet<ObjectNode>();
  private readonly defined = new WeakSet<ObjectNode>();
  /** Inline tables and arrays written as values are closed for extension. */
  private readonly closed = new WeakSet<ValueNode>();
  private depth = 0;

  constructor(private readonly file: SourceFile) {
    this.text = file.text;
  }

  parse(): ObjectNode {
    const root = this.obj(0, this.text.length);
    let current = root;
    for (;;) {
      this.skipWsCommentsNewlines();
      if (this.i >= this.text.length) break;
      const c = this.text[this.i];
      if (c === '[') {
        current = this.header(root);
      } else {
        this.keyValue(current);
      }
      this.endOfLine();
    }
    return root;
  }

  private obj(start: number, end: number): ObjectNode {
    return { kind: 'object', file: this.file, range: [start, end], members: new Map<string, MemberNode>() };
  }

  private fail(message: string, at = this.i): never {
    throw new TomlError(message, Math.min(at, this.text.length));
  }

  private skipWs(): void {
    while (this.i < this.text.length && (this.text[this.i] === ' ' || this.text[this.i] === '\t')) this.i++;
  }

  private skipComment(): void {
    if (this.text[this.i] === '#')
      while (this.i < this.text.length && this.text[this.i] !== '\n' && this.text[this.i] !== '\r') this.i++;
  }

  private skipWsCommentsNewlines(): void {
    for (;;) {
      this.skipWs();
      this.skipComment();
      const c = this.text[this.i];
      if (c === '\n' || c === '\r') this.i++;
      else break;
    }
  }

  private endOfLine(): void {
    this.skipWs();
    this.skipComment();
    if (this.i >= this.text.length) return;
    const c = this.text[this.i];
    if (c === '\n') this.i++;
    else if (c === '\r' && this.text[this.i + 1] === '\n') this.i += 2;
    else this.fail('expected the end of the line');
  }

  /** `[a.b]` or `[[a.b]]`; returns the table that following keys go into. */
  private header(root: ObjectNode): ObjectNode {
    const start = this.i;
    const isArray = this.text.startsWith('[[', this.i);
    this.i += isArray ? 2 : 1;
    this.skipWs();
    const keys = this.key();
    this.skipWs();
    if (isArray ? !this.text.startsWith(']]', this.i) : this.text[this.i] !== ']')
      this.fail(`expected "${isArray ? ']]' : ']'}" to close the table header`);
    this.i += isArray ? 2 : 1;
    let table = root;
    keys.forEach((k, idx) => {
      const last = idx === keys.length - 1;
      const existing = table.members.get(k.name);
      if (last && isArray) {
        let arr: ArrayNode;
        if (!existing) {
          arr = { kind: 'array', file: this.file, range: [start, this.i], items: [] };
          table.members.set(k.name, { file: this.file, keyRange: k.range, value: arr });
        } else if (existing.value.kind === 'array' && !this.closed.has(existing.value)) arr = existing.value;
        else this.fail(`${quoteForMessage(k.name)} is already defined and is not an array of tables`, k.range[0]);
        const t = this.obj(start, this.i);
        arr.items.push(t);
        table = t;
        return;
      }
      if (!existing) {
        const t = this.obj(start, this.i);
        table.members.set(k.name, { file: this.file, keyRange: k.range, value: t });
        if (last) this.defined.add(t);
        else this.implicit.add(t);
        table = t;
        return;
      }
      const v = existing.value;
      if (v.kind === 'array' && !this.closed.has(v) && !last) {
        const lastItem = v.items[v.items.length - 1];
        if (lastItem?.kind !== 'object') this.fail(`${quoteForMessage(k.name)} is not a table`, k.range[0]);
        table = lastItem;
        return;
      }
      if (v.kind !== 'object' || this.closed.has(v))
        this.fail(`${quoteForMessage(k.name)} is already defined as a value`, k.range[0]);
      if (last) {
        if (this.defined.has(v))
          this.fail(`table ${quoteForMessage(keys.map((x) => x.name).join('.'))} is defined twice`, k.range[0]);
        this.defined.add(v);
      }
      table = v;
    });
    return table;
  }

  private keyValue(table: ObjectNode): void {
    const keys = this.key();
    this.skipWs();
    if (this.text[this.i] !== '=') this.fail('expected "=" after the key');
    this.i++;
    this.skipWs();
    const value = this.value();
    let target = table;
    keys.forEach((k, idx) => {
      const last = idx === keys.length - 1;
      const existing = target.members.get(k.name);
      if (last) {
        if (existing) this.fail(`duplicate key ${quoteForMessage(k.name)}`, k.range[0]);
        target.members.set(k.name, { file: this.file, keyRange: k.range, value });
        return;
      }
      if (!existing) {
        const t = this.obj(k.range[0], value.range[1]);
        target.members.set(k.name, { file: this.file, keyRange: k.range, value: t });
        target = t;
        return;
      }
      if (existing.value.kind !== 'object' || this.closed.has(existing.value) || this.defined.has(existing.value)) {
        this.fail(`${quoteForMessage(k.name)} is already defined`, k.range[0]);
      }
      target = existing.value;
    });
  }

  private key(): { name: string; range: readonly [number, number] }[] {
    const keys: { name: string; range: readonly [number, number] }[] = [];
    for (;;) {
      this.skipWs();
      const start = this.i;
      const c = this.text[this.i];
      let name: string;
      if (c === '"') name = this.basicString();
      else if (c === "'") name = this.literalString();
      else {
        while (this.i < this.text.length && BARE_KEY.test(this.text[this.i]!)) this.i++;
        if (this.i === start) this.fail('expected a key');
        name = this.text.slice(start, this.i);
      }
      keys.push({ name, range: [start, this.i] });
      this.skipWs();
      if (this.text[this.i] !== '.') return keys;
      this.i++;
    }
  }

  private scalar(start: number, value: string | number | boolean): ScalarNode {
    return { kind: 'scalar', file: this.file, range: [start, this.i], value };
  }

  private value(): ValueNode {
    const start = this.i;
    const c = this.text[this.i];
    if (c === undefined || c === '\n' || c === '\r' || c === '#') this.fail('expected a value');
    if (c === '"')
      return this.scalar(start, this.text.startsWith('"""', this.i) ? this.multiBasic() : this.basicString());
    if (c === "'")
      return this.scalar(start, this.text.startsWith("'''", this.i) ? this.multiLiteral() : this.literalString());
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const m = /^(?:true|false|[-+]?(?:inf|nan)|[-+0-9][-+0-9A-Za-z_.:]*(?: [0-9][0-9:.+\-Z]*)?)/.exec(
      this.text.slice(this.i, this.i + 128),
    );
    if (!m) this.fail('expected a value (string, number, boolean, array or inline table)');
    const tok = m[0];
    this.i += tok.length;
    if (tok === 'true' || tok === 'false') return this.scalar(start, tok === 'true');
    if (/^[-+]?(?:inf|nan)$/.test(tok))
      return this.scalar(start, tok.includes('nan') ? Number.NaN : tok.startsWith('-') ? -Infinity : Infinity);
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(tok)) return this.scalar(start, tok);
    const num = tok.replace(/_/g, '');
    if (/_(?!\d)|(?<!\d)_/.test(tok)) this.fail(`invalid number (${tok.length} characters)`, start);
    if (/^[-+]?(?:0|[1-9]\d*)$/.test(num)) return this.scalar(start, Number(num));
    if (/^0x[0-9a-f]+$|^0o[0-7]+$|^0b[01]+$/i.test(num)) return this.scalar(start, Number(num));
    if (/^[-+]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(num)) return this.scalar(start, Number(num));
    // Never quoted: an unquoted token here is often a secret written without quotes.
    this.fail(`invalid value: an unquoted ${tok.length}-character token (strings need quotes)`, start);
  }

  private basicString(): string {
    const open = this.i++;
    let out = '';
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined || c === '\n' || c === '\r') this.fail('unterminated string', open);
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') out += this.escape();
      else {
        out += c;
        this.i++;
      }
    }
  }

  private escape(): string {
    const e = this.text[this.i + 1];
    const simple: Record<string, string> = {
      b: '\b',
      t: '\t',
      n: '\n',
      f: '\f',
      r: '\r',
      '"': '"',
      '\\': '\\',
      e: '\x1b',
    };
    if (e !== undefined && simple[e] !== undefined) {
      this.i += 2;
      return simple[e];
    }
    if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      const hex = this.text.slice(this.i + 2, this.i + 2 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail('invalid unicode escape');
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail('invalid unicode escape');
      this.i += 2 + len;
      return String.fromCodePoint(cp);
    }
    this.fail('invalid escape sequence');
  }

  private literalString(): string {
    const start = ++this.i;
    while (
      this.i < this.text.length &&
      this.text[this.i] !== "'" &&
      this.text[this.i] !== '\n' &&
      this.text[this.i] !== '\r'
    )
      this.i++;
    if (this.text[this.i] !== "'") this.fail('unterminated string', start - 1);
    return this.text.slice(start, this.i++);
  }

  private multiBasic(): string {
    const open = this.i;
    this.i += 3;
    if (this.text[this.i] === '\n') this.i++;
    else if (this.text.startsWith('\r\n', this.i)) this.i += 2;
    let out = '';
    for (;;) {
      if (this.i >= this.text.length) this.fail('unterminated multi-line string', open);
      if (this.text.startsWith('"""', this.i)) {
        let n = 3;
        while (this.text[this.i + n] === '"' && n < 5) n++;
        out += '"'.repeat(n - 3);
        this.i += n;
        return out;
      }
      const c = this.text[this.i]!;
      if (c === '\\') {
        const rest = /^\\[ \t]*\r?\n[\s]*/.exec(this.text.slice(this.i, this.i + 4096));
        if (rest) {
          this.i += rest[0].length;
          continue;
        }
        out += this.escape();
      } else {
        out += c;
        this.i++;
      }
    }
  }

  private multiLiteral(): string {
    const open = this.i;
    this.i += 3;
    if (this.text[this.i] === '\n') this.i++;
    else if (this.text.startsWith('\r\n', this.i)) this.i += 2;
    const end = this.text.indexOf("'''", this.i);
    if (end === -1) this.fail('unterminated multi-line string', open);
    let stop = end + 3;
    while (this.text[stop] === "'" && stop < end + 5) stop++;
    const out = this.text.slice(this.i, stop - 3);
    this.i = stop;
    return out;
  }

  private nest(): void {
    if (++this.depth > MAX_TOML_DEPTH) this.fail(`nesting deeper than ${MAX_TOML_DEPTH} levels is not read`);
  }

  private array(): ArrayNode {
    this.nest();
    const start = this.i++;
    const arr: ArrayNode = { kind: 'array', file: this.file, range: [start, start], items: [] };
    for (;;) {
      this.skipWsCommentsNewlines();
      if (this.text[this.i] === ']') break;
      arr.items.push(this.value());
      this.skipWsCommentsNewlines();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] !== ']') this.fail('expected "," or "]" in the array');
      break;
    }
    this.i++;
    arr.range = [start, this.i];
    this.closed.add(arr);
    this.depth--;
    return arr;
  }

  private inlineTable(): ObjectNode {
    this.nest();
    const start = this.i++;
    const t = this.obj(start, start);
    this.skipWs();
    if (this.text[this.i] === '}') {
      this.i++;
    } else {
      for (;;) {
        this.keyValue(t);
        this.skipWs();
        if (this.text[this.i] === ',') {
          this.i++;
          continue;
        }
        if (this.text[this.i] !== '}') this.fail('expected "," or "}" in the inline table');
        this.i++;
        break;
      }
    }
    t.range = [start, this.i];
    this.closed.add(t);
    this.depth--;
    return t;
  }
}
