/**
 * Links a workload to the image it runs when the repository builds that
 * image: a compose service's `build:`, an `image:` tag another service
 * builds, or a Dockerfile beside the compose file that installs OpenClaw; fly
 * and render build the Dockerfile next to their file. The image's CMD and
 * ENTRYPOINT (when the manifest gives no command), USER, HOME and ENV then
 * count, and a simple launcher script in the repository (`COPY start.sh`; `exec openclaw gateway …`,
 * or a Node script that spawns the gateway, deploy/launcher-script.ts) is read for the real invocation.
 */
import path from 'node:path';
import { SourceFile } from '../core/source.js';
import { readSourceFile } from '../config/read.js';
import type { Arg, ParsedDeploymentFile, Workload } from './model.js';
import { classify, imageKind } from './identity.js';
import { gatewayFlags, NODE_ENTRY } from './invocation.js';
import { handedOverScript, NODE_SCRIPT, nodeLaunchLines } from './launcher-script.js';
import type { ReadContext } from './platforms/context.js';
import { readDockerfile } from './platforms/dockerfile.js';
import { argsFromString, posixUnder } from './util.js';

export const MAX_LINKED_BYTES = 2 * 1024 * 1024;
const MAX_SCRIPT_BYTES = 256 * 1024;

export function linkImages(parsed: readonly ParsedDeploymentFile[], rc: ReadContext): void {
  for (const p of parsed) if (p.platform === 'compose') linkComposeTags(p, rc);
  linkPublishedImages(parsed);
  for (const p of parsed) {
    for (const w of p.workloads) {
      if (w.buildDockerfile) {
        const df = dockerfileWorkload(w, w.buildDockerfile, parsed, p, rc);
        if (df) inherit(w, df);
      }
      readEntrypointScript(w, p, rc);
      classify(w);
    }
  }
}

/** `image: x` that another service of the file builds, or a sibling Dockerfile installing OpenClaw. */
function linkComposeTags(p: ParsedDeploymentFile, rc: ReadContext): void {
  const built = new Map<string, Workload>();
  for (const w of p.workloads) if (w.buildDockerfile && w.image) built.set(w.image.value, w);
  for (const w of p.workloads) {
    if (w.buildDockerfile || !w.image) continue;
    const builder = built.get(w.image.value);
    if (builder) {
      w.buildDockerfile = builder.buildDockerfile!;
      if (builder.buildDockerfileLoc) w.buildDockerfileLoc = builder.buildDockerfileLoc;
    }
  }
  // No build: anywhere, one service whose local image is named after the project, a Dockerfile beside it.
  if (built.size || p.workloads.some((w) => w.buildDockerfile)) return;
  const local = p.workloads.filter(
    (w) =>
      w.image &&
      imageKind(w.image.value) !== 'official' &&
      !/^[^/]+\.[^/]+\//.test(w.image.value) &&
      /openclaw|clawdbot|moltbot/i.test(w.image.value),
  );
  const sibling = path.join(path.dirname(p.file.absPath), 'Dockerfile');
  if (local.length !== 1) return;
  const read = readSourceFile(sibling, rc.rel(sibling), MAX_LINKED_BYTES);
  if (!read.ok) return;
  const df = readDockerfile(new SourceFile(read.file.path, read.file.text, sibling)).workloads[0];
  if (df?.imageFacts?.openclaw) local[0]!.buildDockerfile = sibling;
}

/**
 * A registry image the repository publishes: `ghcr.io/<owner>/<name>` run by a manifest, and a Dockerfile of
 * the repository whose `LABEL org.opencontainers.image.source` is `https://github.com/<owner>/<name>` (the
 * label GitHub's registry links a package to its repository by). That Dockerfile builds the image, so the
 * workload is judged with its CMD, USER and ENV, and the Dockerfile through the workload.
 */
