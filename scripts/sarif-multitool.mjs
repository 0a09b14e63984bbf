#!/usr/bin/env node
// Validates clawlint's SARIF with Microsoft's SARIF multitool (`@microsoft/sarif-multitool`, a
// devDependency whose linux-x64 package ships a self-contained binary): the SARIF rules and the
// GitHub ingestion rules (`--rule-kind Sarif;Gh`), errors and warnings. Notes (style advice such
// as "provide a contextRegion") are counted, not failed. Used by .ci/run and by
// test/e2e/sarif-multitool.test.ts; `node scripts/sarif-multitool.mjs` runs it on the reports below.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** The multitool binary, or undefined where its package is not installed (or not linux-x64). */
export async function multitoolPath() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // The package exports the path of its platform package's binary.
    const bin = (await import('@microsoft/sarif-multitool')).default;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `Sarif.Multitool validate` on one file: the problems it reports at error and warning level
 * (`RULE path: message`) and the number of notes. The tool exits 0 whatever it finds, so its
 * output log is read.
 */
export function validateSarif(file, bin) {
  if (!bin) throw new Error('the SARIF multitool is not installed');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-multitool-')), 'validation.sarif');
  const r = spawnSync(
    bin,
    [
      'validate',
      file,
      '--output',
      out,
      '--log',
      'ForceOverwrite',
      '--rule-kind',
      'Sarif;Gh',
      '--level',
      'Error;Warning;Note',
      '--quiet',
    ],
    // No telemetry, no ICU requirement on minimal images.
    {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 << 20,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    },
  );
  if (r.status !== 0 || !fs.existsSync(out))
    throw new Error(`multitool validate failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const results = log.runs?.[0]?.results ?? [];
  const problems = results
    .filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined)
    .map((x) => `${x.ruleId} ${(x.message?.arguments ?? []).join(' | ')}`);
  return { problems, notes: results.length - problems.length };
}

/** The reports CI validates: every kind of rule, a file not read (a tool notification), suppressed results. */
export function clawlintReports(dir) {
  const sarif = (name, args, cwd = ROOT) => {
    const file = path.join(dir, `${name}.sarif`);
    const r = spawnSync(process.execPath, [CLI, '--format', 'sarif', '--output', file, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`clawlint ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    return file;
  };
  const configs = ['--config-glob', '**/*.json5', '--config-glob', '**/*.json', '--no-baseline'];
  return [
    sarif('fixtures', [...configs, 'test/fixtures/rules', 'test/fixtures/deploy', 'test/fixtures/core']),
    sarif('fixtures-with-suppressed', [
      ...configs,
      '--sarif-include-suppressed',
      'test/fixtures/policy',
      'test/hostile',
    ]),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bin = await multitoolPath();
  if (!bin) {
    console.error('sarif-multitool: @microsoft/sarif-multitool-linux is not installed (npm ci on linux-x64)');
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-sarif-'));
  let failed = 0;
  for (const file of clawlintReports(dir)) {
    const { problems, notes } = validateSarif(file, bin);
    const n = JSON.parse(fs.readFileSync(file, 'utf8')).runs[0].results.length;
    console.log(`${path.basename(file)}: ${n} results, ${problems.length} errors/warnings, ${notes} notes`);
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    failed += problems.length;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}
