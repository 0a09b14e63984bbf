#!/usr/bin/env node
// Writes the "## Releases" section of every audit rule page from the rule's `releases` table
// (src/rules/releases.ts releasesSection). test/unit/rule-releases.test.ts checks the pages.
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
  `export { RULES } from ${JSON.stringify(path.join(repo, 'src/rules/index.ts'))};
export { releasesSection } from ${JSON.stringify(path.join(repo, 'src/rules/releases.ts'))};
export { ruleFileName } from ${JSON.stringify(path.join(repo, 'src/registry/index.ts'))};`,
);
const out = path.join(tmp, 'out.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { RULES, releasesSection, ruleFileName } = await import(pathToFileURL(out).href);
fs.rmSync(tmp, { recursive: true, force: true });
const versions = JSON.parse(fs.readFileSync(path.join(repo, 'policies/schemas/releases.json'), 'utf8')).releases.map(
  (r) => r.version,
);
let changed = 0;
for (const rule of RULES) {
  const file = path.join(repo, 'docs', 'rules', `${ruleFileName(rule.id)}.md`);
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  const section = releasesSection(rule, versions);
  const without = text.replace(/\n## Releases\n[\s\S]*?(?=\n## |$)/, '\n').replace(/\n+$/, '\n');
  const next = section ? `${without}\n${section}` : without;
  if (next !== text) {
    fs.writeFileSync(file, next);
    changed++;
  }
}
console.log(`${changed} rule page(s) updated`);
