#!/usr/bin/env node
// Writes the "## Releases" section of every audit rule page from the rule's `releases` table
// (src/rules/releases.ts releasesSection). test/unit/rule-releases.test.ts checks the pages.
import fs from 'node:fs';
import path from 'node:path';
import { importSrc, repo } from './import-src.mjs';

const { RULES, releasesSection, ruleFileName } = await importSrc({
  'src/rules/index.ts': ['RULES'],
  'src/rules/releases.ts': ['releasesSection'],
  'src/registry/index.ts': ['ruleFileName'],
});
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
