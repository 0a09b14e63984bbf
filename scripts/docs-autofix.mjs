#!/usr/bin/env node
// Writes the **Autofix:** line of every rule page the registry describes (deploy rules: from their
// manifest fix in src/fix/manifest/index.ts, or the "none" sentence), at the end of its "## Fix"
// section. test/registry.test.ts checks the pages.
import fs from 'node:fs';
import path from 'node:path';
import { importSrc, repo } from './import-src.mjs';

const { REGISTRY, autofixLine } = await importSrc({ 'src/registry/index.ts': ['REGISTRY', 'autofixLine'] });
let changed = 0;
for (const rule of REGISTRY) {
  const line = autofixLine(rule);
  const file = path.join(repo, rule.doc.split('#')[0]);
  if (line === undefined || !fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  const without = text.replace(/\n\*\*Autofix:\*\*[^\n]*\n/, '\n').replace(/\n\n\n+/g, '\n\n');
  // The end of the Fix section: before the next heading, or the end of the page.
  const fix = without.indexOf('\n## Fix\n');
  if (fix < 0) throw new Error(`${rule.doc}: no "## Fix" section`);
  const next = without.indexOf('\n## ', fix + 1);
  const end = next < 0 ? without.replace(/\n+$/, '').length : without.slice(0, next).replace(/\n+$/, '').length;
  const updated = `${without.slice(0, end)}\n\n${line}\n${next < 0 ? '' : `\n${without.slice(next + 1)}`}`;
  if (updated !== text) {
    fs.writeFileSync(file, updated);
    changed++;
  }
}
console.log(`${changed} rule page(s) updated`);
