/** The layers of src/ (scripts/import-graph.mjs): no module imports one above it, and the documented graph is current. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docIsCurrent, layerProblems } from '../scripts/import-graph.mjs';

describe('import layers', () => {
  it('no module of src/ imports a module of a higher layer, and every module has a layer', () => {
    expect(layerProblems()).toEqual([]);
  });

  it('docs/architecture.md shows the current import graph (npm run docs:imports rewrites it)', () => {
    expect(docIsCurrent()).toBe(true);
  });

  it('reports an upward import and a module with no layer', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-layers-'));
    try {
      fs.mkdirSync(path.join(root, 'src/core'), { recursive: true });
      fs.mkdirSync(path.join(root, 'src/rules'), { recursive: true });
      fs.mkdirSync(path.join(root, 'src/newdir'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src/core/a.ts'), "import { r } from '../rules/r.js';\nexport const a = r;\n");
      fs.writeFileSync(path.join(root, 'src/rules/r.ts'), 'export const r = 1;\n');
      fs.writeFileSync(path.join(root, 'src/newdir/n.ts'), 'export const n = 1;\n');
      const problems = layerProblems(root);
      expect(problems).toContain('core (layer 0) imports rules (layer 4, above it): core/a.ts');
      expect(problems).toContain('src/newdir is in no layer (add it to LAYERS)');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('one directory walker', () => {
  // Who may list a directory at all, and why; every walk of a tree goes through core/walk.ts.
  const LISTS_DIRECTORIES: Record<string, string> = {
    'core/fs-confined.ts': 'the confined listing itself',
    'core/walk.ts': 'the one walker',
    'secrets/files.ts': "detect-secrets' os.walk order and realpath names",
    'deploy/render/helm.ts': "one level: the subcharts in a chart's charts/",
  };
  it('no other module of src/ lists a directory by hand', () => {
    const src = path.join(import.meta.dirname, '..', 'src');
    const listing = fs
      .readdirSync(src, { recursive: true })
      .map((f) => String(f).split(path.sep).join('/'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /\b(?:readdirSync|opendirSync|readdir|listDirConfined\w*)\(/.test(fs.readFileSync(path.join(src, f), 'utf8')),
      )
      .sort();
    expect(listing).toEqual(Object.keys(LISTS_DIRECTORIES).sort());
  });
});

describe('the two readers of the OpenClaw behaviour model', () => {
  // deploy/ and rules/ sit on one layer, so the layer check allows an import between them; they
  // both read openclaw/ (and schema/) instead, so neither depends on the other.
  const src = path.join(import.meta.dirname, '..', 'src');
  const importers = (dir: string, target: string) =>
    fs
      .readdirSync(path.join(src, dir), { recursive: true })
      .map((f) => `${dir}/${String(f).split(path.sep).join('/')}`)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => new RegExp(`from '(?:\\.\\./)+${target}/`).test(fs.readFileSync(path.join(src, f), 'utf8')));
  it('deploy/ imports nothing from rules/, and rules/ nothing from deploy/', () => {
    expect(importers('deploy', 'rules')).toEqual([]);
    expect(importers('rules', 'deploy')).toEqual([]);
  });
});
