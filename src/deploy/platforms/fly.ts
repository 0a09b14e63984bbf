/**
 * fly.toml: `[env]`, `[processes]` (or `[experimental] cmd`), `[http_service]`
 * and `[[services]]` (public through Fly's proxy), and `[mounts]` volumes.
 */
import path from 'node:path';
import type { SourceFile } from '../../core/source.js';
import type { ValueNode } from '../../core/tree.js';
import type { ParsedDeploymentFile } from '../model.js';
import { argsFromYaml, asObject, child, items, keyLoc, keyOrNodeLoc, nodeLoc, scalarText } from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';
import type { ObjectNode } from '../../core/tree.js';

export function readFly(file: SourceFile, root: ObjectNode): ParsedDeploymentFile {
  const out = emptyParsed(file, 'fly');
  const app = scalarText(child(root, 'app')) ?? 'app';
  const processes = asObject(child(root, 'processes'));
  const list: { name: string; cmd?: ValueNode; loc: ReturnType<typeof nodeLoc> }[] = processes?.members.size
    ? [...processes.members].map(([name, m]) => ({ name, cmd: m.value, loc: keyLoc(m) }))
    : [{ name: 'app', cmd: child(root, 'experimental', 'cmd'), loc: keyOrNodeLoc(root, 'app') }];
  const services = [
    ...items(child(root, 'services')),
    ...(child(root, 'http_service') ? [child(root, 'http_service')!] : []),
  ];
  for (const proc of list) {
    const w = newWorkload('fly', `${app} process ${proc.name}`, file, proc.loc);
    const image = child(root, 'build', 'image');
    if (image && scalarText(image)) w.image = { value: scalarText(image)!, loc: nodeLoc(image) };
    else {
      // `fly deploy` builds [build] dockerfile, by default the Dockerfile next to fly.toml.
      const df = child(root, 'build', 'dockerfile');
      w.buildContext = path.dirname(file.absPath);
      w.buildDockerfile = path.resolve(w.buildContext, scalarText(df) ?? 'Dockerfile');
      w.buildDockerfileLoc = df ? nodeLoc(df) : proc.loc;
    }
    w.args = argsFromYaml(proc.cmd);
    w.defaultCommand = w.args.length === 0;
    for (const [name, m] of asObject(child(root, 'env'))?.members ?? []) {
      const v = scalarText(m.value) ?? '';
      w.env.push({
        name,
        kind: 'literal',
        value: v,
        loc: keyLoc(m),
        valueLoc: nodeLoc(m.value),
        origin: 'fly.toml [env]',
      });
    }
    // `fly secrets set` values are invisible here: note them so missing auth is not asserted.
    w.opaqueEnv.push({ value: 'fly secrets', loc: proc.loc });
    for (const svc of services) {
      const procs = items(child(svc, 'processes')).map(scalarText);
      if (procs.length && !procs.includes(proc.name)) continue;
      const port = Number(scalarText(child(svc, 'internal_port')));
      w.exposures.push({
        kind: 'platform-public',
        loc: keyOrNodeLoc(svc, 'internal_port'),
        ...(Number.isFinite(port) ? { ports: [port, port] as const } : {}),
        what: 'public on the internet through the Fly proxy',
      });
    }
    const mounts = child(root, 'mounts');
    for (const m of mounts?.kind === 'array' ? mounts.items : mounts ? [mounts] : []) {
      const target = scalarText(child(m, 'destination'));
      if (target)
        w.mounts.push({ kind: 'disk', target, source: scalarText(child(m, 'source')) ?? '', loc: nodeLoc(m) });
    }
    classify(w);
    out.workloads.push(w);
  }
  return out;
}
