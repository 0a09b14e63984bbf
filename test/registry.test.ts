// The one rule registry against the tree: every rule module is registered, and every
// registered rule has its module, fixtures and doc page (ESLint's checkRuleFiles idea).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli-main.js';
import { SEVERITIES } from '../src/core/finding.js';
import { MANIFEST_FIXERS } from '../src/fix/manifest/index.js';
import {
  autofixLine,
  findRule,
  knownRulePredicate,
  REGISTRY,
  ruleFileName,
  ruleModule,
} from '../src/registry/index.js';

const repo = path.resolve(import.meta.dirname, '..');
const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');

function filesUnder(rel: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(repo, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(rel);
  return out.sort();
}

/** Every text a test compares against: fixtures (markers, goldens) and test sources. */
const testTexts = filesUnder('test')
  .filter((f) => !/\.(gz|bin|png)$/.test(f))
  .map((f) => read(f))
  .join('\n');

describe('rule registry', () => {
  it('has unique, well-formed ids sorted alphabetically', () => {
    const ids = REGISTRY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+(\.[A-Za-z0-9_<>]+)+$/);
    expect(ids).toEqual([...ids].sort());
  });

  it('every manifest fix belongs to a registered deploy rule, which is fixable', () => {
    for (const fixer of MANIFEST_FIXERS)
      expect(findRule(fixer.ruleId), fixer.ruleId).toMatchObject({ kind: 'deploy', fixable: true });
    expect(REGISTRY.filter((r) => r.kind === 'deploy' && r.fixable).map((r) => r.id)).toEqual(
      MANIFEST_FIXERS.map((f) => f.ruleId),
    );
  });

  it('registers every rule module in the tree', () => {
    // A rule module is any source file whose default export is a defineRule/defineDeployRule call,
    // typed (`defineRule<Facts>(`) or not: every rule is written that way (define* is called nowhere else).
    const modules = filesUnder('src').filter((f) => /^export default define(?:Deploy)?Rule\s*[<(]/m.test(read(f)));
    const defined = filesUnder('src').filter((f) => /\bdefine(?:Deploy)?Rule\s*[<(]/.test(read(f)));
    expect(defined.filter((f) => !modules.includes(f) && !/\/types\.ts$/.test(f))).toEqual([]);
    expect(modules.length).toBe(REGISTRY.filter((r) => r.kind === 'audit' || r.kind === 'deploy').length);
    const registered = new Set(REGISTRY.map((r) => r.module));
    expect(modules.filter((m) => !registered.has(m))).toEqual([]);
  });

  for (const rule of REGISTRY) {
    describe(rule.id, () => {
      it('has metadata', () => {
        expect(SEVERITIES).toContain(rule.severity);
        expect(rule.title.trim().length).toBeGreaterThan(0);
        expect(rule.description.trim().length).toBeGreaterThan(0);
      });

      if (autofixLine(rule) !== undefined)
        it('its doc page has the Autofix line the registry generates (npm run docs:autofix)', () => {
          const doc = read(rule.doc.split('#')[0]!);
          expect(doc.split('\n').filter((l) => l.startsWith('**Autofix:**'))).toEqual([autofixLine(rule)]);
          expect(doc.includes('`clawlint lint --fix` does not change this'), rule.doc).toBe(!rule.fixable);
        });

      if (rule.kind === 'audit')
        it('its doc page says whether and how --fix fixes it', () => {
          const doc = read(rule.doc.split('#')[0]!);
          expect(doc).toContain('**Autofix:**');
          expect(doc.includes('`clawlint lint --fix` does not change this'), rule.doc).toBe(!rule.fixable);
        });

      it('has its module', async () => {
        expect(fs.existsSync(path.join(repo, rule.module)), rule.module).toBe(true);
        if (rule.kind === 'audit' || rule.kind === 'deploy') {
          expect(rule.module).toBe(ruleModule(rule.id));
          const mod = (await import(path.join(repo, rule.module))) as { default: { id: string } };
          expect(mod.default.id).toBe(rule.id);
          if (rule.kind === 'audit')
            expect(rule.fixable, 'fixable ⇔ the rule offers replaceWith').toBe(
              /\b(?:replaceWith|autofix)\b/.test(read(rule.module)),
            );
        } else if (rule.kind !== 'secrets') {
          const literal = rule.id.includes('<') ? rule.id.slice(0, rule.id.indexOf('<')) : rule.id;
          expect(read(rule.module)).toContain(literal);
        }
      });

      it('has its doc page', () => {
        const [page, anchor] = rule.doc.split('#');
        expect(fs.existsSync(path.join(repo, page!)), page).toBe(true);
        const text = read(page!);
        if (page!.startsWith('docs/rules/')) {
          expect(page).toBe(`docs/rules/${ruleFileName(rule.id)}.md`);
          expect(text).toContain(`# ${rule.id}`);
        } else if (rule.kind !== 'secrets') {
          // A shared table row: | `id` | severity | … |, the severity first in the cell.
          const row = text.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${rule.id}\``));
          expect(row, `a row for ${rule.id} in ${page}`).toBeDefined();
          expect(row!.split('|')[2]!.trim().split(' ')[0]).toBe(rule.severity);
        }
        if (anchor) expect(text.toLowerCase()).toContain(`# ${anchor.replaceAll('-', ' ')}`);
      });

      it('has fixtures', () => {
        if (rule.kind === 'audit') {
          const dir = path.join(repo, 'test', 'fixtures', 'rules', ruleFileName(rule.id));
          for (const sub of ['valid', 'invalid'])
            expect(fs.readdirSync(path.join(dir, sub)).filter((f) => /\.json5?$/.test(f)).length, sub).toBeGreaterThan(
              0,
            );
        } else {
          const name =
            rule.kind === 'secrets'
              ? rule.module === 'src/secrets/cli.ts'
                ? rule.id
                : rule.title.replace(/^.*\(|\)$|not in the baseline$/g, '').trim()
              : rule.id;
          const literal = name.includes('<') ? name.slice(0, name.indexOf('<')) : name;
          expect(testTexts.includes(literal), `a test or fixture naming ${literal}`).toBe(true);
        }
      });
    });
  }

  it('documents every core check it registers, and nothing else', () => {
    const documented = [...read('docs/core-checks.md').matchAll(/^\| `([^`|]+)`(?: \/ `([^`]+)`)? \|/gm)]
      .flatMap((m) => [m[1]!, m[2]])
      .filter((x): x is string => x !== undefined && x !== 'id');
    const core = REGISTRY.filter((r) => r.doc === 'docs/core-checks.md').map((r) => r.id);
    expect([...documented].sort()).toEqual([...core].sort());
  });
});

