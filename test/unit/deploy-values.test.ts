// The one value classifier every deploy rule uses: each row is a value a reviewer has classified.
// Secret-shaped values are assembled at run time so that no credential-shaped literal sits in the repository.
import { describe, expect, it } from 'vitest';
import { classifyValue, isWordLike } from '../../src/secrets/value-class.js';

const rnd = (n: number, alphabet = 'aZ3kQ9xL2mW7pR5tY8vB4nC6') =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + (i >> 2)) % alphabet.length]).join('');
const hex = (n: number) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 11 + (i >> 3)) % 16]).join('');

const rows: [string, string][] = [
  // secret-shaped
  [hex(64), 'secret'],
  [hex(32), 'secret'],
  ['sk-ant-api03-' + rnd(40), 'secret'],
  ['ghp_' + rnd(36), 'secret'],
  ['xoxb-' + '1234567890-' + '1234567890123-' + rnd(24), 'secret'],
  ['AKIA' + 'ABCDEFGHIJKLMNOP', 'secret'],
  ['postgres://app:' + rnd(16) + '@db:5432/app', 'secret'],
  [rnd(28), 'secret'],
  // placeholders (R3, R4)
  ['change-me-now', 'placeholder'],
  ['changeme', 'placeholder'],
  ['CHANGEME-generate-one', 'placeholder'],
  ['replace-with-a-real-token', 'placeholder'],
  ['replace-with-generated-token', 'placeholder'],
  ['REPLACE_WITH_YOUR_TOKEN', 'placeholder'],
  ['<your-token>', 'placeholder'],
  ['your-anthropic-api-key', 'placeholder'],
  ['your_telegram_bot_token_here', 'placeholder'],
  ['xxxxxxxxxxxx', 'placeholder'],
  ['sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder'],
  ['sk-...', 'placeholder'],
  ['generate-with-openssl-rand-hex-32', 'placeholder'],
  ['not-needed-for-ollama', 'placeholder'],
  // plain data
  ['http://otel-collector:4318', 'data'],
  ['https://api.example.com/v1?x=1', 'data'],
  ['info', 'data'],
  ['true', 'data'],
  ['18789', 'data'],
  ['my-app-credentials', 'data'],
  ['ollama-local', 'data'],
  ['ollama', 'data'],
  ['/var/secrets/google/key.json', 'data'],
  ['encrypted:' + rnd(40), 'data'],
  // references
  ['${OPENCLAW_GATEWAY_TOKEN}', 'reference'],
  ['{{ .Values.token }}', 'reference'],
  ['', 'empty'],
  ['quickstart-token', 'data'],
  // neither: word-like literals
  ['Quickstart2024', 'literal'],
  ['Sup3rS3cretAdmin!', 'literal'],
  ['123456', 'literal'],
];

describe('classifyValue', () => {
  for (const [value, kind] of rows)
    it(`${value.slice(0, 14)}… is ${kind}`, () => expect(classifyValue(value).kind).toBe(kind));

  it('marks the placeholders OpenClaw rejects at startup', () => {
    expect(classifyValue('change-me-to-a-long-random-token')).toEqual({ kind: 'placeholder', rejected: true });
    expect(classifyValue(' change-me-to-a-strong-password ')).toEqual({ kind: 'placeholder', rejected: true });
    expect(classifyValue('change-me-please')).toEqual({ kind: 'placeholder', rejected: false });
    expect(classifyValue('replace-with-a-real-token')).toEqual({ kind: 'placeholder', rejected: false });
  });
});

describe('isWordLike', () => {
  const rows: [string, boolean][] = [
    ['acme-gateway-prod-2026', true],
    ['my_home_lab_gateway_token', true],
    ['fixture-render-gateway-2026', true],
    ['3f9a0c7d-1e2b-4a6f-8c0d-2e4f6a8b0c1d', false], // a UUID: letters and digits mixed inside its parts
    ['k3j9x0q2m5n8b1v4c7z6l0p9', false], // random lowercase: one part
    ['gateway-token', false], // two parts: too short to call
    ['2026-01-01', false], // a date: no word
  ];
  for (const [value, want] of rows)
    it(`${value} is ${want ? '' : 'not '}word-like`, () => expect(isWordLike(value)).toBe(want));
});
