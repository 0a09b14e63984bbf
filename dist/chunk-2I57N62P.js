import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/secrets/py.ts
var W = String.raw`\p{L}\p{N}_`;
var D = String.raw`\p{Nd}`;
var S = String.raw`\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
var SPACE = new RegExp(`[${S}]`, "u");
function pyRstrip(s) {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}
function pyStrip(s) {
  const r = pyRstrip(s);
  let start = 0;
  while (start < r.length && SPACE.test(r[start])) start++;
  return start === 0 ? r : r.slice(start);
}
function splitExt(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "";
  if (/^\.+$/.test(base.slice(0, dot))) return "";
  return base.slice(dot);
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function* findall(re2, text) {
  re2.lastIndex = 0;
  let m;
  while ((m = re2.exec(text)) !== null) {
    if (m[0] === "") re2.lastIndex++;
    const groups = m.length - 1;
    if (groups === 0) yield { value: m[0], index: m.index };
    else if (groups === 1) yield { value: m[1] ?? "", index: groupIndex(m, 1) };
    else {
      for (let g = 1; g <= groups; g++) {
        const v = m[g];
        if (v) yield { value: v, index: groupIndex(m, g) };
      }
    }
  }
}
function groupIndex(m, g) {
  const exact = m.indices?.[g];
  if (exact) return exact[0];
  const v = m[g];
  if (!v) return m.index;
  const at = m[0].indexOf(v);
  return at < 0 ? m.index : m.index + at;
}

// src/secrets/plugins/high-entropy.ts
var BASE64_CHARSET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=";
var HEX_CHARSET = "0123456789abcdefABCDEF";
var LN2 = Math.log(2);
function shannonEntropy(data, charset) {
  if (!data) return 0;
  counts.fill(0);
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c >= 128) return shannonEntropySlow(data, charset);
    counts[c]++;
  }
  let entropy = 0;
  for (let j = 0; j < charset.length; j++) {
    const n = counts[charset.charCodeAt(j)];
    if (!n) continue;
    const p = n / data.length;
    entropy += -p * (Math.log(p) / LN2);
  }
  return entropy;
}
var counts = new Int32Array(128);
function shannonEntropySlow(data, charset) {
  const seen = /* @__PURE__ */ new Map();
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
function hexEntropy(data) {
  let entropy = shannonEntropy(data, HEX_CHARSET);
  if (data.length === 1) return entropy;
  if (/^[0-9]+$/.test(data)) entropy -= 1.2 / (Math.log(data.length) / LN2);
  return entropy;
}
function escapeClass(charset) {
  return charset.replace(/[\\\]\-^]/g, "\\$&");
}
function highEntropyPlugin(name, type, charset, limit, minLength, entropy) {
  const cls = escapeClass(charset);
  const candidates = new RegExp(`(['"])([${cls}]+)(\\1)`, "g");
  const hopeless = 2 ** limit;
  return {
    name,
    type,
    regexBased: false,
    // A string of length n has at most log2(n) bits per char: shorter ones can never pass.
    prefilter: new RegExp(`"[${cls}]{${minLength},}"|'[${cls}]{${minLength},}'`, "g"),
    analyze(line) {
      const out = [];
      candidates.lastIndex = 0;
      let m;
      while ((m = candidates.exec(line)) !== null) {
        const value = m[2];
        if (value.length < hopeless) continue;
        if (entropy(value) > limit) out.push({ value, index: m.index + 1 });
      }
      return out;
    },
    settings: () => [["limit", limit]]
  };
}
function base64HighEntropyString(limit = 4.5) {
  return highEntropyPlugin(
    "Base64HighEntropyString",
    "Base64 High Entropy String",
    BASE64_CHARSET,
    limit,
    Math.max(1, Math.floor(2 ** limit)),
    (s) => shannonEntropy(s, BASE64_CHARSET)
  );
}
function hexHighEntropyString(limit = 3) {
  return highEntropyPlugin(
    "HexHighEntropyString",
    "Hex High Entropy String",
    HEX_CHARSET,
    limit,
    Math.max(1, Math.floor(2 ** limit)),
    hexEntropy
  );
}

// src/secrets/plugins/jwt.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function isFormallyValidJwt(token) {
  const parts = token.split(".");
  for (let idx = 0; idx < parts.length; idx++) {
    const part = parts[idx];
    if (part.length % 4 === 1) return false;
    const data = part.split("=")[0];
    if (data.length % 4 === 1) return false;
    const bytes = Buffer.from(data, "base64url");
    if (idx < 2) {
      try {
        JSON.parse(utf8.decode(bytes));
      } catch {
        return false;
      }
    }
  }
  return true;
}

