// Every rule is findable by id: unique ids, docs page, valid and invalid fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../src/core/finding.js';
import { RULES } from '../src/rules/index.js';
import { fixtureDirName } from './helpers/fixtures.js';

const repo = path.resolve(import.meta.dirname, '..');

describe('rule registry', () => {
  it('has unique, well-formed ids sorted alphabetically', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+(\.[A-Za-z0-9_<>]+)+$/);
    expect(ids).toEqual([...ids].sort());
  });
  for (const rule of RULES) {
    it(`${rule.id} has metadata, docs and fixtures`, () => {
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(0);
      const name = fixtureDirName(rule.id);
      const doc = path.join(repo, 'docs', 'rules', `${name}.md`);
      expect(fs.existsSync(doc), `docs/rules/${name}.md`).toBe(true);
      expect(fs.readFileSync(doc, 'utf8')).toContain(rule.id);
      const dir = path.join(repo, 'test', 'fixtures', 'rules', name);
      const count = (sub: string, re: RegExp) =>
        fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).filter((f) => re.test(f)).length : 0;
      expect(count('valid', /\.json5?$/), 'valid fixtures').toBeGreaterThan(0);
      expect(count('invalid', /\.json5?$/), 'invalid fixtures').toBeGreaterThan(0);
      expect(count('invalid', /\.out$/), 'golden outputs').toBe(count('invalid', /\.json5?$/));
    });
  }
});
