/**
 * clawlint's opt-in detectors that detect-secrets 1.5.0 lacks. They are off by default, so a
 * default scan stays byte-identical to detect-secrets; enabled, they run as a separate pass on
 * the raw file (never inside detect-secrets' passes, so they cannot suppress its eager pass)
 * and report under their own `type` names and rule ids, which collide with no detect-secrets
 * plugin. Values are only ever hashed.
 */
import { parse as momoaParse } from '@humanwhocodes/momoa';
import { basename, pyRstrip } from './py.js';
import { isLineAllowlisted, isTemplatedSecret } from './filters.js';

export interface ExtraDetector {
  /** CLI name, as given to `--extra-detectors`. */
  readonly name: string;
  /** The baseline `type`. */
  readonly type: string;
  readonly description: string;
}

export const EXTRA_DETECTORS: readonly ExtraDetector[] = [
  {
    name: 'openclaw-gateway-token',
    type: 'OpenClaw Gateway Token',
    description: 'literal `gateway.auth.token` / `gateway.auth.password` in openclaw.json(5)',
  },
  {
    name: 'openclaw-hook-token',
    type: 'OpenClaw Hook Token',
    description: 'literal `hooks.token` in openclaw.json(5)',
  },
  {
    name: 'openclaw-telegram-token',
    type: 'OpenClaw Telegram Bot Token',
    description: 'Telegram bot tokens in string values under `channels` of openclaw.json(5)',
  },
  { name: 'anthropic-api-key', type: 'Anthropic API Key', description: '`sk-ant-…` keys' },
  { name: 'github-fine-grained-token', type: 'GitHub Fine-Grained Token', description: '`github_pat_…` tokens' },
  { name: 'slack-app-token', type: 'Slack App Token', description: '`xapp-…` app-level tokens' },
  { name: 'openai-project-key', type: 'OpenAI Project Key', description: '`sk-proj-…` keys' },
  {
    name: 'openclaw-state-file',
    type: 'OpenClaw State File',
    description: 'files under an OpenClaw state dir that must never be committed',
  },
];

const BY_NAME = new Map(EXTRA_DETECTORS.map((d) => [d.name, d]));

export class ExtraDetectorError extends Error {}

/** `true` → all, a list → those (validated), anything else → none. */
export function resolveExtras(option: string[] | boolean | undefined): string[] {
  if (option === true) return EXTRA_DETECTORS.map((d) => d.name);
  if (!Array.isArray(option)) return [];
  const names = option
    .flatMap((o) => o.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('all')) return EXTRA_DETECTORS.map((d) => d.name);
  for (const n of names) {
    if (!BY_NAME.has(n))
      throw new ExtraDetectorError(`unknown extra detector ${n} (known: ${[...BY_NAME.keys()].join(', ')})`);
  }
  return EXTRA_DETECTORS.map((d) => d.name).filter((n) => names.includes(n));
}

export function isExtraDetectorList(arg: string): boolean {
  const names = arg
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n === 'all' || BY_NAME.has(n));
}

/** `secrets.openclaw_gateway_token` for extras; undefined for detect-secrets plugins. */
export function extraRuleId(pluginName: string): string | undefined {
  return BY_NAME.has(pluginName) ? `secrets.${pluginName.replaceAll('-', '_')}` : undefined;
}

export function extraType(name: string): string {
  return BY_NAME.get(name)!.type;
}

/** One extra finding before hashing: the value and where it sits (1-based line, 0-based index). */
export interface ExtraHit {
  detector: string;
  value: string;
  line: number;
  index: number;
}

export const TOKEN_PATTERNS: Array<[string, RegExp, string]> = [
  ['anthropic-api-key', /(?<![A-Za-z0-9_-])sk-ant-[a-z]{2,10}[0-9]{2}-[A-Za-z0-9_-]{32,}/g, 'sk-ant-'],
  ['github-fine-grained-token', /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{20,}_[A-Za-z0-9]{40,}/g, 'github_pat_'],
  ['slack-app-token', /(?<![A-Za-z0-9_-])xapp-[0-9]+-[A-Za-z0-9]{6,}-[0-9]{6,}-[A-Za-z0-9]{20,}/g, 'xapp-'],
  ['openai-project-key', /(?<![A-Za-z0-9_-])sk-proj-[A-Za-z0-9_-]{40,}/g, 'sk-proj-'],
];