// src/secrets/plugins/keyword.ts
var DENYLIST = [
  "api_?key",
  "auth_?key",
  "service_?key",
  "account_?key",
  "db_?key",
  "database_?key",
  "priv_?key",
  "private_?key",
  "client_?key",
  "db_?pass",
  "database_?pass",
  "key_?pass",
  "password",
  "passwd",
  "pwd",
  "secret",
  "contrase\xF1a",
  "contrasena"
].join("|");
var KW = `(${DENYLIST})[${W}]*`;
var KW_WITH_PREFIX = `[${W}]*(${DENYLIST})[${W}]*`;
var CLOSING = `[\\]'"]{0,2}`;
var WS = `[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*`;
var NON_WS_LAZY = `[^\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]{0,50}?`;
var QUOTE = "['\"`]";
var SECRET = `(?=[${W}])[^\\v'"]*[^\\v,'"\`]`;
function kw(source, group, ignoreCase = true, needs = null) {
  const flags = ignoreCase ? "diu" : "du";
  const sticky = source.startsWith(KW) ? new RegExp(source, flags + "y") : null;
  return { re: new RegExp(source, flags), sticky, group, needs };
}
var KEYWORD_START = new RegExp(DENYLIST, "giu");
var LONG_LINE = 256;
function keywordStarts(line) {
  const starts = [];
  KEYWORD_START.lastIndex = 0;
  let m;
  while ((m = KEYWORD_START.exec(line)) !== null) {
    starts.push(m.index);
    KEYWORD_START.lastIndex = m.index + 1;
  }
  return starts;
}
function searchKeyword(k, line, starts) {
  if (k.needs && !k.needs.test(line)) return null;
  if (!k.sticky || line.length < LONG_LINE) return k.re.exec(line);
  for (const at of starts()) {
    k.sticky.lastIndex = at;
    const m = k.sticky.exec(line);
    if (m) return m;
  }
  return null;
}
var COLON_EQUALS = kw(`${KW}(${CLOSING})?${WS}:=${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
var COLON = kw(`${KW}(${CLOSING})?:${WS}(${QUOTE}?)(${SECRET})(\\3)`, 4);
var COLON_QUOTES = kw(`${KW}(${CLOSING})?:(${WS})(${QUOTE})(${SECRET})(\\4)`, 5);
var C_STYLE = kw(`${KW}((\\[[0-9]*\\]))?${WS}[!=]{1,2}${WS}(@)?(")(${SECRET})(\\5)`, 6);
var CPP_ASSIGN = kw(`${KW}([^\\n]assign)?\\((")(${SECRET})(\\3)`, 4, false);
var EQUALS = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE}?)(${SECRET})(\\4)`, 5);
var EQUALS_QUOTES = kw(`${KW}(${CLOSING})?${WS}(={1,3}|!==?)${WS}(${QUOTE})(${SECRET})(\\4)`, 5);
var REVERSED = kw(
  `(${QUOTE})(${SECRET})(\\1)${WS}[!=]{2,3}${WS}${KW_WITH_PREFIX}`,
  2,
  false,
  new RegExp(`${QUOTE}${WS}[!=]{2}`, "u")
);
var QUOTES_SEMICOLON = kw(`${KW}${NON_WS_LAZY}${WS}(${QUOTE})(${SECRET})(\\2);`, 3);
var ARROW = kw(`${KW}(${CLOSING})?${WS}=>?${WS}(${QUOTE})(${SECRET})(\\3)`, 4);
var CONFIG = [COLON, REVERSED, EQUALS, QUOTES_SEMICOLON];
var GOLANG = [COLON_EQUALS, REVERSED, EQUALS, QUOTES_SEMICOLON];
var COMMON_C = [C_STYLE];
var CPP = [CPP_ASSIGN, EQUALS_QUOTES];
var QUOTES_REQUIRED = [COLON_QUOTES, REVERSED, EQUALS_QUOTES, QUOTES_SEMICOLON, ARROW];
var BY_FILE_TYPE = {
  go: GOLANG,
  objective_c: COMMON_C,
  c_sharp: COMMON_C,
  c: COMMON_C,
  c_plus_plus: CPP,
  cls: QUOTES_REQUIRED,
  java: QUOTES_REQUIRED,
  javascript: QUOTES_REQUIRED,
  python: QUOTES_REQUIRED,
  swift: QUOTES_REQUIRED,
  terraform: QUOTES_REQUIRED,
  yaml: CONFIG,
  config: CONFIG,
  ini: CONFIG,
  properties: CONFIG,
  toml: CONFIG
};
function keywordDetector(keywordExclude = "") {
  const exclude = keywordExclude ? new RegExp(keywordExclude, "iu") : null;
  return {
    name: "KeywordDetector",
    type: "Secret Keyword",
    regexBased: false,
    prefilter: new RegExp(DENYLIST, "giu"),
    analyze(line, fileType) {
      if (exclude?.test(line)) return [];
      const out = [];
      let starts = null;
      const lazyStarts = () => starts ??= keywordStarts(line);
      for (const k of BY_FILE_TYPE[fileType] ?? QUOTES_REQUIRED) {
        const { group } = k;
        const m = searchKeyword(k, line, lazyStarts);
        const value = m?.[group];
        if (m && value !== void 0) out.push({ value, index: m.indices?.[group]?.[0] ?? m.index });
      }
      return out;
    },
    settings: () => [["keyword_exclude", keywordExclude]]
  };
}

// src/secrets/plugins/regex-plugins.ts
function re(source, ignoreCase = false) {
  return new RegExp(source, ignoreCase ? "giu" : "gu");
}
var AnchoredRegExp = class extends RegExp {
  constructor(source, anchor, lead) {
    super(source, "giu");
    this.lead = lead;
    this.at = new RegExp(source, "iuy");
    this.anchor = new RegExp(anchor, "giu");
  }
  lead;
  at;
  anchor;
  exec(text) {
    let from = this.lastIndex;
    this.anchor.lastIndex = from;
    for (let k = this.anchor.exec(text); k !== null; k = this.anchor.exec(text)) {
      for (let s = Math.max(from, k.index - this.lead); s <= k.index; s++) {
        const c = text.charCodeAt(s);
        if (c >= 56320 && c <= 57343 && s > 0 && (text.charCodeAt(s - 1) & 64512) === 55296) continue;
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
};
function assignment(prefix, keyword, secret, anchor, lead) {
  const op = String.raw`(?:=|:|:=|=>|::)`;
  return new AnchoredRegExp(
    String.raw`(?<![${W}])(?:\[|)(?:"|'|)${prefix}(?:_|-|)${keyword}(?:"|'|)(?:\]|)` + String.raw`(?: +(?:${op} *)?|${op} *)(?:"|'|)${secret}(?:"|'|)`,
    anchor,
    lead
  );
}
var CL = "(?:cloudant|cl|clou)";
var CL_ANCHOR = "key|pwd|pw|pass|token";
var CL_KEY = "(?:api|)(?:key|pwd|pw|password|pass|token)";
var OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
var BASIC_AUTH_CHAR = String.raw`[^:/?#\[\]@!$&'()*+,;=${S}]`;
var IBM_PREFIX = "(?:ibm(?:_|-|)cloud(?:_|-|)iam|cloud(?:_|-|)iam|ibm(?:_|-|)cloud|ibm(?:_|-|)iam|ibm|iam|cloud|)(?:_|-|)(?:api|)";
var GL_TAIL = String.raw`[A-Za-z0-9_\-]`;
var NOT_W = `(?![${W}])`;
var REGEX_PLUGINS = [
  {
    name: "ArtifactoryDetector",
    type: "Artifactory Credentials",
    patterns: [
      re(`(?:[${S}]|=|:|"|^)AKC[a-zA-Z0-9]{10,}(?:[${S}]|"|$)`),
      re(`(?:[${S}]|=|:|"|^)AP[${D}ABCDEF][a-zA-Z0-9]{8,}(?:[${S}]|"|$)`)
    ],
    prefilter: re(`AKC[a-zA-Z0-9]{10}|AP[${D}ABCDEF][a-zA-Z0-9]{8}`)
  },
  {
    name: "AWSKeyDetector",
    type: "AWS Access Key",
    patterns: [
      re("(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}"),
      re(String.raw`aws[^\n]{0,20}?(?:key|pwd|pw|password|pass|token)[^\n]{0,20}?['"]([0-9a-zA-Z/+]{40})['"]`, true)
    ],
    prefilter: re("A3T|ABIA|ACCA|AKIA|ASIA|aws", true)
  },
  {
    name: "AzureStorageKeyDetector",
    type: "Azure Storage Account access key",
    patterns: [re("AccountKey=[a-zA-Z0-9+/=]{88}")],
    prefilter: re("AccountKey=")
  },
  {
    name: "BasicAuthDetector",
    type: "Basic Auth Credentials",
    patterns: [re(`://${BASIC_AUTH_CHAR}+:(${BASIC_AUTH_CHAR}+)@`)],
    prefilter: re("://")
  },
  {
    name: "CloudantDetector",
    type: "Cloudant Credentials",
    patterns: [
      assignment(CL, CL_KEY, "([0-9a-f]{64})", CL_ANCHOR, 14),
      assignment(CL, CL_KEY, "([a-z]{24})", CL_ANCHOR, 14),
      re(String.raw`(?:https?://)[${W}\-]+:([0-9a-f]{64})@[${W}\-]+\.cloudant\.com`, true),
      re(String.raw`(?:https?://)[${W}\-]+:([a-z]{24})@[${W}\-]+\.cloudant\.com`, true)
    ],
    // Necessary: a `cl…key` style name, or a cloudant.com URL.
    prefilter: re(String.raw`cl(?:oudant|ou)?[-_]?(?:api)?(?:key|pwd|pw|pass|token)|cloudant\.com`, true)
  },
  {
    name: "DiscordBotTokenDetector",
    type: "Discord Bot Token",
    patterns: [re(String.raw`[MNO][a-zA-Z${D}_\-]{23,25}\.[a-zA-Z${D}_\-]{6}\.[a-zA-Z${D}_\-]{27}`)],
    prefilter: re(String.raw`\.[a-zA-Z${D}_\-]{6}\.`)
  },
  {
    name: "GitHubTokenDetector",
    type: "GitHub Token",
    patterns: [re("(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}")],
    prefilter: re("gh[pousr]_")
  },
  {
    name: "GitLabTokenDetector",
    type: "GitLab Token",
    patterns: [
      re(`(glpat|gldt|glft|glsoat|glrt)-${GL_TAIL}{20,50}${NOT_W}`),
      re(`GR1348941${GL_TAIL}{20,50}${NOT_W}`),
      re(`glcbt-([0-9a-fA-F]{2}_)?${GL_TAIL}{20,50}${NOT_W}`),
      re(`glimt-${GL_TAIL}{25}${NOT_W}`),
      re(`glptt-${GL_TAIL}{40}${NOT_W}`),
      re(`glagent-${GL_TAIL}{50,1024}${NOT_W}`),
      re(`gloas-${GL_TAIL}{64}${NOT_W}`)
    ],
    prefilter: re("gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-|GR1348941")
  },
  {
    name: "IbmCloudIamDetector",
    type: "IBM Cloud IAM Key",
    patterns: [
      assignment(
        IBM_PREFIX,
        "(?:key|pwd|password|pass|token)",
        String.raw`([a-zA-Z0-9_\-]{44}(?![a-zA-Z0-9_\-]))`,
        "key|pwd|pass|token",
        20
      )
    ],
    // Necessary: one of the Python keywords (`password` too, not only its `pass` prefix)
    // followed by an optional quote/bracket and the start of an operator.
    prefilter: re(`(?:key|pwd|password|pass|token)['"]?\\]?[ =:]`, true)
  },
  {
    name: "IbmCosHmacDetector",
    type: "IBM COS HMAC Credentials",
    patterns: [
      assignment(
        "(?:(?:ibm)?[-_]?cos[-_]?(?:hmac)?|)",
        "(?:secret[-_]?(?:access)?[-_]?key)",
        "([a-f0-9]{48}(?![a-f0-9]))",
        "secret",
        15
      )
    ],
    prefilter: re("secret", true)
  },
  {
    name: "IPPublicDetector",
    type: "Public IP (ipv4)",
    patterns: [
      re(
        String.raw`(?<![${W}.])((?!192\.168\.|127\.|10\.|172\.(?:1[6-9]|2[0-9]|3[01]))(?:${OCTET}\.){3}${OCTET}(?::[${D}]{1,5})?)(?![${W}.])`,
        true
      )
    ],
    // Every candidate is digits, dots and a colon, so `is_not_alphanumeric_string` drops all of
    // them: the plugin can never report anything, so it is skipped (its prefilter was the busiest
    // of all: version strings). A baseline without that filter runs it (../scan.ts buildSettings).
    prefilter: false
  },
  {
    name: "MailchimpDetector",
    type: "Mailchimp Access Key",
    patterns: [re("[0-9a-z]{32}-us[0-9]{1,2}")],
    prefilter: re("-us[0-9]")
  },
  {
    name: "NpmDetector",
    type: "NPM tokens",
    patterns: [re(String.raw`//[^\n]+/:_authToken=[${S}]*((npm_[^\n]+)|([A-Fa-f0-9\-]{36}))[^\n]*`)],
    prefilter: re(":_authToken=")
  },
  {
    name: "OpenAIDetector",
    type: "OpenAI Token",
    patterns: [re(String.raw`sk-[A-Za-z0-9\-_]*[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}`)],
    prefilter: re("T3BlbkFJ")
  },
  {
    name: "PrivateKeyDetector",
    type: "Private Key",
    patterns: [
      "BEGIN DSA PRIVATE KEY",
      "BEGIN EC PRIVATE KEY",
      "BEGIN OPENSSH PRIVATE KEY",
      "BEGIN PGP PRIVATE KEY BLOCK",
      "BEGIN PRIVATE KEY",
      "BEGIN RSA PRIVATE KEY",
      "BEGIN SSH2 ENCRYPTED PRIVATE KEY",
      "PuTTY-User-Key-File-2"
    ].map((literal) => re(literal)),
    prefilter: re("BEGIN|PuTTY-User-Key-File-2")
  },
  {
    name: "PypiTokenDetector",
    type: "PyPI Token",
    patterns: [
      re(String.raw`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9\-_]{70,}`),
      re(String.raw`pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9\-_]{70,}`)
    ],
    prefilter: re("pypi-AgE")
  },
  {
    name: "SendGridDetector",
    type: "SendGrid API Key",
    patterns: [re(String.raw`SG\.[a-zA-Z0-9_\-]{22}\.[a-zA-Z0-9_\-]{43}`)],
    prefilter: re(String.raw`SG\.`)
  },
  {
    name: "SlackDetector",
    type: "Slack Token",
    patterns: [
      re(`xox(?:a|b|p|o|s|r)-(?:[${D}]+-)+[a-z0-9]+`, true),
      re(String.raw`https://hooks\.slack\.com/services/T[a-zA-Z0-9_]+/B[a-zA-Z0-9_]+/[a-zA-Z0-9_]+`, true)
    ],
    prefilter: re(String.raw`xox[abposr]-|hooks\.slack\.com`, true)
  },
  {
    name: "SoftlayerDetector",
    type: "SoftLayer Credentials",
    patterns: [
      assignment(
        "(?:softlayer|sl)(?:_|-|)(?:api|)",
        "(?:key|pwd|password|pass|token)",
        "([a-z0-9]{64})",
        "key|pwd|pass|token",
        16
      ),
      re(String.raw`(?:http|https)://api[^\n]softlayer[^\n]com/soap/(?:v3|v3[^\n]1)/([a-z0-9]{64})`, true)
    ],
    prefilter: re(String.raw`sl[-_]?(?:api)?[-_]?(?:key|pwd|pass|token)|softlayer`, true)
  },
  {
    name: "SquareOAuthDetector",
    type: "Square OAuth Secret",
    patterns: [re(String.raw`sq0csp-[0-9A-Za-z\\\-_]{43}`)],
    prefilter: re("sq0csp-")
  },
  {
    name: "StripeDetector",
    type: "Stripe Access Key",
    patterns: [re("(?:r|s)k_live_[0-9a-zA-Z]{24}")],
    prefilter: re("k_live_")
  },
  {
    name: "TelegramBotTokenDetector",
    type: "Telegram Bot Token",
    patterns: [re(String.raw`[${D}]{8,10}:[0-9A-Za-z_\-]{35}`)],
    prefilter: re(String.raw`[${D}]:[0-9A-Za-z_\-]{35}`)
  },
  {
    name: "TwilioKeyDetector",
    type: "Twilio API Key",
    patterns: [re("AC[a-z0-9]{32}"), re("SK[a-z0-9]{32}")],
    prefilter: re("(?:AC|SK)[a-z0-9]{32}")
  }
];

