// Doc examples are tests: every json5 block under "## Incorrect" in docs/rules/<id>.md must fire
// that rule, every one under "## Correct" must not. A block may start with the fixture header
// comments (`// env: A=1`, `// deployment-bind: lan`) when the example needs them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../src/core/source.js';
import { DEPLOY_RULES, lintDeployments } from '../src/deploy/index.js';
import { lintConfigFile } from '../src/lint/lint-config.js';
import { RULES } from '../src/rules/index.js';
import { fixtureDirName, readDirectives, ruleOwns } from './helpers/fixtures.js';

const DOCS = path.join(import.meta.dirname, '..', 'docs', 'rules');

interface Example {
  section: 'Incorrect' | 'Correct';
  lang: string;
  line: number;
  code: string;
}

/** Fenced blocks under the `## Incorrect` and `## Correct` headings. */
export function docExamples(md: string): Example[] {
  const out: Example[] = [];
  let section: string | undefined;
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^## (.+)$/.exec(lines[i]!);
    if (h) section = h[1]!.trim();
    const fence = /^```(\w+)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    if (section === 'Incorrect' || section === 'Correct')
      out.push({ section, lang: fence[1]!, line: start, code: lines.slice(start, end).join('\n') + '\n' });
    i = end;
  }
  return out;
}

for (const rule of RULES) {
  const name = `${fixtureDirName(rule.id)}.md`;
  const md = fs.readFileSync(path.join(DOCS, name), 'utf8');
  const examples = docExamples(md).filter((e) => e.lang === 'json5');
  describe(`docs/rules/${name}`, () => {
    it('has an Incorrect and a Correct json5 example', () => {
      expect(examples.some((e) => e.section === 'Incorrect')).toBe(true);
      expect(examples.some((e) => e.section === 'Correct')).toBe(true);
    });
    for (const ex of examples) {
      it(`${ex.section} example at line ${ex.line} ${ex.section === 'Incorrect' ? 'fires' : 'does not fire'}`, async () => {
        const d = readDirectives(ex.code);
        const result = await lintConfigFile(new SourceFile(name.replace(/\.md$/, '.json5'), ex.code), {
          env: d.env,
          rules: [rule],
          deployment: d.deploymentBind ? { bind: d.deploymentBind } : {},
          reportMissingEnv: false,
        });
        const fired = result.findings.filter((f) => ruleOwns(rule, f.ruleId)).map((f) => f.message);
        if (ex.section === 'Incorrect') expect(fired.length, 'the rule fires').toBeGreaterThan(0);
        else expect(fired, 'the rule stays quiet').toEqual([]);
      });
    }
  });
}

// Deploy rules: each yaml, toml, ini or dockerfile example is written to a scratch repository as
// docker-compose.yml, fly.toml, openclaw.service or Dockerfile (deployment.yaml when it is a
// Kubernetes manifest; a first-line `# <name>` comment names the file) and linted with only that
// rule; shell commands and dotenv snippets are not linted. Each example is a whole file: a fragment (a lone
// `cap_add:` line) names no OpenClaw service, so nothing would be linted and a Correct example
// would pass for nothing.
/** The file an example is written to when its first line names none (`# fly.toml`, `# x.service.j2: …`). */
const DEFAULT_FILE: Record<string, string> = {
  yaml: 'docker-compose.yml',
  toml: 'fly.toml',
  ini: 'openclaw.service',
  dockerfile: 'Dockerfile',
};

for (const rule of DEPLOY_RULES) {
  const name = `${rule.id}.md`;
  const examples = docExamples(fs.readFileSync(path.join(DOCS, name), 'utf8')).filter((e) => e.lang in DEFAULT_FILE);
  if (!examples.length) continue;
  describe(`docs/rules/${name}`, () => {
    for (const ex of examples) {
      const title = `${ex.section} example at line ${ex.line} ${ex.section === 'Incorrect' ? 'fires' : 'does not fire'}`;
      it(title, async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-doc-'));
        try {
          const named = /^# ([\w.-]+\.\w+)(?::|\s*$)/.exec(ex.code.split('\n')[0]!)?.[1];
          const file = named ?? (/^apiVersion:/m.test(ex.code) ? 'deployment.yaml' : DEFAULT_FILE[ex.lang]!);
          fs.writeFileSync(path.join(dir, file), ex.code);
          const result = await lintDeployments({ cwd: dir, paths: ['.'], env: new Map(), rules: [rule] });
          const fired = result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.message);
          if (ex.section === 'Incorrect') expect(fired.length, 'the rule fires').toBeGreaterThan(0);
          else expect(fired, 'the rule stays quiet').toEqual([]);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  });
}