describe('known rule ids', () => {
  const known = knownRulePredicate(['policy.no_root']);
  it('accepts registered ids, templates, family wildcards and custom policy ids', () => {
    for (const id of [
      'gateway.bind_no_auth',
      'deploy.privileged',
      'tools.elevated.allowFrom.telegram.wildcard',
      'schema.additionalProperties',
      'secrets.aws_key_detector',
      'suppression.unused',
      'deploy.*',
      'gateway.*',
      'policy.no_root',
    ])
      expect(known(id), id).toBe(true);
  });
  it('rejects misspelt ids, deploy ones included', () => {
    for (const id of [
      'deploy.privileged_mode',
      'deploy.',
      'gateway.bind_noauth',
      'secrets.nope',
      'nope.*',
      'policy.other',
    ])
      expect(known(id), id).toBe(false);
  });
  it('finds the template a concrete id belongs to', () => {
    expect(findRule('channels.discord.dm.open')?.id).toBe('channels.<provider>.dm.open');
  });
});

describe('clawlint --list-rules', () => {
  async function list(args: string[]) {
    let out = '';
    const code = await main(['--list-rules', ...args], {
      cwd: repo,
      stdout: (s) => (out += s),
      stderr: () => undefined,
      isTTY: false,
      noColor: true,
    });
    return { code, out };
  }
  it('prints one line per registered rule', async () => {
    const { code, out } = await list([]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(REGISTRY.length);
    expect(lines.find((l) => l.startsWith('deploy.privileged '))).toMatch(
      /^deploy\.privileged +critical +deploy +Privileged container$/,
    );
    expect(lines.find((l) => l.startsWith('mcp.apps.enabled '))).toMatch(/\(fixable\)$/);
  });
  it('prints the registry as JSON with --format json', async () => {
    const { code, out } = await list(['--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(out) as { id: string; doc: string; kind: string }[];
    expect(rules.map((r) => r.id)).toEqual(REGISTRY.map((r) => r.id));
    expect(rules.find((r) => r.id === 'parse.error')).toMatchObject({ kind: 'core', doc: 'docs/core-checks.md' });
  });
});
