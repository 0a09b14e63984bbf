// Deterministic generator of a mixed source tree with planted secrets, decoys and noise,
// shared by bench/secrets-bench.mjs and bench/secrets-differential.mjs.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export function makeGenerator(seed = 42, { unicode = false } = {}) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const str = (n, cs = ALNUM) => Array.from({ length: n }, () => pick(cs)).join('');
  const secrets = [
    () => `aws_key = "AKIA${str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}"`,
    () => `const token = "ghp_${str(36)}";`,
    () => `GITLAB = "glpat-${str(20)}"`,
    () => `stripe_key: "sk_live_${str(24)}"`,
    () => `SLACK_BOT = "xoxb-${Math.floor(r() * 1e9)}-${Math.floor(r() * 1e9)}-${str(24).toLowerCase()}"`,
    () => `password = "${str(12)}"`,
    () => `db_password: ${str(14)}`,
    () => `  "api_key": "${str(32)}",`,
    () => `url = "https://admin:${str(10)}@db.example.com/x"`,
    () => `sendgrid = "SG.${str(22)}.${str(43)}"`,
    () => `hash = "${str(40, HEX)}"`,
    () => `blob = "${str(48, ALNUM + '+/')}"`,
    () => `TELEGRAM_BOT_TOKEN = "${1e8 + Math.floor(r() * 8e8)}:${str(35)}"`,
    () => `npm = "//registry.npmjs.org/:_authToken=npm_${str(36)}"`,
    () => `const s = Stripe("sk_live_${str(24)}")`,
    () => `secret = "${str(20)}"  # pragma: allowlist secret`,
    () => `client_id = "${str(30)}"`,
    () => `jwt: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.${str(43)}`,
    () => `-----BEGIN RSA PRIVATE KEY-----`,
  ];
  const code = [
    () => `export function f${str(6)}(a: number, b: string): string { return b.repeat(a); }`,
    () => `import { ${str(8)} } from './${str(5).toLowerCase()}.js';`,
    () => `  const value = items.map((x) => x.${str(6).toLowerCase()} * 2).filter(Boolean);`,
    () => `def handler(event, context):  # ${str(30, ALNUM + ' ')}`,
    () => `// ${str(60, ALNUM + '   ')}`,
    () => `    if err != nil { return fmt.Errorf("failed: %w", err) }`,
    () => `  name: ${str(10).toLowerCase()}`,
    () => `version = "${Math.floor(r() * 10)}.${Math.floor(r() * 20)}.${Math.floor(r() * 50)}"`,
    () => `const ID = "${str(8)}-${str(4)}";`,
    () => `  "description": "${str(50, ALNUM + '    .,')}",`,
  ];
  // Text beyond ASCII as real repositories hold it: accents, CJK, emoji, a non-ASCII digit, the
  // ñ of the keyword `contraseña`, letters that fold to ASCII (ſ, the Kelvin sign) and a BOM.
  if (unicode) {
    code.push(
      () => `# café — naïve résumé ${str(8)}`,
      () => `contraseña = "${str(14)}"`,
      () => `clé_api = "${str(24)}"`,
      () => `// 漢字 テスト ${str(10)}`,
      () => `emoji = "😀 ${str(20)}"`,
      () => `versión = "٣.${Math.floor(r() * 10)}"`,
      () => `ſecret = "${str(16)}"`,
      () => `\u212aey = "${str(18)}"`,
      () => `Straße_token: ${str(20)}`,
      () => `"descripción": "${str(12)} ü ${str(26)}",`,
    );
  }
  const exts = ['.ts', '.js', '.py', '.go', '.yaml', '.json', '.md', '.env', '.ini', '.txt', '.sh', '.yml'];
  /** One file's text of about `bytes` bytes. */
  function fileText(bytes, secretRate = 0.004) {
    const lines = [];
    let size = 0;
    while (size < bytes) {
      const line = r() < secretRate ? pick(secrets)() : pick(code)();
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n') + '\n';
  }
  return { r, pick, str, fileText, exts };
}

/** Writes `files` files totalling about `totalBytes` into `root`; returns the byte count. */
export function generateTree(
  root,
  { files = 5000, totalBytes = 50 * 1024 * 1024, seed = 42, secretRate = 0.004, unicode = false } = {},
) {
  const g = makeGenerator(seed, { unicode });
  fs.mkdirSync(root, { recursive: true });
  let written = 0;
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `pkg${i % 50}`, `mod${i % 7}`);
    fs.mkdirSync(dir, { recursive: true });
    const ext = g.exts[i % g.exts.length];
    const name = ext === '.env' ? `.env` : `file${i}${ext}`;
    const target = path.join(dir, ext === '.env' ? `env${i}` : '', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Sizes vary around the mean so some files are large.
    const size = Math.floor((totalBytes / files) * (0.2 + 1.6 * g.r()));
    const text = (unicode && g.r() < 0.1 ? '\ufeff' : '') + g.fileText(size, secretRate);
    fs.writeFileSync(target, text);
    written += Buffer.byteLength(text);
  }
  return written;
}
