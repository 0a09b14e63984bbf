/**
 * docker compose files: services, their command/entrypoint, environment (map
 * and list forms), env_file, ports (short and long syntax), volumes, tmpfs,
 * network_mode, privileged, cap_add and user. `${VAR}` is interpolated from the
 * `.env` next to the file and the user's env, as compose does.
 */
import path from 'node:path';
import type { ValueNode } from '../../core/tree.js';
import type { YamlDocument } from '../../parsers/yaml.js';
import type { EnvVar, Mount, ParsedDeploymentFile } from '../model.js';
import {
  argsFromYaml,
  asObject,
  child,
  interpolate,
  isTrue,
  items,
  keyLoc,
  member,
  nodeLoc,
  scalarText,
} from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';
import { withImageEntrypoint } from '../identity.js';
import type { ReadContext } from './context.js';
import type { SourceFile } from '../../core/source.js';
import type { Location } from '../../core/finding.js';

export function readCompose(file: SourceFile, docs: YamlDocument[], rc: ReadContext): ParsedDeploymentFile {
  const out = emptyParsed(file, 'compose');
  const root = docs[0]?.root;
  const services = asObject(child(root, 'services'));
  if (!services) return out;
  const dir = path.dirname(file.absPath);
  const env = rc.interpolationEnv(dir);
  const interp = (s: string) => interpolate(s, env).value;
  // On a command line an unset `${VAR}` stays as written: it is filled in at deploy time (`--token ${TOKEN:?}`).
  const interpArg = (s: string) =>
    s.replace(/\$\$|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, (m) => {
      const r = interpolate(m, env);
      return r.unresolved.length && r.value === '' ? m : r.value;
    });

  for (const [name, m] of services.members) {
    const svc = m.value;
    if (svc.kind !== 'object') continue;
    const w = newWorkload('compose', name, file, keyLoc(m));
    const image = child(svc, 'image');
    const imageText = scalarText(image);
    if (image && imageText !== undefined) w.image = { value: interp(imageText), loc: nodeLoc(image) };
    const entrypoint = child(svc, 'entrypoint');
    const command = child(svc, 'command');
    w.args = [...argsFromYaml(entrypoint, interpArg), ...argsFromYaml(command, interpArg)];
    w.defaultCommand = !entrypoint && !command;
    withImageEntrypoint(w, entrypoint !== undefined);
    const build = child(svc, 'build');
    const context = scalarText(build) ?? scalarText(child(build, 'context'));
    if (build && context !== undefined && !/^[a-z]+:\/\//i.test(context)) {
      const dockerfile = scalarText(child(build, 'dockerfile')) ?? 'Dockerfile';
      w.buildContext = path.resolve(dir, interp(context));
      w.buildDockerfile = path.resolve(w.buildContext, interp(dockerfile));
      const at = child(build, 'dockerfile') ?? build;
      w.buildDockerfileLoc = nodeLoc(at);
    }

    w.env.push(...environment(child(svc, 'environment'), env, (n) => rc.dotenvLocation(dir, n), rc.env));
    if (interpolatedFromDotenv(w.env)) out.extraSources.push(rc.readEnvFile(path.join(dir, '.env'))!);
    for (const ef of envFiles(child(svc, 'env_file'))) {
      const abs = path.resolve(dir, interp(ef.path));
      const vars = rc.envFileVars(abs, nodeLoc(ef.node), `env file ${rc.rel(abs)}`);
      if (vars) {
        w.env.push(...vars);
        const src = rc.readEnvFile(abs);
        if (src) out.extraSources.push(src);
      } else w.opaqueEnv.push({ value: `env file ${ef.path}`, loc: nodeLoc(ef.node) });
    }

    for (const p of items(child(svc, 'ports'))) {
      const pub = parsePort(p, interp);
      if (!pub) continue;
      const allIfaces = !pub.hostIp || ['0.0.0.0', '::', '[::]', '*'].includes(pub.hostIp);
      if (!allIfaces) {
        if (isLoopbackHost(pub.hostIp!)) (w.loopbackPublished ??= []).push({ ports: pub.container, loc: nodeLoc(p) });
        continue;
      }
      w.exposures.push({
        kind: 'published-port',
        loc: nodeLoc(p),
        ports: pub.container,
        what: pub.hostPort
          ? `published on all host interfaces (host port ${pub.hostPort}${pub.hostIp ? ` on ${pub.hostIp}` : ''})`
          : 'published on all host interfaces (random host port)',
      });
    }

    for (const v of items(child(svc, 'volumes'))) {
      const mount = parseVolume(v, interp, dir);
      if (mount) w.mounts.push(mount);
    }
    const tmpfs = child(svc, 'tmpfs');
    for (const t of tmpfs?.kind === 'array' ? tmpfs.items : tmpfs ? [tmpfs] : []) {
      const target = scalarText(t)?.split(':')[0];
      if (target) w.mounts.push({ kind: 'tmpfs', target, loc: nodeLoc(t) });
    }

    // bridge and none keep a namespace of its own; host, service:, container: (or a variable) share one.
    const networkMode = child(svc, 'network_mode');
    if (networkMode && !['bridge', 'none', 'default'].includes(scalarText(networkMode) ?? ''))
      w.sharedNetns = w.netnsOfOther = true;
    const privileged = child(svc, 'privileged');
    if (privileged && isTrue(privileged)) w.privileged = nodeLoc(privileged);
    for (const key of ['network_mode', 'pid', 'ipc', 'userns_mode', 'uts'] as const) {
      const n = child(svc, key);
      if (n && scalarText(n) === 'host') {
        w.hostNamespaces.push({
          value: key === 'network_mode' ? 'network_mode: host' : `${key}: host`,
          loc: nodeLoc(n),
        });
        if (key === 'network_mode')
          w.exposures.push({
            kind: 'host-network',
            loc: nodeLoc(n),
            what: "on the host's network (network_mode: host)",
          });
      }
    }
    for (const c of items(child(svc, 'cap_add'))) {
      const cap = scalarText(c);
      if (cap) w.capAdd.push({ value: cap.toUpperCase().replace(/^CAP_/, ''), loc: nodeLoc(c) });
    }
    const user = child(svc, 'user');
    const userText = scalarText(user);
    if (user && userText !== undefined) w.user = { value: interp(userText), loc: nodeLoc(user) };
    if (member(svc, 'profiles') && w.defaultCommand) w.buildOnly = true;
    out.workloads.push(w);
  }
  // A service another one joins (network_mode: service:<name>) shares its loopback with it.
  for (const [, m] of services.members) {
    const joined = /^service:(.+)$/.exec(scalarText(child(m.value, 'network_mode')) ?? '')?.[1];
    const target = out.workloads.find((w) => w.name === joined);
    if (target) target.sharedNetns = true;
  }
  // A profile-only service with no command is a build step when it builds, or its image is another service's.
  for (const w of out.workloads) {
    const shared = out.workloads.some((o) => o !== w && o.image && o.image.value === w.image?.value);
    if (w.buildOnly && !shared && !w.buildDockerfile) delete w.buildOnly;
    classify(w);
  }
  return out;
}

