/** Shared helpers for fixtures: directives in the first lines, linting one fixture. */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/finding.js';
import { SourceFile, stripBom } from '../../src/core/source.js';
import { lintConfigFile } from '../../src/lint/lint-config.js';
import type { Rule } from '../../src/rules/types.js';

export interface Directives {
  env: Map<string, string>;
  deploymentBind?: string;
}

/** `// env: A=1 B=2` and `// deployment-bind: lan` comments at the top of a fixture. */
export function readDirectives(text: string): Directives {
  const env = new Map<string, string>();
  let deploymentBind: string | undefined;
  for (const line of text.split(/\r?\n/).slice(0, 10)) {
    const m = /^\s*\/\/\s*(env|deployment-bind):\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'env') {
      for (const pair of m[2]!.trim().split(/\s+/).filter(Boolean)) {
        const eq = pair.indexOf('=');
        env.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
    } else deploymentBind = m[2]!.trim();
  }
  return { env, deploymentBind };
}

/** Lint one fixture file; paths in findings are relative to `baseDir`. */
export async function lintFixture(abs: string, baseDir: string, rules: readonly Rule[]): Promise<Finding[]> {
  const text = stripBom(fs.readFileSync(abs, 'utf8'));
  const d = readDirectives(text);
  const rel = path.relative(baseDir, abs).split(path.sep).join('/');
  const file = new SourceFile(rel, text, abs);
  const result = await lintConfigFile(file, {
    env: d.env,
    rules,
    deployment: d.deploymentBind ? { bind: d.deploymentBind } : {},
    reportMissingEnv: d.env.size > 0,
  });
  // Findings in included files carry the display path relative to the root config's directory.
  return result.findings;
}

export function listFiles(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort();
}

/** Directory name of a rule: `<provider>`-style placeholders are written without brackets. */
export function fixtureDirName(id: string): string {
  return id.replace(/<([^>]+)>/g, '$1');
}

/** Does a reported rule id belong to the rule (templated ids match any segment)? */
export function ruleOwns(rule: Rule, ruleId: string): boolean {
  if (!rule.id.includes('<')) return ruleId === rule.id;
  const re = new RegExp(
    '^' +
      rule.id
        .split(/<[^>]+>/)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^.]+') +
      '$',
  );
  return re.test(ruleId);
}
