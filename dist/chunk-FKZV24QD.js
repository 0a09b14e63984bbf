import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  DEFAULT_SECRETS_BASELINE,
  DEPLOY_RULES,
  IncludeResolver,
  MAX_EXPANSION_CHARS,
  NODE_ENTRY,
  RULES,
  Redactor,
  SourceFile,
  UNSEEN_SECRET,
  ValidatorSet,
  argsFromList,
  argsFromString,
  argsFromYaml,
  arr,
  asObject,
  at,
  bundledReleases,
  child,
  classify,
  committedEnv,
  compareReleases,
  defineOwn,
  deployTimeFlagCredentials,
  describe,
  diffBaseline,
  duplicateKeyFindings,
  findRule,
  forEachScalar,
  formatPath,
  fromJsonPointer,
  gatewayFlags,
  getOwn,
  imageKind,
  installsOpenclaw,
  interpolate,
  invalidUtf8Finding,
  isFalse,
  isRec,
  isTrue,
  items,
  judgedCredentialNames,
  keyLoc,
  keyOrNodeLoc,
  knownRulePredicate,
  loadConfig,
  locateOffset,
  locatePath,
  locateRange,
  mapToRelease,
  member,
  nodeLoc,
  parseErrorFinding,
  parseFindingsBaseline,
  parseJson5,
  parseVersion,
  parseYaml,
  planAutofix,
  posixUnder,
  readBaseline,
  readSourceFile,
  rec,
  resolveRun,
  scalarText,
  schemaRoot,
  setOp,
  shellWords,
  stripBom,
  suggestionFor,
  toPlain,
  totalOrder,
  unseenCredentialSources,
  walk,
  walk2,
  withImageEntrypoint,
  withManifestFix
} from "./chunk-4PZBY4PV.js";
import {
  allowedRoots,
  compareFindings,
  dedupeFindings,
  existsInside,
  inWorkspace,
  isInside,
  listDirConfinedOrThrow,
  makeFinding,
  readConfinedBytes,
  readConfinedText,
  readConfinedTextOrThrow,
  realOrSelf,
  withWorkspace,
  workspaceRootOr,
  writeConfined
} from "./chunk-YCW4PPVA.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";
import {
  quoteForMessage
} from "./chunk-QUQWNW22.js";
import {
  ajvLinearRegExp,
  compileLinear,
  require_dist
} from "./chunk-QRA3B4H6.js";
import {
  parseBaseline
} from "./chunk-6OAPYT3T.js";
import {
  __commonJS,
  __toESM
} from "./chunk-M7CPPUSY.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports.isRegexChar = (str3) => str3.length === 1 && exports.hasRegexChars(str3);
    exports.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path30, { windows } = {}) => {
      const segs = path30.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr2 = tokens.slice();
            const range2 = [];
            for (let i = arr2.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr2[i].type === "brace") {
                break;
              }
              if (arr2[i].type !== "dots") {
                range2.unshift(arr2[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str3, patterns, options) => picomatch3(patterns, options)(str3);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/github/diff.ts
import { execFile } from "node:child_process";
function parsePatch(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  let inHunk = false;
  for (const raw of patch.split("\n")) {
    const line2 = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line2);
    if (h) {
      next = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line2.startsWith("+")) lines.add(next++);
    else if (line2.startsWith(" ") || line2 === "") next++;
  }
  return lines;
}
var API_FILE_CAP = 3e3;
var PAGE_SIZE = 100;
async function changedFromApi(client, repo, pr, expected) {
  const maxPages = API_FILE_CAP / PAGE_SIZE;
  const files = await client.paginate(`/repos/${repo}/pulls/${pr}/files`, maxPages);
  const changed = /* @__PURE__ */ new Map();
  const removed = [];
  for (const f of files) {
    if (!f || typeof f.filename !== "string") continue;
    if (typeof f.previous_filename === "string" && f.previous_filename !== f.filename)
      removed.push(f.previous_filename);
    if (f.status === "removed") {
      removed.push(f.filename);
      continue;
    }
    changed.set(f.filename, typeof f.patch === "string" && f.patch ? parsePatch(f.patch) : "all");
  }
  const truncated = files.length >= API_FILE_CAP || typeof expected === "number" && Number.isFinite(expected) && files.length < expected;
  return { changed, removed, truncated };
}
function git(cwd, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (err, stdout) => err ? reject(err) : resolve(stdout)
    );
  });
}
function parseGitDiff(text, removed = []) {
  const out = /* @__PURE__ */ new Map();
  let file;
  let old;
  let buf = [];
  const flush = () => {
    if (file !== void 0) out.set(file, parsePatch(buf.join("\n")));
    buf = [];
  };
  for (const line2 of text.split("\n")) {
    if (line2.startsWith("diff --git ")) {
      flush();
      file = void 0;
      continue;
    }
    if (line2.startsWith("+++ ")) {
      const name = line2.slice(4);
      file = name === "/dev/null" ? void 0 : unquote(name).replace(/^b\//, "");
      if (file === void 0 && old !== void 0) removed.push(old);
      old = void 0;
      continue;
    }
    if (line2.startsWith("--- ")) {
      const name = line2.slice(4);
      old = name === "/dev/null" ? void 0 : unquote(name).replace(/^a\//, "");
      continue;
    }
    buf.push(line2);
  }
  flush();
  return out;
}
function unquote(name) {
  if (!name.startsWith('"')) return name.replace(/\t$/, "");
  const body = name.slice(1, name.lastIndexOf('"'));
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const n = body[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 }[n] ?? n.charCodeAt(0)
      );
  }
  return Buffer.from(bytes).toString("utf8");
}
async function changedFromGit(cwd, base, head, timeoutMs = 1e4) {
  if (!/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head))
    throw new Error("base/head are not commit ids");
  const text = await git(cwd, [...DIFF, `${base}...${head}`, "--"], timeoutMs);
  const removed = [];
  const changed = parseGitDiff(text, removed);
  return { changed, removed, truncated: false };
}
var DIFF = [
  "-c",
  "core.quotePath=true",
  "diff",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--unified=0",
  "--no-renames"
];
async function changedSinceCommit(cwd, base, timeoutMs = 1e4) {
  if (!/^[0-9a-f]{7,64}$/i.test(base)) throw new Error("base is not a commit id");
  const text = await git(cwd, [...DIFF, "--relative", base, "--"], timeoutMs);
  const removed = [];
  const changed = parseGitDiff(text, removed);
  const untracked = await git(cwd, ["ls-files", "-z", "--others", "--exclude-standard", "--", "."], timeoutMs);
  for (const f of untracked.split("\0")) if (f) changed.set(f, "all");
  return { changed, removed, truncated: false };
}

// src/policy/trusted.ts
import { execFileSync } from "node:child_process";
import path2 from "node:path";

// src/policy/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import fs from "node:fs";
import path from "node:path";
var GLOB_CHARS = /[*?[\]{}()!]/;
function unsafePattern(pattern) {
  if (path.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) return "absolute paths are not allowed";
  if (pattern.split(/[\\/]/).includes("..")) return '".." is not allowed';
  if (pattern.includes("\0")) return "NUL bytes are not allowed";
  return void 0;
}
function expandGlob(root, pattern, maxEntries = 1e5) {
  if (unsafePattern(pattern)) return [];
  const segments = pattern.split("/");
  const staticParts = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    staticParts.push(s);
  }
  if (staticParts.length === segments.length) {
    const abs = path.join(root, pattern);
    try {
      return fs.lstatSync(abs).isFile() && existsInside(abs) ? [pattern] : [];
    } catch {
      return [];
    }
  }
  const match = compileGlob(pattern);
  const prefix = staticParts.join("/");
  const walked = walk(path.join(root, prefix), {
    roots: realOrSelf(root),
    maxEntries,
    want: (e) => e.dirent.isFile() && match.test(prefix ? `${prefix}/${e.rel}` : e.rel)
  });
  return walked.entries.map((e) => prefix ? `${prefix}/${e.rel}` : e.rel).sort();
}
function matchesAny(file, globs) {
  if (!globs?.length) return false;
  return globs.some((g) => compileGlob(g).test(file));
}
var GUARDS = ["(?!(?:^|\\/)\\.{1,2}(?:\\/|$))", "(?!\\.{1,2}(?:\\/|$))", "(?=.)"];
var compiled = /* @__PURE__ */ new Map();
var NOTHING = { test: () => false };
function compileGlob(glob) {
  let m = compiled.get(glob);
  if (m) return m;
  const negated = glob.startsWith("!") && !glob.startsWith("!(");
  const body = negated ? glob.slice(1) : glob;
  let source;
  try {
    source = import_picomatch.default.makeRe(body, { dot: true }).source;
  } catch {
    source = "";
  }
  for (const g of GUARDS) source = source.split(g).join("");
  const r = source ? compileLinear(source, "js") : void 0;
  if (r?.ok) m = { test: negated ? (f) => !r.re.test(f) : (f) => r.re.test(f) };
  else
    m = { ...NOTHING, refused: r && !r.ok ? `it cannot run on the linear-time engine (${r.reason})` : "invalid glob" };
  if (compiled.size > 1e4) compiled.clear();
  compiled.set(glob, m);
  return m;
}

// src/policy/trusted.ts
var MAX_POLICY_BYTES = 5 * 1024 * 1024;
var MAX_TREE_PATHS = 2e5;
var SKIP_SEGMENTS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function globListed(paths, pattern) {
  if (!paths) return void 0;
  if (unsafePattern(pattern)) return [];
  const m = compileGlob(pattern);
  return paths.filter((p) => !p.split("/").some((s) => SKIP_SEGMENTS.has(s)) && m.test(p)).sort();
}
var SHA = /^[0-9a-f]{7,64}$/i;
function safeRel(rel) {
  return !!rel && !rel.startsWith("/") && !rel.split("/").includes("..") && !/[\0\n\r]/.test(rel);
}
function gitOut(cwd, args, maxBuffer = 64 * 1024) {
  return execFileSync("git", ["--no-pager", ...args], {
    cwd,
    encoding: "utf8",
    timeout: 1e4,
    maxBuffer,
    stdio: ["ignore", "pipe", "ignore"]
  });
}
function gitTrustedSide(cwd, sha) {
  if (!SHA.test(sha)) return void 0;
  try {
    gitOut(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
  } catch {
    return void 0;
  }
  let tree = null;
  return {
    label: `base commit ${sha.slice(0, 7)}`,
    commit: sha,
    read: async (rel) => {
      if (!safeRel(rel)) return void 0;
      const spec = `${sha}:./${rel.replace(/^\.\//, "")}`;
      try {
        if (gitOut(cwd, ["cat-file", "-t", spec]).trim() !== "blob") return void 0;
        const size = Number(gitOut(cwd, ["cat-file", "-s", spec]).trim());
        if (!(size <= MAX_POLICY_BYTES)) return void 0;
        return gitOut(cwd, ["cat-file", "blob", spec], MAX_POLICY_BYTES + 1024);
      } catch {
        return void 0;
      }
    },
    glob: async (pattern) => {
      if (tree === null) {
        try {
          const out = gitOut(cwd, ["ls-tree", "-r", "-z", "--name-only", sha], 64 * 1024 * 1024);
          tree = out.split("\0").filter(Boolean);
          if (tree.length > MAX_TREE_PATHS) tree = void 0;
        } catch {
          tree = void 0;
        }
      }
      return globListed(tree, pattern);
    }
  };
}
function resolveGitRef(cwd, ref) {
  if (!ref || ref.startsWith("-") || /[\0\n\r]/.test(ref)) return void 0;
  try {
    const sha = gitOut(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
    return SHA.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
function dirTrustedSide(dir) {
  const root = realOrSelf(dir);
  return {
    label: `base directory ${dir}`,
    read: async (rel) => {
      if (!safeRel(rel)) return void 0;
      const read = readConfinedText(path2.join(root, rel), MAX_POLICY_BYTES, root);
      return read.ok ? read.text : void 0;
    },
    glob: async (pattern) => expandGlob(root, pattern)
  };
}
function baseTrustedSide(cwd, base, isDir) {
  if (isDir) return dirTrustedSide(path2.resolve(cwd, base));
  const sha = resolveGitRef(cwd, base);
  const side = sha ? gitTrustedSide(cwd, sha) : void 0;
  if (!side)
    throw new UsageError(`--base ${JSON.stringify(base)} is neither a directory nor a commit of this repository`);
  return { ...side, label: `base ${base} (${sha.slice(0, 7)})` };
}
function apiTrustedSide(client, repo, sha) {
  if (!SHA.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return void 0;
  let tree;
  return {
    label: `base commit ${sha.slice(0, 7)} (through the API)`,
    glob: async (pattern) => {
      tree ??= client.request(
        "GET",
        `/repos/${repo}/git/trees/${sha}?recursive=1`
      ).then(
        (r) => (
          // A truncated listing would drop policy files silently: it is no listing.
          !r || r.truncated || !Array.isArray(r.tree) || r.tree.length > MAX_TREE_PATHS ? void 0 : r.tree.filter((e) => e.type === "blob" && typeof e.path === "string").map((e) => e.path)
        )
      ).catch(() => void 0);
      return globListed(await tree, pattern);
    },
    read: async (rel) => {
      if (!safeRel(rel)) return void 0;
      const p = rel.replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
      try {
        const r = await client.request(
          "GET",
          `/repos/${repo}/contents/${p}?ref=${sha}`
        );
        if (!r || r.type !== "file" || r.encoding !== "base64" || typeof r.content !== "string") return void 0;
        if (typeof r.size === "number" && r.size > MAX_POLICY_BYTES) return void 0;
        return Buffer.from(r.content, "base64").toString("utf8");
      } catch (e) {
        if (e.kind === "not-found") return void 0;
        throw e;
      }
    }
  };
}

// src/policy/load-config.ts
import fs5 from "node:fs";
import path7 from "node:path";

// src/discovery.ts
import fs2 from "node:fs";
import path3 from "node:path";
var CONFIG_NAME = /^(?:openclaw\.json5?|[\s\S]+\.openclaw\.json5?)$/;
function isOpenclawConfigName(rel) {
  return CONFIG_NAME.test(path3.posix.basename(rel));
}
function toRel(cwd, abs) {
  const rel = path3.relative(cwd, abs).split(path3.sep).join("/");
  return rel === "" ? "." : rel;
}
function discover(paths, opts) {
  const { cwd } = opts;
  const globs = opts.configGlobs ?? [];
  const extra = globs.length ? (rel) => matchesAny(rel, globs) : void 0;
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  const maxFiles = opts.maxFiles ?? 2e5;
  const ws = workspaceRootOr(cwd);
  let visited = 0;
  for (const p of paths.length ? paths : ["."]) {
    const abs = path3.resolve(cwd, p);
    let st;
    try {
      st = fs2.statSync(abs);
    } catch {
      problems.push({ rel: toRel(cwd, abs), message: `path not found: ${p}`, missing: true });
      continue;
    }
    if (st.isFile()) {
      files.set(abs, { abs, rel: toRel(cwd, abs), rootRel: path3.basename(abs), explicit: true });
      continue;
    }
    const root = fs2.realpathSync(abs);
    if (!ws.some((r) => isInside(r, root))) {
      problems.push({
        rel: toRel(cwd, abs),
        message: "directory leaves the workspace (a symlink or absolute path); not read"
      });
      continue;
    }
    const walked = walk(abs, {
      roots: ws,
      gitignore: true,
      followStartLink: true,
      maxEntries: maxFiles - visited,
      want: (e) => {
        const rel = toRel(cwd, e.abs);
        return isOpenclawConfigName(rel) || (extra ? extra(e.rel) || !rel.startsWith("../") && extra(rel) : false);
      }
    });
    visited += walked.seen;
    if (!walked.listed) problems.push({ rel: toRel(cwd, abs), message: "directory cannot be read" });
    for (const dir of walked.unreadable) problems.push({ rel: toRel(cwd, dir), message: "directory cannot be read" });
    for (const { abs: full, rel: rootRel, dirent } of walked.entries) {
      const rel = toRel(cwd, full);
      if (dirent.isSymbolicLink()) {
        let real;
        try {
          real = fs2.realpathSync(full);
        } catch {
          problems.push({ rel, message: "symlink target does not exist" });
          continue;
        }
        const inside2 = path3.relative(root, real);
        if (inside2.startsWith("..") || path3.isAbsolute(inside2)) {
          problems.push({ rel, message: "symlink points outside the scanned directory; not read" });
          continue;
        }
        if (!fs2.statSync(real).isFile()) continue;
      } else if (!dirent.isFile()) continue;
      if (!files.has(full)) files.set(full, { abs: full, rel, rootRel, explicit: false });
    }
    if (walked.stoppedIn !== void 0)
      problems.push({ rel: toRel(cwd, walked.stoppedIn), message: `stopped after ${maxFiles} entries` });
  }
  return { files: [...files.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0), problems };
}

// src/schema/own-schemas.ts
import path5 from "node:path";
import { pathToFileURL } from "node:url";

// src/schema/errors.ts
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum"]);
function collapseUnions(errors) {
  const containsPaths = errors.filter((e) => e.keyword === "contains").map((e) => e.schemaPath + "/");
  let list3 = errors.filter((e) => !containsPaths.some((p) => e.schemaPath.startsWith(p)));
  const unions = list3.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    if (!list3.includes(union)) continue;
    const prefix = union.schemaPath + "/";
    const branches = /* @__PURE__ */ new Map();
    for (const e of list3) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(union.instancePath)) continue;
      const idx = e.schemaPath.slice(prefix.length).split("/")[0];
      const arr2 = branches.get(idx) ?? [];
      arr2.push(e);
      branches.set(idx, arr2);
    }
    const branchErrors = new Set([...branches.values()].flat());
    list3 = list3.filter((e) => e !== union && !branchErrors.has(e));
    if (union.keyword === "oneOf" && branches.size === 0) {
      list3.push({ ...union, message: "must match exactly one of the allowed shapes (it matches more than one)" });
      continue;
    }
    const depth = union.instancePath.length;
    const shapeMismatch = (errs) => errs.some((e) => SHAPE_KEYWORDS.has(e.keyword) && e.instancePath.length === depth);
    const discriminatorMisses = (errs) => errs.filter(
      (e) => e.keyword === "const" && e.instancePath.length > depth && e.instancePath.split("/").length === union.instancePath.split("/").length + 1
    ).length;
    const plausible = [...branches.values()].filter((errs) => !shapeMismatch(errs));
    if (plausible.length) {
      plausible.sort((a, b) => discriminatorMisses(a) - discriminatorMisses(b) || a.length - b.length);
      list3.push(...plausible[0]);
      continue;
    }
    list3.push({
      ...union,
      keyword: union.keyword,
      message: describeAlternatives([...branches.values()].flat(), depth),
      params: {}
    });
  }
  return list3;
}
function describeAlternatives(errs, depth) {
  const values = [];
  const types = /* @__PURE__ */ new Set();
  for (const e of errs) {
    if (e.instancePath.length !== depth) continue;
    if (e.keyword === "const") values.push(e.params.allowedValue);
    else if (e.keyword === "enum") values.push(...e.params.allowedValues ?? []);
    else if (e.keyword === "type") for (const t of String(e.params.type).split(",")) types.add(t);
  }
  if (values.length && values.every((v) => typeof v === "string")) types.delete("string");
  const parts = [];
  if (values.length) parts.push(`one of ${[...new Set(values.map((v) => JSON.stringify(v)))].join(", ")}`);
  if (types.size) parts.push(`of type ${[...types].join(" or ")}`);
  return parts.length ? `must be ${parts.join(", or ")}` : "does not match any allowed shape";
}
var SUBSUMED_BY_TYPE = /* @__PURE__ */ new Set([
  "enum",
  "const",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum"
]);
function toIssues(errors) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const collapsed = collapseUnions(errors);
  const typeErrorAt = new Set(collapsed.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const e of collapsed) {
    if (SUBSUMED_BY_TYPE.has(e.keyword) && typeErrorAt.has(e.instancePath)) continue;
    if ("propertyName" in e) continue;
    const issue = toIssue(e);
    const key = `${issue.keyword}\0${issue.path.join("\0")}\0${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
function toIssue(e) {
  const path30 = fromJsonPointer(e.instancePath);
  const base = { keyword: e.keyword, params: e.params };
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      return {
        ...base,
        path: [...path30, key],
        at: "key",
        message: `Unknown key ${JSON.stringify(key)}`,
        knownKeys: e.knownKeys
      };
    }
    case "required": {
      const key = String(e.params.missingProperty);
      return { ...base, path: path30, at: "key", message: `Missing required key ${JSON.stringify(key)}` };
    }
    case "type":
      return { ...base, path: path30, at: "value", message: `must be of type ${String(e.params.type).replace(/,/g, " or ")}` };
    case "enum":
      return {
        ...base,
        path: path30,
        at: "value",
        message: `must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "const":
      return { ...base, path: path30, at: "value", message: `must be ${JSON.stringify(e.params.allowedValue)}` };
    case "propertyNames": {
      const key = String(e.params.propertyName);
      return {
        ...base,
        path: [...path30, key],
        at: "key",
        message: `Key ${JSON.stringify(key)} is not an allowed name here`
      };
    }
    case "contains":
      return { ...base, path: path30, at: "value", message: "does not contain a required entry" };
    case "not":
      return { ...base, path: path30, at: "value", message: "has a value that is not allowed here" };
    default:
      return { ...base, path: path30, at: "value", message: e.message ?? `fails the ${e.keyword} constraint` };
  }
}

// src/schema/legacy-keys.ts
var LEGACY_KEYS = [
  { pattern: ["gateway", "nodes", "allowCommands"], replacement: "gateway.nodes.commands.allow" },
  { pattern: ["gateway", "nodes", "denyCommands"], replacement: "gateway.nodes.commands.deny" },
  {
    pattern: ["browser", "ssrfPolicy", "allowPrivateNetwork"],
    replacement: "browser.ssrfPolicy.dangerouslyAllowPrivateNetwork"
  },
  {
    pattern: ["agents", "list"],
    replacement: "agents.entries",
    note: "a map keyed by agent id",
    stillAccepted: true
  },
  {
    pattern: ["channels", "*", "dm"],
    replacement: "channels.{0}.dmPolicy",
    note: "dm.policy \u2192 dmPolicy, dm.allowFrom \u2192 allowFrom"
  },
  {
    pattern: ["channels", "*", "accounts", "*", "dm"],
    replacement: "channels.{0}.accounts.{1}.dmPolicy",
    note: "dm.policy \u2192 dmPolicy, dm.allowFrom \u2192 allowFrom"
  },
  { pattern: ["channels", "telegram", "requireMention"], replacement: 'channels.telegram.groups."*".requireMention' },
  { pattern: ["agent"], replacement: "agents.defaults", note: "the single-agent `agent` block became agents.defaults" },
  {
    pattern: ["routing"],
    replacement: "channels.whatsapp.allowFrom",
    note: "routing.allowFrom moved to channels.whatsapp.allowFrom"
  }
];
var RENAMED_KEYS = [
  { pattern: ["agents", "defaults", "memorySearch"], replacement: "memory.search" },
  { pattern: ["agents", "list", "*", "memorySearch"], replacement: "memory.search" },
  { pattern: ["messages", "tts"], replacement: "tts" },
  // The flat streaming keys became the `streaming` object (openclaw doctor's streaming alias migration).
  ...streamingAliases(["channels", "*"], "channels.{0}"),
  ...streamingAliases(["channels", "*", "accounts", "*"], "channels.{0}.accounts.{1}")
];
function streamingAliases(at3, prefix) {
  const generic = Object.entries({
    streamMode: "streaming.mode",
    chunkMode: "streaming.chunkMode",
    blockStreaming: "streaming.block.enabled",
    blockStreamingCoalesce: "streaming.block.coalesce"
  }).map(([from, to]) => ({ pattern: [...at3, from], replacement: `${prefix}.${to}` }));
  const only = (channel, from, to) => ({
    pattern: [at3[0], channel, ...at3.slice(2), from],
    replacement: `${prefix.replace("{0}", channel)}.${to}`.replace(/\{(\d)\}/g, (_, n) => `{${Number(n) - 1}}`)
  });
  return [
    ...generic,
    only("telegram", "draftChunk", "streaming.preview.chunk"),
    only("slack", "nativeStreaming", "streaming.nativeTransport")
  ];
}
function replacementFor(path30) {
  return findLegacyKey(path30)?.replacement ?? findLegacyKey(path30, RENAMED_KEYS)?.replacement;
}
function findLegacyKey(path30, table = LEGACY_KEYS) {
  for (const key of table) {
    if (key.pattern.length !== path30.length) continue;
    const captures = [];
    if (key.pattern.every((seg, i) => seg === "*" ? (captures.push(path30[i]), true) : seg === path30[i])) {
      return { key, replacement: key.replacement.replace(/\{(\d)\}/g, (_, n) => captures[Number(n)] ?? "*") };
    }
  }
  return void 0;
}
function editDistance(a, b, max = 3) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
function suggestKey(key, known, existing = /* @__PURE__ */ new Set()) {
  known = known?.filter((k) => !existing.has(k));
  if (!known?.length) return void 0;
  const lower = key.toLowerCase();
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  let best;
  let bestD = limit + 1;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), limit);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

// src/schema/drift.ts
import fs3 from "node:fs";
import path4 from "node:path";
var KeyIndex = class _KeyIndex {
  constructor(releases, root) {
    this.releases = releases;
    this.root = root;
  }
  releases;
  root;
  static cache = /* @__PURE__ */ new Map();
  static load(root = schemaRoot()) {
    let idx = _KeyIndex.cache.get(root);
    if (!idx) {
      const raw = JSON.parse(fs3.readFileSync(path4.join(root, "keys.json"), "utf8"));
      _KeyIndex.cache.set(root, idx = new _KeyIndex(raw.releases, raw.index));
    }
    return idx;
  }
  /**
   * The releases that define the key at `path` (a config path: array indexes as numbers or
   * digit strings), as a bit mask; undefined when no release differs on this path.
   */
  mask(path30) {
    let children = this.root;
    let mask = (1 << this.releases.length) - 1;
    for (const seg of path30) {
      if (!children) return mask === (1 << this.releases.length) - 1 ? void 0 : 0;
      const isIndex = typeof seg === "number" || /^\d+$/.test(seg);
      const node = isIndex ? children["[]"] : (Object.hasOwn(children, seg) ? children[seg] : void 0) ?? children["*"];
      if (!node) return 0;
      mask &= node[0];
      children = node[1];
    }
    return mask;
  }
  has(mask, version) {
    const i = this.releases.indexOf(version);
    return i >= 0 && (mask & 1 << i) !== 0;
  }
};
function line(version) {
  return version.split(".").slice(0, 2).join(".");
}
function drift(index, mask, target, replacement) {
  const t = index.releases.indexOf(target);
  if (!mask || t < 0) return void 0;
  const bits = index.releases.map((_, i) => (mask & 1 << i) !== 0);
  const lastBefore = bits.slice(0, t).lastIndexOf(true);
  const firstAfter = bits.findIndex((b, i) => b && i > t);
  if (lastBefore >= 0 && (firstAfter < 0 || t - lastBefore <= firstAfter - t)) {
    const removedIn = index.releases[lastBefore + 1];
    const upTo = index.releases[lastBefore];
    return {
      kind: "removed",
      removedIn,
      text: replacement ? `was replaced by ${replacement} in ${line(removedIn)} (valid up to ${upTo})` : `was removed in ${line(removedIn)} (valid up to ${upTo})`
    };
  }
  if (firstAfter >= 0)
    return {
      kind: "added",
      text: `needs OpenClaw \u2265 ${line(index.releases[firstAfter])} (first in ${index.releases[firstAfter]})`
    };
  return void 0;
}

// src/schema/schema-findings.ts
var EMPTY_KEYS = /* @__PURE__ */ new Map();
var REFUSES = "OpenClaw refuses to start with an invalid config";
function typedPath(tree, path30) {
  const out = [];
  let node = tree;
  for (const seg of path30) {
    if (node?.kind === "array" && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      node = node.items[Number(seg)];
    } else {
      out.push(seg);
      node = node?.kind === "object" ? node.members.get(seg)?.value : void 0;
    }
  }
  return out;
}
function driftFinding(d, dotted, loc, version, requested, replacement) {
  const lineOf2 = (v) => v.split(".").slice(0, 2).join(".");
  if (d.kind === "removed" && d.removedIn && requested && lineOf2(d.removedIn) === lineOf2(version) && requested !== version) {
    return makeFinding(
      "schema.additionalProperties",
      "warn",
      `${dotted} ${d.text}; ${version}, the bundled ${lineOf2(version)} release, rejects it, but ${requested} may still accept it (check with \`openclaw config validate\`)`,
      loc,
      dotted,
      replacement ? `Move ${dotted} to ${replacement}` : `Remove ${dotted}`
    );
  }
  return makeFinding(
    "schema.additionalProperties",
    "critical",
    `${dotted} ${d.text}; it is not valid for OpenClaw ${version}, which refuses to start with an invalid config`,
    loc,
    dotted,
    d.kind === "added" ? `Upgrade OpenClaw, or remove ${dotted} (or pin the version clawlint validates against with openclawVersion)` : replacement ? `Move ${dotted} to ${replacement}` : `Remove ${dotted}`
  );
}
function legacyKeyFinding(legacy, dotted, loc, version) {
  const note = legacy.key.note ? ` (${legacy.key.note})` : "";
  if (legacy.key.stillAccepted) {
    return makeFinding(
      "schema.legacy_key",
      "warn",
      `${dotted} is a legacy key: OpenClaw ${version} still accepts it, but the current form is ${legacy.replacement}${note}; \`openclaw doctor\` rewrites it`,
      loc,
      dotted,
      `Move ${dotted} to ${legacy.replacement}`
    );
  }
  return makeFinding(
    "schema.additionalProperties",
    "critical",
    `${dotted} was retired; use ${legacy.replacement}${note}. ${REFUSES}`,
    loc,
    dotted,
    `Move ${dotted} to ${legacy.replacement}`
  );
}
function unknownKeyFinding(raw, issue, tree, version, loc, driftCtx) {
  const dotted = formatPath(issue.path);
  const parent = formatPath(issue.path.slice(0, -1)) || "the top level";
  const key = String(issue.path[issue.path.length - 1]);
  const legacy = findLegacyKey(raw.path);
  const legacyValue = walk2(tree, issue.path).node;
  if (legacy?.key.stillAccepted && legacyValue.kind !== "array") {
    return makeFinding(
      "schema.additionalProperties",
      "critical",
      `${dotted} must be a list of agents to be accepted as the legacy form of ${legacy.replacement}. ${REFUSES}`,
      loc,
      dotted,
      `Move ${dotted} to ${legacy.replacement}`
    );
  }
  const mask = driftCtx?.index.mask(raw.path);
  const d = mask && !legacy?.key.stillAccepted ? drift(driftCtx.index, mask, version, replacementFor(raw.path)) : void 0;
  if (d) return driftFinding(d, dotted, loc, version, driftCtx?.requested, replacementFor(raw.path));
  if (legacy) return legacyKeyFinding(legacy, dotted, loc, version);
  const parentNode = walk2(tree, issue.path.slice(0, -1)).node;
  const existing = parentNode.kind === "object" ? parentNode.members : EMPTY_KEYS;
  const suggestion = suggestKey(key, issue.knownKeys, existing);
  const hint = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : "";
  return makeFinding(
    "schema.additionalProperties",
    "critical",
    `Unknown key ${JSON.stringify(key)} in ${parent}${hint}. ${REFUSES}`,
    loc,
    dotted,
    suggestion ? `Rename ${JSON.stringify(key)} to ${JSON.stringify(suggestion)}` : `Remove ${dotted}`
  );
}
function schemaIssueToFinding(raw, tree, version, driftCtx) {
  const issue = { ...raw, path: typedPath(tree, raw.path) };
  const dotted = formatPath(issue.path);
  const loc = locatePath(tree, issue.path, issue.at);
  if (issue.keyword === "additionalProperties") return unknownKeyFinding(raw, issue, tree, version, loc, driftCtx);
  if (issue.keyword === "required") {
    const where = dotted || "the config";
    return makeFinding("schema.required", "critical", `${where}: ${issue.message}. ${REFUSES}`, loc, dotted);
  }
  const subject = dotted || "the config";
  let hint = "";
  const node = walk2(tree, issue.path).node;
  if (issue.keyword === "type" && node.kind === "object" && node.members.has("source") && String(issue.params.type).includes("string")) {
    hint = " (SecretRef objects are not supported at this key; use a ${VAR} template)";
  }
  return makeFinding(
    `schema.${issue.keyword}`,
    "critical",
    `${subject} ${issue.message}${hint}. ${REFUSES}`,
    loc,
    dotted
  );
}
function upgradeNoteFinding(raw, tree, target, newest, driftCtx) {
  const issue = { ...raw, path: typedPath(tree, raw.path) };
  const dotted = formatPath(issue.path) || "the config";
  const loc = locatePath(tree, issue.path, issue.at);
  const head = `${dotted} is valid for OpenClaw ${target} but not for ${newest}`;
  if (issue.keyword === "additionalProperties") {
    const replacement = replacementFor(raw.path);
    if (findLegacyKey(raw.path)?.key.stillAccepted) {
      return makeFinding(
        "schema.upgrade_note",
        "info",
        `${dotted} is valid for OpenClaw ${target}; ${newest} still accepts it only as the legacy form of ${replacement} (\`openclaw doctor\` rewrites it)`,
        loc,
        formatPath(issue.path),
        `Before upgrading, move ${dotted} to ${replacement}`
      );
    }
    const mask = driftCtx?.index.mask(raw.path);
    const d = mask ? drift(driftCtx.index, mask, newest, replacement) : void 0;
    const why = d ? `: it ${d.text}` : replacement ? `: use ${replacement}` : ": the key is not in its schema";
    return makeFinding(
      "schema.upgrade_note",
      "info",
      `${head}${why}`,
      loc,
      formatPath(issue.path),
      replacement ? `Before upgrading, move ${dotted} to ${replacement}` : `Before upgrading, remove ${dotted}`
    );
  }
  return makeFinding("schema.upgrade_note", "info", `${head}: ${dotted} ${issue.message}`, loc, formatPath(issue.path));
}

// src/schema/own-schemas.ts
var cache = /* @__PURE__ */ new Map();
function load(name) {
  let p = cache.get(name);
  if (!p) {
    p = import(pathToFileURL(path5.join(schemaRoot(), `${name}.js`)).href);
    cache.set(name, p);
  }
  return p;
}
async function validateOwnSchema(name, tree, ruleId, what) {
  const mod = await load(name);
  if (mod.validate(toPlain(tree))) return [];
  const errors = (mod.validate.errors ?? []).map((e) => {
    const err = { ...e };
    if (e.keyword === "additionalProperties")
      err.knownKeys = mod.keys[e.schemaPath.replace(/\/additionalProperties$/, "")];
    return err;
  });
  return toIssues(errors).map((raw) => {
    const issue = { ...raw, path: typedPath(tree, raw.path) };
    const dotted = formatPath(issue.path);
    let message;
    if (issue.keyword === "additionalProperties") {
      const key = String(issue.path[issue.path.length - 1]);
      const s = suggestKey(key, issue.knownKeys);
      message = `${what}: unknown key ${JSON.stringify(key)}${s ? ` (did you mean ${JSON.stringify(s)}?)` : ""}`;
    } else {
      const text = issue.keyword === "required" ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : issue.message;
      message = `${what}: ${dotted || "the document"}${issue.keyword === "required" ? ":" : ""} ${text}`;
    }
    return makeFinding(ruleId, "critical", message, locatePath(tree, issue.path, issue.at), dotted);
  });
}

// src/policy/assets.ts
import fs4 from "node:fs";
import path6 from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = path6.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (fs4.existsSync(path6.join(dir, "policies", "presets"))) return dir;
    dir = path6.dirname(dir);
  }
  throw new Error("clawlint policies/ directory not found next to the program");
}
function presetPath(name) {
  return path6.join(packageRoot(), "policies", "presets", `${name}.yaml`);
}

// src/policy/types.ts
function emptyConfig() {
  return { extends: [], include: [], exclude: [], rules: [], policies: [], suppressions: [], envFiles: [] };
}

// src/policy/load-config.ts
var CONFIG_NAMES = [".clawlint.yml", ".clawlint.yaml", ".clawlint.json5", ".clawlint.json"];
var RULE_ID = "clawlint.config_invalid";
function parseDataFile(file, ruleId, what) {
  if (/\.json5?$/i.test(file.path)) {
    const r = parseJson5(file);
    if (!r.ok)
      return {
        findings: [
          makeFinding(ruleId, "critical", `${what}: invalid JSON5: ${r.message}`, locateOffset(file, r.offset))
        ]
      };
    return { tree: r.root, findings: [] };
  }
  const docs = parseYaml(file);
  const findings = docs.flatMap(
    (d) => d.problems.filter((p) => p.severity === "error").map((p) => makeFinding(ruleId, "critical", `${what}: invalid YAML: ${p.message}`, locateOffset(file, p.offset)))
  );
  for (const d of docs) {
    for (const p of d.problems) {
      if (p.duplicateKey)
        findings.push(makeFinding(ruleId, "warn", `${what}: ${p.message}`, locateOffset(file, p.offset)));
    }
  }
  if (docs.length > 1)
    findings.push(
      makeFinding(
        ruleId,
        "critical",
        `${what}: expected one YAML document, found ${docs.length}`,
        locateOffset(file, 0)
      )
    );
  return { tree: findings.some((f) => f.severity === "critical") ? void 0 : docs[0]?.root, findings };
}
async function loadClawlintConfig(cwd, explicit, trusted) {
  const config = emptyConfig();
  const findings = [];
  const sources = [];
  if (trusted) {
    if (!trusted.file) return { config, findings, sources };
    config.file = trusted.file.path;
    return loadParsed(config, findings, sources, trusted.file);
  }
  let abs;
  if (explicit) {
    abs = path7.resolve(cwd, explicit);
    if (!fs5.existsSync(abs)) throw new UsageError(`config file not found: ${explicit}`);
  } else {
    abs = CONFIG_NAMES.map((n) => path7.join(cwd, n)).find((p) => fs5.existsSync(p));
  }
  if (!abs) return { config, findings, sources };
  const rel = toRel(cwd, abs);
  const read = readSourceFile(abs, rel, 1024 * 1024);
  config.file = rel;
  if (!read.ok) {
    findings.push(
      makeFinding(RULE_ID, "critical", `clawlint config: ${read.reason}`, locateOffset(new SourceFile(rel, ""), 0, 0))
    );
    return { config, findings, sources };
  }
  return loadParsed(config, findings, sources, read.file);
}
async function loadParsed(config, findings, sources, file) {
  sources.push(file);
  const parsed = parseDataFile(file, RULE_ID, "clawlint config");
  findings.push(...parsed.findings);
  if (!parsed.tree) return { config, findings, sources };
  findings.push(...await validateOwnSchema("clawlint-config", parsed.tree, RULE_ID, "clawlint config"));
  const value = toPlain(parsed.tree);
  for (const name of strings(getOwn(value, "extends"))) {
    if (name !== "recommended" && name !== "strict") continue;
    const preset = loadPreset(name);
    mergeInto(config, preset.value, preset.file, void 0);
    sources.push(preset.file);
  }
  mergeInto(config, value, file, parsed.tree);
  findings.push(...refusedGlobs(value, parsed.tree));
  if (config.openclawVersion && !parseVersion(config.openclawVersion)) {
    findings.push(
      makeFinding(
        RULE_ID,
        "warn",
        `clawlint config: openclawVersion ${JSON.stringify(config.openclawVersion)} is not an OpenClaw version (YYYY.M.P); ignored`,
        locatePath(parsed.tree, ["openclawVersion"], "value"),
        "openclawVersion"
      )
    );
  }
  return { config, findings, sources };
}
function loadPreset(name) {
  const abs = presetPath(name);
  const file = new SourceFile(`clawlint:presets/${name}.yaml`, stripBom(fs5.readFileSync(abs, "utf8")), abs);
  const docs = parseYaml(file);
  return { value: docs[0]?.root ? toPlain(docs[0].root) : {}, file };
}
function refusedGlobs(value, tree) {
  const out = [];
  const check = (glob, at3, loc = "value") => {
    if (typeof glob !== "string" || !glob) return;
    const refused = compileGlob(glob).refused;
    if (refused)
      out.push(
        makeFinding(
          RULE_ID,
          "critical",
          `clawlint config: glob ${quoteForMessage(glob, 60)} is refused: ${refused}; it matches nothing`,
          locatePath(tree, at3, loc)
        )
      );
  };
  const list3 = (v, at3) => {
    if (Array.isArray(v)) v.forEach((g, i) => check(g, [...at3, i]));
  };
  list3(getOwn(value, "include"), ["include"]);
  list3(getOwn(value, "exclude"), ["exclude"]);
  const rules = getOwn(value, "rules");
  if (rules && typeof rules === "object")
    for (const [rule, setting] of Object.entries(rules)) list3(getOwn(setting, "paths"), ["rules", rule, "paths"]);
  const sups = getOwn(value, "suppressions");
  if (Array.isArray(sups)) sups.forEach((s, i) => list3(getOwn(s, "paths"), ["suppressions", i, "paths"]));
  const env = getOwn(value, "envFiles");
  if (env && typeof env === "object" && !Array.isArray(env))
    for (const glob of Object.keys(env)) check(glob, ["envFiles", glob], "key");
  return out;
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string" && x.length > 0) : [];
}
var SEVERITY_SETTINGS = /* @__PURE__ */ new Set(["off", "critical", "warn", "info"]);
function mergeInto(config, value, file, tree) {
  const where = (p) => {
    if (!tree) return { file: file.path, line: 1, column: 1 };
    const l = locatePath(tree, p, "key");
    return { file: l.file, line: l.startLine, column: l.startColumn };
  };
  config.extends.push(...strings(getOwn(value, "extends")));
  config.include.push(...strings(getOwn(value, "include")));
  config.exclude.push(...strings(getOwn(value, "exclude")));
  const failOn = getOwn(value, "failOn");
  if (typeof failOn === "string" && ["critical", "warn", "info", "none"].includes(failOn))
    config.failOn = failOn;
  const version = getOwn(value, "openclawVersion");
  if (typeof version === "string") config.openclawVersion = version;
  const rules = getOwn(value, "rules");
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    for (const [rule, setting] of Object.entries(rules)) {
      const loc = where(["rules", rule]);
      const origin = `${loc.file}:${loc.line}`;
      if (typeof setting === "string" && SEVERITY_SETTINGS.has(setting)) {
        config.rules.push({ rule, severity: setting, origin });
      } else if (setting && typeof setting === "object") {
        const sev = getOwn(setting, "severity");
        if (typeof sev === "string" && SEVERITY_SETTINGS.has(sev)) {
          const paths = strings(getOwn(setting, "paths"));
          config.rules.push({ rule, severity: sev, origin, ...paths.length ? { paths } : {} });
        }
      }
    }
  }
  const policies = getOwn(value, "policies");
  if (Array.isArray(policies)) {
    policies.forEach((pattern, i) => {
      if (typeof pattern === "string" && pattern)
        config.policies.push({ pattern, fromPreset: !tree, at: where(["policies", i]) });
    });
  }
  const sups = getOwn(value, "suppressions");
  if (Array.isArray(sups)) {
    sups.forEach((s, i) => {
      const rule = getOwn(s, "rule");
      const reason = getOwn(s, "reason");
      if (typeof rule !== "string" || typeof reason !== "string" || reason.trim().length < 3) return;
      const until = getOwn(s, "until");
      const paths = strings(getOwn(s, "paths"));
      config.suppressions.push({
        rule,
        reason: reason.trim(),
        ...paths.length ? { paths } : {},
        ...typeof until === "string" && /^\d{4}-\d{2}-\d{2}$/.test(until) ? { until } : {},
        at: where(["suppressions", i])
      });
    });
  }
  const env = getOwn(value, "envFiles");
  if (Array.isArray(env)) config.envFiles.push({ glob: "**", files: strings(env) });
  else if (env && typeof env === "object")
    for (const [glob, files] of Object.entries(env)) config.envFiles.push({ glob, files: strings(files) });
  const baseline = getOwn(value, "baseline");
  if (typeof baseline === "string") config.baseline = baseline;
  const secrets = getOwn(value, "secrets");
  if (secrets && typeof secrets === "object" && !Array.isArray(secrets))
    config.secrets = { ...config.secrets ?? {}, ...secrets };
  const helm = getOwn(value, "helm");
  if (helm && typeof helm === "object" && !Array.isArray(helm)) mergeHelm(config, helm);
}
function mergeHelm(config, helm) {
  const out = config.helm ?? { charts: {} };
  const render = getOwn(helm, "render");
  if (typeof render === "boolean") out.render = render;
  const timeout = getOwn(helm, "timeoutSeconds");
  if (typeof timeout === "number" && timeout >= 1 && timeout <= 600) out.timeoutSeconds = timeout;
  const charts = getOwn(helm, "charts");
  if (charts && typeof charts === "object" && !Array.isArray(charts)) {
    for (const [dir, c] of Object.entries(charts)) {
      const set = {};
      const given = getOwn(c, "set");
      if (given && typeof given === "object" && !Array.isArray(given)) {
        for (const [k, v] of Object.entries(given))
          if (["string", "number", "boolean"].includes(typeof v)) set[k] = String(v);
      }
      const key = dir.replace(/\/+$/, "").replace(/^\.\//, "") || ".";
      defineOwn(out.charts, key, { values: strings(getOwn(c, "values")), set });
    }
  }
  config.helm = out;
}

// src/policy/schema-canonical.ts
var isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
var SCHEMA_ONE = /* @__PURE__ */ new Set([
  "additionalProperties",
  "additionalItems",
  "unevaluatedItems",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "items"
]);
var SCHEMA_LISTS_ORDERED = /* @__PURE__ */ new Set(["prefixItems"]);
var SCHEMA_LISTS_SET = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf"]);
function canonicalData(v) {
  if (Array.isArray(v)) return v.map(canonicalData);
  if (!isObj(v)) return v;
  const out = {};
  for (const k of Object.keys(v).sort()) out[k] = canonicalData(v[k]);
  return out;
}
var byJson = (a, b) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
function canonicalSchema(s, sortLists) {
  if (!isObj(s)) return Array.isArray(s) ? s.map((x) => canonicalSchema(x, sortLists)) : s;
  const out = {};
  for (const k of Object.keys(s).sort()) {
    const v = s[k];
    if (SCHEMA_MAPS.has(k) && isObj(v)) {
      const m = {};
      for (const name of Object.keys(v).sort()) m[name] = canonicalSchema(v[name], sortLists);
      out[k] = m;
    } else if (SCHEMA_ONE.has(k) || SCHEMA_LISTS_ORDERED.has(k)) {
      out[k] = canonicalSchema(v, sortLists);
    } else if (SCHEMA_LISTS_SET.has(k) && Array.isArray(v)) {
      const members = v.map((x) => canonicalSchema(x, sortLists));
      out[k] = sortLists ? members.sort(byJson) : members;
    } else if ((k === "required" || k === "enum" || k === "type") && Array.isArray(v)) {
      out[k] = v.map(canonicalData).sort(byJson);
    } else if (k === "dependentRequired" && isObj(v)) {
      const m = {};
      for (const name of Object.keys(v).sort())
        m[name] = Array.isArray(v[name]) ? [...v[name]].sort(byJson) : v[name];
      out[k] = m;
    } else out[k] = canonicalData(v);
  }
  return out;
}
function refsIntoSets(s) {
  if (Array.isArray(s)) return s.some(refsIntoSets);
  if (!isObj(s)) return false;
  for (const [k, v] of Object.entries(s)) {
    if (typeof v === "string" && /^\$\w*ref$/i.test(k) && /\/(?:allOf|anyOf|oneOf)\//.test(v)) return true;
    if (refsIntoSets(v)) return true;
  }
  return false;
}
function sameSchema(a, b) {
  const sortLists = !refsIntoSets(a) && !refsIntoSets(b);
  return JSON.stringify(canonicalSchema(a, sortLists)) === JSON.stringify(canonicalSchema(b, sortLists));
}

// src/policy/weakening.ts
var WEAKENED = "policy.weakened";
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list = (v) => Array.isArray(v) ? v : [];
var same = (a, b) => JSON.stringify(canonicalData(a)) === JSON.stringify(canonicalData(b));
var FAIL_ORDER = ["info", "warn", "critical", "none"];
function lineOf(text, needle) {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}
function at2(file, line2) {
  return { file, startLine: line2, startColumn: 1, endLine: line2, endColumn: 1 };
}
function parsePolicy(p) {
  if (p.text === void 0) return { value: {} };
  const file = new SourceFile(p.path, p.text);
  const parsed = parseDataFile(file, WEAKENED, "clawlint config");
  return parsed.tree ? { value: obj(toPlain(parsed.tree)), tree: parsed.tree, file } : { value: {}, file };
}
function configWeakenings(base, head, label) {
  if (head.text === void 0) {
    if (base.text === void 0) return [];
    return [
      makeFinding(
        WEAKENED,
        "critical",
        `the clawlint config ${base.path} is deleted; the ${label} version still applies`,
        at2(base.path, 1)
      )
    ];
  }
  const b = parsePolicy(base);
  const h = parsePolicy(head);
  const out = [];
  const report = (p, message) => {
    const loc = h.tree ? locatePath(h.tree, p, "key") : at2(head.path, 1);
    out.push(makeFinding(WEAKENED, "critical", `${message} (the ${label} policy applies)`, loc, p.join(".")));
  };
  if (base.path !== head.path && base.text !== void 0)
    report([], `the clawlint config moves from ${base.path} to ${head.path}`);
  const bRules = obj(b.value.rules);
  for (const [rule, setting] of Object.entries(obj(h.value.rules))) {
    const sev = typeof setting === "string" ? setting : obj(setting).severity;
    if (sev === "critical" || same(bRules[rule], setting)) continue;
    report(["rules", rule], `rule ${JSON.stringify(rule)} set to ${JSON.stringify(sev)}`);
  }
  const bExclude = new Set(list(b.value.exclude).map((x) => JSON.stringify(x)));
  list(h.value.exclude).forEach((x, i) => {
    if (!bExclude.has(JSON.stringify(x))) report(["exclude", i], `new exclude ${JSON.stringify(x)}`);
  });
  const bSups = new Set(list(b.value.suppressions).map((x) => JSON.stringify(x)));
  list(h.value.suppressions).forEach((x, i) => {
    if (!bSups.has(JSON.stringify(x)))
      report(["suppressions", i], `new suppression of ${JSON.stringify(String(obj(x).rule ?? ""))}`);
  });
  const rank = (v) => FAIL_ORDER.indexOf(typeof v === "string" ? v : "critical");
  if (rank(h.value.failOn) > rank(b.value.failOn))
    report(["failOn"], `failOn raised to ${JSON.stringify(h.value.failOn)}`);
  for (const key of ["extends", "policies"]) {
    const hs2 = new Set(list(h.value[key]).map((x) => JSON.stringify(x)));
    for (const x of list(b.value[key]))
      if (!hs2.has(JSON.stringify(x))) report(h.value[key] ? [key] : [], `${key} entry ${JSON.stringify(x)} removed`);
  }
  if (!same(h.value.envFiles, b.value.envFiles) && h.value.envFiles !== void 0)
    report(["envFiles"], "envFiles changed (env values decide how configs are judged)");
  if (!same(h.value.baseline, b.value.baseline) && h.value.baseline !== void 0)
    report(["baseline"], `findings baseline moved to ${JSON.stringify(h.value.baseline)}`);
  const bs = obj(b.value.secrets);
  const hs = obj(h.value.secrets);
  if (hs.enabled === false && bs.enabled !== false) report(["secrets", "enabled"], "secrets.enabled set to false");
  if (hs.baseline !== void 0 && !same(hs.baseline, bs.baseline))
    report(["secrets", "baseline"], `secrets baseline moved to ${JSON.stringify(hs.baseline)}`);
  return out;
}
function findingsBaselineWeakenings(base, head, label) {
  if (head.text === void 0) return [];
  const entries = (t) => {
    try {
      return list(obj(JSON.parse(t ?? "{}")).entries).map(obj);
    } catch {
      return [];
    }
  };
  const key = (e) => JSON.stringify([e.ruleId, e.file, e.path]);
  const known = new Map(entries(base.text).map((e) => [key(e), Number(e.count) || 0]));
  const out = [];
  for (const e of entries(head.text)) {
    const more = (Number(e.count) || 0) - (known.get(key(e)) ?? 0);
    if (more <= 0) continue;
    out.push(
      makeFinding(
        WEAKENED,
        "critical",
        `findings baseline gains ${more} ${JSON.stringify(String(e.ruleId))} finding(s) in ${JSON.stringify(String(e.file))} (the ${label} baseline applies)`,
        at2(head.path, lineOf(head.text, `"ruleId":${JSON.stringify(e.ruleId)},"file":${JSON.stringify(e.file)}`))
      )
    );
  }
  return out;
}
function safeParseSecrets(t) {
  if (t === void 0) return void 0;
  try {
    return parseBaseline(t);
  } catch {
    return void 0;
  }
}
function secretsBaselineWeakenings(base, head, label) {
  if (head.text === void 0) return [];
  const h = safeParseSecrets(head.text);
  if (!h) return [];
  const b = safeParseSecrets(base.text);
  const out = [];
  const report = (needle, message) => out.push(
    makeFinding(
      WEAKENED,
      "critical",
      `${message} (the ${label} settings apply)`,
      at2(head.path, lineOf(head.text, needle))
    )
  );
  const bFilters = new Set((b?.filters ?? []).map((f) => JSON.stringify(f)));
  for (const f of h.filters)
    if (!bFilters.has(JSON.stringify(f))) report(JSON.stringify(f.path), `new or changed secrets filter ${f.path}`);
  const hPlugins = new Map(h.plugins.map((p) => [p.name, p]));
  for (const p of b?.plugins ?? []) {
    const now = hPlugins.get(p.name);
    if (!now) report('"plugins_used"', `secrets plugin ${p.name} removed`);
    else if (!same(now, p)) report(JSON.stringify(p.name), `secrets plugin ${p.name} settings changed`);
  }
  const known = /* @__PURE__ */ new Set();
  for (const l of b?.results.values() ?? []) for (const e of l) known.add(`${e.filename}\0${e.hashed_secret}`);
  for (const l of h.results.values())
    for (const e of l)
      if (!known.has(`${e.filename}\0${e.hashed_secret}`))
        report(
          e.hashed_secret,
          `secrets baseline gains a ${e.type} in ${e.filename}:${e.line_number} (hash ${e.hashed_secret.slice(0, 8)}\u2026)`
        );
  return out;
}
var SEVERITY_RANK = ["info", "warn", "critical"];
var sameKinds = (a, b) => {
  const kinds = (v) => JSON.stringify([...new Set(Array.isArray(v) ? v : ["openclaw"])].sort());
  return kinds(a) === kinds(b);
};
function policiesById(p) {
  const parsed = parsePolicy(p);
  if (!parsed.tree) return void 0;
  const v = parsed.value;
  const many = Array.isArray(v.policies);
  const out = /* @__PURE__ */ new Map();
  (many ? list(v.policies) : [v]).forEach((x, i) => {
    const id = obj(x).id;
    if (typeof id === "string" && !out.has(id)) out.set(id, { value: obj(x), at: many ? ["policies", i] : [] });
  });
  return out;
}
function policyFileWeakenings(base, head, label) {
  if (base.text === void 0 || base.text === head.text) return [];
  const message = (m) => `${m} (the ${label} policy applies)`;
  if (head.text === void 0)
    return [makeFinding(WEAKENED, "critical", message(`policy file ${head.path} is deleted`), at2(head.path, 1))];
  const b = policiesById(base);
  if (!b) return [];
  const h = policiesById(head);
  const tree = h && parsePolicy(head).tree;
  if (!h || !tree)
    return [makeFinding(WEAKENED, "critical", message(`policy file ${head.path} no longer parses`), at2(head.path, 1))];
  const out = [];
  const report = (p, m, key) => out.push(makeFinding(WEAKENED, "critical", message(m), locatePath(tree, p, "key"), key));
  for (const [id, was] of b) {
    const now = h.get(id);
    if (!now) {
      report([], `policy ${JSON.stringify(id)} removed from ${head.path}`, id);
      continue;
    }
    const rank = (x) => SEVERITY_RANK.indexOf(typeof x === "string" ? x : "");
    if (rank(now.value.severity) < rank(was.value.severity))
      report(
        [...now.at, "severity"],
        `policy ${JSON.stringify(id)} severity lowered to ${JSON.stringify(now.value.severity)}`,
        `${id}.severity`
      );
    if (!sameKinds(now.value.appliesTo, was.value.appliesTo))
      report(
        now.value.appliesTo === void 0 ? now.at : [...now.at, "appliesTo"],
        `policy ${JSON.stringify(id)}: appliesTo changed`,
        `${id}.appliesTo`
      );
    for (const key of ["where", "assert"])
      if (!sameSchema(now.value[key], was.value[key]))
        report(
          now.value[key] === void 0 ? now.at : [...now.at, key],
          `policy ${JSON.stringify(id)}: ${key} changed`,
          `${id}.${key}`
        );
  }
  return out;
}
var INLINE = /clawlint-disable-(?:next-line|line|file)\b|pragma:\s*allowlist\s+(?:nextline\s+)?secret/i;
var hasInlineMarker = (text) => INLINE.test(text);
function inlineWeakenings(changed, text, isLinted) {
  const out = [];
  for (const [file, lines] of changed) {
    const t = text(file);
    if (t === void 0 || !INLINE.test(t)) continue;
    t.split(/\r?\n|\r/).forEach((line2, i) => {
      const m = INLINE.exec(line2);
      if (!m || !(lines === "all" || lines.has(i + 1))) return;
      if (!m[0].toLowerCase().startsWith("pragma") && !isLinted(file)) return;
      out.push(
        makeFinding(
          WEAKENED,
          "critical",
          `${m[0].toLowerCase().startsWith("pragma") ? "secrets allowlist pragma" : "inline suppression"} added on a changed line`,
          { file, startLine: i + 1, startColumn: m.index + 1, endLine: i + 1, endColumn: m.index + m[0].length + 1 }
        )
      );
    });
  }
  return out;
}
function policyWeakenings(sides) {
  return [
    ...configWeakenings(sides.config.base, sides.config.head, sides.label),
    ...sides.findingsBaseline ? findingsBaselineWeakenings(sides.findingsBaseline.base, sides.findingsBaseline.head, sides.label) : [],
    ...sides.secretsBaseline ? secretsBaselineWeakenings(sides.secretsBaseline.base, sides.secretsBaseline.head, sides.label) : []
  ];
}

// src/policy/trusted-policy.ts
import path9 from "node:path";

// src/policy/custom-policies.ts
import fs6 from "node:fs";
import path8 from "node:path";

// src/policy/regex-safety.ts
function schemaPatterns(schema) {
  const out = [];
  const visit = (node, p, depth) => {
    if (depth > 64 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, [...p, i], depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === "pattern" && typeof v === "string") out.push({ path: [...p, k], source: v });
      if (k === "patternProperties" && v && typeof v === "object")
        for (const key of Object.keys(v)) out.push({ path: [...p, k, key], source: key });
      if (k !== "enum" && k !== "const") visit(v, [...p, k], depth + 1);
    }
  };
  visit(schema, [], 0);
  return out;
}

// src/policy/custom-policies.ts
var RULE_ID2 = "clawlint.policy_invalid";
var MAX_POLICY_FILES = 200;
var MAX_POLICY_FILE_BYTES = 256 * 1024;
async function loadPolicies(cwd, entries, origin, trusted, isBuiltIn = () => false) {
  const out = { policies: [], findings: [], sources: [] };
  if (!entries.length) return out;
  const mod = await import("./chunk-243DXLN4.js");
  const Ajv = mod.default.default ?? mod.default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, code: { regExp: ajvLinearRegExp() } });
  const files = policyFiles(cwd, entries, origin, trusted, out);
  const ordered = [...files.filter((f) => !f.added), ...files.filter((f) => f.added)].slice(0, MAX_POLICY_FILES);
  const guard = addedPolicyGuard(isBuiltIn);
  for (const f of ordered) {
    const file = f.text !== void 0 ? new SourceFile(f.rel, stripBom(f.text)) : readPolicyFile(cwd, f, out);
    if (file) await compileFile(ajv, file, out, f.text === void 0 && f.added ? guard : void 0);
  }
  return out;
}
function policyFiles(cwd, entries, origin, trusted, out) {
  const files = [];
  for (const { pattern, fromPreset, at: at3 } of entries) {
    const loc = at3 ? { file: at3.file, startLine: at3.line, startColumn: at3.column, endLine: at3.line, endColumn: at3.column + 1 } : { file: origin, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const root = fromPreset ? path8.join(packageRoot(), "policies") : cwd;
    const noFile = () => out.findings.push(makeFinding(RULE_ID2, "warn", `policies entry ${JSON.stringify(pattern)} matches no file`, loc));
    const bad = unsafePattern(pattern);
    if (bad) {
      out.findings.push(
        makeFinding(RULE_ID2, "critical", `policies entry ${JSON.stringify(pattern)} refused: ${bad}`, loc)
      );
      continue;
    }
    if (trusted && !fromPreset) {
      const matched2 = trustedMatches(trusted, pattern);
      const added = expandGlob(cwd, pattern).filter((rel) => !trusted.has(rel) && !files.some((f) => f.rel === rel));
      if (!matched2.length && !added.length) noFile();
      for (const rel of matched2) files.push({ abs: path8.join(cwd, rel), rel, text: trusted.get(rel) });
      for (const rel of added) files.push({ abs: path8.join(cwd, rel), rel, added: true });
      continue;
    }
    const matched = expandGlob(root, pattern);
    if (!matched.length && !fromPreset) noFile();
    for (const rel of matched) files.push({ abs: path8.join(root, rel), rel: fromPreset ? `clawlint:${rel}` : rel });
  }
  return files;
}
function readPolicyFile(cwd, f, out) {
  const atStart = { file: f.rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const preset = f.rel.startsWith("clawlint:");
  const real = safeRealInside(f.abs, preset ? packageRoot() : cwd);
  if (!real) {
    out.findings.push(
      makeFinding(RULE_ID2, "critical", "policy file is a symlink leaving the repository; not read", atStart)
    );
    return void 0;
  }
  const read = readSourceFile(
    real,
    f.rel,
    MAX_POLICY_FILE_BYTES,
    preset ? safeRealInside(packageRoot(), packageRoot()) : void 0
  );
  if (!read.ok) {
    out.findings.push(makeFinding(RULE_ID2, "critical", `policy file: ${read.reason}`, atStart));
    return void 0;
  }
  return new SourceFile(f.rel, stripBom(read.file.text), real);
}
function addedPolicyGuard(isBuiltIn) {
  return (id, loaded) => {
    if (/^(?:clawlint|policy|suppression)\./.test(id)) return "names one of clawlint's own findings";
    if (isBuiltIn(id)) return "is the id of a built-in rule";
    if (loaded.some((p) => p.id === id)) return "is the id of a policy already loaded";
    return void 0;
  };
}
function trustedMatches(trusted, pattern) {
  const rel = pattern.replace(/^\.\//, "");
  if (!rel.split("/").some((seg) => GLOB_CHARS.test(seg))) return trusted.has(rel) ? [rel] : [];
  const m = compileGlob(rel);
  return [...trusted.keys()].filter((k) => m.test(k)).sort();
}
async function compileFile(ajv, file, out, guard) {
  out.sources.push(file);
  const parsed = parseDataFile(file, RULE_ID2, "policy file");
  out.findings.push(...parsed.findings);
  if (!parsed.tree) return;
  const invalid = await validateOwnSchema("policy-file", parsed.tree, RULE_ID2, "policy file");
  out.findings.push(...invalid);
  if (invalid.length) return;
  const value = toPlain(parsed.tree);
  const list3 = Array.isArray(getOwn(value, "policies")) ? getOwn(value, "policies") : [value];
  list3.forEach((p, i) => {
    const base = Array.isArray(getOwn(value, "policies")) ? ["policies", i] : [];
    const id = String(p.id);
    const refused = guard?.(id, out.policies);
    if (refused) {
      out.findings.push(
        makeFinding(
          RULE_ID2,
          "critical",
          `policy ${JSON.stringify(id)} in ${file.path}, a file this change adds, is not loaded: its id ${refused} (a new policy may only add findings)`,
          locatePath(parsed.tree, [...base, "id"], "value")
        )
      );
      return;
    }
    const compiled2 = compilePolicy(ajv, p, file, parsed.tree, base, out.findings);
    if (compiled2) out.policies.push(compiled2);
  });
}
function compilePolicy(ajv, p, file, tree, base, findings) {
  const loc = (sub) => locatePath(tree, [...base, ...sub], "key");
  const origin = `${file.path}:${loc(["id"]).startLine}`;
  const compile = (key) => {
    const schema = p[key];
    if (schema === void 0) return void 0;
    for (const { path: at3, source } of schemaPatterns(schema)) {
      const linear = compileLinear(source, "js");
      if (!linear.ok) {
        findings.push(
          makeFinding(
            RULE_ID2,
            "critical",
            `policy ${String(p.id)}: ${key} pattern ${quoteForMessage(source, 60)} cannot run on the linear-time regex engine: ${linear.reason} (at offset ${linear.index})`,
            // At the pattern string itself (a patternProperties pattern is a key).
            locatePath(tree, [...base, key, ...at3], at3[at3.length - 1] === "pattern" ? "value" : "key")
          )
        );
        return null;
      }
    }
    const ref = findNonLocalRef(schema);
    if (ref) {
      findings.push(
        makeFinding(
          RULE_ID2,
          "critical",
          `policy ${String(p.id)}: only local "$ref"s (starting with #) are allowed, found ${JSON.stringify(ref.value)}`,
          loc([key, ...ref.path])
        )
      );
      return null;
    }
    try {
      return ajv.compile(schema);
    } catch (err) {
      findings.push(
        makeFinding(
          RULE_ID2,
          "critical",
          `policy ${String(p.id)}: ${key} is not a valid JSON Schema: ${err.message.split("\n")[0]}`,
          loc([key])
        )
      );
      return null;
    }
  };
  const where = compile("where");
  const assert = compile("assert");
  if (where === null || !assert) return void 0;
  return {
    id: String(p.id),
    severity: p.severity,
    message: String(p.message),
    ...typeof p.docs === "string" ? { docs: p.docs } : {},
    appliesTo: Array.isArray(p.appliesTo) ? p.appliesTo : ["openclaw"],
    ...where ? { where } : {},
    assert,
    origin
  };
}
function findNonLocalRef(schema, p = [], depth = 0) {
  if (depth > 64 || schema === null || typeof schema !== "object") return void 0;
  for (const [k, v] of Object.entries(schema)) {
    if ((k === "$ref" || k === "$dynamicRef" || k === "$recursiveRef") && !(typeof v === "string" && v.startsWith("#")))
      return { path: [...p, k], value: v };
    if (k === "$id" || k === "$schema") continue;
    const found = findNonLocalRef(v, [...p, k], depth + 1);
    if (found) return found;
  }
  return void 0;
}
function safeRealInside(abs, root) {
  try {
    const real = fs6.realpathSync(abs);
    const rootReal = fs6.realpathSync(root);
    const rel = path8.relative(rootReal, real);
    return rel.startsWith("..") || path8.isAbsolute(rel) ? void 0 : real;
  } catch {
    return void 0;
  }
}
function evaluatePolicies(policies, kind, value, tree) {
  const findings = [];
  for (const policy of policies) {
    if (!policy.appliesTo.includes(kind)) continue;
    if (policy.where && !policy.where(value)) continue;
    if (policy.assert(value)) continue;
    for (const raw of deepest(toIssues(policy.assert.errors ?? []))) {
      const issue = { ...raw, path: typedPath(tree, raw.path) };
      const dotted = formatPath(issue.path);
      const detail = issue.keyword === "required" ? issue.message.toLowerCase() : issue.message;
      findings.push(
        makeFinding(
          policy.id,
          policy.severity,
          `${policy.message} (${dotted || "document"}: ${detail})`,
          locatePath(tree, issue.path, issue.at),
          dotted,
          policy.docs ? `See ${policy.docs}` : void 0
        )
      );
    }
  }
  return findings;
}
function deepest(issues) {
  const useful = issues.filter((i) => i.keyword !== "if" && i.keyword !== "then" && i.keyword !== "else");
  const list3 = useful.length ? useful : issues;
  return list3.filter(
    (i) => !list3.some((o) => o !== i && o.path.length > i.path.length && i.path.every((s, k) => o.path[k] === s))
  );
}

// src/policy/trusted-policy.ts
function headText(cwd, rel, max = MAX_POLICY_BYTES) {
  const abs = path9.resolve(cwd, rel);
  const r = path9.relative(cwd, abs);
  if (!r || r.startsWith("..") || path9.isAbsolute(r)) return void 0;
  const read = readConfinedText(abs, max, realOrSelf(cwd));
  return read.ok ? read.text : void 0;
}
async function trustedPolicyFiles(side, entries) {
  const files = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.fromPreset) continue;
    const listed = e.pattern.split("/").some((seg) => GLOB_CHARS.test(seg)) ? await side.glob(e.pattern) : [e.pattern.replace(/^\.\//, "")];
    if (!listed) return void 0;
    for (const rel of listed) {
      if (files.size >= MAX_POLICY_FILES || files.has(rel)) continue;
      const text = await side.read(rel);
      if (text !== void 0 && text.length <= MAX_POLICY_FILE_BYTES) files.set(rel, text);
    }
  }
  return files;
}
async function trustedSide(cwd, baseSha, client, repo) {
  return gitTrustedSide(cwd, baseSha) ?? (client ? apiTrustedSide(client, repo, baseSha) : void 0);
}
async function readTrustedPolicy(cwd, side, inputs) {
  let configPath = inputs.config.replace(/^\.\//, "");
  let configText;
  if (configPath) configText = await side.read(configPath);
  else
    for (const name of CONFIG_NAMES) {
      configText = await side.read(name);
      if (configText !== void 0) {
        configPath = name;
        break;
      }
    }
  const headConfigPath = inputs.config || CONFIG_NAMES.find((n) => headText(cwd, n) !== void 0) || configPath;
  const config = configText !== void 0 ? new SourceFile(configPath, configText) : void 0;
  const base = (await loadClawlintConfig(cwd, void 0, { file: config })).config;
  const policyFiles2 = await trustedPolicyFiles(side, base.policies);
  const headPolicies = [...policyFiles2?.keys() ?? []].map((rel) => ({ path: rel, text: headText(cwd, rel) }));
  const fbPath = inputs.baseline || base.baseline || DEFAULT_BASELINE;
  const sbPath = inputs.secretsBaseline || base.secrets?.baseline || DEFAULT_SECRETS_BASELINE;
  const sbText = await side.read(sbPath);
  let parsed;
  try {
    parsed = sbText !== void 0 ? parseBaseline(sbText) : void 0;
  } catch {
    parsed = void 0;
  }
  return {
    label: side.label,
    config,
    ...policyFiles2 ? { policyFiles: policyFiles2 } : {},
    findingsBaseline: { path: fbPath, text: await side.read(fbPath) },
    secretsBaseline: { path: sbPath, text: sbText, parsed },
    head: {
      config: {
        path: headConfigPath || ".clawlint.yml",
        text: headConfigPath ? headText(cwd, headConfigPath) : void 0
      },
      findingsBaseline: { path: fbPath, text: headText(cwd, fbPath) },
      secretsBaseline: { path: sbPath, text: headText(cwd, sbPath) },
      policyFiles: headPolicies
    }
  };
}
async function changedAgainst(cwd, side, files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    const head = headText(cwd, f);
    if (head === void 0) continue;
    const base = await side.read(f);
    if (base === head) continue;
    if (base === void 0) {
      out.set(f, "all");
      continue;
    }
    const known = new Set(base.split(/\r?\n|\r/));
    const lines = /* @__PURE__ */ new Set();
    head.split(/\r?\n|\r/).forEach((l, i) => {
      if (!known.has(l)) lines.add(i + 1);
    });
    if (lines.size) out.set(f, lines);
  }
  return out;
}
function trustedLintOptions(t) {
  return {
    trustedPolicy: {
      config: t.config,
      findingsBaseline: t.findingsBaseline,
      ...t.policyFiles ? { policyFiles: t.policyFiles } : {}
    },
    secretsSettings: { plugins: t.secretsBaseline.parsed?.plugins, filters: t.secretsBaseline.parsed?.filters }
  };
}
function weakenings(cwd, t, changed, isLinted) {
  const out = policyWeakenings({
    label: t.label,
    config: { base: { path: t.config?.path ?? t.head.config.path, text: t.config?.text }, head: t.head.config },
    findingsBaseline: { base: t.findingsBaseline, head: t.head.findingsBaseline },
    secretsBaseline: { base: t.secretsBaseline, head: t.head.secretsBaseline }
  });
  for (const head of t.head.policyFiles)
    out.push(...policyFileWeakenings({ path: head.path, text: t.policyFiles?.get(head.path) }, head, t.label));
  if (changed) out.push(...inlineWeakenings(changed, (f) => headText(cwd, f), isLinted));
  return out;
}

// src/shard/partition.ts
var MAX_SHARDS = 256;
function parseShard(text) {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || total > MAX_SHARDS || index < 1 || index > total)
    throw new UsageError(
      `--shard must be INDEX/TOTAL with 1 <= INDEX <= TOTAL <= ${MAX_SHARDS} (e.g. 2/4), got ${JSON.stringify(text)}`
    );
  return { index, total };
}
function fnv1a(text) {
  let h = 2166136261;
  for (const b of Buffer.from(text, "utf8")) {
    h ^= b;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
function shardOfKey(key, total) {
  return fnv1a(key) % total + 1;
}
var Grouping = class {
  parent = /* @__PURE__ */ new Map();
  add(node) {
    if (!this.parent.has(node)) this.parent.set(node, node);
  }
  find(node) {
    let root = node;
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    let n = node;
    while (n !== root) {
      const next = this.parent.get(n);
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }
  join(a, b) {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
  has(node) {
    return this.parent.has(node);
  }
  /** The group key of a member, undefined for a path in no group. */
  keyOf(node) {
    return this.parent.has(node) ? this.find(node) : void 0;
  }
  /** Every group: key → members (sorted). */
  groups() {
    const out = /* @__PURE__ */ new Map();
    for (const n of [...this.parent.keys()].sort()) {
      const k = this.find(n);
      out.set(k, [...out.get(k) ?? [], n]);
    }
    return out;
  }
};
var Partition = class {
  constructor(grouping, total) {
    this.grouping = grouping;
    this.total = total;
  }
  grouping;
  total;
  /** The shard (1-based) every finding in `file` belongs to. */
  ownerOf(file) {
    return shardOfKey(this.grouping.keyOf(file) ?? file, this.total);
  }
};

// src/schema/target.ts
import path10 from "node:path";
function isRec2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function resolveTarget(hints, config, opts = {}) {
  const bundled = opts.bundled ?? bundledReleases();
  const newest = bundled.releases.find((r) => r.version === bundled.newest) ?? bundled.releases[bundled.releases.length - 1];
  if (opts.upgradeCheck)
    return {
      version: newest.version,
      line: newest.line,
      kind: "upgrade-check",
      source: "--upgrade-check (the newest bundled release)"
    };
  const notes = [];
  const meta = isRec2(config) && isRec2(config.meta) ? config.meta.lastTouchedVersion : void 0;
  const candidates = [
    ...hints,
    typeof meta === "string" ? { version: meta, kind: "meta.lastTouchedVersion", source: "meta.lastTouchedVersion" } : void 0
  ];
  for (const hint of candidates) {
    if (!hint) continue;
    const parsed = parseVersion(hint.version);
    if (!parsed) {
      notes.push(`${hint.source} names ${JSON.stringify(hint.version)}, not an OpenClaw version; ignored`);
      continue;
    }
    const mapped = mapToRelease(parsed, bundled);
    const note2 = [...notes, ...mapped.note ? [mapped.note] : []].join("; ");
    return {
      version: mapped.release.version,
      line: mapped.release.line,
      requested: parsed.text,
      kind: hint.kind,
      source: hint.source,
      ...note2 ? { note: note2 } : {}
    };
  }
  const note = notes.join("; ");
  return {
    version: newest.version,
    line: newest.line,
    kind: "newest",
    source: "the newest bundled release",
    ...note ? { note } : {}
  };
}
var IMAGE = /\b(?:(?:ghcr\.io|docker\.io)\/)?openclaw\/openclaw:([0-9][\w.-]*)/g;
var NPM = /\b(?:npm|pnpm|yarn|bun)\s+(?:install|i|add|global\s+add)\b[^\n]*?(?<![\w@/-])openclaw@([~^=v]*[0-9][\w.-]*)/g;
function scan(text) {
  const hits = [];
  const lineOf2 = (i) => text.slice(0, i).split("\n").length;
  for (const m of text.matchAll(IMAGE)) hits.push({ version: m[1], line: lineOf2(m.index), what: `image ${m[0]}` });
  for (const m of text.matchAll(NPM))
    hits.push({ version: m[1], line: lineOf2(m.index), what: `\`openclaw@${m[1]}\` installed` });
  return hits.filter((h) => parseVersion(h.version));
}
var HINT_MAX_BYTES = 2 * 1024 * 1024;
function deploymentHint(deploymentAbs, deploymentRel, nearLine = 1) {
  const read = readConfinedText(deploymentAbs, HINT_MAX_BYTES);
  if (!read.ok) return void 0;
  const text = read.text;
  const hits = scan(text);
  if (hits.length) {
    const after = hits.filter((h) => h.line >= nearLine).sort((a, b) => a.line - b.line);
    const best = after[0] ?? hits.reduce((a, b) => nearLine - b.line < nearLine - a.line ? b : a);
    return { version: best.version, kind: "deployment", source: `${best.what} in ${deploymentRel}:${best.line}` };
  }
  if (/^\s*build\s*:/m.test(text)) {
    const named = /^\s*dockerfile\s*:\s*["']?([^"'\s#]+)/m.exec(text)?.[1];
    const dir = path10.dirname(deploymentAbs);
    for (const df of [...named ? [named] : [], "Dockerfile"]) {
      const abs = path10.resolve(dir, df);
      const dread = readConfinedText(abs, HINT_MAX_BYTES);
      if (!dread.ok) continue;
      const dtext = dread.text;
      const h = scan(dtext)[0];
      if (h)
        return {
          version: h.version,
          kind: "deployment",
          source: `${h.what} in ${path10.join(path10.dirname(deploymentRel), df)}:${h.line}`
        };
    }
  }
  return void 0;
}
function packageJsonHint(configAbs, configRel, stop) {
  let dir = path10.dirname(configAbs);
  let relDir = path10.dirname(configRel);
  const root = path10.resolve(stop);
  for (; ; ) {
    const pj = path10.join(dir, "package.json");
    const pread = readConfinedText(pj, HINT_MAX_BYTES);
    if (pread.ok) {
      try {
        const pkg = JSON.parse(pread.text);
        for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
          const deps = pkg[field];
          const spec = isRec2(deps) ? deps.openclaw : void 0;
          if (typeof spec === "string" && /^[~^=v]*\d{4}\.\d{1,2}(\.\d+)?(-[\w.-]+)?$/.test(spec.trim())) {
            return {
              version: spec.trim(),
              kind: "package.json",
              source: `${field}.openclaw "${spec.trim()}" in ${path10.join(relDir, "package.json")}`
            };
          }
        }
      } catch {
      }
    }
    const up = path10.dirname(dir);
    if (dir === root || up === dir || !up.startsWith(root)) return void 0;
    dir = up;
    relDir = path10.dirname(relDir);
  }
}
function describeTarget(t) {
  const from = t.kind === "newest" ? "the newest bundled release" : `${t.source}${t.requested && !t.source.includes(t.requested) ? ` ${t.requested}` : ""}`;
  return `OpenClaw ${t.version} (${t.line}.x) from ${from}${t.note ? `; ${t.note}` : ""}`;
}

// src/policy/invocation.ts
var SETTINGS = /* @__PURE__ */ new Set(["off", "critical", "warn", "info"]);
function emptyInvocation() {
  return { exclude: [], rules: [], helm: {} };
}
function chart(s, dir) {
  const key = dir.trim().replace(/\/+$/, "").replace(/^\.\//, "") || ".";
  if (!Object.hasOwn(s.helm, key))
    Object.defineProperty(s.helm, key, { value: { values: [], set: {} }, enumerable: true });
  return s.helm[key];
}
function parseInvocation(raw, labels = {
  rules: "--rule",
  helmValues: "--helm-values",
  helmSet: "--helm-set"
}) {
  const out = emptyInvocation();
  out.exclude.push(...(raw.exclude ?? []).map((g) => g.trim()).filter(Boolean));
  for (const r of raw.rules ?? []) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(r);
    if (!m || !SETTINGS.has(m[2]))
      throw new UsageError(`${labels.rules} expects RULE=off|critical|warn|info, got ${JSON.stringify(r)}`);
    out.rules.push({ rule: m[1], severity: m[2], origin: `${labels.rules} ${m[1]}` });
  }
  for (const v of raw.helmValues ?? []) {
    const i = v.indexOf(":");
    if (i <= 0 || !v.slice(i + 1).trim())
      throw new UsageError(`${labels.helmValues} expects CHART_DIR:VALUES_FILE, got ${JSON.stringify(v)}`);
    chart(out, v.slice(0, i)).values.push(v.slice(i + 1).trim());
  }
  for (const v of raw.helmSet ?? []) {
    const i = v.indexOf(":");
    const eq = v.indexOf("=", i + 1);
    if (i <= 0 || eq <= i + 1)
      throw new UsageError(`${labels.helmSet} expects CHART_DIR:KEY=VALUE, got ${JSON.stringify(v.split("=")[0])}`);
    const c = chart(out, v.slice(0, i));
    Object.defineProperty(c.set, v.slice(i + 1, eq).trim(), {
      value: v.slice(eq + 1),
      enumerable: true,
      writable: true
    });
  }
  return out;
}
function withInvocation(config, s) {
  if (!s || !s.exclude.length && !s.rules.length && !Object.keys(s.helm).length) return config;
  const helm = { ...config.helm ?? {}, charts: { ...config.helm?.charts ?? {} } };
  for (const [dir, c] of Object.entries(s.helm)) {
    const had = Object.hasOwn(helm.charts, dir) ? helm.charts[dir] : { values: [], set: {} };
    Object.defineProperty(helm.charts, dir, {
      value: { values: [...had.values, ...c.values], set: { ...had.set, ...c.set } },
      enumerable: true
    });
  }
  return {
    ...config,
    exclude: [...config.exclude, ...s.exclude],
    rules: [...config.rules, ...s.rules],
    ...Object.keys(s.helm).length ? { helm } : {}
  };
}
function invocationFlags(s) {
  const out = [];
  for (const g of s.exclude) out.push("--exclude", g);
  for (const r of s.rules) out.push("--rule", `${r.rule}=${r.severity}`);
  for (const [dir, c] of Object.entries(s.helm)) {
    for (const v of c.values) out.push("--helm-values", `${dir}:${v}`);
    for (const [k, v] of Object.entries(c.set)) out.push("--helm-set", `${dir}:${k}=${v}`);
  }
  return out;
}

// src/run.ts
import fs13 from "node:fs";
import path29 from "node:path";

// src/core/intern.ts
var FindingInterner = class {
  strings = /* @__PURE__ */ new Map();
  relatedLists = /* @__PURE__ */ new Map();
  /** The one flat copy of `s` this run keeps. */
  string(s) {
    let kept = this.strings.get(s);
    if (kept === void 0) {
      kept = flat(s);
      this.strings.set(kept, kept);
    }
    return kept;
  }
  /** A copy of `f` holding the run's shared strings and related list (same keys, same order). */
  finding(f) {
    const out = { ...f, ruleId: this.string(f.ruleId), message: this.string(f.message), file: this.string(f.file) };
    out.path = this.string(f.path);
    if (f.fix !== void 0) out.fix = this.string(f.fix);
    if (f.related) out.related = this.related(f.related);
    return out;
  }
  related(list3) {
    const key = JSON.stringify(list3);
    let kept = this.relatedLists.get(key);
    if (kept === void 0) {
      kept = list3.map((r) => {
        const o = { ...r, file: this.string(r.file) };
        if (r.message !== void 0) o.message = this.string(r.message);
        return o;
      });
      this.relatedLists.set(key, kept);
    }
    return kept;
  }
};
function flat(s) {
  return s.length < 16 ? s : JSON.parse(JSON.stringify(s));
}

// src/core/budget.ts
var DEFAULT_RUN_BUDGET_MS = 4e4;
var DEFAULT_FILE_BUDGET_MS = 2e4;
var current;
function startRunBudget(ms) {
  const budget = ms ?? envMs("CLAWLINT_RUN_BUDGET_MS", DEFAULT_RUN_BUDGET_MS);
  const fileMs = envMs("CLAWLINT_FILE_BUDGET_MS", DEFAULT_FILE_BUDGET_MS);
  current = { ms: budget, deadline: Date.now() + budget, skipped: [], fileMs, cut: [] };
}
function envMs(name, fallback) {
  const raw = process.env[name];
  const n = Number(raw);
  return raw !== void 0 && raw !== "" && Number.isFinite(n) ? n : fallback;
}
function fileBudget() {
  const b = current;
  if (!b) return () => false;
  const deadline = Date.now() + b.fileMs;
  return () => Date.now() >= deadline;
}
function recordFileCut(file, what) {
  current?.cut.push({ file, what });
}
function overBudget(stage, file) {
  if (!current || Date.now() < current.deadline) return false;
  current.skipped.push({ stage, file });
  return true;
}
function budgetRemainingMs() {
  return current ? Math.max(0, current.deadline - Date.now()) : Infinity;
}
function finishRunBudget() {
  const b = current;
  current = void 0;
  if (!b) return [];
  const cutFiles = [...new Map(b.cut.map((c) => [c.file, c])).values()];
  const cut = cutFiles.map(
    (c) => makeFinding(
      "clawlint.budget_exceeded",
      "critical",
      `this file's time budget (${b.fileMs / 1e3} s) ran out; not run on it: ${c.what} (what was found before is kept)`,
      { file: c.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      "",
      "Split the config or lint it alone; a file this slow to judge is not judged in full."
    )
  );
  if (!b.skipped.length) return cut;
  const first = b.skipped[0];
  const byStage = /* @__PURE__ */ new Map();
  for (const s of b.skipped) byStage.set(s.stage, (byStage.get(s.stage) ?? 0) + 1);
  const counts = [...byStage].map(([stage, n]) => `${n} ${stage}`).join(", ");
  return [
    ...cut,
    makeFinding(
      "clawlint.budget_exceeded",
      "critical",
      `the run's time budget (${b.ms / 1e3} s) ran out; not checked: ${counts} (first: this file)`,
      { file: first.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      "",
      "Lint fewer paths per run (or exclude generated trees); a tree this large or slow is not judged in full."
    )
  ];
}

// src/deploy/platforms/context.ts
import path11 from "node:path";

// src/parsers/dotenv.ts
var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;
function parseDotenv(text) {
  const out = [];
  const src = text.replace(/\r\n?/g, (m2) => m2.length === 2 ? " \n" : "\n");
  LINE.lastIndex = 0;
  let m;
  while ((m = LINE.exec(src)) !== null) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const key = m[1];
    const keyOffset = m.index + m[0].indexOf(key);
    const rawWithSpace = m[2] ?? "";
    const raw = rawWithSpace.trim();
    const valueOffset = raw ? src.indexOf(raw, keyOffset + key.length) : keyOffset + key.length + 1;
    let value = raw;
    const q = raw[0];
    if (raw.length >= 2 && (q === '"' || q === "'" || q === "`") && raw.endsWith(q)) {
      value = raw.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    }
    out.push({ key, value, keyOffset, valueOffset, valueEnd: valueOffset + raw.length });
  }
  return out;
}
function dotenvToMap(entries) {
  const map = /* @__PURE__ */ new Map();
  for (const e of entries) map.set(e.key, e.value);
  return map;
}

// src/deploy/platforms/context.ts
var MAX_ENV_FILE_BYTES = 1024 * 1024;
var ReadContext = class {
  constructor(cwd, env) {
    this.cwd = cwd;
    this.env = env;
  }
  cwd;
  env;
  /** Env files read, by absolute path. */
  envFiles = /* @__PURE__ */ new Map();
  /** Why an env file was not read, by absolute path (confinement, not a regular file, size). */
  refusedWhy = /* @__PURE__ */ new Map();
  /** Findings at the keys that name a refused file. */
  refusals = [];
  rel(abs) {
    return toRel(this.cwd, abs);
  }
  /** True for a path inside cwd or inside a scanned path named outside it (`lint ../deploy`). */
  inside(abs) {
    const rel = path11.relative(this.cwd, abs);
    if (!rel.startsWith("..") && !path11.isAbsolute(rel)) return true;
    return allowedRoots().some((r) => isInside(r, realOrSelf(abs)));
  }
  /** Read a dotenv file inside the scanned tree (never outside it); null when unreadable. */
  readEnvFile(abs) {
    if (this.envFiles.has(abs)) return this.envFiles.get(abs);
    let result = null;
    if (this.inside(abs)) {
      const r = readSourceFile(abs, this.rel(abs), MAX_ENV_FILE_BYTES);
      if (r.ok) result = r.file;
      else if (r.reason !== "file does not exist") this.refusedWhy.set(abs, r.reason);
    } else this.refusedWhy.set(abs, "path leaves the workspace; not read");
    this.envFiles.set(abs, result);
    return result;
  }
  /** Variables of an env file as EnvVars located in that file (`loc` = where it is referenced). */
  envFileVars(abs, referencedAt, origin) {
    const file = this.readEnvFile(abs);
    if (!file) {
      this.refuse(abs, referencedAt, "env file");
      return void 0;
    }
    return parseDotenv(file.text).map((e) => ({
      name: e.key,
      kind: "env-file",
      value: e.value,
      loc: referencedAt,
      valueLoc: locateRange(file, [e.keyOffset, e.keyOffset + e.key.length]),
      origin
    }));
  }
  /** Repo-relative inside the tree, absolute outside it. */
  shown(abs) {
    const rel = path11.relative(this.cwd, abs);
    return rel.startsWith("..") || path11.isAbsolute(rel) ? abs : this.rel(abs);
  }
  /** A finding at `at` when `abs` was refused (not when it is merely missing). */
  refuse(abs, at3, what, reason = this.refusedWhy.get(abs)) {
    if (!reason) return;
    this.refusals.push(
      makeFinding("file.unreadable", "warn", `${what} ${JSON.stringify(this.shown(abs))}: ${reason}`, at3)
    );
  }
  /** Where the `.env` next to a compose file sets `name`, unless the user's env overrides it. */
  dotenvLocation(dir, name) {
    if (this.env.has(name)) return void 0;
    const file = this.readEnvFile(path11.join(dir, ".env"));
    const e = file ? parseDotenv(file.text).find((x) => x.key === name) : void 0;
    return file && e ? locateRange(file, [e.keyOffset, e.keyOffset + e.key.length]) : void 0;
  }
  /** The `.env` next to a compose file merged under the user's env (the user's env wins, like the shell). */
  interpolationEnv(dir) {
    const env = /* @__PURE__ */ new Map();
    const file = this.readEnvFile(path11.join(dir, ".env"));
    if (file) for (const e of parseDotenv(file.text)) env.set(e.key, e.value);
    for (const [k, v] of this.env) env.set(k, v);
    return env;
  }
};

// src/lint/fold-root-causes.ts
var CONSEQUENCES = [
  { primary: "gateway.bind_no_auth", folds: ["gateway.http.no_auth"], noAuthOnly: ["gateway.auth_no_rate_limit"] },
  { primary: "gateway.loopback_no_auth", folds: ["gateway.http.no_auth"] }
];
var GENERIC_FLAG = "config.insecure_or_dangerous_flags";
function asRelated(f) {
  return {
    file: f.file,
    startLine: f.startLine,
    startColumn: f.startColumn,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: `same root cause, also reported by OpenClaw's audit as ${f.ruleId} (${f.severity}): ${f.message}`
  };
}
function authConfigured(config) {
  const auth = rec(config, "gateway", "auth");
  return !!auth && (auth.mode !== void 0 && auth.mode !== "none" || "token" in auth || "password" in auth);
}
function foldRootCauses(findings, config) {
  const configured = authConfigured(config);
  const into = /* @__PURE__ */ new Map();
  for (const { primary, folds, noAuthOnly = [] } of CONSEQUENCES) {
    const head = findings.find((f) => f.ruleId === primary);
    if (!head) continue;
    const ids = configured ? folds : [...folds, ...noAuthOnly];
    for (const f of findings) if (ids.includes(f.ruleId) && !into.has(f)) into.set(f, head);
  }
  for (const f of findings) {
    if (f.ruleId !== GENERIC_FLAG || !f.path) continue;
    const specific = findings.find((g) => g !== f && g.path === f.path && g.ruleId !== GENERIC_FLAG && !into.has(g));
    if (specific) into.set(f, specific);
  }
  if (into.size === 0) return [...findings];
  const related = /* @__PURE__ */ new Map();
  for (const [folded, head] of into) related.set(head, [...related.get(head) ?? [], asRelated(folded)]);
  return findings.filter((f) => !into.has(f)).map((f) => {
    const extra = related.get(f);
    return extra ? { ...f, related: [...f.related ?? [], ...extra] } : f;
  });
}

// src/lint/not-deployed.ts
var LOOPBACK_PREMISED = /* @__PURE__ */ new Set([
  "gateway.loopback_no_auth",
  "gateway.trusted_proxies_missing",
  "gateway.http.no_auth"
]);
function withoutLoopbackPremises(findings, config) {
  if (at(config, "gateway", "bind") !== void 0) return [...findings];
  return findings.filter((f) => !LOOPBACK_PREMISED.has(f.ruleId));
}

// src/rules/releases.ts
function resolveRelease(history, target) {
  const first = history[0];
  if (!first) return { facts: void 0 };
  if (compareReleases(target, first.from) < 0) return { facts: first.facts, since: first.from };
  let facts;
  for (const row of history) {
    if (compareReleases(row.from, target) > 0) break;
    if (row.facts !== void 0) facts = row.facts;
  }
  return { facts };
}
function releaseLine(version) {
  return version.split(".").slice(0, 2).join(".");
}
function sinceNote(since, target) {
  return `OpenClaw's own audit reports this from ${releaseLine(since)} (first in ${since}); ${target}'s audit does not check it yet.`;
}

// src/rules/openclaw/suppressions.ts
var norm = (v) => typeof v === "string" ? v.trim().toLowerCase() : "";
function applyAuditSuppressions(config, findings) {
  const list3 = arr(config, "security", "audit", "suppressions") ?? [];
  const suppressed = /* @__PURE__ */ new Map();
  if (list3.length === 0) return { suppressed };
  findings.forEach((f, i) => {
    if (f.ruleId === "security.audit.suppressions.active") return;
    const index = list3.findIndex((s2) => {
      if (!isRec(s2) || typeof s2.checkId !== "string") return false;
      const id = s2.checkId.trim();
      if (!id || id !== f.ruleId) return false;
      const t = norm(s2.titleIncludes);
      if (t && !f.title.toLowerCase().includes(t)) return false;
      const d = norm(s2.detailIncludes);
      if (d && !f.detail.toLowerCase().includes(d)) return false;
      return true;
    });
    if (index < 0) return;
    const s = list3[index];
    suppressed.set(i, { reason: typeof s.reason === "string" ? s.reason.trim() : "", index });
  });
  return {
    suppressed,
    active: {
      ruleId: "security.audit.suppressions.active",
      severity: "info",
      title: "Security audit suppressions configured",
      detail: `security.audit.suppressions has ${list3.length} configured suppression(s); ${suppressed.size} finding(s) moved to suppressedFindings.`
    }
  };
}

// src/schema/refinements.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : void 0;
var nonEmptyArray = (v) => Array.isArray(v) && v.length > 0;
function isLoopbackBind(gateway) {
  const bind = str(getOwn(gateway, "bind")) ?? "loopback";
  if (bind === "loopback") return true;
  if (bind === "custom") {
    const host = str(getOwn(gateway, "customBindHost"))?.trim();
    return host === "127.0.0.1" || host === "::1" || host === "localhost";
  }
  return false;
}
function bindSource(spec) {
  const drive = /^[A-Za-z]:[\\/]/.test(spec);
  const idx = spec.indexOf(":", drive ? 2 : 0);
  return idx < 0 ? spec : spec.slice(0, idx);
}
function isAbsoluteHostPath(p) {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p);
}
function sandboxScopes(config) {
  const scopes = [];
  const agents = getOwn(config, "agents");
  const defaults = getOwn(getOwn(agents, "defaults"), "sandbox");
  if (isObj2(defaults)) scopes.push({ path: ["agents", "defaults", "sandbox"], sandbox: defaults });
  const entries = getOwn(agents, "entries");
  if (isObj2(entries)) {
    for (const [id, agent] of Object.entries(entries)) {
      const sb = getOwn(agent, "sandbox");
      if (isObj2(sb)) scopes.push({ path: ["agents", "entries", id, "sandbox"], sandbox: sb });
    }
  }
  return scopes;
}
function checkSandbox(scope, sandbox, out) {
  const docker = getOwn(sandbox, "docker");
  if (isObj2(docker)) {
    const at3 = [...scope, "docker"];
    const binds = getOwn(docker, "binds");
    if (Array.isArray(binds)) {
      binds.forEach((b, i) => {
        if (typeof b !== "string") return;
        if (!b.trim()) {
          out.push({
            ruleId: "schema.sandbox_bind",
            path: [...at3, "binds", i],
            at: "value",
            message: "Sandbox security: bind mount entry must be a non-empty string."
          });
          return;
        }
        const source = bindSource(b);
        if (!isAbsoluteHostPath(source)) {
          out.push({
            ruleId: "schema.sandbox_bind",
            path: [...at3, "binds", i],
            at: "value",
            message: `Sandbox security: bind mount uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`
          });
        }
      });
    }
    const network = str(getOwn(docker, "network"))?.trim().toLowerCase() ?? "";
    if (network === "host") {
      out.push({
        ruleId: "schema.sandbox_network",
        path: [...at3, "network"],
        at: "value",
        message: 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.'
      });
    } else if (network.startsWith("container:") && getOwn(docker, "dangerouslyAllowContainerNamespaceJoin") !== true) {
      out.push({
        ruleId: "schema.sandbox_network",
        path: [...at3, "network"],
        at: "value",
        message: 'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.'
      });
    }
    if (str(getOwn(docker, "seccompProfile"))?.trim().toLowerCase() === "unconfined") {
      out.push({
        ruleId: "schema.sandbox_seccomp",
        path: [...at3, "seccompProfile"],
        at: "value",
        message: 'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.'
      });
    }
    if (str(getOwn(docker, "apparmorProfile"))?.trim().toLowerCase() === "unconfined") {
      out.push({
        ruleId: "schema.sandbox_apparmor",
        path: [...at3, "apparmorProfile"],
        at: "value",
        message: 'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.'
      });
    }
  }
  const browser = getOwn(sandbox, "browser");
  if (isObj2(browser) && str(getOwn(browser, "network"))?.trim().toLowerCase() === "host") {
    out.push({
      ruleId: "schema.sandbox_network",
      path: [...scope, "browser", "network"],
      at: "value",
      message: 'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.'
    });
  }
}
function checkToolPolicies(value, path30, out, depth = 0) {
  if (depth > 64 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return value.forEach((v, i) => checkToolPolicies(v, [...path30, i], out, depth + 1));
  const obj2 = value;
  if (nonEmptyArray(getOwn(obj2, "allow")) && nonEmptyArray(getOwn(obj2, "alsoAllow"))) {
    out.push({
      ruleId: "schema.tool_policy_conflict",
      path: [...path30, "alsoAllow"],
      at: "key",
      message: "tools policy cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)"
    });
  }
  for (const [k, v] of Object.entries(obj2)) checkToolPolicies(v, [...path30, k], out, depth + 1);
}
function checkExecModeConflicts(value, path30, out, depth = 0) {
  if (depth > 64 || !isObj2(value)) return;
  const exec = getOwn(getOwn(value, "tools"), "exec");
  if (isObj2(exec) && getOwn(exec, "mode") !== void 0 && (getOwn(exec, "security") !== void 0 || getOwn(exec, "ask") !== void 0)) {
    out.push({
      ruleId: "schema.exec_mode_conflict",
      path: [...path30, "tools", "exec", "mode"],
      at: "key",
      message: "mode cannot be combined with security or ask in the same exec object; keep either mode or the legacy security/ask pair"
    });
  }
}
function checkAgentRoster(config, out) {
  const agents = getOwn(config, "agents");
  if (!isObj2(agents)) return;
  const entries = getOwn(agents, "entries");
  const list3 = getOwn(agents, "list");
  let roster = [];
  if (isObj2(entries))
    roster = Object.entries(entries).map(([k, v]) => ({ key: k, path: ["agents", "entries", k], entry: v }));
  else if (Array.isArray(list3)) {
    roster = list3.map((v, i) => ({ key: String(getOwn(v, "id") ?? i), path: ["agents", "list", i], entry: v }));
  }
  const seen = /* @__PURE__ */ new Map();
  for (const r of roster) {
    const id = r.key.trim().toLowerCase();
    const first = seen.get(id);
    if (first === void 0) seen.set(id, r.key);
    else {
      out.push({
        ruleId: "schema.duplicate_agent_id",
        path: r.path,
        at: "key",
        message: `agents keys "${first}" and "${r.key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`
      });
    }
  }
  const marked = roster.filter((r) => getOwn(r.entry, "default") === true);
  if (marked.length > 1) {
    out.push({
      ruleId: "schema.multiple_default_agents",
      path: [...marked[1].path, "default"],
      at: "key",
      message: `agents.entries must contain at most one default=true entry (found ${marked.length})`
    });
  }
  const explicit = getOwn(agents, "ownership") === "explicit";
  if (explicit && marked.length > 0) {
    out.push({
      ruleId: "schema.agent_ownership",
      path: ["agents", "ownership"],
      at: "value",
      message: "agents.ownership=explicit cannot be combined with a legacy default=true marker"
    });
  }
  if (roster.length > 1 && marked.length === 0 && !explicit) {
    out.push({
      ruleId: "schema.agent_ownership",
      path: ["agents", "ownership"],
      at: "key",
      message: 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor'
    });
  }
}
function refine(config) {
  if (!isObj2(config)) return [];
  const out = [];
  const gateway = getOwn(config, "gateway");
  if (str(getOwn(getOwn(gateway, "tailscale"), "mode")) === "funnel" && !isLoopbackBind(isObj2(gateway) ? gateway : void 0)) {
    out.push({
      ruleId: "schema.funnel_requires_loopback",
      path: ["gateway", "bind"],
      at: "value",
      message: 'gateway.bind must resolve to loopback when gateway.tailscale.mode=funnel (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")'
    });
  }
  checkAgentRoster(config, out);
  for (const { path: path30, sandbox } of sandboxScopes(config)) checkSandbox(path30, sandbox, out);
  checkToolPolicies(getOwn(config, "tools"), ["tools"], out);
  checkToolPolicies(getOwn(config, "agents"), ["agents"], out);
  checkExecModeConflicts(config, [], out);
  const agentEntries = getOwn(getOwn(config, "agents"), "entries");
  if (isObj2(agentEntries))
    for (const [id, a] of Object.entries(agentEntries)) checkExecModeConflicts(a, ["agents", "entries", id], out);
  return out;
}

// src/schema/legacy-web-search.ts
var SINCE = { year: 2026, month: 4 };
var WEB_SEARCH_OWNERS = /* @__PURE__ */ new Map([
  ["brave", "brave"],
  ["duckduckgo", "duckduckgo"],
  ["exa", "exa"],
  ["firecrawl", "firecrawl"],
  ["gemini", "google"],
  ["grok", "xai"],
  ["kimi", "moonshot"],
  ["minimax", "minimax"],
  ["ollama", "ollama"],
  ["perplexity", "perplexity"],
  ["searxng", "searxng"]
]);
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function webSearchSuccessor(key) {
  if (key === "apiKey") return ["plugins", "entries", "brave", "config", "webSearch", "apiKey"];
  const owner = WEB_SEARCH_OWNERS.get(key);
  return owner ? ["plugins", "entries", owner, "config", "webSearch"] : void 0;
}
function legacyWebSearch(config, version) {
  const v = parseVersion(version);
  if (!v || v.year * 100 + v.month < SINCE.year * 100 + SINCE.month) return [];
  const search = getOwn(getOwn(getOwn(config, "tools"), "web"), "search");
  if (!isObj3(search)) return [];
  const out = [];
  for (const key of Object.keys(search)) {
    const value = search[key];
    const legacy = key === "apiKey" || WEB_SEARCH_OWNERS.has(key) && isObj3(value) && Object.keys(value).length > 0;
    const to = legacy ? webSearchSuccessor(key) : void 0;
    if (!to) continue;
    out.push({
      ruleId: "schema.legacy_web_search",
      path: ["tools", "web", "search", key],
      at: "key",
      message: `tools.web.search.${key} is provider-owned config that moved to ${to.join(".")}; OpenClaw ${version} rejects it there (\`openclaw doctor --fix\` moves it)`
    });
  }
  return out;
}

// src/schema/validate.ts
function pointer(segments) {
  return segments.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
async function validateWithSchema(value, set) {
  const errors = [];
  const run = async (id, data, segments) => {
    const mod = await set.load(id);
    if (!mod.validate(data, { instancePath: pointer(segments) })) {
      for (const e of mod.validate.errors ?? []) {
        const err = { ...e };
        if (e.keyword === "additionalProperties") {
          const objectSchemaPath = e.schemaPath.replace(/\/additionalProperties$/, "");
          err.knownKeys = mod.keys[objectSchemaPath];
        }
        errors.push(err);
      }
    }
    const entry = set.entry(id);
    const children = entry.children ?? {};
    const items2 = children["[]"];
    if (items2 !== void 0) {
      if (Array.isArray(data))
        for (let i = 0; i < data.length; i++) await run(items2, data[i], [...segments, String(i)]);
      return;
    }
    if (!isPlainObject(data)) return;
    for (const [key, child2] of Object.entries(children)) {
      if (key === "*") {
        const known = new Set(entry.known ?? []);
        for (const k of Object.keys(data)) if (!known.has(k)) await run(child2, data[k], [...segments, k]);
      } else {
        const sub = getOwn(data, key);
        if (sub !== void 0) await run(child2, sub, [...segments, key]);
      }
    }
  };
  await run("$root", value, []);
  return errors;
}

// src/fix/migrations.ts
function parseDotted(dotted) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^.]+)/g;
  for (const m of dotted.matchAll(re)) out.push(m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2]);
  return out;
}
var isObject = (n) => n?.kind === "object";
var DM_KEYS = { policy: "dmPolicy", allowFrom: "allowFrom" };
function migrationOps(m) {
  const segs = m.path.map(String);
  const here = walk2(m.tree, m.path);
  if (here.depth !== m.path.length) return void 0;
  if (segs.length > 3 && segs[segs.length - 2] === "dm" && findLegacyKey(segs.slice(0, -1)))
    return migrationOps({ ...m, path: m.path.slice(0, -1) });
  const legacy = findLegacyKey(segs);
  if (legacy) {
    if (legacy.key.stillAccepted) return void 0;
    const last = segs[segs.length - 1];
    if (last === "dm" && isObject(here.node)) return [{ op: "hoist", path: m.path, rename: DM_KEYS }];
    if (segs.length === 1 && segs[0] === "routing") {
      const node = here.node;
      if (node.kind !== "object" || node.members.size !== 1 || !node.members.has("allowFrom")) return void 0;
      return [{ op: "move", from: ["routing", "allowFrom"], to: parseDotted(legacy.replacement), carry: ["routing"] }];
    }
    return [{ op: "move", from: m.path, to: parseDotted(legacy.replacement) }];
  }
  const renamed = findLegacyKey(segs, RENAMED_KEYS);
  if (renamed && !segs.includes("*")) {
    if (segs[0] === "agents" && segs[1] === "list") return void 0;
    return [{ op: "move", from: m.path, to: parseDotted(renamed.replacement) }];
  }
  const key = segs[segs.length - 1];
  const mask = m.index?.mask(segs);
  const d = mask !== void 0 && m.index ? drift(m.index, mask, m.version) : void 0;
  if (d?.kind === "added") return void 0;
  if (d?.kind === "removed") {
    return [
      {
        op: "remove",
        path: m.path,
        note: `clawlint --fix removed ${formatPath(m.path)}: ${d.text}, and has no successor`
      }
    ];
  }
  const parent = walk2(m.tree, m.path.slice(0, -1)).node;
  const existing = parent.kind === "object" ? parent.members : /* @__PURE__ */ new Map();
  const suggestion = suggestKey(key, m.knownKeys, existing);
  if (suggestion) return [{ op: "move", from: m.path, to: [...m.path.slice(0, -1), suggestion] }];
  return unknownKeyRemoval(m);
}
function unknownKeyRemoval(m) {
  return [
    {
      op: "remove",
      path: m.path,
      note: `clawlint --fix removed ${formatPath(m.path)}: no OpenClaw release knows this key (OpenClaw ${m.version} refuses to start with it)`
    }
  ];
}
function migrationFallback(m, ops) {
  const op = ops?.length === 1 ? ops[0] : void 0;
  if (op?.op !== "move" || op.carry || findLegacyKey(m.path.map(String)) || findLegacyKey(m.path.map(String), RENAMED_KEYS))
    return void 0;
  return unknownKeyRemoval(m);
}
var isChannelStreaming = (segs) => segs[0] === "channels" && segs[segs.length - 1] === "streaming" && (segs.length === 3 || segs.length === 5 && segs[2] === "accounts");
var STREAMING_BOOLEAN_MODE = { true: "partial", false: "off" };
function shapeOps(ruleId, path30, tree) {
  const segs = path30.map(String);
  if (ruleId === "schema.type" && isChannelStreaming(segs)) {
    const r = walk2(tree, path30);
    if (r.depth !== path30.length || r.node.kind !== "scalar") return void 0;
    const v = r.node.value;
    if (typeof v === "string") return [{ op: "wrap", path: path30, key: "mode" }];
    if (typeof v === "boolean") return [{ op: "wrap", path: path30, key: "mode", value: STREAMING_BOOLEAN_MODE[`${v}`] }];
    return void 0;
  }
  if (ruleId === "schema.legacy_web_search" && segs.length === 4) {
    const to = webSearchSuccessor(segs[3]);
    return to ? [{ op: "move", from: path30, to }] : void 0;
  }
  if (ruleId === "schema.agent_ownership" && segs.join(".") === "agents.ownership") {
    if (walk2(tree, path30).depth === path30.length) return void 0;
    return [{ op: "add", path: path30, value: "explicit" }];
  }
  return void 0;
}

// src/lint/lint-config.ts
function validators(opts, value) {
  if (opts.validators) return { set: opts.validators };
  const target = resolveTarget(opts.targetHints ?? [], value, { upgradeCheck: opts.upgradeCheck });
  return { set: ValidatorSet.open(target.version), target };
}
function driftContext(target) {
  try {
    return {
      index: KeyIndex.load(),
      ...target?.requested && target.requested !== target.version ? { requested: target.requested } : {}
    };
  } catch {
    return void 0;
  }
}
async function upgradeNotes(value, tree, set, targetIssues, driftCtx) {
  const newest = bundledReleases().newest;
  if (set.manifest.version === newest || !driftCtx) return [];
  const seen = new Set(targetIssues.map((i) => i.path.join("\0")));
  const out = [];
  for (const issue of toIssues(await validateWithSchema(value, ValidatorSet.open(newest)))) {
    const key = issue.path.join("\0");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(upgradeNoteFinding(issue, tree, set.manifest.version, newest, driftCtx));
  }
  return out;
}
async function lintConfigFile(file, opts = {}) {
  const loaded = loadConfig(file, {
    ...opts.env ? { env: opts.env } : {},
    ...opts.tree ? { tree: opts.tree } : {},
    ...opts.reader ? { reader: opts.reader } : {}
  });
  if (!loaded.ok)
    return { findings: [parseErrorFinding(file, loaded.parsed)], suppressed: [], files: [file], secrets: [] };
  const findings = duplicateKeyFindings(file, loaded.duplicates);
  findings.push(...loaded.includeFindings);
  const { tree, env } = loaded;
  if (opts.reportMissingEnv) findings.push(...missingEnvFindings(tree));
  findings.push(...expansionFindings(tree));
  const over = fileBudget();
  const value = toPlain(tree);
  const { set, target } = validators(opts, value);
  findings.push(...await schemaFindings(value, tree, set, target, loaded.files));
  findings.push(...refinementFindings(value, tree, set, loaded.files));
  const config = value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  const ruled = runRules(tree, config, env, opts, loaded.files, target?.version ?? set.manifest.version, over);
  findings.push(...opts.notRunBy ? withoutLoopbackPremises(ruled.findings, config) : ruled.findings);
  const policies = opts.policies ?? [];
  const policiesRun = policies.length > 0 && !over();
  if (policiesRun)
    findings.push(...evaluatePolicies(policies, "openclaw", effectiveValue(config, opts.deployment), tree));
  const notRun = [
    ruled.notRun ? `${ruled.notRun} rules` : "",
    policies.length && !policiesRun ? `${policies.length} custom policies` : ""
  ].filter(Boolean);
  if (notRun.length) recordFileCut(file.path, notRun.join(" and "));
  findings.sort(compareFindings);
  const redactor = configRedactor(tree, env, opts);
  const scrub = (list3) => list3.map((f) => redactor.finding(f));
  return {
    findings: scrub(findings),
    suppressed: scrub(ruled.suppressed.sort(compareFindings)),
    config,
    files: loaded.files,
    secrets: redactor.list(),
    ...target ? { target } : {}
  };
}
async function schemaFindings(value, tree, set, target, files) {
  const findings = [];
  const issues = toIssues(await validateWithSchema(value, set));
  const driftCtx = driftContext(target);
  for (const issue of issues) {
    const finding = schemaIssueToFinding(issue, tree, set.manifest.version, driftCtx);
    const autofix = schemaAutofix(finding, issue, tree, set, driftCtx);
    if (autofix) withAutofix(finding, autofix, files);
    findings.push(finding);
  }
  findings.push(...await upgradeNotes(value, tree, set, issues, driftCtx));
  return findings;
}
function schemaAutofix(finding, issue, tree, set, driftCtx) {
  if (finding.severity !== "critical") return void 0;
  if (finding.ruleId !== "schema.additionalProperties") {
    const ops2 = shapeOps(finding.ruleId, typedPath(tree, issue.path), tree);
    return ops2 && planAutofix(tree, ops2, "migration");
  }
  const input = {
    path: typedPath(tree, issue.path),
    tree,
    version: set.manifest.version,
    ...driftCtx ? { index: driftCtx.index } : {},
    ...issue.knownKeys ? { knownKeys: issue.knownKeys } : {}
  };
  const ops = migrationOps(input);
  return ops && planAutofix(tree, ops, "migration", migrationFallback(input, ops));
}
function refinementFindings(value, tree, set, files) {
  return [...refine(value), ...legacyWebSearch(value, set.manifest.version)].map((r) => {
    const finding = makeFinding(
      r.ruleId,
      "critical",
      `${r.message}. OpenClaw refuses to start with this config`.replace(".. ", ". "),
      locatePath(tree, r.path, r.at),
      formatPath(r.path)
    );
    const ops = shapeOps(r.ruleId, r.path, tree);
    const autofix = ops && planAutofix(tree, ops, "migration");
    if (autofix) withAutofix(finding, autofix, files);
    return finding;
  });
}
function configRedactor(tree, env, opts) {
  const redactor = new Redactor();
  redactor.addEnv(
    env,
    committedEnv((name) => !opts.env?.has(name) || opts.committedEnv?.has(name) === true)
  );
  redactor.addTree(tree);
  return redactor;
}
function effectiveValue(config, deployment) {
  if (!deployment?.bind) return config;
  const gateway = config.gateway !== null && typeof config.gateway === "object" && !Array.isArray(config.gateway) ? config.gateway : {};
  return { ...config, gateway: { ...gateway, bind: deployment.bind } };
}
function makeContext(tree, config, env, deployment) {
  const scalarAt = (p) => {
    const r = walk2(tree, p);
    return r.depth === p.length && r.node.kind === "scalar" ? r.node : void 0;
  };
  return {
    config,
    env,
    deployment,
    isUnresolved: (p) => (scalarAt(p)?.unresolvedVars?.length ?? 0) > 0,
    authored: (p) => {
      const n = scalarAt(p);
      return n?.authored ?? (typeof n?.value === "string" ? n.value : void 0);
    },
    has: (p) => walk2(tree, p).depth === p.length
  };
}
function withAutofix(finding, autofix, files) {
  finding.autofix = autofix;
  if (finding.suggestion !== void 0) return;
  const suggestion = suggestionFor(finding, autofix, files);
  if (suggestion !== void 0) finding.suggestion = suggestion;
}
function keyExistsIn(path30, release) {
  let index;
  try {
    index = KeyIndex.load();
  } catch {
    return true;
  }
  const mask = index.mask(path30);
  return mask === void 0 || index.has(mask, release);
}
function runRules(tree, config, env, opts, files, release, over) {
  const ctx = makeContext(tree, config, env, opts.deployment ?? {});
  const reported = [];
  const rules = opts.rules ?? RULES.filter((r) => opts.includeOptIn || !r.optIn);
  let notRun = 0;
  for (const [i, rule] of rules.entries()) {
    if (over()) {
      notRun = rules.length - i;
      break;
    }
    const { facts, since } = resolveRelease(rule.releases ?? [], release);
    try {
      rule.check(
        ctx,
        (r) => {
          if (since && !keyExistsIn(r.path, release)) return;
          const loc = locatePath(tree, r.path, r.at ?? "key");
          const finding = makeFinding(
            r.ruleId ?? rule.id,
            r.severity ?? rule.severity,
            since ? `${r.message} ${sinceNote(since, release)}` : r.message,
            loc,
            formatPath(r.path),
            r.fix
          );
          if (since) finding.since = since;
          const ops = r.autofix ?? (r.replaceWith !== void 0 ? [setOp(r.path, r.replaceWith)] : void 0);
          const autofix = ops && planAutofix(tree, ops, r.fixType ?? "security");
          if (autofix) withAutofix(finding, autofix, files);
          reported.push({ finding, title: r.title ?? rule.title, detail: r.detail ?? r.message });
        },
        facts
      );
    } catch (err) {
      const finding = makeFinding(
        "internal.rule_error",
        "warn",
        `Rule ${rule.id} failed on this config: ${err.message}`,
        locatePath(tree, [], "value")
      );
      reported.push({ finding, title: "", detail: "" });
    }
  }
  const { suppressed } = applyAuditSuppressions(
    config,
    reported.map((r) => ({ ruleId: r.finding.ruleId, title: r.title, detail: r.detail }))
  );
  const out = [];
  const silenced = [];
  reported.forEach((r, i) => {
    const s = suppressed.get(i);
    if (!s) return out.push(r.finding);
    silenced.push({
      ...r.finding,
      suppressed: {
        kind: "openclaw",
        reason: s.reason || "(no reason given)",
        by: `security.audit.suppressions[${s.index}]`
      }
    });
  });
  return { findings: opts.deployment ? foldRootCauses(out, config) : out, suppressed: silenced, notRun };
}
function expansionFindings(tree) {
  const out = [];
  forEachScalar(tree, (node, p) => {
    if (!node.expansionCut) return;
    out.push(
      makeFinding(
        "env.expansion_too_large",
        "warn",
        `\${VAR} substitution at ${formatPath(p)} would grow the config past ${MAX_EXPANSION_CHARS} characters; this value and every later one are judged as written`,
        locatePath(tree, p, "value"),
        formatPath(p)
      )
    );
  });
  return out;
}
function missingEnvFindings(tree) {
  const out = [];
  forEachScalar(tree, (node, p) => {
    for (const name of node.unresolvedVars ?? []) {
      out.push(
        makeFinding(
          "env.missing_var",
          "info",
          `Missing env var "${name}" at ${formatPath(p)}; OpenClaw keeps the literal text and the feature using it is unavailable`,
          locatePath(tree, p, "value"),
          formatPath(p),
          `Define ${name} in an env file passed with --env-file`
        )
      );
    }
  });
  return out;
}

// src/policy/rule-settings.ts
function ruleMatches(pattern, ruleId) {
  if (pattern === "*") return true;
  if (pattern.endsWith(".*")) return ruleId.startsWith(pattern.slice(0, -1));
  return pattern === ruleId;
}
var PROTECTED = /^(clawlint\.|suppression\.)/;
function applyRuleSettings(findings, overrides) {
  if (!overrides.length) return [...findings];
  const out = [];
  for (const f of findings) {
    let severity = f.severity;
    if (!PROTECTED.test(f.ruleId)) {
      for (const o of overrides) {
        if (ruleMatches(o.rule, f.ruleId) && (!o.paths?.length || matchesAny(f.file, o.paths))) severity = o.severity;
      }
    }
    if (severity === "off") continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}

// src/policy/comments.ts
function json5Comments(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const start = i;
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
      out.push([start, i]);
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push([i, stop]);
      i = stop - 1;
    }
  }
  return out;
}
function hashComments(text) {
  const out = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf("\n", lineStart);
    if (end < 0) end = text.length;
    let quote;
    for (let i = lineStart; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = void 0;
      } else if (c === '"' || c === "'") {
        if (i === lineStart || /[\s:[{,=-]/.test(text[i - 1])) quote = c;
      } else if (c === "#" && (i === lineStart || /\s/.test(text[i - 1]))) {
        out.push([i, end > i && text[end - 1] === "\r" ? end - 1 : end]);
        break;
      }
    }
    lineStart = end + 1;
  }
  return out;
}
function commentsFor(path30, text) {
  return /\.json5?$/i.test(path30) ? json5Comments(text) : hashComments(text);
}

// src/policy/suppress.ts
var DIRECTIVE = /clawlint-disable-(next-line|line|file)\b([^\n]*)/;
function ruleMatches2(pattern, ruleId) {
  if (pattern.endsWith(".*")) return ruleId.startsWith(pattern.slice(0, -1));
  return pattern === ruleId;
}
function isExpired(until, today) {
  return until !== void 0 && until < today;
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function collectDirectives(sources, isKnownRule, today) {
  const directives = [];
  const findings = [];
  for (const file of sources) {
    if (!file.text.includes("clawlint-disable")) continue;
    for (const [start, end] of commentsFor(file.path, file.text)) {
      const comment = file.text.slice(start, end);
      const m = DIRECTIVE.exec(comment);
      if (!m) continue;
      const at3 = locateRange(file, [start + m.index, start + m.index + m[0].length]);
      const report = (ruleId, message) => findings.push(makeFinding(ruleId, "warn", message, at3));
      const body = m[2].replace(/\*\/\s*$/, "");
      const [spec, ...reasonParts] = body.split(" -- ");
      const reason = reasonParts.join(" -- ").trim();
      const untilMatch = /\buntil=(\S+)/.exec(spec);
      const rules = spec.replace(/\buntil=\S+/, "").split(",").map((r) => r.trim()).filter(Boolean);
      const kind = m[1];
      const label = `clawlint-disable-${kind}`;
      if (!rules.length) {
        report("suppression.invalid", `${label} names no rule id; write ${label} <ruleId> -- <reason>`);
        continue;
      }
      if (!reason) {
        report(
          "suppression.missing_reason",
          `${label} ${rules.join(", ")} has no reason (add " -- <why this risk is accepted>"); it suppresses nothing`
        );
        continue;
      }
      const until = untilMatch?.[1];
      if (until !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(until)) {
        report("suppression.invalid", `${label}: until=${until} is not a YYYY-MM-DD date; it suppresses nothing`);
        continue;
      }
      if (isExpired(until, today)) {
        report(
          "suppression.expired",
          `${label} ${rules.join(", ")} expired on ${until}; the findings it covered are reported again`
        );
        continue;
      }
      const unknown = rules.filter((r) => !isKnownRule(r));
      for (const r of unknown) report("suppression.unknown_rule", `${label} names unknown rule ${JSON.stringify(r)}`);
      const known = rules.filter((r) => isKnownRule(r));
      if (!known.length) continue;
      const startPos = file.positionAt(start);
      const endPos = file.positionAt(end);
      const line2 = kind === "file" ? 0 : kind === "line" ? startPos.line : endPos.line + 1;
      directives.push({
        kind,
        rules: known,
        ...until ? { until } : {},
        reason,
        file: file.path,
        line: line2,
        at: makeFinding("suppression.unused", "warn", "", at3),
        used: false
      });
    }
  }
  return { directives, findings };
}
function applySuppressions(findings, directives, configSuppressions, today, isKnownRule) {
  const kept = [];
  const suppressed = [];
  const problems = [];
  const active = activeConfigSuppressions(configSuppressions, today, isKnownRule, problems);
  const usedConfig = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const by = suppressionOf(f, directives, active);
    if (!by) {
      kept.push(f);
      continue;
    }
    if ("kind" in by) by.used = true;
    else usedConfig.add(by);
    suppressed.push({ ...f, suppressed: acceptedRisk(by) });
  }
  for (const d of directives) {
    if (!d.used)
      problems.push({
        ...d.at,
        message: `clawlint-disable-${d.kind} ${d.rules.join(", ")} suppresses nothing; remove it`
      });
  }
  const unusedConfig = active.filter((s) => !usedConfig.has(s)).map(
    (s) => configProblem(
      s,
      "suppression.unused",
      `suppression of ${s.rule}${s.paths ? ` in ${s.paths.join(", ")}` : ""} matches no finding; remove it`
    )
  );
  problems.push(...unusedConfig);
  return { kept, suppressed, findings: problems, unusedConfig };
}
function activeConfigSuppressions(all, today, isKnownRule, problems) {
  return all.filter((s) => {
    if (!isKnownRule(s.rule)) {
      problems.push(
        configProblem(s, "suppression.unknown_rule", `suppression names unknown rule ${JSON.stringify(s.rule)}`)
      );
      return false;
    }
    if (!isExpired(s.until, today)) return true;
    problems.push(
      configProblem(
        s,
        "suppression.expired",
        `suppression of ${s.rule} expired on ${s.until}; the findings it covered are reported again`
      )
    );
    return false;
  });
}
function suppressionOf(f, directives, active) {
  return directives.find(
    (d) => d.file === f.file && (d.kind === "file" || d.line === f.startLine) && d.rules.some((r) => ruleMatches2(r, f.ruleId))
  ) ?? active.find((s) => ruleMatches2(s.rule, f.ruleId) && (!s.paths?.length || matchesAny(f.file, s.paths)));
}
function acceptedRisk(by) {
  const until = by.until ? { until: by.until } : {};
  return "kind" in by ? { kind: "inline", reason: by.reason, by: `${by.at.file}:${by.at.startLine}`, ...until } : { kind: "config", reason: by.reason, by: `${by.at.file}:${by.at.line}`, ...until };
}
function configProblem(s, ruleId, message) {
  return makeFinding(ruleId, "warn", message, {
    file: s.at.file,
    startLine: s.at.line,
    startColumn: s.at.column,
    endLine: s.at.line,
    endColumn: s.at.column + 1
  });
}

// src/deploy/index.ts
import path28 from "node:path";

// src/deploy/discover.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import path12 from "node:path";

// src/deploy/envsubst.ts
var UNRESOLVED = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}|\$[A-Za-z_][A-Za-z0-9_]*/;
var isEnvsubstYaml = (rel) => /\.ya?ml\.(?:envsubst|tmpl)$/i.test(rel);
var hasGoTemplate = (text) => text.includes("{{");
function asUnfilledTemplate(p) {
  for (const w of p.workloads)
    for (const e of w.env)
      if (e.value !== void 0 && UNRESOLVED.test(e.value)) {
        e.kind = "runtime";
        delete e.value;
      }
  for (const [name, entries] of p.k8s?.secrets ?? [])
    p.k8s.secrets.set(
      name,
      entries.filter((x) => !UNRESOLVED.test(x.value))
    );
  p.literalData = p.literalData.filter((d) => !UNRESOLVED.test(d.value));
  for (const e of p.embedded) {
    e.filledAtDeploy = e.masked ? { template: e.masked } : {};
    delete e.masked;
  }
  return p.embedded.length > 0;
}

// src/deploy/discover.ts
var DEFAULT_DEPLOY_GLOBS = [
  "**/*.yml",
  "**/*.yaml",
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/*.service",
  "**/fly.toml",
  "**/fly.*.toml",
  "**/*.fly.toml",
  // Recognised but templated or platform-specific: envsubst YAML is read, the others are listed as not read.
  "**/*.envsubst",
  "**/*.tmpl",
  "**/*.tpl",
  "**/*.j2",
  "**/railway.toml",
  "**/railway.json"
];
var TEMPLATE_SUFFIX = /\.(?:envsubst|tmpl|tpl|j2)$/i;
function notReadReason(rel) {
  const base = path12.posix.basename(rel);
  if (/^railway\.(?:toml|json)$/i.test(base))
    return "Railway config (start command, variables and networking are set there)";
  if (isEnvsubstYaml(base)) return void 0;
  const m = TEMPLATE_SUFFIX.exec(base);
  if (!m) return void 0;
  return `templated manifest (${m[0]}; filled in at deploy time)`;
}
function kindByName(rel) {
  const base = path12.posix.basename(rel);
  if (/^railway\.(?:toml|json)$/i.test(base)) return "not-read";
  if (isEnvsubstYaml(base) && !/(?:^|\/)templates\//.test(rel)) return "yaml";
  if (TEMPLATE_SUFFIX.test(base)) {
    const inner = base.replace(TEMPLATE_SUFFIX, "");
    if (/(?:^|\/)templates\//.test(rel) || inner.startsWith("_")) return void 0;
    return isOpenclawConfigName(inner) || kindByName(path12.posix.join(path12.posix.dirname(rel), inner)) ? "not-read" : void 0;
  }
  if (/^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i.test(base)) return "compose";
  if (/^render(?:\.[^/]*)?\.ya?ml$/i.test(base)) return "render";
  if (/^fly(?:\.[^/]*)?\.toml$|\.fly\.toml$/i.test(base)) return "fly";
  if (/^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:dockerfile|Dockerfile)$/.test(base)) return "dockerfile";
  if (/\.service$/.test(base)) return "systemd";
  if (/\.ya?ml$/i.test(base)) return "yaml";
  return void 0;
}
function discoverDeployments(paths, opts) {
  const extra = opts.globs ?? [];
  const userMatch = extra.length ? (0, import_picomatch2.default)([...extra], { dot: true }) : void 0;
  const { files, problems } = discover(paths, { cwd: opts.cwd, configGlobs: [...DEFAULT_DEPLOY_GLOBS, ...extra] });
  const deployments = [];
  const configs = [];
  for (const f of files) {
    if (isOpenclawConfigName(f.rel)) {
      configs.push(f);
      continue;
    }
    const kind = kindByName(f.rel) ?? (userMatch?.(f.rootRel) || !f.rel.startsWith("../") && userMatch?.(f.rel) || f.explicit ? "yaml" : void 0);
    if (kind) deployments.push({ ...f, kind });
  }
  return { deployments, configs, problems };
}

// src/deploy/link-image.ts
import path14 from "node:path";

// src/deploy/launcher-script.ts
var RUNTIME_VALUE = "$(js)";
var NODE_SCRIPT = /\.[cm]?js$/;
function handedOverScript(file) {
  const vars = shellAssignments(file.text);
  let found;
  for (const line2 of file.text.split("\n")) {
    if (/^\s*#/.test(line2)) continue;
    const words = shellWords(line2).map((w) => w.text);
    let i = 0;
    while (words[i] === "exec" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] ?? "")) i++;
    if (i > 0 && words[i - 1] !== "exec" && words[i] === void 0) continue;
    const cmd = words[i];
    if (!cmd) continue;
    const target = /^(?:node|nodejs|bun)$/.test(cmd) ? words.slice(i + 1).find((w) => !w.startsWith("-")) : /^(?:sh|bash)$/.test(cmd) ? words[i + 1] : cmd;
    if (!target) continue;
    const script = expand(target, vars);
    if (script && (NODE_SCRIPT.test(script) || /\.(?:sh|bash)$/.test(script))) found = script;
  }
  return found;
}
function shellAssignments(text) {
  const vars = /* @__PURE__ */ new Map();
  for (const line2 of text.split("\n")) {
    const m = /^\s*(?:export\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=(\S.*)?$/.exec(line2);
    if (!m) continue;
    const word = shellWords(m[2] ?? "")[0]?.text ?? "";
    vars.set(m[1], expand(word, vars) ?? "");
  }
  return vars;
}
function expand(word, vars) {
  let unknown = false;
  const out = word.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_, a, dflt, b) => {
      const v = vars.get(a ?? b) ?? dflt;
      if (v === void 0) unknown = true;
      return v ?? "";
    }
  );
  return unknown ? void 0 : out;
}
var SPAWN_CALL = /\b(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync)\s*\(\s*(["'`])/g;
var EXEC_CALL = /\b(?:exec|execSync|execaCommand|execaCommandSync)\s*\(\s*(["'`])/g;
var MAX_CALLS = 200;
function nodeLaunchLines(file) {
  const consts = jsConstants(file.text);
  const lines = [];
  for (const re of [SPAWN_CALL, EXEC_CALL]) {
    re.lastIndex = 0;
    let m;
    let calls = 0;
    while ((m = re.exec(file.text)) !== null && calls++ < MAX_CALLS) {
      const quoteAt = m.index + m[0].length - 1;
      const str3 = stringLiteral(file.text, quoteAt);
      if (!str3) continue;
      if (re === EXEC_CALL) {
        if (!str3.value.includes("${")) lines.push(argsFromString(str3.value, file, [quoteAt + 1, str3.end - 1]));
        continue;
      }
      const args = [{ text: str3.value, loc: locateRange(file, [quoteAt + 1, str3.end - 1]) }];
      let i = skipSpace(file.text, str3.end);
      if (file.text[i] === ",") {
        i = skipSpace(file.text, i + 1);
        if (file.text[i] === "[") {
          for (const el of arrayElements(file.text, i))
            args.push({ text: jsValue(el.text, consts, 0), loc: locateRange(file, [el.start, el.end]) });
        }
      }
      lines.push(args);
    }
  }
  return lines;
}
function skipSpace(text, i) {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
function stringLiteral(text, at3) {
  const q = text[at3];
  if (q !== '"' && q !== "'" && q !== "`") return void 0;
  let out = "";
  for (let i = at3 + 1; i < text.length && i < at3 + 4096; i++) {
    const c = text[i];
    if (c === "\\") {
      out += text[++i] ?? "";
      continue;
    }
    if (c === q) return { value: out, end: i + 1 };
    if (c === "\n" && q !== "`") return void 0;
    out += c;
  }
  return void 0;
}
function arrayElements(text, at3) {
  const out = [];
  let depth = 0;
  let start = at3 + 1;
  const push = (end) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: start + lead, end: start + lead + t.length });
  };
  for (let i = at3; i < text.length && i < at3 + 8192; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      const s = stringLiteral(text, i);
      if (!s) return out;
      i = s.end - 1;
      continue;
    }
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") {
      depth--;
      if (depth === 0) {
        push(i);
        return out;
      }
    } else if (c === "," && depth === 1) {
      push(i);
      start = i + 1;
    }
  }
  return out;
}
function jsConstants(text) {
  const out = /* @__PURE__ */ new Map();
  const re = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+);?\s*$/gm;
  let m;
  while ((m = re.exec(text)) !== null) if (!out.has(m[1])) out.set(m[1], m[2].trim());
  return out;
}
function jsValue(expr, consts, depth) {
  const e = expr.trim();
  if (depth > 4) return RUNTIME_VALUE;
  const str3 = stringLiteral(e, 0);
  if (str3 && str3.end === e.length) return str3.value.includes("${") ? RUNTIME_VALUE : str3.value;
  if (/^-?\d+(?:\.\d+)?$/.test(e)) return e;
  const wrapped = /^(?:String|Number|parseInt|parseFloat)\s*\(\s*([^,()]+?)\s*(?:,\s*\d+\s*)?\)$/.exec(e);
  if (wrapped) return jsValue(wrapped[1], consts, depth + 1);
  const env = /^process\.env(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])$/.exec(e);
  if (env) return `\${${env[1] ?? env[2]}}`;
  const fallback = /^(process\.env(?:\.[A-Za-z_]\w*|\[\s*["'][A-Za-z_]\w*["']\s*\]))\s*(?:\|\||\?\?)\s*(.+)$/.exec(e);
  if (fallback) {
    const name = /[A-Za-z_]\w*(?=["']?\s*\]?$)/.exec(fallback[1])[0];
    const dflt = jsValue(fallback[2], consts, depth + 1);
    return dflt === RUNTIME_VALUE ? RUNTIME_VALUE : `\${${name}:-${dflt}}`;
  }
  const c = /^[A-Za-z_$][\w$]*$/.test(e) ? consts.get(e) : void 0;
  if (c !== void 0) return jsValue(c, consts, depth + 1);
  return RUNTIME_VALUE;
}

// src/deploy/platforms/common.ts
import path13 from "node:path";
function newWorkload(platform, name, file, loc) {
  return {
    platform,
    name,
    file,
    dir: path13.dirname(file.absPath),
    loc,
    args: [],
    defaultCommand: true,
    env: [],
    exposures: [],
    mounts: [],
    hostNamespaces: [],
    capAdd: [],
    hardening: [],
    configMaps: /* @__PURE__ */ new Map(),
    opaqueEnv: [],
    runsOpenclaw: false,
    isGateway: false
  };
}
function emptyParsed(file, platform) {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}

// src/deploy/platforms/dockerfile.ts
var CONTINUED = /\\\s*$/;
function dockerInstructions(text) {
  const out = [];
  const lines = [];
  let pos = 0;
  for (const raw of text.split("\n")) {
    lines.push({ start: pos, text: raw.replace(/\r$/, "") });
    pos += raw.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line2 = lines[i];
    const m = /^(\s*)([A-Za-z]+)(\s+|$)/.exec(line2.text);
    if (!m || /^\s*#/.test(line2.text)) continue;
    const start = line2.start + m[1].length;
    const argsStart = line2.start + m[0].length;
    let end = line2.start + line2.text.length;
    const pieces = [line2.text.slice(m[0].length)];
    let more = CONTINUED.test(pieces[0]);
    while (more && i + 1 < lines.length) {
      i++;
      const next = lines[i];
      if (/^\s*#/.test(next.text)) continue;
      pieces[pieces.length - 1] = pieces[pieces.length - 1].replace(CONTINUED, " ");
      pieces.push(next.text);
      end = next.start + next.text.length;
      more = CONTINUED.test(next.text);
    }
    pieces[pieces.length - 1] = pieces[pieces.length - 1].replace(CONTINUED, "");
    out.push({ keyword: m[2].toUpperCase(), args: pieces.join("").trim(), argsStart, end, start });
  }
  return out;
}
function commandArgs(file, ins) {
  const text = ins.args;
  if (text.startsWith("[")) {
    try {
      const list3 = JSON.parse(text);
      if (Array.isArray(list3) && list3.every((x) => typeof x === "string")) {
        let cursor = ins.argsStart;
        return argsFromList(
          list3.map((s) => {
            const quoted = JSON.stringify(s);
            const at3 = file.text.indexOf(quoted, cursor);
            const range2 = at3 === -1 ? [ins.argsStart, ins.end] : [at3, at3 + quoted.length];
            if (at3 !== -1) cursor = at3 + quoted.length;
            return { text: s, file, range: range2 };
          })
        );
      }
    } catch {
    }
  }
  return argsFromString(text, file, [ins.argsStart, ins.end]);
}
function readDockerfile(file) {
  const out = emptyParsed(file, "dockerfile");
  const all = dockerInstructions(file.text);
  const lastFrom = all.map((x) => x.keyword).lastIndexOf("FROM");
  const stage = lastFrom === -1 ? all : all.slice(lastFrom);
  const from = lastFrom === -1 ? void 0 : all[lastFrom];
  const w = newWorkload("dockerfile", "image", file, locateRange(file, from ? [from.start, from.end] : [0, 0]));
  if (from) {
    const img = shellWords(from.args).find((t) => !t.text.startsWith("--"));
    if (img) w.image = { value: img.text, loc: locateRange(file, [from.argsStart, from.end]) };
  }
  let entrypoint = [];
  let cmd = [];
  for (const ins of stage) {
    const loc = locateRange(file, [ins.start, ins.end]);
    switch (ins.keyword) {
      case "CMD":
        cmd = commandArgs(file, ins);
        break;
      case "ENTRYPOINT":
        entrypoint = commandArgs(file, ins);
        break;
      case "ENV":
      case "ARG": {
        const words = shellWords(ins.args);
        const pairs = words.every((x) => x.text.includes("=")) || ins.keyword === "ARG";
        const list3 = pairs ? words.map((x) => x.text) : [
          `${words[0]?.text ?? ""}=${words.slice(1).map((x) => x.text).join(" ")}`
        ];
        let cursor = ins.argsStart;
        for (const pair of list3) {
          const eq = pair.indexOf("=");
          const name = eq === -1 ? pair : pair.slice(0, eq);
          if (!name) continue;
          const at3 = file.text.indexOf(name, cursor);
          const keyLoc2 = at3 === -1 ? loc : locateRange(file, [at3, at3 + name.length]);
          if (at3 !== -1) cursor = at3 + name.length;
          if (eq === -1) continue;
          const value = pair.slice(eq + 1);
          const vAt = value ? file.text.indexOf(value, cursor) : -1;
          const valueLoc = vAt === -1 ? keyLoc2 : locateRange(file, [vAt, vAt + value.length]);
          w.env.push({
            name,
            kind: /\$\{?[A-Za-z_]/.test(value) ? "runtime" : "literal",
            value,
            loc: keyLoc2,
            valueLoc,
            origin: ins.keyword === "ENV" ? "Dockerfile ENV" : "Dockerfile ARG default"
          });
        }
        break;
      }
      case "USER": {
        const user = ins.args.split(/\s+/)[0] ?? "";
        w.user = { value: user, loc };
        break;
      }
      default:
        break;
    }
  }
  w.imageFacts = imageFacts(file, all, lastFrom, w.user);
  w.opaqueEnv.push({ value: "the runtime environment of the container (docker run -e, orchestrator)", loc: w.loc });
  w.args = [...entrypoint, ...cmd];
  w.defaultCommand = w.args.length === 0;
  classify(w);
  out.workloads.push(w);
  return out;
}
function imageFacts(file, all, lastFrom, user) {
  const stages = /* @__PURE__ */ new Map();
  let base;
  for (const ins of all) {
    if (ins.keyword !== "FROM") continue;
    const words = shellWords(ins.args).filter((t) => !t.text.startsWith("--"));
    const img = words[0]?.text ?? "";
    const resolved = stages.get(img.toLowerCase()) ?? img;
    if (words[1]?.text.toLowerCase() === "as" && words[2]) stages.set(words[2].text.toLowerCase(), resolved);
    base = resolved;
  }
  const stage = lastFrom === -1 ? all : all.slice(lastFrom);
  const installs = all.some(
    (x) => x.keyword === "RUN" && installsOpenclaw(x.args) || x.keyword === "COPY" && imageKind(/--from=(\S+)/.exec(x.args)?.[1]) === "official"
  );
  const facts = {
    file: file.path,
    openclaw: installs || imageKind(base) === "official",
    ...base ? { base } : {},
    ...user ? { user } : {},
    homes: /* @__PURE__ */ new Map(),
    copies: []
  };
  for (const ins of stage) {
    if (ins.keyword === "ENV") {
      const m = /(?:^|\s)HOME[=\s]+["']?([^"'\s]+)/.exec(ins.args);
      if (m) facts.home = m[1];
    } else if (ins.keyword === "RUN") {
      for (const m of ins.args.matchAll(/\b(?:useradd|adduser)\b([^&;|]*)/g)) {
        const words = shellWords(m[1]).map((x) => x.text);
        const name = [...words].reverse().find((x) => !x.startsWith("-"));
        const d = words.findIndex((x) => x === "-d" || x === "--home" || x === "--home-dir" || x === "-h");
        if (name) facts.homes.set(name, d !== -1 && words[d + 1] ? words[d + 1] : `/home/${name}`);
      }
    } else if (ins.keyword === "LABEL") {
      for (const w of shellWords(ins.args)) {
        const m = /^org\.opencontainers\.image\.source=(.+)$/.exec(w.text);
        if (m) facts.source = m[1];
      }
    } else if ((ins.keyword === "COPY" || ins.keyword === "ADD") && !/--from=/.test(ins.args)) {
      const words = copyWords(ins.args).filter((x) => !x.startsWith("--"));
      const dest = words.pop();
      if (!dest) continue;
      const loc = locateRange(file, [ins.start, ins.end]);
      for (const src of words) facts.copies.push({ src, dest, loc });
    }
  }
  return facts;
}
function copyWords(args) {
  if (args.startsWith("[")) {
    try {
      const list3 = JSON.parse(args);
      if (Array.isArray(list3)) return list3.map(String);
    } catch {
    }
  }
  return shellWords(args).map((x) => x.text);
}

// src/deploy/link-image.ts
var MAX_LINKED_BYTES = 2 * 1024 * 1024;
var MAX_SCRIPT_BYTES = 256 * 1024;
function linkImages(parsed, rc) {
  for (const p of parsed) if (p.platform === "compose") linkComposeTags(p, rc);
  linkPublishedImages(parsed);
  for (const p of parsed) {
    for (const w of p.workloads) {
      if (w.buildDockerfile) {
        const df = dockerfileWorkload(w, w.buildDockerfile, parsed, p, rc);
        if (df) inherit(w, df);
      }
      readEntrypointScript(w, p, rc);
      classify(w);
    }
  }
}
function linkComposeTags(p, rc) {
  const built = /* @__PURE__ */ new Map();
  for (const w of p.workloads) if (w.buildDockerfile && w.image) built.set(w.image.value, w);
  for (const w of p.workloads) {
    if (w.buildDockerfile || !w.image) continue;
    const builder = built.get(w.image.value);
    if (builder) {
      w.buildDockerfile = builder.buildDockerfile;
      if (builder.buildDockerfileLoc) w.buildDockerfileLoc = builder.buildDockerfileLoc;
    }
  }
  if (built.size || p.workloads.some((w) => w.buildDockerfile)) return;
  const local = p.workloads.filter(
    (w) => w.image && imageKind(w.image.value) !== "official" && !/^[^/]+\.[^/]+\//.test(w.image.value) && /openclaw|clawdbot|moltbot/i.test(w.image.value)
  );
  const sibling = path14.join(path14.dirname(p.file.absPath), "Dockerfile");
  if (local.length !== 1) return;
  const read = readSourceFile(sibling, rc.rel(sibling), MAX_LINKED_BYTES);
  if (!read.ok) return;
  const df = readDockerfile(new SourceFile(read.file.path, read.file.text, sibling)).workloads[0];
  if (df?.imageFacts?.openclaw) local[0].buildDockerfile = sibling;
}
function linkPublishedImages(parsed) {
  const bySource = /* @__PURE__ */ new Map();
  for (const p of parsed)
    for (const w of p.workloads) {
      const repo = w.platform === "dockerfile" ? githubRepository(w.imageFacts?.source) : void 0;
      if (repo && !bySource.has(repo)) bySource.set(repo, p.file.absPath);
    }
  if (!bySource.size) return;
  for (const p of parsed)
    for (const w of p.workloads) {
      if (w.platform === "dockerfile" || w.buildDockerfile || !w.image) continue;
      const m = /^ghcr\.io\/([^/:@]+\/[^/:@]+)(?:[:@]|$)/i.exec(w.image.value);
      const df = m ? bySource.get(m[1].toLowerCase()) : void 0;
      if (df) w.buildDockerfile = df;
    }
}
function githubRepository(url) {
  const m = /^(?:https?:\/\/|git@)github\.com[/:]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/i.exec(url?.trim() ?? "");
  return m ? m[1].toLowerCase() : void 0;
}
function dockerfileWorkload(w, abs, parsed, p, rc) {
  const known = parsed.find((x) => x.platform === "dockerfile" && x.file.absPath === abs)?.workloads[0];
  if (known) return known;
  const at3 = w.buildDockerfileLoc ?? w.loc;
  if (!rc.inside(abs)) {
    rc.refuse(abs, at3, "build Dockerfile", "path leaves the workspace; not read");
    return void 0;
  }
  const read = readSourceFile(abs, rc.rel(abs), MAX_LINKED_BYTES);
  if (!read.ok) {
    if (read.reason !== "file does not exist") rc.refuse(abs, at3, "build Dockerfile", read.reason);
    return void 0;
  }
  const file = new SourceFile(read.file.path, read.file.text, abs);
  if (!p.extraSources.some((s) => s.path === file.path)) p.extraSources.push(file);
  return readDockerfile(file).workloads[0];
}
function inherit(w, df) {
  if (df.imageFacts) w.imageFacts = df.imageFacts;
  if (w.defaultCommand && df.args.length) {
    w.args = df.args;
    w.defaultCommand = false;
    w.commandFromImage = true;
    if (df.bindDecidedIn) w.bindDecidedIn = df.bindDecidedIn;
  }
  if (!w.image && df.image) w.image = df.image;
  const own = new Set(w.env.map((e) => e.name));
  w.env.unshift(
    ...df.env.filter((e) => e.origin === "Dockerfile ENV" && !own.has(e.name)).map((e) => ({ ...e, inherited: true }))
  );
}
var MAX_HOPS = 3;
function nodeScriptAt(args, i) {
  const prev = args[i - 1]?.text ?? "";
  return NODE_SCRIPT.test(args[i].text) && /(?:^|\/)(?:node|nodejs|bun)$/.test(prev) && !NODE_ENTRY.test(args[i].text);
}
function readEntrypointScript(w, p, rc) {
  if (gatewayFlags(w.args).gateway) return;
  const idx = w.args.findIndex(
    (a, i) => /\.(?:sh|bash)$/.test(a.text) || /(?:^|\/)(?:entrypoint|start|run)$/.test(a.text) || nodeScriptAt(w.args, i)
  );
  if (idx === -1) return;
  const read = [];
  let script = w.args[idx].text;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const file = readScript(w, script, p, rc);
    if (!file || read.some((f) => f.path === file.path)) return;
    read.push(file);
    const node = NODE_SCRIPT.test(script);
    const line2 = node ? nodeGatewayLine(file) : gatewayLine(file);
    if (line2) {
      for (const f of read) if (!p.extraSources.some((s) => s.path === f.path)) p.extraSources.push(f);
      const rest = w.args.slice(idx + 1);
      w.args = [...w.args.slice(0, idx), ...line2.flatMap((a) => a.text === "$@" || a.text === "$*" ? rest : [a])];
      if (!gatewayFlags(line2).bind && /"bind"|GATEWAY_BIND|\bbind\s*[:=]/.test(file.text))
        w.bindDecidedIn = line2[0].loc;
      return;
    }
    const next = node ? void 0 : handedOverScript(file);
    if (!next) return;
    script = next;
  }
}
function readScript(w, script, p, rc) {
  const abs = scriptSource(w, script, p);
  if (!abs || !rc.inside(abs)) return void 0;
  const read = readSourceFile(abs, rc.rel(abs), MAX_SCRIPT_BYTES);
  return read.ok ? new SourceFile(read.file.path, read.file.text, abs) : void 0;
}
function nodeGatewayLine(file) {
  return nodeLaunchLines(file).filter((l) => gatewayFlags(l).gateway).pop();
}
function scriptSource(w, script, p) {
  const manifestDir = path14.dirname(p.file.absPath);
  for (const m of w.mounts) {
    if (m.kind !== "bind" || !m.sourceAbs) continue;
    const rest = posixUnder(script, m.target);
    if (rest !== void 0) return rest === "" ? m.sourceAbs : path14.join(m.sourceAbs, ...rest.split("/"));
  }
  const facts = w.imageFacts;
  if (facts) {
    const dfDir = w.buildContext ?? (w.platform === "dockerfile" ? path14.dirname(w.file.absPath) : path14.dirname(w.buildDockerfile ?? w.file.absPath));
    const name = path14.posix.basename(script);
    for (const c of [...facts.copies].reverse()) {
      const dest = c.dest.replace(/\/+$/, "");
      const srcBase = path14.posix.basename(c.src);
      const hit = dest === script || c.dest.endsWith("/") && `${dest}/${srcBase}` === script || srcBase === name && posixUnder(script, dest) === name || !script.startsWith("/") && srcBase === name;
      if (hit) return path14.resolve(dfDir, c.src);
    }
  }
  if (!script.startsWith("/")) return path14.resolve(manifestDir, script);
  return void 0;
}
function gatewayLine(file) {
  const text = file.text;
  let found;
  const re = /[^\n]*(?:\\\n[^\n]*)*/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const line2 = m[0];
    if (/^\s*#/.test(line2) || !/\bgateway\b/.test(line2)) continue;
    const joined = line2.replace(/\\\n/g, "  ");
    const args = argsFromString(joined, file, [m.index, m.index + line2.length]);
    if (gatewayFlags(args).gateway) found = args;
  }
  return found;
}

// src/deploy/platforms/compose.ts
import path15 from "node:path";
function readCompose(file, docs, rc) {
  const out = emptyParsed(file, "compose");
  const root = docs[0]?.root;
  const services = asObject(child(root, "services"));
  if (!services) return out;
  const dir = path15.dirname(file.absPath);
  const env = rc.interpolationEnv(dir);
  const interp = (s) => interpolate(s, env).value;
  const interpArg = (s) => s.replace(/\$\$|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, (m) => {
    const r = interpolate(m, env);
    return r.unresolved.length && r.value === "" ? m : r.value;
  });
  for (const [name, m] of services.members) {
    const svc = m.value;
    if (svc.kind !== "object") continue;
    const w = newWorkload("compose", name, file, keyLoc(m));
    const image = child(svc, "image");
    const imageText = scalarText(image);
    if (image && imageText !== void 0) w.image = { value: interp(imageText), loc: nodeLoc(image) };
    const entrypoint = child(svc, "entrypoint");
    const command = child(svc, "command");
    w.args = [...argsFromYaml(entrypoint, interpArg), ...argsFromYaml(command, interpArg)];
    w.defaultCommand = !entrypoint && !command;
    withImageEntrypoint(w, entrypoint !== void 0);
    const build = child(svc, "build");
    const context = scalarText(build) ?? scalarText(child(build, "context"));
    if (build && context !== void 0 && !/^[a-z]+:\/\//i.test(context)) {
      const dockerfile = scalarText(child(build, "dockerfile")) ?? "Dockerfile";
      w.buildContext = path15.resolve(dir, interp(context));
      w.buildDockerfile = path15.resolve(w.buildContext, interp(dockerfile));
      const at3 = child(build, "dockerfile") ?? build;
      w.buildDockerfileLoc = nodeLoc(at3);
    }
    w.env.push(...environment(child(svc, "environment"), env, (n) => rc.dotenvLocation(dir, n), rc.env));
    if (interpolatedFromDotenv(w.env)) out.extraSources.push(rc.readEnvFile(path15.join(dir, ".env")));
    for (const ef of envFiles(child(svc, "env_file"))) {
      const abs = path15.resolve(dir, interp(ef.path));
      const vars = rc.envFileVars(abs, nodeLoc(ef.node), `env file ${rc.rel(abs)}`);
      if (vars) {
        w.env.push(...vars);
        const src = rc.readEnvFile(abs);
        if (src) out.extraSources.push(src);
      } else w.opaqueEnv.push({ value: `env file ${ef.path}`, loc: nodeLoc(ef.node) });
    }
    for (const p of items(child(svc, "ports"))) {
      const pub = parsePort(p, interp);
      if (!pub) continue;
      const allIfaces = !pub.hostIp || ["0.0.0.0", "::", "[::]", "*"].includes(pub.hostIp);
      if (!allIfaces) {
        if (isLoopbackHost(pub.hostIp)) (w.loopbackPublished ??= []).push({ ports: pub.container, loc: nodeLoc(p) });
        continue;
      }
      w.exposures.push({
        kind: "published-port",
        loc: nodeLoc(p),
        ports: pub.container,
        what: pub.hostPort ? `published on all host interfaces (host port ${pub.hostPort}${pub.hostIp ? ` on ${pub.hostIp}` : ""})` : "published on all host interfaces (random host port)"
      });
    }
    for (const v of items(child(svc, "volumes"))) {
      const mount = parseVolume(v, interp, dir);
      if (mount) w.mounts.push(mount);
    }
    const tmpfs = child(svc, "tmpfs");
    for (const t of tmpfs?.kind === "array" ? tmpfs.items : tmpfs ? [tmpfs] : []) {
      const target = scalarText(t)?.split(":")[0];
      if (target) w.mounts.push({ kind: "tmpfs", target, loc: nodeLoc(t) });
    }
    const networkMode = child(svc, "network_mode");
    if (networkMode && !["bridge", "none", "default"].includes(scalarText(networkMode) ?? ""))
      w.sharedNetns = w.netnsOfOther = true;
    const privileged = child(svc, "privileged");
    if (privileged && isTrue(privileged)) w.privileged = nodeLoc(privileged);
    for (const key of ["network_mode", "pid", "ipc", "userns_mode", "uts"]) {
      const n = child(svc, key);
      if (n && scalarText(n) === "host") {
        w.hostNamespaces.push({
          value: key === "network_mode" ? "network_mode: host" : `${key}: host`,
          loc: nodeLoc(n)
        });
        if (key === "network_mode")
          w.exposures.push({
            kind: "host-network",
            loc: nodeLoc(n),
            what: "on the host's network (network_mode: host)"
          });
      }
    }
    for (const c of items(child(svc, "cap_add"))) {
      const cap = scalarText(c);
      if (cap) w.capAdd.push({ value: cap.toUpperCase().replace(/^CAP_/, ""), loc: nodeLoc(c) });
    }
    const user = child(svc, "user");
    const userText = scalarText(user);
    if (user && userText !== void 0) w.user = { value: interp(userText), loc: nodeLoc(user) };
    if (member(svc, "profiles") && w.defaultCommand) w.buildOnly = true;
    out.workloads.push(w);
  }
  for (const [, m] of services.members) {
    const joined = /^service:(.+)$/.exec(scalarText(child(m.value, "network_mode")) ?? "")?.[1];
    const target = out.workloads.find((w) => w.name === joined);
    if (target) target.sharedNetns = true;
  }
  for (const w of out.workloads) {
    const shared = out.workloads.some((o) => o !== w && o.image && o.image.value === w.image?.value);
    if (w.buildOnly && !shared && !w.buildDockerfile) delete w.buildOnly;
    classify(w);
  }
  return out;
}
function interpolatedFromDotenv(env) {
  return env.some((e) => e.kind === "interpolated" && e.committedAt && e.committedAt !== e.valueLoc);
}
function environment(node, env, dotenv, userEnv) {
  const out = [];
  const add = (name, raw, keyAt, valueNode, loc = keyAt ? nodeLoc(keyAt) : void 0) => {
    if (!loc) return;
    const valueLoc = valueNode ? nodeLoc(valueNode) : loc;
    if (raw === void 0) {
      const v = env.get(name);
      out.push({
        name,
        kind: v === void 0 ? "runtime" : "interpolated",
        ...v !== void 0 ? { value: v } : {},
        loc,
        valueLoc,
        origin: "compose environment (from the shell)"
      });
      return;
    }
    const r = interpolate(raw, env);
    if (r.unresolved.length && r.value === "") {
      out.push({ name, kind: "runtime", loc, valueLoc, origin: `\${${r.unresolved[0]}} at deploy time` });
      return;
    }
    const fromUser = r.vars.some((v) => userEnv.has(v));
    const committedAt = fromUser ? void 0 : r.vars.map(dotenv).find((l) => l) ?? valueLoc;
    out.push({
      name,
      kind: r.vars.length ? "interpolated" : "literal",
      value: r.value,
      loc,
      valueLoc,
      ...r.vars.length && committedAt ? { committedAt } : {},
      origin: "compose environment"
    });
  };
  if (node?.kind === "object") {
    for (const [name, m] of node.members) {
      const v = m.value;
      add(
        name,
        v.kind === "scalar" && v.value !== null ? String(v.value) : void 0,
        void 0,
        v.kind === "scalar" && v.value !== null ? v : void 0,
        keyLoc(m)
      );
    }
  } else {
    for (const item of items(node)) {
      const t = scalarText(item);
      if (t === void 0) continue;
      const eq = t.indexOf("=");
      const name = eq === -1 ? t : t.slice(0, eq);
      add(name, eq === -1 ? void 0 : t.slice(eq + 1), item, item);
    }
  }
  return out;
}
function envFiles(node) {
  const list3 = node?.kind === "array" ? node.items : node ? [node] : [];
  return list3.flatMap((n) => {
    const p = scalarText(n) ?? scalarText(child(n, "path"));
    return p ? [{ path: p, node: n }] : [];
  });
}
function isLoopbackHost(ip) {
  return /^127\.\d+\.\d+\.\d+$/.test(ip) || ip === "::1" || ip === "[::1]" || ip.toLowerCase() === "localhost";
}
function range(text) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return void 0;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}
function parsePort(node, interp) {
  if (node.kind === "object") {
    const target = range(interp(scalarText(child(node, "target")) ?? ""));
    if (!target) return void 0;
    const hostIp = scalarText(child(node, "host_ip"));
    const published = scalarText(child(node, "published"));
    return {
      container: target,
      ...hostIp ? { hostIp: interp(hostIp) } : {},
      ...published ? { hostPort: interp(published) } : {}
    };
  }
  const raw = scalarText(node);
  if (raw === void 0) return void 0;
  const text = interp(raw).replace(/\/(tcp|udp|sctp)$/i, "");
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text);
  const parts = v6 ? [v6[1], ...v6[2].split(":")] : text.split(":");
  const container = range(parts[parts.length - 1] ?? "");
  if (!container) return void 0;
  if (parts.length === 1) return { container };
  if (parts.length === 2) return { container, hostPort: parts[0] };
  return { container, hostIp: parts.slice(0, parts.length - 2).join(":"), hostPort: parts[parts.length - 2] };
}
function parseVolume(node, interp, dir) {
  const loc = nodeLoc(node);
  let source;
  let target;
  let type;
  let readOnly = false;
  if (node.kind === "object") {
    source = scalarText(child(node, "source"));
    target = scalarText(child(node, "target"));
    type = scalarText(child(node, "type"));
    readOnly = isTrue(child(node, "read_only"));
  } else {
    const raw = scalarText(node);
    if (raw === void 0) return void 0;
    const text = interp(raw);
    const parts = text.split(":");
    if (parts.length === 1) target = parts[0];
    else {
      source = parts[0];
      target = parts[1];
      readOnly = /(^|,)ro(,|$)/.test(parts[2] ?? "");
    }
  }
  if (source !== void 0) source = interp(source);
  if (!target) return void 0;
  target = interp(target);
  const isPath = source !== void 0 && /^(?:\/|\.|~)/.test(source);
  const kind = type === "tmpfs" ? "tmpfs" : type === "bind" || type === void 0 && isPath ? "bind" : source ? "volume" : "volume";
  const m = { kind, target, loc, readOnly };
  if (source) m.source = source;
  if (kind === "bind" && source && !source.startsWith("~") && !path15.isAbsolute(source))
    m.sourceAbs = path15.resolve(dir, source);
  return m;
}

// src/deploy/platforms/fly.ts
import path16 from "node:path";
function readFly(file, root) {
  const out = emptyParsed(file, "fly");
  const app = scalarText(child(root, "app")) ?? "app";
  const processes = asObject(child(root, "processes"));
  const list3 = processes?.members.size ? [...processes.members].map(([name, m]) => ({ name, cmd: m.value, loc: keyLoc(m) })) : [{ name: "app", cmd: child(root, "experimental", "cmd"), loc: keyOrNodeLoc(root, "app") }];
  const services = [
    ...items(child(root, "services")),
    ...child(root, "http_service") ? [child(root, "http_service")] : []
  ];
  for (const proc of list3) {
    const w = newWorkload("fly", `${app} process ${proc.name}`, file, proc.loc);
    const image = child(root, "build", "image");
    if (image && scalarText(image)) w.image = { value: scalarText(image), loc: nodeLoc(image) };
    else {
      const df = child(root, "build", "dockerfile");
      w.buildContext = path16.dirname(file.absPath);
      w.buildDockerfile = path16.resolve(w.buildContext, scalarText(df) ?? "Dockerfile");
      w.buildDockerfileLoc = df ? nodeLoc(df) : proc.loc;
    }
    w.args = argsFromYaml(proc.cmd);
    w.defaultCommand = w.args.length === 0;
    for (const [name, m] of asObject(child(root, "env"))?.members ?? []) {
      const v = scalarText(m.value) ?? "";
      w.env.push({
        name,
        kind: "literal",
        value: v,
        loc: keyLoc(m),
        valueLoc: nodeLoc(m.value),
        origin: "fly.toml [env]"
      });
    }
    w.opaqueEnv.push({ value: "fly secrets", loc: proc.loc });
    for (const svc of services) {
      const procs = items(child(svc, "processes")).map(scalarText);
      if (procs.length && !procs.includes(proc.name)) continue;
      const port = Number(scalarText(child(svc, "internal_port")));
      w.exposures.push({
        kind: "platform-public",
        loc: keyOrNodeLoc(svc, "internal_port"),
        ...Number.isFinite(port) ? { ports: [port, port] } : {},
        what: "public on the internet through the Fly proxy"
      });
    }
    const mounts = child(root, "mounts");
    for (const m of mounts?.kind === "array" ? mounts.items : mounts ? [mounts] : []) {
      const target = scalarText(child(m, "destination"));
      if (target)
        w.mounts.push({ kind: "disk", target, source: scalarText(child(m, "source")) ?? "", loc: nodeLoc(m) });
    }
    classify(w);
    out.workloads.push(w);
  }
  return out;
}

// src/deploy/platforms/kamal.ts
import path17 from "node:path";
function isKamalShaped(root) {
  const o = asObject(root);
  return !!o && o.members.has("service") && o.members.has("image") && o.members.has("servers");
}
function readKamal(file, root) {
  const out = emptyParsed(file, "kamal");
  const appRoot = path17.dirname(path17.dirname(file.absPath));
  const service = scalarText(child(root, "service"));
  const w = newWorkload(
    "kamal",
    service && !service.includes("<%") ? service : "service",
    file,
    keyOrNodeLoc(root, "service")
  );
  const dockerfile = child(root, "builder", "dockerfile");
  w.buildContext = appRoot;
  w.buildDockerfile = path17.resolve(appRoot, scalarText(dockerfile) ?? "Dockerfile");
  w.buildDockerfileLoc = dockerfile ? nodeLoc(dockerfile) : keyOrNodeLoc(root, "image");
  w.defaultCommand = true;
  const env = child(root, "env");
  const clear = asObject(child(env, "clear")) ?? (child(env, "secret") ? void 0 : asObject(env));
  for (const [name, m] of clear?.members ?? [])
    w.env.push({
      name,
      kind: "literal",
      value: scalarText(m.value) ?? "",
      loc: keyLoc(m),
      valueLoc: nodeLoc(m.value),
      origin: "Kamal env.clear"
    });
  for (const s of items(child(env, "secret"))) {
    const name = scalarText(s)?.split(":")[0];
    if (name) w.env.push({ name, kind: "secret-ref", loc: nodeLoc(s), origin: "Kamal secret" });
  }
  for (const v of items(child(root, "volumes"))) {
    const [source, target] = (scalarText(v) ?? "").split(":");
    if (source && target)
      w.mounts.push({
        kind: source.startsWith("/") || source.startsWith(".") ? "bind" : "volume",
        source,
        target,
        loc: nodeLoc(v)
      });
  }
  const proxy = child(root, "proxy");
  if (proxy) {
    const port = Number(scalarText(child(proxy, "app_port")) ?? 80);
    w.exposures.push({
      kind: "platform-public",
      loc: keyOrNodeLoc(asObject(proxy) ?? root, "app_port"),
      ports: [port, port],
      what: `public through kamal-proxy${child(proxy, "ssl") ? " (TLS)" : ""}`
    });
  }
  classify(w);
  out.workloads.push(w);
  return out;
}

// src/deploy/platforms/kubernetes.ts
var WORKLOAD_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Pod"
]);
function isKubernetesObject(root) {
  return typeof scalarText(child(root, "apiVersion")) === "string" && typeof scalarText(child(root, "kind")) === "string";
}
var CONFIG_KEYS = /^(?:openclaw\.json5?|.+\.openclaw\.json5?)$/;
function readKubernetes(file, docs) {
  const out = emptyParsed(file, "kubernetes");
  const k8s = { pods: [], services: [], ingresses: [], sharedClaims: /* @__PURE__ */ new Set(), secrets: /* @__PURE__ */ new Map() };
  out.k8s = k8s;
  for (const doc of docs) {
    const root = asObject(doc.root);
    if (!root || !isKubernetesObject(root)) continue;
    const kind = scalarText(child(root, "kind"));
    const name = scalarText(child(root, "metadata", "name")) ?? "(unnamed)";
    const namespace = scalarText(child(root, "metadata", "namespace"));
    if (kind === "List") continue;
    if (WORKLOAD_KINDS.has(kind)) {
      const template = kind === "Pod" ? root : kind === "CronJob" ? asObject(child(root, "spec", "jobTemplate", "spec", "template")) : asObject(child(root, "spec", "template"));
      if (template) {
        const pod = readPod(file, kind, name, namespace, template);
        if (runsOneAtATime(kind, child(root, "spec"))) pod.oneAtATime = true;
        k8s.pods.push(pod);
      }
    } else if (kind === "Service") {
      const spec = child(root, "spec");
      const typeNode = child(spec, "type");
      const selector = /* @__PURE__ */ new Map();
      for (const [k, m] of asObject(child(spec, "selector"))?.members ?? []) selector.set(k, scalarText(m.value) ?? "");
      const ports = items(child(spec, "ports")).flatMap((p) => {
        const port = Number(scalarText(child(p, "port")));
        const tp = child(p, "targetPort");
        const tpText = scalarText(tp);
        const targetPort = tpText === void 0 ? port : /^\d+$/.test(tpText) ? Number(tpText) : tpText;
        return Number.isFinite(port) ? [{ port, targetPort, loc: nodeLoc(p) }] : [];
      });
      const ext = member(spec, "externalIPs");
      k8s.services.push({
        name,
        ...namespace ? { namespace } : {},
        type: scalarText(typeNode) ?? "ClusterIP",
        typeLoc: typeNode ? nodeLoc(typeNode) : keyOrNodeLoc(root, "kind"),
        selector,
        ports,
        ...ext && items(ext.value).length ? { externalIPs: keyLoc(ext) } : {}
      });
    } else if (kind === "Ingress") {
      const annotations = asObject(child(root, "metadata", "annotations"));
      const authInFront = [...annotations?.members ?? []].some(
        ([k, m]) => /auth|oauth|middlewares|authorization|oidc/i.test(k) && (scalarText(m.value) ?? "") !== ""
      );
      const backends = [];
      const addBackend = (b) => {
        const svc = child(b, "service");
        const svcName = scalarText(child(svc, "name")) ?? scalarText(child(b, "serviceName"));
        if (!b || !svcName) return;
        const portText = scalarText(child(svc, "port", "number")) ?? scalarText(child(svc, "port", "name")) ?? scalarText(child(b, "servicePort"));
        backends.push({
          service: svcName,
          ...portText ? { port: /^\d+$/.test(portText) ? Number(portText) : portText } : {},
          loc: nodeLoc(b)
        });
      };
      addBackend(child(root, "spec", "defaultBackend") ?? child(root, "spec", "backend"));
      for (const rule of items(child(root, "spec", "rules")))
        for (const p of items(child(rule, "http", "paths"))) addBackend(child(p, "backend"));
      k8s.ingresses.push({
        name,
        ...namespace ? { namespace } : {},
        loc: keyOrNodeLoc(root, "kind"),
        authInFront,
        backends
      });
    } else if (kind === "PersistentVolumeClaim") {
      if (items(child(root, "spec", "accessModes")).some((m) => scalarText(m) === "ReadWriteMany"))
        k8s.sharedClaims.add(name);
    } else if (kind === "Secret") {
      const entries = [];
      for (const field of ["stringData", "data"]) {
        for (const [k, m] of asObject(child(root, field))?.members ?? []) {
          const raw = scalarText(m.value);
          if (raw === void 0) continue;
          const value = field === "data" ? decodeBase64(raw) : raw;
          if (value === void 0) continue;
          entries.push({ key: k, value, loc: nodeLoc(m.value), ...namespace ? { namespace } : {} });
          out.literalData.push({ name: k, value, loc: keyLoc(m), what: `Secret ${name} ${field}`, secret: name });
        }
      }
      k8s.secrets.set(name, entries);
    } else if (kind === "ConfigMap") {
      for (const [k, m] of asObject(child(root, "data"))?.members ?? []) {
        if (CONFIG_KEYS.test(k) && m.value.kind === "scalar" && typeof m.value.value === "string") {
          out.embedded.push(embedded(file, name, k, m.value.range, m.value.value, keyLoc(m)));
        } else if (m.value.kind === "scalar") {
          const v = scalarText(m.value);
          if (v) out.literalData.push({ name: k, value: v, loc: keyLoc(m), what: `ConfigMap ${name} data` });
        }
      }
    }
  }
  for (const pod of k8s.pods) out.workloads.push(...pod.workloads);
  return out;
}
function runsOneAtATime(kind, spec) {
  if (kind === "Pod") return true;
  const replicas = scalarText(child(spec, "replicas"));
  const one = replicas === void 0 || replicas === "1" || replicas === "0";
  if (kind === "StatefulSet") return one;
  if (kind === "Deployment") return one && scalarText(child(spec, "strategy", "type")) === "Recreate";
  return false;
}
function embedded(file, configMap, key, range2, value, loc) {
  const text = file.text;
  const first = text[range2[0]];
  let start = range2[0];
  let end = range2[1];
  if (first === "|" || first === ">") {
    const nl = text.indexOf("\n", range2[0]);
    start = nl === -1 ? end : nl + 1;
  } else if (first === '"' || first === "'") {
    start++;
    end--;
  }
  const content = text.slice(start, end);
  const squash = (s) => s.replace(/\s+/g, "");
  const e = { file, configMap, key, loc };
  if (squash(content) === squash(value) && (first === "|" || first === ">" || !/\\|''/.test(content))) {
    let masked = "";
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      masked += i >= start && i < end || c === "\n" || c === "\r" ? c : " ";
    }
    e.masked = new SourceFile(file.path, masked, file.absPath);
  }
  return e;
}
function readPod(file, kind, name, namespace, template) {
  const labels = /* @__PURE__ */ new Map();
  for (const [k, m] of asObject(child(template, "metadata", "labels"))?.members ?? [])
    labels.set(k, scalarText(m.value) ?? "");
  const spec = asObject(child(template, "spec"));
  const pod = { ...namespace ? { namespace } : {}, labels, workloads: [], portNames: /* @__PURE__ */ new Map() };
  if (!spec) return pod;
  const volumes = /* @__PURE__ */ new Map();
  for (const v of items(child(spec, "volumes"))) {
    const vname = scalarText(child(v, "name"));
    if (!vname) continue;
    if (member(v, "hostPath"))
      volumes.set(vname, { kind: "hostPath", source: scalarText(child(v, "hostPath", "path")) ?? "" });
    else if (member(v, "emptyDir"))
      volumes.set(vname, { kind: "emptyDir", medium: scalarText(child(v, "emptyDir", "medium")) ?? "" });
    else if (member(v, "persistentVolumeClaim"))
      volumes.set(vname, { kind: "pvc", source: scalarText(child(v, "persistentVolumeClaim", "claimName")) ?? "" });
    else if (member(v, "configMap"))
      volumes.set(vname, { kind: "configMap", source: scalarText(child(v, "configMap", "name")) ?? "" });
    else if (member(v, "secret"))
      volumes.set(vname, { kind: "secret", source: scalarText(child(v, "secret", "secretName")) ?? "" });
    else if (member(v, "nfs")) volumes.set(vname, { kind: "other", source: "nfs" });
    else volumes.set(vname, { kind: "other" });
  }
  const podSec = child(spec, "securityContext");
  const hostNetwork = member(spec, "hostNetwork");
  const automount = member(spec, "automountServiceAccountToken");
  const inits = items(child(spec, "initContainers"));
  const containers = [...inits, ...items(child(spec, "containers"))];
  for (const c of containers) {
    const cname = scalarText(child(c, "name")) ?? "(unnamed)";
    const nameMember = member(c, "name");
    const w = newWorkload(
      "kubernetes",
      `${kind}/${name} container ${cname}`,
      file,
      nameMember ? nodeLoc(nameMember.value) : nodeLoc(c)
    );
    if (inits.includes(c) && scalarText(child(c, "restartPolicy")) !== "Always") w.init = true;
    const image = child(c, "image");
    const imageText = scalarText(image);
    if (image && imageText) w.image = { value: imageText, loc: nodeLoc(image) };
    const command = child(c, "command");
    const args = child(c, "args");
    w.args = [...argsFromYaml(command), ...argsFromYaml(args)];
    w.defaultCommand = !command && !args;
    withImageEntrypoint(w, command !== void 0);
    for (const e of items(child(c, "env"))) {
      const ename = scalarText(child(e, "name"));
      if (!ename) continue;
      const loc = nodeLoc(child(e, "name"));
      const value = child(e, "value");
      const secretRef = child(e, "valueFrom", "secretKeyRef");
      if (value) {
        const v = scalarText(value) ?? "";
        w.env.push({
          name: ename,
          kind: /\$\([A-Za-z_]/.test(v) ? "runtime" : "literal",
          value: v,
          loc,
          valueLoc: nodeLoc(value),
          origin: "container env"
        });
      } else if (secretRef) {
        const sname = scalarText(child(secretRef, "name"));
        const skey = scalarText(child(secretRef, "key"));
        w.env.push({
          name: ename,
          kind: "secret-ref",
          loc,
          origin: `Secret ${sname ?? ""}`.trim(),
          ...sname && skey ? { secretKey: { name: sname, key: skey } } : {}
        });
      } else if (member(e, "valueFrom")) {
        w.env.push({ name: ename, kind: "runtime", loc, origin: "valueFrom" });
      }
    }
    const literalEnv = new Map(
      w.env.filter((e) => e.kind === "literal" && e.value !== void 0).map((e) => [e.name, e.value])
    );
    for (const a of w.args)
      a.text = a.text.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n) => literalEnv.get(n) ?? m);
    for (const ef of items(child(c, "envFrom"))) {
      const sname = scalarText(child(ef, "secretRef", "name")) ?? scalarText(child(ef, "configMapRef", "name"));
      if (sname)
        w.opaqueEnv.push({ value: `${member(ef, "secretRef") ? "Secret" : "ConfigMap"} ${sname}`, loc: nodeLoc(ef) });
    }
    for (const p of items(child(c, "ports"))) {
      const cp = Number(scalarText(child(p, "containerPort")));
      const pname = scalarText(child(p, "name"));
      if (pname && Number.isFinite(cp)) pod.portNames.set(pname, cp);
      const hp = child(p, "hostPort");
      if (hp && Number.isFinite(cp)) {
        const hostIp = scalarText(child(p, "hostIP"));
        if (!hostIp || hostIp === "0.0.0.0")
          w.exposures.push({
            kind: "host-port",
            loc: nodeLoc(hp),
            ports: [cp, cp],
            what: `published on every interface of the node (hostPort ${scalarText(hp) ?? ""})`
          });
      }
    }
    if (hostNetwork && isTrue(hostNetwork.value)) {
      w.exposures.push({
        kind: "host-network",
        loc: keyLoc(hostNetwork),
        what: "on the node's network (hostNetwork: true)"
      });
      w.hostNamespaces.push({ value: "hostNetwork: true", loc: keyLoc(hostNetwork) });
    }
    for (const key of ["hostPID", "hostIPC"]) {
      const m = member(spec, key);
      if (m && isTrue(m.value)) w.hostNamespaces.push({ value: `${key}: true`, loc: keyLoc(m) });
    }
    for (const vm of items(child(c, "volumeMounts"))) {
      const vname = scalarText(child(vm, "name"));
      const target = scalarText(child(vm, "mountPath"));
      if (!vname || !target) continue;
      const vol = volumes.get(vname) ?? { kind: "other" };
      const subPath = scalarText(child(vm, "subPath"));
      const mount = { kind: vol.kind, target, loc: nodeLoc(vm), readOnly: isTrue(child(vm, "readOnly")) };
      if (vol.source !== void 0) mount.source = vol.source;
      if (subPath) mount.subPath = subPath;
      if (vol.kind === "other" && vol.source === "nfs") mount.shared = true;
      w.mounts.push(mount);
      if (vol.kind === "configMap" && vol.source) w.configMaps.set(vol.source, mount);
    }
    const sec = child(c, "securityContext");
    const priv = member(sec, "privileged");
    if (priv && isTrue(priv.value)) w.privileged = keyLoc(priv);
    for (const cap of items(child(sec, "capabilities", "add"))) {
      const t = scalarText(cap);
      if (t) w.capAdd.push({ value: t.toUpperCase().replace(/^CAP_/, ""), loc: nodeLoc(cap) });
    }
    const runAsUser = child(sec, "runAsUser") ?? child(podSec, "runAsUser");
    if (runAsUser && scalarText(runAsUser) !== void 0)
      w.user = { value: scalarText(runAsUser), loc: nodeLoc(runAsUser) };
    w.hardening = hardeningGaps(c, sec, podSec, automount ? keyLoc(automount) : void 0);
    if (automount && isFalse(automount.value))
      w.hardening = w.hardening.filter((g) => !g.item.startsWith("automountServiceAccountToken"));
    classify(w);
    pod.workloads.push(w);
  }
  return pod;
}
function hardeningGaps(c, sec, podSec, automountLoc) {
  const at3 = sec ? keyOrNodeLoc(c, "securityContext") : keyOrNodeLoc(c, "name");
  const gaps = [];
  const nonRoot = child(sec, "runAsNonRoot") ?? child(podSec, "runAsNonRoot");
  if (!isTrue(nonRoot)) gaps.push({ item: "runAsNonRoot: true", loc: at3 });
  if (!isTrue(child(sec, "readOnlyRootFilesystem"))) gaps.push({ item: "readOnlyRootFilesystem: true", loc: at3 });
  if (!isFalse(child(sec, "allowPrivilegeEscalation"))) gaps.push({ item: "allowPrivilegeEscalation: false", loc: at3 });
  if (!items(child(sec, "capabilities", "drop")).some((d) => scalarText(d)?.toUpperCase() === "ALL"))
    gaps.push({ item: "capabilities.drop: [ALL]", loc: at3 });
  const seccomp = scalarText(child(sec, "seccompProfile", "type")) ?? scalarText(child(podSec, "seccompProfile", "type"));
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
    gaps.push({ item: "seccompProfile.type: RuntimeDefault", loc: at3 });
  gaps.push({ item: "automountServiceAccountToken: false", loc: automountLoc ?? at3 });
  return gaps;
}
function decodeBase64(raw) {
  const t = raw.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t)) return void 0;
  const text = Buffer.from(t, "base64").toString("utf8");
  return text.includes("\uFFFD") ? void 0 : text;
}

// src/deploy/platforms/render.ts
import path18 from "node:path";
function readRender(file, docs) {
  const out = emptyParsed(file, "render");
  const root = docs[0]?.root;
  for (const svc of items(child(root, "services"))) {
    const name = scalarText(child(svc, "name")) ?? "(unnamed)";
    const type = scalarText(child(svc, "type")) ?? "";
    const w = newWorkload("render", `service ${name}`, file, keyOrNodeLoc(svc, "name"));
    const image = child(svc, "image", "url");
    if (image && scalarText(image)) w.image = { value: scalarText(image), loc: nodeLoc(image) };
    const runtime = scalarText(child(svc, "runtime")) ?? scalarText(child(svc, "env"));
    const dfPath = child(svc, "dockerfilePath");
    if (!w.image && (runtime === "docker" || dfPath)) {
      const root2 = path18.dirname(file.absPath);
      w.buildContext = path18.resolve(root2, scalarText(child(svc, "dockerContext")) ?? ".");
      w.buildDockerfile = path18.resolve(root2, scalarText(dfPath) ?? "Dockerfile");
      w.buildDockerfileLoc = dfPath ? nodeLoc(dfPath) : keyOrNodeLoc(svc, "name");
    }
    const cmd = child(svc, "dockerCommand") ?? child(svc, "startCommand");
    w.args = argsFromYaml(cmd);
    w.defaultCommand = !cmd;
    w.env.push(...envVars(child(svc, "envVars"), w.opaqueEnv));
    if (type === "web")
      w.exposures.push({
        kind: "platform-public",
        loc: keyOrNodeLoc(svc, "type"),
        what: "public on the internet as a Render web service"
      });
    const disk = child(svc, "disk");
    const mountPath = scalarText(child(disk, "mountPath"));
    if (disk && mountPath)
      w.mounts.push({
        kind: "disk",
        target: mountPath,
        source: scalarText(child(disk, "name")) ?? "",
        loc: nodeLoc(disk)
      });
    classify(w);
    out.workloads.push(w);
  }
  const groupVars = [];
  for (const g of items(child(root, "envVarGroups"))) groupVars.push(...envVars(child(g, "envVars"), []));
  if (groupVars.length) {
    const w = newWorkload("render", "envVarGroups", file, keyOrNodeLoc(root, "envVarGroups"));
    w.env = groupVars;
    out.workloads.push(w);
  }
  return out;
}
function envVars(node, opaque) {
  const out = [];
  for (const e of items(node)) {
    const key = scalarText(child(e, "key"));
    if (!key) {
      const group = scalarText(child(e, "fromGroup"));
      if (group) opaque.push({ value: `env group ${group}`, loc: nodeLoc(e) });
      continue;
    }
    const loc = nodeLoc(child(e, "key"));
    const value = member(e, "value");
    if (value) {
      out.push({
        name: key,
        kind: "literal",
        value: scalarText(value.value) ?? "",
        loc,
        valueLoc: nodeLoc(value.value),
        origin: "render envVars"
      });
    } else if (isTrue(child(e, "generateValue"))) {
      out.push({ name: key, kind: "generated", loc, origin: "render generateValue" });
    } else {
      out.push({ name: key, kind: "secret-ref", loc, origin: "render dashboard / service reference" });
    }
  }
  return out;
}

// src/deploy/platforms/systemd.ts
import path19 from "node:path";
function unitEntries(text) {
  const out = [];
  let section = "";
  const re = /[^\n]*(?:\n|$)/g;
  let m;
  let pending;
  while ((m = re.exec(text)) !== null && m[0] !== "") {
    const start = m.index;
    const line2 = m[0].replace(/\r?\n$/, "");
    if (pending) {
      pending.value += " " + line2.replace(/\\$/, "").trim();
      pending.end = start + line2.length;
      if (!/\\$/.test(line2)) pending = void 0;
      continue;
    }
    const t = line2.trim();
    if (!t || t.startsWith("#") || t.startsWith(";")) continue;
    const sec = /^\[([^\]]+)\]$/.exec(t);
    if (sec) {
      section = sec[1];
      continue;
    }
    const kv = /^(\s*)([A-Za-z0-9_-]+)\s*=\s*/.exec(line2);
    if (!kv) continue;
    const entry = {
      section,
      key: kv[2],
      value: line2.slice(kv[0].length).replace(/\\$/, "").trim(),
      keyStart: start + kv[1].length,
      valueStart: start + kv[0].length,
      end: start + line2.length
    };
    out.push(entry);
    if (/\\$/.test(line2)) pending = entry;
  }
  return out;
}
function readSystemd(file, rc) {
  const out = emptyParsed(file, "systemd");
  const entries = unitEntries(file.text);
  const w = newWorkload("systemd", path19.basename(file.path), file, locateRange(file, [0, 0]));
  const service = entries.filter((e) => e.section === "Service");
  const header = /^[ \t]*(\[Service\])/m.exec(file.text);
  if (header) {
    const at3 = header.index + header[0].length - header[1].length;
    w.loc = locateRange(file, [at3, at3 + header[1].length]);
  }
  for (const e of service) {
    const keyLoc2 = locateRange(file, [e.keyStart, e.keyStart + e.key.length]);
    if (e.key === "ExecStart" && e.value) {
      const cmd = e.value.replace(/^[-@:+!]+/, "");
      const offset = e.valueStart + (e.value.length - cmd.length);
      w.args = argsFromString(cmd, file, [offset, e.end]);
      w.defaultCommand = false;
    } else if (e.key === "Environment") {
      let cursor = e.valueStart;
      for (const word of shellWords(e.value)) {
        const eq = word.text.indexOf("=");
        if (eq <= 0) continue;
        const name = word.text.slice(0, eq);
        const at3 = file.text.indexOf(name, cursor);
        const loc = at3 === -1 ? keyLoc2 : locateRange(file, [at3, at3 + name.length]);
        if (at3 !== -1) cursor = at3 + name.length;
        const value = word.text.slice(eq + 1);
        const vAt = value ? file.text.indexOf(value, cursor) : -1;
        w.env.push({
          name,
          kind: /%[a-zA-Z]|\$\{?[A-Za-z_]/.test(value) ? "runtime" : "literal",
          value,
          loc,
          valueLoc: vAt === -1 ? loc : locateRange(file, [vAt, vAt + value.length]),
          origin: "Environment="
        });
      }
    } else if (e.key === "EnvironmentFile") {
      const optional = e.value.startsWith("-");
      const p = e.value.replace(/^-/, "");
      const loc = locateRange(file, [e.valueStart, e.end]);
      const abs = path19.isAbsolute(p) || p.includes("%") ? void 0 : path19.resolve(path19.dirname(file.absPath), p);
      const vars = abs ? rc.envFileVars(abs, loc, `EnvironmentFile ${p}`) : void 0;
      if (vars && abs) {
        w.env.push(...vars);
        const src = rc.readEnvFile(abs);
        if (src) out.extraSources.push(src);
      } else w.opaqueEnv.push({ value: `EnvironmentFile ${p}${optional ? " (optional)" : ""}`, loc });
    } else if (e.key === "Type") {
      if (e.value.trim() === "oneshot") w.oneshot = true;
    } else if (e.key === "User") {
      w.user = { value: e.value, loc: locateRange(file, [e.keyStart, e.end]) };
    }
  }
  const wantedBy = entries.filter((e) => e.section === "Install" && e.key === "WantedBy").map((e) => e.value);
  const userUnit = /(^|\/)systemd\/user\//.test(file.path) || wantedBy.length > 0 && wantedBy.every((v) => /\bdefault\.target\b/.test(v));
  w.systemUnit = !userUnit;
  classify(w);
  w.exposures.push({
    kind: "host-network",
    loc: w.args[0]?.loc ?? w.loc,
    what: "on the host's interfaces (systemd runs the gateway directly on the machine)"
  });
  out.workloads.push(w);
  return out;
}

// src/deploy/toml.ts
var TomlError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var BARE_KEY = /[A-Za-z0-9_-]/;
var MAX_TOML_DEPTH = 200;
function parseToml(file) {
  try {
    return { ok: true, root: new TomlParser(file).parse() };
  } catch (err) {
    if (err instanceof TomlError) return { ok: false, message: err.message, offset: err.offset };
    throw err;
  }
}
var TomlParser = class {
  constructor(file) {
    this.file = file;
    this.text = file.text;
  }
  file;
  i = 0;
  text;
  /** Tables created implicitly by a dotted header (may be defined later once). */
  implicit = /* @__PURE__ */ new WeakSet();
  defined = /* @__PURE__ */ new WeakSet();
  /** Inline tables and arrays written as values are closed for extension. */
  closed = /* @__PURE__ */ new WeakSet();
  depth = 0;
  parse() {
    const root = this.obj(0, this.text.length);
    let current2 = root;
    for (; ; ) {
      this.skipWsCommentsNewlines();
      if (this.i >= this.text.length) break;
      const c = this.text[this.i];
      if (c === "[") {
        current2 = this.header(root);
      } else {
        this.keyValue(current2);
      }
      this.endOfLine();
    }
    return root;
  }
  obj(start, end) {
    return { kind: "object", file: this.file, range: [start, end], members: /* @__PURE__ */ new Map() };
  }
  fail(message, at3 = this.i) {
    throw new TomlError(message, Math.min(at3, this.text.length));
  }
  skipWs() {
    while (this.i < this.text.length && (this.text[this.i] === " " || this.text[this.i] === "	")) this.i++;
  }
  skipComment() {
    if (this.text[this.i] === "#")
      while (this.i < this.text.length && this.text[this.i] !== "\n" && this.text[this.i] !== "\r") this.i++;
  }
  skipWsCommentsNewlines() {
    for (; ; ) {
      this.skipWs();
      this.skipComment();
      const c = this.text[this.i];
      if (c === "\n" || c === "\r") this.i++;
      else break;
    }
  }
  endOfLine() {
    this.skipWs();
    this.skipComment();
    if (this.i >= this.text.length) return;
    const c = this.text[this.i];
    if (c === "\n") this.i++;
    else if (c === "\r" && this.text[this.i + 1] === "\n") this.i += 2;
    else this.fail("expected the end of the line");
  }
  /** `[a.b]` or `[[a.b]]`; returns the table that following keys go into. */
  header(root) {
    const start = this.i;
    const isArray = this.text.startsWith("[[", this.i);
    this.i += isArray ? 2 : 1;
    this.skipWs();
    const keys = this.key();
    this.skipWs();
    if (isArray ? !this.text.startsWith("]]", this.i) : this.text[this.i] !== "]")
      this.fail(`expected "${isArray ? "]]" : "]"}" to close the table header`);
    this.i += isArray ? 2 : 1;
    let table = root;
    keys.forEach((k, idx) => {
      const last = idx === keys.length - 1;
      const existing = table.members.get(k.name);
      if (last && isArray) {
        let arr2;
        if (!existing) {
          arr2 = { kind: "array", file: this.file, range: [start, this.i], items: [] };
          table.members.set(k.name, { file: this.file, keyRange: k.range, value: arr2 });
        } else if (existing.value.kind === "array" && !this.closed.has(existing.value)) arr2 = existing.value;
        else this.fail(`${quoteForMessage(k.name)} is already defined and is not an array of tables`, k.range[0]);
        const t = this.obj(start, this.i);
        arr2.items.push(t);
        table = t;
        return;
      }
      if (!existing) {
        const t = this.obj(start, this.i);
        table.members.set(k.name, { file: this.file, keyRange: k.range, value: t });
        if (last) this.defined.add(t);
        else this.implicit.add(t);
        table = t;
        return;
      }
      const v = existing.value;
      if (v.kind === "array" && !this.closed.has(v) && !last) {
        const lastItem = v.items[v.items.length - 1];
        if (lastItem?.kind !== "object") this.fail(`${quoteForMessage(k.name)} is not a table`, k.range[0]);
        table = lastItem;
        return;
      }
      if (v.kind !== "object" || this.closed.has(v))
        this.fail(`${quoteForMessage(k.name)} is already defined as a value`, k.range[0]);
      if (last) {
        if (this.defined.has(v))
          this.fail(`table ${quoteForMessage(keys.map((x) => x.name).join("."))} is defined twice`, k.range[0]);
        this.defined.add(v);
      }
      table = v;
    });
    return table;
  }
  keyValue(table) {
    const keys = this.key();
    this.skipWs();
    if (this.text[this.i] !== "=") this.fail('expected "=" after the key');
    this.i++;
    this.skipWs();
    const value = this.value();
    let target = table;
    keys.forEach((k, idx) => {
      const last = idx === keys.length - 1;
      const existing = target.members.get(k.name);
      if (last) {
        if (existing) this.fail(`duplicate key ${quoteForMessage(k.name)}`, k.range[0]);
        target.members.set(k.name, { file: this.file, keyRange: k.range, value });
        return;
      }
      if (!existing) {
        const t = this.obj(k.range[0], value.range[1]);
        target.members.set(k.name, { file: this.file, keyRange: k.range, value: t });
        target = t;
        return;
      }
      if (existing.value.kind !== "object" || this.closed.has(existing.value) || this.defined.has(existing.value)) {
        this.fail(`${quoteForMessage(k.name)} is already defined`, k.range[0]);
      }
      target = existing.value;
    });
  }
  key() {
    const keys = [];
    for (; ; ) {
      this.skipWs();
      const start = this.i;
      const c = this.text[this.i];
      let name;
      if (c === '"') name = this.basicString();
      else if (c === "'") name = this.literalString();
      else {
        while (this.i < this.text.length && BARE_KEY.test(this.text[this.i])) this.i++;
        if (this.i === start) this.fail("expected a key");
        name = this.text.slice(start, this.i);
      }
      keys.push({ name, range: [start, this.i] });
      this.skipWs();
      if (this.text[this.i] !== ".") return keys;
      this.i++;
    }
  }
  scalar(start, value) {
    return { kind: "scalar", file: this.file, range: [start, this.i], value };
  }
  value() {
    const start = this.i;
    const c = this.text[this.i];
    if (c === void 0 || c === "\n" || c === "\r" || c === "#") this.fail("expected a value");
    if (c === '"')
      return this.scalar(start, this.text.startsWith('"""', this.i) ? this.multiBasic() : this.basicString());
    if (c === "'")
      return this.scalar(start, this.text.startsWith("'''", this.i) ? this.multiLiteral() : this.literalString());
    if (c === "[") return this.array();
    if (c === "{") return this.inlineTable();
    const m = /^(?:true|false|[-+]?(?:inf|nan)|[-+0-9][-+0-9A-Za-z_.:]*(?: [0-9][0-9:.+\-Z]*)?)/.exec(
      this.text.slice(this.i, this.i + 128)
    );
    if (!m) this.fail("expected a value (string, number, boolean, array or inline table)");
    const tok = m[0];
    this.i += tok.length;
    if (tok === "true" || tok === "false") return this.scalar(start, tok === "true");
    if (/^[-+]?(?:inf|nan)$/.test(tok))
      return this.scalar(start, tok.includes("nan") ? Number.NaN : tok.startsWith("-") ? -Infinity : Infinity);
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(tok)) return this.scalar(start, tok);
    const num = tok.replace(/_/g, "");
    if (/_(?!\d)|(?<!\d)_/.test(tok)) this.fail(`invalid number (${tok.length} characters)`, start);
    if (/^[-+]?(?:0|[1-9]\d*)$/.test(num)) return this.scalar(start, Number(num));
    if (/^0x[0-9a-f]+$|^0o[0-7]+$|^0b[01]+$/i.test(num)) return this.scalar(start, Number(num));
    if (/^[-+]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(num)) return this.scalar(start, Number(num));
    this.fail(`invalid value: an unquoted ${tok.length}-character token (strings need quotes)`, start);
  }
  basicString() {
    const open = this.i++;
    let out = "";
    for (; ; ) {
      const c = this.text[this.i];
      if (c === void 0 || c === "\n" || c === "\r") this.fail("unterminated string", open);
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === "\\") out += this.escape();
      else {
        out += c;
        this.i++;
      }
    }
  }
  escape() {
    const e = this.text[this.i + 1];
    const simple = {
      b: "\b",
      t: "	",
      n: "\n",
      f: "\f",
      r: "\r",
      '"': '"',
      "\\": "\\",
      e: "\x1B"
    };
    if (e !== void 0 && simple[e] !== void 0) {
      this.i += 2;
      return simple[e];
    }
    if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = this.text.slice(this.i + 2, this.i + 2 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail("invalid unicode escape");
      const cp = parseInt(hex, 16);
      if (cp > 1114111 || cp >= 55296 && cp <= 57343) this.fail("invalid unicode escape");
      this.i += 2 + len;
      return String.fromCodePoint(cp);
    }
    this.fail("invalid escape sequence");
  }
  literalString() {
    const start = ++this.i;
    while (this.i < this.text.length && this.text[this.i] !== "'" && this.text[this.i] !== "\n" && this.text[this.i] !== "\r")
      this.i++;
    if (this.text[this.i] !== "'") this.fail("unterminated string", start - 1);
    return this.text.slice(start, this.i++);
  }
  multiBasic() {
    const open = this.i;
    this.i += 3;
    if (this.text[this.i] === "\n") this.i++;
    else if (this.text.startsWith("\r\n", this.i)) this.i += 2;
    let out = "";
    for (; ; ) {
      if (this.i >= this.text.length) this.fail("unterminated multi-line string", open);
      if (this.text.startsWith('"""', this.i)) {
        let n = 3;
        while (this.text[this.i + n] === '"' && n < 5) n++;
        out += '"'.repeat(n - 3);
        this.i += n;
        return out;
      }
      const c = this.text[this.i];
      if (c === "\\") {
        const rest = /^\\[ \t]*\r?\n[\s]*/.exec(this.text.slice(this.i, this.i + 4096));
        if (rest) {
          this.i += rest[0].length;
          continue;
        }
        out += this.escape();
      } else {
        out += c;
        this.i++;
      }
    }
  }
  multiLiteral() {
    const open = this.i;
    this.i += 3;
    if (this.text[this.i] === "\n") this.i++;
    else if (this.text.startsWith("\r\n", this.i)) this.i += 2;
    const end = this.text.indexOf("'''", this.i);
    if (end === -1) this.fail("unterminated multi-line string", open);
    let stop = end + 3;
    while (this.text[stop] === "'" && stop < end + 5) stop++;
    const out = this.text.slice(this.i, stop - 3);
    this.i = stop;
    return out;
  }
  nest() {
    if (++this.depth > MAX_TOML_DEPTH) this.fail(`nesting deeper than ${MAX_TOML_DEPTH} levels is not read`);
  }
  array() {
    this.nest();
    const start = this.i++;
    const arr2 = { kind: "array", file: this.file, range: [start, start], items: [] };
    for (; ; ) {
      this.skipWsCommentsNewlines();
      if (this.text[this.i] === "]") break;
      arr2.items.push(this.value());
      this.skipWsCommentsNewlines();
      if (this.text[this.i] === ",") {
        this.i++;
        continue;
      }
      if (this.text[this.i] !== "]") this.fail('expected "," or "]" in the array');
      break;
    }
    this.i++;
    arr2.range = [start, this.i];
    this.closed.add(arr2);
    this.depth--;
    return arr2;
  }
  inlineTable() {
    this.nest();
    const start = this.i++;
    const t = this.obj(start, start);
    this.skipWs();
    if (this.text[this.i] === "}") {
      this.i++;
    } else {
      for (; ; ) {
        this.keyValue(t);
        this.skipWs();
        if (this.text[this.i] === ",") {
          this.i++;
          continue;
        }
        if (this.text[this.i] !== "}") this.fail('expected "," or "}" in the inline table');
        this.i++;
        break;
      }
    }
    t.range = [start, this.i];
    this.closed.add(t);
    this.depth--;
    return t;
  }
};

// src/deploy/secret-values.ts
function linkCommittedSecrets(parsed) {
  const owners = parsed.filter((p) => p.k8s);
  const find2 = (w, name, ns) => {
    const own = owners.find((p) => p.file === w.file)?.k8s?.secrets.get(name);
    if (own) return own;
    for (const p of owners) {
      const entries = p.k8s.secrets.get(name);
      if (entries && entries.every((e) => !e.namespace || !ns || e.namespace === ns)) return entries;
    }
    return void 0;
  };
  for (const p of owners) {
    for (const pod of p.k8s.pods) {
      for (const w of pod.workloads) {
        for (const e of w.env) {
          if (e.kind !== "secret-ref" || !e.secretKey || e.value !== void 0) continue;
          const entry = find2(w, e.secretKey.name, pod.namespace)?.find((x) => x.key === e.secretKey.key);
          if (entry?.installTime) Object.assign(e, { kind: "generated", origin: entry.installTime });
          else if (entry) Object.assign(e, { value: entry.value, committedAt: entry.loc });
        }
        w.opaqueEnv = w.opaqueEnv.filter((o) => {
          const m = /^Secret (.+)$/.exec(o.value);
          const entries = m ? find2(w, m[1], pod.namespace) : void 0;
          if (!entries) return true;
          const own = new Set(w.env.map((e) => e.name));
          for (const x of entries)
            if (own.has(x.key)) continue;
            else if (x.installTime) w.env.push({ name: x.key, kind: "generated", loc: o.loc, origin: x.installTime });
            else
              w.env.push({
                name: x.key,
                kind: "secret-ref",
                value: x.value,
                loc: o.loc,
                committedAt: x.loc,
                origin: `Secret ${m[1]} (envFrom)`
              });
          return false;
        });
      }
    }
  }
}

// src/deploy/render/index.ts
import fs11 from "node:fs";
import path27 from "node:path";
var import_yaml5 = __toESM(require_dist(), 1);

// src/deploy/render/discover.ts
import path20 from "node:path";
var CHART = /^Chart\.ya?ml$/;
var KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;
function discoverRenderTargets(paths, cwd) {
  const { files } = discover(paths, {
    cwd,
    configGlobs: ["**/Chart.yaml", "**/Chart.yml", "**/kustomization.yaml", "**/kustomization.yml", "**/Kustomization"]
  });
  const out = [];
  for (const f of files) {
    const base = path20.posix.basename(f.rel);
    const kind = CHART.test(base) ? "helm" : KUSTOMIZATION.test(base) ? "kustomize" : void 0;
    if (!kind) continue;
    const dirRel = path20.posix.dirname(f.rel);
    out.push({ kind, dir: path20.dirname(f.abs), dirRel, file: f.abs, fileRel: f.rel });
  }
  const charts = new Set(out.filter((t) => t.kind === "helm").map((t) => t.dirRel));
  return out.filter((t) => {
    if (t.kind !== "helm") return true;
    const parent = path20.posix.dirname(t.dirRel);
    return !(path20.posix.basename(parent) === "charts" && charts.has(path20.posix.dirname(parent)));
  }).sort((a, b) => a.dirRel < b.dirRel ? -1 : a.dirRel > b.dirRel ? 1 : 0);
}

// src/deploy/render/helm.ts
var import_yaml2 = __toESM(require_dist(), 1);
import fs9 from "node:fs";
import path24 from "node:path";

// src/deploy/render/guards.ts
import path21 from "node:path";
function guardMessage(stderr) {
  const m = /execution error at \([^)]*\):\s*(.+)$/m.exec(stderr);
  return m ? m[1].trim() : void 0;
}
var GUARD = /\b(fail|required)\s+(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)/g;
var VALUES_PATH = /^\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/;
function unquote2(s) {
  try {
    return JSON.parse(`"${s}"`);
  } catch {
    return s;
  }
}
function findGuard(chartDir, files, message) {
  for (const rel of files) {
    if (!/(?:^|\/)templates\/.*\.(?:ya?ml|tpl|txt)$/.test(rel)) continue;
    let text;
    try {
      text = readConfinedTextOrThrow(path21.join(chartDir, rel), 2 * 1024 * 1024);
    } catch {
      continue;
    }
    if (!/\b(?:fail|required)\b/.test(text)) continue;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      for (const m of lines[i].matchAll(GUARD)) {
        const msg = m[2] !== void 0 ? unquote2(m[2]) : m[3];
        if (msg !== message) continue;
        const sub = /^charts\/([^/]+)\/templates\//.exec(rel);
        const prefix = sub ? `${sub[1]}.` : "";
        const arg = VALUES_PATH.exec(lines[i].slice(m.index + m[0].length).trim())?.[1]?.slice(1);
        const found = m[1] === "required" ? arg ? [arg] : [] : enclosingNegation(lines, i, lines[i].slice(0, m.index));
        if (found.length) return { valuesPaths: found.map((p) => prefix + p), file: rel, line: i + 1 };
      }
    }
  }
  return void 0;
}
var IF = /\{\{-?\s*(?:if|else\s+if)\s+(.*?)-?\}\}/;
var NEGATED = /\bnot\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)\s*\)?|\bempty\s+\(?\s*\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/g;
function enclosingNegation(lines, at3, before) {
  const scopes = [before, ...lines.slice(0, at3).reverse()];
  let depth = 0;
  for (const l of scopes) {
    const actions = [...l.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)].map((a) => a[1]).reverse();
    for (const a of actions) {
      if (/^end\b/.test(a)) depth++;
      else if (depth === 0 && /^else\s*$/.test(a))
        return [];
      else if (/^(?:range|with|define|block)\b/.test(a)) {
        if (depth === 0) return [];
        depth--;
      } else if (/^(?:if|else\s+if)\b/.test(a)) {
        if (depth > 0) {
          if (a.startsWith("if")) depth--;
          continue;
        }
        const cond = IF.exec(`{{ ${a} }}`)?.[1] ?? "";
        const neg = [...cond.matchAll(NEGATED)].map((n) => (n[1] ?? n[2]).slice(1));
        return /^\(?\s*or\b/.test(cond) ? neg : neg.slice(0, 1);
      }
    }
  }
  return [];
}

// src/deploy/render/sandbox.ts
import { spawn } from "node:child_process";
import fs7 from "node:fs";
import os from "node:os";
import path22 from "node:path";
var DEFAULT_LIMITS = {
  timeoutMs: 3e4,
  maxOutputBytes: 16 * 1024 * 1024,
  maxMemoryBytes: 4 * 1024 * 1024 * 1024
};
var NO_PROXY_PORT = "http://127.0.0.1:9";
function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
function which(name, pathVar) {
  for (const dir of (pathVar ?? "").split(path22.delimiter)) {
    if (!dir || !path22.isAbsolute(dir)) continue;
    const candidate = path22.join(dir, name);
    try {
      const st = fs7.statSync(candidate);
      if (st.isFile() && st.mode & 73) return candidate;
    } catch {
    }
  }
  return void 0;
}
async function runSandboxed(bin, args, opts) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  limits.timeoutMs = Math.min(limits.timeoutMs, Math.max(1e3, budgetRemainingMs()));
  const home = fs7.mkdtempSync(path22.join(os.tmpdir(), "clawlint-render-"));
  try {
    for (const d of ["cache", "config", "data"]) fs7.mkdirSync(path22.join(home, d));
    const env = {
      PATH: "/usr/bin:/bin",
      HOME: home,
      XDG_CACHE_HOME: path22.join(home, "cache"),
      XDG_CONFIG_HOME: path22.join(home, "config"),
      XDG_DATA_HOME: path22.join(home, "data"),
      HELM_CACHE_HOME: path22.join(home, "cache"),
      HELM_CONFIG_HOME: path22.join(home, "config"),
      HELM_DATA_HOME: path22.join(home, "data"),
      HELM_REPOSITORY_CONFIG: path22.join(home, "config", "repositories.yaml"),
      HELM_REGISTRY_CONFIG: path22.join(home, "config", "registry.json"),
      HELM_PLUGINS: path22.join(home, "data", "plugins"),
      KUBECONFIG: path22.join(home, "config", "kubeconfig"),
      HTTP_PROXY: NO_PROXY_PORT,
      HTTPS_PROXY: NO_PROXY_PORT,
      http_proxy: NO_PROXY_PORT,
      https_proxy: NO_PROXY_PORT,
      NO_PROXY: "",
      no_proxy: "",
      GOMAXPROCS: "2"
    };
    const prlimit = which("prlimit", opts.pathVar ?? process.env.PATH);
    const [cmd, argv] = prlimit ? [prlimit, [`--as=${limits.maxMemoryBytes}`, "--", bin, ...args]] : [bin, [...args]];
    return await new Promise((resolve) => {
      const child2 = spawn(cmd, argv, { cwd: opts.cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      let bytes = 0;
      let failure;
      const kill = (why) => {
        failure ??= why;
        try {
          if (child2.pid) process.kill(-child2.pid, "SIGKILL");
        } catch {
        }
      };
      const timer = setTimeout(
        () => kill(`did not finish within ${Math.round(limits.timeoutMs / 1e3)} s`),
        limits.timeoutMs
      );
      const collect = (into) => (chunk) => {
        bytes += chunk.length;
        if (bytes > limits.maxOutputBytes) {
          kill(`rendered more than ${sizeText(limits.maxOutputBytes)}`);
          return;
        }
        into.push(chunk);
      };
      child2.stdout.on("data", collect(out));
      child2.stderr.on("data", collect(err));
      child2.on("error", (e) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: `could not start ${path22.basename(bin)}: ${e.message}`, stderr: "" });
      });
      child2.on("close", (code, signal) => {
        clearTimeout(timer);
        const stderr = Buffer.concat(err).toString("utf8");
        if (failure) resolve({ ok: false, reason: failure, stderr });
        else if (code !== 0)
          resolve({
            ok: false,
            reason: signal ? `killed by ${signal}` : `exited with status ${code}`,
            stderr
          });
        else resolve({ ok: true, stdout: Buffer.concat(out).toString("utf8"), stderr });
      });
    });
  } finally {
    fs7.rmSync(home, { recursive: true, force: true });
  }
}

// src/deploy/render/stage.ts
import fs8 from "node:fs";
import os2 from "node:os";
import path23 from "node:path";
var MAX_STAGED_FILES = 5e3;
var MAX_STAGED_BYTES = 64 * 1024 * 1024;
var MAX_STAGED_ENTRIES = 4 * MAX_STAGED_FILES;
function chartFiles(src) {
  const listed = walk(src, {
    roots: allowedRoots(),
    skipDirs: [".git"],
    want: (e) => e.dirent.isFile(),
    // symlinks, sockets, devices: left out
    maxEntries: MAX_STAGED_ENTRIES
  });
  if (!listed.listed || listed.unreadable.length)
    return { ok: false, reason: "cannot read the chart: a directory is missing, outside the workspace or a symlink" };
  if (listed.stoppedIn)
    return { ok: false, reason: `the chart has more than ${MAX_STAGED_ENTRIES} files and directories` };
  if (listed.entries.length > MAX_STAGED_FILES)
    return { ok: false, reason: `the chart has more than ${MAX_STAGED_FILES} files` };
  let bytes = 0;
  for (const e of listed.entries) {
    bytes += fs8.statSync(e.abs).size;
    if (bytes > MAX_STAGED_BYTES)
      return { ok: false, reason: `the chart has more than ${MAX_STAGED_BYTES / 1024 / 1024} MB of files` };
  }
  return { ok: true, files: listed.entries.map((e) => e.abs) };
}
function stageDirectory(src, name) {
  const listed = chartFiles(src);
  if (!listed.ok) return listed;
  const root = fs8.mkdtempSync(path23.join(os2.tmpdir(), "clawlint-chart-"));
  const realRoot = realOrSelf(root);
  const dest = path23.join(root, name);
  const cleanup = () => fs8.rmSync(root, { recursive: true, force: true });
  try {
    fs8.mkdirSync(dest, { recursive: true });
    for (const a of listed.files) {
      const b = path23.join(dest, path23.relative(src, a));
      fs8.mkdirSync(path23.dirname(b), { recursive: true });
      const bytes = readConfinedBytes(a, MAX_STAGED_BYTES);
      if (!bytes.ok) throw new Error(`${path23.relative(src, a)}: ${bytes.reason}`);
      writeConfined(b, bytes.bytes, { root: realRoot });
    }
    return { ok: true, dir: dest, cleanup };
  } catch (err) {
    cleanup();
    return { ok: false, reason: `cannot copy the chart: ${err.message}` };
  }
}

// src/deploy/render/render-diff.ts
var MAX_CELLS = 4e6;
function documents(lines) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i] === "---") {
      out.push({ start, lines: lines.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
function unmatched(a, b) {
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ha = a.length;
  let hb = b.length;
  while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) {
    ha--;
    hb--;
  }
  const n = ha - lo;
  const m = hb - lo;
  if (n === 0) return [];
  if (m === 0) return Array.from({ length: n }, (_, i2) => lo + i2);
  if (n * m > MAX_CELLS) return void 0;
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i2 = n - 1; i2 >= 0; i2--)
    for (let j2 = m - 1; j2 >= 0; j2--)
      lcs[i2 * w + j2] = a[lo + i2] === b[lo + j2] ? lcs[(i2 + 1) * w + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * w + j2], lcs[i2 * w + j2 + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[lo + i] === b[lo + j]) {
      i++;
      j++;
    } else if (j < m && lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) j++;
    else out.push(lo + i++);
  }
  return out;
}
function differingLines(a, b) {
  const x = documents(a.split("\n"));
  const y = documents(b.split("\n"));
  const out = /* @__PURE__ */ new Set();
  if (x.length !== y.length) return out;
  for (let d = 0; d < x.length; d++) {
    const p = x[d];
    const q = y[d];
    if (p.lines[0] !== q.lines[0]) return /* @__PURE__ */ new Set();
    if (p.lines.length === q.lines.length) {
      for (let i = 0; i < p.lines.length; i++) if (p.lines[i] !== q.lines[i]) out.add(p.start + i);
      continue;
    }
    for (const i of unmatched(p.lines, q.lines) ?? []) out.add(p.start + i);
  }
  return out;
}

// src/deploy/render/helm.ts
var RELEASE_NAME = "clawlint";
var RELEASE_NAMESPACE = "default";
var MAX_PLACEHOLDERS = 4;
function readChartMeta(chartDir) {
  let doc;
  try {
    doc = (0, import_yaml2.parse)(readConfinedTextOrThrow(path24.join(chartDir, "Chart.yaml"), 1024 * 1024), {
      maxAliasCount: 50
    });
  } catch (err) {
    return {
      error: `Chart.yaml does not parse: ${err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
    };
  }
  const name = getOwn(doc, "name");
  if (typeof name !== "string" || !name) return { error: "Chart.yaml has no name" };
  const deps = getOwn(doc, "dependencies");
  const present = /* @__PURE__ */ new Set();
  try {
    for (const e of listDirConfinedOrThrow(path24.join(chartDir, "charts"))) {
      if (e.isDirectory() && fs9.existsSync(path24.join(chartDir, "charts", e.name, "Chart.yaml"))) present.add(e.name);
      else if (e.isFile() && e.name.endsWith(".tgz")) present.add(e.name.replace(/-\d[^/]*\.tgz$/, ""));
    }
  } catch {
  }
  const missing = [];
  if (Array.isArray(deps))
    for (const d of deps) {
      const dep = getOwn(d, "name");
      const alias = getOwn(d, "alias");
      const condition = getOwn(d, "condition");
      const tags = getOwn(d, "tags");
      if (typeof dep === "string" && !present.has(dep) && !(typeof alias === "string" && present.has(alias)))
        missing.push({
          name: dep,
          ...typeof condition === "string" && condition ? { condition } : {},
          tags: Array.isArray(tags) ? tags.filter((t) => typeof t === "string") : []
        });
    }
  return { name, missing };
}
function lookup(root, dotted) {
  let node = root;
  for (const k of dotted.split(".")) {
    if (node?.kind !== "object") return void 0;
    node = node.members.get(k)?.value;
  }
  return node;
}
function disabledDeps(missing, values) {
  const get2 = (dotted) => {
    for (let i = values.length - 1; i >= 0; i--) {
      const n = lookup(values[i], dotted);
      if (n) return n;
    }
    return void 0;
  };
  return missing.filter((d) => {
    for (const c of (d.condition ?? "").split(",").map((x) => x.trim())) {
      const n = c ? get2(c) : void 0;
      if (n?.kind === "scalar" && typeof n.value === "boolean") return !n.value;
    }
    if (!d.tags.length) return false;
    const tags = d.tags.map((t) => get2(`tags.${t}`));
    return tags.every((n) => n?.kind === "scalar" && n.value === false);
  }).map((d) => d.name);
}
function missingDeps(names) {
  return `chart dependencies missing from charts/: ${names.join(", ")} (run \`helm dependency build\` and commit or restore charts/; clawlint never downloads them)`;
}
function placeholderValue(valuesPath) {
  const name = valuesPath.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
  return `\${CLAWLINT_REQUIRED_${name}}`;
}
function nested(paths) {
  const out = {};
  for (const p of paths) {
    const keys = p.valuesPath.split(".");
    let at3 = out;
    for (const k of keys.slice(0, -1)) {
      const next = Object.hasOwn(at3, k) ? at3[k] : void 0;
      at3 = next && typeof next === "object" ? next : at3[k] = {};
    }
    at3[keys[keys.length - 1]] = p.value;
  }
  return out;
}
function dropDependencies(stagedDir, names) {
  const file = path24.join(stagedDir, "Chart.yaml");
  const stagingRoot = realOrSelf(path24.dirname(stagedDir));
  const doc = (0, import_yaml2.parseDocument)(readConfinedTextOrThrow(file, MAX_STAGED_BYTES, stagingRoot));
  const deps = doc.get("dependencies");
  const plain2 = doc.toJS({ maxAliasCount: 50 });
  if (deps && Array.isArray(plain2.dependencies))
    doc.set(
      "dependencies",
      plain2.dependencies.filter((d) => !names.includes(String(d?.name)))
    );
  writeConfined(file, doc.toString(), { root: stagingRoot });
  fs9.rmSync(path24.join(stagedDir, "Chart.lock"), { force: true });
}
async function renderChart(chartDir, opts) {
  const meta = readChartMeta(chartDir);
  if ("error" in meta) return { ok: false, status: "render_error", reason: meta.error };
  const needed = meta.missing.filter((d) => !opts.skipDeps?.includes(d.name));
  if (needed.length) return { ok: false, status: "not_rendered", reason: missingDeps(needed.map((d) => d.name)) };
  const staged = stageDirectory(chartDir, meta.name);
  if (!staged.ok) return { ok: false, status: "render_error", reason: staged.reason };
  try {
    if (meta.missing.length)
      dropDependencies(
        staged.dir,
        meta.missing.map((d) => d.name)
      );
    const args = ["template", RELEASE_NAME, staged.dir, "--namespace", RELEASE_NAMESPACE];
    for (const v of opts.valuesFiles) {
      const rel = path24.relative(chartDir, v);
      args.push("--values", rel.startsWith("..") || path24.isAbsolute(rel) ? v : path24.join(staged.dir, rel));
    }
    for (const [k, v] of Object.entries(opts.set)) args.push("--set-string", `${k}=${v}`);
    const run = (extra2) => runSandboxed(opts.helm, [...args, ...extra2], {
      cwd: staged.dir,
      ...opts.limits ? { limits: opts.limits } : {}
    });
    const placeholderFile = path24.join(path24.dirname(staged.dir), "clawlint-required-values.yaml");
    const placeholders = [];
    let extra = [];
    let listed;
    for (; ; ) {
      const r = await run(extra);
      if (r.ok) {
        listed ??= listChart(chartDir);
        const again = mayGenerate(chartDir, listed, opts.valuesFiles) ? await run(extra) : void 0;
        const generated = again?.ok ? differingLines(r.stdout, again.stdout) : /* @__PURE__ */ new Set();
        return {
          ok: true,
          text: r.stdout,
          docs: splitSources(r.stdout),
          chartName: meta.name,
          placeholders,
          generated
        };
      }
      const message = guardMessage(r.stderr);
      if (placeholders.length < MAX_PLACEHOLDERS && message && r.reason.startsWith("exited")) {
        listed ??= listChart(chartDir);
        const guard = findGuard(chartDir, listed, message);
        const fresh = guard?.valuesPaths.filter((p) => !placeholders.some((x) => x.valuesPath === p)) ?? [];
        if (guard && fresh.length) {
          for (const p of fresh)
            placeholders.push({
              valuesPath: p,
              file: guard.file,
              line: guard.line,
              value: placeholderValue(p),
              message
            });
          writeConfined(placeholderFile, (0, import_yaml2.stringify)(nested(placeholders)), {
            root: realOrSelf(path24.dirname(staged.dir))
          });
          extra = ["--values", placeholderFile];
          continue;
        }
      }
      const reason = helmReason(r.reason, r.stderr, staged.dir, chartDir);
      return {
        ok: false,
        status: "render_error",
        reason: placeholders.length ? `${reason} (after placeholders for the required ${placeholders.map((p) => p.valuesPath).join(", ")})` : reason
      };
    }
  } finally {
    staged.cleanup();
  }
}
function listChart(chartDir) {
  const c = chartFiles(chartDir);
  return c.ok ? c.files.map((f) => path24.relative(chartDir, f).split(path24.sep).join("/")) : [];
}
var NONDETERMINISTIC = /\b(?:rand(?:AlphaNum|Alpha|Numeric|Ascii|Bytes|Int)|uuidv4|now|gen(?:PrivateKey|CA|SelfSignedCert|SignedCert)\w*|htpasswd|shuffle|encryptAES|bcrypt)\b/;
function mayGenerate(chartDir, listed, valuesFiles) {
  if (listed.length === 0) return true;
  for (const rel of [...listed, ...valuesFiles]) {
    if (rel.endsWith(".tgz")) return true;
    if (!/\.(?:ya?ml|tpl|txt|json)$/.test(rel)) continue;
    try {
      if (NONDETERMINISTIC.test(readConfinedTextOrThrow(path24.resolve(chartDir, rel), MAX_STAGED_BYTES))) return true;
    } catch {
      return true;
    }
  }
  return false;
}
function helmReason(reason, stderr, staged, chartDir) {
  const line2 = stderr.split("\n").map((l) => l.trim()).find((l) => /^Error:|error/i.test(l));
  const detail = line2 ? `: ${line2.replace(/^Error:\s*/, "").split(staged).join(path24.basename(chartDir))}` : "";
  return `helm template ${reason}${detail.length > 400 ? `${detail.slice(0, 400)}\u2026` : detail}`;
}
function splitSources(text) {
  const lines = text.split("\n");
  const docs = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^# Source: (.+)$/.exec(lines[i]);
    if (!m) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "---") end++;
    docs.push({ source: m[1].trim(), startLine: i + 1, lines: end - (i + 1) });
    i = end - 1;
  }
  return docs;
}

// src/deploy/render/install-time.ts
function markInstallTimeValues(p, lines) {
  if (!lines.size) return;
  p.literalData = p.literalData.filter((d) => !lines.has(d.loc.startLine));
  for (const entries of p.k8s?.secrets.values() ?? [])
    for (const e of entries) {
      const why = lines.get(e.loc.startLine);
      if (why) e.installTime = why;
    }
  for (const w of p.workloads)
    for (const e of w.env) {
      const why = e.kind === "literal" && e.valueLoc ? lines.get(e.valueLoc.startLine) : void 0;
      if (!why) continue;
      e.kind = "generated";
      e.origin = why;
      delete e.value;
    }
}

// src/deploy/render/values-config-map.ts
function leaves(v, at3, out) {
  if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length)
    for (const [k, x] of Object.entries(v)) leaves(x, `${at3}\0${k}`, out);
  else out.set(at3, JSON.stringify(v));
}
function valuesMembers(roots, depth = 6) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n, d) => {
    if (n.kind !== "object" || d > depth) return;
    for (const [k, m] of n.members) {
      if (m.value.kind !== "object") continue;
      out.set(k, [...out.get(k) ?? [], m]);
      visit(m.value, d + 1);
    }
  };
  for (const r of roots) if (r) visit(r, 0);
  return out;
}
function pairValuesConfig(e, members) {
  if (!e.masked) return void 0;
  const parsed = parseJson5(e.masked);
  if (!parsed.ok || parsed.root.kind !== "object") return void 0;
  const sections = /* @__PURE__ */ new Map();
  for (const [k, m] of parsed.root.members) {
    if (m.value.kind !== "object") continue;
    const r = /* @__PURE__ */ new Map();
    leaves(toPlain(m.value), "", r);
    let best;
    for (const c of members.get(k) ?? []) {
      const t = /* @__PURE__ */ new Map();
      leaves(toPlain(c.value), "", t);
      let hit = 0;
      for (const [p, v] of t) if (r.get(p) === v) hit++;
      if (hit > 0 && hit * 3 >= t.size && (!best || hit > best.score)) best = { m: c, score: hit };
    }
    if (best) sections.set(k, best.m);
  }
  if (!sections.size) return void 0;
  const first = e.masked.positionAt(parsed.root.range[0]).line;
  const last = e.masked.positionAt(parsed.root.range[1]).line;
  return { file: e.masked.path, from: first, to: last, rendered: parsed.root, sections };
}
function parseDisplayPath(p) {
  const out = [];
  const re = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m;
  let at3 = 0;
  while ((m = re.exec(p)) !== null) {
    if (m.index !== at3) return [];
    at3 = re.lastIndex;
    out.push(m[1] ?? (m[2] !== void 0 ? Number(m[2]) : JSON.parse(m[3])));
  }
  return at3 === p.length ? out : [];
}
var same2 = (a, f) => a.startLine === f.startLine && a.startColumn === f.startColumn;
var plain = (n) => JSON.stringify(toPlain(n));
var isEmpty = (n) => n.kind === "object" && !n.members.size || n.kind === "array" && !n.items.length || n.kind === "scalar" && (n.value === "" || n.value === null || n.value === false);
function valuesLocation(pair, f) {
  if (!f.path || f.file !== pair.file || f.startLine < pair.from || f.startLine > pair.to) return void 0;
  const path30 = parseDisplayPath(f.path);
  const section = pair.sections.get(String(path30[0]));
  if (!path30.length || !section) return void 0;
  const anchor = same2(locatePath(pair.rendered, path30, "key"), f) ? "key" : same2(locatePath(pair.rendered, path30, "value"), f) ? "value" : void 0;
  if (!anchor) return void 0;
  const rest = path30.slice(1);
  const r = walk2(pair.rendered, path30);
  const v = walk2(section.value, rest);
  const at3 = () => v.depth === 0 && (anchor === "key" || rest.length > 0) ? locateRange(section.file, section.keyRange) : locatePath(section.value, rest, anchor);
  if (v.depth === rest.length && r.depth < path30.length && isEmpty(v.node)) return at3();
  if (r.depth !== v.depth + 1) return void 0;
  if ((r.node.kind === "scalar" || v.node.kind === "scalar") && plain(r.node) !== plain(v.node)) return void 0;
  return at3();
}

// src/deploy/render/helm-map.ts
import path25 from "node:path";

// src/deploy/render/template-scope.ts
var ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
var ABSOLUTE = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/;
var RELATIVE = /(?<![\w$)\]."'])\.([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)/;
var BARE_DOT = /(?:^|[\s(,|])\.(?=$|[\s),|])/;
var BUILTINS = /* @__PURE__ */ new Set(["Values", "Release", "Chart", "Capabilities", "Template", "Files", "Subcharts"]);
function actionRefs(code, dot) {
  const plain2 = code.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""');
  const abs = ABSOLUTE.exec(plain2);
  if (abs) return abs[1].slice(1).split(".");
  if (!Array.isArray(dot)) return void 0;
  const rel = RELATIVE.exec(plain2);
  if (rel && !BUILTINS.has(rel[1].split(".")[0])) return [...dot, ...rel[1].split(".")];
  return BARE_DOT.test(plain2) ? dot : void 0;
}
function templateScopes(lines) {
  const stack = [];
  const dotNow = () => stack.length ? stack[stack.length - 1].dot : "root";
  return lines.map((line2) => {
    const top = stack[stack.length - 1];
    const dot = dotNow();
    const scope = {
      ...Array.isArray(dot) ? { dot } : {},
      ...top?.kind === "if" && top.cond ? { guard: top.cond } : {}
    };
    for (const m of line2.matchAll(ACTION)) {
      const code = m[1].replace(/^\/\*[\s\S]*$/, "");
      const word = /^(end|if|else|with|range|define|block)\b/.exec(code)?.[1];
      if (word === "end") {
        stack.pop();
        continue;
      }
      if (word === "else") continue;
      const current2 = dotNow();
      const refs = actionRefs(word ? code.slice(word.length) : code, current2);
      if (refs && !scope.refs) scope.refs = refs;
      if (word === "if") stack.push({ kind: "if", dot: current2, ...refs ? { cond: refs } : {} });
      else if (word === "with" || word === "range") stack.push({ kind: "scope", dot: refs ?? null });
      else if (word) stack.push({ kind: "other", dot: null });
    }
    return scope;
  });
}

// src/deploy/render/helm-map.ts
function readValues(abs, rel) {
  let text;
  try {
    text = readConfinedTextOrThrow(abs, 2 * 1024 * 1024);
  } catch {
    return void 0;
  }
  const file = new SourceFile(rel, text, abs);
  const doc = parseYaml(file)[0];
  return { file, ...doc?.root && !doc.problems.some((p) => p.severity === "error") ? { root: doc.root } : {} };
}
function keyOf(line2) {
  const t = line2.trim().replace(/^-\s+/, "");
  if (t.includes("{{")) {
    const m2 = /^([A-Za-z0-9_.\-/]+)\s*:/.exec(t);
    return m2 ? m2[1] : void 0;
  }
  const m = /^"((?:[^"\\]|\\.)*)"\s*:|^'([^']*)'\s*:|^([^\s:#{}[\],"'][^:#{}[\],]*?)\s*:(?:\s|$)/.exec(t);
  return m ? m[1] ?? m[2] ?? m[3] : void 0;
}
var CONTROL = /^\s*\{\{-?\s*(?:if|else|end|range|with|define|block|\/\*)\b/;
function lineLoc(file, line2) {
  const text = file.lineText(line2);
  const start = text.length - text.trimStart().length + 1;
  return {
    file: file.path,
    startLine: line2,
    startColumn: start,
    endLine: line2,
    endColumn: Math.max(start, text.length + 1)
  };
}
function scalarText2(line2) {
  const t = line2.trim().replace(/^-\s+/, "");
  const k = keyOf(line2);
  const v = k === void 0 ? t : t.slice(t.indexOf(":") + 1).trim();
  return v.replace(/,$/, "").replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
}
function find(root, keys, value) {
  let node = root;
  let keyRange;
  let depth = 0;
  for (const k of keys) {
    if (node.kind !== "object") break;
    const m = node.members.get(k);
    if (!m) break;
    node = m.value;
    keyRange = m.keyRange;
    depth++;
  }
  if (depth === 0 && keys.length) return void 0;
  if (value !== void 0 && node.kind === "array") {
    const item = node.items.find((i) => i.kind === "scalar" && String(i.value) === value);
    if (item) return { node: item };
  }
  return { node, ...keyRange ? { keyRange } : {} };
}
var HelmLineMapper = class {
  constructor(chartDir, chartRel, values) {
    this.chartDir = chartDir;
    this.chartRel = chartRel;
    this.values = values;
  }
  chartDir;
  chartRel;
  values;
  sources = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  template(source) {
    const rel = source.split("/").slice(1).join("/");
    if (!rel || rel.split("/").includes("..")) return void 0;
    let f = this.templates.get(rel);
    if (f === void 0) {
      const abs = path25.join(this.chartDir, rel);
      try {
        f = new SourceFile(path25.posix.join(this.chartRel, rel), readConfinedTextOrThrow(abs, 2 * 1024 * 1024), abs);
      } catch {
        f = null;
      }
      this.templates.set(rel, f);
    }
    return f ?? void 0;
  }
  /** Values location for a reference (subchart refs are looked up under the subchart's key). */
  valueLoc(refs, prefix, rendered) {
    for (let i = this.values.length - 1; i >= 0; i--) {
      const v = this.values[i];
      if (!v.root) continue;
      const hit = find(v.root, [...prefix, ...refs], rendered);
      if (!hit || hit.node === v.root && !refs.length) continue;
      this.sources.set(v.file.path, v.file);
      const range2 = hit.node.kind === "scalar" || !hit.keyRange ? hit.node.range : hit.keyRange;
      const pos = v.file.positionAt(range2[0]);
      return lineLoc(v.file, pos.line);
    }
    return void 0;
  }
  /** Targets for every line of the rendered output (index: 0-based rendered line). */
  map(rendered, docs) {
    const lines = rendered.split("\n");
    const out = new Array(lines.length);
    for (const d of docs) {
      const tpl = this.template(d.source);
      if (!tpl) continue;
      this.sources.set(tpl.path, tpl);
      const parts = d.source.split("/");
      const sub = parts[1] === "charts" && parts[2] ? [parts[2]] : [];
      const tLines = tpl.text.split(/\r?\n/);
      const tKeys = tLines.map((l) => CONTROL.test(l) ? void 0 : keyOf(l));
      const scopes = templateScopes(tLines);
      let p = 0;
      let last = -1;
      let block;
      for (let i = 0; i < d.lines; i++) {
        const r = lines[d.startLine + i];
        if (!r.trim() || r.trim().startsWith("#")) continue;
        const key = keyOf(r);
        const t = this.match(tLines, tKeys, r, key, p, !!block);
        let target;
        let refs;
        let valuePath = [];
        if (t >= 0) {
          block = void 0;
          target = t;
          p = t + 1;
          last = t;
          refs = scopes[t].refs ?? this.injectedBlock(tLines, scopes, t) ?? scopes[t].guard ?? [];
        } else {
          if (!block) {
            let j = last + 1;
            while (j < tLines.length && (!tLines[j].includes("{{") || CONTROL.test(tLines[j]))) j++;
            block = { injector: j < tLines.length ? j : Math.max(last, 0), stack: [] };
            p = Math.max(p, block.injector + 1);
          }
          target = block.injector;
          refs = scopes[target]?.refs ?? scopes[target]?.dot ?? [];
          const indent = r.length - r.trimStart().length;
          while (block.stack.length && block.stack[block.stack.length - 1].indent >= indent) block.stack.pop();
          valuePath = block.stack.map((s) => s.key);
          if (key !== void 0) {
            block.stack.push({ indent, key });
            valuePath = [...valuePath, key];
          }
        }
        const tplLoc = lineLoc(tpl, Math.min(target + 1, tLines.length));
        const v = refs.length ? this.valueLoc([...refs, ...valuePath], sub, scalarText2(r)) : void 0;
        out[d.startLine + i] = v ? { loc: v, related: [{ ...tplLoc, message: `rendered by ${tpl.path}:${tplLoc.startLine}` }] } : { loc: tplLoc };
      }
    }
    return out;
  }
  /**
   * The template line that wrote rendered line `r`: the same literal text at the same indent, else
   * the same key at the same indent, searched forward from `from` first. Inside an injected block
   * only same-indent matches end the block.
   */
  match(tLines, tKeys, r, key, from, inBlock) {
    const indent = r.length - r.trimStart().length;
    const text = r.trim();
    const ind = (j) => tLines[j].length - tLines[j].trimStart().length;
    const literal = (j) => !tLines[j].includes("{{") && tLines[j].trim() === text && ind(j) === indent;
    const keyed = (j, exact) => key !== void 0 && tKeys[j] === key && (!exact || ind(j) === indent);
    const scan2 = (ok, lo, hi) => {
      for (let j = lo; j < Math.min(hi, tLines.length); j++) if (ok(j)) return j;
      return -1;
    };
    const window = inBlock ? from + 40 : tLines.length;
    let t = scan2(literal, from, window);
    if (t < 0) t = scan2((j) => keyed(j, true), from, window);
    if (t >= 0 || inBlock) return t;
    t = scan2(literal, 0, from);
    if (t < 0) t = scan2((j) => keyed(j, true), 0, from);
    if (t < 0) t = scan2((j) => keyed(j, false), from, tLines.length);
    return t;
  }
  /**
   * `securityContext:` whose value is the next line's `{{- toYaml .Values.securityContext | nindent 12 }}`:
   * the key's value comes from those values (so `securityContext: {}` in values is the line to edit).
   */
  injectedBlock(tLines, scopes, at3) {
    if (!/^\s*(?:-\s+)?[^\s#{][^#{]*:\s*$/.test(tLines[at3])) return void 0;
    for (let next = at3 + 1; next < Math.min(tLines.length, at3 + 16); next++) {
      const line2 = tLines[next].trim();
      if (!line2) continue;
      if (!/^\{\{.*\}\}$/.test(line2)) return void 0;
      const refs = scopes[next]?.refs;
      if (refs?.length && /\{\{-?\s*(?:toYaml\s|[^}]*\|\s*toYaml\b)/.test(line2)) return refs;
    }
    return void 0;
  }
};

// src/deploy/render/kustomize.ts
import fs10 from "node:fs";
import path26 from "node:path";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function str2(n) {
  return n?.kind === "scalar" && typeof n.value === "string" ? n.value : void 0;
}
function get(n, k) {
  return n?.kind === "object" ? n.members.get(k)?.value : void 0;
}
function list2(n) {
  return n?.kind === "array" ? n.items : [];
}
function lineLoc2(file, offset) {
  const line2 = file.positionAt(offset).line;
  const text = file.lineText(line2);
  const start = text.length - text.trimStart().length + 1;
  return {
    file: file.path,
    startLine: line2,
    startColumn: start,
    endLine: line2,
    endColumn: Math.max(start, text.length + 1)
  };
}
var Inputs = class {
  constructor(root, cwd) {
    this.root = root;
    this.cwd = cwd;
  }
  root;
  cwd;
  files = /* @__PURE__ */ new Map();
  docs = [];
  patches = [];
  ops = [];
  generated = [];
  seen = /* @__PURE__ */ new Set();
  read(abs) {
    let f = this.files.get(abs);
    if (!f) {
      const r = readConfinedText(abs, 2 * 1024 * 1024);
      if (!r.ok) throw new Error(`${this.rel(abs)}: ${r.tooLarge ? "larger than 2 MiB" : r.reason}`);
      f = new SourceFile(this.rel(abs), r.text, abs);
      this.files.set(abs, f);
    }
    return f;
  }
  rel(abs) {
    return path26.relative(this.cwd, abs).split(path26.sep).join("/");
  }
  /** A path a kustomization names, checked to stay inside the scanned tree. */
  resolve(dir, p) {
    if (/^[a-z][a-z0-9+.-]*:\/\/|^(?:github\.com|gitlab\.com|bitbucket\.org)\/|^git@|\?ref=/i.test(p))
      throw new Error(`remote resource ${p} is never fetched`);
    const abs = path26.resolve(dir, p);
    let real;
    try {
      real = fs10.realpathSync(abs);
    } catch {
      throw new Error(`${this.rel(abs)} does not exist`);
    }
    const r = path26.relative(this.root, real);
    if (r.startsWith("..") || path26.isAbsolute(r)) throw new Error(`${p} is outside the scanned tree`);
    return real;
  }
  docsOf(file) {
    return parseYaml(file).flatMap((d) => {
      if (!d.root || d.problems.some((x) => x.severity === "error")) return [];
      const kind = str2(get(d.root, "kind"));
      const name = str2(get(get(d.root, "metadata"), "name"));
      return [{ file, root: d.root, ...kind ? { kind } : {}, ...name ? { name } : {} }];
    });
  }
  kustomization(dir, depth = 0) {
    if (depth > 20) throw new Error("kustomizations nest more than 20 levels deep");
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    const name = KUSTOMIZATION_NAMES.find((n) => fs10.existsSync(path26.join(dir, n)));
    if (!name) throw new Error(`${this.rel(dir)} has no kustomization file`);
    const kfile = this.read(this.resolve(dir, name));
    const k = this.docsOf(kfile)[0]?.root;
    if (!k) throw new Error(`${kfile.path} does not parse`);
    for (const key of ["resources", "bases", "components"]) {
      for (const item of list2(get(k, key))) {
        const p = str2(item);
        if (!p) continue;
        const abs = this.resolve(dir, p);
        if (fs10.statSync(abs).isDirectory()) this.kustomization(abs, depth + 1);
        else this.docs.push(...this.docsOf(this.read(abs)));
      }
    }
    for (const item of list2(get(k, "patchesStrategicMerge"))) {
      const p = str2(item);
      if (p && !p.includes("\n")) this.patches.push(...this.docsOf(this.read(this.resolve(dir, p))));
    }
    for (const key of ["patches", "patchesJson6902"]) {
      for (const item of list2(get(k, key))) {
        const target = get(item, "target");
        const tk = str2(get(target, "kind"));
        const tn = str2(get(target, "name"));
        const p = str2(get(item, "path"));
        const inline = get(item, "patch");
        let file;
        if (p) file = this.read(this.resolve(dir, p));
        else if (inline?.kind === "scalar" && typeof inline.value === "string") {
          const [from, to] = inline.range;
          const nl = kfile.text.indexOf("\n", from);
          const offset = nl + 1;
          const text = kfile.text.slice(0, offset).replace(/[^\n]/g, " ") + kfile.text.slice(offset, to);
          file = new SourceFile(kfile.path, text, kfile.absPath);
        }
        if (!file) continue;
        for (const d of this.docsOf(file)) {
          if (d.root.kind === "array") {
            for (const op of d.root.items) {
              const opPath = str2(get(op, "path"));
              const value = get(op, "value");
              if (!opPath) continue;
              this.ops.push({
                ...tk ? { kind: tk } : {},
                ...tn ? { name: tn } : {},
                path: opPath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")),
                loc: lineLoc2(kfile.absPath === file.absPath ? kfile : file, (value ?? op).range[0])
              });
            }
          } else {
            this.patches.push({ ...d, ...tk && !d.kind ? { kind: tk } : {}, ...tn && !d.name ? { name: tn } : {} });
          }
        }
      }
    }
    for (const gen of list2(get(k, "configMapGenerator"))) {
      const gname = str2(get(gen, "name"));
      if (!gname) continue;
      for (const f of list2(get(gen, "files"))) {
        const spec = str2(f);
        if (!spec) continue;
        const [key, p] = spec.includes("=") ? spec.split("=", 2) : [path26.posix.basename(spec), spec];
        this.generated.push({ name: gname, key, file: this.read(this.resolve(dir, p)) });
      }
      for (const f of list2(get(gen, "envs"))) {
        const p = str2(f);
        if (p) this.read(this.resolve(dir, p));
      }
    }
  }
};
function walkSegs(root, segs) {
  let node = root;
  let keyOffset;
  for (const s of segs) {
    if (typeof s === "string") {
      if (node.kind !== "object") return void 0;
      const m = node.members.get(s);
      if (!m) return void 0;
      node = m.value;
      keyOffset = m.keyRange[0];
    } else if (typeof s === "number") {
      if (node.kind !== "array" || !node.items[s]) return void 0;
      node = node.items[s];
      keyOffset = void 0;
    } else {
      if (node.kind !== "array") return void 0;
      const item = node.items.find((i) => str2(get(i, "name")) === s.name);
      if (!item) return void 0;
      node = item;
      keyOffset = void 0;
    }
  }
  return { node, ...keyOffset !== void 0 ? { keyOffset } : {} };
}
function linePaths(file, root) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n, named, indexed) => {
    if (n.kind === "object")
      for (const [k, m] of n.members) {
        const line2 = file.positionAt(m.keyRange[0]).line;
        const entry = { named: [...named, k], indexed: [...indexed, k], node: m.value };
        if (!out.has(line2)) out.set(line2, entry);
        visit(m.value, entry.named, entry.indexed);
      }
    else if (n.kind === "array")
      n.items.forEach((item, i) => {
        const name = str2(get(item, "name"));
        const entry = { named: [...named, name ? { name } : i], indexed: [...indexed, i], node: item };
        const line2 = file.positionAt(item.range[0]).line;
        if (!out.has(line2)) out.set(line2, entry);
        visit(item, entry.named, entry.indexed);
      });
  };
  visit(root, [], []);
  return out;
}
function sameObject(d, kind, name) {
  if (!kind || !name || d.kind !== kind || !d.name) return false;
  return name === d.name || name.includes(d.name);
}
async function renderKustomization(t, opts) {
  const cwd = opts.cwd ?? opts.root;
  const inputs = new Inputs(fs10.realpathSync(opts.root), cwd);
  try {
    inputs.kustomization(fs10.realpathSync(t.dir));
  } catch (err) {
    return { ok: false, reason: err.message };
  }
  const r = await runSandboxed(opts.tool.bin, [...opts.tool.args, "."], {
    cwd: t.dir,
    ...opts.limits ? { limits: opts.limits } : {}
  });
  if (!r.ok) {
    const line2 = r.stderr.split("\n").find((l) => l.trim());
    return {
      ok: false,
      reason: `${path26.basename(opts.tool.bin)} ${opts.tool.args[0]} ${r.reason}${line2 ? `: ${line2.trim().slice(0, 300)}` : ""}`
    };
  }
  const file = new SourceFile("(rendered)", r.stdout);
  const lines = r.stdout.split("\n").length;
  const map = new Array(lines);
  for (const d of parseYaml(file)) {
    if (!d.root) continue;
    const kind = str2(get(d.root, "kind"));
    const name = str2(get(get(d.root, "metadata"), "name"));
    const base = inputs.docs.find((x) => sameObject(x, kind, name));
    const patches = inputs.patches.filter((x) => sameObject(x, kind, name));
    const ops = inputs.ops.filter((o) => sameObject({ kind: o.kind, name: o.name }, kind, name));
    const gen = kind === "ConfigMap" ? inputs.generated.filter((g) => !!name && name.includes(g.name)) : [];
    const paths = linePaths(file, d.root);
    const [first, last] = [file.positionAt(d.root.range[0]).line, file.positionAt(d.root.range[1]).line];
    let current2;
    for (let line2 = first; line2 <= last; line2++) {
      const p = paths.get(line2);
      if (p) current2 = { ...p, line: line2 };
      if (!current2) continue;
      const baseHit = base ? walkSegs(base.root, current2.named) : void 0;
      const baseLoc = baseHit && base ? lineLoc2(base.file, baseHit.keyOffset ?? baseHit.node.range[0]) : void 0;
      let target;
      const op = ops.find(
        (o) => o.path.length <= current2.indexed.length && o.path.every((s, i) => s === current2.indexed[i])
      );
      const patch = patches.map((x) => ({ x, hit: walkSegs(x.root, current2.named) })).find((x) => x.hit);
      if (op) target = { loc: op.loc };
      else if (patch?.hit) target = { loc: lineLoc2(patch.x.file, patch.hit.keyOffset ?? patch.hit.node.range[0]) };
      if (target && baseLoc) target.related = [{ ...baseLoc, message: "base resource" }];
      const inner = line2 - current2.line;
      if (!target && inner > 0 && current2.node.kind === "scalar") {
        const key = current2.named[current2.named.length - 1];
        const g = gen.find((x) => x.key === key && current2.named[0] === "data");
        if (g) target = { loc: lineLoc2(g.file, g.file.offsetAt(inner, 1)) };
        else if (baseHit?.node.kind === "scalar" && base) {
          const startLine = base.file.positionAt(baseHit.node.range[0]).line;
          target = { loc: lineLoc2(base.file, base.file.offsetAt(startLine + inner, 1)) };
        }
      }
      if (!target && baseLoc) target = { loc: baseLoc };
      if (target) map[line2 - 1] = target;
    }
  }
  return { ok: true, text: r.stdout, map, sources: [...inputs.files.values()], inputs: [...inputs.files.keys()] };
}

// src/deploy/render/values.ts
var OPENCLAW_KEYS = /* @__PURE__ */ new Set([
  "gateway",
  "agents",
  "channels",
  "models",
  "tools",
  "plugins",
  "auth",
  "session",
  "hooks",
  "skills",
  "commands",
  "messages",
  "browser",
  "logging",
  "meta",
  "secrets",
  "env",
  "wizard",
  "update",
  "diagnostics",
  "cron",
  "talk"
]);
var CONFIG_KEYS2 = /^(?:config|openclaw|openclawConfig|openclaw\.json5?|gatewayConfig|configJson|settings)$/;
function looksLikeConfig(v) {
  return v.kind === "object" && [...v.members.keys()].some((k) => OPENCLAW_KEYS.has(k));
}
function holdsConfig(v) {
  return v.kind === "object" && [...v.members].some(([k, m]) => CONFIG_KEYS2.test(k) && looksLikeConfig(m.value));
}
function valuesConfigs(values) {
  const out = [];
  const visit = (node, at3, depth) => {
    if (node.kind !== "object" || depth > 6) return;
    for (const [k, m] of node.members) {
      const p = [...at3, k];
      if (CONFIG_KEYS2.test(k) && looksLikeConfig(m.value) && !holdsConfig(m.value)) {
        out.push({ file: values.file, path: p.join("."), tree: m.value });
        continue;
      }
      if (/\.json5?$/.test(k) && m.value.kind === "scalar" && typeof m.value.value === "string") {
        const masked = maskBlock(values.file, m);
        if (masked) out.push({ file: values.file, path: p.join("."), masked });
        continue;
      }
      visit(m.value, p, depth + 1);
    }
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}
function maskBlock(file, m) {
  const [from, to] = m.value.range;
  const text = file.text;
  if (text[from] !== "|" && text[from] !== ">") return void 0;
  const nl = text.indexOf("\n", from);
  if (nl < 0) return void 0;
  const start = nl + 1;
  if (!/^\s*[{/]/.test(text.slice(start, to))) return void 0;
  let masked = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    masked += i >= start && i < to || c === "\n" || c === "\r" ? c : " ";
  }
  return new SourceFile(file.path, masked, file.absPath);
}
var SECURITY_KEYS = /^(?:securityContext|containerSecurityContext|podSecurityContext)$/;
function valuesSecurityFindings(values) {
  const out = [];
  const loc = (m) => {
    const s = values.file.positionAt(m.keyRange[0]);
    const e = values.file.positionAt(m.value.range[1]);
    return { file: values.file.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  };
  const visit = (node, at3, depth) => {
    if (node.kind !== "object" || depth > 4) return;
    for (const [k, m] of node.members) {
      const p = [...at3, k].join(".");
      if (SECURITY_KEYS.test(k) && m.value.kind === "object") {
        const get2 = (name) => {
          const x = m.value.members.get(name);
          return x && x.value.kind === "scalar" ? { m: x, v: x.value.value } : void 0;
        };
        const priv = get2("privileged");
        if (priv?.v === true)
          out.push(
            makeFinding(
              "deploy.privileged",
              "critical",
              `values ${p}.privileged is true: the containers that use it run privileged and a compromised agent or gateway escapes to the host.`,
              loc(priv.m),
              "",
              "Remove privileged: true; OpenClaw runs unprivileged as uid 1000."
            )
          );
        const esc = get2("allowPrivilegeEscalation");
        if (esc?.v === true)
          out.push(
            makeFinding(
              "deploy.pod_hardening",
              "warn",
              `values ${p}.allowPrivilegeEscalation is true (OpenClaw's own manifest sets false).`,
              loc(esc.m),
              "",
              "Set allowPrivilegeEscalation: false."
            )
          );
        const user = get2("runAsUser");
        const nonRoot = get2("runAsNonRoot");
        if (user?.v === 0 || nonRoot?.v === false)
          out.push(
            makeFinding(
              "deploy.pod_hardening",
              "warn",
              `values ${p} runs the containers as root (OpenClaw's own manifest sets runAsNonRoot and runAsUser 1000).`,
              loc((user?.v === 0 ? user : nonRoot).m),
              "",
              "Set runAsNonRoot: true and runAsUser: 1000."
            )
          );
        continue;
      }
      visit(m.value, [...at3, k], depth + 1);
    }
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}

// src/deploy/render/values-gateway.ts
var CREDENTIAL = /^(?:OPENCLAW|CLAWDBOT)_GATEWAY_(?:TOKEN|PASSWORD)$/;
function imageRef(c) {
  const img = child(c, "image");
  const flat2 = scalarText(img);
  if (flat2 !== void 0) return flat2;
  const repo = scalarText(child(img, "repository"));
  return repo === void 0 ? void 0 : `${repo}:${scalarText(child(img, "tag")) ?? "latest"}`;
}
function containerGateway(c, at3) {
  const command = argsFromYaml(child(c, "command"));
  const args = argsFromYaml(child(c, "args"));
  if (!command.length && !args.length) return void 0;
  let flags = gatewayFlags([...command, ...args]);
  if (!flags.gateway && !command.length && args[0]?.text === "gateway" && imageKind(imageRef(c))) {
    const exe = { text: "openclaw", loc: args[0].loc };
    flags = gatewayFlags([exe, ...args]);
  }
  if (!flags.gateway) return void 0;
  const env = /* @__PURE__ */ new Map();
  const assumed = [];
  const envNode = child(c, "env");
  const setEnv = (name, value) => {
    const literal = scalarText(value);
    if (literal !== void 0 && value?.kind === "scalar") env.set(name, literal);
    else if (value && CREDENTIAL.test(name) && (child(value, "valueFrom") ?? child(value, "secretKeyRef"))) {
      env.set(name, UNSEEN_SECRET);
      assumed.push(`${name} from a Secret named in values ${at3}.env`);
    }
  };
  const assumedNames = [];
  const envObj = asObject(envNode);
  if (envObj) for (const [k, m] of envObj.members) setEnv(k, m.value);
  for (const e of items(envNode)) {
    const name = scalarText(child(e, "name"));
    if (name) setEnv(name, child(e, "value") ?? e);
  }
  if (items(child(c, "envFrom")).length && !env.get("OPENCLAW_GATEWAY_TOKEN") && !env.get("OPENCLAW_GATEWAY_PASSWORD")) {
    env.set("OPENCLAW_GATEWAY_TOKEN", UNSEEN_SECRET);
    assumed.push(`OPENCLAW_GATEWAY_TOKEN from envFrom in values ${at3}`);
    assumedNames.push("OPENCLAW_GATEWAY_TOKEN");
  }
  for (const [legacy, canonical] of [
    ["CLAWDBOT_GATEWAY_TOKEN", "OPENCLAW_GATEWAY_TOKEN"],
    ["CLAWDBOT_GATEWAY_PASSWORD", "OPENCLAW_GATEWAY_PASSWORD"]
  ])
    if (env.get(legacy) && !env.get(canonical)) env.set(canonical, env.get(legacy));
  if (flags.token) env.set("OPENCLAW_GATEWAY_TOKEN", /^\$/.test(flags.token.value) ? UNSEEN_SECRET : flags.token.value);
  if (flags.password)
    env.set("OPENCLAW_GATEWAY_PASSWORD", /^\$/.test(flags.password.value) ? UNSEEN_SECRET : flags.password.value);
  const port = flags.port ? Number(flags.port.value) : void 0;
  return {
    path: at3,
    loc: flags.gateway.loc,
    env,
    assumed,
    assumedNames,
    ...flags.bind ? { bind: flags.bind } : {},
    ...port && Number.isInteger(port) ? { port } : {}
  };
}
function valuesGateways(values) {
  const out = [];
  const visit = (node, at3, depth) => {
    if (node.kind !== "object" || depth > 8) return;
    const g = containerGateway(node, at3.join("."));
    if (g) {
      out.push(g);
      return;
    }
    for (const [k, m] of node.members) visit(m.value, [...at3, k], depth + 1);
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}

// src/deploy/render/index.ts
var RELATED = /openclaw|clawdbot|moltbot/i;
var BIND_JUDGED = /* @__PURE__ */ new Set([
  "gateway.bind_no_auth",
  "gateway.http.no_auth",
  "gateway.auth_no_rate_limit",
  "gateway.control_ui.allowed_origins_required"
]);
var MENTION_FILE = /\.(?:ya?ml|tpl|json5?|txt)$|^Kustomization$/;
var MENTION_DEPTH = 5;
var MAX_MENTION_ENTRIES = 5e3;
function mentionsOpenclaw(dir) {
  const listed = walk(dir, {
    roots: allowedRoots(),
    want: (e) => e.dirent.isFile() && MENTION_FILE.test(e.dirent.name) && e.rel.split("/").length <= MENTION_DEPTH,
    maxEntries: MAX_MENTION_ENTRIES
  });
  return listed.entries.some((e) => {
    const read = readConfinedText(e.abs, 1024 * 1024);
    return read.ok && RELATED.test(read.text);
  });
}
function fileLoc(rel) {
  return { file: rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
function inside(root, p) {
  try {
    const real = fs11.realpathSync(p);
    const rel = path27.relative(fs11.realpathSync(root), real);
    return rel.startsWith("..") || path27.isAbsolute(rel) ? void 0 : real;
  } catch {
    return void 0;
  }
}
async function renderDeployments(opts) {
  const realCwd = fs11.realpathSync(opts.cwd);
  const state = {
    result: {
      deployments: [],
      findings: [],
      sources: [],
      valuesConfigs: [],
      covered: /* @__PURE__ */ new Set(),
      groups: /* @__PURE__ */ new Map(),
      remap: (f) => f,
      generatorConfig: () => void 0
    },
    maps: /* @__PURE__ */ new Map(),
    notes: /* @__PURE__ */ new Map(),
    pairs: [],
    unbound: [],
    fallback: /* @__PURE__ */ new Map()
  };
  const run = {
    opts,
    tools: renderTools(opts),
    state,
    repoRel: (abs) => {
      const rel = path27.relative(opts.cwd, abs);
      return (rel.startsWith("..") ? path27.relative(realCwd, abs) : rel).split(path27.sep).join("/");
    }
  };
  const targets = discoverRenderTargets(opts.paths, opts.cwd).filter(
    (t) => t.kind === "helm" ? mentionsOpenclaw(t.dir) : kustomizationRelated(t.dir, opts.cwd)
  );
  for (const t of targets) {
    if (overBudget("charts and kustomizations", t.fileRel)) continue;
    try {
      state.result.sources.push(new SourceFile(t.fileRel, readConfinedTextOrThrow(t.file, 2 * 1024 * 1024), t.file));
    } catch {
    }
    if (t.kind === "helm") await renderHelmTarget(t, run);
    else await renderKustomizeTarget(t, run);
  }
  state.result.remap = (f) => remapFinding(state, f);
  state.result.generatorConfig = (masked) => generatorConfig(state, masked);
  return state.result;
}
function renderTools(opts) {
  const pathVar = opts.pathVar ?? process.env.PATH;
  const renderOn = opts.settings?.render !== false;
  const found = (name) => renderOn ? which(name, pathVar) : void 0;
  const [helm, kubectl, kustomize] = [found("helm"), found("kubectl"), found("kustomize")];
  return {
    renderOn,
    ...helm ? { helm } : {},
    ...kubectl ? { kubectl } : {},
    ...kustomize ? { kustomize } : {},
    limits: {
      ...opts.settings?.timeoutSeconds ? { timeoutMs: opts.settings.timeoutSeconds * 1e3 } : {},
      ...opts.limits
    }
  };
}
function addToGroup(result, t, files) {
  const set = result.groups.get(t.fileRel) ?? /* @__PURE__ */ new Set([t.fileRel]);
  for (const f of files) if (!f.startsWith("../")) set.add(f);
  result.groups.set(t.fileRel, set);
}
async function renderHelmTarget(t, run) {
  const { opts, tools, state } = run;
  const result = state.result;
  const chartSettings = opts.settings?.charts[t.dirRel] ?? { values: [], set: {} };
  const { values, extra, problem } = chartValues(t, opts.cwd, chartSettings.values);
  const listed = chartFiles(t.dir);
  addToGroup(result, t, [...listed.ok ? listed.files : [], ...extra].map(run.repoRel));
  const blocked = problem ? makeFinding("deploy.render_error", "warn", `Helm chart ${t.dirRel} not rendered: ${problem}.`, fileLoc(t.fileRel)) : void 0;
  const meta = blocked ? void 0 : readChartMeta(t.dir);
  const skipDeps = !meta || "error" in meta ? [] : disabledDeps(
    meta.missing,
    values.map((v) => v.root)
  );
  const cannot = blocked ?? (meta && unrenderable(t, meta, skipDeps, tools));
  if (cannot) {
    result.findings.push(cannot);
    readValuesStatically(t, values, result);
    return;
  }
  const r = await renderChart(t.dir, {
    helm: tools.helm,
    valuesFiles: extra,
    set: chartSettings.set,
    limits: tools.limits,
    skipDeps
  });
  if (!r.ok) {
    result.findings.push(
      r.status === "not_rendered" ? notRendered(t, r.reason) : makeFinding(
        "deploy.render_error",
        "warn",
        `Helm chart ${t.dirRel} does not render: ${r.reason}. Only values files were checked.`,
        fileLoc(t.fileRel),
        "",
        "Fix the chart so that `helm template` succeeds, then run clawlint again."
      )
    );
    readValuesStatically(t, values, result);
    return;
  }
  recordHelmRender(t, r, values, state);
}
function chartValues(t, cwd, configured) {
  const values = [];
  const own = readValues(path27.join(t.dir, "values.yaml"), path27.posix.join(t.dirRel, "values.yaml"));
  if (own) values.push(own);
  const extra = [];
  let problem;
  for (const v of configured) {
    const abs = inside(cwd, path27.resolve(t.dir, v));
    const rel = path27.posix.join(t.dirRel, v);
    const read = abs ? readValues(abs, path27.relative(cwd, abs).split(path27.sep).join("/")) : void 0;
    if (!abs || !read) {
      problem = `values file ${rel} from the clawlint config is missing or outside the scanned tree`;
      continue;
    }
    values.push(read);
    extra.push(abs);
  }
  return { values, extra, ...problem ? { problem } : {} };
}
function unrenderable(t, meta, skipDeps, tools) {
  if ("error" in meta)
    return makeFinding(
      "deploy.render_error",
      "warn",
      `Helm chart ${t.dirRel} cannot be rendered: ${meta.error}. Only values files were checked.`,
      fileLoc(t.fileRel)
    );
  const needed = meta.missing.filter((d) => !skipDeps.includes(d.name));
  if (needed.length) return notRendered(t, missingDeps(needed.map((d) => d.name)));
  if (!tools.helm)
    return notRendered(t, tools.renderOn ? "helm is not on PATH" : "rendering is off (helm.render: false)");
  return void 0;
}
function readValuesStatically(t, values, result) {
  const gateway = values.flatMap((v) => valuesGateways(v)).pop();
  for (const v of values) {
    result.sources.push(v.file);
    result.findings.push(...valuesSecurityFindings(v));
    for (const c of valuesConfigs(v))
      result.valuesConfigs.push({ ...c, chart: t.dirRel, ...gateway ? { gateway } : {} });
  }
}
function recordHelmRender(t, r, values, state) {
  const result = state.result;
  const virtual = virtualFile(t, r.text, "helm template");
  const mapper = new HelmLineMapper(t.dir, t.dirRel, values);
  state.maps.set(virtual.path, mapper.map(r.text, r.docs));
  state.fallback.set(virtual.path, fileLoc(t.fileRel));
  result.sources.push(...mapper.sources.values());
  const installTime = installTimeLines(r, virtual);
  if (r.placeholders.length) {
    result.findings.push(placeholderFinding(t, r.placeholders, values));
    state.notes.set(virtual.path, placeholderLines(r, virtual));
  }
  const parsed = readRendered(virtual);
  if (!parsed) return;
  markInstallTimeValues(parsed, installTime);
  result.deployments.push({ target: t, parsed });
  const members = valuesMembers([...values].reverse().map((v) => v.root));
  for (const e of parsed.embedded) {
    const pair = pairValuesConfig(e, members);
    if (pair) state.pairs.push(pair);
    const root = e.masked && parseJson5(e.masked);
    if (root && root.ok && walk2(root.root, ["gateway", "bind"]).depth < 2) {
      const [from, to] = [root.root.range[0], root.root.range[1]].map((o) => e.masked.positionAt(o).line);
      state.unbound.push({ file: e.masked.path, from, to, parsed });
    }
  }
}
async function renderKustomizeTarget(t, run) {
  const { opts, tools, state } = run;
  const result = state.result;
  const tool = tools.kubectl ? { bin: tools.kubectl, args: ["kustomize"] } : tools.kustomize ? { bin: tools.kustomize, args: ["build"] } : void 0;
  if (!tool) {
    if (!tools.renderOn || plainKustomization(t.file)) return;
    result.findings.push(
      notRendered(
        t,
        tools.renderOn ? "neither kubectl nor kustomize is on PATH" : "rendering is off (helm.render: false)"
      )
    );
    return;
  }
  const r = await renderKustomization(t, { root: opts.cwd, tool, limits: tools.limits });
  if (!r.ok) {
    result.findings.push(
      makeFinding(
        "deploy.render_error",
        "warn",
        `kustomization ${t.dirRel} does not render: ${r.reason}.`,
        fileLoc(t.fileRel),
        "",
        "Fix the kustomization so that `kubectl kustomize` succeeds, then run clawlint again."
      )
    );
    return;
  }
  for (const f of r.inputs) result.covered.add(f);
  addToGroup(result, t, r.inputs.map(run.repoRel));
  const virtual = virtualFile(t, r.text, "kustomize build");
  state.maps.set(virtual.path, r.map);
  state.fallback.set(virtual.path, fileLoc(t.fileRel));
  result.sources.push(...r.sources);
  const parsed = readRendered(virtual);
  if (parsed) result.deployments.push({ target: t, parsed });
}
function moveLine(state, l) {
  const map = state.maps.get(l.file);
  if (!map) return void 0;
  const t = map[l.startLine - 1];
  return t ?? { loc: state.fallback.get(l.file) };
}
function bindSource2(state, f) {
  if (!BIND_JUDGED.has(f.ruleId)) return void 0;
  const u = state.unbound.find((x) => x.file === f.file && f.startLine >= x.from && f.startLine <= x.to);
  const gateways = u?.parsed.workloads.filter((w) => w.isGateway) ?? [];
  const bind = gateways.length === 1 ? gatewayFlags(gateways[0].args).bind : void 0;
  const t = bind ? moveLine(state, bind.loc) : void 0;
  return t?.related ? t : void 0;
}
function remappedLocation(state, f) {
  const rendered = moveLine(state, f);
  const bound = !rendered?.related ? bindSource2(state, f) : void 0;
  if (bound)
    return {
      loc: bound.loc,
      related: [
        ...rendered ? [{ ...rendered.loc, message: `the config, rendered by ${rendered.loc.file}:${rendered.loc.startLine}` }] : [],
        ...bound.related ?? []
      ]
    };
  const inValues = state.pairs.map((p) => valuesLocation(p, f)).find((l) => l);
  if (!inValues || !rendered) return rendered;
  return {
    loc: inValues,
    related: [
      ...rendered.loc.file !== inValues.file || rendered.loc.startLine !== inValues.startLine ? [{ ...rendered.loc, message: `rendered by ${rendered.loc.file}:${rendered.loc.startLine}` }] : [],
      ...(rendered.related ?? []).filter((x) => x.file !== inValues.file)
    ]
  };
}
function remapFinding(state, f) {
  const related = (f.related ?? []).map((r) => {
    const m2 = moveLine(state, r);
    return m2 ? { ...m2.loc, ...r.message ? { message: r.message } : {} } : r;
  });
  const m = remappedLocation(state, f);
  const pick = (l) => ({
    file: l.file,
    startLine: l.startLine,
    startColumn: l.startColumn,
    endLine: l.endLine,
    endColumn: l.endColumn
  });
  const all = [...m?.related ?? [], ...related];
  const out = { ...f, ...m ? pick(m.loc) : {} };
  const uses = state.notes.get(f.file)?.get(f.startLine);
  if (uses)
    out.message = `${f.message} (Rendered with a placeholder for the required ${uses.join(", ")}: the value a user supplies at install decides.)`;
  delete out.suggestion;
  delete out.autofix;
  if (all.length) out.related = all;
  else delete out.related;
  return m || f.related?.length ? out : f;
}
function generatorConfig(state, masked) {
  const map = state.maps.get(masked.path);
  const first = masked.text.search(/\S/);
  const lastChar = masked.text.trimEnd().length - 1;
  if (!map || first < 0) return void 0;
  const [from, to] = [masked.positionAt(first).line, masked.positionAt(lastChar).line];
  const a = map[from - 1];
  const b = map[to - 1];
  const src = a && state.result.sources.find((x) => x.path === a.loc.file);
  if (!a || !b || !src?.absPath || b.loc.file !== a.loc.file || b.loc.startLine - a.loc.startLine !== to - from)
    return void 0;
  if (isOpenclawConfigName(src.path) && a.loc.startLine === 1) return { abs: src.absPath, rel: src.path };
  if (a.related) return void 0;
  const keep = (line2) => line2 >= a.loc.startLine && line2 <= b.loc.startLine;
  const text = src.text.split(/(?<=\n)/).map((l, i) => keep(i + 1) ? l : l.replace(/[^\r\n]/g, " ")).join("");
  return { abs: src.absPath, rel: src.path, source: new SourceFile(src.path, text, src.absPath) };
}
var PLAIN_KEYS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "resources",
  "namespace",
  "commonLabels",
  "labels",
  "commonAnnotations"
]);
function plainKustomization(file) {
  let doc;
  try {
    doc = (0, import_yaml5.parse)(readConfinedTextOrThrow(file, 1024 * 1024), { maxAliasCount: 50 });
  } catch {
    return false;
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return false;
  if (!Object.keys(doc).every((k) => PLAIN_KEYS.has(k))) return false;
  const resources = getOwn(doc, "resources");
  return Array.isArray(resources) && resources.every((r) => typeof r === "string" && /\.ya?ml$/.test(r) && !r.includes("/") && !r.includes("\\"));
}
function kustomizationRelated(dir, root, depth = 0, seen = /* @__PURE__ */ new Set()) {
  if (depth > 10 || seen.has(dir)) return false;
  seen.add(dir);
  if (mentionsOpenclaw(dir)) return true;
  const name = ["kustomization.yaml", "kustomization.yml", "Kustomization"].find(
    (n) => fs11.existsSync(path27.join(dir, n))
  );
  if (!name) return false;
  let doc;
  try {
    doc = (0, import_yaml5.parse)(readConfinedTextOrThrow(path27.join(dir, name), 1024 * 1024), { maxAliasCount: 50 });
  } catch {
    return false;
  }
  for (const key of ["resources", "bases", "components"]) {
    const items2 = getOwn(doc, key);
    if (!Array.isArray(items2)) continue;
    for (const item of items2) {
      if (typeof item !== "string" || item.includes("://")) continue;
      const abs = inside(root, path27.resolve(dir, item));
      if (abs && fs11.statSync(abs).isDirectory() && kustomizationRelated(abs, root, depth + 1, seen)) return true;
    }
  }
  return false;
}
function notRendered(t, why) {
  const what = t.kind === "helm" ? `Helm chart ${t.dirRel}` : `kustomization ${t.dirRel}`;
  const how = t.kind === "helm" ? "put helm (v3 or v4) on PATH (GitHub-hosted runners have it) and keep chart dependencies in charts/" : "put kubectl or kustomize on PATH (GitHub-hosted runners have kubectl)";
  return makeFinding(
    "deploy.not_rendered",
    "info",
    `${what} was not rendered (${why}); only ${t.kind === "helm" ? "its values files were" : "nothing of it was"} checked. For the full check, ${how}.`,
    fileLoc(t.fileRel)
  );
}
function installTimeLines(r, file) {
  const out = /* @__PURE__ */ new Map();
  for (const i of r.generated) out.set(i + 1, "generated by the chart at install");
  for (const [line2, paths] of placeholderLines(r, file))
    out.set(line2, `supplied at install (the chart requires ${paths.join(", ")})`);
  return out;
}
function placeholderLines(r, file) {
  const out = /* @__PURE__ */ new Map();
  const lines = file.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const hit = r.placeholders.filter((p) => lines[i].includes(p.value) || lines[i].includes(b64(p.value)));
    if (hit.length)
      out.set(
        i + 1,
        hit.map((p) => p.valuesPath)
      );
  }
  return out;
}
var b64 = (s) => Buffer.from(s, "utf8").toString("base64");
function placeholderFinding(t, placeholders, values) {
  const own = values[0];
  const at3 = (p) => {
    const n = own?.root ? findValue(own.root, p.valuesPath) : void 0;
    if (!own || !n) return void 0;
    const s = own.file.positionAt(n.keyRange[0]);
    const e = own.file.positionAt(n.value.range[1]);
    return { file: own.file.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  };
  const first = placeholders.map(at3).find((l) => l) ?? fileLoc(t.fileRel);
  const names = placeholders.map((p) => p.valuesPath);
  const f = makeFinding(
    "deploy.render_placeholder",
    "info",
    `Helm chart ${t.dirRel} refuses to render until ${names.join(", ")} ${names.length === 1 ? "is" : "are"} set (${placeholders[0].message.length > 160 ? `${placeholders[0].message.slice(0, 160)}\u2026` : placeholders[0].message}); it was rendered as a user installs it, with ${names.length === 1 ? "a placeholder" : "placeholders"} (${placeholders.map((p) => p.value).join(", ")}). Findings that depend on ${names.length === 1 ? "that value" : "those values"} say so.`,
    first,
    "",
    `Name the values your installs use in .clawlint.yml (helm: { charts: { "${t.dirRel}": { values: [values-prod.yaml] } } }) to check them instead.`
  );
  const related = [];
  for (const p of placeholders) {
    const l = at3(p);
    if (l && l !== first && (l.startLine !== first.startLine || l.file !== first.file))
      related.push({ ...l, message: `${p.valuesPath}: placeholder` });
    related.push({
      ...fileLoc(path27.posix.join(t.dirRel, p.file)),
      startLine: p.line,
      endLine: p.line,
      message: `requires ${p.valuesPath}`
    });
  }
  f.related = related;
  return f;
}
function findValue(root, dotted) {
  let node = root;
  let member2;
  for (const k of dotted.split(".")) {
    if (node.kind !== "object") return void 0;
    member2 = node.members.get(k);
    if (!member2) return void 0;
    node = member2.value;
  }
  return member2;
}
function virtualFile(t, text, how) {
  return new SourceFile(`${t.dirRel} (${how})`, text, path27.join(t.dir, `.clawlint-${how.split(" ")[0]}-rendered.yaml`));
}
function readRendered(file) {
  const docs = parseYaml(file).filter((d) => !d.problems.some((x) => x.severity === "error"));
  if (!docs.some((d) => isKubernetesObject(d.root))) return void 0;
  const p = readKubernetes(file, docs);
  p.documents = docs.flatMap(
    (d) => d.root && isKubernetesObject(d.root) ? [{ kind: "k8s", root: d.root }] : []
  );
  return p;
}

// src/deploy/index.ts
var MAX_DEPLOYMENT_BYTES = 2 * 1024 * 1024;
function lintDeployments(opts) {
  return inWorkspace(opts.cwd, () => lintDeploymentsInWorkspace(opts));
}
async function lintDeploymentsInWorkspace(opts) {
  const rc = new ReadContext(opts.cwd, opts.env);
  const disc = discoverDeployments(opts.paths, { cwd: opts.cwd, ...opts.globs ? { globs: opts.globs } : {} });
  const findings = [];
  const sources = /* @__PURE__ */ new Map();
  const rendered = await renderDeployments({
    cwd: opts.cwd,
    paths: opts.paths,
    ...opts.helm ? { settings: opts.helm } : {},
    ...opts.toolPath !== void 0 ? { pathVar: opts.toolPath } : {}
  });
  findings.push(...rendered.findings);
  for (const s of rendered.sources) sources.set(s.path, s);
  const { parsed, notRead } = readDeploymentFiles(disc.deployments, rendered, rc, opts.reader, findings);
  linkDeploymentFiles(parsed, rendered, rc);
  findings.push(...rc.refusals);
  const related = openclawFiles(parsed, findings, sources);
  const workloads = related.flatMap((p) => p.workloads);
  const embedded2 = related.flatMap((p) => p.embedded);
  const runs = resolveGatewayRuns(related, workloads, embedded2, disc.configs, rc, opts.env);
  for (const r of runs.values()) if (r.config && !r.config.embedded) sources.set(r.config.rel, r.config.source);
  const ctx = { files: related, workloads, runs: [...runs.values()], run: (w) => runs.get(w) };
  runDeployRules(opts.rules ?? DEPLOY_RULES, ctx, findings);
  for (const f of notReadFindings(notRead)) {
    findings.push(f);
    for (const n of notRead) sources.set(n.file.path, n.file);
  }
  const remap = rendered.remap;
  const moveLoc = (l) => {
    const m = remap({ ...l, ruleId: "", severity: "info", message: "", path: "" });
    const { file, startLine, startColumn, endLine, endColumn } = m;
    return { file, startLine, startColumn, endLine, endColumn, ...l.message ? { message: l.message } : {} };
  };
  const runsOut = deployedConfigRuns([...runs.values()], embedded2, rendered, moveLoc, opts.env);
  const runsOpenclaw = whereOpenclawRuns(workloads, notRead);
  return {
    findings: dedupeFindings(findings.map(remap)).sort(compareFindings),
    sources: [...sources.values()],
    configRuns: runsOut,
    documents: related.flatMap((p) => p.documents ?? []),
    remap,
    renderGroups: rendered.groups,
    renderedFiles: [
      ...rendered.sources.map((s) => s.path),
      ...rendered.deployments.map((r) => r.parsed.file.path),
      ...rendered.valuesConfigs.map((v) => v.file.path)
    ],
    ...runsOpenclaw ? { runsOpenclaw: moveLoc(runsOpenclaw) } : {}
  };
}
function readDeploymentFiles(deployments, rendered, rc, reader, findings) {
  const parsed = [];
  const notRead = [];
  for (const d of deployments) {
    if (rendered.covered.has(d.abs)) continue;
    if (overBudget("deployment files", d.rel)) continue;
    const read = (reader ?? readSourceFile)(d.abs, d.rel, MAX_DEPLOYMENT_BYTES);
    if (d.kind === "not-read") {
      const why = notReadReason(d.rel);
      const text = read.ok ? read.file.text : "";
      if (why && (/^railway/i.test(why) || /openclaw|clawdbot|moltbot/i.test(text)))
        notRead.push({ file: new SourceFile(d.rel, text, d.abs), why });
      continue;
    }
    if (!read.ok) {
      if (d.kind !== "yaml")
        findings.push(
          makeFinding(
            "deploy.parse_error",
            "warn",
            `${read.reason}; not linted`,
            locateOffset(new SourceFile(d.rel, ""), 0, 0)
          )
        );
      continue;
    }
    const file = new SourceFile(d.rel, read.file.text, d.abs);
    if (isEnvsubstYaml(d.rel) && hasGoTemplate(file.text)) {
      if (/openclaw|clawdbot|moltbot/i.test(file.text))
        notRead.push({ file, why: "templated manifest (Go template actions; filled in at deploy time)" });
      continue;
    }
    const p = readFile(file, d.kind, rc);
    if (!p) continue;
    if (isEnvsubstYaml(d.rel) && asUnfilledTemplate(p))
      notRead.push({
        file,
        why: `templated manifest (${path28.extname(d.rel)}; its embedded OpenClaw config is filled in at deploy time)`
      });
    parsed.push(p);
  }
  return { parsed, notRead };
}
function linkDeploymentFiles(parsed, rendered, rc) {
  linkKubernetes(parsed);
  linkCommittedSecrets(parsed);
  markComposeOverrides(parsed);
  for (const r of rendered.deployments) {
    linkKubernetes([r.parsed]);
    linkCommittedSecrets([r.parsed]);
    parsed.push(r.parsed);
  }
  linkImages(parsed, rc);
}
function openclawFiles(parsed, findings, sources) {
  const related = parsed.filter((p) => isOpenclawRelated(p, parsed));
  for (const p of related) {
    findings.push(...p.findings);
    sources.set(p.file.path, p.file);
    for (const s of p.extraSources) sources.set(s.path, s);
  }
  for (const p of parsed)
    if (!related.includes(p) && p.findings.length && /openclaw/i.test(p.file.text)) {
      findings.push(...p.findings);
      sources.set(p.file.path, p.file);
    }
  return related;
}
function resolveGatewayRuns(related, workloads, embedded2, configs, rc, userEnv) {
  const pods = related.flatMap((p) => p.k8s?.pods ?? []);
  const podOf = (w) => pods.find((pod) => pod.workloads.includes(w))?.workloads ?? [w];
  const runs = /* @__PURE__ */ new Map();
  const built = new Set(workloads.flatMap((w) => w.buildDockerfile ? [w.buildDockerfile] : []));
  for (const w of workloads) {
    if (!w.isGateway || !w.runsOpenclaw) continue;
    if (w.platform === "dockerfile" && built.has(w.file.absPath)) continue;
    runs.set(w, resolveRun(w, { rc, configs: configs.map((c) => c.abs), embedded: embedded2, podOf, userEnv }));
  }
  return runs;
}
function runDeployRules(rules, ctx, findings) {
  for (const rule of rules) {
    try {
      rule.check(ctx, (r) => {
        const f = makeFinding(rule.id, r.severity ?? rule.severity, r.message, r.loc, "", r.fix);
        if (r.related?.length) f.related = r.related;
        findings.push(f);
      });
    } catch (err) {
      findings.push(
        makeFinding("internal.rule_error", "warn", `Rule ${rule.id} failed: ${err.message}`, {
          file: ctx.files[0]?.file.path ?? ".",
          startLine: 1,
          startColumn: 1,
          endLine: 1,
          endColumn: 1
        })
      );
    }
  }
}
function deployedConfigRuns(runs, embedded2, rendered, moveLoc, userEnv) {
  const converted = /* @__PURE__ */ new Set();
  const runsOut = configRuns(runs, embedded2, userEnv).map((r) => {
    const moved = r.deploymentLoc ? { ...r, deploymentLoc: moveLoc(r.deploymentLoc) } : r;
    const real = r.source ? rendered.generatorConfig(r.source) : void 0;
    if (!real) return moved;
    const { source: _rendered, ...rest } = moved;
    const run = {
      ...rest,
      configAbs: real.abs,
      configRel: real.rel,
      ...real.source ? { source: real.source } : {}
    };
    converted.add(run);
    return run;
  });
  const deployedConfigs = new Set(runsOut.filter((r) => r.deploymentLoc).map((r) => r.configAbs));
  for (let i = runsOut.length - 1; i >= 0; i--)
    if (converted.has(runsOut[i]) && !runsOut[i].deploymentLoc && deployedConfigs.has(runsOut[i].configAbs))
      runsOut.splice(i, 1);
  for (const v of rendered.valuesConfigs) runsOut.push(valuesConfigRun(v, userEnv));
  return runsOut;
}
function whereOpenclawRuns(workloads, notRead) {
  const runner = workloads.find((w) => w.runsOpenclaw);
  if (runner) return { ...runner.loc, message: `OpenClaw runs here (${runner.platform} ${runner.name})` };
  const railway = notRead.find((n) => /^railway/i.test(n.why));
  return railway ? { ...locateOffset(railway.file, 0, 0), message: "OpenClaw is started by this Railway config" } : void 0;
}
function valuesConfigRun(v, userEnv) {
  const g = v.gateway;
  const env = new Map(userEnv);
  for (const [k, x] of g?.env ?? []) env.set(k, x);
  const deployment = {};
  if (g?.bind) deployment.bind = g.bind.value;
  if (g?.port) deployment.port = g.port;
  if (g?.assumedNames.length) deployment.credentialsAssumed = g.assumedNames;
  return {
    configAbs: v.file.absPath,
    configRel: v.file.path,
    deployment,
    env,
    committedEnv: new Set([...g?.env ?? []].map(([k]) => k)),
    assumed: g?.assumed ?? [],
    origin: `Helm chart ${v.chart} values ${v.path} (not rendered)${g ? `, run by values ${g.path}` : ""}`,
    ...v.masked ? { source: v.masked } : { source: v.file, tree: v.tree },
    ...g ? {
      deploymentFile: g.loc.file,
      deploymentLoc: { ...g.bind?.loc ?? g.loc, message: `runs values ${v.path}` }
    } : {}
  };
}
function notReadFindings(list3) {
  const groups = /* @__PURE__ */ new Map();
  for (const n of list3) {
    const key = n.why.startsWith("Railway") ? "Railway config" : "templated manifest";
    groups.set(key, [...groups.get(key) ?? [], n.file]);
  }
  return [...groups].map(([what, files]) => {
    const names = files.map((f2) => f2.path);
    const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
    const f = makeFinding(
      "deploy.not_read",
      "info",
      `${files.length} ${what}${files.length === 1 ? "" : "s"} not read: ${shown}. ${what === "Railway config" ? "The start command, variables and public networking set there were not checked." : `${files.length === 1 ? "It is" : "They are"} filled in at deploy time (Jinja, Go templates, envsubst); what ${files.length === 1 ? "it deploys" : "they deploy"} was not checked.`}`,
      locateOffset(files[0], 0, 0),
      "",
      what === "Railway config" ? "Keep the gateway command in the Dockerfile (CMD) where clawlint reads it, or lint the rendered settings." : "Lint the rendered files (render them in CI, then run clawlint on the output), or name them with --deploy-glob when they are plain YAML."
    );
    if (files.length > 1)
      f.related = files.slice(1).map((x) => ({ ...locateOffset(x, 0, 0), message: `${what} not read` }));
    return f;
  });
}
function readFile(file, kind, rc) {
  switch (kind) {
    case "not-read":
      return void 0;
    case "dockerfile":
      return readDockerfile(file);
    case "systemd":
      return readSystemd(file, rc);
    case "fly": {
      const r = parseToml(file);
      if (!r.ok) return { ...empty(file, "fly"), findings: [parseFinding(file, r.message, r.offset, "TOML")] };
      return { ...readFly(file, r.root), documents: [{ kind: "fly", root: r.root }] };
    }
    case "compose":
    case "render": {
      const docs = parseYaml(file);
      const errors = yamlErrors(file, docs);
      if (errors.length) return { ...empty(file, kind), findings: errors, workloads: [] };
      const roots = docs.flatMap((d) => d.root ? [{ kind, root: d.root }] : []);
      const parsed = kind === "compose" ? readCompose(file, docs, rc) : readRender(file, docs);
      return { ...parsed, findings: [...parsed.findings, ...yamlDuplicates(file, docs)], documents: roots };
    }
    case "yaml": {
      if (/\{\{[-\s]/.test(file.text) || /\{\{\s*\./.test(file.text)) return void 0;
      const docs = parseYaml(file);
      if (docs.some((d) => isKubernetesObject(d.root))) {
        const valid = docs.filter((d) => !d.problems.some((x) => x.severity === "error"));
        const p = readKubernetes(file, valid);
        p.findings.push(...yamlErrors(file, docs), ...yamlDuplicates(file, valid));
        p.documents = valid.flatMap(
          (d) => d.root && isKubernetesObject(d.root) ? [{ kind: "k8s", root: d.root }] : []
        );
        return p;
      }
      if (isKamalShaped(docs[0]?.root) && !yamlErrors(file, docs).length)
        return { ...readKamal(file, docs[0].root), findings: yamlDuplicates(file, docs) };
      if (isComposeShaped(docs[0]?.root) && !yamlErrors(file, docs).length) {
        const parsed = readCompose(file, docs, rc);
        return {
          ...parsed,
          findings: [...parsed.findings, ...yamlDuplicates(file, docs)],
          documents: [{ kind: "compose", root: docs[0].root }]
        };
      }
      return void 0;
    }
  }
}
function empty(file, platform) {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}
function parseFinding(file, message, offset, lang) {
  return makeFinding(
    "deploy.parse_error",
    "critical",
    `${lang} syntax error: ${message}; this deployment file cannot be applied or checked`,
    locateOffset(file, offset, 1)
  );
}
function yamlDuplicates(file, docs) {
  return docs.flatMap(
    (d) => d.problems.filter((p) => p.duplicateKey === true).map(
      (p) => makeFinding(
        "deploy.parse_error",
        "warn",
        `YAML ${p.message}; kubectl and docker compose may reject the file`,
        locateOffset(file, p.offset, 1)
      )
    )
  );
}
function yamlErrors(file, docs) {
  const out = [];
  for (const d of docs) {
    const e = d.problems.find((p) => p.severity === "error");
    if (e) out.push(parseFinding(file, e.message.replace(/ at line \d+, column \d+:?$/, ""), e.offset, "YAML"));
  }
  return out;
}
var COMPOSE_TOP = /* @__PURE__ */ new Set(["version", "name", "services", "volumes", "networks", "configs", "secrets", "include"]);
function isComposeShaped(root) {
  const obj2 = asObject(root);
  const services = asObject(child(obj2, "services"));
  if (!obj2 || !services || services.members.size === 0) return false;
  if (![...obj2.members.keys()].every((k) => COMPOSE_TOP.has(k) || k.startsWith("x-"))) return false;
  return [...services.members.values()].every(
    (m) => m.value.kind === "object" && (m.value.members.has("image") || m.value.members.has("build"))
  );
}
function linkKubernetes(parsed) {
  const all = parsed.filter((p) => p.k8s);
  const pods = all.flatMap((p) => p.k8s.pods);
  const services = all.flatMap((p) => p.k8s.services);
  const sameNs = (a, b) => !a || !b || a === b;
  const selected = (selector, ns) => selector.size === 0 ? [] : pods.filter((pod) => sameNs(pod.namespace, ns) && [...selector].every(([k, v]) => pod.labels.get(k) === v));
  const addTo = (pod, target, e) => {
    const n = typeof target === "number" ? target : pod.portNames.get(target);
    for (const w of pod.workloads) w.exposures.push({ ...e, ...n !== void 0 ? { ports: [n, n] } : {} });
  };
  for (const svc of services) {
    const external = svc.type === "LoadBalancer" || svc.type === "NodePort";
    for (const pod of selected(svc.selector, svc.namespace)) {
      for (const p of svc.ports) {
        if (external)
          addTo(pod, p.targetPort, {
            kind: svc.type === "LoadBalancer" ? "service-loadbalancer" : "service-nodeport",
            loc: svc.typeLoc,
            what: svc.type === "LoadBalancer" ? `exposed by the LoadBalancer Service ${svc.name}` : `exposed on every node by the NodePort Service ${svc.name}`
          });
        else if (svc.externalIPs)
          addTo(pod, p.targetPort, {
            kind: "service-loadbalancer",
            loc: svc.externalIPs,
            what: `exposed on externalIPs of Service ${svc.name}`
          });
      }
    }
  }
  for (const ing of all.flatMap((p) => p.k8s.ingresses)) {
    for (const b of ing.backends) {
      const svc = services.find((s) => s.name === b.service && sameNs(s.namespace, ing.namespace));
      if (!svc) continue;
      const port = svc.ports.find((p) => b.port === void 0 || p.port === b.port || String(p.port) === String(b.port)) ?? svc.ports[0];
      if (!port) continue;
      for (const pod of selected(svc.selector, svc.namespace)) {
        addTo(pod, port.targetPort, {
          kind: "ingress",
          loc: b.loc,
          authInFront: ing.authInFront,
          what: `routed from outside the cluster by Ingress ${ing.name} with no authentication annotation in front`
        });
      }
    }
  }
}
function markComposeOverrides(parsed) {
  const compose = parsed.filter((p) => p.platform === "compose");
  for (const p of compose)
    for (const w of p.workloads)
      if (compose.some(
        (o) => o !== p && path28.dirname(o.file.absPath) === path28.dirname(p.file.absPath) && o.workloads.some(
          (x) => x.name === w.name && (x.exposures.length > 0 || !!x.loopbackPublished || !!x.netnsOfOther)
        )
      ))
        w.mergedElsewhere = true;
}
function isOpenclawRelated(p, all) {
  const own = (x) => x.workloads.some((w) => w.runsOpenclaw) || x.embedded.length > 0;
  if (own(p)) return true;
  if (p.platform !== "kubernetes") return false;
  const dir = path28.dirname(p.file.absPath);
  return all.some((x) => x.platform === "kubernetes" && path28.dirname(x.file.absPath) === dir && own(x));
}
function configRuns(runs, embedded2, userEnv) {
  const out = [];
  const covered = /* @__PURE__ */ new Set();
  for (const r of runs) {
    if (!r.config) continue;
    if (r.config.embedded) {
      if (!r.config.embedded.masked) continue;
      covered.add(r.config.embedded);
    }
    const env = new Map(userEnv);
    for (const [k, v] of r.env) env.set(k, v);
    const assumed = [];
    const assumedNames = [];
    const opaque = unseenCredentialSources(r.workload);
    if (opaque.length && !env.get("OPENCLAW_GATEWAY_TOKEN") && !env.get("OPENCLAW_GATEWAY_PASSWORD")) {
      env.set("OPENCLAW_GATEWAY_TOKEN", UNSEEN_SECRET);
      assumed.push(`OPENCLAW_GATEWAY_TOKEN from ${opaque.join(", ")}`);
      assumedNames.push("OPENCLAW_GATEWAY_TOKEN");
    }
    for (const c of deployTimeFlagCredentials(r.workload, r.flags)) {
      assumed.push(`${c.name} from ${c.source}`);
      assumedNames.push(c.name);
    }
    const deployment = {};
    if (assumedNames.length) deployment.credentialsAssumed = assumedNames;
    if (r.bindFromDeployment) deployment.bind = r.bind;
    if (r.portFromDeployment) deployment.port = r.port;
    if (r.loopbackIsolated && (r.bind === "loopback" || r.bindDefaulted) && !r.bindHidden)
      deployment.loopbackIsolated = true;
    if (r.reach) deployment.reach = r.reach;
    if (r.bindHidden && !r.bindFromDeployment) deployment.bindHidden = true;
    if (r.authProxy) deployment.authProxy = r.authProxy;
    const judged = judgedCredentialNames(r.workload, r);
    if (judged.length) deployment.credentialsJudged = judged;
    out.push({
      configAbs: r.config.abs,
      configRel: r.config.rel,
      deployment,
      env,
      committedEnv: new Set(r.env.keys()),
      assumed,
      origin: `${describe(r.workload)} in ${r.workload.file.path}: ${r.config.origin}`,
      ...r.config.embedded ? { source: r.config.source } : {},
      deploymentFile: r.workload.file.path,
      deploymentLoc: { ...r.workload.loc, message: `runs ${r.config.rel}` }
    });
  }
  for (const e of embedded2) {
    if (covered.has(e) || !e.masked) continue;
    out.push({
      configAbs: e.file.absPath,
      configRel: e.file.path,
      deployment: {},
      env: new Map(userEnv),
      committedEnv: /* @__PURE__ */ new Set(),
      assumed: [],
      origin: `ConfigMap ${e.configMap} key ${e.key}`,
      source: e.masked
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((r) => {
    const key = JSON.stringify([r.configAbs, r.deployment, [...r.env].sort(), r.source ? 1 : 0]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/shard/plan.ts
import fs12 from "node:fs";
var RENDERED_GROUP = "\0rendered";
function planPartition(input) {
  const g = new Grouping();
  if (input.renderedFiles.length) for (const f of input.renderedFiles) g.join(RENDERED_GROUP, f);
  for (const c of input.configs) {
    g.add(c.rel);
    if (c.deploymentFile) g.join(c.rel, c.deploymentFile);
    if (c.rendered) g.join(c.rel, RENDERED_GROUP);
    if (c.tree) continue;
    for (const inc of includedFiles(c, input.maxConfigBytes)) g.join(c.rel, inc);
  }
  return new Partition(g, input.total);
}
function includedFiles(c, maxBytes) {
  let file = c.source;
  if (!file) {
    const read = readSourceFile(realOrSelf2(c.abs), c.rel, maxBytes);
    if (!read.ok) return [];
    file = new SourceFile(c.rel, read.file.text, c.abs);
  }
  if (!file.text.includes("$include")) return [];
  const parsed = parseJson5(file);
  if (!parsed.ok) return [];
  return new IncludeResolver(file, readSourceFile).resolve(parsed.root).files.map((s) => s.path).filter((p) => p !== c.rel);
}
function realOrSelf2(abs) {
  try {
    return fs12.realpathSync(abs);
  } catch {
    return abs;
  }
}

// src/run.ts
var MAX_CONFIG_BYTES = 5 * 1024 * 1024;
function secretsBaselineFor(cwd, named, config) {
  if (named) return named;
  if (config.secrets?.baseline) return config.secrets.baseline;
  return fs13.existsSync(path29.join(cwd, DEFAULT_SECRETS_BASELINE)) ? DEFAULT_SECRETS_BASELINE : void 0;
}
function loadEnv(cwd, envFiles2 = [], envPairs = [], refused) {
  const env = /* @__PURE__ */ new Map();
  for (const f of envFiles2) {
    const read = readConfinedText(path29.resolve(cwd, f), MAX_ENV_FILE_BYTES);
    if (!read.ok && refused && read.code !== "missing") {
      const at3 = { file: f.split(path29.sep).join("/"), startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
      refused.push(makeFinding("file.unreadable", "warn", `env file ${JSON.stringify(f)}: ${read.reason}`, at3));
      continue;
    }
    if (!read.ok) throw new UsageError(`cannot read env file ${f}: ${read.reason}`);
    for (const [k, v] of dotenvToMap(parseDotenv(read.text))) env.set(k, v);
  }
  for (const pair of envPairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--env expects KEY=VALUE, got ${JSON.stringify(pair.split("=")[0])}`);
    env.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return env;
}
function runLint(opts) {
  const named = [
    ...opts.paths,
    ...opts.envFiles ?? [],
    ...opts.configFile ? [opts.configFile] : [],
    ...typeof opts.baseline === "string" ? [opts.baseline] : [],
    ...opts.secrets && opts.secrets.baseline ? [opts.secrets.baseline] : []
  ];
  return withWorkspace(opts.cwd, () => runLintInWorkspace(opts), named);
}
async function runLintInWorkspace(opts) {
  startRunBudget();
  const policy = await loadRunPolicy(opts);
  const { config, findings, redactor } = policy;
  const deployed = opts.deploy !== false ? await lintDeploymentFiles(opts, policy) : void 0;
  const runsByConfig = configRunsByRealPath(deployed);
  const files = discoverConfigs(opts, config, findings);
  const partition = opts.shard ? planShard(opts, files, [...runsByConfig.values()].flat(), deployed?.renderedFiles ?? [], config, findings, {
    env: policy.env,
    redactor
  }) : void 0;
  const owns = (file) => !partition || partition.ownerOf(file) === opts.shard.index;
  const collector = new ConfigCollector(opts, policy);
  for (const [key, files2] of deployed?.renderGroups ?? []) collector.addDeps(key, files2);
  await lintStandaloneConfigs(opts, files, runsByConfig, collector, owns, deployed?.runsOpenclaw);
  await lintDeployedConfigs(opts, runsByConfig, collector, owns, deployed);
  const secrets = await scanSecrets(opts, config, findings, partition ? owns : void 0);
  const accepted = acceptRisks(opts, policy, collector.suppressed, owns, partition !== void 0);
  accepted.kept.push(...finishRunBudget());
  const { baseline, unusedConfig, pendingBaseline } = accepted;
  return {
    // One total order (ties broken by every field), so a merge of shards reproduces it exactly.
    findings: accepted.kept.map((f) => redactor.finding(f)).sort(totalOrder),
    suppressed: dedupeFindings(accepted.suppressed.filter((f) => owns(f.file))).map((f) => redactor.finding(f)).sort(totalOrder),
    redact: (text) => redactor.redact(text),
    configs: collector.configs,
    sources: policy.sources,
    config,
    targets: collector.targets,
    dependsOn: collector.dependsOn,
    secretValues: redactor.list(),
    ...opts.fixJobs ? { fixJobs: collector.fixJobs } : {},
    ...baseline ? { baseline } : {},
    ...secrets ? { secrets } : {},
    ...opts.shard ? {
      shard: {
        ...opts.shard,
        unusedConfigSuppressions: [...unusedConfig].map((f) => redactor.finding(f)).sort(compareFindings),
        unusedConfigBaseline: pendingBaseline
      }
    } : {}
  };
}
async function loadRunPolicy(opts) {
  const loaded = await loadClawlintConfig(
    opts.cwd,
    opts.configFile,
    opts.trustedPolicy ? { file: opts.trustedPolicy.config } : void 0
  );
  const config = withInvocation(loaded.config, opts.invocation);
  for (const dir of Object.keys(opts.invocation?.helm ?? {}))
    if (!fs13.existsSync(path29.join(opts.cwd, dir, "Chart.yaml")))
      throw new UsageError(
        `helm values or --set for chart directory ${JSON.stringify(dir)}: it has no Chart.yaml (CHART_DIR is relative to the working directory)`
      );
  const findings = [...loaded.findings];
  const sources = /* @__PURE__ */ new Map();
  for (const s of loaded.sources) sources.set(s.path, s);
  const env = loadEnv(opts.cwd, opts.envFiles, opts.envPairs, findings);
  const redactor = new Redactor();
  redactor.addEnv(env);
  const reportMissingEnv = (opts.envFiles?.length ?? 0) + (opts.envPairs?.length ?? 0) + config.envFiles.length > 0;
  const policies = await loadPolicies(
    opts.cwd,
    config.policies,
    config.file ?? ".clawlint.yml",
    opts.trustedPolicy?.policyFiles,
    (id) => findRule(id) !== void 0
  );
  findings.push(...policies.findings);
  for (const s of policies.sources) sources.set(s.path, s);
  return {
    loaded,
    config,
    policies,
    env,
    redactor,
    reportMissingEnv,
    findings,
    sources,
    interner: new FindingInterner()
  };
}
async function lintDeploymentFiles(opts, policy) {
  const { config, findings } = policy;
  const deployed = await lintDeployments({
    cwd: opts.cwd,
    paths: opts.paths,
    env: policy.env,
    globs: opts.deployGlobs ?? [],
    ...config.helm ? { helm: config.helm } : {},
    ...opts.toolPath !== void 0 ? { toolPath: opts.toolPath } : {}
  });
  const sources = new Map(deployed.sources.map((s) => [s.path, s]));
  for (const f of deployed.findings)
    if (!matchesAny(f.file, config.exclude))
      findings.push(policy.interner.finding(withManifestFix(f, sources.get(f.file))));
  for (const s of deployed.sources) policy.sources.set(s.path, s);
  for (const d of deployed.documents) {
    if (!matchesAny(d.root.file.path, config.exclude))
      findings.push(...evaluatePolicies(policy.policies.policies, d.kind, toPlain(d.root), d.root));
  }
  const { findings: _findings, sources: _sources, documents: _documents, ...runs } = deployed;
  return runs;
}
function configRunsByRealPath(deployed) {
  const runsByConfig = /* @__PURE__ */ new Map();
  for (const run of deployed?.configRuns ?? []) {
    const key = realOrSelf3(run.configAbs);
    runsByConfig.set(key, [...runsByConfig.get(key) ?? [], run]);
  }
  return runsByConfig;
}
function discoverConfigs(opts, config, findings) {
  const { files, problems } = discover(opts.paths, {
    cwd: opts.cwd,
    configGlobs: [...opts.configGlobs ?? [], ...config.include]
  });
  for (const p of problems) {
    if (p.missing) throw new UsageError(p.message);
    findings.push(
      makeFinding("file.unreadable", "warn", p.message, {
        file: p.rel,
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1
      })
    );
  }
  return files;
}
var ConfigCollector = class {
  constructor(opts, policy) {
    this.opts = opts;
    this.policy = policy;
    const config = policy.config;
    this.explicit = opts.openclawVersion ? { version: opts.openclawVersion, kind: "explicit", source: opts.openclawVersionSource ?? "--openclaw-version" } : config.openclawVersion ? {
      version: config.openclawVersion,
      kind: "explicit",
      source: `${config.file ?? ".clawlint.yml"} openclawVersion`
    } : void 0;
  }
  opts;
  policy;
  configs = [];
  fixJobs = [];
  targets = [];
  suppressed = [];
  dependsOn = /* @__PURE__ */ new Map();
  /** The version every config runs, when the invocation or the clawlint config names one. */
  explicit;
  // Sets beside the lists: a 10,000-config run must not compare every config with every other.
  linted = /* @__PURE__ */ new Set();
  targetKeys = /* @__PURE__ */ new Set();
  addDeps(config, files) {
    const set = this.dependsOn.get(config) ?? /* @__PURE__ */ new Set([config]);
    for (const f of files) set.add(f.replace(/^\.\//, ""));
    this.dependsOn.set(config, set);
  }
  /** The env files a config is resolved with: the invocation's, then those the clawlint config assigns it by glob. */
  envFilesFor(rel) {
    return [
      ...this.opts.envFiles ?? [],
      ...this.policy.config.envFiles.filter((e) => e.glob === "**" || matchesAny(rel, [e.glob])).flatMap((e) => e.files)
    ];
  }
  /** Read a config (through its realpath, capped); unreadable ones become findings. Includes resolve against the path the user sees. */
  readConfig(abs, rel) {
    const findings = this.policy.findings;
    const read = readSourceFile(realOrSelf3(abs), rel, MAX_CONFIG_BYTES);
    if (read.ok) {
      const file = new SourceFile(rel, read.file.text, abs);
      if (read.invalidUtf8At !== void 0) findings.push(invalidUtf8Finding(file, read.invalidUtf8At));
      return file;
    }
    const sev = read.tooLarge ? "warn" : "critical";
    findings.push(
      makeFinding(
        read.tooLarge ? "file.too_large" : "parse.error",
        sev,
        `${read.reason}; not linted`,
        locateOffset(new SourceFile(rel, ""), 0, 0)
      )
    );
    return void 0;
  }
  /** Lint one config and collect its findings, sources, credential values and target. */
  async lint(file, how, decorate = (f) => f, deps = []) {
    const { opts, policy } = this;
    if (!this.linted.has(file.path)) {
      this.linted.add(file.path);
      this.configs.push(file.path);
    }
    this.addDeps(file.path, deps);
    const options = {
      ...how,
      reportMissingEnv: policy.reportMissingEnv,
      includeOptIn: opts.includeOptIn,
      policies: policy.policies.policies,
      upgradeCheck: opts.upgradeCheck
    };
    const result = await lintConfigFile(file, options);
    if (opts.fixJobs && !how.tree) this.fixJobs.push({ file, options });
    this.addTarget(file.path, result.target);
    this.addDeps(
      file.path,
      result.files.map((s) => s.path)
    );
    for (const s of result.files) policy.sources.set(s.path, bareSource(s));
    for (const v of result.secrets) policy.redactor.add(v);
    for (const f of result.findings) policy.findings.push(policy.interner.finding(decorate(f)));
    for (const f of result.suppressed) this.suppressed.push(policy.interner.finding(decorate(f)));
  }
  addTarget(rel, t) {
    const key = t && JSON.stringify([rel, t.version, t.source]);
    if (t && !this.targetKeys.has(key)) {
      this.targetKeys.add(key);
      this.targets.push({ config: rel, ...t });
    }
  }
};
async function lintStandaloneConfigs(opts, files, runsByConfig, collector, owns, notRunBy) {
  const { config, env, findings } = collector.policy;
  for (const f of files) {
    if (!f.explicit && matchesAny(f.rel, config.exclude)) continue;
    if (runsByConfig.has(realOrSelf3(f.abs))) continue;
    if (!owns(f.rel)) continue;
    if (overBudget("configs", f.rel)) continue;
    const file = collector.readConfig(f.abs, f.rel);
    if (!file) continue;
    await collector.lint(
      file,
      {
        env: envFor(opts.cwd, f.rel, env, config, findings),
        targetHints: [collector.explicit, packageJsonHint(f.abs, f.rel, opts.cwd)],
        ...notRunBy ? { notRunBy } : {}
      },
      void 0,
      collector.envFilesFor(f.rel)
    );
  }
}
async function lintDeployedConfigs(opts, runsByConfig, collector, owns, deployed) {
  const { config, findings } = collector.policy;
  for (const [, runs] of runsByConfig) {
    for (const run of runs) {
      if (matchesAny(run.configRel, config.exclude)) continue;
      if (!owns(run.configRel)) continue;
      if (overBudget("deployed configs", run.configRel)) continue;
      const file = run.source ?? collector.readConfig(run.configAbs, run.configRel);
      if (!file) continue;
      const targetHints = [
        collector.explicit,
        run.deploymentFile ? deploymentHint(path29.resolve(opts.cwd, run.deploymentFile), run.deploymentFile, run.deploymentLoc?.startLine) : void 0,
        packageJsonHint(run.configAbs, run.configRel, opts.cwd)
      ];
      const withDeployment = (f) => run.deploymentLoc && !/^(parse|include|schema|env|file)\./.test(f.ruleId) ? {
        ...f,
        related: [...f.related ?? [], { ...run.deploymentLoc, message: `judged as deployed: ${run.origin}` }]
      } : f;
      const remap = deployed?.remap ?? ((f) => f);
      await collector.lint(
        file,
        {
          env: envFor(opts.cwd, run.configRel, run.env, config, findings),
          committedEnv: run.committedEnv,
          deployment: run.deployment,
          targetHints,
          ...run.tree ? { tree: run.tree } : {}
        },
        // The remap deletes keys, which leaves an object in dictionary mode (~830 bytes of
        // properties a finding); the interner's copy has the same keys in the same order, compactly.
        (f) => remap(withDeployment(f)),
        [...collector.envFilesFor(run.configRel), ...run.deploymentFile ? [run.deploymentFile] : []]
      );
    }
  }
}
async function scanSecrets(opts, config, findings, owns) {
  const scan2 = opts.secrets ?? (config.secrets?.baseline ? {} : false);
  const baselinePath = scan2 ? secretsBaselineFor(opts.cwd, scan2.baseline, config) : void 0;
  if (!scan2 || config.secrets?.enabled === false || overBudget("secrets scans", baselinePath ?? ".")) return void 0;
  const files = scan2.files?.filter((f) => f !== baselinePath);
  if (files?.length === 0)
    return { baseline: baselinePath, new: 0, unchanged: 0, removed: 0, baselineNeedsRefresh: false };
  const { secretFindings } = await import("./chunk-TY7NRLA6.js");
  const { BaselineError } = await import("./chunk-TTLFRRTH.js");
  let r;
  try {
    r = await secretFindings({
      cwd: opts.cwd,
      paths: files ? [...files] : opts.paths.filter((p) => p !== "."),
      baselinePath,
      allFiles: config.secrets?.allFiles,
      ...scan2.trustedSettings ? { trustedSettings: scan2.trustedSettings } : {},
      ...owns ? { owns } : {}
    });
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(`cannot use secrets baseline: ${err.message}`);
    throw err;
  }
  findings.push(...r.findings);
  return { baseline: baselinePath, ...r.delta, baselineNeedsRefresh: r.baselineNeedsRefresh };
}
function acceptRisks(opts, policy, suppressed, owns, sharded) {
  const { config, findings } = policy;
  const today = opts.today ?? todayUtc();
  const tuned = applyRuleSettings(dedupeFindings(findings.filter((f) => owns(f.file))), config.rules);
  const isKnown = knownRulePredicate(policy.policies.policies.map((p) => p.id));
  const unknown = opts.invocation?.rules.find((r) => r.rule !== "*" && !isKnown(r.rule));
  if (unknown) throw new UsageError(`${unknown.origin}: unknown rule ${JSON.stringify(unknown.rule)}`);
  const directives = collectDirectives(
    [...policy.sources.values()].filter((s) => owns(s.path)),
    isKnown,
    today
  );
  const outcome = applySuppressions(tuned, directives.directives, config.suppressions, today, isKnown);
  const unusedConfig = new Set(sharded ? outcome.unusedConfig : []);
  const kept = [
    ...outcome.kept,
    ...directives.findings,
    ...outcome.findings.filter((f) => !unusedConfig.has(f) && owns(f.file)),
    ...unknownRuleSettings(policy.loaded.config, isKnown).filter((f) => owns(f.file))
  ];
  suppressed.push(...outcome.suppressed);
  return { ...applyFindingsBaselines(opts, config, kept, owns, sharded), suppressed, unusedConfig };
}
function applyFindingsBaselines(opts, config, findings, owns, sharded) {
  let kept = findings;
  let baseline;
  const pendingFiles = new Set(sharded ? config.suppressions.map((s) => s.at.file) : []);
  const isPending = (e) => e.ruleId === "suppression.unused" && pendingFiles.has(e.file);
  let pendingBaseline = [];
  const applyBaseline = (file, name) => {
    if (sharded) pendingBaseline = file.entries.filter((e) => isPending(e) && owns(e.file));
    const diff = diffBaseline(kept, { ...file, entries: file.entries.filter((e) => owns(e.file) && !isPending(e)) });
    kept = diff.findings;
    baseline = { file: name, new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed };
  };
  const trustedBaseline = opts.trustedPolicy?.findingsBaseline;
  if (trustedBaseline?.text !== void 0 && opts.baseline !== false) {
    let file;
    try {
      file = parseFindingsBaseline(trustedBaseline.text, trustedBaseline.path);
    } catch (err) {
      throw new UsageError(`cannot read findings baseline ${trustedBaseline.path}: ${err.message}`);
    }
    applyBaseline(file, trustedBaseline.path);
  }
  const baselineRel = opts.baseline === false || opts.trustedPolicy ? void 0 : opts.baseline ?? config.baseline ?? DEFAULT_BASELINE;
  if (baselineRel) {
    const abs = path29.resolve(opts.cwd, baselineRel);
    const explicit = opts.baseline !== void 0 || config.baseline !== void 0;
    if (fs13.existsSync(abs)) {
      let file;
      try {
        file = readBaseline(abs);
      } catch (err) {
        throw new UsageError(`cannot read findings baseline ${baselineRel}: ${err.message}`);
      }
      applyBaseline(file, baselineRel);
    } else if (explicit && opts.baseline !== void 0) {
      throw new UsageError(`findings baseline not found: ${baselineRel}`);
    }
  }
  return { kept, ...baseline ? { baseline } : {}, pendingBaseline };
}
function planShard(opts, files, runs, renderedFiles, config, findings, ctx) {
  const rendered = new Set(renderedFiles);
  const planned = [];
  const viaRun = new Set(runs.map((r) => realOrSelf3(r.configAbs)));
  const envFiles2 = /* @__PURE__ */ new Set();
  const useEnv = (rel) => {
    for (const e of config.envFiles)
      if (e.glob === "**" || matchesAny(rel, [e.glob])) for (const f of e.files) envFiles2.add(f);
  };
  for (const f of files) {
    if (!f.explicit && matchesAny(f.rel, config.exclude) || viaRun.has(realOrSelf3(f.abs))) continue;
    planned.push({ abs: f.abs, rel: f.rel });
    useEnv(f.rel);
  }
  for (const r of runs) {
    if (matchesAny(r.configRel, config.exclude)) continue;
    planned.push({
      abs: r.configAbs,
      rel: r.configRel,
      ...r.source ? { source: r.source } : {},
      ...r.tree ? { tree: true } : {},
      ...r.deploymentFile ? { deploymentFile: r.deploymentFile } : {},
      env: r.env,
      committedEnv: r.committedEnv,
      rendered: rendered.has(r.configRel) || r.deploymentFile !== void 0 && rendered.has(r.deploymentFile)
    });
    useEnv(r.configRel);
  }
  if (envFiles2.size) loadEnv(opts.cwd, [...envFiles2], [], findings);
  for (const c of planned)
    ctx.redactor.addEnv(
      envFor(opts.cwd, c.rel, c.env ?? ctx.env, config, findings),
      committedEnv((name) => c.committedEnv?.has(name) === true)
    );
  return planPartition({
    configs: planned,
    renderedFiles,
    total: opts.shard.total,
    maxConfigBytes: MAX_CONFIG_BYTES
  });
}
function envFor(cwd, rel, base, config, refused) {
  const files = config.envFiles.filter((e) => e.glob === "**" || matchesAny(rel, [e.glob])).flatMap((e) => e.files);
  if (!files.length) return base;
  const env = loadEnv(cwd, files, [], refused);
  for (const [k, v] of base) env.set(k, v);
  return env;
}
function bareSource(s) {
  return new SourceFile(s.path, s.text, s.absPath);
}
function realOrSelf3(abs) {
  try {
    return fs13.realpathSync(abs);
  } catch {
    return abs;
  }
}
function unknownRuleSettings(config, isKnown) {
  return config.rules.filter((r) => r.rule !== "*" && !isKnown(r.rule)).map((r) => {
    const [file, line2] = [
      r.origin.slice(0, r.origin.lastIndexOf(":")),
      Number(r.origin.slice(r.origin.lastIndexOf(":") + 1))
    ];
    return makeFinding(
      "clawlint.config_invalid",
      "warn",
      `rules: unknown rule ${JSON.stringify(r.rule)}; the setting has no effect`,
      { file, startLine: line2, startColumn: 1, endLine: line2, endColumn: 1 }
    );
  });
}

export {
  changedFromApi,
  changedFromGit,
  changedSinceCommit,
  baseTrustedSide,
  hasInlineMarker,
  headText,
  trustedSide,
  readTrustedPolicy,
  changedAgainst,
  trustedLintOptions,
  weakenings,
  parseShard,
  describeTarget,
  lintConfigFile,
  lintDeployments,
  parseInvocation,
  invocationFlags,
  MAX_CONFIG_BYTES,
  loadEnv,
  runLint
};