/** True when some value came from the `.env` next to the compose file (a source to return). */
function interpolatedFromDotenv(env: readonly EnvVar[]): boolean {
  return env.some((e) => e.kind === 'interpolated' && e.committedAt && e.committedAt !== e.valueLoc);
}

function environment(
  node: ValueNode | undefined,
  env: ReadonlyMap<string, string>,
  dotenv: (name: string) => Location | undefined,
  userEnv: ReadonlyMap<string, string>,
): EnvVar[] {
  const out: EnvVar[] = [];
  const add = (
    name: string,
    raw: string | undefined,
    keyAt: ValueNode | undefined,
    valueNode: ValueNode | undefined,
    loc = keyAt ? nodeLoc(keyAt) : undefined,
  ) => {
    if (!loc) return;
    const valueLoc = valueNode ? nodeLoc(valueNode) : loc;
    if (raw === undefined) {
      // `- NAME` / `NAME:` passes the variable through from the shell.
      const v = env.get(name);
      out.push({
        name,
        kind: v === undefined ? 'runtime' : 'interpolated',
        ...(v !== undefined ? { value: v } : {}),
        loc,
        valueLoc,
        origin: 'compose environment (from the shell)',
      });
      return;
    }
    const r = interpolate(raw, env);
    if (r.unresolved.length && r.value === '') {
      // `${VAR}` with no value here: the untracked .env / shell supplies it at deploy time.
      out.push({ name, kind: 'runtime', loc, valueLoc, origin: `\${${r.unresolved[0]}} at deploy time` });
      return;
    }
    // Committed when no variable comes from the user's shell: from the .env, else the `:-default`.
    const fromUser = r.vars.some((v) => userEnv.has(v));
    const committedAt = fromUser ? undefined : (r.vars.map(dotenv).find((l) => l) ?? valueLoc);
    out.push({
      name,
      kind: r.vars.length ? 'interpolated' : 'literal',
      value: r.value,
      loc,
      valueLoc,
      ...(r.vars.length && committedAt ? { committedAt } : {}),
      origin: 'compose environment',
    });
  };
  if (node?.kind === 'object') {
    for (const [name, m] of node.members) {
      const v = m.value;
      add(
        name,
        v.kind === 'scalar' && v.value !== null ? String(v.value) : undefined,
        undefined,
        v.kind === 'scalar' && v.value !== null ? v : undefined,
        keyLoc(m),
      );
    }
  } else {
    for (const item of items(node)) {
      const t = scalarText(item);
      if (t === undefined) continue;
      const eq = t.indexOf('=');
      const name = eq === -1 ? t : t.slice(0, eq);
      add(name, eq === -1 ? undefined : t.slice(eq + 1), item, item);
    }
  }
  return out;
}

