// clawlint talks to nothing but the GitHub API, and only from src/github/: this test lists every
// network API in src/ (fetch, http/https/net/tls/dns/dgram modules, undici, the Octokit clients)
// and fails on one anywhere else. The CLI never loads src/github/ (SECURITY.md, "network").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..', '..', 'src');
const NETWORK =
  /\bfetch\s*\(|['"]node:(?:http|https|http2|net|tls|dns|dgram)['"]|from ['"](?:undici|@actions\/github|@octokit\/[\w-]+|ws)['"]|\bnew WebSocket\b|\bXMLHttpRequest\b/;

function* tsFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

describe('network call sites', () => {
  it('are all in src/github/', () => {
    const found: string[] = [];
    for (const file of tsFiles(src)) {
      const rel = path.relative(src, file).split(path.sep).join('/');
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          // node:net's isIP is a pure address parser, not a socket.
          if (/^import \{ isIP \} from 'node:net';$/.test(line)) return;
          if (NETWORK.test(line)) found.push(`src/${rel}:${i + 1}`);
        });
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => !f.startsWith('src/github/'))).toEqual([]);
  });
});
