/**
 * How a command line starts OpenClaw: which token is the OpenClaw executable
 * (`openclaw`, the legacy `clawdbot`/`moltbot`, `node …/openclaw.mjs`,
 * `node dist/index.js`), its subcommand, and the flags of a gateway run
 * (`gateway`, `gateway run`, `gateway start [--foreground]`). Wrappers in
 * front (`exec`, `tini --`, `gosu user`, `npx`, `env A=b`) are skipped; a
 * shell script (`sh -c "a && exec openclaw gateway"`) is read segment by
 * segment. Nothing here looks at image or container names.
 */
import type { Location } from '../core/finding.js';
import type { Arg, Located } from './model.js';

export interface GatewayFlags {
  /** The `gateway` subcommand token (a gateway run, not `gateway status`…). */
  gateway?: Arg;
  bind?: Located<string>;
  port?: Located<string>;
  token?: Located<string>;
  password?: Located<string>;
  auth?: Located<string>;
  config?: Located<string>;
  allowUnconfigured?: Location;
  /** True when the command line runs an OpenClaw executable (any subcommand). */
  mentionsOpenclaw: boolean;
  /** The executable's name: `openclaw`, or a legacy name (`clawdbot`, `moltbot`). */
  executable?: 'openclaw' | 'clawdbot' | 'moltbot';
  /** The subcommand after the executable (`gateway`, `onboard`, `doctor`…). */
  subcommand?: string;
}

/** Tokens that end one shell command and start the next. */
const SEPARATORS = new Set(['&&', ';', '||', '|', '&']);

/** Wrappers that run the rest of the line; the number is how many arguments they take first. */
const WRAPPERS: Record<string, number> = {
  exec: 0,
  tini: 0,
  'dumb-init': 0,
  npx: 0,
  bunx: 0,
  nohup: 0,
  gosu: 1,
  'su-exec': 1,
  chpst: 0,
};

const EXECUTABLE = /^(openclaw|clawdbot|moltbot)(?:@[^/\s]*)?(?:\.m?js)?$/;
export const NODE_ENTRY = /(?:^|\/)(openclaw|clawdbot|moltbot)\.m?js$|(?:^|\/)dist\/(?:index|entry)\.m?js$/;
const NODE = /^(?:node|nodejs|bun|deno)$/;

function base(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

/** Index of the OpenClaw executable in one command segment, and its name. */
function findExecutable(seg: readonly Arg[]): { at: number; name: GatewayFlags['executable'] } | undefined {
  // An entrypoint script in front (`/entrypoint.sh openclaw gateway`) runs the rest: look past it.
  for (let start = 0; start < seg.length; start++) {
    const hit = executableAt(seg, start);
    if (hit) return hit;
  }
  return undefined;
}

function executableAt(
  seg: readonly Arg[],
  start: number,
): { at: number; name: GatewayFlags['executable'] } | undefined {
  let i = start;
  for (;;) {
    const t = seg[i]?.text;
    if (t === undefined) return undefined;
    const b = base(t);
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t) || t === '--' || b === 'env') {
      i++;
      continue;
    }
    if (b in WRAPPERS) {
      i += 1 + WRAPPERS[b]!;
      continue;
    }
    if (b === 'pnpm' || b === 'yarn' || b === 'bun' || b === 'npm') {
      // `pnpm openclaw …`, `pnpm exec openclaw …`, `npm exec -- openclaw …`
      const next = seg[i + 1]?.text;
      if (next && (next === 'exec' || next === 'dlx' || next === 'x' || EXECUTABLE.test(next))) {
        i += next === 'exec' || next === 'dlx' || next === 'x' ? 2 : 1;
        continue;
      }
    }
    const m = EXECUTABLE.exec(b);
    if (m) return { at: i, name: m[1] as GatewayFlags['executable'] };
    if (NODE.test(b)) {
      let j = i + 1;
      while (seg[j]?.text.startsWith('-')) j++;
      const script = seg[j]?.text ?? '';
      const n = NODE_ENTRY.exec(script);
      if (!n) return undefined;
      // dist/index.js is any Node app's entry: it counts only in front of an OpenClaw subcommand.
      if (!n[1] && seg[j + 1]?.text !== 'gateway') return undefined;
      return { at: j, name: (n[1] as GatewayFlags['executable']) ?? 'openclaw' };
    }
    return undefined;
  }
}

function segments(args: readonly Arg[]): Arg[][] {
  const out: Arg[][] = [[]];
  for (const a of args) {
    if (SEPARATORS.has(a.text)) out.push([]);
    else out[out.length - 1]!.push(a);
  }
  return out.filter((s) => s.length);
}

/** Options before the subcommand that take a value (`openclaw --profile p gateway`). */
const GLOBAL_WITH_VALUE = new Set(['--profile', '--log-level', '--config']);

export function gatewayFlags(args: readonly Arg[]): GatewayFlags {
  const flags: GatewayFlags = { mentionsOpenclaw: false };
  for (const seg of segments(args)) {
    if (/^(?:echo|printf|log|info)$/.test(seg[0]!.text)) continue; // a message that names the command
    const exe = findExecutable(seg);
    if (!exe) continue;
    flags.mentionsOpenclaw = true;
    flags.executable ??= exe.name;
    let i = exe.at + 1;
    while (seg[i]?.text.startsWith('-')) {
      const t = seg[i]!.text;
      if (t === '--config' && seg[i + 1]) flags.config = { value: seg[i + 1]!.text, loc: seg[i + 1]!.loc };
      else if (t.startsWith('--config=')) flags.config = { value: t.slice(9), loc: seg[i]!.loc };
      i += GLOBAL_WITH_VALUE.has(t) ? 2 : 1;
    }
    const sub = seg[i];
    if (!sub) continue;
    flags.subcommand ??= sub.text;
    if (sub.text !== 'gateway') continue;
    // `gateway status|call|install|stop…` talk to a gateway or its service manager; they run none.
    const next = seg[i + 1]?.text;
    if (next !== undefined && !next.startsWith('-') && next !== 'run' && next !== 'start') continue;
    flags.gateway = sub;
    flags.subcommand = 'gateway';
    readRunFlags(seg.slice(i + 1), flags);
    break;
  }
  return flags;
}

function readRunFlags(rest: readonly Arg[], flags: GatewayFlags): void {
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const m = /^--(bind|port|token|password|auth|config)(?:=(.*))?$/.exec(a.text);
    if (m) {
      const key = m[1] as 'bind' | 'port' | 'token' | 'password' | 'auth' | 'config';
      if (m[2] !== undefined) flags[key] = { value: m[2], loc: a.loc };
      else if (rest[i + 1]) {
        flags[key] = { value: rest[i + 1]!.text, loc: rest[i + 1]!.loc };
        i++;
      }
    } else if (a.text === '--allow-unconfigured') flags.allowUnconfigured = a.loc;
  }
}