function envFiles(node: ValueNode | undefined): { path: string; node: ValueNode }[] {
  const list = node?.kind === 'array' ? node.items : node ? [node] : [];
  return list.flatMap((n) => {
    const p = scalarText(n) ?? scalarText(child(n, 'path'));
    return p ? [{ path: p, node: n }] : [];
  });
}

/** 127.0.0.0/8, ::1 and localhost: only this host's own processes connect there. */
function isLoopbackHost(ip: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(ip) || ip === '::1' || ip === '[::1]' || ip.toLowerCase() === 'localhost';
}

interface Published {
  hostIp?: string;
  hostPort?: string;
  container: readonly [number, number];
}

function range(text: string): readonly [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** `"[host_ip:][host_port:]container_port[/proto]"`, a bare number, or the long syntax. */
export function parsePort(node: ValueNode, interp: (s: string) => string): Published | undefined {
  if (node.kind === 'object') {
    const target = range(interp(scalarText(child(node, 'target')) ?? ''));
    if (!target) return undefined;
    const hostIp = scalarText(child(node, 'host_ip'));
    const published = scalarText(child(node, 'published'));
    return {
      container: target,
      ...(hostIp ? { hostIp: interp(hostIp) } : {}),
      ...(published ? { hostPort: interp(published) } : {}),
    };
  }
  const raw = scalarText(node);
  if (raw === undefined) return undefined;
  const text = interp(raw).replace(/\/(tcp|udp|sctp)$/i, '');
  // IPv6 host addresses are written in brackets: "[::1]:18789:18789".
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text);
  const parts = v6 ? [v6[1]!, ...v6[2]!.split(':')] : text.split(':');
  const container = range(parts[parts.length - 1] ?? '');
  if (!container) return undefined;
  if (parts.length === 1) return { container };
  if (parts.length === 2) return { container, hostPort: parts[0]! };
  return { container, hostIp: parts.slice(0, parts.length - 2).join(':'), hostPort: parts[parts.length - 2]! };
}

function parseVolume(node: ValueNode, interp: (s: string) => string, dir: string): Mount | undefined {
  const loc = nodeLoc(node);
  let source: string | undefined;
  let target: string | undefined;
  let type: string | undefined;
  let readOnly = false;
  if (node.kind === 'object') {
    source = scalarText(child(node, 'source'));
    target = scalarText(child(node, 'target'));
    type = scalarText(child(node, 'type'));
    readOnly = isTrue(child(node, 'read_only'));
  } else {
    const raw = scalarText(node);
    if (raw === undefined) return undefined;
    const text = interp(raw);
    const parts = text.split(':');
    // Windows drive letters ("C:\\x:/y") are rare in compose; keep the simple form.
    if (parts.length === 1) target = parts[0];
    else {
      source = parts[0];
      target = parts[1];
      readOnly = /(^|,)ro(,|$)/.test(parts[2] ?? '');
    }
  }
  if (source !== undefined) source = interp(source);
  if (!target) return undefined;
  target = interp(target);
  const isPath = source !== undefined && /^(?:\/|\.|~)/.test(source);
  const kind =
    type === 'tmpfs'
      ? 'tmpfs'
      : type === 'bind' || (type === undefined && isPath)
        ? 'bind'
        : source
          ? 'volume'
          : 'volume';
  const m: Mount = { kind, target, loc, readOnly };
  if (source) m.source = source;
  if (kind === 'bind' && source && !source.startsWith('~') && !path.isAbsolute(source))
    m.sourceAbs = path.resolve(dir, source);
  return m;
}
