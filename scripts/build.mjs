// npm run build — bundles src/ into dist/cli.js and dist/index.js (esbuild, ESM,
// node20 target) and compiles the schema validators into dist/schema/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSingleValidator, buildValidators } from './build-validators.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repo);
// Build into a fresh directory and swap it in at the end, so a clawlint run during a
// rebuild never sees a half-written dist/.
const finalDist = path.join(repo, 'dist');
const dist = path.join(repo, `.dist-build-${process.pid}`);
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

// yaml's parser and composer read `process.env.LOG_TOKENS` / `LOG_STREAM` (debug logging) once
// per token; an env lookup is a call into C++, and it was a fifth of the secrets scan's YAML
// time. The bundle drops the checks (the logging is for yaml's own developers).
const yamlDebugEnv = /node_process\.env\.LOG_(?:TOKENS|STREAM)/g;
const dropYamlDebugLogging = {
  name: 'drop-yaml-debug-logging',
  setup(build) {
    build.onLoad(
      { filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/ },
      (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        const patched = source.replace(yamlDebugEnv, 'false');
        // A yaml upgrade that renames these reads must be noticed, not silently unpatched.
        if (patched === source) throw new Error(`drop-yaml-debug-logging: no LOG_* read in ${args.path}`);
        return { contents: patched, loader: 'js' };
      },
    );
  },
};
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  define: { __CLAWLINT_VERSION__: JSON.stringify(pkg.version) },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [dropYamlDebugLogging],
};
// One build for the entries (the CLI, the Action, the secrets scan's worker thread) with code splitting: what a lint run does not need (the secrets
// scanner, Ajv for custom policies, the Action's GitHub client) lives in chunks loaded on demand,
// which keeps the CLI's cold start short. Chunks sit next to the entries so every module resolves
// its assets (schema/, ../docs, ../policies) from the same directory.
const bundle = await esbuild.build({
  ...common,
  metafile: true,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'secrets-worker': 'src/secrets/worker.ts' },
  outdir: dist,
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
const cli = path.join(dist, 'cli.js');
fs.writeFileSync(cli, `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8')}`);
fs.chmodSync(cli, 0o755);

writeThirdPartyNotices(bundle.metafile, path.join(dist, 'THIRD-PARTY-NOTICES.txt'));

await buildSingleValidator({
  schemaPath: 'policies/clawlint.schema.json',
  outFile: path.join(dist, 'schema', 'clawlint-config.js'),
});
await buildSingleValidator({
  schemaPath: 'policies/policy.schema.json',
  outFile: path.join(dist, 'schema', 'policy-file.js'),
});
const v = await buildValidators({ outDir: path.join(dist, 'schema') });
const old = path.join(repo, `.dist-old-${process.pid}`);
if (fs.existsSync(finalDist)) fs.renameSync(finalDist, old);
fs.renameSync(dist, finalDist);
fs.rmSync(old, { recursive: true, force: true });
console.log(
  `dist/: cli.js, index.js, schema/ for ${v.versions.join(', ')} (${v.count} shared validator modules, ${(v.bytes / 1e6).toFixed(2)} MB)`,
);

/**
 * The bundle inlines its libraries, so their licence notices ship beside it: every package whose
 * files esbuild pulled in (from the metafile), with its licence text, sorted for a stable dist/.
 * The standalone schema validators reference Ajv's runtime, so Ajv is listed too.
 */
function writeThirdPartyNotices(metafile, outFile) {
  const dirs = new Set([path.join(repo, 'node_modules', 'ajv')]);
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(path.resolve(repo, m[1]));
  }
  const entries = [];
  for (const dir of dirs) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile
      ? fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim()
      : '(no licence file in the package)';
    entries.push({ id: `${meta.name}@${meta.version}`, licence: meta.license ?? 'unknown', text });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = entries.filter((e, i) => i === 0 || entries[i - 1].id !== e.id);
  const body = unique.map((e) => `${e.id} (${e.licence})\n\n${e.text}\n`).join(`\n${'-'.repeat(72)}\n\n`);
  fs.writeFileSync(outFile, `Third-party software bundled in clawlint's dist/\n\n${'='.repeat(72)}\n\n${body}`);
}
