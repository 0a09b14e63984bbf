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
await esbuild.build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'secrets-worker': 'src/secrets/worker.ts' },
  outdir: dist,
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
const cli = path.join(dist, 'cli.js');
fs.writeFileSync(cli, `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8')}`);
fs.chmodSync(cli, 0o755);

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
