/**
 * detect-secrets' `YAMLTransformer`: for each mapping value that is a string (or !!binary),
 * emit `key: "value"` plus the line's trailing comment at the key's line; everything else is
 * blank. Files PyYAML would reject (several documents, syntax errors, non-printable
 * characters) return null so the raw lines are scanned instead.
 */
import { Composer, type CST, LineCounter, Parser, type Document, visit } from 'yaml';
import { PY_YAML_EXTRA_BREAK, pyYamlValues, PyYamlRejects, type YamlItem } from './pyyaml-model.js';
type Token = CST.Token;
import { pyStrip } from '../py.js';

// PyYAML's Reader rejects any character outside this set.
// Decoded UTF-8 has no lone surrogates, so surrogate pairs (U+10000..) are the D800-DFFF units.
const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uFFFD]/;
const COMMENT =
  /([\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+#(?:[^\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| )*)/u;

/** A character that can start a plain scalar in block context (a conservative subset). */
function plainStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_($/]/.test(c);
}

/** Where a plain scalar on this line stops: `: `/`:` at the end, or ` #` (a comment). */
function plainStops(s: string): { colon: number; hash: number } {
  let colon = -1;
  let hash = -1;
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    const n = s[i + 1];
    if (n === undefined || n === ' ') {
      colon = i;
      break;
    }
  }
  for (let i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
    if (i > 0 && s[i - 1] === ' ') {
      hash = i;
      break;
    }
  }
  return { colon, hash };
}

/** Whether a line's value (after `key:`) makes PyYAML fail; null when it is fine or unknown. */
type ValueVerdict = 'invalid' | 'plain' | 'empty' | 'unknown';

function valueVerdict(value: string): ValueVerdict {
  if (!value || value[0] === '#') return 'empty';
  // Reserved indicators can never start a token there ("cannot start any token").
  if (value[0] === '%' || value[0] === '@' || value[0] === '`') return 'invalid';
  if (!plainStart(value[0])) return 'unknown';
  const inner = plainStops(value);
  // A plain scalar value holding `: ` ("mapping values are not allowed here").
  return inner.colon > 0 && (inner.hash < 0 || inner.colon < inner.hash) ? 'invalid' : 'plain';
}

/**
 * A cheap, exact-by-construction proof that PyYAML rejects the text, so the (costly) parse
 * can be skipped. It recognises a few shapes and answers false ("don't know") for anything
 * else:
 *  - a plain scalar spanning lines (no `: ` on its first line) followed by a line with `: `;
 *  - a line `key: value: …` whose value is a plain scalar holding another `: `, or a value
 *    starting with `%`, `@` or `` ` `` (reserved characters cannot start a token);
 *  - in a mapping whose keys sit at column 0, a later column-0 line that is a plain scalar
 *    with no `: ` ("could not find expected ':'"), or one of the value shapes above.
 * Lines indented under a column-0 key are skipped, unless they hold a quote or a flow
 * bracket (a quoted scalar or flow collection could run on into column 0): then it gives up.
 * Tabs, CRs, document markers, directives and flow/quoted/block values at column 0 make it
 * give up too. Checked against PyYAML in test/secrets.
 */
