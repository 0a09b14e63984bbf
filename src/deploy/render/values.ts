/**
 * What a chart's values files say without rendering: an OpenClaw config embedded in values
 * (`config:`, `openclaw:`, `openclaw.config:`, an `openclaw.json: |` block) linted in place at the
 * values lines, and container securityContext values that no template can make safe.
 */
import { makeFinding } from '../../core/finding.js';
import { SourceFile } from '../../core/source.js';
import type { MemberNode, ValueNode } from '../../core/tree.js';
import type { DeployFinding } from '../model.js';
import type { ValuesSource } from './helm-map.js';

/** Top-level keys of an OpenClaw config: an object holding one of them is a config. */
const OPENCLAW_KEYS = new Set([
  'gateway',
  'agents',
  'channels',
  'models',
  'tools',
  'plugins',
  'auth',
  'session',
  'hooks',
  'skills',
  'commands',
  'messages',
  'browser',
  'logging',
  'meta',
  'secrets',
  'env',
  'wizard',
  'update',
  'diagnostics',
  'cron',
  'talk',
]);
const CONFIG_KEYS = /^(?:config|openclaw|openclawConfig|openclaw\.json5?|gatewayConfig|configJson|settings)$/;

export interface ValuesConfig {
  /** The values file (for sources and messages). */
  file: SourceFile;
  /** Dotted values path of the config ("config", "openclaw.config"). */
  path: string;
  /** A YAML object: lint this tree (its nodes carry values-file positions). */
  tree?: ValueNode;
  /** A JSON5 block scalar: the values file blanked outside the block. */
  masked?: SourceFile;
}

function looksLikeConfig(v: ValueNode): boolean {
  return v.kind === 'object' && [...v.members.keys()].some((k) => OPENCLAW_KEYS.has(k));
}

function holdsConfig(v: ValueNode): boolean {
  return v.kind === 'object' && [...v.members].some(([k, m]) => CONFIG_KEYS.test(k) && looksLikeConfig(m.value));
}

export function valuesConfigs(values: ValuesSource): ValuesConfig[] {
  const out: ValuesConfig[] = [];
  const visit = (node: ValueNode, at: string[], depth: number) => {
    if (node.kind !== 'object' || depth > 6) return;
    for (const [k, m] of node.members) {
      const p = [...at, k];
      // `openclaw: { config: {gateway…}, skills: […] }`: the inner config is the config, not its holder.
      if (CONFIG_KEYS.test(k) && looksLikeConfig(m.value) && !holdsConfig(m.value)) {
        out.push({ file: values.file, path: p.join('.'), tree: m.value });
        continue;
      }
      if (/\.json5?$/.test(k) && m.value.kind === 'scalar' && typeof m.value.value === 'string') {
        const masked = maskBlock(values.file, m);
        if (masked) out.push({ file: values.file, path: p.join('.'), masked });
        continue;
      }
      visit(m.value, p, depth + 1);
    }
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}

/** The values file with everything outside a JSON block scalar blanked (offsets and lines kept). */
function maskBlock(file: SourceFile, m: MemberNode): SourceFile | undefined {
  const [from, to] = m.value.range;
  const text = file.text;
  if (text[from] !== '|' && text[from] !== '>') return undefined;
  const nl = text.indexOf('\n', from);
  if (nl < 0) return undefined;
  const start = nl + 1;
  if (!/^\s*[{/]/.test(text.slice(start, to))) return undefined;
  let masked = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    masked += (i >= start && i < to) || c === '\n' || c === '\r' ? c : ' ';
  }
  return new SourceFile(file.path, masked, file.absPath);
}

const SECURITY_KEYS = /^(?:securityContext|containerSecurityContext|podSecurityContext)$/;

/** securityContext values that make any container that uses them unsafe (read only when not rendered). */
export function valuesSecurityFindings(values: ValuesSource): DeployFinding[] {
  const out: DeployFinding[] = [];
  const loc = (m: MemberNode) => {
    const s = values.file.positionAt(m.keyRange[0]);
    const e = values.file.positionAt(m.value.range[1]);
    return { file: values.file.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  };
  const visit = (node: ValueNode, at: string[], depth: number) => {
    if (node.kind !== 'object' || depth > 4) return;
    for (const [k, m] of node.members) {
      const p = [...at, k].join('.');
      if (SECURITY_KEYS.test(k) && m.value.kind === 'object') {
        const get = (name: string) => {
          const x = (m.value as Extract<ValueNode, { kind: 'object' }>).members.get(name);
          return x && x.value.kind === 'scalar' ? { m: x, v: x.value.value } : undefined;
        };
        const priv = get('privileged');
        if (priv?.v === true)
          out.push(
            makeFinding(
              'deploy.privileged',
              'critical',
              `values ${p}.privileged is true: the containers that use it run privileged and a compromised agent or gateway escapes to the host.`,
              loc(priv.m),
              '',
              'Remove privileged: true; OpenClaw runs unprivileged as uid 1000.',
            ),
          );
        const esc = get('allowPrivilegeEscalation');
        if (esc?.v === true)
          out.push(
            makeFinding(
              'deploy.pod_hardening',
              'warn',
              `values ${p}.allowPrivilegeEscalation is true (OpenClaw's own manifest sets false).`,
              loc(esc.m),
              '',
              'Set allowPrivilegeEscalation: false.',
            ),
          );
        const user = get('runAsUser');
        const nonRoot = get('runAsNonRoot');
        if (user?.v === 0 || nonRoot?.v === false)
          out.push(
            makeFinding(
              'deploy.pod_hardening',
              'warn',
              `values ${p} runs the containers as root (OpenClaw's own manifest sets runAsNonRoot and runAsUser 1000).`,
              loc((user?.v === 0 ? user : nonRoot)!.m),
              '',
              'Set runAsNonRoot: true and runAsUser: 1000.',
            ),
          );
        continue;
      }
      visit(m.value, [...at, k], depth + 1);
    }
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}
