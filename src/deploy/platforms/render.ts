/**
 * render.yaml Blueprints: services with `dockerCommand`/`startCommand`,
 * `envVars` (value, generateValue, sync: false, fromGroup…), `disk`, and
 * environment groups. Web services are public through Render's proxy.
 */
import path from 'node:path';
import type { SourceFile } from '../../core/source.js';
import type { ValueNode } from '../../core/tree.js';
import type { YamlDocument } from '../../parsers/yaml.js';
import type { EnvVar, ParsedDeploymentFile } from '../model.js';
import { argsFromYaml, child, isTrue, items, keyOrNodeLoc, member, nodeLoc, scalarText } from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';

export function readRender(file: SourceFile, docs: YamlDocument[]): ParsedDeploymentFile {
  const out = emptyParsed(file, 'render');
  const root = docs[0]?.root;
  for (const svc of items(child(root, 'services'))) {
    const name = scalarText(child(svc, 'name')) ?? '(unnamed)';
    const type = scalarText(child(svc, 'type')) ?? '';
    const w = newWorkload('render', `service ${name}`, file, keyOrNodeLoc(svc, 'name'));
    const image = child(svc, 'image', 'url');
    if (image && scalarText(image)) w.image = { value: scalarText(image)!, loc: nodeLoc(image) };
    const runtime = scalarText(child(svc, 'runtime')) ?? scalarText(child(svc, 'env'));
    const dfPath = child(svc, 'dockerfilePath');
    if (!w.image && (runtime === 'docker' || dfPath)) {
      // Render builds dockerfilePath (default ./Dockerfile) in dockerContext (default the repository root).
      const root = path.dirname(file.absPath);
      w.buildContext = path.resolve(root, scalarText(child(svc, 'dockerContext')) ?? '.');
      w.buildDockerfile = path.resolve(root, scalarText(dfPath) ?? 'Dockerfile');
      w.buildDockerfileLoc = dfPath ? nodeLoc(dfPath) : keyOrNodeLoc(svc, 'name');
    }
    const cmd = child(svc, 'dockerCommand') ?? child(svc, 'startCommand');
    w.args = argsFromYaml(cmd);
    w.defaultCommand = !cmd;
    w.env.push(...envVars(child(svc, 'envVars'), w.opaqueEnv));
    if (type === 'web')
      w.exposures.push({
        kind: 'platform-public',
        loc: keyOrNodeLoc(svc, 'type'),
        what: 'public on the internet as a Render web service',
      });
    const disk = child(svc, 'disk');
    const mountPath = scalarText(child(disk, 'mountPath'));
    if (disk && mountPath)
      w.mounts.push({
        kind: 'disk',
        target: mountPath,
        source: scalarText(child(disk, 'name')) ?? '',
        loc: nodeLoc(disk),
      });
    classify(w);
    out.workloads.push(w);
  }
  // Environment groups hold plain values too.
  const groupVars: EnvVar[] = [];
  for (const g of items(child(root, 'envVarGroups'))) groupVars.push(...envVars(child(g, 'envVars'), []));
  if (groupVars.length) {
    const w = newWorkload('render', 'envVarGroups', file, keyOrNodeLoc(root!, 'envVarGroups'));
    w.env = groupVars;
    out.workloads.push(w);
  }
  return out;
}

function envVars(node: ValueNode | undefined, opaque: { value: string; loc: ReturnType<typeof nodeLoc> }[]): EnvVar[] {
  const out: EnvVar[] = [];
  for (const e of items(node)) {
    const key = scalarText(child(e, 'key'));
    if (!key) {
      const group = scalarText(child(e, 'fromGroup'));
      if (group) opaque.push({ value: `env group ${group}`, loc: nodeLoc(e) });
      continue;
    }
    const loc = nodeLoc(child(e, 'key')!);
    const value = member(e, 'value');
    if (value) {
      out.push({
        name: key,
        kind: 'literal',
        value: scalarText(value.value) ?? '',
        loc,
        valueLoc: nodeLoc(value.value),
        origin: 'render envVars',
      });
    } else if (isTrue(child(e, 'generateValue'))) {
      out.push({ name: key, kind: 'generated', loc, origin: 'render generateValue' });
    } else {
      // sync: false (set in the dashboard), fromDatabase, fromService: set at deploy time.
      out.push({ name: key, kind: 'secret-ref', loc, origin: 'render dashboard / service reference' });
    }
  }
  return out;
}