export function yamlCertainlyInvalid(text: string): boolean {
  if (/[\t\r\x85\u2028\u2029\ufeff]/.test(text)) return false;
  let pos = 0;
  let inScalar = false;
  /** Set once the first line is a column-0 `key:` whose value is fine. */
  let rootMapping = false;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = nl < 0 ? text.slice(pos) : text.slice(pos, nl);
    pos = nl < 0 ? text.length : nl + 1;
    if (line.startsWith('---') || line.startsWith('...')) return false;
    const body = line.replace(/^ +/, '');
    if (!body) continue;
    if (body[0] === '#') {
      if (inScalar) return false;
      continue;
    }
    if (rootMapping && body !== line) {
      // Part of the value of the column-0 key above; a column-0 line ends it, unless a quoted
      // scalar or a flow collection opened here runs on.
      if (/["'[{]/.test(body)) return false;
      continue;
    }
    const { colon, hash } = plainStops(body);
    const hasColon = colon >= 0 && (hash < 0 || colon < hash);
    if (inScalar) {
      // A multi-line plain scalar cannot be a simple key.
      if (hasColon && colon > 0) return true;
      if (hash >= 0 || hasColon) return false;
      continue;
    }
    if (!plainStart(body[0])) return false;
    if (!hasColon) {
      // At column 0 under a column-0 mapping, a plain scalar must be a key.
      if (rootMapping) return true;
      if (hash >= 0) return false;
      inScalar = true;
      continue;
    }
    if (colon > 1000) return false;
    const verdict = valueVerdict(body.slice(colon + 1).replace(/^ +/, ''));
    if (verdict === 'invalid') return true;
    if (verdict === 'unknown' || body !== line) return false;
    rootMapping = true;
  }
  return false;
}

/**
 * The CST tokens of `text`, or null as soon as the parse is certainly rejected: a syntax error
 * token while a document is open or after one (the composer would attach it to a document),
 * or a second document. Most non-YAML text in a `.yml` file fails within its first lines, and
 * parsing the rest of it was most of the transformer's cost.
 */
function parseTokens(text: string, lineCounter: LineCounter): Token[] | null {
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: Token[] = [];
  let documents = 0;
  for (const token of parser.parse(text)) {
    if (token.type === 'document' && ++documents > 1) return null;
    // An error with no document before or around it lands in the stream's errors instead.
    if (token.type === 'error' && (documents > 0 || parser.stack.length > 0)) return null;
    tokens.push(token);
  }
  return tokens;
}

/**
 * The single document of `text` as the composer builds it; undefined for an empty stream,
 * null when it is rejected (a syntax error, several documents).
 */
export type YamlDocumentParser = (text: string, lineCounter: LineCounter) => Document.Parsed | undefined | null;

export const parseSingleDocument: YamlDocumentParser = (text, lineCounter) => {
  const tokens = parseTokens(text, lineCounter);
  if (tokens === null) return null;
  // Every scalar as its string (PyYAML's resolvers decide types, pyyaml-model.ts), merge keys and
  // duplicates kept as written, source tokens for the line of each `:`.
  const docs = [
    ...new Composer({
      version: '1.1',
      schema: 'failsafe',
      merge: false,
      uniqueKeys: false,
      keepSourceTokens: true,
    }).compose(tokens),
  ];
  if (docs.length > 1) return null;
  return docs[0];
};

/**
 * Whether every NEL / LINE SEPARATOR / PARAGRAPH SEPARATOR stands inside a quoted scalar, where
 * the structure the `yaml` package sees is PyYAML's and only the line numbers shift. Elsewhere
 * (a plain or block scalar, a comment) PyYAML sees a new line the `yaml` package does not, so
 * the file is scanned as raw lines rather than with a structure PyYAML would not build; PyYAML
 * mostly rejects such a file ("could not find expected ':'").
 */
function extraBreaksQuoted(doc: Document.Parsed, text: string): boolean {
  const quoted: Array<[number, number]> = [];
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range)
        quoted.push([node.range[0], node.range[1]]);
    },
  });
  // Both lists ascend (scalars in document order, breaks in text order): one merge pass.
  quoted.sort((a, b) => a[0] - b[0]);
  let i = 0;
  for (const m of text.matchAll(/[\x85\u2028\u2029]/g)) {
    while (i < quoted.length && quoted[i]![1] <= m.index) i++;
    if (i === quoted.length || m.index <= quoted[i]![0]) return false;
  }
  return true;
}

export function transformYaml(
  text: string,
  fileLines: string[],
  parse: YamlDocumentParser = parseSingleDocument,
): string[] | null {
  if (NON_PRINTABLE.test(text)) return null;
  if (yamlCertainlyInvalid(text)) return null;
  const lineCounter = new LineCounter();
  let doc: Document.Parsed | undefined | null;
  // The parser builds an Error per problem; without stack capture these are cheap
  // (most non-YAML text in a `.yml` file produces many of them).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = parse(text, lineCounter);
  } catch {
    return null;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (doc === null) return null;
  if (!doc) return [];
  if (doc.errors.length) return null;
  // PyYAML breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR too, and detect-secrets
  // reads each value's comment from `content.splitlines()`, which does as well.
  const extraBreaks = PY_YAML_EXTRA_BREAK.test(text);
  if (extraBreaks && !extraBreaksQuoted(doc, text)) return null;
  const pyLines = extraBreaks ? text.split(/[\n\x85\u2028\u2029]/) : fileLines;
  if (pyLines !== fileLines && pyLines[pyLines.length - 1] === '') pyLines.pop();
  let items: YamlItem[];
  try {
    items = pyYamlValues(doc, text, lineCounter, pyLines.length);
  } catch (err) {
    if (err instanceof PyYamlRejects) return null;
    throw err;
  }
  items.sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const item of items) {
    const id = `${item.key}\0${item.binary ? 'b' : 's'}${item.value}\0${item.line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    while (lines.length < item.line - 1) lines.push('');
    const comment = COMMENT.exec(pyStrip(pyLines[item.line - 1] ?? ''))?.[1] ?? '';
    lines.push(`${item.key}: "${item.value.replaceAll('"', '\\"')}"${comment}`);
  }
  return lines;
}
