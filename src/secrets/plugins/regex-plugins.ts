/**
 * The detect-secrets 1.5.0 `RegexBasedDetector` plugins, as data. Patterns are the Python
 * originals translated to JavaScript (`u` flag): Python's Unicode `\w\d\s` become the explicit
 * classes from ../py.ts, `.` becomes `[^\n]` (JS `.` also stops at U+2028/U+2029), and the
 * `(?:(?<=\W)|(?<=^))` lookbehind becomes `(?<![\w])`. Capturing groups are kept exactly,
 * because `re.findall` decides what gets hashed from them (see ../py.ts `findall`).
 */
import { D, S, W } from '../py.js';

export interface RegexPluginSpec {
  name: string;
  type: string;
  patterns: RegExp[];
  prefilter: RegExp | false;
}

function re(source: string, ignoreCase = false): RegExp {
  return new RegExp(source, ignoreCase ? 'giu' : 'gu');
}

/**
 * A global regex whose every match contains `anchor` (a case-insensitive regex) starting at most
 * `lead` characters after the match's start. `exec` finds the anchor first and tries the full
 * pattern (sticky) only from the `lead` positions before each occurrence, leftmost first, which
 * finds the same leftmost match as a plain scan: V8 would try the whole pattern, lookbehind and
 * all, at every position of a 1 MB minified line.
 */
export class AnchoredRegExp extends RegExp {
  private readonly at: RegExp;
  private readonly anchor: RegExp;

  constructor(
    source: string,
    anchor: string,
    private readonly lead: number,
  ) {
    super(source, 'giu');
    this.at = new RegExp(source, 'iuy');
    this.anchor = new RegExp(anchor, 'giu');
  }

  override exec(text: string): RegExpExecArray | null {
    let from = this.lastIndex;
    this.anchor.lastIndex = from;
    for (let k = this.anchor.exec(text); k !== null; k = this.anchor.exec(text)) {
      for (let s = Math.max(from, k.index - this.lead); s <= k.index; s++) {
        // A Unicode-mode scan never starts inside a surrogate pair.
        const c = text.charCodeAt(s);
        if (c >= 0xdc00 && c <= 0xdfff && s > 0 && (text.charCodeAt(s - 1) & 0xfc00) === 0xd800) continue;
        this.at.lastIndex = s;
        const m = this.at.exec(text);
        if (m) {
          this.lastIndex = this.at.lastIndex;
          return m;
        }
      }
      from = k.index + 1;
      this.anchor.lastIndex = from;
    }
    this.lastIndex = 0;
    return null;
  }
}

/**
 * `RegexBasedDetector.build_assignment_regex`. The Python `(?: *)(?:=|:|:=|=>| +|::)(?: *)`
 * accepts the same strings as the form below, which cannot backtrack quadratically on runs
 * of spaces. `anchor` is the keyword's first part (every match holds it) and `lead` bounds how
 * far after the match's start it begins (bracket, quote, the longest prefix, a separator).
 */
export function assignment(prefix: string, keyword: string, secret: string, anchor: string, lead: number): RegExp {
  const op = String.raw`(?:=|:|:=|=>|::)`;
  return new AnchoredRegExp(
    String.raw`(?<![${W}])(?:\[|)(?:"|'|)${prefix}(?:_|-|)${keyword}(?:"|'|)(?:\]|)` +
      String.raw`(?: +(?:${op} *)?|${op} *)(?:"|'|)${secret}(?:"|'|)`,
    anchor,
    lead,
  );
}

const CL = '(?:cloudant|cl|clou)';
// The keyword after the optional `api` of CL_KEY; at most `["` + `cloudant` + `_` + `api` before it.
const CL_ANCHOR = 'key|pwd|pw|pass|token';
const CL_KEY = '(?:api|)(?:key|pwd|pw|password|pass|token)';
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const BASIC_AUTH_CHAR = String.raw`[^:/?#\[\]@!$&'()*+,;=${S}]`;
const IBM_PREFIX =
  '(?:ibm(?:_|-|)cloud(?:_|-|)iam|cloud(?:_|-|)iam|ibm(?:_|-|)cloud|ibm(?:_|-|)iam|ibm|iam|cloud|)(?:_|-|)(?:api|)';
const GL_TAIL = String.raw`[A-Za-z0-9_\-]`;
const NOT_W = `(?![${W}])`;

