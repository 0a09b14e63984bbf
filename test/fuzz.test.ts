// Property-based tests (fast-check): whatever the input, the parsers and the whole
// config pipeline return findings, never throw, and keep positions in range.
// Bounded here to a few seconds; `npm run fuzz` runs the same properties longer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import JSON5 from 'json5';
import { afterAll, describe, expect, it } from 'vitest';
import { substituteString } from '../src/config/env.js';
import { SourceFile } from '../src/core/source.js';
import { toPlain } from '../src/core/tree.js';
import { lintConfigFile, lintConfigText } from '../src/lint/lint-config.js';
import { parseDotenv } from '../src/parsers/dotenv.js';
import { parseJson5 } from '../src/parsers/json5.js';
import { parseYaml } from '../src/parsers/yaml.js';
import { RULES } from '../src/rules/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fuzz-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const json5Token = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '//',
  '/*',
  '*/',
  '\n',
  '\r\n',
  ' ',
  '\t',
  'gateway',
  'bind',
  '"lan"',
  '$include',
  '"${X}"',
  '1e999',
  '-0',
  'NaN',
  '__proto__',
  '\\u0000',
  '\uD800',
  'true',
  'null',
);
const json5ish = fc.array(json5Token, { maxLength: 60 }).map((t) => t.join(''));
/** Structured configs: random JSON values placed at real OpenClaw keys. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('open', 'lan', 'full', '*', '${TOKEN}', 'loopback', 'token'),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'mode',
        'bind',
        'auth',
        'token',
        'dmPolicy',
        'groupPolicy',
        'allowFrom',
        'enabled',
        'entries',
        'tools',
        'exec',
        'security',
        'sandbox',
        'telegram',
        'main',
      ),
      tie('node'),
      { maxKeys: 4 },
    ),
  ),
})).node;
const config = fc.dictionary(
  fc.constantFrom(
    'gateway',
    'channels',
    'tools',
    'agents',
    'hooks',
    'discovery',
    'session',
    'security',
    'mcp',
    'models',
    'browser',
  ),
  value,
  { maxKeys: 6 },
);

function wellFormed(
  findings: {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
    ruleId: string;
    message: string;
  }[],
): void {
  for (const f of findings) {
    expect(f.startLine).toBeGreaterThanOrEqual(1);
    expect(f.startColumn).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.startLine);
    expect(f.ruleId).toMatch(/^[\w.<>-]+$/);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz', () => {
  it('JSON5 parser agrees with JSON5.parse or reports an error, never throws', () => {
    fc.assert(
      fc.property(json5ish, (text) => {
        const r = parseJson5(new SourceFile('f', text));
        let expected: unknown;
        let ok = true;
        try {
          expected = JSON5.parse(text);
        } catch {
          ok = false;
        }
        if (r.ok && ok) expect(toPlain(r.root)).toStrictEqual(expected);
      }),
      { numRuns: RUNS * 5 },
    );
  });
  it('the whole pipeline returns well-formed findings on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(json5ish, async (text) =>
        wellFormed(await lintConfigText(text, { file: path.join(tmp, 'a.json5') })),
      ),
      { numRuns: RUNS },
    );
  });
  it('every rule survives arbitrary config shapes (no internal.rule_error)', async () => {
    await fc.assert(
      fc.asyncProperty(config, async (cfg) => {
        const findings = await lintConfigText(JSON.stringify(cfg), {
          file: path.join(tmp, 'b.json'),
          env: { TOKEN: 'x'.repeat(30) },
          rules: RULES,
        });
        wellFormed(findings);
        expect(findings.filter((f) => f.ruleId === 'internal.rule_error').map((f) => f.message)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
  it('include graphs terminate and never read outside the root', async () => {
    const names = ['a.json5', 'b.json5', 'c.json5', '../x.json5', '/etc/hostname', 'sub/d.json5'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom(...names), { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        async (edges) => {
          const dir = fs.mkdtempSync(path.join(tmp, 'g-'));
          const root = path.join(dir, 'root');
          fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
          fs.writeFileSync(path.join(dir, 'x.json5'), '{ outside: true }');
          const files = ['openclaw.json', 'a.json5', 'b.json5', 'sub/d.json5'];
          files.forEach((f, i) =>
            fs.writeFileSync(path.join(root, f), JSON.stringify({ $include: edges[i], gateway: { port: i + 1 } })),
          );
          const read: string[] = [];
          const abs = path.join(root, 'openclaw.json');
          const result = await lintConfigFile(new SourceFile('openclaw.json', fs.readFileSync(abs, 'utf8'), abs), {
            rules: [],
            reader: (p, display, max) => {
              read.push(p);
              return { ok: true, file: new SourceFile(display, fs.readFileSync(p, 'utf8').slice(0, max), p) };
            },
          });
          wellFormed(result.findings);
          for (const p of read) expect(path.relative(fs.realpathSync(root), p).startsWith('..')).toBe(false);
          expect(JSON.stringify(result.config)).not.toContain('outside');
        },
      ),
      { numRuns: RUNS },
    );
  });
  it('YAML, dotenv and ${VAR} never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseYaml(new SourceFile('f.yaml', text));
        parseDotenv(text);
        substituteString(text, new Map([['A', 'b']]));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