const TELEGRAM = /(?<![0-9])[0-9]{6,12}:[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g;

/** Token-format detectors over raw lines; `pragma: allowlist secret` is honoured. */
export function tokenHits(filename: string, text: string, lines: string[], enabled: ReadonlySet<string>): ExtraHit[] {
  const out: ExtraHit[] = [];
  for (const [name, re, literal] of TOKEN_PATTERNS) {
    if (!enabled.has(name) || !text.includes(literal)) continue;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.includes(literal)) continue;
      if (isLineAllowlisted(filename, pyRstrip(line), i > 0 ? lines[i - 1]! : '')) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line)) !== null) out.push({ detector: name, value: m[0], line: i + 1, index: m.index });
    }
  }
  return out;
}

const CONFIG_NAMES = new Set(['openclaw.json', 'openclaw.json5']);

interface JsonNode {
  type: string;
  value?: unknown;
  members?: Array<{ name: { type: string; name?: string; value?: string }; value: JsonNode }>;
  elements?: Array<{ value: JsonNode }>;
  loc?: { start: { line: number; column: number } };
}

/** A literal credential, not an env reference (`${VAR}`) or an empty/placeholder value. */
function isLiteral(value: string): boolean {
  return value.trim() !== '' && !value.includes('${') && !isTemplatedSecret(value);
}

/** OpenClaw config detectors: gateway/hook tokens and Telegram tokens under `channels`. */
export function configHits(filename: string, text: string, lines: string[], enabled: ReadonlySet<string>): ExtraHit[] {
  if (!CONFIG_NAMES.has(basename(filename))) return [];
  const wantGateway = enabled.has('openclaw-gateway-token');
  const wantHook = enabled.has('openclaw-hook-token');
  const wantTelegram = enabled.has('openclaw-telegram-token');
  if (!wantGateway && !wantHook && !wantTelegram) return [];
  let root: JsonNode;
  try {
    root = (momoaParse(text, { mode: 'json5', ranges: true }) as unknown as { body: JsonNode }).body;
  } catch {
    return [];
  }
  const out: ExtraHit[] = [];
  const push = (detector: string, node: JsonNode, value: string, offset: number): void => {
    const line = node.loc?.start.line ?? 1;
    const raw = lines[line - 1] ?? '';
    if (isLineAllowlisted(filename, pyRstrip(raw), line > 1 ? lines[line - 2]! : '')) return;
    // Column of the value inside the quotes (exact unless the string has escapes).
    out.push({ detector, value, line, index: (node.loc?.start.column ?? 1) + offset });
  };
  const walk = (node: JsonNode, path: string[]): void => {
    if (node.type === 'Object') {
      for (const m of node.members ?? []) {
        const key = m.name.type === 'Identifier' ? (m.name.name ?? '') : String(m.name.value ?? '');
        walk(m.value, [...path, key]);
      }
    } else if (node.type === 'Array') {
      for (const e of node.elements ?? []) walk(e.value, [...path, '*']);
    } else if (node.type === 'String' && typeof node.value === 'string') {
      const value = node.value;
      const p = path.join('.');
      if (wantGateway && (p === 'gateway.auth.token' || p === 'gateway.auth.password') && isLiteral(value)) {
        push('openclaw-gateway-token', node, value, 0);
      }
      if (wantHook && p === 'hooks.token' && isLiteral(value)) push('openclaw-hook-token', node, value, 0);
      if (wantTelegram && path[0] === 'channels') {
        TELEGRAM.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = TELEGRAM.exec(value)) !== null) push('openclaw-telegram-token', node, m[0], m.index);
      }
    }
  };
  walk(root, []);
  return out;
}

const STATE_DIR = /^\.openclaw(?:-[^/]+)?$/;

/**
 * Why a path is an OpenClaw state file, or null. A state dir is a `.openclaw` (or
 * `.openclaw-<profile>`) directory, or a directory holding `openclaw.json` (`hasConfig`).
 */
export function stateFileKind(file: string, hasConfig: (dir: string) => boolean): string | null {
  const parts = file.split('/');
  const name = parts[parts.length - 1]!;
  for (let d = parts.length - 2; d >= -1; d--) {
    const dir = parts.slice(0, d + 1).join('/');
    const isState = (d >= 0 && STATE_DIR.test(parts[d]!)) || hasConfig(dir);
    if (!isState) continue;
    const rest = parts.slice(d + 1);
    if (rest[0] === 'credentials' && rest.length > 1) return 'credentials';
    if (name === 'auth-profiles.json') return 'auth-profiles.json';
    if (rest.length >= 2 && rest[rest.length - 2] === 'sessions' && name.endsWith('.jsonl')) return 'sessions';
    if (rest.length === 1 && name === '.env') return '.env';
  }
  return null;
}
