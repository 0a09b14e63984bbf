#!/usr/bin/env node
// Writes the **Autofix:** line of every rule page the registry describes (deploy rules: from their
// manifest fix in src/fix/manifest/index.ts, or the "none" sentence), at the end of its "## Fix"
// section. test/registry.test.ts checks the pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-docs-'));
const entry = path.join(tmp, 'entry.ts');
fs.writeFileSync(
  entry,
  `export { REGISTRY, autofixLine } from ${JSON.stringify(path.join(repo, 'src/registry/index.ts'))};`,
);
const out = path.join(tmp, 'out.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
  // yaml is CommonJS: its require() of node builtins needs a require in the ES module.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { REGISTRY, autofixLine } = await import(pathToFileURL(out).href);
fs.rmSync(tmp, { recursive: true, force: true });
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