/** In detect-secrets' plugin order (sorted by module file name, then by class). */
export const REGEX_PLUGINS: RegexPluginSpec[] = [
  {
    name: 'ArtifactoryDetector',
    type: 'Artifactory Credentials',
    patterns: [
      re(`(?:[${S}]|=|:|"|^)AKC[a-zA-Z0-9]{10,}(?:[${S}]|"|$)`),
      re(`(?:[${S}]|=|:|"|^)AP[${D}ABCDEF][a-zA-Z0-9]{8,}(?:[${S}]|"|$)`),
    ],
    prefilter: re(`AKC[a-zA-Z0-9]{10}|AP[${D}ABCDEF][a-zA-Z0-9]{8}`),
  },
  {
    name: 'AWSKeyDetector',
    type: 'AWS Access Key',
    patterns: [
      re('(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}'),
      re(String.raw`aws[^\n]{0,20}?(?:key|pwd|pw|password|pass|token)[^\n]{0,20}?['"]([0-9a-zA-Z/+]{40})['"]`, true),
    ],
    prefilter: re('A3T|ABIA|ACCA|AKIA|ASIA|aws', true),
  },
  {
    name: 'AzureStorageKeyDetector',
    type: 'Azure Storage Account access key',
    patterns: [re('AccountKey=[a-zA-Z0-9+/=]{88}')],
    prefilter: re('AccountKey='),
  },
  {
    name: 'BasicAuthDetector',
    type: 'Basic Auth Credentials',
    patterns: [re(`://${BASIC_AUTH_CHAR}+:(${BASIC_AUTH_CHAR}+)@`)],
    prefilter: re('://'),
  },
  {
    name: 'CloudantDetector',
    type: 'Cloudant Credentials',
    patterns: [
      assignment(CL, CL_KEY, '([0-9a-f]{64})', CL_ANCHOR, 14),
      assignment(CL, CL_KEY, '([a-z]{24})', CL_ANCHOR, 14),
      re(String.raw`(?:https?://)[${W}\-]+:([0-9a-f]{64})@[${W}\-]+\.cloudant\.com`, true),
      re(String.raw`(?:https?://)[${W}\-]+:([a-z]{24})@[${W}\-]+\.cloudant\.com`, true),
    ],
    // Necessary: a `cl…key` style name, or a cloudant.com URL.
    prefilter: re(String.raw`cl(?:oudant|ou)?[-_]?(?:api)?(?:key|pwd|pw|pass|token)|cloudant\.com`, true),
  },
  {
    name: 'DiscordBotTokenDetector',
    type: 'Discord Bot Token',
    patterns: [re(String.raw`[MNO][a-zA-Z${D}_\-]{23,25}\.[a-zA-Z${D}_\-]{6}\.[a-zA-Z${D}_\-]{27}`)],
    prefilter: re(String.raw`\.[a-zA-Z${D}_\-]{6}\.`),
  },
  {
    name: 'GitHubTokenDetector',
    type: 'GitHub Token',
    patterns: [re('(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}')],
    prefilter: re('gh[pousr]_'),
  },
  {
    name: 'GitLabTokenDetector',
    type: 'GitLab Token',
    patterns: [
      re(`(glpat|gldt|glft|glsoat|glrt)-${GL_TAIL}{20,50}${NOT_W}`),
      re(`GR1348941${GL_TAIL}{20,50}${NOT_W}`),
      re(`glcbt-([0-9a-fA-F]{2}_)?${GL_TAIL}{20,50}${NOT_W}`),
      re(`glimt-${GL_TAIL}{25}${NOT_W}`),
      re(`glptt-${GL_TAIL}{40}${NOT_W}`),
      re(`glagent-${GL_TAIL}{50,1024}${NOT_W}`),
      re(`gloas-${GL_TAIL}{64}${NOT_W}`),
    ],
    prefilter: re('gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-|GR1348941'),
  },
  {
    name: 'IbmCloudIamDetector',
    type: 'IBM Cloud IAM Key',
    patterns: [
      assignment(
        IBM_PREFIX,
        '(?:key|pwd|password|pass|token)',
        String.raw`([a-zA-Z0-9_\-]{44}(?![a-zA-Z0-9_\-]))`,
        'key|pwd|pass|token',
        20,
      ),
    ],
    // Necessary: one of the Python keywords (`password` too, not only its `pass` prefix)
    // followed by an optional quote/bracket and the start of an operator.
    prefilter: re(`(?:key|pwd|password|pass|token)['"]?\\]?[ =:]`, true),
  },
  {
    name: 'IbmCosHmacDetector',
    type: 'IBM COS HMAC Credentials',
    patterns: [
      assignment(
        '(?:(?:ibm)?[-_]?cos[-_]?(?:hmac)?|)',
        '(?:secret[-_]?(?:access)?[-_]?key)',
        '([a-f0-9]{48}(?![a-f0-9]))',
        'secret',
        15,
      ),
    ],
    prefilter: re('secret', true),
  },
  {
    name: 'IPPublicDetector',
    type: 'Public IP (ipv4)',
    patterns: [
      re(
        String.raw`(?<![${W}.])((?!192\.168\.|127\.|10\.|172\.(?:1[6-9]|2[0-9]|3[01]))(?:${OCTET}\.){3}${OCTET}(?::[${D}]{1,5})?)(?![${W}.])`,
        true,
      ),
    ],
    // Every candidate is digits, dots and a colon, so `is_not_alphanumeric_string` drops all of
    // them: the plugin can never report anything, so it is skipped (its prefilter was the busiest
    // of all: version strings). A baseline without that filter runs it (../scan.ts buildSettings).
    prefilter: false,
  },
  {
    name: 'MailchimpDetector',
    type: 'Mailchimp Access Key',
    patterns: [re('[0-9a-z]{32}-us[0-9]{1,2}')],
    prefilter: re('-us[0-9]'),
  },
  {
    name: 'NpmDetector',
    type: 'NPM tokens',
    patterns: [re(String.raw`//[^\n]+/:_authToken=[${S}]*((npm_[^\n]+)|([A-Fa-f0-9\-]{36}))[^\n]*`)],
    prefilter: re(':_authToken='),
  },
  {
    name: 'OpenAIDetector',
    type: 'OpenAI Token',
    patterns: [re(String.raw`sk-[A-Za-z0-9\-_]*[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}`)],
    prefilter: re('T3BlbkFJ'),
  },
  {
    name: 'PrivateKeyDetector',
    type: 'Private Key',
    patterns: [
      'BEGIN DSA PRIVATE KEY',
      'BEGIN EC PRIVATE KEY',
      'BEGIN OPENSSH PRIVATE KEY',
      'BEGIN PGP PRIVATE KEY BLOCK',
      'BEGIN PRIVATE KEY',
      'BEGIN RSA PRIVATE KEY',
      'BEGIN SSH2 ENCRYPTED PRIVATE KEY',
      'PuTTY-User-Key-File-2',
    ].map((literal) => re(literal)),
    prefilter: re('BEGIN|PuTTY-User-Key-File-2'),
  },
  {
    name: 'PypiTokenDetector',
    type: 'PyPI Token',
    patterns: [
      re(String.raw`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9\-_]{70,}`),
      re(String.raw`pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9\-_]{70,}`),
    ],
    prefilter: re('pypi-AgE'),
  },
  {
    name: 'SendGridDetector',
    type: 'SendGrid API Key',
    patterns: [re(String.raw`SG\.[a-zA-Z0-9_\-]{22}\.[a-zA-Z0-9_\-]{43}`)],
    prefilter: re(String.raw`SG\.`),
  },
  {
    name: 'SlackDetector',
    type: 'Slack Token',
    patterns: [
      re(`xox(?:a|b|p|o|s|r)-(?:[${D}]+-)+[a-z0-9]+`, true),
      re(String.raw`https://hooks\.slack\.com/services/T[a-zA-Z0-9_]+/B[a-zA-Z0-9_]+/[a-zA-Z0-9_]+`, true),
    ],
    prefilter: re(String.raw`xox[abposr]-|hooks\.slack\.com`, true),
  },
  {
    name: 'SoftlayerDetector',
    type: 'SoftLayer Credentials',
    patterns: [
      assignment(
        '(?:softlayer|sl)(?:_|-|)(?:api|)',
        '(?:key|pwd|password|pass|token)',
        '([a-z0-9]{64})',
        'key|pwd|pass|token',
        16,
      ),
      re(String.raw`(?:http|https)://api[^\n]softlayer[^\n]com/soap/(?:v3|v3[^\n]1)/([a-z0-9]{64})`, true),
    ],
    prefilter: re(String.raw`sl[-_]?(?:api)?[-_]?(?:key|pwd|pass|token)|softlayer`, true),
  },
  {
    name: 'SquareOAuthDetector',
    type: 'Square OAuth Secret',
    patterns: [re(String.raw`sq0csp-[0-9A-Za-z\\\-_]{43}`)],
    prefilter: re('sq0csp-'),
  },
  {
    name: 'StripeDetector',
    type: 'Stripe Access Key',
    patterns: [re('(?:r|s)k_live_[0-9a-zA-Z]{24}')],
    prefilter: re('k_live_'),
  },
  {
    name: 'TelegramBotTokenDetector',
    type: 'Telegram Bot Token',
    patterns: [re(String.raw`[${D}]{8,10}:[0-9A-Za-z_\-]{35}`)],
    prefilter: re(String.raw`[${D}]:[0-9A-Za-z_\-]{35}`),
  },
  {
    name: 'TwilioKeyDetector',
    type: 'Twilio API Key',
    patterns: [re('AC[a-z0-9]{32}'), re('SK[a-z0-9]{32}')],
    prefilter: re('(?:AC|SK)[a-z0-9]{32}'),
  },
];
