/**
 * What a workload is, decided by what it runs: the official OpenClaw images
 * (and the legacy clawdbot/moltbot ones), an OpenClaw executable on its
 * command line, or an image built from a repository Dockerfile that installs
 * OpenClaw. Container, service and image names that merely contain "openclaw"
 * decide nothing (a dashboard called openclaw-dashboard is not a gateway).
 */
import type { Workload } from './model.js';
import { gatewayFlags } from './invocation.js';

/** Official images: ghcr.io/openclaw/openclaw, openclaw/openclaw, and the legacy clawdbot/moltbot names. */
const OFFICIAL =
  /^(?:(?:ghcr\.io|docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(openclaw|clawdbot|moltbot)\/(openclaw|clawdbot|moltbot)(?:[:@]|$)/i;

/** A community build published under the project's own name (`khal3d/openclaw`, `quay.io/me/openclaw:tag`). */
const PROJECT_NAMED = /(?:^|\/)(openclaw|clawdbot|moltbot)(?:[:@]|$)/i;

export type ImageKind = 'official' | 'project-named';

export function imageKind(ref: string | undefined): ImageKind | undefined {
  if (!ref) return undefined;
  const r = ref.trim();
  if (OFFICIAL.test(r)) return 'official';
  if (PROJECT_NAMED.test(r)) return 'project-named';
  return undefined;
}

/** Legacy project name of an image or executable (`clawdbot`, `moltbot`), for the env names it reads. */
export function legacyName(w: Pick<Workload, 'image' | 'args'>): 'clawdbot' | 'moltbot' | undefined {
  const exe = gatewayFlags(w.args).executable;
  if (exe === 'clawdbot' || exe === 'moltbot') return exe;
  const m = /(clawdbot|moltbot)/i.exec(w.image?.value ?? '');
  return m ? (m[1]!.toLowerCase() as 'clawdbot' | 'moltbot') : undefined;
}

/** `RUN npm install -g openclaw@…`, `pnpm add -g openclaw`, the install script, a clone of the repository. */
const INSTALLS =
  /\b(?:npm\s+(?:i|install|add)\b[^\n&;|]*?|pnpm\s+(?:add|install|i)\b[^\n&;|]*?|yarn\s+global\s+add\b[^\n&;|]*?|bun\s+(?:add|install|i)\b[^\n&;|]*?)\s(?:@[\w.-]+\/)?(openclaw|clawdbot|moltbot)(?:@[^\s]*)?(?=\s|$)|(?:openclaw\.ai|clawd\.bot|molt\.bot)\/install|github\.com\/(?:openclaw|clawdbot|moltbot)\/(?:openclaw|clawdbot|moltbot)\b/i;

export function installsOpenclaw(runText: string): boolean {
  return INSTALLS.test(runText);
}

/** Commands that keep a container alive or open a shell: no gateway hides behind them. */
const IDLE = /^(?:sleep|tail|cat|true|bash|sh|ash|zsh|node|npm|pnpm|python3?|code-server|supervisord|cron|crond)$/;

/**
 * Decide whether a workload runs OpenClaw and whether it runs the gateway.
 * The official image's default command (`node openclaw.mjs gateway`) is a
 * gateway run. An OpenClaw image whose command is a script clawlint could not
 * read runs a gateway whose flags are unknown (`invocationHidden`). Init
 * containers, build-only services and one-shot units run no gateway.
 */
export function classify(w: Workload): void {
  const flags = gatewayFlags(w.args);
  const kind = imageKind(w.image?.value);
  const facts = w.imageFacts;
  const openclawImage = facts ? facts.openclaw || kind === 'official' : kind !== undefined;
  const fromImage = w.defaultCommand || w.commandFromImage === true || w.platform === 'dockerfile';
  w.runsOpenclaw = flags.mentionsOpenclaw;
  let gateway = flags.gateway !== undefined;
  delete w.invocationHidden;
  if (!flags.mentionsOpenclaw && openclawImage && fromImage) {
    const first = w.args.find((a) => !/^(?:exec|tini|dumb-init|--|\/usr\/bin\/tini|\/sbin\/tini)$/.test(a.text));
    const exe = first?.text.slice(first.text.lastIndexOf('/') + 1) ?? '';
    if (!w.args.length) {
      // The base image's own command: the official image runs the gateway.
      w.runsOpenclaw = true;
      gateway = kind === 'official' || (kind === 'project-named' && !facts);
    } else if (!IDLE.test(exe) || w.args.some((a) => /\.(?:sh|bash)$/.test(a.text))) {
      w.runsOpenclaw = true;
      gateway = true;
      w.invocationHidden = first!.loc;
    }
  }
  w.isGateway = !w.init && !w.buildOnly && !w.oneshot && gateway;
}

/** Subcommands a manifest passes to the official image's entrypoint (`args: ["gateway", "--bind", "lan"]`). */
const SUBCOMMAND = /^(?:gateway|onboard|doctor|agent|agents|channels|config|configure|setup|cron|plugins)$/;

/**
 * The official image runs OpenClaw as its entrypoint: a command that only
 * gives a subcommand (compose `command:` without `entrypoint:`, Kubernetes
 * `args:` without `command:`) runs `openclaw <subcommand>`. The executable is
 * added at the image's position so the invocation reads like any other.
 */
export function withImageEntrypoint(w: Workload, entrypointGiven: boolean): void {
  if (entrypointGiven || !w.image) return;
  if (gatewayFlagsOnly(w)) {
    // `args: [--bind, lan, --port, …]`: only the gateway takes these, so the image's entrypoint runs it with them.
    w.args = [{ text: 'openclaw', loc: w.image.loc }, { text: 'gateway', loc: w.image.loc }, ...w.args];
    return;
  }
  if (imageKind(w.image.value) !== 'official') return;
  if (!SUBCOMMAND.test(w.args[0]?.text ?? '')) return;
  w.args = [{ text: 'openclaw', loc: w.image.loc }, ...w.args];
}

/** OpenClaw's bind modes: no other program takes `--bind lan`. */
const BIND_MODES = /^(?:loopback|lan|tailnet|auto|custom)$/;

/** The command line is nothing but gateway flags, starting with `--bind <mode>` (or `--bind=<mode>`). */
function gatewayFlagsOnly(w: Workload): boolean {
  const [first, second] = w.args;
  if (!first) return false;
  const eq = /^--bind=(.*)$/.exec(first.text);
  return eq ? BIND_MODES.test(eq[1]!) : first.text === '--bind' && BIND_MODES.test(second?.text ?? '');
}
