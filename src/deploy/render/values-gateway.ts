/**
 * The gateway invocation a chart's values spell out, read without rendering: a values object
 * shaped like a container (`command`/`args` that start `openclaw gateway`, `node dist/index.js
 * gateway`, or `gateway …` beside an OpenClaw image; `env`; `envFrom`), as app-template style
 * charts write them. When a chart cannot be rendered (a dependency missing from charts/, no
 * helm), the config embedded in its values is judged with this bind and these credentials
 * instead of as a bare config.
 */
import type { Location } from '../../core/finding.js';
import type { ValueNode } from '../../core/tree.js';
import { imageKind } from '../identity.js';
import type { Arg } from '../model.js';
import { UNSEEN_SECRET } from '../resolve.js';
import { argsFromYaml, asObject, child, gatewayFlags, items, scalarText } from '../util.js';
import type { ValuesSource } from './helm-map.js';

export interface ValuesGateway {
  /** Dotted values path of the container object. */
  path: string;
  bind?: { value: string; loc: Location };
  port?: number;
  /** Where the gateway run is written (the `gateway` argument). */
  loc: Location;
  /** Env the config sees: literal values, stand-ins for credentials from a Secret. */
  env: Map<string, string>;
  /** Credentials assumed present ("OPENCLAW_GATEWAY_TOKEN from envFrom in values"). */
  assumed: string[];
  /** Env names of those whose presence is only assumed (envFrom: any name, or none, may be in it). */
  assumedNames: string[];
}

const CREDENTIAL = /^(?:OPENCLAW|CLAWDBOT)_GATEWAY_(?:TOKEN|PASSWORD)$/;

function imageRef(c: ValueNode): string | undefined {
  const img = child(c, 'image');
  const flat = scalarText(img);
  if (flat !== undefined) return flat;
  const repo = scalarText(child(img, 'repository'));
  return repo === undefined ? undefined : `${repo}:${scalarText(child(img, 'tag')) ?? 'latest'}`;
}

/** The gateway flags of one container-shaped values object, or undefined. */
function containerGateway(c: ValueNode, at: string): ValuesGateway | undefined {
  const command = argsFromYaml(child(c, 'command'));
  const args = argsFromYaml(child(c, 'args'));
  if (!command.length && !args.length) return undefined;
  let flags = gatewayFlags([...command, ...args]);
  if (!flags.gateway && !command.length && args[0]?.text === 'gateway' && imageKind(imageRef(c))) {
    // The image's own entrypoint runs openclaw; the values give only its arguments.
    const exe: Arg = { text: 'openclaw', loc: args[0].loc };
    flags = gatewayFlags([exe, ...args]);
  }
  if (!flags.gateway) return undefined;
  const env = new Map<string, string>();
  const assumed: string[] = [];
  const envNode = child(c, 'env');
  const setEnv = (name: string, value: ValueNode | undefined) => {
    const literal = scalarText(value);
    if (literal !== undefined && value?.kind === 'scalar') env.set(name, literal);
    else if (value && CREDENTIAL.test(name) && (child(value, 'valueFrom') ?? child(value, 'secretKeyRef'))) {
      env.set(name, UNSEEN_SECRET);
      assumed.push(`${name} from a Secret named in values ${at}.env`);
    }
  };
  const assumedNames: string[] = [];
  const envObj = asObject(envNode);
  if (envObj) for (const [k, m] of envObj.members) setEnv(k, m.value);
  for (const e of items(envNode)) {
    const name = scalarText(child(e, 'name'));
    if (name) setEnv(name, child(e, 'value') ?? e);
  }
  if (
    items(child(c, 'envFrom')).length &&
    !env.get('OPENCLAW_GATEWAY_TOKEN') &&
    !env.get('OPENCLAW_GATEWAY_PASSWORD')
  ) {
    env.set('OPENCLAW_GATEWAY_TOKEN', UNSEEN_SECRET);
    assumed.push(`OPENCLAW_GATEWAY_TOKEN from envFrom in values ${at}`);
    assumedNames.push('OPENCLAW_GATEWAY_TOKEN');
  }
  for (const [legacy, canonical] of [
    ['CLAWDBOT_GATEWAY_TOKEN', 'OPENCLAW_GATEWAY_TOKEN'],
    ['CLAWDBOT_GATEWAY_PASSWORD', 'OPENCLAW_GATEWAY_PASSWORD'],
  ] as const)
    if (env.get(legacy) && !env.get(canonical)) env.set(canonical, env.get(legacy)!);
  if (flags.token) env.set('OPENCLAW_GATEWAY_TOKEN', /^\$/.test(flags.token.value) ? UNSEEN_SECRET : flags.token.value);
  if (flags.password)
    env.set('OPENCLAW_GATEWAY_PASSWORD', /^\$/.test(flags.password.value) ? UNSEEN_SECRET : flags.password.value);
  const port = flags.port ? Number(flags.port.value) : undefined;
  return {
    path: at,
    loc: flags.gateway.loc,
    env,
    assumed,
    assumedNames,
    ...(flags.bind ? { bind: flags.bind } : {}),
    ...(port && Number.isInteger(port) ? { port } : {}),
  };
}

/** Every gateway container written in a values file (searched to a fixed depth). */
export function valuesGateways(values: ValuesSource): ValuesGateway[] {
  const out: ValuesGateway[] = [];
  const visit = (node: ValueNode, at: string[], depth: number) => {
    if (node.kind !== 'object' || depth > 8) return;
    const g = containerGateway(node, at.join('.'));
    if (g) {
      out.push(g);
      return;
    }
    for (const [k, m] of node.members) visit(m.value, [...at, k], depth + 1);
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}
