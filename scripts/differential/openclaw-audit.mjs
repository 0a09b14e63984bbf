// `openclaw security audit --json` of one staged config by one release, hermetic and offline
// (openclawSandbox), with an optional on-disk cache keyed by release, config bytes and env.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, openclawSandbox } from '../openclaw-cache.mjs';

/** A run cut short by the timeout: says nothing about the config, so it is never cached. */
class AuditTimeout extends Error {}

// A 2026.9 audit takes ~5 s on an idle machine and over two minutes at load ~18 on 2 cores.
export function run(cmd, args, opts) {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 256 * 1024 * 1024, timeout: 600_000, ...opts }, (err, stdout, stderr) =>
      resolve({ code: err ? (err.code ?? 1) : 0, timedOut: !!err?.killed, stdout, stderr }),
    );
  });
}

export async function runOpenclawAsync({ node, cli }, cfg, extraEnv) {
  const box = openclawSandbox(node, { configPath: cfg, env: extraEnv });
  try {
    const r = await run(node, [cli, 'security', 'audit', '--json'], { cwd: box.home, env: box.env });
    if (r.timedOut) throw new AuditTimeout(`openclaw timed out: ${r.stderr.slice(0, 200)}`);
    const text = r.stdout;
    const start = text.startsWith('{') ? 0 : text.search(/^\{/m);
    // Older releases (before 2026.5) print an invalid config as text on stderr, with no JSON.
    if (start < 0 && r.code !== 0 && /invalid config|config (is )?invalid/i.test(r.stderr + r.stdout))
      return {
        ok: false,
        issues: (r.stderr + r.stdout)
          .split('\n')
          .filter((l) => /^\s*-\s/.test(l))
          .map((l) => l.trim()),
      };
    if (start < 0) throw new Error(`openclaw produced no JSON (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
    const out = JSON.parse(text.slice(start));
    delete out.ts;
    return out;
  } finally {
    box.dispose();
  }
}

/** runOpenclawAsync (or its failure as `{ error }`), remembered in $CLAWLINT_CACHE/audits/<release>/<sha256 of config+env>.json. */
export async function cachedAudit(oc, version, cfg, extraEnv = {}) {
  const h = crypto.createHash('sha256').update(fs.readFileSync(cfg)).update(JSON.stringify(extraEnv)).digest('hex');
  const file = path.join(cacheDir(), 'audits', version, `${h}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  let out;
  try {
    out = await runOpenclawAsync(oc, cfg, extraEnv);
  } catch (err) {
    if (err instanceof AuditTimeout) return { error: err.message };
    // A CLI that cannot audit this config offline fails the same way every time: remember it.
    out = {
      error: String(err.message ?? err)
        .split('\n')[0]
        .slice(0, 300),
    };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out));
  return out;
}