function linkPublishedImages(parsed: readonly ParsedDeploymentFile[]): void {
  const bySource = new Map<string, string>();
  for (const p of parsed)
    for (const w of p.workloads) {
      const repo = w.platform === 'dockerfile' ? githubRepository(w.imageFacts?.source) : undefined;
      if (repo && !bySource.has(repo)) bySource.set(repo, p.file.absPath);
    }
  if (!bySource.size) return;
  for (const p of parsed)
    for (const w of p.workloads) {
      if (w.platform === 'dockerfile' || w.buildDockerfile || !w.image) continue;
      const m = /^ghcr\.io\/([^/:@]+\/[^/:@]+)(?:[:@]|$)/i.exec(w.image.value);
      const df = m ? bySource.get(m[1]!.toLowerCase()) : undefined;
      if (df) w.buildDockerfile = df;
    }
}

/** "https://github.com/Owner/Name(.git)" → "owner/name". */
function githubRepository(url: string | undefined): string | undefined {
  const m = /^(?:https?:\/\/|git@)github\.com[/:]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/i.exec(url?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

function dockerfileWorkload(
  w: Workload,
  abs: string,
  parsed: readonly ParsedDeploymentFile[],
  p: ParsedDeploymentFile,
  rc: ReadContext,
): Workload | undefined {
  const known = parsed.find((x) => x.platform === 'dockerfile' && x.file.absPath === abs)?.workloads[0];
  if (known) return known;
  const at = w.buildDockerfileLoc ?? w.loc;
  if (!rc.inside(abs)) {
    rc.refuse(abs, at, 'build Dockerfile', 'path leaves the workspace; not read');
    return undefined;
  }
  const read = readSourceFile(abs, rc.rel(abs), MAX_LINKED_BYTES);
  if (!read.ok) {
    if (read.reason !== 'file does not exist') rc.refuse(abs, at, 'build Dockerfile', read.reason);
    return undefined;
  }
  const file = new SourceFile(read.file.path, read.file.text, abs);
  if (!p.extraSources.some((s) => s.path === file.path)) p.extraSources.push(file);
  return readDockerfile(file).workloads[0];
}

/** The image's command (when the manifest sets none), facts and ENV count for the workload. */
function inherit(w: Workload, df: Workload): void {
  if (df.imageFacts) w.imageFacts = df.imageFacts;
  if (w.defaultCommand && df.args.length) {
    w.args = df.args;
    w.defaultCommand = false;
    w.commandFromImage = true;
    if (df.bindDecidedIn) w.bindDecidedIn = df.bindDecidedIn;
  }
  if (!w.image && df.image) w.image = df.image;
  const own = new Set(w.env.map((e) => e.name));
  w.env.unshift(
    ...df.env.filter((e) => e.origin === 'Dockerfile ENV' && !own.has(e.name)).map((e) => ({ ...e, inherited: true })),
  );
}

/** Launcher hops followed from the command to the script that starts the gateway (start.sh → boot.mjs). */
const MAX_HOPS = 3;

/** `node <script>` (not OpenClaw's own entry, which is the gateway itself). */
function nodeScriptAt(args: readonly Arg[], i: number): boolean {
  const prev = args[i - 1]?.text ?? '';
  return (
    NODE_SCRIPT.test(args[i]!.text) && /(?:^|\/)(?:node|nodejs|bun)$/.test(prev) && !NODE_ENTRY.test(args[i]!.text)
  );
}

/**
 * When the command starts with a launcher script of the repository (copied into the image, or
 * bind-mounted), the command line that script starts the gateway with is the invocation: a shell
 * script's `openclaw … gateway …` line, or a Node script's `spawn("openclaw", ["gateway", …])`,
 * following a shell script that hands over to another (`exec node "$BOOT_SCRIPT"`) up to MAX_HOPS.
 * A shell script that ends in `exec "$@"` passes on to the rest of the command line, which stays as it is.
 */
function readEntrypointScript(w: Workload, p: ParsedDeploymentFile, rc: ReadContext): void {
  if (gatewayFlags(w.args).gateway) return;
  const idx = w.args.findIndex(
    (a, i) =>
      /\.(?:sh|bash)$/.test(a.text) || /(?:^|\/)(?:entrypoint|start|run)$/.test(a.text) || nodeScriptAt(w.args, i),
  );
  if (idx === -1) return;
  const read: SourceFile[] = [];
  let script = w.args[idx]!.text;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const file = readScript(w, script, p, rc);
    if (!file || read.some((f) => f.path === file.path)) return;
    read.push(file);
    const node = NODE_SCRIPT.test(script);
    const line = node ? nodeGatewayLine(file) : gatewayLine(file);
    if (line) {
      for (const f of read) if (!p.extraSources.some((s) => s.path === f.path)) p.extraSources.push(f);
      // The script's arguments (the image's CMD after an ENTRYPOINT script) reach the gateway only through "$@".
      const rest = w.args.slice(idx + 1);
      w.args = [...w.args.slice(0, idx), ...line.flatMap((a) => (a.text === '$@' || a.text === '$*' ? rest : [a]))];
      // A script that writes the config (or picks the bind from a variable) decides the bind itself.
      if (!gatewayFlags(line).bind && /"bind"|GATEWAY_BIND|\bbind\s*[:=]/.test(file.text))
        w.bindDecidedIn = line[0]!.loc;
      return;
    }
    const next = node ? undefined : handedOverScript(file);
    if (!next) return;
    script = next;
  }
}

function readScript(w: Workload, script: string, p: ParsedDeploymentFile, rc: ReadContext): SourceFile | undefined {
  const abs = scriptSource(w, script, p);
  if (!abs || !rc.inside(abs)) return undefined;
  const read = readSourceFile(abs, rc.rel(abs), MAX_SCRIPT_BYTES);
  return read.ok ? new SourceFile(read.file.path, read.file.text, abs) : undefined;
}

/** The last command line of a Node launcher that starts a gateway. */
function nodeGatewayLine(file: SourceFile): Arg[] | undefined {
  return nodeLaunchLines(file)
    .filter((l) => gatewayFlags(l).gateway)
    .pop();
}

/** The repository file behind a script path of the container (COPY destination or bind mount), or a repo path. */
function scriptSource(w: Workload, script: string, p: ParsedDeploymentFile): string | undefined {
  const manifestDir = path.dirname(p.file.absPath);
  for (const m of w.mounts) {
    if (m.kind !== 'bind' || !m.sourceAbs) continue;
    const rest = posixUnder(script, m.target);
    if (rest !== undefined) return rest === '' ? m.sourceAbs : path.join(m.sourceAbs, ...rest.split('/'));
  }
  const facts = w.imageFacts;
  if (facts) {
    const dfDir =
      w.buildContext ??
      (w.platform === 'dockerfile' ? path.dirname(w.file.absPath) : path.dirname(w.buildDockerfile ?? w.file.absPath));
    const name = path.posix.basename(script);
    for (const c of [...facts.copies].reverse()) {
      const dest = c.dest.replace(/\/+$/, '');
      const srcBase = path.posix.basename(c.src);
      const hit =
        dest === script ||
        (c.dest.endsWith('/') && `${dest}/${srcBase}` === script) ||
        (srcBase === name && posixUnder(script, dest) === name) ||
        (!script.startsWith('/') && srcBase === name);
      if (hit) return path.resolve(dfDir, c.src);
    }
  }
  if (!script.startsWith('/')) return path.resolve(manifestDir, script);
  return undefined;
}

/** The last line of a shell script that starts a gateway (continuations joined), tokenised in the script. */
function gatewayLine(file: SourceFile): Arg[] | undefined {
  const text = file.text;
  let found: Arg[] | undefined;
  const re = /[^\n]*(?:\\\n[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const line = m[0];
    if (/^\s*#/.test(line) || !/\bgateway\b/.test(line)) continue;
    const joined = line.replace(/\\\n/g, '  ');
    const args = argsFromString(joined, file, [m.index, m.index + line.length]);
    if (gatewayFlags(args).gateway) found = args;
  }
  return found;
}
