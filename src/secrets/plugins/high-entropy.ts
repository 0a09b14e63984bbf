/** detect-secrets `Base64HighEntropyString` / `HexHighEntropyString`: quoted strings above an entropy limit. */
import type { Candidate, Plugin } from './types.js';

const BASE64_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=';
const HEX_CHARSET = '0123456789abcdefABCDEF';
const LN2 = Math.log(2);

/**
 * Shannon entropy exactly as Python computes it: summed in charset order with
 * `math.log(p, 2)` (= ln p / ln 2, which can differ from log2 in the last bit).
 */
export function shannonEntropy(data: string, charset: string): number {
  if (!data) return 0;
  // Counts per ASCII code (every candidate is ASCII: the charsets are); a Map per string
  // was the largest cost on minified files, which quote thousands of short strings per line.
  counts.fill(0);
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c >= 128) return shannonEntropySlow(data, charset);
    counts[c]!++;
  }
  let entropy = 0;
  for (let j = 0; j < charset.length; j++) {
    const n = counts[charset.charCodeAt(j)]!;
    if (!n) continue;
    const p = n / data.length;
    entropy += -p * (Math.log(p) / LN2);
  }
  return entropy;
}

const counts = new Int32Array(128);

function shannonEntropySlow(data: string, charset: string): number {
  const seen = new Map<string, number>();
  for (const ch of data) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const ch of charset) {
    const n = seen.get(ch);
    if (!n) continue;
    const p = n / data.length;
    entropy += -p * (Math.log(p) / LN2);
  }
  return entropy;
}

export function hexEntropy(data: string): number {
  let entropy = shannonEntropy(data, HEX_CHARSET);
  if (data.length === 1) return entropy;
  // Python's `int(data)` succeeds for all-digit strings: those are penalised.
  if (/^[0-9]+$/.test(data)) entropy -= 1.2 / (Math.log(data.length) / LN2);
  return entropy;
}

function escapeClass(charset: string): string {
  return charset.replace(/[\\\]\-^]/g, '\\$&');
}

function highEntropyPlugin(
  name: string,
  type: string,
  charset: string,
  limit: number,
  minLength: number,
  entropy: (s: string) => number,
): Plugin {
  const cls = escapeClass(charset);
  const candidates = new RegExp(`(['"])([${cls}]+)(\\1)`, 'g');
  const hopeless = 2 ** limit;
  return {
    name,
    type,
    regexBased: false,
    // A string of length n has at most log2(n) bits per char: shorter ones can never pass.
    prefilter: new RegExp(`"[${cls}]{${minLength},}"|'[${cls}]{${minLength},}'`, 'g'),
    analyze(line: string): Candidate[] {
      const out: Candidate[] = [];
      candidates.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = candidates.exec(line)) !== null) {
        const value = m[2]!;
        // At most log2(n) bits per character: a shorter string can never pass the limit.
        if (value.length < hopeless) continue;
        if (entropy(value) > limit) out.push({ value, index: m.index + 1 });
      }
      return out;
    },
    settings: () => [['limit', limit]],
  };
}

export function base64HighEntropyString(limit = 4.5): Plugin {
  return highEntropyPlugin(
    'Base64HighEntropyString',
    'Base64 High Entropy String',
    BASE64_CHARSET,
    limit,
    Math.max(1, Math.floor(2 ** limit)),
    (s) => shannonEntropy(s, BASE64_CHARSET),
  );
}

export function hexHighEntropyString(limit = 3.0): Plugin {
  return highEntropyPlugin(
    'HexHighEntropyString',
    'Hex High Entropy String',
    HEX_CHARSET,
    limit,
    Math.max(1, Math.floor(2 ** limit)),
    hexEntropy,
  );
}
