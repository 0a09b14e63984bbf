/**
 * Kamal's config/deploy.yml: `kamal deploy` builds the app root's Dockerfile (`builder.dockerfile`
 * overrides it), runs it with `env.clear` values and `env.secret` names (filled from .kamal/secrets at
 * deploy time: set, value unknown), bind-mounts `volumes`, and puts kamal-proxy in front of
 * `proxy.app_port` on the `proxy.host` name (public, TLS when `proxy.ssl` is set).
 */
import path from 'node:path';
import type { SourceFile } from '../../core/source.js';
import type { ObjectNode, ValueNode } from '../../core/tree.js';
import type { ParsedDeploymentFile } from '../model.js';
import { asObject, child, items, keyLoc, keyOrNodeLoc, nodeLoc, scalarText } from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';

/** A deploy.yml with Kamal's own top-level keys. */
export function isKamalShaped(root: ValueNode | undefined): boolean {
  const o = asObject(root);
  return !!o && o.members.has('service') && o.members.has('image') && o.members.has('servers');
}

export function readKamal(file: SourceFile, root: ObjectNode): ParsedDeploymentFile {
  const out = emptyParsed(file, 'kamal');
  // config/deploy.yml lives in the app root's config/ directory; the build context is the app root.
  const appRoot = path.dirname(path.dirname(file.absPath));
  const service = scalarText(child(root, 'service'));
  const w = newWorkload(
    'kamal',
    service && !service.includes('<%') ? service : 'service',
    file,
    keyOrNodeLoc(root, 'service'),
  );
  const dockerfile = child(root, 'builder', 'dockerfile');
  w.buildContext = appRoot;
  w.buildDockerfile = path.resolve(appRoot, scalarText(dockerfile) ?? 'Dockerfile');
  w.buildDockerfileLoc = dockerfile ? nodeLoc(dockerfile) : keyOrNodeLoc(root, 'image');
  w.defaultCommand = true;
  const env = child(root, 'env');
  // `env:` is either a map of clear values or { clear: {…}, secret: […] }.
  const clear = asObject(child(env, 'clear')) ?? (child(env, 'secret') ? undefined : asObject(env));
  for (const [name, m] of clear?.members ?? [])
    w.env.push({
      name,
      kind: 'literal',
      value: scalarText(m.value) ?? '',
      loc: keyLoc(m),
      valueLoc: nodeLoc(m.value),
      origin: 'Kamal env.clear',
    });
  for (const s of items(child(env, 'secret'))) {
    // "NAME" or "NAME:SOURCE_NAME" (an alias of a .kamal/secrets entry).
    const name = scalarText(s)?.split(':')[0];
    if (name) w.env.push({ name, kind: 'secret-ref', loc: nodeLoc(s), origin: 'Kamal secret' });
  }
  for (const v of items(child(root, 'volumes'))) {
    const [source, target] = (scalarText(v) ?? '').split(':');
    if (source && target)
      w.mounts.push({
        kind: source.startsWith('/') || source.startsWith('.') ? 'bind' : 'volume',
        source,
        target,
        loc: nodeLoc(v),
      });
  }
  const proxy = child(root, 'proxy');
  if (proxy) {
    const port = Number(scalarText(child(proxy, 'app_port')) ?? 80);
    w.exposures.push({
      kind: 'platform-public',
      loc: keyOrNodeLoc(asObject(proxy) ?? root, 'app_port'),
      ports: [port, port],
      what: `public through kamal-proxy${child(proxy, 'ssl') ? ' (TLS)' : ''}`,
    });
  }
  classify(w);
  out.workloads.push(w);
  return out;
}
