/**
 * Runs helm/kubectl on untrusted charts and kustomizations. A chart is code: it can loop for
 * ever, render gigabytes, or ignore SIGTERM mid-render. So each run gets its own process group
 * (killed as a whole with SIGKILL on the wall-clock limit or the output cap), an address-space
 * cap through prlimit when it is installed, an empty HOME and HELM_* dirs, no repository or
 * kube config, and proxies pointing at a closed port so any network attempt fails fast.
 * The binary is spawned directly (no shell), with a fixed argument list.
 */
import { budgetRemainingMs } from '../../core/budget.js';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SandboxLimits {
  timeoutMs: number;
  /** stdout + stderr bytes before the run is killed. */
  maxOutputBytes: number;
  /** Address-space cap (bytes) applied with prlimit --as when prlimit is on PATH. */
  maxMemoryBytes: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  timeoutMs: 30_000,
  maxOutputBytes: 16 * 1024 * 1024,
  maxMemoryBytes: 4 * 1024 * 1024 * 1024,
};

export type SandboxResult =
  { ok: true; stdout: string; stderr: string } | { ok: false; reason: string; stderr: string };

/** A closed local port: a proxy there refuses every connection at once. */
const NO_PROXY_PORT = 'http://127.0.0.1:9';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** First executable named `name` in a PATH string (no shell lookup). */
export function which(name: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, name);
    try {
      const st = fs.statSync(candidate);
      if (st.isFile() && st.mode & 0o111) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

export async function runSandboxed(
  bin: string,
  args: readonly string[],
  opts: { cwd: string; limits?: Partial<SandboxLimits>; pathVar?: string },
): Promise<SandboxResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  // A render never outlives the run's time budget (src/core/budget.ts).
  limits.timeoutMs = Math.min(limits.timeoutMs, Math.max(1000, budgetRemainingMs()));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-render-'));
  try {
    for (const d of ['cache', 'config', 'data']) fs.mkdirSync(path.join(home, d));
    const env: NodeJS.ProcessEnv = {
      PATH: '/usr/bin:/bin',
      HOME: home,
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_DATA_HOME: path.join(home, 'data'),
      HELM_REPOSITORY_CONFIG: path.join(home, 'config', 'repositories.yaml'),
      HELM_REGISTRY_CONFIG: path.join(home, 'config', 'registry.json'),
      HELM_PLUGINS: path.join(home, 'data', 'plugins'),
      KUBECONFIG: path.join(home, 'config', 'kubeconfig'),
      HTTP_PROXY: NO_PROXY_PORT,
      HTTPS_PROXY: NO_PROXY_PORT,
      http_proxy: NO_PROXY_PORT,
      https_proxy: NO_PROXY_PORT,
      NO_PROXY: '',
      no_proxy: '',
      GOMAXPROCS: '2',
    };
    const prlimit = which('prlimit', opts.pathVar ?? process.env.PATH);
    const [cmd, argv] = prlimit ? [prlimit, [`--as=${limits.maxMemoryBytes}`, '--', bin, ...args]] : [bin, [...args]];
    return await new Promise<SandboxResult>((resolve) => {
      const child = spawn(cmd, argv, { cwd: opts.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let bytes = 0;
      let failure: string | undefined;
      const kill = (why: string) => {
        failure ??= why;
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      };
      const timer = setTimeout(
        () => kill(`did not finish within ${Math.round(limits.timeoutMs / 1000)} s`),
        limits.timeoutMs,
      );
      const collect = (into: Buffer[]) => (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limits.maxOutputBytes) {
          kill(`rendered more than ${sizeText(limits.maxOutputBytes)}`);
          return;
        }
        into.push(chunk);
      };
      child.stdout.on('data', collect(out));
      child.stderr.on('data', collect(err));
      child.on('error', (e) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: `could not start ${path.basename(bin)}: ${e.message}`, stderr: '' });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const stderr = Buffer.concat(err).toString('utf8');
        if (failure) resolve({ ok: false, reason: failure, stderr });
        else if (code !== 0)
          resolve({
            ok: false,
            reason: signal ? `killed by ${signal}` : `exited with status ${code}`,
            stderr,
          });
        else resolve({ ok: true, stdout: Buffer.concat(out).toString('utf8'), stderr });
      });
    });
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
