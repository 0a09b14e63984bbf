/**
 * The state directory and config path of a deployed gateway, resolved as
 * OpenClaw resolves them (src/config/paths.ts, src/infra/home-dir.ts):
 * `OPENCLAW_STATE_DIR` (legacy `CLAWDBOT_STATE_DIR`, `MOLTBOT_STATE_DIR`), else
 * `$OPENCLAW_HOME/.openclaw`, else `$HOME/.openclaw` (or the legacy
 * `.clawdbot`/`.moltbot` directory when that is the one the deployment
 * provides); the config is `--config`, `OPENCLAW_CONFIG_PATH` (legacy
 * `CLAWDBOT_CONFIG_PATH`), else `openclaw.json` (or a legacy name) in the
 * state directory. HOME comes from the workload's env, its user, then the
 * image (Dockerfile `ENV HOME`/`USER`; root is /root, the official image's
 * user is node). When the user cannot be known, HOME stays unknown.
 */
import type { Location } from '../core/finding.js';
import { imageKind } from './identity.js';
import type { EnvVar, Workload } from './model.js';
import type { GatewayFlags } from './invocation.js';
import { posixUnder } from './util.js';

export const STATE_DIR_VARS = ['OPENCLAW_STATE_DIR', 'CLAWDBOT_STATE_DIR', 'MOLTBOT_STATE_DIR'] as const;
export const CONFIG_PATH_VARS = ['OPENCLAW_CONFIG_PATH', 'CLAWDBOT_CONFIG_PATH', 'MOLTBOT_CONFIG_PATH'] as const;
const STATE_DIRNAMES = ['.openclaw', '.clawdbot', '.moltbot'] as const;
export const CONFIG_NAMES = ['openclaw.json', 'clawdbot.json', 'moltbot.json'] as const;

export interface Located {
  path: string;
  loc?: Location;
  /** How clawlint knows ("HOME in compose environment", "the image runs as root"…), for messages. */
  how: string;
}

export interface ResolvedPaths {
  home?: Located;
  stateDir?: Located;
  /** Candidate config paths, the one OpenClaw prefers first. */
  configPaths: string[];
  /** The config path was given explicitly (--config / OPENCLAW_CONFIG_PATH). */
  explicitConfig?: Located;
}

function lastSet(w: Workload, names: readonly string[]): EnvVar | undefined {
  for (const name of names) {
    const e = [...w.env].reverse().find((x) => x.name === name && x.value !== undefined && x.value.trim() !== '');
    if (e && !/\$\{?[A-Za-z_]|%[a-zA-Z]/.test(e.value!)) return e;
  }
  return undefined;
}

/** HOME of the process: env, else the user it runs as, else the image's user. */
export function resolveHome(w: Workload): Located | undefined {
  const env = lastSet(w, ['HOME']);
  if (env) return { path: env.value!.trim(), loc: env.valueLoc ?? env.loc, how: `HOME set in ${env.origin}` };
  const byUser = (user: string, how: string, loc?: Location): Located | undefined => {
    const name = user.split(':')[0]!.trim();
    if (name === 'root' || name === '0') return { path: '/root', how, ...(loc ? { loc } : {}) };
    const home = w.imageFacts?.homes.get(name);
    if (home) return { path: home, how, ...(loc ? { loc } : {}) };
    if (name === 'node' || (name === '1000' && officialUser(w)))
      return { path: '/home/node', how, ...(loc ? { loc } : {}) };
    return undefined;
  };
  if (w.platform === 'systemd') {
    const u = w.user?.value.trim();
    if (u)
      return u === 'root' || u === '0' ? { path: '/root', how: 'User=root' } : { path: `/home/${u}`, how: `User=${u}` };
    return w.systemUnit ? { path: '/root', how: 'a system unit without User= runs as root' } : undefined;
  }
  if (w.user) return byUser(w.user.value, `the workload runs as user ${w.user.value}`, w.user.loc);
  const facts = w.imageFacts;
  if (facts?.home) return { path: facts.home, how: `ENV HOME in ${facts.file}` };
  if (facts?.user) return byUser(facts.user.value, `USER ${facts.user.value} in ${facts.file}`);
  if (facts) {
    // No USER: the base image's user (the official image runs as node, other bases as root).
    if (imageKind(facts.base) === 'official')
      return { path: '/home/node', how: `the base image ${facts.base} runs as node` };
    if (facts.base && !/\$/.test(facts.base)) return { path: '/root', how: `${facts.file} sets no USER: root` };
    return undefined;
  }
  if (imageKind(w.image?.value) === 'official') return { path: '/home/node', how: 'the official image runs as node' };
  return undefined;
}

function officialUser(w: Workload): boolean {
  return imageKind(w.image?.value) === 'official' || imageKind(w.imageFacts?.base) === 'official';
}

function expand(p: string, home: Located | undefined): string | undefined {
  const t = p.trim();
  if (t === '~' || t.startsWith('~/')) return home ? home.path.replace(/\/+$/, '') + t.slice(1) : undefined;
  return t.startsWith('/') ? t.replace(/\/+$/, '') || '/' : undefined;
}

export function resolvePaths(w: Workload, flags: GatewayFlags): ResolvedPaths {
  const out: ResolvedPaths = { configPaths: [] };
  const ocHome = lastSet(w, ['OPENCLAW_HOME']);
  const home: Located | undefined = ocHome
    ? { path: ocHome.value!.trim(), loc: ocHome.valueLoc ?? ocHome.loc, how: `OPENCLAW_HOME in ${ocHome.origin}` }
    : resolveHome(w);
  if (home) out.home = home;
  const override = lastSet(w, STATE_DIR_VARS);
  if (override) {
    const p = expand(override.value!, home);
    if (p)
      out.stateDir = { path: p, loc: override.valueLoc ?? override.loc, how: `${override.name} in ${override.origin}` };
  } else if (home) {
    const base = home.path.replace(/\/+$/, '');
    const dirs = STATE_DIRNAMES.map((d) => `${base}/${d}`);
    // OpenClaw takes ~/.openclaw when it exists, else an existing legacy directory: the one the deployment mounts.
    const mounted = dirs.find((d) => w.mounts.some((m) => posixUnder(d, m.target) !== undefined && !m.subPath));
    const legacy = flags.executable && flags.executable !== 'openclaw' ? `${base}/.${flags.executable}` : undefined;
    // Only OPENCLAW_HOME points at the state dir itself; HOME and the image's user say where it is, not why.
    const loc = ocHome ? home.loc : undefined;
    out.stateDir = { path: mounted ?? legacy ?? dirs[0]!, how: home.how, ...(loc ? { loc } : {}) };
  }
  const explicitFlag = flags.config;
  const explicitEnv = lastSet(w, CONFIG_PATH_VARS);
  if (explicitFlag) {
    const p = expand(explicitFlag.value, home) ?? explicitFlag.value;
    out.explicitConfig = { path: p, loc: explicitFlag.loc, how: '--config' };
  } else if (explicitEnv) {
    const p = expand(explicitEnv.value!, home) ?? explicitEnv.value!;
    out.explicitConfig = { path: p, loc: explicitEnv.valueLoc ?? explicitEnv.loc, how: explicitEnv.name };
  }
  if (out.explicitConfig) out.configPaths.push(out.explicitConfig.path);
  else if (out.stateDir) for (const n of CONFIG_NAMES) out.configPaths.push(`${out.stateDir.path}/${n}`);
  return out;
}
