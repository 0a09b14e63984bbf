import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPlugin, defaultPluginConfigs, snakeCase } from '../../src/secrets/plugins/index.js';
import { scanText, type ScanSettings } from '../../src/secrets/scan-file.js';

const settings: ScanSettings = {
  plugins: defaultPluginConfigs().map((c) => createPlugin(c)!),
  excludeFiles: [],
  excludeLines: [],
  excludeSecrets: [],
};
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const scan = (text: string, file = 'x.py') => scanText(file, text, settings);
const types = (text: string, file = 'x.py') =>
  scan(text, file)
    .map((s) => s.type)
    .sort();

// [type, positive line, hashed text, negative line]
const CASES: Array<[string, string, string, string]> = [
  ['Artifactory Credentials', 'x = AKCp5bUz1A9bQxyz12', ' AKCp5bUz1A9bQxyz12', 'x = AKCshort'],
  ['AWS Access Key', 'k = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', 'k = AKIAIOSFODNN7EXAMPL'],
  [
    'Azure Storage Account access key',
    `c = AccountKey=${'a1B2'.repeat(22)}`,
    `AccountKey=${'a1B2'.repeat(22)}`,
    'c = AccountKey=short',
  ],
  ['Basic Auth Credentials', 'u = https://bob:hunter2x@example.com', 'hunter2x', 'u = https://example.com'],
  [
    'Discord Bot Token',
    'd = MTE4NjQ3NzQxNzQ3NDE0OTM3.GmN3sY.abcdefghijklmnopqrstuvwxyz0',
    'MTE4NjQ3NzQxNzQ3NDE0OTM3.GmN3sY.abcdefghijklmnopqrstuvwxyz0',
    'd = MTE4.GmN3sY.abc',
  ],
  ['GitHub Token', 't = ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'ghp', 't = ghp_short'],
  ['GitLab Token', 't = glpat-abcdefghij0123456789', 'glpat', 't = glpat-short'],
  [
    'JSON Web Token',
    'j = eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.',
    'j = eyJhbGciOiJIUzI1NiJ9.bm90anNvbg.x',
  ],
  [
    'Mailchimp Access Key',
    'm = 0123456789abcdef0123456789abcdef-us12',
    '0123456789abcdef0123456789abcdef-us12',
    'm = 0123-us12',
  ],
  [
    'NPM tokens',
    '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnop',
    'npm_abcdefghijklmnop',
    '//registry.npmjs.org/:_authToken=${NPM}',
  ],
  [
    'OpenAI Token',
    `o = sk-${'a'.repeat(20)}T3BlbkFJ${'b'.repeat(20)}`,
    `sk-${'a'.repeat(20)}T3BlbkFJ${'b'.repeat(20)}`,
    'o = sk-T3BlbkFJ',
  ],
  ['Private Key', '-----BEGIN RSA PRIVATE KEY-----', 'BEGIN RSA PRIVATE KEY', '-----BEGIN PUBLIC KEY-----'],
  [
    'PyPI Token',
    `p = pypi-AgEIcHlwaS5vcmc${'x'.repeat(70)}`,
    `pypi-AgEIcHlwaS5vcmc${'x'.repeat(70)}`,
    'p = pypi-AgEIcHlwaS5vcmcshort',
  ],
  [
    'SendGrid API Key',
    `s = SG.${'a'.repeat(22)}.${'b'.repeat(43)}`,
    `SG.${'a'.repeat(22)}.${'b'.repeat(43)}`,
    's = SG.short.x',
  ],
  ['Slack Token', 's = xoxb-1234-5678-abcdef', 'xoxb-1234-5678-abcdef', 's = xapp-1-A0-1-abc'],
  ['Square OAuth Secret', `s = sq0csp-${'a'.repeat(43)}`, `sq0csp-${'a'.repeat(43)}`, 's = sq0csp-short'],
  ['Stripe Access Key', `s = sk_live_${'a1'.repeat(40)}`, `sk_live_${'a1'.repeat(12)}`, 's = sk_test_abc'],
  ['Telegram Bot Token', `t = 123456789:${'A'.repeat(35)}`, `123456789:${'A'.repeat(35)}`, 't = 12:abc'],
  ['Twilio API Key', `t = AC${'a'.repeat(32)}`, `AC${'a'.repeat(32)}`, 't = ACshort'],
  ['Secret Keyword', 'password = "hunter2hunter2"', 'hunter2hunter2', 'password = "${VAR}"'],
  [
    'Base64 High Entropy String',
    'x = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo"',
    'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo',
    'x = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
  ],
  [
    'Hex High Entropy String',
    'x = "d41d8cd98f00b204e9800998ecf8427e"',
    'd41d8cd98f00b204e9800998ecf8427e',
    'x = "1234567812345678"',
  ],
  ['IBM Cloud IAM Key', `ibm_api_key = ${'a1-_'.repeat(11)}`, 'a1-_'.repeat(11), `ibm_api_key = ${'a'.repeat(43)}`],
  [
    'IBM COS HMAC Credentials',
    `secret_access_key = ${'a1'.repeat(24)}`,
    'a1'.repeat(24),
    `secret_access_key = ${'a1'.repeat(23)}`,
  ],
  ['Cloudant Credentials', `cloudant_password = ${'a1'.repeat(32)}`, 'a1'.repeat(32), 'cloudant_password = short'],
  ['SoftLayer Credentials', `softlayer_api_key = ${'a1'.repeat(32)}`, 'a1'.repeat(32), 'softlayer_api_key = short'],
];

describe('detect-secrets plugins', () => {
  it('has the 27 default plugins', () => {
    expect(defaultPluginConfigs()).toHaveLength(27);
    expect(snakeCase('AWSKeyDetector')).toBe('aws_key_detector');
  });
  for (const [type, positive, hashed, negative] of CASES) {
    it(`${type}: positive, hash, negative`, () => {
      const found = scan(positive, 'x.txt').filter((s) => s.type === type);
      expect(found.map((s) => s.hashedSecret)).toContain(sha1(hashed));
      expect(scan(negative, 'x.txt').filter((s) => s.type === type)).toEqual([]);
    });
  }
  it('Public IP is found but always filtered (no letters)', () => {
    expect(types('ip = "8.8.8.8"')).toEqual([]);
  });
  it('every ghp_ token hashes as sha1("ghp")', () => {
    expect(sha1('ghp')).toBe('e175c6f5f2a92e8623bd9a4820edb4e8c1b0fd10');
  });
  it('keyword regex sets depend on the file type', () => {
    expect(types('password = hunter2xyz', 'a.py')).toEqual([]);
    expect(types('password = hunter2xyz', 'a.ini')).toEqual(['Secret Keyword']); // config set: quotes optional
    expect(types('[s]\npassword = hunter2xyz', 'a.ini')).toEqual(['Secret Keyword']);
    expect(types('password := "gopass123"', 'a.go')).toEqual(['Secret Keyword']);
  });
  it('spans point at the secret (1-based UTF-16 columns)', () => {
    const [s] = scan('é k = AKIAIOSFODNN7EXAMPLE', 'x.txt');
    expect(s!.span).toEqual({ line: 1, startColumn: 7, endColumn: 27 });
  });
  // A super-linear regex takes minutes on these lines: the test timeout is the guard (no timed assertion).
  it('no regex backtracks super-linearly on long near-miss lines', { timeout: 60_000 }, () => {
    const nearMisses = [
      'password = "' + 'a'.repeat(200_000),
      'aws_key ' + ' '.repeat(200_000),
      'ibm_api_key' + ' '.repeat(100_000) + 'x',
      '://' + 'a'.repeat(200_000),
      'x = ' + '=a('.repeat(60_000),
      'sk-' + 'a'.repeat(200_000),
      'xoxb-' + '1-'.repeat(100_000),
      '"' + 'ab+/'.repeat(60_000),
      '//' + '/a'.repeat(100_000) + ':_authToke',
      'eyJ' + 'a'.repeat(200_000) + '.',
      'AKC' + 'a'.repeat(200_000) + '!',
      'secret' + 'a'.repeat(200_000),
    ];
    for (const line of nearMisses) {
      expect(scan(line, 'x.py')).toBeDefined();
      expect(scan(line, 'x.yaml')).toBeDefined();
    }
  });
});

describe('keyword-anchored assignment regexes', () => {
  it('find exactly what a plain scan of the same pattern finds', async () => {
    const fc = await import('fast-check');
    const { REGEX_PLUGINS, AnchoredRegExp } = await import('../../src/secrets/plugins/regex-plugins.js');
    const { findall } = await import('../../src/secrets/py.js');
    const anchored = REGEX_PLUGINS.flatMap((p) => p.patterns).filter((re) => re instanceof AnchoredRegExp);
    expect(anchored.length).toBe(5);
    const piece = fc.constantFrom(
      'ibm_cloud_iam_api_key',
      'cloudant_api_password',
      'ibm-cos-hmac-secret_access_key',
      'softlayer_api_token',
      'sl-pwd',
      'IAM_KEY',
      '["key"]',
      'token',
      ' = ',
      ':',
      '=>',
      '"',
      "'",
      ' ',
      'x',
      '\u212a',
      '\u017f',
      '😀',
      'a'.repeat(20),
      '0123456789abcdef'.repeat(4),
      'Ab1_-'.repeat(9),
      'Ab1_'.repeat(11),
      '0123456789abcdef'.repeat(3),
      'abcdefghijklmnopqrstuvwx',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        for (const re of anchored) {
          const plain = new RegExp(re.source, re.flags);
          expect([...findall(re, line)]).toEqual([...findall(plain, line)]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
