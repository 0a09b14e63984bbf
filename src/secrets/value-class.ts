/**
 * One classifier for the values a repository commits (deployment env values, Secret data,
 * `${VAR:-default}` defaults, `--token` arguments, credential fields of a config), shared by
 * every deploy rule and config rule that judges a value (it lives here, beside the detectors it
 * reuses, so that both layers can read it):
 *
 * - `secret`: shaped like a real credential (a provider prefix or a
 *   detect-secrets regex detector, a private key, credentials in a URL, or a
 *   random-looking string by detect-secrets' entropy limits);
 * - `placeholder`: copy-paste text meant to be replaced (`changeme`,
 *   `replace-with-…`, `<…>`, `your-…`, `xxx…`); `rejected` when OpenClaw itself
 *   refuses to start with it;
 * - `data`: plainly not a credential (URLs without userinfo, paths, booleans,
 *   numbers, log levels, DNS-label names such as the name of a Secret, dummies,
 *   encrypted values);
 * - `reference`: resolved elsewhere (`${VAR}`, `{{ … }}`, `$(…)`, secret-manager URIs);
 * - `literal`: anything else (a short or word-like value: guessable, not random).
 *
 * Rules decide what a class means for a name: a `literal` gateway token is a
 * guessable credential, a `literal` OLLAMA_API_KEY is nobody's secret.
 */
import { REGEX_PLUGINS } from './plugins/regex-plugins.js';
import { hexEntropy, shannonEntropy } from './plugins/high-entropy.js';
import { TOKEN_PATTERNS } from './extras.js';
import { looksSecret, type CommittedEnv } from '../core/redact.js';

export type ValueClass =
  | { kind: 'empty' }
  | { kind: 'reference' }
  | { kind: 'placeholder'; rejected: boolean }
  | { kind: 'data'; what: string }
  | { kind: 'secret'; why: string }
  | { kind: 'literal' };

/** Placeholders OpenClaw rejects at startup (src/gateway/known-weak-gateway-secrets.ts, 2026.9.6). */
export const KNOWN_WEAK_TOKENS: readonly string[] = ['change-me-to-a-long-random-token', 'change-me-now'];
export const KNOWN_WEAK_PASSWORDS: readonly string[] = ['change-me-to-a-strong-password'];

const BASE64_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=';

/** Whole-value placeholder shapes. */
const PLACEHOLDER_WHOLE = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^\*+$/,
  /^\.{3,}$|^…$/,
  /^x{3,}$/i,
  /^(?:todo|tbd|fixme|placeholder|example|sample|dummy|secret|password|passwd|token|apikey|api[-_]key|key|none|null|undefined|n\/a|na|empty|unset|notset|not[-_]set|required|optional)$/i,
];

/** Placeholder words anywhere in the value (word-delimited). */
const PLACEHOLDER_WORDS =
  /(?:^|[^a-z0-9])(?:change[-_ ]?me|changeit|replace[-_ ]?(?:me|with|this)|placeholder|your[-_ ]?(?:own|real|api|secret|token|key|password|[a-z]+[-_ ](?:token|key|secret|password|here))|put[-_ ].*[-_ ]here|goes[-_ ]here|insert[-_ ]|fill[-_ ]?(?:me|in)|to[-_ ]?be[-_ ]?(?:set|replaced|changed)|not[-_ ](?:needed|used|required)|example[-_ ](?:token|key|secret|password))(?:$|[^a-z0-9])/i;

/** Placeholder prefixes (`your-…`, `generate-…`, `xxxx…`, `sk-…xxx`). */
const PLACEHOLDER_PREFIX =
  /^my[-_ ](?:secret|token|password|api|key)|^(?:your|some|insert|enter|put|add|set|use|generate[ds]?|random|create|fake|dummy|example|sample|test|demo)[-_ ]|^replace[-_ ]?(?:me|with|this)?|^change[-_ ]?(?:me|it|this)|^(?:sk|pk|rk|ghp|gho|xox[abp]|glpat)[-_].*(?:x{4,}|\.{3}|…)|x{6,}|\.\.\.$/i;

const LOG_LEVELS = new Set([
  'trace',
  'debug',
  'info',
  'information',
  'warn',
  'warning',
  'error',
  'fatal',
  'silent',
  'verbose',
]);
const BOOLEANS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled']);
/** Values that say "no secret here" (Ollama and local servers ignore the key). */
const DUMMIES =
  /^(?:ollama|ollama[-_]local|local|localhost|not[-_]?needed|unused|none|na|no[-_]?key|sk-no-key-required|dummy|noauth|no[-_]auth|anything|ignored)$/i;

