/**
 * Property: for configs built from fixable settings in random layouts (quote style, unquoted
 * keys, trailing commas, comments, CRLF, indentation), --fix's result parses, its fixed findings
 * are gone, no finding is added, no comment is lost, and a second run changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { withWorkspace } from '../../src/core/fs-confined.js';
import { SourceFile } from '../../src/core/source.js';
import { fixConfig } from '../../src/lint/fix-config.js';
import { lintConfigFile } from '../../src/lint/lint-config.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-fixprop-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A literal gateway token; after --fix the config is linted with it supplied, as the fix says. */
const LITERAL_TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
const SUPPLIED = new Map([['OPENCLAW_GATEWAY_TOKEN', LITERAL_TOKEN]]);

/** [path, value] settings, each with a fix (security or migration). */
const SETTINGS: [string[], unknown][] = [
  [['discovery', 'mdns', 'mode'], 'full'],
  [['hooks', 'path'], '/'],
  [['channels', 'slack', 'dmPolicy'], 'open'],
  [['channels', 'discord', 'groupPolicy'], 'open'],
  [
    ['gateway', 'controlUi', 'allowedOrigins'],
    ['https://a.example', '*'],
  ],
  [['gateway', 'nodes', 'denyCommands'], ['system.run']],
  [['browser', 'ssrfPolicy', 'allowPrivateNetwork'], false],
  [['gateway', 'bogusKey'], 1],
  // wrap: a scalar streaming becomes { mode } (a boolean as "partial" / "off")
  [['channels', 'telegram', 'streaming'], 'partial'],
  [['channels', 'discord', 'streaming'], false],
  // add: a roster with no default marker gets agents.ownership at the end of agents
  [
    ['agents', 'list'],
    [
      { id: 'main', workspace: '~/main' },
      { id: 'ops', workspace: '~/ops' },
    ],
  ],
  // set to a reference: the literal token becomes ${OPENCLAW_GATEWAY_TOKEN}
  [['gateway', 'auth', 'token'], LITERAL_TOKEN],
];

interface Style {
  quote: '"' | "'";
  bareKeys: boolean;
  trailing: boolean;
  comments: boolean;
  indent: number;
  crlf: boolean;
}

function render(value: unknown, style: Style, depth: number, note: () => string): string {
  const pad = ' '.repeat(style.indent * (depth + 1));
  const end = ' '.repeat(style.indent * depth);
  const str = (s: string) => (style.quote === '"' ? JSON.stringify(s) : `'${s}'`);
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return `[${value.map((v) => render(v, style, depth + 1, note)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = style.bareKeys && /^[A-Za-z_]\w*$/.test(k) ? k : str(k);
      return `${pad}${key}: ${render(v, style, depth + 1, note)}`;
    });
    const lines = entries.map((e, i) => e + (i < entries.length - 1 || style.trailing ? ',' : '') + note());
    return `{\n${lines.join('\n')}\n${end}}`;
  }
  return String(value);
}

function build(picks: number[], style: Style): string {
  const cfg: Record<string, unknown> = { gateway: { bind: 'loopback' } };
  for (const i of picks) {
    const [p, v] = SETTINGS[i]!;
    let o = cfg as Record<string, unknown>;
    for (const seg of p.slice(0, -1)) o = (o[seg] ??= {}) as Record<string, unknown>;
    o[p[p.length - 1]!] = v;
  }
  let n = 0;
  const note = () => (style.comments ? ` // note ${++n}` : '');
  const text = `// generated\n${render(cfg, style, 0, note)}\n`;
  return style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

const comments = (t: string) => (t.match(/\/\/ (note \d+|generated)/g) ?? []).sort();

async function lint(abs: string, env?: ReadonlyMap<string, string>) {
  const text = fs.readFileSync(abs, 'utf8');
  return lintConfigFile(new SourceFile('openclaw.json', text, abs), env ? { env } : {});
}

describe('--fix properties', () => {
  it('parses, removes what it fixed, keeps the rest, loses no comment, is idempotent', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: SETTINGS.length - 1 }), { minLength: 1, maxLength: SETTINGS.length }),
        fc.record({
          quote: fc.constantFrom('"' as const, "'" as const),
          bareKeys: fc.boolean(),
          trailing: fc.boolean(),
          comments: fc.boolean(),
          indent: fc.constantFrom(2, 4),
          crlf: fc.boolean(),
        }),
        async (picks, style) => {
          const abs = path.join(dir, `c${run++}.json`);
          const text = build(picks, style);
          fs.writeFileSync(abs, text);
          await withWorkspace(dir, async () => {
            const before = await lint(abs);
            const r = await fixConfig({ file: new SourceFile('openclaw.json', text, abs), options: {} });
            expect(r.applied.length, text).toBeGreaterThan(0);
            const after = r.changes[0]?.after ?? text;
            fs.writeFileSync(abs, after);
            const fixed = await lint(abs, SUPPLIED);
            expect(fixed.findings.filter((f) => /^parse\./.test(f.ruleId))).toEqual([]);
            // Every setting here has a fix that applies in any layout: no fixable finding is left.
            expect(fixed.findings.filter((f) => f.autofix).map((f) => `${f.ruleId} ${f.path}`)).toEqual([]);
            const gone = new Set(r.applied.map((a) => `${a.ruleId}\0${a.path}`));
            for (const f of fixed.findings) expect(gone.has(`${f.ruleId}\0${f.path}`)).toBe(false);
            // Nothing new: no rule reports more often than before (a fix may settle a related finding).
            const count = (list: { ruleId: string }[], id: string) => list.filter((f) => f.ruleId === id).length;
            for (const f of fixed.findings)
              expect(count(fixed.findings, f.ruleId), f.ruleId).toBeLessThanOrEqual(count(before.findings, f.ruleId));
            expect(comments(after)).toEqual(expect.arrayContaining(comments(text)));
            if (style.crlf) expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
            const again = await fixConfig({ file: new SourceFile('openclaw.json', after, abs), options: {} });
            // The token's value never reaches the fixed text.
            expect(after).not.toContain(LITERAL_TOKEN);
            expect(again.changes).toEqual([]);
          });
        },
      ),
      { numRuns: 40, seed: 20 },
    );
  });
});
