/**
 * Services that OpenClaw deployments run beside the gateway and that answer anyone who reaches
 * their port unless the deployment turns auth on: local model servers, headless browsers (Chrome
 * DevTools Protocol), caches and vector stores. Each entry says how to recognise its image, which
 * container port it serves and what, in the manifest, turns its auth on.
 */
import type { Workload } from './model.js';

export interface SidecarService {
  /** Human name for messages ("the Ollama API"). */
  what: string;
  /** What an unauthenticated caller gets ("pull, run and delete models"). */
  power: string;
  /** Container port it serves, given the workload's env. */
  port(env: ReadonlyMap<string, string | undefined>): number;
  /** True when the manifest turns auth on (or hands it a config clawlint cannot read). */
  authenticated(w: Workload, env: ReadonlyMap<string, string | undefined>): boolean;
}

/** Set to something: a value clawlint cannot see (a secret, an env file) counts, an empty literal does not. */
const has = (env: ReadonlyMap<string, string | undefined>, ...names: string[]) =>
  names.some((n) => env.has(n) && env.get(n) !== '');
const argMatches = (w: Workload, re: RegExp) => w.args.some((a) => re.test(a.text));
const portOf = (value: string | undefined, fallback: number) => {
  const m = /(?::|^)(\d{2,5})$/.exec(value ?? '');
  return m ? Number(m[1]) : fallback;
};

const SERVICES: { image: RegExp; service: SidecarService }[] = [
  {
    // Ollama has no auth of its own; OLLAMA_HOST may move its port.
    image: /^ollama\/ollama$/,
    service: {
      what: 'the Ollama API',
      power: 'run, pull and delete models and read every prompt sent to them',
      port: (env) => portOf(env.get('OLLAMA_HOST'), 11434),
      authenticated: () => false,
    },
  },
  {
    // browserless v1 (browserless/chrome) and v2 (ghcr.io/browserless/*) require TOKEN only when it is set.
    image: /^browserless\/(?:chrome|chromium|firefox|webkit|multi|base)$/,
    service: {
      what: 'browserless (remote Chrome over CDP)',
      power: "drive a browser inside the deployment's network, read its pages and reach internal services from it",
      port: (env) => portOf(env.get('PORT'), 3000),
      authenticated: (_w, env) => has(env, 'TOKEN', 'CONNECTION_TOKEN'),
    },
  },
  {
    // Plain headless Chrome exposes the DevTools protocol, which has no auth at all.
    image: /^(?:zenika\/alpine-chrome|chromedp\/headless-shell)$/,
    service: {
      what: 'a Chrome DevTools (CDP) endpoint',
      power: "drive a browser inside the deployment's network, read its pages and reach internal services from it",
      port: () => 9222,
      authenticated: () => false,
    },
  },
  {
    // redis/valkey answer every client unless requirepass is set (flag, config file, or the image's password env).
    image: /^(?:redis|valkey\/valkey|bitnami\/redis|bitnami\/valkey|redis\/redis-stack(?:-server)?)$/,
    service: {
      what: 'Redis',
      power: "read and overwrite every key and, with CONFIG/MODULE commands, write files on the container's disk",
      port: () => 6379,
      authenticated: (w, env) =>
        has(env, 'REDIS_PASSWORD', 'REDIS_PASSWORD_FILE', 'VALKEY_PASSWORD', 'REDIS_ARGS') ||
        argMatches(w, /requirepass|\.conf$|--aclfile/),
    },
  },
  {
    image: /^qdrant\/qdrant$/,
    service: {
      what: 'the Qdrant API',
      power: 'read, overwrite and delete every collection (the agents’ memory)',
      port: () => 6333,
      authenticated: (_w, env) => has(env, 'QDRANT__SERVICE__API_KEY', 'QDRANT__SERVICE__READ_ONLY_API_KEY'),
    },
  },
  {
    image: /^chromadb\/chroma$/,
    service: {
      what: 'the Chroma API',
      power: 'read, overwrite and delete every collection (the agents’ memory)',
      port: () => 8000,
      authenticated: (_w, env) =>
        has(env, 'CHROMA_SERVER_AUTHN_PROVIDER', 'CHROMA_SERVER_AUTH_PROVIDER', 'CHROMA_SERVER_AUTHN_CREDENTIALS'),
    },
  },
];

/** "ghcr.io/browserless/chromium:v2@sha256:…" → "browserless/chromium"; Docker Hub's library/ prefix dropped. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0]!.toLowerCase();
  const parts = noDigest.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) parts.shift();
  const last = parts.pop()!.replace(/:[^:]*$/, '');
  parts.push(last);
  if (parts[0] === 'library') parts.shift();
  return parts.join('/');
}

/** The unauthenticated-by-default service this workload's image runs, if it is a known one. */
export function sidecarService(w: Workload): SidecarService | undefined {
  if (w.runsOpenclaw || !w.image) return undefined;
  const repo = imageRepository(w.image.value);
  return SERVICES.find((s) => s.image.test(repo))?.service;
}
