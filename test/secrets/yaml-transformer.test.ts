import fc from 'fast-check';
import { parseAllDocuments, type LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/secrets/scan-file.js';
import { transformYaml, type YamlDocumentParser } from '../../src/secrets/transformers/yaml.js';

/** The straightforward parse the transformer used before it learnt to stop at the first error. */
const parseWhole: YamlDocumentParser = (text: string, lineCounter: LineCounter) => {
  const docs = parseAllDocuments(text, {
    version: '1.1',
    schema: 'failsafe',
    merge: false,
    keepSourceTokens: true,
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (!Array.isArray(docs) || docs.length > 1) return null;
  return docs[0];
};

/** Lines of YAML, near-YAML and code, as `.yml` files in the wild hold. */
const LINES = [
  'key: value',
  'password: "hunter2hunter2"',
  "token: 'abc'",
  '  nested: x',
  '  - item',
  '- a: b',
  'list:',
  '  -',
  '---',
  '...',
  '%YAML 1.1',
  '? complex',
  ': value',
  'anchor: &a v',
  'alias: *a',
  'block: |',
  '  text',
  'folded: >',
  'k: v: w',
  'k: %w',
  '# comment',
  'x: 1 # tail',
  'bin: !!binary aGVsbG8=',
  'n: null',
  'b: yes',
  'dup: 1',
  'dup: 2',
  '{a: 1}',
  '[1, 2]',
  '"quoted": v',
  'export function f(a: number): string {}',
  '  const v = x.map((y) => y * 2);',
  '\tk: tab',
  'key:value',
  '',
];
const yamlish = fc.array(fc.constantFrom(...LINES), { maxLength: 12 }).map((l) => l.join('\n'));

describe('YAML transformer', () => {
  it('gives what a whole-document parse gives, while stopping at the first syntax error', () => {
    fc.assert(
      fc.property(yamlish, fc.boolean(), (text, finalNewline) => {
        const t = finalNewline ? `${text}\n` : text;
        const lines = splitLines(t);
        expect(transformYaml(t, lines)).toEqual(transformYaml(t, lines, parseWhole));
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects a file whose first lines are not YAML without reading the rest', () => {
    const text = `a: b\n- c\n${'x: y\n'.repeat(5000)}`;
    expect(transformYaml(text, splitLines(text))).toBeNull();
    expect(transformYaml(text, splitLines(text), parseWhole)).toBeNull();
  });
});