/** Provider key prefixes detect-secrets' regex plugins do not cover. */
const PROVIDER_PREFIX =
  /^(?:sk-(?:or-v1-|ant-|proj-|svcacct-)?[A-Za-z0-9_-]{20,}|gsk_[A-Za-z0-9]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|hf_[A-Za-z0-9]{20,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|xai-[A-Za-z0-9]{20,}|pplx-[A-Za-z0-9]{20,}|tvly-[A-Za-z0-9-]{20,}|r8_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{40,}|ntn_[A-Za-z0-9]{30,}|secret_[A-Za-z0-9]{30,}|whsec_[A-Za-z0-9+/=]{20,})$/;

/** Detectors run on the bare value (not keyword/entropy/IP: they need the line or are covered below). */
const VALUE_DETECTORS = REGEX_PLUGINS.filter((p) => !['IPPublicDetector'].includes(p.name));

/** What `value` is. */
export function classifyValue(raw: string): ValueClass {
  const v = raw.trim();
  if (v === '') return { kind: 'empty' };
  if (KNOWN_WEAK_TOKENS.includes(v) || KNOWN_WEAK_PASSWORDS.includes(v)) return { kind: 'placeholder', rejected: true };
  if (
    /^\$\{[^}]*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\(.*\)$|^\{\{.*\}\}$|^(?:op|vault|awssm|gcpsm|azkv|sops|ref\+\w+):\/\//.test(
      v,
    )
  )
    return { kind: 'reference' };
  if (/^encrypted:|^ENC\[.*\]$|^AgB[A-Za-z0-9+/=]{40,}$/.test(v)) return { kind: 'data', what: 'an encrypted value' };

  const secret = secretShape(v);
  if (secret) return placeholderShape(v) ? { kind: 'placeholder', rejected: false } : { kind: 'secret', why: secret };
  if (placeholderShape(v)) return { kind: 'placeholder', rejected: false };

  const lower = v.toLowerCase();
  if (BOOLEANS.has(lower)) return { kind: 'data', what: 'a boolean' };
  if (/^-?\d+(?:\.\d+)?$/.test(v) && v.length <= 5) return { kind: 'data', what: 'a number' };
  if (LOG_LEVELS.has(lower)) return { kind: 'data', what: 'a log level' };
  if (DUMMIES.test(v)) return { kind: 'data', what: 'a dummy value' };
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s@/]+(?:[/?#]\S*)?$/i.test(v)) return { kind: 'data', what: 'a URL' };
  if (/^(?:\/|\.{1,2}\/|~\/)[^\s]*$/.test(v)) return { kind: 'data', what: 'a file path' };
  if (
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(v) &&
    /[-.]/.test(v) &&
    !/\d{4,}/.test(v)
  )
    return { kind: 'data', what: 'a name' };
  return { kind: 'literal' };
}

/**
 * Words and numbers joined by separators (`acme-gateway-prod-2026`, `my_home_lab_token`): written by a
 * person, so guessable at any length. A generated token mixes letters and digits inside its parts.
 */
export function isWordLike(raw: string): boolean {
  const parts = raw.trim().split(/[-_.]/);
  return (
    parts.length >= 3 &&
    parts.every((p) => /^[a-z]{2,}$/i.test(p) || /^\d{1,4}$/.test(p)) &&
    parts.some((p) => /^[a-z]{3,}$/i.test(p))
  );
}

/** Why `v` looks like a real credential, or undefined. */
function secretShape(v: string): string | undefined {
  for (const [name, re] of TOKEN_PATTERNS) if (matchesWhole(re, v)) return name;
  for (const p of VALUE_DETECTORS) for (const re of p.patterns) if (matchesSome(re, v)) return p.type;
  if (PROVIDER_PREFIX.test(v)) return 'a provider key prefix';
  // A URL with a password in it.
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s/@]+@/i.test(v)) {
    const pw = /^[^:]+:\/\/[^:]+:([^@]+)@/.exec(v)?.[1] ?? '';
    if (!placeholderShape(pw) && !/^\$/.test(pw)) return 'credentials in a URL';
  }
  if (/\s/.test(v) || v.length < 16) return undefined;
  if (/^[0-9a-f]+$/i.test(v) && v.length >= 20 && hexEntropy(v) > 3.0) return 'a random hex string';
  const b64 = [...v].every((c) => BASE64_CHARSET.includes(c));
  if (b64 && shannonEntropy(v, BASE64_CHARSET) > 4.5) return 'a random string';
  // Generated tokens shorter than detect-secrets' base64 limit allows: mixed classes, no words.
  if (
    b64 &&
    v.length >= 20 &&
    /[a-z]/.test(v) &&
    /[A-Z]/.test(v) &&
    /\d/.test(v) &&
    shannonEntropy(v, BASE64_CHARSET) > 3.8
  )
    return 'a random string';
  return undefined;
}

function placeholderShape(v: string): boolean {
  return PLACEHOLDER_WHOLE.some((re) => re.test(v)) || PLACEHOLDER_WORDS.test(v) || PLACEHOLDER_PREFIX.test(v);
}

function matchesWhole(re: RegExp, v: string): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of v.matchAll(g)) if (m[0].length >= v.length - 2) return true;
  return false;
}

function matchesSome(re: RegExp, v: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(v);
  re.lastIndex = 0;
  return hit;
}

/** The redactor's view of env names the repository commits: such a value is masked when secret by name or shape. */
export function committedEnv(has: (name: string) => boolean): CommittedEnv {
  return { has, isSecret: (name, value) => looksSecret(name, value) || classifyValue(value).kind === 'secret' };
}
