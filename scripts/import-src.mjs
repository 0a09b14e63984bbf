// A docs generator's way into src/: bundle the named exports of TypeScript modules with esbuild
// into a temp ES module and import it (the scripts run on plain Node, without a TS loader).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `{ 'src/rules/index.ts': ['RULES'] }` → the module namespace holding those exports. */
export async function importSrc(exportsByFile) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-docs-'));
  try {
    const entry = path.join(tmp, 'entry.ts');
    fs.writeFileSync(
      entry,
      Object.entries(exportsByFile)
        .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(path.join(repo, file))};`)
        .join('\n'),
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
    return await import(pathToFileURL(out).href);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