// src/secrets/plugins/index.ts
function regexPlugin(spec, accept = () => true) {
  return {
    name: spec.name,
    type: spec.type,
    regexBased: true,
    prefilter: spec.prefilter,
    analyze(line, _fileType) {
      const out = [];
      for (const re2 of spec.patterns) for (const c of findall(re2, line)) if (accept(c.value)) out.push(c);
      return out;
    },
    settings: () => []
  };
}
var JWT_SPEC = {
  name: "JwtTokenDetector",
  type: "JSON Web Token",
  patterns: [/eyJ[A-Za-z0-9_=-]+\.[A-Za-z0-9_=-]+\.?[A-Za-z0-9_.+/=-]*?/gu],
  prefilter: /eyJ/g
};
var DEFAULT_PLUGIN_NAMES = [
  "ArtifactoryDetector",
  "AWSKeyDetector",
  "AzureStorageKeyDetector",
  "Base64HighEntropyString",
  "BasicAuthDetector",
  "CloudantDetector",
  "DiscordBotTokenDetector",
  "GitHubTokenDetector",
  "GitLabTokenDetector",
  "HexHighEntropyString",
  "IbmCloudIamDetector",
  "IbmCosHmacDetector",
  "IPPublicDetector",
  "JwtTokenDetector",
  "KeywordDetector",
  "MailchimpDetector",
  "NpmDetector",
  "OpenAIDetector",
  "PrivateKeyDetector",
  "PypiTokenDetector",
  "SendGridDetector",
  "SlackDetector",
  "SoftlayerDetector",
  "SquareOAuthDetector",
  "StripeDetector",
  "TelegramBotTokenDetector",
  "TwilioKeyDetector"
];
function createPlugin(config) {
  switch (config.name) {
    case "Base64HighEntropyString":
      return base64HighEntropyString(config.limit ?? 4.5);
    case "HexHighEntropyString":
      return hexHighEntropyString(config.limit ?? 3);
    case "KeywordDetector":
      return keywordDetector(config.keyword_exclude ?? "");
    case "JwtTokenDetector":
      return regexPlugin(JWT_SPEC, isFormallyValidJwt);
    default: {
      const spec = REGEX_PLUGINS.find((p) => p.name === config.name);
      return spec ? regexPlugin(spec) : void 0;
    }
  }
}
function snakeCase(className) {
  return className.replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

export {
  pyRstrip,
  pyStrip,
  splitExt,
  basename,
  shannonEntropy,
  hexEntropy,
  REGEX_PLUGINS,
  DEFAULT_PLUGIN_NAMES,
  createPlugin,
  snakeCase
};
