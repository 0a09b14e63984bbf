/**
 * A compose port published on every host interface → the same port published on 127.0.0.1:
 * `"18789:18789"` → `"127.0.0.1:18789:18789"`, `"0.0.0.0:8080:80"` → `"127.0.0.1:8080:80"`,
 * `- 18789` → `"127.0.0.1::18789"`, and the long syntax gets `host_ip: 127.0.0.1`. The gateway
 * and its sidecars still reach each other over the compose network; the host still reaches the
 * port (SSH tunnel, a reverse proxy on the host); nothing beyond the host does.
 */
import type { Autofix } from '../../core/autofix.js';
import type { Finding } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { ObjectNode, ValueNode } from '../../core/tree.js';
import type { RawEdit } from '../json5-edit.js';
import { tie } from '../plan.js';
import { yamlInsertMembers, yamlScalar, yamlSet } from '../yaml-edit.js';
import { chainAt, keysOf } from './site.js';

const LOOPBACK = '127.0.0.1';
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '*']);

/** `a:${B:-1}:c` → its `:`-separated parts, a `${…}` kept whole. */
function splitPort(text: string): string[] | undefined {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '$' && text[i + 1] === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    if (ch === ':' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth) return undefined;
  parts.push(cur);
  return parts;
}

/** The short syntax on loopback, or undefined when it already names a host address of its own. */
export function loopbackPort(text: string): string | undefined {
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text);
  const parts = v6 ? [`[${v6[1]}]`, ...(splitPort(v6[2]!) ?? [])] : splitPort(text);
  if (!parts || parts.length < 1 || parts.length > 3 || parts.some((p) => p === '' && parts.length !== 3))
    return undefined;
  if (parts.length === 1) return `${LOOPBACK}::${text}`;
  if (parts.length === 2) return `${LOOPBACK}:${text}`;
  // A host address from a variable is the operator's to set; only a literal all-interfaces one is replaced.
  if (!ALL_INTERFACES.has(parts[0]!)) return undefined;
  return [LOOPBACK, ...parts.slice(1)].join(':');
}

function planShort(node: ValueNode): RawEdit[] | undefined {
  if (node.kind !== 'scalar' || (typeof node.value !== 'string' && typeof node.value !== 'number')) return undefined;
  const next = loopbackPort(String(node.value));
  const like = node.file.text.slice(node.range[0], node.range[1]);
  if (!next || /^[|>]/.test(like) || /[\r\n]/.test(like)) return undefined;
  // A bare number becomes a string: quoted, as compose's docs write ports.
  const text = typeof node.value === 'number' ? JSON.stringify(next) : yamlScalar(next, like);
  return [{ start: node.range[0], end: node.range[1], text }];
}

function planLong(node: ObjectNode): RawEdit[] | undefined {
  const host = node.members.get('host_ip');
  if (!host) return yamlInsertMembers(node.file, node, [['host_ip', LOOPBACK]]);
  if (host.value.kind !== 'scalar' || !ALL_INTERFACES.has(String(host.value.value))) return undefined;
  return yamlSet(node.file, host.value.range, LOOPBACK);
}

/** The fix of a published-port finding at `services.<name>.ports[i]` of a compose file. */
export function planComposePort(finding: Finding, file: SourceFile): Autofix | undefined {
  const chain = chainAt(file, finding.startLine, finding.startColumn);
  if (!chain) return undefined;
  const keys = keysOf(chain);
  if (keys[0] !== 'services' || keys[2] !== 'ports' || typeof keys[3] !== 'number') return undefined;
  const item = chain[4]!.node;
  // The long syntax starts at its first key: the finding is at the item, not at that key.
  if (keys.length > 4 && (item.kind !== 'object' || keys.length !== 5)) return undefined;
  const edits = item.kind === 'object' ? planLong(item) : planShort(item);
  if (!edits?.length) return undefined;
  return {
    type: 'security',
    description: `publish services.${String(keys[1])}.ports[${keys[3]}] on ${LOOPBACK} only`,
    edits: tie(file, edits)!,
  };
}
