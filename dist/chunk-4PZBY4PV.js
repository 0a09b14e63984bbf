import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  compareFindings,
  isFileInside,
  listDirConfined,
  makeFinding,
  readConfinedText,
  realOrSelf,
  severityRank,
  shouldFail,
  summarize
} from "./chunk-YCW4PPVA.js";
import {
  EXTRA_DETECTORS,
  TOKEN_PATTERNS,
  compileLinear,
  extraRuleId,
  parse,
  require_dist,
  tokenize
} from "./chunk-QRA3B4H6.js";
import {
  DEFAULT_PLUGIN_NAMES,
  REGEX_PLUGINS,
  hexEntropy,
  shannonEntropy,
  snakeCase
} from "./chunk-2I57N62P.js";
import {
  __commonJS,
  __toESM
} from "./chunk-M7CPPUSY.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key3, value) => {
      Object.defineProperty(object, key3, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key3 = UNDERSCORE + MODE_IGNORE;
        if (this[key3]) {
          return this[key3];
        }
        return this._make(MODE_IGNORE, key3);
      }
      get checkRegex() {
        const key3 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key3]) {
          return this[key3];
        }
        return this._make(MODE_CHECK_IGNORE, key3);
      }
      _make(mode, key3) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key3, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path9)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path9
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache2) {
        if (path9 in cache2) {
          return cache2[path9];
        }
        const parentPath = parentOf(path9);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/version.ts
import { createRequire } from "node:module";
function readVersion() {
  if (true) return "0.1.0";
  return createRequire(import.meta.url)("../package.json").version;
}
var VERSION = readVersion();

// src/reporters/json.ts
function toJsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    startLine: f.startLine,
    startColumn: f.startColumn,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path
  };
  if (f.fix) out.fix = f.fix;
  if (f.suggestion !== void 0) out.suggestion = f.suggestion;
  if (f.autofix && !f.autofix.redacted)
    out.autofix = {
      type: f.autofix.type,
      description: f.autofix.description,
      edits: f.autofix.edits.map((e) => ({
        file: e.file,
        startLine: e.startLine,
        startColumn: e.startColumn,
        endLine: e.endLine,
        endColumn: e.endColumn,
        text: e.text
      }))
    };
  if (f.related?.length) out.related = f.related;
  if (f.suppressed) out.suppressed = f.suppressed;
  if (f.baselined) out.baselined = true;
  if (f.since) out.since = f.since;
  return out;
}
function jsonDocument(findings, suppressed = [], baseline, targets) {
  const doc = {
    tool: { name: "clawlint", version: VERSION },
    findings: findings.map(toJsonFinding),
    summary: summarize(findings)
  };
  if (suppressed.length) doc.suppressed = suppressed.map(toJsonFinding);
  if (baseline) doc.baseline = baseline;
  if (targets?.length) {
    doc.targets = targets.map((t) => ({
      config: t.config,
      version: t.version,
      line: t.line,
      source: t.kind,
      from: t.source,
      ...t.requested ? { requested: t.requested } : {},
      ...t.note ? { note: t.note } : {}
    }));
  }
  return doc;
}

// src/reporters/report.ts
var REPORT_VERSION = 2;
function formatReportJson(result, opts) {
  return [...reportJsonChunks(result, opts)].join("");
}
function* reportJsonChunks(result, opts) {
  const targets = [...result.targets].sort(
    (a, b) => cmp(a.config, b.config) || cmp(a.version, b.version) || cmp(a.source, b.source)
  );
  const findings = [...result.findings].sort(totalOrder);
  const suppressed = [...result.suppressed].sort(totalOrder);
  const doc = jsonDocument([], [], result.baseline, targets);
  doc.summary = summarize(findings);
  if (result.secrets?.baseline) doc.secrets = result.secrets;
  const report = {
    version: REPORT_VERSION,
    configs: [...new Set(result.configs)].sort(),
    failOn: opts.failOn,
    verdict: shouldFail(result.findings, opts.failOn) ? "fail" : "pass",
    category: reportCategory(opts.category),
    ...opts.repository ? { repository: opts.repository } : {}
  };
  if (result.shard) {
    report.shard = { index: result.shard.index, total: result.shard.total };
    report.unusedConfigSuppressions = result.shard.unusedConfigSuppressions.map(toJsonFinding);
    if (result.shard.unusedConfigBaseline.length) report.unusedConfigBaseline = result.shard.unusedConfigBaseline;
  }
  doc.report = report;
  const lists = { findings, ...suppressed.length ? { suppressed } : {} };
  const keys = Object.keys(doc);
  if (lists.suppressed) keys.splice(keys.indexOf("summary") + 1, 0, "suppressed");
  yield "{";
  for (const [i, key3] of keys.entries()) {
    yield `${i ? "," : ""}
  ${JSON.stringify(key3)}: `;
    const list = lists[key3];
    if (!list) {
      yield indent(JSON.stringify(doc[key3], null, 2), "  ");
      continue;
    }
    if (!list.length) {
      yield "[]";
      continue;
    }
    yield "[";
    for (const [j, f] of list.entries())
      yield `${j ? "," : ""}
    ${indent(JSON.stringify(toJsonFinding(f), null, 2), "    ")}`;
    yield "\n  ]";
  }
  yield "\n}\n";
}
function indent(json, by) {
  return json.replaceAll("\n", `
${by}`);
}
function reportCategory(category) {
  return category === void 0 || category === "" ? "clawlint" : category;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function totalOrder(a, b) {
  return compareFindings(a, b) || cmp(JSON.stringify(toJsonFinding(a)), JSON.stringify(toJsonFinding(b)));
}

// src/core/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path from "node:path";
var DEFAULT_SKIP_DIRS = [".git", "node_modules"];
function walk(start, opts) {
  const skip = new Set(opts.skipDirs ?? DEFAULT_SKIP_DIRS);
  const max = opts.maxEntries ?? Infinity;
  const result = { entries: [], listed: true, unreadable: [], seen: 0 };
  const stack = [
    { dir: start, rel: "", scopes: opts.gitignore ? enclosingScopes(start) : [] }
  ];
  while (stack.length) {
    const { dir, rel, scopes: parentScopes } = stack.pop();
    const own = opts.gitignore ? loadGitignore(dir, opts.roots) : void 0;
    const scopes = own ? [...parentScopes, own] : parentScopes;
    const listing = dir === start && opts.followStartLink ? realOrSelf(start) : dir;
    const entries = listDirConfined(listing, opts.roots);
    if (!entries) {
      if (dir === start) result.listed = false;
      else result.unreadable.push(dir);
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const subdirs = [];
    for (const dirent of entries) {
      if (++result.seen > max) {
        result.stoppedIn = dir;
        return result;
      }
      const abs = path.join(dir, dirent.name);
      const childRel = rel ? `${rel}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) {
        if (!skip.has(dirent.name) && !ignored(scopes, abs, true)) subdirs.push({ dir: abs, rel: childRel, scopes });
        continue;
      }
      const entry = { abs, rel: childRel, dirent };
      if (opts.want && !opts.want(entry)) continue;
      if (!ignored(scopes, abs, false)) result.entries.push(entry);
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return result;
}
function loadGitignore(dir, roots) {
  const read = readConfinedText(path.join(dir, ".gitignore"), 1024 * 1024, roots);
  if (!read.ok) return void 0;
  try {
    return { base: dir, ig: (0, import_ignore.default)().add(read.text) };
  } catch {
    return void 0;
  }
}
function ignored(scopes, abs, isDir) {
  for (const s of scopes) {
    const rel = path.relative(s.base, abs).split(path.sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (s.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function enclosingScopes(start) {
  const top = findGitRoot(start);
  if (!top || top === start) return [];
  const scope = loadGitignore(top, realOrSelf(top));
  if (!scope) return [];
  for (let d = start; d !== top && d.startsWith(top); d = path.dirname(d)) if (ignored([scope], d, true)) return [];
  return [scope];
}
function findGitRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return void 0;
  }
}

// src/schema/load.ts
import fs2 from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
var DEFAULT_OPENCLAW_VERSION = "2026.9.6";
function schemaRoot() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const candidates = [path2.join(here, "schema"), path2.resolve(here, "..", "..", "dist", "schema")];
  for (const c of candidates) if (fs2.existsSync(c)) return c;
  throw new Error(`compiled schema validators not found (looked in ${candidates.join(", ")}); run npm run build`);
}
var modules = /* @__PURE__ */ new Map();
function loadModule(file) {
  let mod = modules.get(file);
  if (!mod) {
    const code = zlib.gunzipSync(fs2.readFileSync(file)).toString("utf8");
    const module = { exports: {} };
    new Function("module", "exports", code)(module, module.exports);
    modules.set(file, mod = module.exports);
  }
  return mod;
}
var ValidatorSet = class _ValidatorSet {
  constructor(dir, manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }
  dir;
  manifest;
  cache = /* @__PURE__ */ new Map();
  static opened = /* @__PURE__ */ new Map();
  /** One set per release and root, shared by every config of the process (modules load once). */
  static open(version = DEFAULT_OPENCLAW_VERSION, root = schemaRoot()) {
    const key3 = `${root}\0${version}`;
    let set = _ValidatorSet.opened.get(key3);
    if (!set) _ValidatorSet.opened.set(key3, set = _ValidatorSet.read(version, root));
    return set;
  }
  static read(version, root) {
    const dir = path2.join(root, version);
    const manifest = JSON.parse(fs2.readFileSync(path2.join(dir, "manifest.json"), "utf8"));
    return new _ValidatorSet(dir, manifest);
  }
  entry(id) {
    const e = this.manifest.modules[id];
    if (!e) throw new Error(`schema module ${id} missing from manifest`);
    return e;
  }
  /** Modules are content-addressed (`../modules/<hash>.js`): releases share identical sections. */
  load(id) {
    let p = this.cache.get(id);
    if (!p) {
      const file = this.entry(id).file;
      p = Promise.resolve().then(() => loadModule(path2.join(this.dir, "..", "modules", `${file}.js.gz`)));
      this.cache.set(id, p);
    }
    return p;
  }
};

// src/schema/releases.ts
import fs3 from "node:fs";
import path3 from "node:path";
var loaded = /* @__PURE__ */ new Map();
function bundledReleases(root = schemaRoot()) {
  let r = loaded.get(root);
  if (!r)
    loaded.set(root, r = JSON.parse(fs3.readFileSync(path3.join(root, "releases.json"), "utf8")));
  return r;
}
function parseVersion(raw) {
  const m = /^\s*[v=~^]*\s*(\d{4})\.(\d{1,2})(?:\.(\d{1,3}))?((?:-[0-9A-Za-z.-]+)?)\s*$/.exec(raw);
  if (!m) return void 0;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return void 0;
  const patch = m[3] === void 0 ? void 0 : Number(m[3]);
  return {
    year,
    month,
    ...patch !== void 0 ? { patch } : {},
    text: `${year}.${month}${patch !== void 0 ? `.${patch}` : ""}${m[4] ?? ""}`
  };
}
function lineKey(year, month) {
  return year * 100 + month;
}
function mapToRelease(requested, bundled = bundledReleases()) {
  const want = lineKey(requested.year, requested.month);
  const keyed = bundled.releases.map((r) => {
    const [y, mo] = r.line.split(".").map(Number);
    return { r, key: lineKey(y, mo) };
  });
  const exact = keyed.find((k) => k.key === want);
  if (exact) return { release: exact.r };
  const older = keyed.filter((k) => k.key < want).pop();
  if (older) {
    const newest = keyed[keyed.length - 1];
    const why = newest === older ? "is newer than every bundled release" : `has no bundled ${requested.year}.${requested.month} line`;
    return {
      release: older.r,
      note: `${requested.text} ${why}; validated against ${older.r.version}, the nearest older bundled release`
    };
  }
  const oldest = keyed[0];
  return {
    release: oldest.r,
    note: `${requested.text} is older than every bundled release; validated against ${oldest.r.version}, the oldest bundled release`
  };
}
function releaseRank(version) {
  const v = parseVersion(version);
  if (!v) throw new Error(`not a release version: ${version}`);
  return (v.year * 100 + v.month) * 1e3 + (v.patch ?? 0);
}
function compareReleases(a, b) {
  return releaseRank(a) - releaseRank(b);
}

// src/policy/baseline.ts
import path4 from "node:path";
var DEFAULT_BASELINE = ".clawlint-baseline.json";
var DEFAULT_SECRETS_BASELINE = ".secrets.baseline";
var key = (e) => `${e.ruleId}\0${e.file}\0${e.path}`;
function buildBaseline(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key(f);
    const e = counts.get(k);
    if (e) e.count++;
    else counts.set(k, { ruleId: f.ruleId, file: f.file, path: f.path, count: 1 });
  }
  const entries = [...counts.values()].sort(
    (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  return { version: 1, entries };
}
function formatBaseline(b) {
  const lines = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{
  "version": 1,
  "entries": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`;
}
var MAX_BASELINE_BYTES = 16 * 1024 * 1024;
function readBaseline(abs) {
  const read = readConfinedText(abs, MAX_BASELINE_BYTES);
  if (!read.ok) throw new Error(read.reason);
  return parseFindingsBaseline(read.text, path4.basename(abs));
}
function parseFindingsBaseline(text2, name) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (!doc || typeof doc !== "object" || doc.version !== 1 || !Array.isArray(doc.entries))
    throw new Error(`${name} is not a clawlint baseline (version 1)`);
  const entries = doc.entries.filter(
    (e) => !!e && typeof e.ruleId === "string" && typeof e.file === "string" && typeof e.path === "string" && Number.isInteger(e.count) && e.count > 0
  );
  return { version: 1, entries };
}
function diffBaseline(findings, baseline) {
  const remaining = new Map(baseline.entries.map((e) => [key(e), e.count]));
  let unchanged = 0;
  const out = [...findings].sort(compareFindings).map((f) => {
    const k = key(f);
    const left = remaining.get(k) ?? 0;
    if (left <= 0) return f;
    remaining.set(k, left - 1);
    unchanged++;
    return { ...f, baselined: true };
  });
  let fixed = 0;
  for (const n of remaining.values()) fixed += n;
  const pruned = {
    version: 1,
    entries: baseline.entries.map((e) => ({ ...e, count: e.count - (remaining.get(key(e)) ?? 0) })).filter((e) => e.count > 0)
  };
  return { findings: out, new: out.length - unchanged, unchanged, fixed, pruned };
}

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
import fs5 from "node:fs";
import path8 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { gzipSync } from "node:zlib";

// src/deploy/rules/allow-unconfigured-exposed.ts
import path5 from "node:path";

// src/deploy/invocation.ts
var SEPARATORS = /* @__PURE__ */ new Set(["&&", ";", "||", "|", "&"]);
var WRAPPERS = {
  exec: 0,
  tini: 0,
  "dumb-init": 0,
  npx: 0,
  bunx: 0,
  nohup: 0,
  gosu: 1,
  "su-exec": 1,
  chpst: 0
};
var EXECUTABLE = /^(openclaw|clawdbot|moltbot)(?:@[^/\s]*)?(?:\.m?js)?$/;
var NODE_ENTRY = /(?:^|\/)(openclaw|clawdbot|moltbot)\.m?js$|(?:^|\/)dist\/(?:index|entry)\.m?js$/;
var NODE = /^(?:node|nodejs|bun|deno)$/;
function base(text2) {
  return text2.slice(text2.lastIndexOf("/") + 1);
}
function findExecutable(seg) {
  for (let start = 0; start < seg.length; start++) {
    const hit = executableAt(seg, start);
    if (hit) return hit;
  }
  return void 0;
}
function executableAt(seg, start) {
  let i = start;
  for (; ; ) {
    const t = seg[i]?.text;
    if (t === void 0) return void 0;
    const b = base(t);
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t) || t === "--" || b === "env") {
      i++;
      continue;
    }
    if (b in WRAPPERS) {
      i += 1 + WRAPPERS[b];
      continue;
    }
    if (b === "pnpm" || b === "yarn" || b === "bun" || b === "npm") {
      const next = seg[i + 1]?.text;
      if (next && (next === "exec" || next === "dlx" || next === "x" || EXECUTABLE.test(next))) {
        i += next === "exec" || next === "dlx" || next === "x" ? 2 : 1;
        continue;
      }
    }
    const m = EXECUTABLE.exec(b);
    if (m) return { at: i, name: m[1] };
    if (NODE.test(b)) {
      let j = i + 1;
      while (seg[j]?.text.startsWith("-")) j++;
      const script = seg[j]?.text ?? "";
      const n = NODE_ENTRY.exec(script);
      if (!n) return void 0;
      if (!n[1] && seg[j + 1]?.text !== "gateway") return void 0;
      return { at: j, name: n[1] ?? "openclaw" };
    }
    return void 0;
  }
}
function segments(args) {
  const out = [[]];
  for (const a of args) {
    if (SEPARATORS.has(a.text)) out.push([]);
    else out[out.length - 1].push(a);
  }
  return out.filter((s) => s.length);
}
var GLOBAL_WITH_VALUE = /* @__PURE__ */ new Set(["--profile", "--log-level", "--config"]);
function gatewayFlags(args) {
  const flags = { mentionsOpenclaw: false };
  for (const seg of segments(args)) {
    if (/^(?:echo|printf|log|info)$/.test(seg[0].text)) continue;
    const exe = findExecutable(seg);
    if (!exe) continue;
    flags.mentionsOpenclaw = true;
    flags.executable ??= exe.name;
    let i = exe.at + 1;
    while (seg[i]?.text.startsWith("-")) {
      const t = seg[i].text;
      if (t === "--config" && seg[i + 1]) flags.config = { value: seg[i + 1].text, loc: seg[i + 1].loc };
      else if (t.startsWith("--config=")) flags.config = { value: t.slice(9), loc: seg[i].loc };
      i += GLOBAL_WITH_VALUE.has(t) ? 2 : 1;
    }
    const sub = seg[i];
    if (!sub) continue;
    flags.subcommand ??= sub.text;
    if (sub.text !== "gateway") continue;
    const next = seg[i + 1]?.text;
    if (next !== void 0 && !next.startsWith("-") && next !== "run" && next !== "start") continue;
    flags.gateway = sub;
    flags.subcommand = "gateway";
    readRunFlags(seg.slice(i + 1), flags);
    break;
  }
  return flags;
}
function readRunFlags(rest, flags) {
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const m = /^--(bind|port|token|password|auth|config)(?:=(.*))?$/.exec(a.text);
    if (m) {
      const key3 = m[1];
      if (m[2] !== void 0) flags[key3] = { value: m[2], loc: a.loc };
      else if (rest[i + 1]) {
        flags[key3] = { value: rest[i + 1].text, loc: rest[i + 1].loc };
        i++;
      }
    } else if (a.text === "--allow-unconfigured") flags.allowUnconfigured = a.loc;
  }
}

// src/deploy/identity.ts
var OFFICIAL = /^(?:(?:ghcr\.io|docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(openclaw|clawdbot|moltbot)\/(openclaw|clawdbot|moltbot)(?:[:@]|$)/i;
var PROJECT_NAMED = /(?:^|\/)(openclaw|clawdbot|moltbot)(?:[:@]|$)/i;
function imageKind(ref) {
  if (!ref) return void 0;
  const r = ref.trim();
  if (OFFICIAL.test(r)) return "official";
  if (PROJECT_NAMED.test(r)) return "project-named";
  return void 0;
}
function legacyName(w) {
  const exe = gatewayFlags(w.args).executable;
  if (exe === "clawdbot" || exe === "moltbot") return exe;
  const m = /(clawdbot|moltbot)/i.exec(w.image?.value ?? "");
  return m ? m[1].toLowerCase() : void 0;
}
var INSTALLS = /\b(?:npm\s+(?:i|install|add)\b[^\n&;|]*?|pnpm\s+(?:add|install|i)\b[^\n&;|]*?|yarn\s+global\s+add\b[^\n&;|]*?|bun\s+(?:add|install|i)\b[^\n&;|]*?)\s(?:@[\w.-]+\/)?(openclaw|clawdbot|moltbot)(?:@[^\s]*)?(?=\s|$)|(?:openclaw\.ai|clawd\.bot|molt\.bot)\/install|github\.com\/(?:openclaw|clawdbot|moltbot)\/(?:openclaw|clawdbot|moltbot)\b/i;
function installsOpenclaw(runText) {
  return INSTALLS.test(runText);
}
var IDLE = /^(?:sleep|tail|cat|true|bash|sh|ash|zsh|node|npm|pnpm|python3?|code-server|supervisord|cron|crond)$/;
function classify(w) {
  const flags = gatewayFlags(w.args);
  const kind = imageKind(w.image?.value);
  const facts = w.imageFacts;
  const openclawImage = facts ? facts.openclaw || kind === "official" : kind !== void 0;
  const fromImage = w.defaultCommand || w.commandFromImage === true || w.platform === "dockerfile";
  w.runsOpenclaw = flags.mentionsOpenclaw;
  let gateway = flags.gateway !== void 0;
  delete w.invocationHidden;
  if (!flags.mentionsOpenclaw && openclawImage && fromImage) {
    const first = w.args.find((a) => !/^(?:exec|tini|dumb-init|--|\/usr\/bin\/tini|\/sbin\/tini)$/.test(a.text));
    const exe = first?.text.slice(first.text.lastIndexOf("/") + 1) ?? "";
    if (!w.args.length) {
      w.runsOpenclaw = true;
      gateway = kind === "official" || kind === "project-named" && !facts;
    } else if (!IDLE.test(exe) || w.args.some((a) => /\.(?:sh|bash)$/.test(a.text))) {
      w.runsOpenclaw = true;
      gateway = true;
      w.invocationHidden = first.loc;
    }
  }
  w.isGateway = !w.init && !w.buildOnly && !w.oneshot && gateway;
}
var SUBCOMMAND = /^(?:gateway|onboard|doctor|agent|agents|channels|config|configure|setup|cron|plugins)$/;
function withImageEntrypoint(w, entrypointGiven) {
  if (entrypointGiven || !w.image) return;
  if (gatewayFlagsOnly(w)) {
    w.args = [{ text: "openclaw", loc: w.image.loc }, { text: "gateway", loc: w.image.loc }, ...w.args];
    return;
  }
  if (imageKind(w.image.value) !== "official") return;
  if (!SUBCOMMAND.test(w.args[0]?.text ?? "")) return;
  w.args = [{ text: "openclaw", loc: w.image.loc }, ...w.args];
}
var BIND_MODES = /^(?:loopback|lan|tailnet|auto|custom)$/;
function gatewayFlagsOnly(w) {
  const [first, second] = w.args;
  if (!first) return false;
  const eq = /^--bind=(.*)$/.exec(first.text);
  return eq ? BIND_MODES.test(eq[1]) : first.text === "--bind" && BIND_MODES.test(second?.text ?? "");
}

// src/deploy/rules/types.ts
function defineDeployRule(rule) {
  return rule;
}
function describe(w) {
  const kind = {
    compose: "compose service",
    kubernetes: "",
    dockerfile: "Dockerfile",
    systemd: "systemd unit",
    fly: "fly app",
    render: "render",
    kamal: "Kamal service"
  }[w.platform];
  return `${kind ? `${kind} ` : ""}${w.platform === "dockerfile" ? "" : w.name}`.trim();
}

// src/core/path.ts
var IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path9) {
  let out = "";
  for (const seg of path9) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function fromJsonPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function getOwn(obj2, key3) {
  if (obj2 === null || typeof obj2 !== "object") return void 0;
  return Object.prototype.hasOwnProperty.call(obj2, key3) ? obj2[key3] : void 0;
}
function defineOwn(obj2, key3, value) {
  Object.defineProperty(obj2, key3, { value, enumerable: true, writable: true, configurable: true });
}

// src/core/tree.ts
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const [k, m] of node.members) defineOwn(out, k, toPlain(m.value));
      return out;
    }
  }
}
function walk2(root, path9) {
  let node = root;
  let member2;
  let depth = 0;
  for (const seg of path9) {
    if (node.kind === "object") {
      const m = node.members.get(String(seg));
      if (!m) break;
      member2 = m;
      node = m.value;
    } else if (node.kind === "array") {
      const i = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const item = node.items[i];
      if (!item) break;
      member2 = void 0;
      node = item;
    } else break;
    depth++;
  }
  return { node, member: member2, depth };
}
function forEachScalar(root, fn) {
  const stack = [[root, []]];
  while (stack.length) {
    const [node, path9] = stack.pop();
    if (node.kind === "scalar") fn(node, path9);
    else if (node.kind === "array") node.items.forEach((item, i) => stack.push([item, [...path9, i]]));
    else for (const [k, m] of node.members) stack.push([m.value, [...path9, k]]);
  }
}

// src/core/redact.ts
var SECRET_NAME = /(token|secret|passw(or)?d|passphrase|api[-_]?key|apikey|private[-_]?key|credential|cookie|bearer)/i;
var MIN_LENGTH = 6;
var MASK = "****";
var PLAIN_VALUE = /^(?:true|false|yes|no|on|off|null|none|lan|loopback|localhost|tailnet|auto|[0-9.:]+|\[[0-9a-f:.]+\])$/i;
var USERINFO_END = /[\s/?#"'`<>\\]/;
function urlUserinfos(text2) {
  const out = [];
  for (let at2 = text2.indexOf("://"); at2 >= 0; at2 = text2.indexOf("://", at2 + 3)) {
    let end = at2 + 3;
    while (end < text2.length && text2[end] !== "@" && !USERINFO_END.test(text2[end])) end++;
    if (text2[end] === "@" && end > at2 + 3) out.push(text2.slice(at2 + 3, end));
  }
  return out;
}
var ESCAPABLE = /[\\`*_[\]|~&<>@#:/.\u0000-\u001f\u007f]/;
var ENTITIES = {
  "&": ["&amp;", "&#38;"],
  "<": ["&lt;", "&#60;"],
  ">": ["&gt;", "&#62;"],
  "@": ["&#64;"],
  "|": ["&#124;"],
  "`": ["&#96;"],
  "#": ["&#35;"],
  '"': ["&quot;", "&#34;"],
  "'": ["&#39;"]
};
function escapeRe(ch) {
  return ch.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
function escapedForms(v) {
  const parts = [...v].map((ch) => {
    const alts = [escapeRe(ch), `\\\\${escapeRe(ch)}`, ...ENTITIES[ch] ?? []];
    if (/[\u0000-\u001f\u007f]/.test(ch)) alts.push(" ");
    return `(?:${alts.join("|")})`;
  });
  return new RegExp(parts.join("\u200B?"), "g");
}
function looksSecret(name, value) {
  return value.length >= MIN_LENGTH && SECRET_NAME.test(name);
}
var Redactor = class {
  values = /* @__PURE__ */ new Set();
  patterns = /* @__PURE__ */ new Map();
  sorted;
  add(value) {
    if (value.length >= MIN_LENGTH && !/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(value)) this.values.add(value);
  }
  /**
   * Every env value, whatever its name: a value reached through `${VAR}` or an env file may be
   * anything (a runner token read from /proc/self/environ was one). Only flags, numbers and
   * addresses are left out, as masking them would blank messages ("binds ****"). A value the
   * repository commits (`committed`) is masked only when it is secret: see CommittedEnv.
   */
  addEnv(env, committed) {
    for (const [k, v] of env) {
      if (committed?.has(k) ? committed.isSecret(k, v) : looksSecret(k, v) || !PLAIN_VALUE.test(v)) this.add(v);
      this.addUrlCredentials(v);
    }
  }
  /** Credential-keyed strings in a config tree (after substitution), and URL credentials in any string. */
  addTree(root) {
    forEachScalar(root, (node, path9) => {
      const key3 = String(path9[path9.length - 1] ?? "");
      if (typeof node.value !== "string") return;
      if (looksSecret(key3, node.value)) this.add(node.value);
      this.addUrlCredentials(node.value);
    });
  }
  /**
   * The userinfo of every `scheme://user:password@` (or `scheme://token@`) in `text`, whatever
   * the key: a message or suggestion that quotes such a URL shows `scheme://****@host`, and a
   * suggestion line that carries one is not offered.
   */
  addUrlCredentials(text2) {
    if (!text2.includes("@")) return;
    for (const info of urlUserinfos(text2)) {
      const colon = info.indexOf(":");
      if (colon >= 0 ? info.length > colon + 1 : info.length >= MIN_LENGTH) this.values.add(info);
      if (colon >= 0 && info.length - colon - 1 >= 4) this.values.add(info.slice(colon + 1));
    }
  }
  get size() {
    return this.values.size;
  }
  list() {
    return [...this.values];
  }
  redact(text2) {
    if (!this.values.size) return text2;
    let out = text2;
    for (const v of this.longestFirst()) {
      if (out.includes(v)) out = out.split(v).join(MASK);
      if (ESCAPABLE.test(v)) {
        let re = this.patterns.get(v);
        if (!re) this.patterns.set(v, re = escapedForms(v));
        out = out.replace(re, MASK);
      }
    }
    return out;
  }
  /** The values, longest first (a value inside a longer one must not mask it partly); sorted once per change. */
  longestFirst() {
    if (this.sorted?.length !== this.values.size) this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    return this.sorted;
  }
  /**
   * The finding as it may be printed. The finding itself when nothing in it is masked: a run's
   * 100,000 findings are not copied at its end to change nothing.
   */
  finding(f) {
    if (!this.values.size) return f;
    const message = this.redact(f.message);
    const path9 = this.redact(f.path);
    const fix = f.fix && this.redact(f.fix);
    const related = f.related?.some((r) => r.message && this.redact(r.message) !== r.message);
    const reason = f.suppressed && this.redact(f.suppressed.reason);
    const dropSuggestion = f.suggestion !== void 0 && this.redact(f.suggestion) !== f.suggestion;
    const autofix = f.autofix && this.autofix(f.autofix);
    if (message === f.message && path9 === f.path && fix === f.fix && !related && reason === f.suppressed?.reason && !dropSuggestion && autofix === f.autofix)
      return f;
    const out = { ...f, message, path: path9 };
    if (f.fix) out.fix = fix;
    if (f.related) out.related = f.related.map((r) => r.message ? { ...r, message: this.redact(r.message) } : r);
    if (f.suppressed) out.suppressed = { ...f.suppressed, reason };
    if (dropSuggestion) delete out.suggestion;
    if (autofix) out.autofix = autofix;
    return out;
  }
  /** The autofix as it may be printed (itself when nothing in it is masked). */
  autofix(fix) {
    const secret = fix.edits.some((e) => this.redact(e.text) !== e.text);
    const description = this.redact(fix.description);
    const fallback = fix.fallback && this.autofix(fix.fallback);
    if (!secret && description === fix.description && fallback === fix.fallback) return fix;
    return {
      ...fix,
      description,
      ...secret ? { redacted: true } : {},
      ...fallback ? { fallback } : {}
    };
  }
};

// src/secrets/value-class.ts
var KNOWN_WEAK_TOKENS = ["change-me-to-a-long-random-token", "change-me-now"];
var KNOWN_WEAK_PASSWORDS = ["change-me-to-a-strong-password"];
var BASE64_CHARSET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=";
var PLACEHOLDER_WHOLE = [
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^\*+$/,
  /^\.{3,}$|^…$/,
  /^x{3,}$/i,
  /^(?:todo|tbd|fixme|placeholder|example|sample|dummy|secret|password|passwd|token|apikey|api[-_]key|key|none|null|undefined|n\/a|na|empty|unset|notset|not[-_]set|required|optional)$/i
];
var PLACEHOLDER_WORDS = /(?:^|[^a-z0-9])(?:change[-_ ]?me|changeit|replace[-_ ]?(?:me|with|this)|placeholder|your[-_ ]?(?:own|real|api|secret|token|key|password|[a-z]+[-_ ](?:token|key|secret|password|here))|put[-_ ].*[-_ ]here|goes[-_ ]here|insert[-_ ]|fill[-_ ]?(?:me|in)|to[-_ ]?be[-_ ]?(?:set|replaced|changed)|not[-_ ](?:needed|used|required)|example[-_ ](?:token|key|secret|password))(?:$|[^a-z0-9])/i;
var PLACEHOLDER_PREFIX = /^my[-_ ](?:secret|token|password|api|key)|^(?:your|some|insert|enter|put|add|set|use|generate[ds]?|random|create|fake|dummy|example|sample|test|demo)[-_ ]|^replace[-_ ]?(?:me|with|this)?|^change[-_ ]?(?:me|it|this)|^(?:sk|pk|rk|ghp|gho|xox[abp]|glpat)[-_].*(?:x{4,}|\.{3}|…)|x{6,}|\.\.\.$/i;
var LOG_LEVELS = /* @__PURE__ */ new Set([
  "trace",
  "debug",
  "info",
  "information",
  "warn",
  "warning",
  "error",
  "fatal",
  "silent",
  "verbose"
]);
var BOOLEANS = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "on", "off", "enabled", "disabled"]);
var DUMMIES = /^(?:ollama|ollama[-_]local|local|localhost|not[-_]?needed|unused|none|na|no[-_]?key|sk-no-key-required|dummy|noauth|no[-_]auth|anything|ignored)$/i;
var PROVIDER_PREFIX = /^(?:sk-(?:or-v1-|ant-|proj-|svcacct-)?[A-Za-z0-9_-]{20,}|gsk_[A-Za-z0-9]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|hf_[A-Za-z0-9]{20,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|xai-[A-Za-z0-9]{20,}|pplx-[A-Za-z0-9]{20,}|tvly-[A-Za-z0-9-]{20,}|r8_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{40,}|ntn_[A-Za-z0-9]{30,}|secret_[A-Za-z0-9]{30,}|whsec_[A-Za-z0-9+/=]{20,})$/;
var VALUE_DETECTORS = REGEX_PLUGINS.filter((p) => !["IPPublicDetector"].includes(p.name));
function classifyValue(raw) {
  const v = raw.trim();
  if (v === "") return { kind: "empty" };
  if (KNOWN_WEAK_TOKENS.includes(v) || KNOWN_WEAK_PASSWORDS.includes(v)) return { kind: "placeholder", rejected: true };
  if (/^\$\{[^}]*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\(.*\)$|^\{\{.*\}\}$|^(?:op|vault|awssm|gcpsm|azkv|sops|ref\+\w+):\/\//.test(
    v
  ))
    return { kind: "reference" };
  if (/^encrypted:|^ENC\[.*\]$|^AgB[A-Za-z0-9+/=]{40,}$/.test(v)) return { kind: "data", what: "an encrypted value" };
  const secret = secretShape(v);
  if (secret) return placeholderShape(v) ? { kind: "placeholder", rejected: false } : { kind: "secret", why: secret };
  if (placeholderShape(v)) return { kind: "placeholder", rejected: false };
  const lower = v.toLowerCase();
  if (BOOLEANS.has(lower)) return { kind: "data", what: "a boolean" };
  if (/^-?\d+(?:\.\d+)?$/.test(v) && v.length <= 5) return { kind: "data", what: "a number" };
  if (LOG_LEVELS.has(lower)) return { kind: "data", what: "a log level" };
  if (DUMMIES.test(v)) return { kind: "data", what: "a dummy value" };
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s@/]+(?:[/?#]\S*)?$/i.test(v)) return { kind: "data", what: "a URL" };
  if (/^(?:\/|\.{1,2}\/|~\/)[^\s]*$/.test(v)) return { kind: "data", what: "a file path" };
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(v) && /[-.]/.test(v) && !/\d{4,}/.test(v))
    return { kind: "data", what: "a name" };
  return { kind: "literal" };
}
function isWordLike(raw) {
  const parts = raw.trim().split(/[-_.]/);
  return parts.length >= 3 && parts.every((p) => /^[a-z]{2,}$/i.test(p) || /^\d{1,4}$/.test(p)) && parts.some((p) => /^[a-z]{3,}$/i.test(p));
}
function secretShape(v) {
  for (const [name, re] of TOKEN_PATTERNS) if (matchesWhole(re, v)) return name;
  for (const p of VALUE_DETECTORS) for (const re of p.patterns) if (matchesSome(re, v)) return p.type;
  if (PROVIDER_PREFIX.test(v)) return "a provider key prefix";
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s/@]+@/i.test(v)) {
    const pw = /^[^:]+:\/\/[^:]+:([^@]+)@/.exec(v)?.[1] ?? "";
    if (!placeholderShape(pw) && !/^\$/.test(pw)) return "credentials in a URL";
  }
  if (/\s/.test(v) || v.length < 16) return void 0;
  if (/^[0-9a-f]+$/i.test(v) && v.length >= 20 && hexEntropy(v) > 3) return "a random hex string";
  const b64 = [...v].every((c) => BASE64_CHARSET.includes(c));
  if (b64 && shannonEntropy(v, BASE64_CHARSET) > 4.5) return "a random string";
  if (b64 && v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && shannonEntropy(v, BASE64_CHARSET) > 3.8)
    return "a random string";
  return void 0;
}
function placeholderShape(v) {
  return PLACEHOLDER_WHOLE.some((re) => re.test(v)) || PLACEHOLDER_WORDS.test(v) || PLACEHOLDER_PREFIX.test(v);
}
function matchesWhole(re, v) {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (const m of v.matchAll(g)) if (m[0].length >= v.length - 2) return true;
  return false;
}
function matchesSome(re, v) {
  re.lastIndex = 0;
  const hit = re.test(v);
  re.lastIndex = 0;
  return hit;
}
function committedEnv(has2) {
  return { has: has2, isSecret: (name, value) => looksSecret(name, value) || classifyValue(value).kind === "secret" };
}

// src/deploy/rules/committed.ts
var GATEWAY_CREDENTIAL = /^(?:OPENCLAW|CLAWDBOT|MOLTBOT)_GATEWAY_(TOKEN|PASSWORD)$/;
function where(e) {
  if (e.value === void 0) return void 0;
  switch (e.kind) {
    case "literal":
      return { loc: e.valueLoc ?? e.loc };
    case "env-file":
      return { loc: e.valueLoc ?? e.loc, at: e.loc };
    case "interpolated":
    case "secret-ref":
      if (!e.committedAt) return void 0;
      return e.committedAt === e.valueLoc ? { loc: e.committedAt } : { loc: e.committedAt, at: e.valueLoc ?? e.loc };
    default:
      return void 0;
  }
}
var key2 = (l) => `${l.file}:${l.startLine}:${l.startColumn}`;
function committedValues(ctx) {
  const byLoc = /* @__PURE__ */ new Map();
  const add = (cv, w, at2) => {
    const k = key2(cv.loc);
    const known = byLoc.get(k);
    if (known) {
      if (!known.readers.some((r) => r.workload === w && (r.at ? key2(r.at) : "") === (at2 ? key2(at2) : "")))
        known.readers.push({ workload: w, ...at2 ? { at: at2 } : {} });
      return;
    }
    byLoc.set(k, { ...cv, readers: [{ workload: w, ...at2 ? { at: at2 } : {} }] });
  };
  for (const w of ctx.workloads) {
    for (const e of w.env) {
      const p = where(e);
      if (!p) continue;
      add(
        { name: e.name, value: e.value, loc: p.loc, origin: e.origin, gateway: GATEWAY_CREDENTIAL.test(e.name) },
        w,
        p.at
      );
    }
    const run = ctx.run(w);
    for (const flag of ["token", "password"]) {
      const f = run?.flags[flag];
      if (f && !/\$/.test(f.value))
        add({ name: `--${flag}`, value: f.value, loc: f.loc, origin: "command line", gateway: true }, w);
    }
  }
  return [...byLoc.values()];
}
function judgedCredentialNames(w, run) {
  const out = /* @__PURE__ */ new Set();
  const judged = (v) => !["reference", "empty"].includes(classifyValue(v).kind);
  for (const e of w.env) {
    const m = GATEWAY_CREDENTIAL.exec(e.name);
    if (m && where(e) && judged(e.value)) out.add(`OPENCLAW_GATEWAY_${m[1]}`);
  }
  for (const flag of ["token", "password"]) {
    const f = run?.flags[flag];
    if (f && !/\$/.test(f.value) && judged(f.value)) out.add(`OPENCLAW_GATEWAY_${flag.toUpperCase()}`);
  }
  return [...out];
}
function readersRelated(cv) {
  return cv.readers.flatMap(
    (r) => r.at ? [{ ...r.at, message: `${describe(r.workload)} reads ${cv.name} here` }] : []
  );
}
function readersText(cv) {
  const names2 = [...new Set(cv.readers.map((r) => describe(r.workload)))];
  return names2.length <= 2 ? names2.join(" and ") : `${names2.slice(0, 2).join(", ")} and ${names2.length - 2} more`;
}
function reachableBeyondHost(run) {
  if (!run || run.bind === "loopback" && !run.bindHidden) return false;
  return run.workload.exposures.some(
    (e) => !e.authInFront && (!e.ports || run.port >= e.ports[0] && run.port <= e.ports[1])
  );
}
function readByExposedGateway(ctx, cv) {
  return cv.readers.some((r) => reachableBeyondHost(ctx.run(r.workload)));
}

// src/deploy/rules/allow-unconfigured-exposed.ts
function runElsewhere(ctx, df) {
  const dir = path5.dirname(df.file.absPath);
  return ctx.workloads.some(
    (w) => w.platform !== "dockerfile" && (w.buildDockerfile === df.file.absPath || w.isGateway && (w.dir === dir || !!w.image && imageKind(w.image.value) !== "official"))
  );
}
var allow_unconfigured_exposed_default = defineDeployRule({
  id: "deploy.allow_unconfigured_exposed",
  severity: "warn",
  title: "--allow-unconfigured on a non-loopback bind",
  description: "`gateway --allow-unconfigured` starts the gateway without requiring gateway.mode=local in a config; combined with a non-loopback bind a fresh or missing config is served on the network. Reported where nothing else in the tree shows how the gateway is reached (an image run by `docker run`, Railway, Azure\u2026); when a manifest publishes the port, deploy.gateway_exposed reports the exposure once, with this flag as a related location. Critical when the effective gateway has no auth.",
  check(ctx, report) {
    for (const run of ctx.runs) {
      const flag = run.flags.allowUnconfigured;
      if (!flag || run.bind === "loopback" || run.bindDefaulted) continue;
      const w = run.workload;
      if (reachableBeyondHost(run) || w.platform !== "dockerfile" || runElsewhere(ctx, w)) continue;
      const related = [];
      if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
      if (run.auth.related) related.push(run.auth.related);
      report({
        loc: flag,
        severity: run.auth.state === "none" ? "critical" : "warn",
        message: `${describe(w)} starts the gateway with --allow-unconfigured on bind "${run.bind}": it starts even when ${run.config ? `${run.config.rel} is missing at run time or lacks gateway.mode` : "no config exists"}, and it has ${run.auth.detail}. Nothing in the repository shows how the image is published, so assume whoever runs it exposes the port.`,
        fix: 'Drop --allow-unconfigured once the config exists (gateway.mode: "local"), or keep the bind on loopback.',
        related
      });
    }
  }
});

// src/deploy/rules/dangerous-capability.ts
var CRITICAL = /* @__PURE__ */ new Set(["ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF"]);
var WARN = /* @__PURE__ */ new Set([
  "NET_ADMIN",
  "NET_RAW",
  "DAC_OVERRIDE",
  "SYS_TIME",
  "MKNOD",
  "SETFCAP",
  "SYSLOG",
  "PERFMON",
  "SYS_BOOT",
  "LINUX_IMMUTABLE",
  "MAC_ADMIN",
  "MAC_OVERRIDE",
  "SYS_CHROOT"
]);
var dangerous_capability_default = defineDeployRule({
  id: "deploy.dangerous_capability",
  severity: "warn",
  title: "Dangerous Linux capability added",
  description: "`cap_add` / `capabilities.add` grants a capability that breaks container isolation (ALL, SYS_ADMIN, SYS_PTRACE, SYS_MODULE\u2026 are critical; NET_ADMIN, NET_RAW, DAC_OVERRIDE\u2026 warn).",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const cap of w.capAdd) {
        if (!CRITICAL.has(cap.value) && !WARN.has(cap.value)) continue;
        if (!w.runsOpenclaw && !CRITICAL.has(cap.value)) continue;
        report({
          loc: cap.loc,
          severity: CRITICAL.has(cap.value) ? "critical" : "warn",
          message: `${describe(w)} adds the ${cap.value} capability${CRITICAL.has(cap.value) ? ", which is enough to escape the container" : ", which widens what a compromised process can do"}${w.runsOpenclaw ? "; OpenClaw's images need no added capabilities" : ""}.`,
          fix: "Remove it from cap_add / capabilities.add and drop ALL instead."
        });
      }
    }
  }
});

// src/deploy/resolve.ts
import path7 from "node:path";

// src/core/locate.ts
function locateRange(file, range) {
  const start = file.positionAt(range[0]);
  const end = file.positionAt(Math.max(range[1], range[0]));
  return {
    file: file.path,
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column
  };
}
function locateOffset(file, offset, length = 1) {
  return locateRange(file, [offset, Math.min(offset + length, Math.max(file.text.length, offset))]);
}
function locatePath(root, path9, anchor = "key") {
  const { node, member: member2, depth } = walk2(root, path9);
  const found = depth === path9.length;
  if (member2 && (anchor === "key" || !found) && isLastSegmentMember(root, path9, depth)) {
    return locateRange(member2.file, member2.keyRange);
  }
  if (node === root && !found && node.kind !== "scalar") {
    return locateRange(node.file, [node.range[0], node.range[0] + 1]);
  }
  return locateRange(node.file, node.range);
}
function isLastSegmentMember(root, path9, depth) {
  if (depth === 0) return false;
  const parent = walk2(root, path9.slice(0, depth - 1)).node;
  return parent.kind === "object";
}

// src/core/source.ts
var SourceFile = class {
  constructor(path9, text2, absPath = "") {
    this.path = path9;
    this.text = text2;
    this.absPath = absPath;
    const starts = [0];
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }
  path;
  text;
  absPath;
  /**
   * Offsets where each line begins. Line breaks are `\n` (so `\r\n` too) and nothing else: git
   * and GitHub number lines by LF, and an annotation or review comment is placed by that number,
   * so a lone `\r` is part of its line (counted in columns), not a break.
   */
  lineStarts;
  /** 1-based line and UTF-16 column of an offset (clamped to the text). */
  positionAt(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }
  /** Offset of a 1-based line:column (clamped). */
  offsetAt(line, column) {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    return Math.min(start + Math.max(0, column - 1), this.text.length);
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, "");
  }
};
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}

// src/config/env.ts
var NAME = /^[A-Z_][A-Z0-9_]*$/;
function nameEnd(value, from) {
  let j = from;
  while (j < value.length && /[A-Z0-9_]/.test(value[j])) j++;
  return value[j] === "}" && j > from && NAME.test(value.slice(from, j)) ? j : -1;
}
function tokenAt(value, i) {
  if (value[i] !== "$") return null;
  const next = value[i + 1];
  if (next === "$" && value[i + 2] === "{") {
    const end = nameEnd(value, i + 3);
    if (end !== -1) return { kind: "escaped", name: value.slice(i + 3, end), end };
  }
  if (next === "{") {
    const end = nameEnd(value, i + 2);
    if (end !== -1) return { kind: "substitution", name: value.slice(i + 2, end), end };
  }
  return null;
}
var MAX_EXPANSION_CHARS = 16 * 1024 * 1024;
function substituteString(value, env, budget = { left: Infinity }) {
  const result = { value, substituted: [], unresolved: [] };
  if (!value.includes("$")) return result;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const token = tokenAt(value, i);
    if (!token) {
      out += value[i];
      continue;
    }
    if (token.kind === "escaped") {
      out += `\${${token.name}}`;
    } else {
      const v = env.get(token.name);
      if (v === void 0 || v === "") {
        out += `\${${token.name}}`;
        result.unresolved.push(token.name);
      } else {
        budget.left -= v.length;
        if (budget.left < 0) return { value, substituted: [], unresolved: [], cut: true };
        out += v;
        result.substituted.push(token.name);
      }
    }
    i = token.end;
  }
  result.value = out;
  return result;
}
function substituteTree(root, env) {
  const budget = { left: MAX_EXPANSION_CHARS };
  const strings = [];
  forEachScalar(root, (node) => {
    if (typeof node.value === "string" && node.value.includes("$")) strings.push(node);
  });
  for (const node of strings.reverse()) {
    const s = substituteString(node.value, env, budget);
    if (s.cut) {
      node.expansionCut = true;
      return;
    }
    if (s.substituted.length === 0 && s.unresolved.length === 0 && s.value === node.value) continue;
    node.authored = node.value;
    node.value = s.value;
    if (s.substituted.length) node.substitutedVars = s.substituted;
    if (s.unresolved.length) node.unresolvedVars = s.unresolved;
  }
}
function configEnvVars(root) {
  const vars = /* @__PURE__ */ new Map();
  const node = walk2(root, ["env", "vars"]);
  if (node.depth !== 2 || node.node.kind !== "object") return vars;
  for (const [k, m] of node.node.members) {
    if (m.value.kind === "scalar" && typeof m.value.value === "string") vars.set(k, m.value.value);
  }
  return vars;
}
function mergeEnv(primary, fallback) {
  const env = new Map(fallback);
  for (const [k, v] of primary) env.set(k, v);
  return env;
}

// src/parsers/json5.ts
var MAX_JSON5_DEPTH = 500;
var MAX_JSON5_VALUES = 2e5;
function bracketDepth(text2) {
  let depth = 0;
  let max = 0;
  let at2 = 0;
  let values = 0;
  let valuesOffset = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'") {
      for (i++; i < text2.length && text2[i] !== c; i++) if (text2[i] === "\\") i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < text2.length && text2[i] !== "\n") i++;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end < 0 ? text2.length : end + 1;
    } else if (c === "{" || c === "[" || c === ",") {
      if (++values === MAX_JSON5_VALUES + 1) valuesOffset = i;
      if (c !== "," && ++depth > max) {
        max = depth;
        at2 = i;
      }
    } else if (c === "}" || c === "]") depth--;
  }
  return { depth: max, offset: at2, values, valuesOffset };
}
function parseJson5(file) {
  const { depth, offset, values, valuesOffset } = bracketDepth(file.text);
  if (depth > MAX_JSON5_DEPTH) {
    return { ok: false, message: `nesting is ${depth} levels deep; more than ${MAX_JSON5_DEPTH} is refused`, offset };
  }
  if (values > MAX_JSON5_VALUES)
    return {
      ok: false,
      message: `about ${values} values (brackets and commas); more than ${MAX_JSON5_VALUES} are refused`,
      offset: valuesOffset
    };
  let doc;
  try {
    doc = parse(file.text, { mode: "json5", ranges: true });
  } catch (err) {
    const e = err;
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, "");
    const at2 = typeof e.offset === "number" ? e.offset : file.offsetAt(e.line ?? 1, e.column ?? 1);
    return { ok: false, message, offset: at2 };
  }
  const duplicates = [];
  const root = convert(doc.body, file, [], duplicates);
  return { ok: true, root, duplicates };
}
function rangeOf(node) {
  return node.range ?? [node.loc.start.offset, node.loc.end.offset];
}
function convert(node, file, path9, dups) {
  const range = rangeOf(node);
  switch (node.type) {
    case "Object": {
      const members = /* @__PURE__ */ new Map();
      for (const m of node.members) {
        const key3 = m.name.type === "Identifier" ? m.name.name : m.name.value;
        const keyRange = rangeOf(m.name);
        const prev = members.get(key3);
        if (prev) dups.push({ key: key3, range: keyRange, firstRange: prev.keyRange, parentPath: path9 });
        members.set(key3, { file, keyRange, value: convert(m.value, file, [...path9, key3], dups) });
      }
      return { kind: "object", file, range, members };
    }
    case "Array":
      return {
        kind: "array",
        file,
        range,
        items: node.elements.map((el, i) => convert(el.value, file, [...path9, i], dups))
      };
    case "String":
    case "Number":
    case "Boolean":
      return { kind: "scalar", file, range, value: node.value };
    case "Null":
      return { kind: "scalar", file, range, value: null };
    case "NaN":
      return { kind: "scalar", file, range, value: NaN };
    case "Infinity":
      return { kind: "scalar", file, range, value: node.sign === "-" ? -Infinity : Infinity };
    default:
      throw new Error(`unexpected JSON5 node ${node.type}`);
  }
}

// src/config/includes.ts
import fs4 from "node:fs";
import path6 from "node:path";

// src/config/merge.ts
var BLOCKED_KEYS = /* @__PURE__ */ new Set(["__proto__", "prototype", "constructor"]);
function isBlockedKey(key3) {
  return BLOCKED_KEYS.has(key3);
}
function sanitize(node) {
  const members = /* @__PURE__ */ new Map();
  for (const [k, m] of node.members) {
    if (isBlockedKey(k)) continue;
    members.set(k, m.value.kind === "object" ? { ...m, value: sanitize(m.value) } : m);
  }
  return { ...node, members };
}
function mergeNodes(base2, override) {
  if (base2.kind === "array" && override.kind === "array") {
    return { ...override, items: [...base2.items, ...override.items] };
  }
  if (base2.kind !== "object" || override.kind !== "object") return override;
  const merged = sanitize(base2);
  const members = merged.members;
  for (const [key3, m] of override.members) {
    if (isBlockedKey(key3)) continue;
    const current = members.get(key3)?.value;
    const value = m.value;
    if (value.kind === "object") {
      members.set(key3, { ...m, value: current?.kind === "object" ? mergeNodes(current, value) : sanitize(value) });
    } else if (value.kind === "array" && current?.kind === "array") {
      members.set(key3, { ...m, value: { ...value, items: [...current.items, ...value.items] } });
    } else {
      members.set(key3, m);
    }
  }
  return { ...override, members };
}
function emptyObjectLike(node) {
  return { kind: "object", file: node.file, range: node.range, members: /* @__PURE__ */ new Map() };
}

// src/config/parse-findings.ts
function parseErrorFinding(file, err) {
  return makeFinding(
    "parse.error",
    "critical",
    `Invalid JSON5: ${err.message.replace(/\.$/, "")}; OpenClaw refuses to start with this config`,
    locateOffset(file, err.offset)
  );
}
function duplicateKeyFindings(file, dups) {
  return dups.map((d) => {
    const first = file.positionAt(d.firstRange[0]);
    return makeFinding(
      "parse.duplicate_key",
      "warn",
      `Duplicate key ${JSON.stringify(d.key)} (first at line ${first.line}); the last value wins`,
      locateRange(file, d.range),
      formatPath([...d.parentPath, d.key]),
      `Remove one of the ${JSON.stringify(d.key)} keys`
    );
  });
}
function invalidUtf8Finding(file, at2) {
  return makeFinding(
    "parse.invalid_utf8",
    "warn",
    "File is not valid UTF-8 from here on; OpenClaw reads each invalid byte as U+FFFD, and so is it linted",
    locateOffset(file, at2, 1)
  );
}

// src/config/includes.ts
var INCLUDE_KEY = "$include";
var MAX_INCLUDE_DEPTH = 10;
var MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_INCLUDE_PATH_LENGTH = 4096;
var MAX_INCLUDE_LOADS = 500;
var MAX_INCLUDE_TREE_VALUES = 2 * MAX_JSON5_VALUES;
var MAX_INCLUDE_TREE_BYTES = 32 * 1024 * 1024;
var IncludeResolver = class {
  constructor(rootFile, reader) {
    this.rootFile = rootFile;
    this.reader = reader;
    this.rootDir = path6.dirname(rootFile.absPath);
    this.rootRealDir = safeRealpath(this.rootDir);
    this.files.push(rootFile);
    this.values = bracketDepth(rootFile.text).values;
  }
  rootFile;
  reader;
  findings = [];
  files = [];
  rootDir;
  rootRealDir;
  loads = 0;
  values;
  bytes = 0;
  /** Set once the tree's budget is spent: the rest is neither read nor reported again. */
  spent = false;
  resolve(root) {
    const ctx = {
      basePath: this.rootFile.absPath,
      depth: 0,
      chain: [this.rootFile.absPath],
      realChain: [safeRealpath(this.rootFile.absPath)]
    };
    const resolved = this.process(root, [], ctx);
    return { root: resolved, findings: this.findings, files: this.files };
  }
  process(node, logical, ctx) {
    if (node.kind === "array") {
      return { ...node, items: node.items.map((item, i) => this.process(item, [...logical, i], ctx)) };
    }
    if (node.kind !== "object") return node;
    const include = node.members.get(INCLUDE_KEY);
    const members = /* @__PURE__ */ new Map();
    for (const [k, m] of node.members) {
      if (k !== INCLUDE_KEY) members.set(k, { ...m, value: this.process(m.value, [...logical, k], ctx) });
    }
    const rest = { ...node, members };
    if (!include) return rest;
    const included = this.resolveIncludeValue(include, logical, ctx);
    if (!included) return rest;
    if (members.size === 0) return included;
    if (included.kind !== "object") {
      this.report(include, "include.invalid", "Sibling keys require the included content to be an object", logical);
      return rest;
    }
    return mergeNodes(included, rest);
  }
  resolveIncludeValue(include, logical, ctx) {
    const value = include.value;
    if (value.kind === "scalar" && typeof value.value === "string") {
      return this.loadFile(value.value, value, logical, ctx);
    }
    if (value.kind === "array") {
      let acc = emptyObjectLike(value);
      for (const item of value.items) {
        if (item.kind !== "scalar" || typeof item.value !== "string") {
          this.reportAt(
            item,
            "include.invalid",
            `Invalid $include array item: expected a string, got ${describe2(item)}`,
            logical
          );
          continue;
        }
        const loaded2 = this.loadFile(item.value, item, logical, ctx);
        if (loaded2) acc = mergeNodes(acc, loaded2);
      }
      return acc;
    }
    this.reportAt(
      value,
      "include.invalid",
      `Invalid $include value: expected a string or an array of strings, got ${describe2(value)}`,
      logical
    );
    return void 0;
  }
  loadFile(includePath, at2, logical, ctx) {
    const fail = (ruleId, message) => {
      this.reportAt(at2, ruleId, message, logical);
      return void 0;
    };
    const shown = JSON.stringify(includePath);
    const target = this.includeTarget(includePath, ctx);
    if ("refused" in target) return fail(...target.refused);
    const { resolved, real, key: key3 } = target;
    if (this.loads >= MAX_INCLUDE_LOADS)
      return fail(
        "include.too_many",
        `More than ${MAX_INCLUDE_LOADS} include loads for this config; ${shown} and the rest were not loaded`
      );
    if (this.spent) return void 0;
    this.loads++;
    const read = this.reader(real, this.display(resolved), MAX_INCLUDE_FILE_BYTES);
    if (!read.ok)
      return fail(read.tooLarge ? "include.too_large" : "include.unreadable", `Included file ${shown}: ${read.reason}`);
    const file = read.file;
    const over = this.chargeTree(file);
    if (over) return fail("include.too_large", `${over}; ${shown} and every later include were not loaded`);
    this.files.push(file);
    if (read.invalidUtf8At !== void 0) this.findings.push(invalidUtf8Finding(file, read.invalidUtf8At));
    const parsed = parseJson5(file);
    if (!parsed.ok) {
      this.findings.push(parseErrorFinding(file, parsed));
      return fail(
        "include.parse_error",
        `Included file ${shown} is not valid JSON5; OpenClaw refuses to load this config`
      );
    }
    this.findings.push(...duplicateKeyFindings(file, parsed.duplicates));
    return this.process(parsed.root, logical, {
      basePath: resolved,
      depth: ctx.depth + 1,
      chain: [...ctx.chain, resolved],
      realChain: [...ctx.realChain, key3]
    });
  }
  /**
   * The file an include path names, or why OpenClaw refuses it (a NUL, too long, outside the
   * config directory lexically or through a symlink, a cycle, too deep, missing), in that order.
   */
  includeTarget(includePath, ctx) {
    const shown = JSON.stringify(includePath);
    if (includePath.includes("\0")) return { refused: ["include.invalid", "Include path must not contain NUL bytes"] };
    if (includePath.length >= MAX_INCLUDE_PATH_LENGTH)
      return { refused: ["include.invalid", `Include path exceeds ${MAX_INCLUDE_PATH_LENGTH} characters`] };
    const resolved = path6.normalize(
      path6.isAbsolute(includePath) ? includePath : path6.resolve(path6.dirname(ctx.basePath), includePath)
    );
    if (!isInside(this.rootDir, resolved))
      return {
        refused: [
          "include.escape",
          `Include path ${shown} escapes the config directory; OpenClaw refuses to load this config`
        ]
      };
    let real;
    try {
      real = fs4.realpathSync(resolved);
    } catch {
      real = void 0;
    }
    if (real !== void 0 && !isInside(this.rootRealDir, real))
      return {
        refused: [
          "include.escape",
          `Include path ${shown} resolves outside the config directory through a symlink; OpenClaw refuses to load this config`
        ]
      };
    const key3 = real ?? resolved;
    if (ctx.chain.includes(resolved) || ctx.realChain.includes(key3)) {
      const names2 = [...ctx.chain, resolved].map((p) => this.display(p)).join(" -> ");
      return { refused: ["include.cycle", `Circular include: ${names2}`] };
    }
    if (ctx.depth >= MAX_INCLUDE_DEPTH)
      return { refused: ["include.too_deep", `Maximum include depth (${MAX_INCLUDE_DEPTH}) exceeded at ${shown}`] };
    if (real === void 0) return { refused: ["include.missing", `Included file ${shown} does not exist`] };
    return { resolved, real, key: key3 };
  }
  /**
   * Counts a read include against the whole tree's bounds (bytes, values), before it is parsed or
   * merged; past either, the tree is spent and the reason is returned.
   */
  chargeTree(file) {
    const values = bracketDepth(file.text).values;
    this.bytes += file.text.length;
    const over = this.bytes > MAX_INCLUDE_TREE_BYTES ? `This config's includes hold more than ${MAX_INCLUDE_TREE_BYTES / 1024 / 1024} MiB in all` : this.values + values > MAX_INCLUDE_TREE_VALUES ? `This config and its includes hold more than ${MAX_INCLUDE_TREE_VALUES} values in all` : void 0;
    if (over) this.spent = true;
    else this.values += values;
    return over;
  }
  display(abs) {
    const rel = path6.relative(this.rootDir, abs).split(path6.sep).join("/");
    const rootRel = path6.posix.dirname(this.rootFile.path);
    return rootRel === "." ? rel : `${rootRel}/${rel}`;
  }
  report(member2, ruleId, message, logical) {
    this.reportAt(member2.value, ruleId, message, logical);
  }
  reportAt(node, ruleId, message, logical) {
    this.findings.push(
      makeFinding(
        ruleId,
        "critical",
        message,
        locateRange(node.file, node.range),
        formatPath([...logical, INCLUDE_KEY])
      )
    );
  }
};
function describe2(node) {
  if (node.kind !== "scalar") return node.kind;
  return node.value === null ? "null" : typeof node.value;
}
function isInside(root, candidate) {
  const rel = path6.relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !path6.isAbsolute(rel);
}
function safeRealpath(p) {
  try {
    return fs4.realpathSync(p);
  } catch {
    return p;
  }
}

// src/config/read.ts
var readSourceFile = (absPath, displayPath, maxBytes, root) => {
  const r = readConfinedText(absPath, maxBytes, root);
  if (!r.ok) return { ok: false, reason: r.reason, ...r.tooLarge ? { tooLarge: true } : {} };
  const hasBom = r.text.charCodeAt(0) === 65279;
  const file = new SourceFile(displayPath, stripBom(r.text), absPath);
  if (r.invalidUtf8At === void 0) return { ok: true, file };
  return { ok: true, file, invalidUtf8At: Math.max(0, r.invalidUtf8At - (hasBom ? 1 : 0)) };
};

// src/config/load.ts
function loadConfig(file, opts = {}) {
  const parsed = opts.tree ? { ok: true, root: opts.tree, duplicates: [] } : parseJson5(file);
  if (!parsed.ok) return { ok: false, parsed };
  const included = new IncludeResolver(file, opts.reader ?? readSourceFile).resolve(parsed.root);
  const tree = included.root;
  const env = mergeEnv(opts.env ?? /* @__PURE__ */ new Map(), configEnvVars(tree));
  substituteTree(tree, env);
  return {
    ok: true,
    tree,
    duplicates: parsed.duplicates,
    includeFindings: included.findings,
    files: included.files,
    env
  };
}

// src/openclaw/values.ts
function isRec(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function at(root, ...path9) {
  let cur = root;
  for (const seg of path9) {
    if (cur === null || typeof cur !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function rec(root, ...path9) {
  const v = at(root, ...path9);
  return isRec(v) ? v : void 0;
}
function str(root, ...path9) {
  const v = at(root, ...path9);
  return typeof v === "string" ? v : void 0;
}
function arr(root, ...path9) {
  const v = at(root, ...path9);
  return Array.isArray(v) ? v : void 0;
}
function trimmed(v) {
  if (typeof v !== "string") return void 0;
  const t = v.trim();
  return t ? t : void 0;
}
function stringEntries(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const e of v) {
    const t = trimmed(typeof e === "number" ? String(e) : e);
    if (t) out.push(t);
  }
  return out;
}

// src/openclaw/exposure.ts
function effectiveBind(ctx) {
  if (typeof ctx.deployment.bind === "string" && ctx.deployment.bind) return ctx.deployment.bind;
  const bind = at(ctx.config, "gateway", "bind");
  return typeof bind === "string" ? bind : "loopback";
}
function isLoopbackBind(ctx) {
  return effectiveBind(ctx) === "loopback";
}
function bindSource(ctx) {
  const bind = effectiveBind(ctx);
  if (ctx.deployment.bind) return `The deployment binds the gateway to "${bind}"`;
  if (ctx.has(["gateway", "bind"])) return `gateway.bind is "${bind}"`;
  return 'gateway.bind defaults to "loopback"';
}
function tailscaleMode(ctx) {
  const m = at(ctx.config, "gateway", "tailscale", "mode");
  return typeof m === "string" ? m : "off";
}
function isIsolatedLoopback(ctx) {
  if (!ctx.deployment.loopbackIsolated || !isLoopbackBind(ctx)) return false;
  const t = tailscaleMode(ctx);
  return t !== "serve" && t !== "funnel";
}
function deploymentReach(ctx) {
  return ctx.deployment.reach;
}
function isBindHidden(ctx) {
  return ctx.deployment.bindHidden === true && !ctx.deployment.bind;
}
function isRemotelyExposed(ctx) {
  if (!isLoopbackBind(ctx)) return true;
  const t = tailscaleMode(ctx);
  return t === "serve" || t === "funnel";
}
function exposureLabel(ctx) {
  if (!isLoopbackBind(ctx)) return `the gateway is exposed beyond loopback (bind "${effectiveBind(ctx)}")`;
  const t = tailscaleMode(ctx);
  if (t === "serve" || t === "funnel") return `the gateway is exposed through Tailscale ${t}`;
  return "the gateway is loopback-only";
}

// src/openclaw/secret-ref.ts
var SECRET_SOURCES = /* @__PURE__ */ new Set(["env", "file", "exec", "store"]);
var ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
var ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;
function coerceSecretRef(value) {
  if (isRec(value)) {
    const source = value.source;
    const id = value.id;
    if (typeof source === "string" && SECRET_SOURCES.has(source) && typeof id === "string" && id.trim())
      return { source, id };
    return void 0;
  }
  if (typeof value === "string") {
    const t = value.trim();
    const m = ENV_TEMPLATE.exec(t) ?? ENV_SHORTHAND.exec(t);
    if (m && m[1]) return { source: "env", id: m[1] };
  }
  return void 0;
}
function envValue(ctx, name) {
  return trimmed(ctx.env.get(name));
}
function resolveRefLocally(ctx, ref) {
  if (!ref || ref.source !== "env") return void 0;
  return envValue(ctx, ref.id);
}

// src/openclaw/gateway-auth.ts
var NOT_SET = { configured: false, refPath: false, hasSecretRef: false };
function literalCredentialInput(ctx, path9) {
  const base2 = credentialInput(ctx, path9);
  if (!ctx.isUnresolved(path9)) return base2;
  const value = trimmed(ctx.authored(path9));
  return value ? { configured: true, value, refPath: false, hasSecretRef: false } : base2;
}
function credentialInput(ctx, path9) {
  const raw = at(ctx.config, ...path9);
  if (ctx.isUnresolved(path9))
    return { configured: true, refPath: true, hasSecretRef: false, ref: coerceSecretRef(raw) };
  if (typeof raw === "string") {
    const value = trimmed(raw);
    return value ? { configured: true, value, refPath: false, hasSecretRef: false } : { configured: false, refPath: false, hasSecretRef: false };
  }
  const ref = coerceSecretRef(raw);
  if (ref) {
    const materialised = ref.source === "env" ? trimmed(ctx.env.get(ref.id)) : void 0;
    if (materialised) return { configured: true, value: materialised, refPath: true, hasSecretRef: false, ref };
    return { configured: true, refPath: true, hasSecretRef: true, ref };
  }
  return { configured: raw !== void 0 && raw !== null, refPath: false, hasSecretRef: false };
}
function resolveGatewayAuth(ctx, era = "credential-plan") {
  const cfg = ctx.config;
  const explicitMode = str(cfg, "gateway", "auth", "mode");
  const envToken = envValue(ctx, "OPENCLAW_GATEWAY_TOKEN");
  const envPassword = envValue(ctx, "OPENCLAW_GATEWAY_PASSWORD");
  const input = (path9) => era === "credential-plan" ? credentialInput(ctx, path9) : literalCredentialInput(ctx, path9);
  const localToken = input(["gateway", "auth", "token"]);
  const localPassword = input(["gateway", "auth", "password"]);
  const remoteToken = era === "resolved-mode" ? NOT_SET : input(["gateway", "remote", "token"]);
  const remotePassword = era === "resolved-mode" ? NOT_SET : input(["gateway", "remote", "password"]);
  let token;
  let tokenSource;
  if (!localToken.hasSecretRef) {
    if (localToken.value) [token, tokenSource] = [localToken.value, "config"];
    else if (envToken) [token, tokenSource] = [envToken, "env"];
    else if (remoteToken.value) [token, tokenSource] = [remoteToken.value, "remote"];
  }
  let password;
  let passwordSource;
  if (!localPassword.hasSecretRef) {
    if (localPassword.value) [password, passwordSource] = [localPassword.value, "config"];
    else if (envPassword) [password, passwordSource] = [envPassword, "env"];
    else if (explicitMode !== "trusted-proxy" && remotePassword.value)
      [password, passwordSource] = [remotePassword.value, "remote"];
  }
  const mode = explicitMode ?? (password ? "password" : "token");
  const tsMode = tailscaleMode(ctx);
  const allowRaw = at(cfg, "gateway", "auth", "allowTailscale");
  const allowTailscale = typeof allowRaw === "boolean" ? allowRaw : tsMode === "serve" && mode !== "password" && mode !== "trusted-proxy";
  const unresolvedIsValue = era !== "credential-plan";
  const hasToken = !!token && (unresolvedIsValue || !ctx.isUnresolved(["gateway", "auth", "token"]));
  const hasPassword = !!password && (unresolvedIsValue || !ctx.isUnresolved(["gateway", "auth", "password"]));
  const tokenConfigured = hasToken || !!envToken || !!localToken.value || localToken.hasSecretRef || !!remoteToken.value || remoteToken.hasSecretRef;
  const passwordConfigured = hasPassword || (explicitMode === "password" || explicitMode !== "token" && explicitMode !== "none" && explicitMode !== "trusted-proxy" && !tokenConfigured) && (!!envPassword || !!localPassword.value || localPassword.hasSecretRef);
  const byMode = explicitMode === "token" ? tokenConfigured : explicitMode === "password" ? passwordConfigured : explicitMode === "none" || explicitMode === "trusted-proxy" ? false : tokenConfigured || passwordConfigured;
  const shared = era === "resolved-mode" ? mode === "token" && hasToken || mode === "password" && hasPassword : byMode;
  const hasGatewayAuth = shared || mode === "trusted-proxy";
  const hasLoopbackAuth = (era === "credential-plan" ? hasGatewayAuth : shared) || allowTailscale && tsMode === "serve";
  const hasHttpAuth = mode === "token" ? !!token : mode === "password" ? !!password : mode === "trusted-proxy";
  return {
    ...explicitMode !== void 0 ? { explicitMode } : {},
    mode,
    ...token !== void 0 ? { token, tokenSource } : {},
    ...password !== void 0 ? { password, passwordSource } : {},
    allowTailscale,
    localToken,
    localPassword,
    ...envToken !== void 0 ? { envToken } : {},
    ...envPassword !== void 0 ? { envPassword } : {},
    hasGatewayAuth,
    hasLoopbackAuth,
    hasHttpAuth
  };
}
function selectedCredential(ctx, kind) {
  const auth = resolveGatewayAuth(ctx);
  if (auth.mode !== kind) return void 0;
  const local = kind === "token" ? auth.localToken : auth.localPassword;
  if (local.refPath) return void 0;
  const resolved = kind === "token" ? auth.token : auth.password;
  if (resolved !== void 0) {
    const src = kind === "token" ? auth.tokenSource : auth.passwordSource;
    return {
      value: resolved,
      source: src === "env" ? `OPENCLAW_GATEWAY_${kind.toUpperCase()}` : src === "remote" ? `gateway.remote.${kind}` : `gateway.auth.${kind}`
    };
  }
  const raw = at(ctx.config, "gateway", "auth", kind);
  if (raw === void 0) return void 0;
  return { value: raw, source: `gateway.auth.${kind}` };
}
function judgedByDeployment(ctx, sel, kind) {
  const judged = ctx.deployment.credentialsJudged;
  if (!judged?.length) return false;
  if (judged.includes(sel.source)) return true;
  if (sel.source !== `gateway.auth.${kind}`) return false;
  const m = /^\$\{([A-Z_][A-Z0-9_]*)(?::?-[^}]*)?\}$/.exec(ctx.authored(["gateway", "auth", kind])?.trim() ?? "");
  return m !== null && judged.includes(m[1]);
}
function isPlaceholderSecret(v) {
  return typeof v === "string" && ["", "undefined", "null"].includes(v.trim());
}
function activeGatewaySharedSecret(ctx) {
  const auth = resolveGatewayAuth(ctx);
  const tok = auth.localToken.hasSecretRef ? resolveRefLocally(ctx, auth.localToken.ref) ?? auth.envToken : auth.token;
  const pw = auth.localPassword.hasSecretRef ? resolveRefLocally(ctx, auth.localPassword.ref) ?? auth.envPassword : auth.password;
  if (auth.mode === "token") return tok ? { label: "token", value: tok } : void 0;
  if (auth.mode === "password" || auth.mode === "trusted-proxy")
    return pw ? { label: "password", value: pw } : void 0;
  return void 0;
}

// src/deploy/util.ts
function member(node, key3) {
  return node?.kind === "object" ? node.members.get(key3) : void 0;
}
function child(node, ...keys) {
  let cur = node;
  for (const k of keys) cur = member(cur, k)?.value;
  return cur;
}
function asObject(node) {
  return node?.kind === "object" ? node : void 0;
}
function items(node) {
  return node?.kind === "array" ? node.items : [];
}
function scalarText(node) {
  if (node?.kind !== "scalar" || node.value === null) return void 0;
  return String(node.value);
}
function isTrue(node) {
  return node?.kind === "scalar" && (node.value === true || node.value === "true");
}
function isFalse(node) {
  return node?.kind === "scalar" && (node.value === false || node.value === "false");
}
function nodeLoc(node) {
  return locateRange(node.file, node.range);
}
function keyLoc(m) {
  return locateRange(m.file, m.keyRange);
}
function keyOrNodeLoc(node, key3) {
  const m = member(node, key3);
  return m ? keyLoc(m) : nodeLoc(node);
}
function shellWords(text2) {
  const out = [];
  let i = 0;
  while (i < text2.length) {
    while (i < text2.length && /\s/.test(text2[i])) i++;
    if (i >= text2.length) break;
    const start = i;
    let word = "";
    while (i < text2.length && !/\s/.test(text2[i])) {
      const c = text2[i];
      if (c === '"' || c === "'") {
        const end = text2.indexOf(c, i + 1);
        const stop = end === -1 ? text2.length : end;
        word += text2.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === "\\" && i + 1 < text2.length) {
        word += text2[i + 1];
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    out.push({ text: word, raw: text2.slice(start, Math.min(i, text2.length)) });
  }
  return out;
}
function argsFromString(text2, file, range) {
  const out = [];
  let cursor = range[0];
  const whole = locateRange(file, range);
  const locate2 = (raw) => {
    const at2 = file.text.indexOf(raw, cursor);
    if (at2 === -1 || at2 + raw.length > range[1] + 1) return whole;
    cursor = at2 + raw.length;
    return locateRange(file, [at2, at2 + raw.length]);
  };
  const words = shellWords(text2);
  words.forEach((w, idx) => {
    if (idx > 0 && words[idx - 1].text === "-c" && /\s/.test(w.text)) {
      const inner = shellWords(w.text);
      for (const iw of inner) out.push({ text: iw.text, loc: locate2(iw.raw.replace(/^["']|["']$/g, "")) });
      return;
    }
    out.push({ text: w.text, loc: locate2(w.raw) });
  });
  return out;
}
function argsFromList(list) {
  const out = [];
  list.forEach((item, idx) => {
    if (idx > 0 && list[idx - 1].text === "-c" && /\s/.test(item.text)) {
      out.push(...argsFromString(item.text, item.file, item.range));
      return;
    }
    out.push({ text: item.text, loc: locateRange(item.file, item.range) });
  });
  return out;
}
function argsFromYaml(node, interpolate2 = (s) => s) {
  if (!node) return [];
  if (node.kind === "scalar" && typeof node.value === "string")
    return argsFromString(interpolate2(node.value), node.file, node.range);
  if (node.kind === "array") {
    return argsFromList(
      node.items.flatMap((n) => {
        const t = scalarText(n);
        return t === void 0 ? [] : [{ text: interpolate2(t), file: n.file, range: n.range }];
      })
    );
  }
  return [];
}
function interpolate(text2, env) {
  const vars = [];
  const unresolved = [];
  const value = text2.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, braced, op, arg, bare) => {
      if (m === "$$") return "$";
      const name = braced ?? bare;
      vars.push(name);
      const v = env.get(name);
      const set = v !== void 0 && (v !== "" || !op?.startsWith(":"));
      if (op === ":-" || op === "-") return set ? v : interpolate(arg ?? "", env).value;
      if (op === ":+" || op === "+") return set ? interpolate(arg ?? "", env).value : "";
      if (v === void 0) unresolved.push(name);
      return v ?? "";
    }
  );
  return { value, vars, unresolved };
}
var SECRET_NAME2 = /(?:^|[_.-])(?:TOKEN|PASSWORD|PASSWD|PASS|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CLIENT_?SECRET|CREDENTIALS?)(?:$|[_.-])/i;
var NOT_A_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_URL|_ENDPOINT|_HOST|_PORT|_MODE|_TYPE|_ID|_NAME|_ENABLED|_LENGTH|_TTL|_EXPIRES?(?:_IN)?)$/i;
function isSecretName(name) {
  return SECRET_NAME2.test(name.replace(/([a-z])([A-Z])/g, "$1_$2")) && !NOT_A_SECRET_NAME.test(name);
}
function describeLength(value) {
  const n = value.length;
  return `${n} character${n === 1 ? "" : "s"}`;
}
function posixUnder(p, dir) {
  const d = dir.replace(/\/+$/, "");
  if (p === d) return "";
  if (p.startsWith(`${d}/`)) return p.slice(d.length + 1);
  return void 0;
}

// src/deploy/default-bind.ts
var CONTAINER_AUTO_BIND_FROM = "2026.4.29";
function imageRelease(w) {
  const ref = w.image?.value;
  if (!ref || imageKind(ref) !== "official") return void 0;
  const tag = /:(\d{4}\.\d{1,2}\.\d{1,2})(?:[-@]|$)/.exec(ref)?.[1];
  return tag && parseVersion(tag) ? tag : void 0;
}
function defaultBind(w, tailscaleMode2) {
  if (w.platform === "systemd") return "loopback";
  if (tailscaleMode2 === "serve" || tailscaleMode2 === "funnel") return "loopback";
  if (legacyName(w)) return "loopback";
  const release = imageRelease(w);
  if (release && compareReleases(release, CONTAINER_AUTO_BIND_FROM) < 0) return "loopback";
  return "auto";
}

// src/deploy/paths.ts
var STATE_DIR_VARS = ["OPENCLAW_STATE_DIR", "CLAWDBOT_STATE_DIR", "MOLTBOT_STATE_DIR"];
var CONFIG_PATH_VARS = ["OPENCLAW_CONFIG_PATH", "CLAWDBOT_CONFIG_PATH", "MOLTBOT_CONFIG_PATH"];
var STATE_DIRNAMES = [".openclaw", ".clawdbot", ".moltbot"];
var CONFIG_NAMES = ["openclaw.json", "clawdbot.json", "moltbot.json"];
function lastSet(w, names2) {
  for (const name of names2) {
    const e = [...w.env].reverse().find((x) => x.name === name && x.value !== void 0 && x.value.trim() !== "");
    if (e && !/\$\{?[A-Za-z_]|%[a-zA-Z]/.test(e.value)) return e;
  }
  return void 0;
}
function resolveHome(w) {
  const env = lastSet(w, ["HOME"]);
  if (env) return { path: env.value.trim(), loc: env.valueLoc ?? env.loc, how: `HOME set in ${env.origin}` };
  const byUser = (user, how, loc) => {
    const name = user.split(":")[0].trim();
    if (name === "root" || name === "0") return { path: "/root", how, ...loc ? { loc } : {} };
    const home = w.imageFacts?.homes.get(name);
    if (home) return { path: home, how, ...loc ? { loc } : {} };
    if (name === "node" || name === "1000" && officialUser(w))
      return { path: "/home/node", how, ...loc ? { loc } : {} };
    return void 0;
  };
  if (w.platform === "systemd") {
    const u = w.user?.value.trim();
    if (u)
      return u === "root" || u === "0" ? { path: "/root", how: "User=root" } : { path: `/home/${u}`, how: `User=${u}` };
    return w.systemUnit ? { path: "/root", how: "a system unit without User= runs as root" } : void 0;
  }
  if (w.user) return byUser(w.user.value, `the workload runs as user ${w.user.value}`, w.user.loc);
  const facts = w.imageFacts;
  if (facts?.home) return { path: facts.home, how: `ENV HOME in ${facts.file}` };
  if (facts?.user) return byUser(facts.user.value, `USER ${facts.user.value} in ${facts.file}`);
  if (facts) {
    if (imageKind(facts.base) === "official")
      return { path: "/home/node", how: `the base image ${facts.base} runs as node` };
    if (facts.base && !/\$/.test(facts.base)) return { path: "/root", how: `${facts.file} sets no USER: root` };
    return void 0;
  }
  if (imageKind(w.image?.value) === "official") return { path: "/home/node", how: "the official image runs as node" };
  return void 0;
}
function officialUser(w) {
  return imageKind(w.image?.value) === "official" || imageKind(w.imageFacts?.base) === "official";
}
function expand(p, home) {
  const t = p.trim();
  if (t === "~" || t.startsWith("~/")) return home ? home.path.replace(/\/+$/, "") + t.slice(1) : void 0;
  return t.startsWith("/") ? t.replace(/\/+$/, "") || "/" : void 0;
}
function resolvePaths(w, flags) {
  const out = { configPaths: [] };
  const ocHome = lastSet(w, ["OPENCLAW_HOME"]);
  const home = ocHome ? { path: ocHome.value.trim(), loc: ocHome.valueLoc ?? ocHome.loc, how: `OPENCLAW_HOME in ${ocHome.origin}` } : resolveHome(w);
  if (home) out.home = home;
  const override = lastSet(w, STATE_DIR_VARS);
  if (override) {
    const p = expand(override.value, home);
    if (p)
      out.stateDir = { path: p, loc: override.valueLoc ?? override.loc, how: `${override.name} in ${override.origin}` };
  } else if (home) {
    const base2 = home.path.replace(/\/+$/, "");
    const dirs = STATE_DIRNAMES.map((d) => `${base2}/${d}`);
    const mounted = dirs.find((d) => w.mounts.some((m) => posixUnder(d, m.target) !== void 0 && !m.subPath));
    const legacy = flags.executable && flags.executable !== "openclaw" ? `${base2}/.${flags.executable}` : void 0;
    const loc = ocHome ? home.loc : void 0;
    out.stateDir = { path: mounted ?? legacy ?? dirs[0], how: home.how, ...loc ? { loc } : {} };
  }
  const explicitFlag = flags.config;
  const explicitEnv = lastSet(w, CONFIG_PATH_VARS);
  if (explicitFlag) {
    const p = expand(explicitFlag.value, home) ?? explicitFlag.value;
    out.explicitConfig = { path: p, loc: explicitFlag.loc, how: "--config" };
  } else if (explicitEnv) {
    const p = expand(explicitEnv.value, home) ?? explicitEnv.value;
    out.explicitConfig = { path: p, loc: explicitEnv.valueLoc ?? explicitEnv.loc, how: explicitEnv.name };
  }
  if (out.explicitConfig) out.configPaths.push(out.explicitConfig.path);
  else if (out.stateDir) for (const n of CONFIG_NAMES) out.configPaths.push(`${out.stateDir.path}/${n}`);
  return out;
}

// src/deploy/sidecar-services.ts
var has = (env, ...names2) => names2.some((n) => env.has(n) && env.get(n) !== "");
var argMatches = (w, re) => w.args.some((a) => re.test(a.text));
var portOf = (value, fallback) => {
  const m = /(?::|^)(\d{2,5})$/.exec(value ?? "");
  return m ? Number(m[1]) : fallback;
};
var SERVICES = [
  {
    // Ollama has no auth of its own; OLLAMA_HOST may move its port.
    image: /^ollama\/ollama$/,
    service: {
      what: "the Ollama API",
      power: "run, pull and delete models and read every prompt sent to them",
      port: (env) => portOf(env.get("OLLAMA_HOST"), 11434),
      authenticated: () => false
    }
  },
  {
    // browserless v1 (browserless/chrome) and v2 (ghcr.io/browserless/*) require TOKEN only when it is set.
    image: /^browserless\/(?:chrome|chromium|firefox|webkit|multi|base)$/,
    service: {
      what: "browserless (remote Chrome over CDP)",
      power: "drive a browser inside the deployment's network, read its pages and reach internal services from it",
      port: (env) => portOf(env.get("PORT"), 3e3),
      authenticated: (_w, env) => has(env, "TOKEN", "CONNECTION_TOKEN")
    }
  },
  {
    // Plain headless Chrome exposes the DevTools protocol, which has no auth at all.
    image: /^(?:zenika\/alpine-chrome|chromedp\/headless-shell)$/,
    service: {
      what: "a Chrome DevTools (CDP) endpoint",
      power: "drive a browser inside the deployment's network, read its pages and reach internal services from it",
      port: () => 9222,
      authenticated: () => false
    }
  },
  {
    // redis/valkey answer every client unless requirepass is set (flag, config file, or the image's password env).
    image: /^(?:redis|valkey\/valkey|bitnami\/redis|bitnami\/valkey|redis\/redis-stack(?:-server)?)$/,
    service: {
      what: "Redis",
      power: "read and overwrite every key and, with CONFIG/MODULE commands, write files on the container's disk",
      port: () => 6379,
      authenticated: (w, env) => has(env, "REDIS_PASSWORD", "REDIS_PASSWORD_FILE", "VALKEY_PASSWORD", "REDIS_ARGS") || argMatches(w, /requirepass|\.conf$|--aclfile/)
    }
  },
  {
    image: /^qdrant\/qdrant$/,
    service: {
      what: "the Qdrant API",
      power: "read, overwrite and delete every collection (the agents\u2019 memory)",
      port: () => 6333,
      authenticated: (_w, env) => has(env, "QDRANT__SERVICE__API_KEY", "QDRANT__SERVICE__READ_ONLY_API_KEY")
    }
  },
  {
    image: /^chromadb\/chroma$/,
    service: {
      what: "the Chroma API",
      power: "read, overwrite and delete every collection (the agents\u2019 memory)",
      port: () => 8e3,
      authenticated: (_w, env) => has(env, "CHROMA_SERVER_AUTHN_PROVIDER", "CHROMA_SERVER_AUTH_PROVIDER", "CHROMA_SERVER_AUTHN_CREDENTIALS")
    }
  }
];
function imageRepository(image) {
  const noDigest = image.split("@")[0].toLowerCase();
  const parts = noDigest.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) parts.shift();
  const last = parts.pop().replace(/:[^:]*$/, "");
  parts.push(last);
  if (parts[0] === "library") parts.shift();
  return parts.join("/");
}
function sidecarService(w) {
  if (w.runsOpenclaw || !w.image) return void 0;
  const repo = imageRepository(w.image.value);
  return SERVICES.find((s) => s.image.test(repo))?.service;
}

// src/deploy/auth-proxy.ts
var PROXY_IMAGE = /(?:^|\/)(?:oauth2-proxy|oauth2_proxy|oauth-proxy|origin-oauth-proxy|ose-oauth-proxy)$/;
var EXEMPTING = ["--skip-auth-regex", "--skip-auth-route", "--skip-auth-routes", "--auth-regex"];
var RESTRICTING = /^--(?:authenticated-emails-file|github-(?:org|team|user|repo)|gitlab-(?:group|project)|allowed-(?:groups?|roles?)|google-group|keycloak-groups?|openshift-sar|openshift-delegate-urls|htpasswd-file)$/;
function flagsOf(w) {
  const out = [];
  const args = w.args.map((a) => a.text);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) continue;
    const eq = a.indexOf("=");
    if (eq > 0) out.push({ name: a.slice(0, eq), value: a.slice(eq + 1) });
    else if (args[i + 1] !== void 0 && !args[i + 1].startsWith("--")) out.push({ name: a, value: args[++i] });
    else out.push({ name: a, value: "true" });
  }
  return out;
}
function upstreamsTo(value, port) {
  const m = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):(\d+)(?:\/|$)/i.exec(value.trim());
  return m !== null && Number(m[2]) === port;
}
function authProxyInFront(gateway, pod, run) {
  for (const w of pod) {
    if (w === gateway || w.init || w.runsOpenclaw || !w.image) continue;
    if (!PROXY_IMAGE.test(imageRepository(w.image.value))) continue;
    const flags = flagsOf(w);
    if (!flags.some((f) => f.name === "--upstream" && upstreamsTo(f.value, run.port))) continue;
    const what = `${w.name} (${imageRepository(w.image.value)})`;
    const gap = gapOf(flags, gateway, run);
    return gap ? { what, gates: false, gap } : { what, gates: true };
  }
  return void 0;
}
function gapOf(flags, gateway, run) {
  if (gateway.hostNamespaces.length || run.bindHidden || run.bind !== "loopback")
    return "the gateway itself does not bind loopback only, so the rest of the cluster reaches its port without the proxy";
  const exempt = flags.find((f) => EXEMPTING.includes(f.name));
  if (exempt)
    return `its ${exempt.name}=${exempt.value} lets matching paths through without a login, and the gateway accepts its WebSocket on any path`;
  if (flags.some((f) => f.name === "--config" || f.name === "--alpha-config"))
    return "its settings are in a config file clawlint does not read";
  const provider = flags.find((f) => f.name === "--provider")?.value;
  const anyDomain = flags.some((f) => f.name === "--email-domain" && f.value.trim() === "*");
  if (provider !== "openshift" && anyDomain && !flags.some((f) => RESTRICTING.test(f.name)))
    return "its --email-domain=* admits anyone with an account at its provider";
  return void 0;
}

// src/deploy/resolve.ts
var DEFAULT_PORT = 18789;
var MAX_CONFIG_BYTES = 5 * 1024 * 1024;
var UNSEEN_SECRET = "clawlint-unseen-deployment-secret-000000000000";
function credentialVar(name, w) {
  const m = /^(OPENCLAW|CLAWDBOT|MOLTBOT)_GATEWAY_(TOKEN|PASSWORD)$/.exec(name);
  if (!m) return void 0;
  if (m[1] === "MOLTBOT" && legacyName(w) !== "moltbot") return void 0;
  return m[2];
}
function isDeployTimeRef(value) {
  return /\$\{?[A-Za-z_]|\$\([A-Za-z_]/.test(value);
}
function unseenCredentialSources(w, flags = gatewayFlags(w.args)) {
  const out = w.opaqueEnv.map((o) => o.value);
  for (const e of w.env) if (e.kind === "runtime" && credentialVar(e.name, w)) out.push(`${e.name} (${e.origin})`);
  for (const c of deployTimeFlagCredentials(w, flags)) out.push(c.source);
  return out;
}
function deployTimeFlagCredentials(w, flags) {
  const out = [];
  for (const [flag, name, f] of [
    ["--token", "OPENCLAW_GATEWAY_TOKEN", flags.token],
    ["--password", "OPENCLAW_GATEWAY_PASSWORD", flags.password]
  ])
    if (f && isDeployTimeRef(f.value) && refValue(w, f.value) === void 0)
      out.push({ name, source: `${flag} ${f.value.replace(/[:?][^}]*\}/, "}")} at deploy time` });
  return out;
}
function refValue(w, ref) {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(ref.trim());
  if (!m) return void 0;
  const name = m[1] ?? m[3];
  const e = [...w.env].reverse().find((x) => x.name === name && x.value !== void 0 && x.kind !== "runtime");
  if (e?.value !== void 0) return e.value;
  const runtime = w.env.some((x) => x.name === name) || w.opaqueEnv.length > 0;
  return m[2] && !runtime && !isDeployTimeRef(m[2]) ? m[2] : void 0;
}
function containerEnv(w, flags) {
  const env = /* @__PURE__ */ new Map();
  const ordered = [...w.env.filter((e) => e.kind === "env-file"), ...w.env.filter((e) => e.kind !== "env-file")];
  for (const e of ordered) {
    if (e.value !== void 0 && e.kind !== "runtime") env.set(e.name, e.value);
    else if ((e.kind === "secret-ref" || e.kind === "generated") && credentialVar(e.name, w))
      env.set(e.name, UNSEEN_SECRET);
  }
  for (const kind of ["TOKEN", "PASSWORD"]) {
    const canonical = `OPENCLAW_GATEWAY_${kind}`;
    if (env.get(canonical)) continue;
    for (const legacy of [`CLAWDBOT_GATEWAY_${kind}`, `MOLTBOT_GATEWAY_${kind}`])
      if (env.get(legacy) && credentialVar(legacy, w)) {
        env.set(canonical, env.get(legacy));
        break;
      }
  }
  const flagValue = (v) => isDeployTimeRef(v) ? refValue(w, v) ?? UNSEEN_SECRET : v;
  if (flags.token) env.set("OPENCLAW_GATEWAY_TOKEN", flagValue(flags.token.value));
  if (flags.password) env.set("OPENCLAW_GATEWAY_PASSWORD", flagValue(flags.password.value));
  return env;
}
function resolveRun(w, input) {
  const flags = gatewayFlags(w.args);
  const env = containerEnv(w, flags);
  const envVar = (...names2) => [...w.env].reverse().find((e) => names2.includes(e.name) && e.value !== void 0 && e.value !== "");
  const portEnv = envVar("OPENCLAW_GATEWAY_PORT", "CLAWDBOT_GATEWAY_PORT");
  const paths = resolvePaths(w, flags);
  const config = findConfig(w, paths, input);
  if (config) loadEffective(config, mergeEnv(env, input.userEnv));
  const template = config?.embedded?.filledAtDeploy ? templateBind(config.embedded.filledAtDeploy.template) : void 0;
  const cfgBind = config?.value ? config.value.gateway?.bind : template?.bind;
  const cfgPort = config?.value ? config.value.gateway?.port : void 0;
  const cfgTailscale = config?.value ? config.value.gateway?.tailscale?.mode : void 0;
  let bind = defaultBind(w, cfgTailscale);
  let bindLoc;
  let bindFromDeployment = false;
  let bindHidden = w.invocationHidden ?? w.bindDecidedIn;
  let bindHiddenBy;
  if (template?.hidden && config?.embedded) {
    bindHidden = config.embedded.loc;
    const at2 = `${config.embedded.file.path}:${config.embedded.loc.startLine}`;
    bindHiddenBy = `by the ${config.embedded.key} of ConfigMap ${config.embedded.configMap} (${at2}), a template filled in at deploy time`;
  }
  if (flags.bind?.value && isDeployTimeRef(flags.bind.value)) bindHidden = flags.bind.loc;
  else if (flags.bind?.value) [bind, bindLoc, bindFromDeployment] = [flags.bind.value, flags.bind.loc, true];
  else if (typeof cfgBind === "string") bind = cfgBind;
  let port = DEFAULT_PORT;
  let portFromDeployment = false;
  const portArg = flags.port?.value;
  const flagPort = Number(portArg !== void 0 && isDeployTimeRef(portArg) ? refValue(w, portArg) : portArg);
  const envPort = Number(portEnv?.value);
  if (Number.isInteger(flagPort) && flagPort > 0) [port, portFromDeployment] = [flagPort, true];
  else if (Number.isInteger(envPort) && envPort > 0) [port, portFromDeployment] = [envPort, true];
  else if (typeof cfgPort === "number") port = cfgPort;
  const run = {
    workload: w,
    flags,
    bind,
    bindFromDeployment,
    port,
    portFromDeployment,
    env,
    auth: { state: "unknown", detail: "" },
    loopbackIsolated: ownNetns(w, input.podOf(w))
  };
  if (bindLoc) run.bindLoc = bindLoc;
  if (!flags.bind?.value && typeof cfgBind !== "string") run.bindDefaulted = true;
  const reach = gatewayReach(w, port);
  if (reach) run.reach = reach;
  if (bindHidden && !bindFromDeployment) {
    run.bindHidden = bindHidden;
    if (bindHiddenBy && bindHidden === config?.embedded?.loc) run.bindHiddenBy = bindHiddenBy;
  }
  if (config) run.config = config;
  const proxy = authProxyInFront(w, input.podOf(w), { bind, port, bindHidden: run.bindHidden !== void 0 });
  if (proxy) run.authProxy = proxy;
  if (paths.stateDir)
    run.stateDir = { path: paths.stateDir.path, ...paths.stateDir.loc ? { loc: paths.stateDir.loc } : {} };
  run.auth = judgeAuth(run, input.userEnv);
  return run;
}
function gatewayReach(w, port) {
  if (w.platform !== "compose" || w.netnsOfOther || w.mergedElsewhere) return void 0;
  const covers = (r) => !r || port >= r[0] && port <= r[1];
  if (w.exposures.some((e) => covers(e.ports))) return void 0;
  return w.loopbackPublished?.some((p) => covers(p.ports)) ? "host" : "internal";
}
function ownNetns(w, pod) {
  switch (w.platform) {
    case "compose":
      return !w.sharedNetns;
    case "kubernetes":
      return !w.hostNamespaces.length && pod.every((o) => o === w || o.init);
    case "fly":
    case "render":
    case "kamal":
      return true;
    default:
      return false;
  }
}
function findConfig(w, paths, input) {
  const explicit = paths.explicitConfig;
  const targets = paths.configPaths;
  const target = targets[0] ?? "";
  const via = explicit ? ` (${explicit.how} ${explicit.path})` : "";
  for (const t of targets) {
    let best;
    for (const m of w.mounts) {
      if (m.kind !== "bind" || !m.sourceAbs) continue;
      const rest = posixUnder(t, m.target);
      if (rest === void 0) continue;
      const abs = rest === "" ? m.sourceAbs : path7.join(m.sourceAbs, ...rest.split("/"));
      if (!isFile(abs)) continue;
      const depth = m.target.length;
      if (!best || depth > best.depth)
        best = { abs, depth, origin: `mounted from ${input.rc.rel(m.sourceAbs)} at ${m.target}${via}` };
    }
    if (best) return fileConfig(best.abs, best.origin, input);
  }
  const copied = copiedConfig(w, targets);
  if (copied) return fileConfig(copied.abs, `copied into the image by ${copied.by}${via}`, input);
  if (w.platform === "kubernetes") {
    const pod = input.podOf(w);
    const direct = [...w.configMaps].find(
      ([, m]) => targets.some((t) => {
        const rest = posixUnder(t, m.target);
        return rest !== void 0 && (rest === "" || !m.subPath || rest === m.subPath);
      })
    );
    const candidates = direct ? [direct[0]] : pod.flatMap((p) => [...p.configMaps.keys()]);
    for (const name of candidates) {
      const named = input.embedded.filter((x) => x.configMap === name);
      const e = named.find((x) => !x.filledAtDeploy) ?? named[0];
      if (e)
        return embeddedConfig(
          e,
          direct ? `ConfigMap ${name} mounted at ${target}` : `ConfigMap ${name} (copied into the pod by a container of the same pod)`
        );
    }
    const committed = input.embedded.filter((x) => !x.filledAtDeploy);
    const sameFile = input.embedded.find((x) => x.file === w.file) ?? committed.find((x) => path7.dirname(x.file.absPath) === w.dir);
    if (sameFile) return embeddedConfig(sameFile, `ConfigMap ${sameFile.configMap} next to the workload`);
  }
  const nearest = nearestConfig(w.dir, input);
  if (nearest && !(w.platform === "dockerfile" && notCopied(w, nearest)))
    return fileConfig(
      nearest,
      explicit ? `${explicit.how} points at ${explicit.path}, which is not in the repository; using the nearest openclaw.json to the deployment` : "the nearest openclaw.json to the deployment",
      input
    );
  const hostDir = w.mounts.find(
    (m) => m.kind === "bind" && !m.sourceAbs && targets.some((t) => posixUnder(t, m.target) !== void 0)
  );
  const sibling = hostDir ? closestConfig(w.dir, input) : void 0;
  if (sibling)
    return fileConfig(
      sibling,
      `the repository's openclaw.json nearest to the deployment (its config directory ${hostDir.target} is mounted from ${hostDir.source ?? "the host"})`,
      input
    );
  return void 0;
}
function closestConfig(dir, input) {
  const distance = (c) => {
    const rel = path7.relative(dir, path7.dirname(c)).split(path7.sep).filter(Boolean);
    return rel.length;
  };
  return [...input.configs].filter((c) => input.rc.inside(c)).sort((a, b) => distance(a) - distance(b) || a.localeCompare(b))[0];
}
function notCopied(w, abs) {
  const facts = w.imageFacts;
  if (!facts) return false;
  const context = w.buildContext ?? path7.dirname(w.file.absPath);
  return !facts.copies.some((c) => {
    const src = path7.resolve(context, c.src);
    return src === abs || abs.startsWith(src + path7.sep) || /[*?[]/.test(c.src);
  });
}
function copiedConfig(w, targets) {
  const facts = w.imageFacts;
  if (!facts) return void 0;
  const context = w.buildContext ?? path7.dirname(w.platform === "dockerfile" ? w.file.absPath : w.buildDockerfile ?? w.file.absPath);
  for (const t of targets) {
    for (const c of [...facts.copies].reverse()) {
      const dest = c.dest.replace(/\/+$/, "");
      const srcBase = path7.posix.basename(c.src);
      let abs;
      if (dest === t && !c.dest.endsWith("/")) abs = path7.resolve(context, c.src);
      else {
        const rest = posixUnder(t, dest);
        if (rest === srcBase)
          abs = path7.resolve(context, c.src);
        else if (rest) abs = path7.resolve(context, c.src, ...rest.split("/"));
      }
      if (abs && isFile(abs)) return { abs, by: facts.file };
    }
  }
  return void 0;
}
function isFile(abs) {
  return isFileInside(abs);
}
function nearestConfig(dir, input) {
  const names2 = (abs) => path7.basename(abs);
  const preferred = (list) => list.sort(
    (a, b) => (names2(a) === "openclaw.json" ? -1 : 0) - (names2(b) === "openclaw.json" ? -1 : 0) || a.localeCompare(b)
  )[0];
  for (let d = dir; ; d = path7.dirname(d)) {
    const here = input.configs.filter((c) => path7.dirname(c) === d);
    if (here.length) return preferred(here);
    const onDisk = path7.join(d, "openclaw.json");
    if (isFile(onDisk)) return onDisk;
    const rel = path7.relative(input.rc.cwd, d);
    if (rel === "" || rel.startsWith("..") || path7.dirname(d) === d) break;
  }
  const below = input.configs.filter((c) => c.startsWith(dir + path7.sep));
  below.sort((a, b) => a.split(path7.sep).length - b.split(path7.sep).length || a.localeCompare(b));
  return below[0];
}
function fileConfig(abs, origin, input) {
  const rel = input.rc.rel(abs);
  const r = readSourceFile(abs, rel, MAX_CONFIG_BYTES);
  if (!r.ok) return void 0;
  return { abs, rel, origin, source: new SourceFile(rel, r.file.text, abs) };
}
function templateBind(template) {
  const loaded2 = template ? loadConfig(template) : void 0;
  if (!loaded2?.ok) return { hidden: true };
  const value = toPlain(loaded2.tree);
  const bind = value && typeof value === "object" ? value.gateway?.bind : void 0;
  if (bind === void 0) return { hidden: false };
  return typeof bind === "string" && !isDeployTimeRef(bind) ? { bind, hidden: false } : { hidden: true };
}
function embeddedConfig(e, origin) {
  return { abs: e.file.absPath, rel: e.file.path, origin, source: e.masked ?? e.file, embedded: e };
}
function loadEffective(c, env) {
  if (c.embedded && !c.embedded.masked) return;
  const loaded2 = loadConfig(c.source, { env });
  if (!loaded2.ok) return;
  const tree = loaded2.tree;
  const value = toPlain(tree);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  c.tree = tree;
  c.value = value;
}
function configContext(run, userEnv, deployment) {
  const tree = run.config?.tree;
  const config = run.config?.value ?? {};
  const scalarAt = (p) => {
    if (!tree) return void 0;
    const r = walk2(tree, p);
    return r.depth === p.length && r.node.kind === "scalar" ? r.node : void 0;
  };
  return {
    config,
    env: mergeEnv(run.env, userEnv),
    deployment,
    isUnresolved: (p) => (scalarAt(p)?.unresolvedVars?.length ?? 0) > 0,
    authored: (p) => {
      const n = scalarAt(p);
      return n?.authored ?? (typeof n?.value === "string" ? n.value : void 0);
    },
    has: (p) => tree ? walk2(tree, p).depth === p.length : false
  };
}
function configLocation(c, p, message) {
  if (!c) return void 0;
  if (!c.tree)
    return {
      file: c.rel,
      startLine: c.embedded?.loc.startLine ?? 1,
      startColumn: c.embedded?.loc.startColumn ?? 1,
      endLine: c.embedded?.loc.endLine ?? 1,
      endColumn: c.embedded?.loc.endColumn ?? 1,
      message
    };
  let cur = p;
  while (cur.length && walk2(c.tree, cur).depth < cur.length) cur = cur.slice(0, -1);
  return { ...locatePath(c.tree, cur.length ? cur : [], "key"), message };
}
function judgeAuth(run, userEnv) {
  const deployment = { bind: run.bind, port: run.port };
  const ctx = configContext(run, userEnv, deployment);
  const auth = resolveGatewayAuth(ctx);
  const name = run.config ? run.config.rel : "no config";
  const authLoc = (message) => configLocation(run.config, ["gateway", "auth"], message);
  const flagAuth = run.flags.auth?.value;
  if (flagAuth === "none") return { state: "none", detail: "auth disabled on the command line (--auth none)" };
  if (!auth.hasGatewayAuth) {
    if (auth.explicitMode === "none") {
      const related2 = configLocation(run.config, ["gateway", "auth", "mode"], `${name} sets gateway.auth.mode "none"`);
      return {
        state: "none",
        detail: 'gateway auth disabled (gateway.auth.mode "none")',
        ...related2 ? { related: related2 } : {}
      };
    }
    const opaque = unseenCredentialSources(run.workload);
    if (run.config?.embedded?.filledAtDeploy) opaque.push(`the config ${name}, filled in at deploy time`);
    if (opaque.length)
      return {
        state: "unknown",
        detail: `no visible gateway token or password (one may come from ${opaque.join(", ")})`
      };
    const related = authLoc(
      `${name}: no gateway.auth token or password, and the deployment sets no OPENCLAW_GATEWAY_TOKEN/PASSWORD`
    );
    return {
      state: "none",
      detail: "no gateway token or password (neither in the config nor in the deployment env)",
      ...related ? { related } : {}
    };
  }
  if (auth.mode === "trusted-proxy") return { state: "ok", detail: "trusted-proxy auth" };
  const kind = auth.mode === "password" ? "password" : "token";
  const sel = selectedCredential(ctx, kind);
  if (sel && typeof sel.value === "string") {
    const v = sel.value.trim();
    const related = sel.source.startsWith("gateway.") ? configLocation(run.config, sel.source.split("."), `${name}: the selected gateway ${kind}`) : envLocation(run, sel.source);
    if (isPlaceholderSecret(v) || classifyValue(v).kind === "placeholder")
      return {
        state: "weak",
        detail: `a gateway ${kind} (${sel.source}) that is a published placeholder`,
        ...related ? { related } : {}
      };
    if (v.length < 24)
      return {
        state: "weak",
        detail: `a gateway ${kind} (${sel.source}) of only ${v.length} characters`,
        ...related ? { related } : {}
      };
    if (classifyValue(v).kind === "literal" && isWordLike(v))
      return {
        state: "weak",
        detail: `a gateway ${kind} (${sel.source}) that is word-like rather than random (${v.length} characters)`,
        ...related ? { related } : {}
      };
  }
  return { state: "ok", detail: `gateway ${kind} auth` };
}
function envLocation(run, name) {
  const e = [...run.workload.env].reverse().find((x) => x.name === name);
  if (!e) return void 0;
  return { ...e.valueLoc ?? e.loc, message: `${name} is set here` };
}

// src/deploy/rules/docker-socket.ts
var SOCKET = /(?:^|\/)(?:docker|podman|containerd|crio|cri-dockerd)\.sock$/;
var docker_socket_default = defineDeployRule({
  id: "deploy.docker_socket",
  severity: "critical",
  title: "Host container-runtime socket mounted",
  description: "The host Docker (or podman/containerd) socket is mounted into a container: whoever controls the container controls the host as root. Lowered to warn for the gateway when the effective config uses the Docker sandbox backend, which needs it.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const m of w.mounts) {
        if (!(m.source && SOCKET.test(m.source)) && !SOCKET.test(m.target)) continue;
        const run = ctx.run(w);
        const sandbox = run?.config?.value ? sandboxMode(run.config.value) : void 0;
        const needed = run !== void 0 && (sandbox !== void 0 && sandbox !== "off" || run.env.get("OPENCLAW_SANDBOX") === "1");
        const related = [];
        if (needed && run?.config) {
          const r = configLocation(
            run.config,
            ["agents", "defaults", "sandbox", "mode"],
            `${run.config.rel} enables the sandbox`
          );
          if (r) related.push(r);
        }
        report({
          loc: m.loc,
          severity: needed ? "warn" : "critical",
          message: needed ? `${describe(w)} mounts the host container socket for the Docker sandbox backend; this is root on the host for anyone who compromises the gateway, so keep the gateway private and never pass the socket on to sandbox containers.` : `${describe(w)} mounts the host container socket (${m.target}); anyone who controls this container is root on the host.`,
          fix: "Remove the socket mount; if the Docker sandbox is required, use a rootless Docker or a socket proxy that allows only the calls OpenClaw needs.",
          related
        });
      }
    }
  }
});
function sandboxMode(cfg) {
  const agents = cfg.agents;
  const defaults = agents?.defaults;
  const sandbox = defaults?.sandbox;
  return typeof sandbox?.mode === "string" ? sandbox.mode : void 0;
}

// src/deploy/rules/gateway-exposed.ts
var gateway_exposed_default = defineDeployRule({
  id: "deploy.gateway_exposed",
  severity: "warn",
  title: "Gateway port reachable beyond the host",
  description: "The deployment publishes the gateway port on all interfaces (compose ports, hostNetwork/hostPort, a LoadBalancer/NodePort Service, an Ingress without auth, a public platform service) while the effective gateway binds beyond loopback; critical when the effective gateway has no or weak auth.",
  check(ctx, report) {
    for (const run of ctx.runs) {
      if ((run.bind === "loopback" || run.bindDefaulted) && run.bindHidden) {
        hiddenBind(run, report);
        continue;
      }
      if (run.bind === "loopback") continue;
      const w = run.workload;
      for (const e of w.exposures) {
        if (e.ports && (run.port < e.ports[0] || run.port > e.ports[1])) continue;
        if (e.authInFront) continue;
        const quiet = e.kind === "platform-public" || w.platform === "systemd" && e.kind === "host-network";
        const front = e.kind === "ingress" || e.kind === "service-loadbalancer" || e.kind === "service-nodeport";
        if (run.auth.state === "ok" && quiet) continue;
        const severity = run.auth.state === "none" || run.auth.state === "weak" ? "critical" : quiet || front && run.auth.state === "ok" ? "info" : "warn";
        const bindWhere = run.bindFromDeployment ? "set by the deployment" : run.bindDefaulted && run.bind === "auto" ? 'nothing sets it: inside a container the gateway defaults to "auto", which binds 0.0.0.0' : run.config ? `gateway.bind in ${run.config.rel}` : "default";
        const cfg = run.config ? `Effective config: ${run.config.rel} (${run.config.origin})` : "No openclaw.json reaches this deployment";
        const authText = run.auth.state === "ok" ? front ? `It requires ${run.auth.detail}; keep TLS in front of it and gateway.controlUi.allowedOrigins explicit.` : `It requires ${run.auth.detail}; still, nothing outside the host needs to reach the port.` : run.auth.state === "unknown" ? `It has ${run.auth.detail}.` : run.auth.state === "weak" ? `It has ${run.auth.detail}, so anyone who reaches the port and knows or guesses it controls the gateway and its agents.` : `It has ${run.auth.detail}, so anyone who reaches the port controls the gateway and its agents.`;
        const related = [];
        if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
        if (run.flags.allowUnconfigured)
          related.push({
            ...run.flags.allowUnconfigured,
            message: "started with --allow-unconfigured: it serves even without a config"
          });
        if (run.auth.related) related.push(run.auth.related);
        else if (run.config) {
          const c = run.config.embedded?.loc ?? {
            file: run.config.rel,
            startLine: 1,
            startColumn: 1,
            endLine: 1,
            endColumn: 1
          };
          related.push({ ...c, file: run.config.rel, message: `effective config (${run.config.origin})` });
        }
        report({
          loc: e.loc,
          severity,
          message: `Gateway port ${run.port} of ${describe(w)} is ${e.what} and the gateway binds "${run.bind}" (${bindWhere}). ${cfg}. ${authText}`,
          fix: e.kind === "published-port" ? `Publish on loopback only ("127.0.0.1:${run.port}:${run.port}") and reach it through SSH/Tailscale, and set OPENCLAW_GATEWAY_TOKEN from an env file or secret.` : "Keep the gateway private (ClusterIP + port-forward, Tailscale, or an authenticating proxy) and set OPENCLAW_GATEWAY_TOKEN from a Secret.",
          related
        });
      }
    }
  }
});
function hiddenBind(run, report) {
  const w = run.workload;
  const at2 = run.bindHidden;
  for (const e of w.exposures) {
    if (e.ports && (run.port < e.ports[0] || run.port > e.ports[1])) continue;
    if (e.authInFront || w.platform === "systemd" && e.kind === "host-network") continue;
    const quiet = e.kind === "platform-public";
    if (quiet && run.auth.state === "ok") continue;
    report({
      loc: e.loc,
      severity: "warn",
      message: `Gateway port ${run.port} of ${describe(w)} is ${e.what}, and the gateway's bind is decided ${run.bindHiddenBy ?? `by what runs at ${at2.file}:${at2.startLine}`}, which clawlint cannot evaluate; if it is not loopback, the gateway is reachable there. ${run.auth.state === "none" ? "No gateway token or password is visible either" : `It has ${run.auth.detail}`}.`,
      fix: `Publish on loopback only ("127.0.0.1:${run.port}:${run.port}") or pass --bind explicitly in the manifest, and set OPENCLAW_GATEWAY_TOKEN from an env file or secret.`,
      related: [{ ...at2, message: "the bind is decided here" }]
    });
  }
}

// src/deploy/rules/host-namespace.ts
var host_namespace_default = defineDeployRule({
  id: "deploy.host_namespace",
  severity: "warn",
  title: "Container shares the host's namespaces",
  description: "`network_mode: host`, `pid`/`ipc: host`, or Kubernetes hostNetwork/hostPID/hostIPC remove the container boundary for that namespace; every port the gateway opens is on the host. A pod-level setting is one finding for the pod, naming its containers.",
  check(ctx, report) {
    const byLoc = /* @__PURE__ */ new Map();
    for (const w of ctx.workloads)
      for (const ns of w.hostNamespaces) {
        const k = `${ns.loc.file}:${ns.loc.startLine}:${ns.loc.startColumn}:${ns.value}`;
        const g = byLoc.get(k) ?? { ns, ws: [] };
        g.ws.push(w);
        byLoc.set(k, g);
      }
    for (const { ns, ws } of byLoc.values()) {
      const main = ws.find((w) => w.isGateway) ?? ws.find((w) => w.runsOpenclaw) ?? ws[0];
      const others = ws.filter((w) => w !== main).map((w) => w.name.replace(/^.* container /, ""));
      const agent = ws.some((w) => w.runsOpenclaw);
      report({
        loc: ns.loc,
        severity: /PID|pid/.test(ns.value) ? "critical" : "warn",
        message: `${describe(main)}${others.length ? ` (and ${others.join(", ")} in the same pod)` : ""} uses ${ns.value}: the container shares the host's ${/network|Network/.test(ns.value) ? "network stack, so " + (agent ? "the gateway and its helper ports listen" : "every port it opens listens") + " on the host itself" : /PID|pid/.test(ns.value) ? "process table and can inspect or signal host processes" : "namespace"}.`,
        fix: "Use the default bridge/pod network and publish only the ports you need on 127.0.0.1."
      });
    }
  }
});

// src/deploy/rules/literal-secret.ts
var PASSWORD_NAME = /PASSWORD|PASSWD|(?:^|_)PASS$/i;
function passwordLike(v) {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return v.length >= 8 && classes >= 3;
}
var literal_secret_default = defineDeployRule({
  id: "deploy.literal_secret",
  severity: "critical",
  title: "Secret committed in a deployment file",
  description: "A value shaped like a real credential (a provider key prefix, a detect-secrets detector, credentials in a URL, a random token) is committed in a deployment file: compose `environment` or a `${VAR:-default}`, a committed `.env` that compose reads, Kubernetes `env.value` or a Secret/ConfigMap, a Dockerfile ENV/ARG, a systemd Environment=, fly.toml [env] or render envVars. A committed gateway token or password is reported whatever its shape: guessable ones are critical when the gateway is reachable beyond the host. Names alone never make a finding: placeholders, URLs, paths, Secret names and dummies are not secrets.",
  check(ctx, report) {
    const seen = reportCommittedValues(ctx, report);
    reportUnreadData(ctx, report, seen);
  }
});
function reportCommittedValues(ctx, report) {
  const seen = /* @__PURE__ */ new Set();
  for (const cv of committedValues(ctx)) {
    const v = cv.value.trim();
    const c = classifyValue(v);
    seen.add(`${cv.loc.file}:${cv.loc.startLine}`);
    const who = readersText(cv);
    const related = readersRelated(cv);
    const fix = `Keep ${cv.name} out of the repository (an untracked env file, a platform secret or a Secret created out of band) and rotate the committed value.`;
    if (cv.gateway) {
      if (c.kind === "placeholder" || c.kind === "reference" || c.kind === "empty") continue;
      const exposed = readByExposedGateway(ctx, cv);
      const shape = v.length < 24 ? `only ${describeLength(v)}: guessable` : c.kind === "secret" ? `${describeLength(v)}, random-looking` : `${describeLength(v)}, word-like rather than random`;
      report({
        loc: cv.loc,
        severity: exposed ? "critical" : "warn",
        message: `${cv.name} of ${who} is committed to the repository (${shape}); anyone who can read the repository holds the gateway credential${exposed ? ", and the gateway port is reachable from beyond the host" : ""}.`,
        fix: `Generate a random token (openssl rand -hex 32) and supply it at deploy time; ${fix}`,
        related
      });
      continue;
    }
    if (c.kind === "secret" && (c.why !== "a random string" && c.why !== "a random hex string" ? true : isSecretName(cv.name)))
      report({
        loc: cv.loc,
        message: `${cv.name} of ${who} holds a real-looking credential (${c.why}, ${describeLength(v)}) committed to the repository; anyone with read access has it.`,
        fix,
        related
      });
    else if (isSecretName(cv.name) && (c.kind === "literal" && passwordLike(v) || PASSWORD_NAME.test(cv.name) && v.length >= 8 && (c.kind === "literal" || c.kind === "data" && c.what === "a name")))
      report({
        loc: cv.loc,
        severity: "warn",
        message: `${cv.name} of ${who} is a hand-written password committed to the repository (${describeLength(v)}); it is the effective value wherever the deployment does not override it.`,
        fix,
        related
      });
  }
  return seen;
}
function reportUnreadData(ctx, report, seen) {
  for (const f of ctx.files) {
    for (const d of f.literalData) {
      if (seen.has(`${d.loc.file}:${d.loc.startLine}`)) continue;
      const c = classifyValue(d.value);
      if (GATEWAY_CREDENTIAL.test(d.name) && (c.kind === "literal" || c.kind === "data")) {
        report({
          loc: d.loc,
          severity: "warn",
          message: `${d.what} commits a value for "${d.name}" (${describeLength(d.value.trim())}) to the repository; whoever deploys it runs a gateway whose credential everyone with read access knows.`,
          fix: "Create the Secret out of band with a random value (openssl rand -hex 32) and keep only a reference in the repository."
        });
        continue;
      }
      if (c.kind !== "secret") continue;
      const entropyOnly = c.why === "a random string" || c.why === "a random hex string";
      if (entropyOnly && !d.secret && !isSecretName(d.name)) continue;
      report({
        loc: d.loc,
        message: d.secret ? `${d.what} holds a real-looking credential for "${d.name}" (${c.why}, ${describeLength(d.value.trim())}) committed to the repository; the manifest is only base64 away from the secret.` : `${d.what} holds a real-looking credential for "${d.name}" (${c.why}) as plain text; ConfigMaps are not secret and are readable by anyone who can read the namespace.`,
        fix: d.secret ? "Create the Secret out of band (kubectl create secret, External Secrets, sealed-secrets), keep only a reference in the repository, and rotate the committed value." : `Move "${d.name}" into a Secret created out of band, reference it with secretKeyRef, and rotate the committed value.`
      });
    }
  }
}

// src/deploy/rules/not-read.ts
var not_read_default = defineDeployRule({
  id: "deploy.not_read",
  severity: "info",
  title: "Deployment file recognised but not read",
  description: 'clawlint recognised files that deploy OpenClaw but cannot read as they are: templated manifests (`*.tmpl`, `*.tpl`, `*.j2`, `*.envsubst` other than YAML) that a tool fills in at deploy time, and Railway configs (railway.toml / railway.json). They are listed in one finding per kind ("2 templated manifests not read: \u2026") so that a clean result never hides them. envsubst YAML (`*.yaml.envsubst`) is read, with `${VAR}` left unresolved.',
  check() {
  }
});

// src/deploy/rules/not-rendered.ts
var not_rendered_default = defineDeployRule({
  id: "deploy.not_rendered",
  severity: "info",
  title: "Helm chart or kustomization not rendered",
  description: "clawlint found a Helm chart or a kustomization but could not render it (helm or kubectl/kustomize is not on PATH, a chart dependency is missing from charts/, or rendering is turned off). Only what can be read statically (the OpenClaw config embedded in values.yaml, securityContext in values) was checked.",
  check() {
  }
});

// src/deploy/rules/parse-error.ts
var parse_error_default = defineDeployRule({
  id: "deploy.parse_error",
  severity: "critical",
  title: "Deployment file does not parse",
  description: "A compose, Kubernetes, render.yaml or fly.toml file has a YAML/TOML syntax error, so neither the platform nor clawlint can read it.",
  check() {
  }
});

// src/deploy/rules/placeholder-token.ts
var placeholder_token_default = defineDeployRule({
  id: "deploy.placeholder_token",
  severity: "critical",
  title: "Gateway token or password is a placeholder",
  description: "The gateway token or password (OPENCLAW_GATEWAY_TOKEN / OPENCLAW_GATEWAY_PASSWORD and the legacy CLAWDBOT_/MOLTBOT_ names, --token/--password) that the repository commits is a copy-paste placeholder such as change-me-now, replace-with-\u2026, <token> or your-token: public knowledge, not a secret. Critical when OpenClaw itself lists it as a rejected default or the gateway is reachable beyond the host; reported once, where the value is written, with the places that read it as related locations.",
  check(ctx, report) {
    for (const cv of committedValues(ctx)) {
      if (!cv.gateway) continue;
      const c = classifyValue(cv.value);
      if (c.kind !== "placeholder") continue;
      const exposed = readByExposedGateway(ctx, cv);
      const consequence = exposed ? "the gateway port is reachable from beyond the host, so anyone who has seen the template can authenticate" : c.rejected ? "it is one of the defaults OpenClaw's own startup check rejects" : "it is public knowledge, not a secret";
      report({
        loc: cv.loc,
        severity: exposed || c.rejected ? "critical" : "warn",
        message: `${cv.name} of ${readersText(cv)} (${cv.origin}) is a placeholder that was never replaced; ${consequence}.`,
        fix: "Generate a real secret (openssl rand -hex 32) and keep it in an untracked env file or a secret store.",
        related: readersRelated(cv)
      });
    }
  }
});

// src/deploy/rules/pod-hardening.ts
var gapsOf = (w) => w.init ? w.hardening.filter((g) => !/^readOnlyRootFilesystem/.test(g.item)) : w.hardening;
var container = (w) => w.name.replace(/^.* container /, "");
var pod_hardening_default = defineDeployRule({
  id: "deploy.pod_hardening",
  severity: "warn",
  title: "Pod lacks the hardening of OpenClaw's own manifest",
  description: "A Kubernetes pod that runs the OpenClaw gateway misses settings that OpenClaw's own manifest (scripts/k8s/manifests/deployment.yaml) sets: runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation: false, capabilities.drop [ALL], seccompProfile RuntimeDefault, automountServiceAccountToken: false. Reported once per pod, at the gateway container, naming the other containers that lack them; pods with no gateway (one-shot Jobs, CLI pods) are not reported.",
  check(ctx, report) {
    const pods = ctx.files.flatMap((f) => f.k8s?.pods ?? []);
    for (const pod of pods) {
      const gateway = pod.workloads.find((w) => w.isGateway && w.runsOpenclaw && ctx.workloads.includes(w));
      if (!gateway) continue;
      const gaps = pod.workloads.filter((w) => gapsOf(w).length > 0);
      if (!gaps.length) continue;
      const main = gaps.includes(gateway) ? gateway : gaps[0];
      const others = gaps.filter((w) => w !== main);
      const first = gapsOf(main)[0];
      const also = others.length ? ` Also in the same pod: ${others.map(
        (w) => `${container(w)} (${gapsOf(w).map((g) => g.item).join(", ")})`
      ).join("; ")}.` : "";
      report({
        loc: first.loc,
        message: `${describe(main)} lacks ${gapsOf(main).map((g) => g.item).join(", ")} (set in OpenClaw's own manifest).${also}`,
        fix: "Copy the securityContext of scripts/k8s/manifests/deployment.yaml: runAsNonRoot, runAsUser 1000, allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities.drop [ALL], seccompProfile RuntimeDefault; and automountServiceAccountToken: false on the pod.",
        related: others.map((w) => ({
          ...gapsOf(w)[0].loc,
          message: `container ${container(w)} lacks ${gapsOf(w).map((g) => g.item).join(", ")}`
        }))
      });
    }
  }
});

// src/deploy/rules/privileged.ts
var privileged_default = defineDeployRule({
  id: "deploy.privileged",
  severity: "critical",
  title: "Privileged container",
  description: "`privileged: true` (compose or a Kubernetes securityContext) gives the container every capability and the host devices; OpenClaw never needs it.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (!w.privileged) continue;
      report({
        loc: w.privileged,
        message: w.runsOpenclaw ? `${describe(w)} runs privileged: a compromised agent or gateway escapes to the host.` : `${describe(w)} runs privileged: whoever compromises this container escapes to the host.`,
        fix: w.runsOpenclaw ? "Remove privileged: true; OpenClaw runs unprivileged as uid 1000." : "Remove privileged: true and grant only the devices and capabilities the container needs."
      });
    }
  }
});

// src/deploy/rules/render-error.ts
var render_error_default = defineDeployRule({
  id: "deploy.render_error",
  severity: "warn",
  title: "Helm chart or kustomization fails to render",
  description: "`helm template` or `kubectl kustomize` failed on this chart or kustomization: a template error, a value that does not exist, a render that ran past the time limit or output cap (an endless range or recursion), or a resource outside the scanned tree. Nothing it would deploy could be checked beyond the static reading of values.yaml.",
  check() {
  }
});

// src/deploy/rules/render-placeholder.ts
var render_placeholder_default = defineDeployRule({
  id: "deploy.render_placeholder",
  severity: "info",
  title: "Helm chart rendered with placeholders for values it requires",
  description: 'The chart refuses to render until a value is set (`required "\u2026" .Values.x`, or `{{ if not .Values.x }}{{ fail "\u2026" }}{{ end }}`), as charts do for a Secret name or a token the user must provide. clawlint renders it the way a user installs it: with a placeholder `${CLAWLINT_REQUIRED_\u2026}` for each such value (at most 4), read as a value supplied at deploy time. The note sits at the values line to fill in, with the guard related; findings on rendered lines that hold a placeholder say so.',
  check() {
  }
});

// src/deploy/rules/sensitive-host-mount.ts
var SOCKET2 = /(?:docker|podman|containerd|crio|cri-dockerd)\.sock$/;
var SENSITIVE = [
  [/^\/$/, true, "the whole host filesystem"],
  [/^\/etc(?:\/|$)/, true, "host system configuration"],
  [/^\/root(?:\/|$)/, true, "root's home directory"],
  [/^\/(?:proc|sys|dev|boot)(?:\/|$)/, true, "host kernel/device interfaces"],
  [/^\/var\/lib\/(?:docker|containerd|kubelet)(?:\/|$)/, true, "container runtime state"],
  [/^\/(?:var\/)?run(?:\/|$)/, false, "host runtime sockets and state"],
  [/(?:^|\/)\.(?:ssh|aws|kube|gnupg|docker|config\/gcloud)(?:\/|$)/, true, "credentials from a home directory"],
  [/^(?:~|\/home)\/?$|^\/home\/[^/]+\/?$|^~\/?$/, false, "a whole home directory"]
];
var sensitive_host_mount_default = defineDeployRule({
  id: "deploy.sensitive_host_mount",
  severity: "warn",
  title: "Sensitive host path mounted",
  description: "A bind mount or hostPath exposes a sensitive host path (/, /etc, /root, /proc, /var/run, ~/.ssh, ~/.aws, ~/.kube\u2026) to a container that runs agents.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (!w.runsOpenclaw) continue;
      for (const m of w.mounts) {
        if (m.kind !== "bind" && m.kind !== "hostPath" || !m.source || SOCKET2.test(m.source)) continue;
        const src = m.source.replace(/^\$\{?HOME\}?/, "~").replace(/\/+$/, "") || "/";
        const hit = SENSITIVE.find(([re]) => re.test(src));
        if (!hit) continue;
        const critical = hit[1] && !m.readOnly;
        report({
          loc: m.loc,
          severity: critical ? "critical" : "warn",
          message: `${describe(w)} mounts ${hit[2]} (${src}) at ${m.target}${m.readOnly ? " read-only" : ""}; an agent with file tools reads${m.readOnly ? "" : " and changes"} it.`,
          fix: "Mount only the directories OpenClaw needs (its state directory and workspace), read-only where possible."
        });
      }
    }
  }
});

// src/deploy/rules/sidecar-published-all-interfaces.ts
var REACHABLE = /* @__PURE__ */ new Set([
  "published-port",
  "host-port",
  "host-network",
  "service-loadbalancer",
  "service-nodeport"
]);
var sidecar_published_all_interfaces_default = defineDeployRule({
  id: "deploy.sidecar_published_all_interfaces",
  severity: "warn",
  title: "Unauthenticated sidecar reachable on all interfaces",
  description: "A service that runs beside the OpenClaw gateway and has no auth unless the deployment turns it on (Ollama, browserless or another Chrome DevTools endpoint, Redis without a password, Qdrant or Chroma without an API key) is published on all host interfaces (or hostNetwork/hostPort, a LoadBalancer/NodePort Service). The gateway reaches it over the container network; publishing it lets anyone on the network use it directly.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      const service = sidecarService(w);
      if (!service) continue;
      const env = new Map(w.env.map((e) => [e.name, e.value]));
      if (service.authenticated(w, env)) continue;
      const port = service.port(env);
      for (const e of w.exposures) {
        if (!REACHABLE.has(e.kind) || e.authInFront) continue;
        if (e.ports && (port < e.ports[0] || port > e.ports[1])) continue;
        report({
          loc: e.loc,
          message: `${describe(w)} runs ${service.what}, which has no auth here, and its port ${port} is ${e.what}: anyone who reaches it can ${service.power}, without going through the OpenClaw gateway.`,
          fix: e.kind === "published-port" ? `Drop the ports entry (the gateway reaches the service by its service name on the compose network) or publish on loopback only ("127.0.0.1:${port}:${port}"); turn on the service's own auth if it must be reachable.` : "Keep the service on the cluster network (ClusterIP, no hostPort/hostNetwork) and turn on the service's own auth if it must be reachable."
        });
      }
    }
  }
});

// src/deploy/rules/state-ephemeral.ts
var state_ephemeral_default = defineDeployRule({
  id: "deploy.state_ephemeral",
  severity: "warn",
  title: "State directory on an ephemeral or shared volume",
  description: "The gateway's state directory (OPENCLAW_STATE_DIR, default ~/.openclaw: config, sessions, OAuth tokens, the gateway lock) is not on a persistent volume (container layer, emptyDir, tmpfs, /tmp, a Render service without a disk) or is on a volume shared by several pods.",
  check(ctx, report) {
    for (const run of ctx.runs) {
      const w = run.workload;
      if (!run.stateDir || w.platform === "systemd" || w.platform === "dockerfile") continue;
      const dir = run.stateDir.path;
      let cover;
      for (const m of w.mounts)
        if (posixUnder(dir, m.target) !== void 0 && !m.subPath && (!cover || m.target.length > cover.target.length))
          cover = m;
      const where2 = run.stateDir.loc ?? w.loc;
      const name = describe(w);
      if (!cover && w.mounts.some((m) => m.kind === "tmpfs" && posixUnder(m.target, dir))) continue;
      if (!cover) {
        const lost = w.platform === "render" ? "on every deploy" : w.platform === "kubernetes" ? "whenever the pod is rescheduled" : w.platform === "fly" ? "when the machine is replaced" : "when the container is re-created";
        report({
          loc: where2,
          message: `The state directory ${dir} of ${name} is not on a volume: sessions, channel logins and the gateway token are lost ${lost}${dir.startsWith("/tmp") ? " (and /tmp is scratch space)" : ""}.`,
          fix: `Mount a persistent volume at ${dir} (${w.platform === "kubernetes" ? "a PersistentVolumeClaim" : w.platform === "render" ? "a disk" : w.platform === "fly" ? "[mounts] with a Fly volume" : "a named volume or bind mount"}).`
        });
        continue;
      }
      if (cover.kind === "emptyDir" || cover.kind === "tmpfs") {
        report({
          loc: cover.loc,
          message: `The state directory ${dir} of ${name} is on ${cover.kind === "emptyDir" ? "an emptyDir" : "a tmpfs"} volume, which is wiped with the ${cover.kind === "emptyDir" ? "pod" : "container"}: sessions, channel logins and tokens do not survive a restart.`,
          fix: `Use a persistent volume for ${dir}.`
        });
        continue;
      }
      const claim = cover.kind === "pvc" ? cover.source : void 0;
      const shared = cover.shared || claim !== void 0 && ctx.files.some((f) => f.k8s?.sharedClaims.has(claim)) && !soleWriter(
        ctx.files.flatMap((f) => f.k8s?.pods ?? []),
        w,
        claim
      );
      if (shared) {
        report({
          loc: cover.loc,
          message: `The state directory ${dir} of ${name} is on a volume that several pods can mount at once (ReadWriteMany/NFS); two gateways on one state directory corrupt its SQLite stores and fight over the gateway lock.`,
          fix: "Give each gateway its own ReadWriteOnce volume (StatefulSet volumeClaimTemplates) and run one replica."
        });
      }
    }
  }
});
function soleWriter(pods, w, claim) {
  const own = pods.find((p) => p.workloads.includes(w));
  if (!own?.oneAtATime) return false;
  const mounts = (p) => p.workloads.some((x) => x.mounts.some((m) => m.kind === "pvc" && m.source === claim));
  return pods.every((p) => p === own || p.namespace !== own.namespace || !mounts(p));
}

// src/deploy/rules/systemd-root.ts
var systemd_root_default = defineDeployRule({
  id: "deploy.systemd_root",
  severity: "warn",
  title: "systemd unit runs the gateway as root",
  description: "A system unit that runs OpenClaw has no User= (or User=root), so the gateway and every agent tool run as root; the docs call this unsupported.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (w.platform !== "systemd" || !w.isGateway || !w.systemUnit) continue;
      const user = w.user?.value.trim();
      if (user && user !== "root" && user !== "0") continue;
      report({
        loc: w.user?.loc ?? w.loc,
        message: user ? `${describe(w)} sets User=${user}: the gateway and every agent tool run as root.` : `${describe(w)} is a system unit without User=, so the gateway and every agent tool run as root.`,
        fix: "Add User=<an unprivileged account> to [Service] (and keep the state directory owned by that account), or install it as a user unit (openclaw gateway install)."
      });
    }
  }
});

// src/deploy/rules/index.ts
var DEPLOY_RULES = [
  allow_unconfigured_exposed_default,
  dangerous_capability_default,
  docker_socket_default,
  gateway_exposed_default,
  host_namespace_default,
  literal_secret_default,
  not_read_default,
  not_rendered_default,
  parse_error_default,
  placeholder_token_default,
  pod_hardening_default,
  privileged_default,
  render_error_default,
  render_placeholder_default,
  sensitive_host_mount_default,
  sidecar_published_all_interfaces_default,
  state_ephemeral_default,
  systemd_root_default
];

// src/fix/apply.ts
function clashes(a, b) {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
function sameEdit(a, b) {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}
function applyEdits(text2, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text2;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

// src/fix/text.ts
function eolOf(text2) {
  const m = /\r\n|\n|\r/.exec(text2);
  return m ? m[0] : "\n";
}
function lineStartAt(file, offset) {
  return file.lineStarts[file.positionAt(offset).line - 1];
}
function lineEndAt(file, offset) {
  const next = file.lineStarts[file.positionAt(offset).line];
  if (next === void 0) return file.text.length;
  const t = file.text;
  return t[next - 2] === "\r" && t[next - 1] === "\n" ? next - 2 : next - 1;
}
function indentAt(file, offset) {
  const start = lineStartAt(file, offset);
  return /^[ \t]*/.exec(file.text.slice(start))[0];
}
function firstOnLine(file, offset) {
  return /^[ \t]*$/.test(file.text.slice(lineStartAt(file, offset), offset));
}
function widenToLines(file, start, end) {
  const ls = lineStartAt(file, start);
  const le = lineEndAt(file, end);
  const t = file.text;
  if (!/^[ \t]*$/.test(t.slice(ls, start)) || !/^[ \t]*$/.test(t.slice(end, le))) return [start, end];
  const brk = t[le] === "\r" && t[le + 1] === "\n" ? 2 : le < t.length ? 1 : 0;
  return [ls, le + brk];
}
function commentText(note) {
  return note.replace(/[\r\n]+/g, " ").replace(/\*\//g, "* /");
}

// src/fix/suggest.ts
function suggestionFor(f, fix, files) {
  const file = files.find((x) => x.path === f.file);
  if (!file || fix.edits.some((e) => e.file !== f.file)) return void 0;
  const from = file.lineStarts[f.startLine - 1];
  if (from === void 0) return void 0;
  const to = lineEndAt(file, file.lineStarts[f.endLine - 1] ?? file.text.length);
  if (fix.edits.some((e) => e.start < from || e.end > to)) return void 0;
  const text2 = applyEdits(
    file.text.slice(from, to),
    fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from }))
  );
  return text2.trim() ? text2.replace(/\r\n?/g, "\n") : void 0;
}

// src/fix/json5-edit.ts
var IDENT2 = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
var cache = /* @__PURE__ */ new WeakMap();
function tokensOf(file) {
  let toks = cache.get(file);
  if (toks === void 0) {
    try {
      toks = tokenize(file.text, { mode: "json5", ranges: true }).map((t) => ({
        type: t.type,
        start: t.range[0],
        end: t.range[1]
      }));
    } catch {
      toks = null;
    }
    cache.set(file, toks);
  }
  return toks ?? void 0;
}
var isComment = (t) => t.type === "LineComment" || t.type === "BlockComment";
function indexWhere(toks, offset, edge) {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (toks[mid][edge] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return toks[lo]?.[edge] === offset ? lo : -1;
}
var indexAt = (toks, offset) => indexWhere(toks, offset, "start");
var indexEnding = (toks, offset) => indexWhere(toks, offset, "end");
function nextCode(toks, i) {
  for (let j = i + 1; j < toks.length; j++) if (!isComment(toks[j])) return j;
  return -1;
}
function prevCode(toks, i) {
  for (let j = i - 1; j >= 0; j--) if (!isComment(toks[j])) return j;
  return -1;
}
function json5String(value, like) {
  const q = like.startsWith("'") ? "'" : '"';
  const body = JSON.stringify(value).slice(1, -1);
  return q === '"' ? `"${body}"` : `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
function json5Scalar(value, like) {
  return typeof value === "string" ? json5String(value, like) : String(value);
}
function json5Key(key3, like) {
  if (!like.startsWith('"') && !like.startsWith("'") && IDENT2.test(key3)) return key3;
  return json5String(key3, like.startsWith("'") ? "'" : '"');
}
function json5HasComment(file, range) {
  const toks = tokensOf(file);
  if (!toks) return void 0;
  return toks.some((t) => isComment(t) && t.start >= range[0] && t.end <= range[1]);
}
function json5Set(file, range, value) {
  const toks = tokensOf(file);
  const i = toks ? indexAt(toks, range[0]) : -1;
  if (i < 0 || toks[i].end !== range[1]) return void 0;
  return [{ start: range[0], end: range[1], text: json5Scalar(value, file.text.slice(range[0], range[1])) }];
}
function json5RenameKey(file, keyRange, key3) {
  const toks = tokensOf(file);
  if (!toks || indexAt(toks, keyRange[0]) < 0) return void 0;
  return [{ start: keyRange[0], end: keyRange[1], text: json5Key(key3, file.text.slice(keyRange[0], keyRange[1])) }];
}
function json5Remove(file, start, end, note) {
  const toks = tokensOf(file);
  if (!toks) return void 0;
  const first = indexAt(toks, start);
  const last = indexEnding(toks, end);
  if (first < 0 || last < 0) return void 0;
  const t = file.text;
  const next = nextCode(toks, last);
  const prev = prevCode(toks, first);
  const dels = [];
  if (next >= 0 && toks[next].type === "Comma") {
    const comma = toks[next];
    let to = comma.end;
    const ws = /^[ \t]*/.exec(t.slice(to))[0];
    const after = t[to + ws.length];
    if (after !== void 0 && after !== "\n" && after !== "\r" && !t.startsWith("//", to + ws.length)) to += ws.length;
    if (next === last + 1) dels.push([start, to]);
    else dels.push([start, end], [comma.start, to]);
  } else if (prev >= 0 && toks[prev].type === "Comma") {
    const comma = toks[prev];
    if (prev === first - 1 && !(note && firstOnLine(file, start))) dels.push([comma.start, end]);
    else dels.push([comma.start, comma.end], [start, end]);
  } else dels.push([start, end]);
  const edits = dels.map(([s, e]) => {
    const [ws, we] = widenToLines(file, s, e);
    const tail = ws === s && firstOnLine(file, s) ? /^[ \t]*/.exec(t.slice(we))[0].length : 0;
    return { start: ws, end: we + tail, text: "" };
  });
  if (note) {
    const line = lineStartAt(file, start);
    const text2 = `${indentAt(file, start)}// ${commentText(note)}${eolOf(t)}`;
    const whole = edits.find((e) => e.start === line && e.end > start);
    if (whole) whole.text = text2;
    else edits.push({ start: line, end: line, text: text2 });
  }
  return edits;
}
function json5InsertMember(file, objRange, key3, valueText, fromIndent) {
  const toks = tokensOf(file);
  if (!toks) return void 0;
  const open = indexAt(toks, objRange[0]);
  const close = indexEnding(toks, objRange[1]);
  if (open < 0 || close < 0 || toks[open].type !== "LBrace" || toks[close].type !== "RBrace") return void 0;
  const t = file.text;
  const firstKey = nextCode(toks, open);
  const last = prevCode(toks, close);
  const brace = toks[close];
  if (last === open) {
    const k2 = json5Key(key3, "");
    return [{ start: toks[open].end, end: brace.start, text: ` ${k2}: ${valueText} ` }];
  }
  const keyTok = toks[firstKey];
  const k = json5Key(key3, t.slice(keyTok.start, keyTok.end));
  const trailing = toks[last].type === "Comma";
  const multiline = file.positionAt(keyTok.start).line !== file.positionAt(brace.start).line;
  if (multiline && firstOnLine(file, brace.start) && firstOnLine(file, keyTok.start)) {
    const indent2 = indentAt(file, keyTok.start);
    const eol = eolOf(t);
    const at3 = lineStartAt(file, brace.start);
    const text2 = fromIndent === void 0 ? valueText : reindent(valueText, fromIndent, indent2);
    const member2 = { start: at3, end: at3, text: `${indent2}${k}: ${text2}${trailing ? "," : ""}${eol}` };
    return trailing ? [member2] : [{ start: toks[last].end, end: toks[last].end, text: "," }, member2];
  }
  const at2 = toks[last].end;
  return [{ start: at2, end: at2, text: trailing ? ` ${k}: ${valueText},` : `, ${k}: ${valueText}` }];
}
function reindent(text2, from, to) {
  return text2.replace(
    /(\r?\n)([ \t]*)/g,
    (m, eol, ws) => ws.startsWith(from) ? `${eol}${to}${ws.slice(from.length)}` : m
  );
}

// src/fix/yaml-edit.ts
var PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
var RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlString(value, like) {
  if (like.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (like.startsWith('"') || !PLAIN.test(value) || RESERVED.test(value)) return JSON.stringify(value);
  return value;
}
function yamlScalar(value, like) {
  return typeof value === "string" ? yamlString(value, like) : String(value);
}
function yamlSet(file, range, value) {
  const like = file.text.slice(range[0], range[1]);
  if (/^[|>]/.test(like) || /[\r\n]/.test(like)) return void 0;
  return [{ start: range[0], end: range[1], text: yamlScalar(value, like) }];
}
function yamlRenameKey(file, keyRange, key3) {
  return yamlSet(file, keyRange, key3);
}
function flowRemove(file, start, end) {
  const t = file.text;
  const after = /^[ \t]*,[ \t]*/.exec(t.slice(end));
  if (after) return [{ start, end: end + after[0].length, text: "" }];
  const before = /,[ \t]*$/.exec(t.slice(lineStartAt(file, start), start));
  if (before) return [{ start: start - before[0].length, end, text: "" }];
  return void 0;
}
function yamlRemove(file, start, end, note) {
  const t = file.text;
  const prefix = t.slice(lineStartAt(file, start), start);
  const blockItem = /^[ \t]*-[ \t]+$/.test(prefix);
  if (!blockItem && !firstOnLine(file, start)) return flowRemove(file, start, end);
  const ls = lineStartAt(file, start);
  const le = lineEndAt(file, Math.max(start, end - 1));
  const [s, e] = widenToLines(file, ls, le);
  if (s !== ls) return void 0;
  const text2 = note ? `${indentAt(file, start)}# ${commentText(note)}${eolOf(t)}` : "";
  return [{ start: s, end: e, text: text2 }];
}
var isList = (v) => Array.isArray(v);
var isMapping = (v) => typeof v === "object" && !Array.isArray(v);
function flowValue(v) {
  if (isList(v)) return `[${v.map((x) => yamlScalar(x, "")).join(", ")}]`;
  if (isMapping(v))
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flowValue(x)}`).join(", ")} }`;
  return yamlScalar(v, "");
}
function blockLines(entries, indent2, step) {
  return entries.flatMap(([k, v]) => {
    if (isList(v)) return [`${indent2}${k}:`, ...v.map((x) => `${indent2}${step}- ${yamlScalar(x, "")}`)];
    if (isMapping(v)) return [`${indent2}${k}:`, ...blockLines(Object.entries(v), indent2 + step, step)];
    return [`${indent2}${k}: ${yamlScalar(v, "")}`];
  });
}
function yamlIndentStep(file) {
  const m = /^([ ]*)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*\1([ ]+)[^\s#]/m.exec(file.text);
  return m ? m[2] : "  ";
}
function yamlInsertMembers(file, obj2, entries, ownerKey) {
  if (!entries.length || entries.some(([k]) => obj2.members.has(k) || !PLAIN.test(k))) return void 0;
  const t = file.text;
  const eol = eolOf(t);
  const step = yamlIndentStep(file);
  const [s, e] = obj2.range;
  if (t[s] === "{") {
    if (t[e - 1] !== "}") return void 0;
    if (!obj2.members.size) {
      if (!ownerKey || file.positionAt(ownerKey[0]).line !== file.positionAt(s).line) return void 0;
      const indent3 = " ".repeat(file.positionAt(ownerKey[0]).column - 1) + step;
      const end = lineEndAt(file, e);
      if (!/^[ \t]*(?:#.*)?$/.test(t.slice(e, end))) return void 0;
      const start = /[ \t]*$/.exec(t.slice(0, s)).index;
      return [
        { start, end: e, text: "" },
        { start: end, end, text: eol + blockLines(entries, indent3, step).join(eol) }
      ];
    }
    const close = /[ \t]*\}$/.exec(t.slice(s, e)).index + s;
    const text2 = entries.map(([k, v]) => `, ${k}: ${flowValue(v)}`).join("");
    return [{ start: close, end: close, text: t[close - 1] === "," ? text2.slice(1) : text2 }];
  }
  const members = [...obj2.members.values()];
  const first = members[0];
  if (!first) return void 0;
  const last = members.reduce((a, b) => b.value.range[1] > a.value.range[1] ? b : a);
  const at2 = lineEndAt(file, Math.max(last.keyRange[0], last.value.range[1] - 1));
  const column = file.positionAt(first.keyRange[0]).column;
  if (members.some((m) => file.positionAt(m.keyRange[0]).column !== column)) return void 0;
  const indent2 = " ".repeat(column - 1);
  return [{ start: at2, end: at2, text: eol + blockLines(entries, indent2, step).join(eol) }];
}

// src/fix/plan.ts
function isYamlFile(file) {
  return /\.ya?ml$/i.test(file.path);
}
function tie(file, edits) {
  return edits?.map((e) => {
    const s = file.positionAt(e.start);
    const t = file.positionAt(e.end);
    return {
      file: file.path,
      ...e,
      startLine: s.line,
      startColumn: s.column,
      endLine: t.line,
      endColumn: t.column
    };
  });
}
function locate(tree, path9) {
  if (!path9.length) return void 0;
  const r = walk2(tree, path9);
  if (r.depth !== path9.length) return void 0;
  const parent = walk2(tree, path9.slice(0, -1)).node;
  return { node: r.node, parent, ...parent.kind === "object" ? { member: r.member } : {} };
}
function removalRange(l) {
  if (l.parent.kind === "object") {
    if (!l.member || l.member.file !== l.node.file) return void 0;
    return [l.member.keyRange[0], l.node.range[1]];
  }
  return [l.node.range[0], l.node.range[1]];
}
function planRemove(tree, path9, note) {
  const l = locate(tree, path9);
  const range = l && removalRange(l);
  if (!l || !range) return void 0;
  const file = l.node.file;
  return tie(file, (isYamlFile(file) ? yamlRemove : json5Remove)(file, range[0], range[1], note));
}
function planSet(tree, path9, value) {
  const l = locate(tree, path9);
  if (!l || l.node.kind !== "scalar" || l.node.authored !== void 0) return void 0;
  const file = l.node.file;
  return tie(file, (isYamlFile(file) ? yamlSet : json5Set)(file, l.node.range, value));
}
function samePath(a, b) {
  return a.length === b.length && a.every((s, i) => String(s) === String(b[i]));
}
function nestText(keys, valueText, keyLike) {
  return keys.reduceRight((inner, k) => `{ ${json5Key(String(k), keyLike)}: ${inner} }`, valueText);
}
function planMove(tree, from, to, carry) {
  if (carry && !samePath(carry, from.slice(0, carry.length))) return void 0;
  const value = locate(tree, from);
  const src = carry ? locate(tree, carry) : value;
  if (!value || !src?.member || src.parent.kind !== "object" || src.member.file !== src.node.file) return void 0;
  const found = walk2(tree, to);
  if (found.depth === to.length) return void 0;
  const target = found.node;
  if (target.kind !== "object") return void 0;
  const rest = to.slice(found.depth);
  const file = src.node.file;
  const yaml = isYamlFile(file);
  const { keyRange } = src.member;
  const keyLike = file.text.slice(keyRange[0], keyRange[1]);
  if (!carry && samePath(from.slice(0, -1), to.slice(0, found.depth))) {
    const rename = (yaml ? yamlRenameKey : json5RenameKey)(file, keyRange, String(rest[0]));
    if (!rename) return void 0;
    if (rest.length === 1) return tie(file, rename);
    if (yaml) return void 0;
    const open = rest.slice(1).map((k) => `{ ${json5Key(String(k), keyLike)}: `).join("");
    const close = " }".repeat(rest.length - 1);
    return tie(file, [
      ...rename,
      { start: src.node.range[0], end: src.node.range[0], text: open },
      { start: src.node.range[1], end: src.node.range[1], text: close }
    ]);
  }
  if (carry && samePath(carry, to.slice(0, carry.length))) return void 0;
  if (yaml || isYamlFile(target.file) || value.node.file !== file) return void 0;
  const removed = json5Remove(file, keyRange[0], src.node.range[1]);
  const valueText = file.text.slice(value.node.range[0], value.node.range[1]);
  const inserted = json5InsertMember(
    target.file,
    target.range,
    String(rest[0]),
    nestText(rest.slice(1), valueText, keyLike),
    indentAt(file, keyRange[0])
  );
  if (!removed || !inserted) return void 0;
  return [...tie(file, removed), ...tie(target.file, inserted)];
}
function planHoist(tree, path9, rename) {
  const l = locate(tree, path9);
  if (!l?.member || l.node.kind !== "object" || l.parent.kind !== "object") return void 0;
  const file = l.node.file;
  if (isYamlFile(file) || l.member.file !== file) return void 0;
  const span = [l.member.keyRange[0], l.node.range[1]];
  if (json5HasComment(file, span) !== false) return void 0;
  const own = String(path9[path9.length - 1]);
  const parts = [];
  for (const [k, m] of l.node.members) {
    const to = rename[k];
    if (!to || m.file !== file || m.value.file !== file) return void 0;
    if (to !== own && l.parent.members.has(to)) return void 0;
    const keyLike = file.text.slice(l.member.keyRange[0], l.member.keyRange[1]);
    parts.push(`${json5Key(to, keyLike)}: ${file.text.slice(m.value.range[0], m.value.range[1])}`);
  }
  if (!parts.length) return tie(file, json5Remove(file, span[0], span[1]));
  const multiline = file.positionAt(span[0]).line !== file.positionAt(span[1]).line;
  const sep = multiline ? `,${eolOf(file.text)}${indentAt(file, span[0])}` : ", ";
  return tie(file, [{ start: span[0], end: span[1], text: parts.join(sep) }]);
}
function singleLineScalar(node, member2) {
  const { file } = node;
  const [s, e] = node.range;
  const like = file.text.slice(s, e);
  if (/[\r\n]/.test(like) || /^[|>]/.test(like)) return void 0;
  const keyLike = file.text.slice(member2.keyRange[0], member2.keyRange[1]);
  return { file, s, e, like, keyLike, yaml: isYamlFile(file) };
}
function planWrap(tree, path9, key3, value) {
  const l = locate(tree, path9);
  if (!l?.member || l.node.kind !== "scalar" || l.node.authored !== void 0) return void 0;
  const site = singleLineScalar(l.node, l.member);
  if (!site) return void 0;
  const { file, s, e, like, keyLike, yaml } = site;
  const inner = value === void 0 ? like : yaml ? yamlScalar(value, like) : json5Scalar(value, like);
  const k = yaml ? key3 : json5Key(key3, keyLike);
  return tie(file, [{ start: s, end: e, text: `{ ${k}: ${inner} }` }]);
}
function planAdd(tree, path9, value) {
  if (!path9.length) return void 0;
  const parent = walk2(tree, path9.slice(0, -1));
  if (parent.depth !== path9.length - 1 || parent.node.kind !== "object") return void 0;
  const key3 = String(path9[path9.length - 1]);
  if (parent.node.members.has(key3)) return void 0;
  const file = parent.node.file;
  if (isYamlFile(file)) return void 0;
  return tie(file, json5InsertMember(file, parent.node.range, key3, json5Scalar(value, '"')));
}
var WHOLE_REFERENCE = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;
function planSecretRef(tree, path9, id) {
  const l = locate(tree, path9);
  if (!l?.member || l.node.kind !== "scalar" || typeof l.node.value !== "string") return void 0;
  if (l.node.authored !== void 0 && WHOLE_REFERENCE.exec(l.node.authored)?.[1] !== id) return void 0;
  const site = singleLineScalar(l.node, l.member);
  if (!site) return void 0;
  const { file, s, e, like, keyLike, yaml } = site;
  const fields = { source: "env", provider: "default", id };
  const body = Object.entries(fields).map(([k, v]) => yaml ? `${k}: ${yamlScalar(v, like)}` : `${json5Key(k, keyLike)}: ${json5Scalar(v, like)}`).join(", ");
  return tie(file, [{ start: s, end: e, text: `{ ${body} }` }]);
}
function planOp(tree, op) {
  switch (op.op) {
    case "set":
      return planSet(tree, op.path, op.value);
    case "remove":
      return planRemove(tree, op.path, op.note);
    case "move":
      return planMove(tree, op.from, op.to, op.carry);
    case "hoist":
      return planHoist(tree, op.path, op.rename);
    case "wrap":
      return planWrap(tree, op.path, op.key, op.value);
    case "add":
      return planAdd(tree, op.path, op.value);
    case "secretRef":
      return planSecretRef(tree, op.path, op.id);
  }
}
function planOps(tree, ops) {
  const out = [];
  for (const op of ops) {
    const edits = planOp(tree, op);
    if (!edits) return void 0;
    out.push(...edits);
  }
  return out;
}
function supplied(op) {
  if (op.op === "secretRef") return { name: op.id, path: op.path };
  const m = op.op === "set" && typeof op.value === "string" ? WHOLE_REFERENCE.exec(op.value) : null;
  return m && op.op === "set" ? { name: m[1], path: op.path } : void 0;
}
function describeOp(op) {
  switch (op.op) {
    case "set": {
      const ref = supplied(op);
      const to = `set ${formatPath(op.path)} to ${JSON.stringify(op.value)}`;
      return ref ? `${to} (supply ${ref.name} where the gateway starts, outside the repository)` : to;
    }
    case "remove":
      return `remove ${formatPath(op.path)}`;
    case "move":
      return `move ${formatPath(op.from)} to ${formatPath(op.to)}`;
    case "hoist":
      return `replace ${formatPath(op.path)} by ${Object.entries(op.rename).map(([k, v]) => `${k} \u2192 ${formatPath([...op.path.slice(0, -1), v])}`).join(", ")}`;
    case "wrap":
      return `move ${formatPath(op.path)} to ${formatPath([...op.path, op.key])}${op.value === void 0 ? "" : ` as ${JSON.stringify(op.value)}`}`;
    case "add":
      return `add ${formatPath(op.path)}: ${JSON.stringify(op.value)}`;
    case "secretRef":
      return `replace ${formatPath(op.path)} by the SecretRef { source: "env", provider: "default", id: ${JSON.stringify(op.id)} } (supply ${op.id} where the gateway starts, outside the repository)`;
  }
}
function setOp(path9, value) {
  return { op: "set", path: path9, value };
}
function planAutofix(tree, ops, type, fallback) {
  const edits = mergeEdits(planOps(tree, ops));
  const alt = fallback && planAutofix(tree, fallback, type);
  if (!edits?.length) return alt;
  const supplies = ops.map(supplied).filter((s) => s !== void 0);
  return {
    type,
    description: ops.map(describeOp).join("; "),
    edits,
    ...alt ? { fallback: alt } : {},
    ...supplies.length ? { supplies } : {}
  };
}
function mergeEdits(edits) {
  if (!edits) return void 0;
  const sorted = [...edits].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start);
  const out = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.file === e.file && e.start < last.end) {
      if (last.text || e.text) return void 0;
      if (e.end > last.end) Object.assign(last, { end: e.end, endLine: e.endLine, endColumn: e.endColumn });
    } else if (last && last.file === e.file && e.start === e.end && last.start === last.end && e.start === last.start) {
      return void 0;
    } else out.push({ ...e });
  }
  return out;
}

// src/parsers/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_ALIASES = 100;
var MAX_YAML_EXPANDED_NODES = 1e5;
var MAX_YAML_FLOW_DEPTH = 500;
function parseYaml(file) {
  const { text: text2, refused } = blankDeepFlowDocuments(file.text);
  const docs = (0, import_yaml.parseAllDocuments)(text2, {
    lineCounter: new import_yaml.LineCounter(),
    uniqueKeys: false,
    prettyErrors: false,
    strict: true
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const result = list.map((doc) => {
    const problems = [
      ...doc.errors.map((e) => ({ message: e.message.split("\n")[0], offset: e.pos[0], severity: "error" })),
      ...doc.warnings.map((e) => ({
        message: e.message.split("\n")[0],
        offset: e.pos[0],
        severity: "warning"
      }))
    ];
    const converter = new DocumentConverter(file, doc, problems);
    const root = doc.contents ? converter.convert(doc.contents, 0, 0) : void 0;
    return { root, problems };
  });
  for (const r of refused) result.push({ problems: [r] });
  return result;
}
function blankDeepFlowDocuments(source) {
  const refused = [];
  let text2 = source;
  const bounds = [0, ...[...text2.matchAll(/^---[ \t]*(?:#.*)?$/gm)].map((m) => m.index + m[0].length), text2.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const { depth, offset } = bracketDepth(text2.slice(from, to));
    if (depth <= MAX_YAML_FLOW_DEPTH) continue;
    refused.push({
      message: `flow collections nested ${depth} levels deep; more than ${MAX_YAML_FLOW_DEPTH} is refused`,
      offset: from + offset,
      severity: "error"
    });
    text2 = text2.slice(0, from) + text2.slice(from, to).replace(/[^\r\n]/g, " ") + text2.slice(to);
  }
  return { text: text2, refused };
}
var DocumentConverter = class {
  constructor(file, doc, problems) {
    this.file = file;
    this.doc = doc;
    this.problems = problems;
  }
  file;
  doc;
  problems;
  aliases = 0;
  expanded = 0;
  inAlias = 0;
  aliasAt = 0;
  overBudget = false;
  convert(node, fallback, depth) {
    const file = this.file;
    const range = node?.range ? [node.range[0], node.range[1]] : [fallback, fallback];
    if (!node) return { kind: "scalar", file, range, value: null };
    if (this.inAlias && ++this.expanded > MAX_YAML_EXPANDED_NODES) {
      if (!this.overBudget)
        this.problems.push({
          message: `aliases expand to more than ${MAX_YAML_EXPANDED_NODES} nodes; the rest are not expanded`,
          offset: this.aliasAt,
          severity: "error"
        });
      this.overBudget = true;
      return { kind: "scalar", file, range, value: null };
    }
    if (depth > 500) {
      this.problems.push({
        message: "nesting deeper than 500 levels is not read",
        offset: range[0],
        severity: "error"
      });
      return { kind: "scalar", file, range, value: null };
    }
    if ((0, import_yaml.isAlias)(node)) return this.alias(node, range, depth);
    if ((0, import_yaml.isMap)(node)) return this.map(node, range, depth);
    if ((0, import_yaml.isSeq)(node)) {
      return {
        kind: "array",
        file,
        range,
        items: node.items.map((item) => this.convert(item, range[0], depth + 1))
      };
    }
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
      return { kind: "scalar", file, range, value };
    }
    return { kind: "scalar", file, range, value: null };
  }
  /** An alias keeps its own position; its value is the anchor's, located at the alias. */
  alias(node, range, depth) {
    if (++this.aliases > MAX_YAML_ALIASES) {
      this.problems.push({
        message: `more than ${MAX_YAML_ALIASES} aliases; the rest are not expanded`,
        offset: range[0],
        severity: "error"
      });
      return { kind: "scalar", file: this.file, range, value: null };
    }
    const target = node.resolve(this.doc);
    if (this.inAlias++ === 0) this.aliasAt = range[0];
    try {
      const resolved = this.convert(target, range[0], depth + 1);
      return { ...resolved, range };
    } finally {
      this.inAlias--;
    }
  }
  /** A mapping: merge keys (`<<`) fill in keys not given explicitly; a repeated key is a warning. */
  map(node, range, depth) {
    const file = this.file;
    const members = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const keyNode = pair.key;
      const key3 = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : "";
      const keyRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : range;
      const value = this.convert(pair.value, keyRange[1], depth + 1);
      if (key3 === "<<" && (value.kind === "object" || value.kind === "array")) {
        const sources = value.kind === "object" ? [value] : value.items.filter((v) => v.kind === "object");
        for (const src of sources) for (const [k, m] of src.members) if (!members.has(k)) members.set(k, m);
        continue;
      }
      if (members.has(key3))
        this.problems.push({
          message: `duplicate key ${JSON.stringify(key3)}; the last value wins`,
          offset: keyRange[0],
          severity: "warning",
          duplicateKey: true
        });
      members.set(key3, { file, keyRange, value });
    }
    return { kind: "object", file, range, members };
  }
};

// src/fix/manifest/site.ts
var inside = (n, p) => n.range[0] >= p.range[0] && n.range[1] <= p.range[1];
function descend(node, offset, chain) {
  if (node.kind === "object") {
    for (const [key3, m] of node.members) {
      if (m.keyRange[0] < node.range[0] || m.keyRange[1] > node.range[1] || !inside(m.value, node)) continue;
      if (m.keyRange[0] === offset) return [...chain, { node: m.value, key: key3, member: m }];
      if (m.value.range[0] <= offset && offset < m.value.range[1])
        return descend(m.value, offset, [...chain, { node: m.value, key: key3, member: m }]);
    }
  } else if (node.kind === "array") {
    for (const [i, item] of node.items.entries()) {
      if (!inside(item, node) || item.range[0] > offset || offset >= item.range[1]) continue;
      return descend(item, offset, [...chain, { node: item, key: i }]);
    }
  }
  return node.range[0] === offset ? chain : void 0;
}
function chainAt(file, line, column) {
  const offset = file.offsetAt(line, column);
  for (const doc of parseYaml(file)) {
    if (doc.problems.some((p) => p.severity === "error")) return void 0;
    if (!doc.root || offset < doc.root.range[0] || offset >= Math.max(doc.root.range[1], doc.root.range[0] + 1))
      continue;
    return descend(doc.root, offset, [{ node: doc.root }]);
  }
  return void 0;
}
var keysOf = (chain) => chain.slice(1).map((s) => s.key);

// src/fix/manifest/compose-ports.ts
var LOOPBACK = "127.0.0.1";
var ALL_INTERFACES = /* @__PURE__ */ new Set(["0.0.0.0", "::", "[::]", "*"]);
function splitPort(text2) {
  const parts = [];
  let cur = "";
  let depth = 0;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (ch === "$" && text2[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    if (ch === ":" && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (depth) return void 0;
  parts.push(cur);
  return parts;
}
function loopbackPort(text2) {
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text2);
  const parts = v6 ? [`[${v6[1]}]`, ...splitPort(v6[2]) ?? []] : splitPort(text2);
  if (!parts || parts.length < 1 || parts.length > 3 || parts.some((p) => p === "" && parts.length !== 3))
    return void 0;
  if (parts.length === 1) return `${LOOPBACK}::${text2}`;
  if (parts.length === 2) return `${LOOPBACK}:${text2}`;
  if (!ALL_INTERFACES.has(parts[0])) return void 0;
  return [LOOPBACK, ...parts.slice(1)].join(":");
}
function planShort(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string" && typeof node.value !== "number") return void 0;
  const next = loopbackPort(String(node.value));
  const like = node.file.text.slice(node.range[0], node.range[1]);
  if (!next || /^[|>]/.test(like) || /[\r\n]/.test(like)) return void 0;
  const text2 = typeof node.value === "number" ? JSON.stringify(next) : yamlScalar(next, like);
  return [{ start: node.range[0], end: node.range[1], text: text2 }];
}
function planLong(node) {
  const host = node.members.get("host_ip");
  if (!host) return yamlInsertMembers(node.file, node, [["host_ip", LOOPBACK]]);
  if (host.value.kind !== "scalar" || !ALL_INTERFACES.has(String(host.value.value))) return void 0;
  return yamlSet(node.file, host.value.range, LOOPBACK);
}
function planComposePort(finding, file) {
  const chain = chainAt(file, finding.startLine, finding.startColumn);
  if (!chain) return void 0;
  const keys = keysOf(chain);
  if (keys[0] !== "services" || keys[2] !== "ports" || typeof keys[3] !== "number") return void 0;
  const item = chain[4].node;
  if (keys.length > 4 && (item.kind !== "object" || keys.length !== 5)) return void 0;
  const edits = item.kind === "object" ? planLong(item) : planShort(item);
  if (!edits?.length) return void 0;
  return {
    type: "security",
    description: `publish services.${String(keys[1])}.ports[${keys[3]}] on ${LOOPBACK} only`,
    edits: tie(file, edits)
  };
}

// src/fix/manifest/pod-hardening.ts
var OFFICIAL_IMAGE = /^(?:ghcr\.io\/)?openclaw\/openclaw(?:[:@]|$)/i;
var obj = (n) => n?.kind === "object" ? n : void 0;
var get = (n, key3) => obj(n)?.members.get(key3)?.value;
var scalar = (n) => n?.kind === "scalar" ? n.value : void 0;
function nonRootUser(...contexts) {
  for (const c of contexts) {
    const u = scalar(get(c, "runAsUser"));
    if (u !== void 0) return typeof u === "number" ? u > 0 : /^[1-9]\d*$/.test(String(u));
  }
  return false;
}
function containerEntries(container2, podSec) {
  const sec = get(container2, "securityContext");
  const out = [];
  const nonRoot = nonRootUser(sec, podSec);
  if (nonRoot && get(sec, "runAsNonRoot") === void 0 && get(podSec, "runAsNonRoot") === void 0)
    out.push(["runAsNonRoot", true]);
  if (get(sec, "allowPrivilegeEscalation") === void 0) out.push(["allowPrivilegeEscalation", false]);
  const image = scalar(get(container2, "image"));
  if (get(sec, "capabilities") === void 0 && (nonRoot || typeof image === "string" && OFFICIAL_IMAGE.test(image)))
    out.push(["capabilities", { drop: ["ALL"] }]);
  if (get(sec, "seccompProfile") === void 0 && get(podSec, "seccompProfile") === void 0)
    out.push(["seccompProfile", { type: "RuntimeDefault" }]);
  return out;
}
function insertInto(file, parent, key3, entries) {
  const m = parent.members.get(key3);
  if (!m) return yamlInsertMembers(file, parent, [[key3, Object.fromEntries(entries)]]);
  const target = obj(m.value);
  return target ? yamlInsertMembers(file, target, entries, m.keyRange) : void 0;
}
function planPodHardening(finding, file) {
  const chain = chainAt(file, finding.startLine, finding.startColumn);
  if (!chain || chain.length < 5) return void 0;
  const keys = keysOf(chain);
  const n = keys.length;
  if (!["securityContext", "name"].includes(String(keys[n - 1])) || typeof keys[n - 2] !== "number") return void 0;
  if (!["containers", "initContainers"].includes(String(keys[n - 3]))) return void 0;
  const container2 = obj(chain[chain.length - 2].node);
  const spec = obj(chain[chain.length - 4].node);
  if (!container2 || !spec) return void 0;
  const podSec = get(spec, "securityContext");
  const edits = [];
  const added = [];
  const entries = containerEntries(container2, podSec);
  if (entries.length) {
    const e = insertInto(file, container2, "securityContext", entries);
    if (!e) return void 0;
    edits.push(...e);
    added.push(...entries.map(([k]) => k));
  }
  const automount = spec.members.has("automountServiceAccountToken");
  const ownAccount = spec.members.has("serviceAccountName") || spec.members.has("serviceAccount");
  if (!automount && !ownAccount) {
    const e = yamlInsertMembers(file, spec, [["automountServiceAccountToken", false]]);
    if (!e) return void 0;
    edits.push(...e);
    added.push("automountServiceAccountToken");
  }
  if (!edits.length) return void 0;
  const where2 = keys.slice(0, n - 1).join(".");
  const sec = get(container2, "securityContext");
  const left = [
    ...scalar(get(sec, "readOnlyRootFilesystem")) === true ? [] : ["readOnlyRootFilesystem"],
    ...added.includes("runAsNonRoot") || get(sec, "runAsNonRoot") !== void 0 || get(podSec, "runAsNonRoot") !== void 0 ? [] : ["runAsNonRoot"]
  ];
  const own = added.filter((k) => k !== "automountServiceAccountToken");
  const parts = [
    ...own.length ? [`${own.join(", ")} to ${where2}`] : [],
    ...added.includes("automountServiceAccountToken") ? ["automountServiceAccountToken: false to its pod"] : []
  ];
  return {
    type: "security",
    description: `add ${parts.join(" and ")}${left.length ? ` (${left.join(" and ")} left to you: ${left.length > 1 ? "they depend" : "it depends"} on the image)` : ""}`,
    edits: tie(file, joinInserts(edits))
  };
}
function joinInserts(edits) {
  const out = [];
  for (const e of edits) {
    const same = out.find((o) => o.start === o.end && e.start === e.end && o.start === e.start);
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}

// src/fix/manifest/index.ts
var PORTS_DOC = '`clawlint lint --fix` publishes a compose port that is on all interfaces on 127.0.0.1 only (`"18789:18789"` \u2192 `"127.0.0.1:18789:18789"`, `host_ip: 127.0.0.1` in the long syntax), keeping the quotes and comments around it. A security fix (`--fix-type security`); applied only when the file still parses and the finding is gone. Kubernetes exposures (Services, hostPort, hostNetwork) are left to a person.';
var MANIFEST_FIXERS = [
  { ruleId: "deploy.gateway_exposed", type: "security", doc: PORTS_DOC, plan: planComposePort },
  {
    ruleId: "deploy.pod_hardening",
    type: "security",
    doc: "`clawlint lint --fix` adds to the container it names the settings of OpenClaw's manifest that cannot keep a gateway from starting: `allowPrivilegeEscalation: false`, `seccompProfile: RuntimeDefault`, `capabilities.drop: [ALL]` (official image or a non-root `runAsUser`), `runAsNonRoot: true` (with a non-zero `runAsUser`), and `automountServiceAccountToken: false` on a pod under the default service account; `readOnlyRootFilesystem` stays for a person. A key already written is never changed. A security fix (`--fix-type security`); applied only when the manifest still parses and the finding is narrowed, in plain manifests (not rendered Helm or Kustomize output).",
    plan: planPodHardening
  },
  { ruleId: "deploy.sidecar_published_all_interfaces", type: "security", doc: PORTS_DOC, plan: planComposePort }
];
var BY_RULE = new Map(MANIFEST_FIXERS.map((f) => [f.ruleId, f]));
function manifestFixer(ruleId) {
  return BY_RULE.get(ruleId);
}
function withManifestFix(f, file) {
  const fixer = manifestFixer(f.ruleId);
  const fix = fixer && file && !f.autofix ? fixer.plan(f, file) : void 0;
  if (!fix) return f;
  const suggestion = f.suggestion ?? suggestionFor(f, fix, [file]);
  return { ...f, autofix: fix, ...suggestion !== void 0 ? { suggestion } : {} };
}

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}

// src/rules/openclaw/browser/control-no-auth.ts
function configured(v) {
  return !!trimmed(v) || coerceSecretRef(v) !== void 0;
}
var control_no_auth_default = defineRule({
  id: "browser.control_no_auth",
  severity: "critical",
  title: "Browser control has no auth",
  description: "Browser control is enabled (the default) but no gateway token or password is configured, so any local process can drive the browser.",
  releases: [
    {
      from: "2026.2.26",
      note: "First in the audit of 2026.2.26 (2026.1.30 has no such check): browser control enabled (browser.enabled not false) and no gateway.auth token/password (config, SecretRef or OPENCLAW_GATEWAY_TOKEN/PASSWORD).",
      facts: { plain: true }
    },
    {
      from: "2026.4.29",
      note: "The check moved into the browser plugin's security collector; the plain audit of 2026.4.29 still loads plugin collectors."
    },
    {
      from: "2026.5.28",
      note: "Plugin security collectors load only with --deep: the plain CLI audit no longer reports it.",
      facts: { plain: false }
    }
  ],
  check(ctx, report, facts) {
    if (facts?.plain === false) return;
    const cfg = ctx.config;
    if (at(cfg, "browser", "enabled") === false) return;
    const mode = str(cfg, "gateway", "auth", "mode");
    const token = configured(at(cfg, "gateway", "auth", "token")) || !!envValue(ctx, "OPENCLAW_GATEWAY_TOKEN");
    const passwordCanWin = mode === "password" || mode !== "token" && mode !== "none" && mode !== "trusted-proxy" && !token;
    const literalPassword = !!trimmed(at(cfg, "gateway", "auth", "password"));
    const password = literalPassword || passwordCanWin && (!!envValue(ctx, "OPENCLAW_GATEWAY_PASSWORD") || configured(at(cfg, "gateway", "auth", "password")));
    if (token || password) return;
    report({
      path: ctx.has(["browser"]) ? ["browser"] : ctx.has(["gateway", "auth"]) ? ["gateway", "auth"] : [],
      message: "Browser control is enabled but no gateway.auth token or password is configured; any local process (or an SSRF to loopback) can call the browser control endpoints.",
      detail: "Browser control HTTP routes are enabled but no gateway.auth token/password is configured. Any local process (or SSRF to loopback) can call browser control endpoints.",
      fix: 'Set gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" (or gateway.auth.password), or browser.enabled: false.'
    });
  }
});

// src/rules/openclaw/browser/remote-cdp-http.ts
function isLoopbackHost(host) {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\./.test(h);
}
var remote_cdp_http_default = defineRule({
  id: "browser.remote_cdp_http",
  severity: "warn",
  title: "Remote CDP uses HTTP",
  description: "A browser profile drives a remote Chrome DevTools endpoint over plain http://.",
  releases: [
    {
      from: "2026.1.30",
      note: "A browser.profiles.<name>.cdpUrl with a non-loopback host and the http: scheme.",
      facts: { plain: true }
    },
    {
      from: "2026.4.29",
      note: "The check moved into the browser plugin's security collector; the plain audit of 2026.4.29 still loads plugin collectors."
    },
    {
      from: "2026.5.28",
      note: "Plugin security collectors load only with --deep: the plain CLI audit no longer reports it.",
      facts: { plain: false }
    }
  ],
  check(ctx, report, facts) {
    if (facts?.plain === false || at(ctx.config, "browser", "enabled") === false) return;
    for (const [name, profile] of Object.entries(rec(ctx.config, "browser", "profiles") ?? {})) {
      const raw = isRec(profile) ? profile.cdpUrl : void 0;
      if (typeof raw !== "string") continue;
      let url;
      try {
        url = new URL(raw.trim());
      } catch {
        continue;
      }
      if (url.protocol !== "http:" || isLoopbackHost(url.hostname)) continue;
      report({
        path: ["browser", "profiles", name, "cdpUrl"],
        at: "value",
        message: `Browser profile "${name}" drives a remote CDP endpoint over plain http (${url.host}); page contents and control traffic cross the network unencrypted.`,
        detail: `browser profile "${name}" uses http CDP (${url.protocol}//${url.host}); this is OK only if it's tailnet-only or behind an encrypted tunnel.`,
        fix: `Use an https:// (or tailnet-only) endpoint for browser.profiles.${name}.cdpUrl.`
      });
    }
  }
});

// src/rules/openclaw/channels/walk.ts
var NOT_CHANNELS = /* @__PURE__ */ new Set(["defaults", "modelByChannel"]);
function channelSections(cfg) {
  const out = [];
  const channels = rec(cfg, "channels");
  if (!channels) return out;
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v) || NOT_CHANNELS.has(id) || v.enabled === false) continue;
    out.push({ channel: id, section: v, path: ["channels", id], own: v });
    const accounts = rec(v, "accounts");
    if (!accounts) continue;
    const { accounts: _a, ...base2 } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec(av) || av.enabled === false) continue;
      out.push({
        channel: id,
        account: acct,
        section: { ...base2, ...av },
        path: ["channels", id, "accounts", acct],
        own: av
      });
    }
  }
  return out;
}
function dmPolicyOf(s) {
  const own = s.own;
  if (typeof own.dmPolicy === "string") return { policy: own.dmPolicy, path: [...s.path, "dmPolicy"], legacy: false };
  if (isRec(own.dm) && typeof own.dm.policy === "string")
    return { policy: own.dm.policy, path: [...s.path, "dm", "policy"], legacy: true };
  if (s.account) {
    const base2 = s.section;
    if (typeof base2.dmPolicy === "string")
      return { policy: base2.dmPolicy, path: ["channels", s.channel, "dmPolicy"], legacy: false };
    if (isRec(base2.dm) && typeof base2.dm.policy === "string")
      return { policy: base2.dm.policy, path: ["channels", s.channel, "dm", "policy"], legacy: true };
  }
  return void 0;
}
function label(s) {
  return s.account ? `channels.${s.channel}.accounts.${s.account}` : `channels.${s.channel}`;
}

// src/rules/openclaw/channels/allow-from-dangerous-name-matching-enabled.ts
var allow_from_dangerous_name_matching_enabled_default = defineRule({
  id: "channels.<provider>.allowFrom.dangerous_name_matching_enabled",
  severity: "info",
  title: "Channel dangerous name matching is enabled",
  description: "dangerouslyAllowNameMatching lets mutable display names/tags authorize senders.",
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.own.dangerouslyAllowNameMatching !== true) continue;
      report({
        ruleId: `channels.${s.channel}.allowFrom.dangerous_name_matching_enabled`,
        path: [...s.path, "dangerouslyAllowNameMatching"],
        message: `${label(s)}.dangerouslyAllowNameMatching is true: allowlist entries match changeable display names, so anyone can rename themselves into the allowlist.`,
        detail: "dangerouslyAllowNameMatching=true enables mutable aliases (changeable/shared labels, weak even when honestly set) for sender authorization.",
        fix: `Use stable sender ids in allowFrom and set ${label(s)}.dangerouslyAllowNameMatching: false.`
      });
    }
  }
});

// src/rules/openclaw/channels/dm-disabled.ts
var dm_disabled_default = defineRule({
  id: "channels.<provider>.dm.disabled",
  severity: "info",
  title: "Channel DMs are disabled",
  description: 'A channel (or account) has dmPolicy "disabled" (or legacy dm.policy "disabled"): inbound DMs are ignored.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== "disabled") continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === "accounts")) continue;
      report({
        ruleId: `channels.${s.channel}.dm.disabled`,
        path: dm.path,
        message: `${label(s)} ${dm.legacy ? "dm.policy" : "dmPolicy"} is "disabled": inbound ${s.channel} DMs are ignored (informational; the safest DM setting).`,
        detail: `${dm.path.join(".")}="disabled" ignores inbound DMs.`
      });
    }
  }
});

// src/rules/openclaw/channels/dm-locked.ts
var dm_locked_default = defineRule({
  id: "channels.<provider>.dm.locked",
  severity: "info",
  title: "Channel DMs are locked",
  description: 'dmPolicy "allowlist" with no allowFrom entries: the allowlist admits nobody, so every DM is blocked.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== "allowlist") continue;
      const raw = dm.legacy ? isRec(s.section.dm) ? s.section.dm.allowFrom : void 0 : s.section.allowFrom;
      const entries = (Array.isArray(raw) ? raw : []).map((v) => String(v).trim()).filter(Boolean);
      if (entries.length > 0) continue;
      const policyOnAccount = dm.path.length > 3 && dm.path[2] === "accounts";
      const allowFromOnAccount = s.account && (dm.legacy ? isRec(s.own.dm) && s.own.dm.allowFrom !== void 0 : s.own.allowFrom !== void 0);
      if (s.account && !policyOnAccount && !allowFromOnAccount) continue;
      const allowFromPath = allowFromOnAccount ? [...s.path, ...dm.legacy ? ["dm", "allowFrom"] : ["allowFrom"]] : [...dm.path.slice(0, -1), "allowFrom"];
      report({
        ruleId: `channels.${s.channel}.dm.locked`,
        path: ctx.has(allowFromPath) ? allowFromPath : dm.path,
        message: `${label(s)} ${dm.legacy ? "dm.policy" : "dmPolicy"} is "allowlist" but ${allowFromPath.join(".")} ${ctx.has(allowFromPath) ? "is empty" : "is not set"}: nobody can DM the bot on ${s.channel} (informational; add sender ids to allow yourself).`,
        detail: `${dm.path.join(".")}="allowlist" has no admitted senders; unknown senders are blocked or receive a pairing code.`,
        fix: `Add your sender id to ${allowFromPath.join(".")}, or use dmPolicy "pairing" to approve senders at run time.`
      });
    }
  }
});

// src/rules/openclaw/channels/dm-open.ts
var dm_open_default = defineRule({
  id: "channels.<provider>.dm.open",
  severity: "critical",
  title: "Channel DMs are open",
  description: 'A channel (or account) has dmPolicy "open" (or legacy dm.policy "open"): anyone can DM the bot.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== "open") continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === "accounts")) continue;
      report({
        ruleId: `channels.${s.channel}.dm.open`,
        path: dm.path,
        message: `${label(s)} ${dm.legacy ? "dm.policy" : "dmPolicy"} is "open": anyone on ${s.channel} can DM the bot and drive its tools.`,
        detail: `${dm.path.join(".")}="open" allows anyone to DM the bot.`,
        fix: `Set ${dm.path.join(".")} to "pairing" (default) or "allowlist".`,
        replaceWith: "pairing"
      });
    }
  }
});

// src/rules/openclaw/channels/dm-open-invalid.ts
var dm_open_invalid_default = defineRule({
  id: "channels.<provider>.dm.open_invalid",
  severity: "warn",
  title: "Channel DM config looks inconsistent",
  description: 'dmPolicy "open" without "*" in allowFrom: OpenClaw requires the wildcard to make open DMs explicit.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      const dm = dmPolicyOf(s);
      if (!dm || dm.policy !== "open") continue;
      if (s.account && !(dm.path.length > 3 && dm.path[2] === "accounts")) continue;
      const allowFrom = dm.legacy ? isRec(s.section.dm) ? s.section.dm.allowFrom : void 0 : s.section.allowFrom;
      const list = Array.isArray(allowFrom) ? allowFrom : [];
      if (list.some((v) => String(v).trim() === "*")) continue;
      const key3 = dm.legacy ? [...s.path, "dm", "allowFrom"] : [...s.path, "allowFrom"];
      report({
        ruleId: `channels.${s.channel}.dm.open_invalid`,
        path: ctx.has(key3) ? key3 : dm.path,
        message: `${label(s)} DMs are "open" but ${key3.join(".")} does not include "*"; the policy and the allowlist disagree about who may DM the bot.`,
        detail: `"open" requires ${key3.join(".")} to include "*".`,
        fix: `Use dmPolicy "pairing"/"allowlist", or if open DMs are intended add "*" to ${key3.join(".")}.`
      });
    }
  }
});

// src/rules/openclaw/channels/dm-scope-main-multiuser.ts
var dm_scope_main_multiuser_default = defineRule({
  id: "channels.<provider>.dm.scope_main_multiuser",
  severity: "warn",
  title: "Channel DMs share the main session",
  description: 'A channel accepts DMs from several senders (allowFrom "*" or more than one id) while session.dmScope is "main" (the default): every sender shares one session.',
  beyondCli: true,
  releases: [
    {
      from: "2026.1.30",
      note: 'In the channel audit: for the default account of each loaded channel plugin whose DM policy is not "disabled", when session.dmScope is "main" (default) and allowFrom (config plus the host pairing store) has "*" or more than one sender. The plain CLI loads channel plugins from 2026.4.29.'
    },
    {
      from: "2026.8.2",
      note: "No longer reported by the plain CLI (its channel plugins have no security adapter); clawlint keeps it beyond the CLI."
    }
  ],
  check(ctx, report) {
    if ((str(ctx.config, "session", "dmScope") ?? "main") !== "main") return;
    for (const s of channelSections(ctx.config)) {
      if (s.account) continue;
      if (dmPolicyOf(s)?.policy === "disabled") continue;
      const legacy = isRec(s.section.dm) && Array.isArray(s.section.dm.allowFrom);
      const allowFrom = Array.isArray(s.section.allowFrom) ? s.section.allowFrom : legacy && isRec(s.section.dm) ? s.section.dm.allowFrom : void 0;
      if (!allowFrom) continue;
      const entries = allowFrom.map((v) => String(v).trim()).filter(Boolean);
      const wildcard = entries.includes("*");
      const senders = new Set(entries.filter((e) => e !== "*")).size;
      if (!wildcard && senders <= 1) continue;
      const path9 = Array.isArray(s.section.allowFrom) ? [...s.path, "allowFrom"] : [...s.path, "dm", "allowFrom"];
      report({
        ruleId: `channels.${s.channel}.dm.scope_main_multiuser`,
        path: path9,
        message: `${label(s)} accepts DMs from ${wildcard ? 'anyone ("*")' : `${senders} senders`} while session.dmScope is "main": all of them share the main session, so one sender can read what another said.`,
        detail: "Multiple DM senders currently share the main session, which can leak context across users.",
        fix: 'Set session.dmScope: "per-channel-peer" (or "per-account-channel-peer" for multi-account channels).'
      });
    }
  }
});

// src/rules/openclaw/channels/feishu-doc-owner-open-id.ts
var configuredSecret = (ctx, v) => typeof v === "string" ? trimmed(v) !== void 0 : resolveRefLocally(ctx, coerceSecretRef(v)) !== void 0;
var docEnabled = (tools) => tools?.doc !== false;
var feishu_doc_owner_open_id_default = defineRule({
  id: "channels.feishu.doc_owner_open_id",
  severity: "warn",
  title: "Feishu doc create can grant requester permissions",
  description: 'A configured Feishu account (app id and an app secret that is set) keeps the "doc" tool on (the default): feishu_doc "create" can grant document access to the requesting Feishu user.',
  beyondCli: true,
  releases: [
    {
      from: "2026.3.31",
      note: "In the core audit (isFeishuDocToolEnabled): warn when channels.feishu or one of its enabled accounts has an app id and an app secret (a string, an unset ${VAR} included, or a SecretRef that resolves) and tools.doc is not false.",
      facts: { reported: true }
    },
    {
      from: "2026.4.29",
      note: "Moved to the bundled Feishu plugin's security adapter (same trigger); from 2026.5.28 Feishu is no longer a bundled plugin in dist/extensions, and the check runs only where the Feishu plugin is installed."
    },
    {
      from: "2026.9.6",
      note: "Gone: no release of this line has the check in its dist, so clawlint does not report it for 2026.9 targets.",
      facts: { reported: false }
    }
  ],
  check(ctx, report, facts) {
    if (facts && !facts.reported) return;
    const feishu = rec(ctx.config, "channels", "feishu");
    if (!feishu || feishu.enabled === false) return;
    const baseTools = rec(feishu, "tools");
    const baseAppId = trimmed(feishu.appId) !== void 0;
    const baseConfigured = baseAppId && configuredSecret(ctx, feishu.appSecret);
    const accounts = rec(feishu, "accounts");
    let where2;
    if (!accounts || Object.keys(accounts).length === 0) {
      if (docEnabled(baseTools) && baseConfigured) where2 = ["channels", "feishu"];
    } else
      for (const [id, value] of Object.entries(accounts)) {
        const account = isRec(value) ? value : {};
        if (account.enabled === false) continue;
        if (!docEnabled(rec(account, "tools") ?? baseTools)) continue;
        const appId = trimmed(account.appId) !== void 0 || baseAppId;
        const secret = configuredSecret(ctx, account.appSecret) || configuredSecret(ctx, feishu.appSecret);
        if (appId && secret) {
          where2 = ["channels", "feishu", "accounts", id];
          break;
        }
      }
    if (!where2) return;
    report({
      path: where2,
      message: `${where2.join(".")} can use the Feishu "doc" tool (tools.doc is not false): feishu_doc "create" can grant document access to whichever Feishu user asks, so a prompt-injected request hands out your documents.`,
      detail: 'channels.feishu tools include "doc"; feishu_doc action "create" can grant document access to the trusted requesting Feishu user.',
      fix: "Set channels.feishu.tools.doc to false when not needed, and restrict tool access for untrusted prompts."
    });
  }
});

// src/rules/openclaw/messages.ts
var MESSAGE_LIST_MAX = 5;
function capList(items2, sep = ", ", max = MESSAGE_LIST_MAX) {
  if (items2.length <= max) return items2.join(sep);
  return `${items2.slice(0, max).join(sep)}${sep}\u2026 and ${items2.length - max} more`;
}

// src/rules/openclaw/channels/telegram-allow-from-invalid-entries.ts
var telegram_allow_from_invalid_entries_default = defineRule({
  id: "channels.telegram.allowFrom.invalid_entries",
  severity: "warn",
  title: "Telegram allowlist contains non-numeric entries",
  description: "Telegram allowFrom/groupAllowFrom entries must be numeric user ids; @usernames never match.",
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== "telegram") continue;
      for (const key3 of ["allowFrom", "groupAllowFrom"]) {
        const list = s.own[key3];
        if (!Array.isArray(list)) continue;
        const bad = list.map((v, i) => ({
          v: String(v).trim().replace(/^(telegram|tg):/i, ""),
          i
        })).filter(({ v }) => v && v !== "*" && !/^-?\d+$/.test(v));
        const first = bad[0];
        if (!first) continue;
        report({
          path: [...s.path, key3, first.i],
          message: `${label(s)}.${key3} has non-numeric entries (${capList(bad.map((b) => JSON.stringify(b.v)))}); Telegram authorizes numeric user ids only, so these never match and the allowlist silently does less than intended.`,
          detail: `Telegram sender authorization requires numeric Telegram user IDs. Found non-numeric allowFrom entries: ${bad.map((b) => b.v).join(", ")}.`,
          fix: `Replace the @username entries in ${label(s)}.${key3} with numeric Telegram user ids.`
        });
      }
    }
  }
});

// src/rules/openclaw/channels/telegram-groups-allow-from-missing.ts
var isWildcard = (v) => String(v).trim() === "*";
function hasGroupOverride(groups) {
  if (!isRec(groups)) return false;
  return Object.values(groups).some((g) => {
    if (!isRec(g)) return false;
    if (Array.isArray(g.allowFrom) && g.allowFrom.length > 0) return true;
    return isRec(g.topics) && Object.values(g.topics).some((t) => isRec(t) && Array.isArray(t.allowFrom) && t.allowFrom.length > 0);
  });
}
var telegram_groups_allow_from_missing_default = defineRule({
  id: "channels.telegram.groups.allowFrom.missing",
  severity: "critical",
  title: "Telegram group commands have no sender allowlist",
  description: 'Telegram groups are enabled (groupPolicy "open", or "allowlist" with groups) but no sender allowlist exists: any group member can run /commands.',
  beyondCli: true,
  check(ctx, report) {
    if (at(ctx.config, "commands", "text") === false) return;
    const reportedChannel = /* @__PURE__ */ new Set();
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== "telegram") continue;
      const defaultPolicy = at(ctx.config, "channels", "defaults", "groupPolicy");
      const gp = s.section.groupPolicy ?? defaultPolicy ?? "allowlist";
      const groups = s.section.groups;
      const groupsConfigured = isRec(groups) && Object.keys(groups).length > 0;
      if (!(gp === "open" || gp === "allowlist" && groupsConfigured)) continue;
      const groupAllowFrom = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      if (groupAllowFrom.some(isWildcard)) continue;
      if (groupAllowFrom.length > 0 || hasGroupOverride(groups)) continue;
      const ownKeys = ["groupPolicy", "groups", "groupAllowFrom"].some((k) => s.own[k] !== void 0);
      if (s.account && !ownKeys && reportedChannel.has(s.channel)) continue;
      if (!s.account) reportedChannel.add(s.channel);
      const where2 = label(s);
      const policyOwn = s.own.groupPolicy !== void 0;
      const policyPath = policyOwn ? [...s.path, "groupPolicy"] : s.account && s.section.groupPolicy !== void 0 ? ["channels", "telegram", "groupPolicy"] : void 0;
      const groupsPath = s.own.groups !== void 0 ? [...s.path, "groups"] : ["channels", "telegram", "groups"];
      const path9 = policyPath ?? (groupsConfigured ? groupsPath : s.path);
      const policyText = s.section.groupPolicy !== void 0 ? `groupPolicy is "${String(gp)}"` : defaultPolicy !== void 0 ? `groupPolicy is "${String(gp)}" (from channels.defaults.groupPolicy)` : 'groupPolicy is "allowlist" (default)';
      report({
        path: path9,
        message: `${where2} ${policyText}${gp === "allowlist" ? " with groups configured" : ""} but no sender allowlist (groupAllowFrom, groups.<id>.allowFrom): any member of ${gp === "open" ? "any group" : "an allowed group"} can run /commands and skills. (clawlint assumes an empty pairing store; senders approved there at run time also count.)`,
        detail: "Telegram group access is enabled but no sender allowlist is configured; this allows any group member to invoke /\u2026 commands.",
        fix: `Set ${where2}.groupAllowFrom to numeric Telegram user ids (or groups.<id>.allowFrom per group), or approve yourself via pairing.`
      });
    }
  }
});

// src/openclaw/channels.ts
function openInboundPolicies(cfg, inbound = "groups-and-dms") {
  const out = [];
  const channels = rec(cfg, "channels");
  if (!channels) return out;
  const inspect = (section, base2) => {
    if (section.groupPolicy === "open")
      out.push({ label: `${base2.join(".")}.groupPolicy`, path: [...base2, "groupPolicy"] });
    const legacy = isRec(section.dm) ? section.dm.policy : void 0;
    const dmPolicy = section.dmPolicy ?? legacy;
    if (inbound === "groups-and-dms" && dmPolicy === "open") {
      const p = section.dmPolicy == null ? [...base2, "dm", "policy"] : [...base2, "dmPolicy"];
      out.push({ label: p.join("."), path: p });
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    inspect(v, ["channels", id]);
    const accounts = rec(v, "accounts");
    if (accounts) {
      for (const [acct, av] of Object.entries(accounts)) if (isRec(av)) inspect(av, ["channels", id, "accounts", acct]);
    }
  }
  return out;
}
function openExecSurfaces(cfg) {
  const channels = rec(cfg, "channels");
  if (!channels) return [];
  const hits = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const visit = (value, path9) => {
    if (!isRec(value) || seen.has(value)) return;
    seen.add(value);
    if (value.groupPolicy === "open")
      hits.set(`${path9.join(".")}.groupPolicy`, {
        label: `${path9.join(".")}.groupPolicy`,
        path: [...path9, "groupPolicy"]
      });
    if (value.dmPolicy === "open")
      hits.set(`${path9.join(".")}.dmPolicy`, { label: `${path9.join(".")}.dmPolicy`, path: [...path9, "dmPolicy"] });
    for (const [k, nested] of Object.entries(value)) visit(nested, [...path9, k]);
  };
  for (const [id, v] of Object.entries(channels)) visit(v, ["channels", id]);
  return [...hits.values()].sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
function isWildcard2(v) {
  return trimmed(typeof v === "number" ? String(v) : v) === "*";
}
function hasGroupTargets(section) {
  return ["groups", "guilds", "channels", "rooms"].some((k) => {
    const v = section[k];
    return v !== null && typeof v === "object" && Object.keys(v).length > 0;
  });
}
function multiUserSignals(cfg) {
  const out = /* @__PURE__ */ new Map();
  const channels = rec(cfg, "channels");
  if (!channels) return [];
  const inspect = (raw, base2, channel, channelPath) => {
    const b = base2.join(".");
    const own = (k) => Object.prototype.hasOwnProperty.call(raw, k) && raw[k] !== void 0;
    const keyPath = (k) => own(k) || base2 === channelPath ? [...base2, k] : [...channelPath, k];
    const section = base2 === channelPath ? raw : { ...channel, ...raw };
    const defaulted = base2[1] === "telegram" && section.groupPolicy === void 0;
    const groupPolicy = defaulted ? "allowlist" : section.groupPolicy;
    const add = (label2, where2, path9) => {
      if (!out.has(label2)) out.set(label2, { label: label2, where: where2, path: path9 });
    };
    if (groupPolicy === "open") add(`${b}.groupPolicy="open"`, `${b}.groupPolicy="open"`, keyPath("groupPolicy"));
    else if (groupPolicy === "allowlist" && hasGroupTargets(section)) {
      const target = ["groups", "guilds", "channels", "rooms"].find((k) => {
        const v = section[k];
        return v !== null && typeof v === "object" && Object.keys(v).length > 0;
      });
      add(
        `${b}.groupPolicy="allowlist" with configured group targets`,
        defaulted ? `${b}.groupPolicy="allowlist" (default) with ${b}.${target} configured` : `${b}.groupPolicy="allowlist" with ${b}.${target} configured`,
        defaulted ? keyPath(target) : keyPath("groupPolicy")
      );
    }
    if (section.dmPolicy === "open") add(`${b}.dmPolicy="open"`, `${b}.dmPolicy="open"`, keyPath("dmPolicy"));
    const star = (list) => Array.isArray(list) ? list.findIndex(isWildcard2) : -1;
    const af = star(section.allowFrom);
    if (af >= 0) add(`${b}.allowFrom includes "*"`, `${b}.allowFrom includes "*"`, [...keyPath("allowFrom"), af]);
    const gaf = star(section.groupAllowFrom);
    if (gaf >= 0)
      add(`${b}.groupAllowFrom includes "*"`, `${b}.groupAllowFrom includes "*"`, [...keyPath("groupAllowFrom"), gaf]);
    if (isRec(section.dm)) {
      const dmBase = keyPath("dm");
      if (section.dm.policy === "open") add(`${b}.dm.policy="open"`, `${b}.dm.policy="open"`, [...dmBase, "policy"]);
      const daf = star(section.dm.allowFrom);
      if (daf >= 0)
        add(`${b}.dm.allowFrom includes "*"`, `${b}.dm.allowFrom includes "*"`, [...dmBase, "allowFrom", daf]);
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec(v)) continue;
    const channelPath = ["channels", id];
    inspect(v, channelPath, v, channelPath);
    const accounts = rec(v, "accounts");
    if (!accounts) continue;
    const { accounts: _drop, ...channelLevel } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec(av)) continue;
      inspect(av, ["channels", id, "accounts", acct], channelLevel, channelPath);
    }
  }
  return [...out.values()];
}

// src/rules/openclaw/policy-fixes.ts
function closePolicies(hits) {
  return hits.map((h) => ({
    op: "set",
    path: h.path,
    value: h.path[h.path.length - 1] === "groupPolicy" ? "allowlist" : "pairing"
  }));
}
function removeWildcards(path9, list) {
  if (!Array.isArray(list)) return void 0;
  const wild = list.flatMap((v, i) => isWildcard2(v) ? [i] : []);
  if (!wild.length || wild.length === list.length) return void 0;
  return wild.map((i) => ({ op: "remove", path: [...path9, i] }));
}

// src/rules/openclaw/channels/telegram-groups-allow-from-wildcard.ts
var telegram_groups_allow_from_wildcard_default = defineRule({
  id: "channels.telegram.groups.allowFrom.wildcard",
  severity: "critical",
  title: "Telegram group allowlist contains wildcard",
  description: 'Telegram groups are enabled and channels.telegram.groupAllowFrom contains "*": any group member can run commands.',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== "telegram") continue;
      const gp = s.section.groupPolicy ?? at(ctx.config, "channels", "defaults", "groupPolicy") ?? "allowlist";
      const groups = s.section.groups;
      const groupsConfigured = !!groups && typeof groups === "object" && Object.keys(groups).length > 0;
      if (!(gp === "open" || gp === "allowlist" && groupsConfigured)) continue;
      const list = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      const idx = list.findIndex((v) => String(v).trim() === "*");
      if (idx < 0) continue;
      const own = Array.isArray(s.own.groupAllowFrom);
      if (s.account && !own) continue;
      report({
        path: [...s.path, "groupAllowFrom", idx],
        autofix: removeWildcards([...s.path, "groupAllowFrom"], s.own.groupAllowFrom),
        message: `${label(s)}.groupAllowFrom includes "*": any member of an allowed Telegram group can run /commands and control directives.`,
        detail: 'Telegram group sender allowlist contains "*", which allows any group member to run /\u2026 commands and control directives.',
        fix: `Replace "*" in ${label(s)}.groupAllowFrom with numeric Telegram user ids.`
      });
    }
  }
});

// src/openclaw/agents.ts
var agentIndexes = /* @__PURE__ */ new WeakMap();
function buildAgentList(cfg) {
  const agents = rec(cfg, "agents");
  if (!agents) return [];
  if (Object.prototype.hasOwnProperty.call(agents, "entries") && agents.entries !== void 0) {
    const entries = agents.entries;
    if (!isRec(entries)) return [];
    return Object.entries(entries).filter(([, e]) => isRec(e)).map(([id, e]) => ({ id, entry: e, path: ["agents", "entries", id] }));
  }
  const list = agents.list;
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((e, i) => {
    if (isRec(e) && typeof e.id === "string") out.push({ id: e.id, entry: e, path: ["agents", "list", i] });
  });
  return out;
}
function hasRoster(cfg) {
  const agents = rec(cfg, "agents");
  if (!agents) return false;
  return agents.entries !== void 0 && "entries" in agents || agents.list !== void 0 && "list" in agents;
}
function agentIndex(cfg) {
  const cached = agentIndexes.get(cfg);
  if (cached) return cached;
  const list = buildAgentList(cfg);
  const roster = hasRoster(cfg);
  const byId = /* @__PURE__ */ new Map();
  for (const a of list) {
    const k = normalizeAgentId(a.id);
    if (!byId.has(k)) byId.set(k, a);
  }
  const ids = list.length === 0 && !roster ? ["main"] : [...byId.keys()];
  let defaultId;
  const marked = str(cfg, "agents", "ownership") !== "explicit" ? list.filter((a) => a.entry.default === true) : [];
  if (marked.length === 1 && marked[0]) defaultId = normalizeAgentId(marked[0].id);
  else if (list.length === 0) defaultId = roster ? void 0 : "main";
  else defaultId = list.length === 1 && list[0] ? normalizeAgentId(list[0].id) : void 0;
  const index = { list, byId, roster, ids, defaultId };
  agentIndexes.set(cfg, index);
  return index;
}
function listAgents(cfg) {
  return agentIndex(cfg).list;
}
function normalizeAgentId(id) {
  return id.trim().toLowerCase();
}
function listAgentIds(cfg) {
  return agentIndex(cfg).ids;
}
function defaultAgentId(cfg) {
  return agentIndex(cfg).defaultId;
}
function findAgent(cfg, id) {
  if (!id) return void 0;
  return agentIndex(cfg).byId.get(normalizeAgentId(id));
}
function agentLabel(a) {
  return a.path[1] === "list" ? `agents.list[${String(a.path[2])}] (${JSON.stringify(a.id)})` : `agents.entries.${a.id}`;
}
function agentKeyLabel(a, key3) {
  return a.path[1] === "list" ? `agents.list[${String(a.path[2])}].${key3}` : `agents.entries.${a.id}.${key3}`;
}

// src/openclaw/sandbox.ts
function sandboxFor(cfg, agentId) {
  const defaults = rec(cfg, "agents", "defaults", "sandbox");
  const agent = findAgent(cfg, agentId);
  const own = agent ? rec(agent.entry, "sandbox") : void 0;
  const mode = str(own, "mode") ?? str(defaults, "mode") ?? "off";
  const workspaceAccess = str(own, "workspaceAccess") ?? str(defaults, "workspaceAccess") ?? "none";
  return { mode, workspaceAccess };
}
var DANGEROUS_SANDBOX_DOCKER_KEYS = [
  "dangerouslyAllowReservedContainerTargets",
  "dangerouslyAllowExternalBindSources",
  "dangerouslyAllowContainerNamespaceJoin"
];
function sandboxDockerBlocks(cfg) {
  const out = [];
  const d = rec(cfg, "agents", "defaults", "sandbox", "docker");
  if (d)
    out.push({
      source: "agents.defaults.sandbox.docker",
      where: "agents.defaults.sandbox.docker",
      docker: d,
      path: ["agents", "defaults", "sandbox", "docker"]
    });
  for (const a of listAgents(cfg)) {
    const ad = rec(a.entry, "sandbox", "docker");
    if (ad)
      out.push({
        source: `agents.entries.${a.id}.sandbox.docker`,
        where: agentKeyLabel(a, "sandbox.docker"),
        docker: ad,
        path: [...a.path, "sandbox", "docker"],
        agentId: a.id
      });
  }
  return out;
}

// src/rules/openclaw/config/insecure-or-dangerous-flags.ts
var PLUGIN_DANGEROUS_FLAGS = {
  imap: [
    { path: "accounts.*.senderAuth.acceptTrustedAuthservId", equals: true },
    { path: "accounts.*.senderAuth.min", equals: "unverified" },
    { path: "accounts.*.senderAuth.min", equals: "mutable" }
  ]
};
function matchContract(root, pattern) {
  let states = [{ segs: [], value: root }];
  for (const seg of pattern.split(".")) {
    const next = [];
    for (const s of states) {
      if (seg === "*") {
        if (Array.isArray(s.value)) s.value.forEach((v, i) => next.push({ segs: [...s.segs, i], value: v }));
        else if (isRec(s.value))
          for (const [k, v] of Object.entries(s.value)) next.push({ segs: [...s.segs, k], value: v });
      } else if (isRec(s.value) && Object.prototype.hasOwnProperty.call(s.value, seg)) {
        next.push({ segs: [...s.segs, seg], value: s.value[seg] });
      }
    }
    states = next;
  }
  return states;
}
function collectDangerousFlags(cfg, opts = {}) {
  return [
    ...controlUiAndHookFlags(cfg, opts.legacyControlUi ?? true),
    ...toolBrowserAndAuditFlags(cfg),
    ...sandboxDockerFlags(cfg),
    ...pluginContractFlags(cfg)
  ];
}
function controlUiAndHookFlags(cfg, legacyControlUi) {
  const out = [];
  if (legacyControlUi && at(cfg, "gateway", "controlUi", "allowInsecureAuth") === true)
    out.push({
      label: "gateway.controlUi.allowInsecureAuth=true",
      path: ["gateway", "controlUi", "allowInsecureAuth"],
      fix: "Remove gateway.controlUi.allowInsecureAuth (OpenClaw up to 2026.7 honours it) and use HTTPS or 127.0.0.1 for the Control UI."
    });
  if (at(cfg, "gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback") === true)
    out.push({
      label: "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true",
      path: ["gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback"],
      fix: "Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback: false and list gateway.controlUi.allowedOrigins."
    });
  if (legacyControlUi && at(cfg, "gateway", "controlUi", "dangerouslyDisableDeviceAuth") === true)
    out.push({
      label: "gateway.controlUi.dangerouslyDisableDeviceAuth=true",
      path: ["gateway", "controlUi", "dangerouslyDisableDeviceAuth"],
      fix: "Remove gateway.controlUi.dangerouslyDisableDeviceAuth (OpenClaw up to 2026.7 honours it) so Control UI clients pair their devices."
    });
  if (at(cfg, "hooks", "gmail", "allowUnsafeExternalContent") === true)
    out.push({
      label: "hooks.gmail.allowUnsafeExternalContent=true",
      path: ["hooks", "gmail", "allowUnsafeExternalContent"],
      fix: "Set hooks.gmail.allowUnsafeExternalContent: false."
    });
  (arr(cfg, "hooks", "mappings") ?? []).forEach((m, i) => {
    if (isRec(m) && m.allowUnsafeExternalContent === true)
      out.push({
        label: `hooks.mappings[${i}].allowUnsafeExternalContent=true`,
        path: ["hooks", "mappings", i, "allowUnsafeExternalContent"],
        fix: `Set hooks.mappings[${i}].allowUnsafeExternalContent: false.`
      });
  });
  return out;
}
function toolBrowserAndAuditFlags(cfg) {
  const out = [];
  if (at(cfg, "tools", "exec", "applyPatch", "workspaceOnly") === false)
    out.push({
      label: "tools.exec.applyPatch.workspaceOnly=false",
      path: ["tools", "exec", "applyPatch", "workspaceOnly"],
      fix: "Set tools.exec.applyPatch.workspaceOnly: true (default)."
    });
  const sup = arr(cfg, "security", "audit", "suppressions");
  if (sup && sup.length > 0)
    out.push({
      label: `security.audit.suppressions configured (${sup.length})`,
      path: ["security", "audit", "suppressions"],
      fix: "Remove security.audit.suppressions entries whose accepted risk no longer applies."
    });
  if (at(cfg, "hooks", "allowRequestSessionKey") === true)
    out.push({
      label: "hooks.allowRequestSessionKey=true",
      path: ["hooks", "allowRequestSessionKey"],
      fix: "Set hooks.allowRequestSessionKey: false."
    });
  if (at(cfg, "browser", "ssrfPolicy", "dangerouslyAllowPrivateNetwork") === true)
    out.push({
      label: "browser.ssrfPolicy.dangerouslyAllowPrivateNetwork=true",
      path: ["browser", "ssrfPolicy", "dangerouslyAllowPrivateNetwork"],
      fix: "Set browser.ssrfPolicy.dangerouslyAllowPrivateNetwork: false."
    });
  else if (at(cfg, "browser", "ssrfPolicy", "dangerouslyAllowPrivateNetwork") === void 0 && at(cfg, "browser", "ssrfPolicy", "allowPrivateNetwork") === true)
    out.push({
      label: "browser.ssrfPolicy.dangerouslyAllowPrivateNetwork=true",
      where: "browser.ssrfPolicy.allowPrivateNetwork=true (legacy)",
      path: ["browser", "ssrfPolicy", "allowPrivateNetwork"],
      fix: "Remove browser.ssrfPolicy.allowPrivateNetwork (legacy spelling of dangerouslyAllowPrivateNetwork)."
    });
  if (at(cfg, "tools", "fs", "workspaceOnly") === false)
    out.push({
      label: "tools.fs.workspaceOnly=false",
      path: ["tools", "fs", "workspaceOnly"],
      fix: "Set tools.fs.workspaceOnly: true."
    });
  return out;
}
function sandboxDockerFlags(cfg) {
  const out = [];
  const docker = (d, prefix, base2, where2 = prefix) => {
    if (!d) return;
    for (const k of DANGEROUS_SANDBOX_DOCKER_KEYS)
      if (d[k] === true)
        out.push({
          label: `${prefix}.${k}=true`,
          where: `${where2}.${k}=true`,
          path: [...base2, k],
          fix: `Remove ${where2}.${k} (default false).`
        });
  };
  docker(rec(cfg, "agents", "defaults", "sandbox", "docker"), "agents.defaults.sandbox.docker", [
    "agents",
    "defaults",
    "sandbox",
    "docker"
  ]);
  for (const a of listAgents(cfg))
    docker(
      rec(a.entry, "sandbox", "docker"),
      `agents.entries.${a.id}.sandbox.docker`,
      [...a.path, "sandbox", "docker"],
      agentKeyLabel(a, "sandbox.docker")
    );
  return out;
}
function pluginContractFlags(cfg) {
  const out = [];
  const entries = rec(cfg, "plugins", "entries");
  if (entries) {
    const seen = /* @__PURE__ */ new Set();
    for (const [pluginId, contracts] of Object.entries(PLUGIN_DANGEROUS_FLAGS)) {
      const pc = rec(entries, pluginId, "config");
      if (!pc) continue;
      for (const flag of contracts) {
        for (const m of matchContract(pc, flag.path)) {
          if (!Object.is(m.value, flag.equals)) continue;
          const label2 = `plugins.entries.${pluginId}.config.${m.segs.join(".")}=${String(flag.equals)}`;
          if (seen.has(label2)) continue;
          seen.add(label2);
          out.push({
            label: label2,
            path: ["plugins", "entries", pluginId, "config", ...m.segs],
            fix: `Remove plugins.entries.${pluginId}.config.${m.segs.join(".")} or set a strict value.`
          });
        }
      }
    }
  }
  return out;
}
var insecure_or_dangerous_flags_default = defineRule({
  id: "config.insecure_or_dangerous_flags",
  severity: "warn",
  title: "Insecure or dangerous config flag enabled",
  description: "A break-glass or insecure flag is enabled (one finding per flag, including plugin-declared flags).",
  releases: [
    {
      from: "2026.2.26",
      note: 'First in the audit of 2026.2.26 (2026.1.30 has no such check): one finding listing every enabled flag ("Detected N enabled flag(s): \u2026"). Up to 2026.7 it also lists gateway.controlUi.allowInsecureAuth and dangerouslyDisableDeviceAuth.',
      facts: { legacyControlUi: true, perFlag: false }
    },
    {
      from: "2026.5.28",
      note: 'One finding per enabled flag ("Detected enabled flag: \u2026").',
      facts: { legacyControlUi: true, perFlag: true }
    },
    {
      from: "2026.8.2",
      note: "From 2026.8 the two retired Control UI keys (allowInsecureAuth, dangerouslyDisableDeviceAuth) are no longer listed (the schema rejects them).",
      facts: { legacyControlUi: false, perFlag: true }
    }
  ],
  check(ctx, report, facts) {
    const flags = collectDangerousFlags(ctx.config, { legacyControlUi: facts?.legacyControlUi !== false });
    const first = flags[0];
    if (facts && !facts.perFlag && first) {
      const labels = flags.map((f) => f.label).join(", ");
      report({
        path: first.path,
        message: `Dangerous flags enabled: ${flags.map((f) => f.where ?? f.label).join(", ")}; each weakens a default security boundary.`,
        detail: `Detected ${flags.length} enabled flag(s): ${labels}.`,
        fix: flags.map((f) => f.fix).join(" ")
      });
      return;
    }
    for (const f of flags) {
      report({
        path: f.path,
        message: `Dangerous flag enabled: ${f.where ?? f.label}; it weakens a default security boundary.`,
        detail: `Detected enabled flag: ${f.label}.`,
        fix: f.fix
      });
    }
  }
});

// src/rules/openclaw/config/secrets-credential-in-config.ts
var CREDENTIAL_KEYS = /* @__PURE__ */ new Set([
  "apiKey",
  "token",
  "password",
  "passphrase",
  "privateKey",
  "botToken",
  "appToken",
  "userToken",
  "accessToken",
  "authToken",
  "webhookToken",
  "verificationToken",
  "appPassword",
  "apiPassword",
  "appSecret",
  "botSecret",
  "signingSecret",
  "webhookSecret",
  "encryptKey",
  "authTag",
  "identityData"
]);
var CREDENTIAL_KEYS_UNDER = {
  // request.auth.value: the header value a provider request authenticates with.
  value: "auth",
  // request.tls.key / request.proxy.tls.key: a client private key.
  key: "tls"
};
var OWN_RULE = /* @__PURE__ */ new Set(["gateway.auth.token", "gateway.auth.password", "hooks.token"]);
function isCredentialKey(path9) {
  const key3 = String(path9[path9.length - 1]);
  const under = CREDENTIAL_KEYS_UNDER[key3];
  return under ? path9[path9.length - 2] === under : CREDENTIAL_KEYS.has(key3);
}
function credentials(root) {
  const out = [];
  const visit = (node, path9, depth) => {
    if (depth > 32) return;
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...path9, i], depth + 1));
    if (!isRec(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const p = [...path9, k];
      if (typeof v !== "string") {
        visit(v, p, depth + 1);
        continue;
      }
      const parent = path9[path9.length - 1];
      const envVar = path9.length === 2 && path9[0] === "env" && parent === "vars";
      if (isCredentialKey(p) || parent === "headers" || envVar) out.push({ path: p, value: v });
    }
  };
  visit(root, [], 0);
  return out.filter((c) => !OWN_RULE.has(c.path.join(".")));
}
function realCredential(c) {
  const v = c.value.replace(/^\s*(?:Bearer|Basic|Token)\s+/i, "").trim();
  const k = classifyValue(v);
  if (k.kind !== "secret") return void 0;
  const entropyOnly = k.why === "a random string" || k.why === "a random hex string";
  if (entropyOnly && c.path[0] === "env" && !looksSecret(String(c.path[2]), v)) return void 0;
  return k.why;
}
var secrets_credential_in_config_default = defineRule({
  id: "config.secrets.credential_in_config",
  severity: "critical",
  title: "Credential is stored in config",
  description: "A credential field of the config (models.providers.*.apiKey, a channel bot token, a provider header, a credential-named env.vars entry) holds a literal value shaped like a real credential (a provider key prefix, a detect-secrets detector, a random token) written in the file: not ${VAR}, not a SecretRef, not a placeholder.",
  beyondCli: true,
  check(ctx, report) {
    for (const c of credentials(ctx.config)) {
      if (ctx.isUnresolved(c.path)) continue;
      const authored = ctx.authored(c.path);
      if (authored === void 0 || authored.includes("${")) continue;
      const why = realCredential(c);
      if (!why) continue;
      const dotted = c.path.join(".");
      report({
        path: c.path,
        message: `${dotted} holds a real-looking credential (${why}, ${c.value.trim().length} characters) written in the config file; anyone who can read the file (the repository and its history, an image, a backup) can use it.`,
        fix: `Replace it with "\${NAME}" (or a SecretRef such as { source: "env", provider: "default", id: "NAME" }) and supply NAME where the gateway starts (an untracked ~/.openclaw/.env, a platform secret, a Kubernetes Secret); then revoke the committed credential at its provider, since it stays in the history.`
      });
    }
  }
});

// src/rules/openclaw/config/secrets-gateway-password-in-config.ts
var PASSWORD_VAR = "OPENCLAW_GATEWAY_PASSWORD";
var WHOLE_VAR = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;
var secrets_gateway_password_in_config_default = defineRule({
  id: "config.secrets.gateway_password_in_config",
  severity: "warn",
  title: "Gateway password is stored in config",
  description: "gateway.auth.password is a string in the config (literal or substituted ${VAR}); SecretRefs are fine.",
  fixable: true,
  check(ctx, report) {
    const path9 = ["gateway", "auth", "password"];
    const pw = trimmed(at(ctx.config, ...path9));
    if (!pw || ctx.isUnresolved(path9)) return;
    const authored = ctx.authored(path9);
    const viaVar = authored !== void 0 && authored.includes("${");
    const id = viaVar ? WHOLE_VAR.exec(authored)?.[1] : PASSWORD_VAR;
    report({
      path: path9,
      message: viaVar ? "gateway.auth.password is substituted into the config as a plain string; OpenClaw treats it as a password stored in config." : `gateway.auth.password is a literal ${pw.length}-character password committed in the config file.`,
      detail: "gateway.auth.password is set in the config file; prefer environment variables for secrets when possible.",
      fix: `Replace gateway.auth.password by the SecretRef {source: "env", provider: "default", id: "${id ?? PASSWORD_VAR}"} and supply ${id ?? PASSWORD_VAR} where the gateway starts (outside the repository); a committed literal stays in the history, so rotate it.`,
      ...id ? { autofix: [{ op: "secretRef", path: path9, id }] } : {}
    });
  }
});

// src/rules/openclaw/config/secrets-gateway-token-in-config.ts
var WHERE = "put the token in OPENCLAW_GATEWAY_TOKEN where the gateway starts \u2014 ~/.openclaw/.env (outside the repository), a systemd EnvironmentFile=, a compose env_file that is not committed, a Kubernetes Secret or the platform's secret store";
var secrets_gateway_token_in_config_default = defineRule({
  id: "config.secrets.gateway_token_in_config",
  severity: "warn",
  title: "Gateway token is stored in config",
  description: "gateway.auth.token is a literal string written in the config file (not ${VAR}, not a SecretRef): whoever can read the file holds the gateway credential.",
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    const path9 = ["gateway", "auth", "token"];
    const token = trimmed(at(ctx.config, ...path9));
    if (!token || isPlaceholderSecret(token) || ctx.isUnresolved(path9)) return;
    const authored = ctx.authored(path9);
    if (authored === void 0 || authored.includes("${")) return;
    report({
      path: path9,
      message: `gateway.auth.token is a literal ${token.length}-character token written in the config file; anyone who can read the file (the repository, a backup, a support bundle) holds the gateway credential.`,
      fix: `Set gateway.auth.token to "\${OPENCLAW_GATEWAY_TOKEN}" and ${WHERE}; then rotate the token, since the committed value stays in the history.`,
      replaceWith: "${OPENCLAW_GATEWAY_TOKEN}"
    });
  }
});

// src/rules/openclaw/config/secrets-hooks-token-in-config.ts
var secrets_hooks_token_in_config_default = defineRule({
  id: "config.secrets.hooks_token_in_config",
  severity: "info",
  title: "Hooks token is stored in config",
  description: "hooks.token resolves to a value in the config (literal or substituted ${VAR}).",
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    const token = trimmed(at(ctx.config, "hooks", "token"));
    if (!token || ctx.isUnresolved(["hooks", "token"])) return;
    const authored = ctx.authored(["hooks", "token"]);
    const viaVar = authored !== void 0 && authored.includes("${");
    report({
      path: ["hooks", "token"],
      message: viaVar ? "hooks.token is substituted into the loaded config; keep config perms tight and treat the resolved config like an API secret." : `hooks.token is a literal ${token.length}-character secret committed in the config file.`,
      detail: "hooks.token is set in the config file; keep config perms tight and treat it like an API secret.",
      fix: 'Set hooks.token: "${OPENCLAW_HOOKS_TOKEN}" and supply the value from the deployment\'s secret store.'
    });
  }
});

// src/rules/openclaw/discovery/mdns-full-mode.ts
var mdns_full_mode_default = defineRule({
  id: "discovery.mdns_full_mode",
  severity: "warn",
  fixable: true,
  title: "mDNS full mode can leak host metadata",
  description: 'discovery.mdns.mode is "full" (critical when the bind is not loopback).',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "discovery", "mdns", "mode") !== "full") return;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: ["discovery", "mdns", "mode"],
      severity: exposed ? "critical" : "warn",
      message: `discovery.mdns.mode is "full": cliPath and sshPort are broadcast in TXT records to the local network${exposed ? ` while the gateway is bound to "${effectiveBind(ctx)}"` : ""}.`,
      detail: 'discovery.mdns.mode="full" publishes cliPath/sshPort in local-network TXT records. This can reveal usernames, filesystem layout, and management ports.',
      fix: 'Set discovery.mdns.mode: "minimal" (default) or "off".',
      replaceWith: "minimal"
    });
  }
});

// src/rules/openclaw/gateway/auth-no-rate-limit.ts
var auth_no_rate_limit_default = defineRule({
  id: "gateway.auth_no_rate_limit",
  severity: "warn",
  title: "No auth rate limiting configured",
  description: "Non-loopback gateway without gateway.auth.rateLimit (brute force is not throttled).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    if (deploymentReach(ctx)) return;
    if (resolveGatewayAuth(ctx).mode === "trusted-proxy") return;
    if (at(ctx.config, "gateway", "auth", "rateLimit")) return;
    report({
      path: ctx.has(["gateway", "auth"]) ? ["gateway", "auth"] : ["gateway", "bind"],
      message: `${bindSource(ctx)} but gateway.auth.rateLimit is not set; password/token guessing is not throttled.`,
      detail: "gateway.bind is not loopback but no gateway.auth.rateLimit is configured. Without rate limiting, brute-force auth attacks are not mitigated.",
      fix: "Set gateway.auth.rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 }."
    });
  }
});

// src/rules/openclaw/gateway/bind-no-auth.ts
var bind_no_auth_default = defineRule({
  id: "gateway.bind_no_auth",
  severity: "critical",
  title: "Gateway binds beyond loopback without auth",
  description: "The gateway listens beyond loopback but no token, password or trusted-proxy auth resolves.",
  releases: [
    {
      from: "2026.1.30",
      note: "Auth counts only as the resolved mode's own secret (a token in token mode, a password in password mode); an unresolved ${VAR} is its literal text, so it counts.",
      facts: { auth: "resolved-mode" }
    },
    {
      from: "2026.3.31",
      note: "Any configured input for the mode counts (a SecretRef, gateway.remote.token, OPENCLAW_GATEWAY_TOKEN); an unresolved ${VAR} still counts.",
      facts: { auth: "configured-input" }
    },
    {
      from: "2026.8.2",
      note: "The credential plan: an unresolved ${VAR} no longer counts as a credential.",
      facts: { auth: "credential-plan" }
    }
  ],
  check(ctx, report, facts) {
    if (isLoopbackBind(ctx)) return;
    const auth = resolveGatewayAuth(ctx, facts?.auth);
    if (auth.hasGatewayAuth) return;
    const bind = effectiveBind(ctx);
    const why = auth.explicitMode === "none" ? 'gateway.auth.mode is "none"' : auth.explicitMode === "token" || auth.explicitMode === "password" ? `gateway.auth.mode is "${auth.explicitMode}" but no ${auth.explicitMode} is configured (config, \${VAR} or OPENCLAW_GATEWAY_${auth.explicitMode.toUpperCase()})` : auth.localToken.refPath && ctx.isUnresolved(["gateway", "auth", "token"]) ? "gateway.auth.token references a variable that is not set (an unresolved ${VAR} is not a credential)" : "no gateway.auth token/password is configured";
    report({
      path: ctx.has(["gateway", "auth"]) ? ["gateway", "auth"] : ["gateway", "bind"],
      message: `${bindSource(ctx)} but ${why}; anyone who can reach the port controls the gateway.`,
      detail: `gateway.bind="${bind}" but no gateway.auth token/password is configured.`,
      fix: 'Set gateway.auth.mode to "token" with gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" (a long random secret), or set gateway.bind to "loopback".'
    });
  }
});

// src/rules/openclaw/gateway/control-ui-allowed-origins-required.ts
var control_ui_allowed_origins_required_default = defineRule({
  id: "gateway.control_ui.allowed_origins_required",
  severity: "critical",
  title: "Non-loopback Control UI missing explicit allowed origins",
  description: "A non-loopback Control UI without gateway.controlUi.allowedOrigins.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    if (at(ctx.config, "gateway", "controlUi", "enabled") === false) return;
    if (stringEntries(at(ctx.config, "gateway", "controlUi", "allowedOrigins")).length > 0) return;
    if (at(ctx.config, "gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback") === true) return;
    const reach = deploymentReach(ctx);
    if (reach === "internal") return;
    report({
      path: ctx.has(["gateway", "controlUi"]) ? ["gateway", "controlUi"] : ["gateway", "bind"],
      ...reach === "host" ? { severity: "warn" } : {},
      message: `${bindSource(ctx)} with the Control UI enabled but gateway.controlUi.allowedOrigins is empty; browser origins cannot be checked (cross-site WebSocket / DNS rebinding)${reach === "host" ? ". The deployment publishes the port on host loopback only, so only pages open in a browser on this host (DNS rebinding) can try" : ""}.`,
      detail: "Control UI is enabled on a non-loopback bind but gateway.controlUi.allowedOrigins is empty. Strict origin policy requires explicit allowed origins for non-loopback deployments.",
      fix: 'Set gateway.controlUi.allowedOrigins to your full trusted origins, e.g. ["https://control.example.com"].'
    });
  }
});

// src/rules/openclaw/gateway/control-ui-allowed-origins-wildcard.ts
var control_ui_allowed_origins_wildcard_default = defineRule({
  id: "gateway.control_ui.allowed_origins_wildcard",
  severity: "warn",
  title: "Control UI allowed origins contains wildcard",
  description: 'gateway.controlUi.allowedOrigins contains "*" (critical when the bind is not loopback).',
  fixable: true,
  releases: [{ from: "2026.3.31", note: "First in the audit of 2026.3.31 (2026.2.26 has no such check)." }],
  check(ctx, report) {
    const raw = at(ctx.config, "gateway", "controlUi", "allowedOrigins");
    if (!stringEntries(raw).includes("*")) return;
    const idx = Array.isArray(raw) ? raw.findIndex((v) => typeof v === "string" && v.trim() === "*") : -1;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: idx >= 0 ? ["gateway", "controlUi", "allowedOrigins", idx] : ["gateway", "controlUi", "allowedOrigins"],
      autofix: removeWildcards(["gateway", "controlUi", "allowedOrigins"], raw),
      severity: exposed ? "critical" : "warn",
      message: `gateway.controlUi.allowedOrigins includes "*", so any website can drive the Control UI/WebChat socket${exposed ? ` on a gateway bound to "${effectiveBind(ctx)}"` : ""}.`,
      detail: 'gateway.controlUi.allowedOrigins includes "*" which means allow any browser origin for Control UI/WebChat requests. This disables origin allowlisting and should be treated as an intentional allow-all policy.',
      fix: 'Replace "*" in gateway.controlUi.allowedOrigins with explicit origins, e.g. ["https://control.example.com"].'
    });
  }
});

// src/rules/openclaw/gateway/control-ui-device-auth-disabled.ts
var control_ui_device_auth_disabled_default = defineRule({
  id: "gateway.control_ui.device_auth_disabled",
  severity: "critical",
  title: "Control UI device auth disabled",
  description: "gateway.controlUi.dangerouslyDisableDeviceAuth is true: Control UI clients skip device identity and pairing.",
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, "gateway", "controlUi", "dangerouslyDisableDeviceAuth") !== true) return;
    const proxy = ctx.deployment.authProxy;
    const front = !proxy ? "" : proxy.gates ? ` The deployment puts ${proxy.what} in front of the gateway's only port, so a stranger must log in there before the token counts: warn, not critical.` : ` The proxy in front of the gateway, ${proxy.what}, does not stop that: ${proxy.gap}.`;
    report({
      ...proxy?.gates ? { severity: "warn" } : {},
      path: ["gateway", "controlUi", "dangerouslyDisableDeviceAuth"],
      autofix: [{ op: "remove", path: ["gateway", "controlUi", "dangerouslyDisableDeviceAuth"] }],
      message: "gateway.controlUi.dangerouslyDisableDeviceAuth is true: gateways that still honour it (before 2026.9) let Control UI clients connect without device identity or pairing, so a leaked token is full operator access; 2026.9.6 ignores this retired key." + front,
      detail: "gateway.controlUi.dangerouslyDisableDeviceAuth=true disables device identity checks.",
      fix: "Remove gateway.controlUi.dangerouslyDisableDeviceAuth (or run `openclaw doctor --fix`) and pair devices; use HTTPS or Tailscale Serve for the Control UI."
    });
  }
});

// src/rules/openclaw/gateway/control-ui-host-header-origin-fallback.ts
var control_ui_host_header_origin_fallback_default = defineRule({
  id: "gateway.control_ui.host_header_origin_fallback",
  severity: "warn",
  fixable: true,
  title: "DANGEROUS: Host-header origin fallback enabled",
  description: "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback is true (critical off loopback).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback") !== true) return;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: ["gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback"],
      severity: exposed ? "critical" : "warn",
      message: `gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback is true: the Host header stands in for the origin check, which DNS rebinding defeats${exposed ? ` (gateway bound to "${effectiveBind(ctx)}")` : ""}.`,
      detail: "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true enables Host-header origin fallback for Control UI/WebChat websocket checks and weakens DNS rebinding protections.",
      fix: "Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback: false and list origins in gateway.controlUi.allowedOrigins.",
      replaceWith: false
    });
  }
});

// src/rules/openclaw/gateway/control-ui-insecure-auth.ts
var control_ui_insecure_auth_default = defineRule({
  id: "gateway.control_ui.insecure_auth",
  severity: "warn",
  title: "Insecure-auth compatibility toggle enabled",
  description: "gateway.controlUi.allowInsecureAuth is true: the Control UI accepts token-only auth over an insecure context (a key of OpenClaw up to 2026.7).",
  beyondCli: true,
  fixable: true,
  releases: [
    {
      from: "2026.1.30",
      note: 'Critical: "Control UI allows insecure HTTP auth" (token-only auth over HTTP, device identity skipped).',
      facts: { severity: "critical" }
    },
    {
      from: "2026.2.26",
      note: "Warn: the toggle no longer bypasses secure context or device identity checks (only dangerouslyDisableDeviceAuth does).",
      facts: { severity: "warn" }
    },
    {
      from: "2026.8.2",
      note: "The key is gone from the schema and the audit has no such check; clawlint still reports the leftover key (beyond the CLI)."
    }
  ],
  check(ctx, report, facts) {
    if (at(ctx.config, "gateway", "controlUi", "allowInsecureAuth") !== true) return;
    report({
      path: ["gateway", "controlUi", "allowInsecureAuth"],
      severity: facts?.severity,
      autofix: [{ op: "remove", path: ["gateway", "controlUi", "allowInsecureAuth"] }],
      message: "gateway.controlUi.allowInsecureAuth is true: gateways that honour it (OpenClaw up to 2026.7) let the Control UI fall back to token-only auth over plain HTTP, a downgrade of device pairing.",
      detail: "gateway.controlUi.allowInsecureAuth=true enables the insecure-auth compatibility toggle.",
      fix: "Remove gateway.controlUi.allowInsecureAuth and open the Control UI over HTTPS (Tailscale Serve) or on 127.0.0.1."
    });
  }
});

// src/rules/openclaw/gateway/env-token-overrides-config.ts
var env_token_overrides_config_default = defineRule({
  id: "gateway.env_token_overrides_config",
  severity: "warn",
  title: "OPENCLAW_GATEWAY_TOKEN conflicts with gateway.auth.token",
  description: "OPENCLAW_GATEWAY_TOKEN is set (env file, deployment or env.vars) and differs from gateway.auth.token.",
  releases: [{ from: "2026.5.28", note: "First in the audit of 2026.5.28 (2026.4.29 has no such check)." }],
  check(ctx, report) {
    const envToken = envValue(ctx, "OPENCLAW_GATEWAY_TOKEN");
    if (!envToken) return;
    if (ctx.deployment.credentialsAssumed?.includes("OPENCLAW_GATEWAY_TOKEN")) return;
    if (ctx.env.get("OPENCLAW_SERVICE_KIND")?.trim() === "gateway") return;
    if (str(ctx.config, "gateway", "mode") === "remote") return;
    const mode = str(ctx.config, "gateway", "auth", "mode");
    if (mode === "password" || mode === "none" || mode === "trusted-proxy") return;
    const input = at(ctx.config, "gateway", "auth", "token");
    const ref = ctx.isUnresolved(["gateway", "auth", "token"]) ? coerceSecretRef(ctx.authored(["gateway", "auth", "token"]) ?? input) : typeof input === "string" ? void 0 : coerceSecretRef(input);
    if (ref?.source === "env" && ref.id === "OPENCLAW_GATEWAY_TOKEN") return;
    const configToken = ref ? void 0 : trimmed(input);
    if (!ref && !configToken) return;
    if (configToken === envToken) return;
    report({
      path: ["gateway", "auth", "token"],
      message: `OPENCLAW_GATEWAY_TOKEN is set in the environment but gateway.auth.token ${ref ? `points at ${ref.source}:${ref.id}` : "holds a different value"}; local clients and environment-based clients authenticate with different secrets, and a stale one can still authenticate.`,
      detail: "OPENCLAW_GATEWAY_TOKEN is set while gateway.auth.token uses a different configured source. Configured local Gateway clients and the managed gateway service prefer gateway.auth.token. Environment credentials remain active for explicit environment URL and node-host targets, so a stale value can still authenticate against the wrong target.",
      fix: 'Set gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}" so the environment is canonical, or remove OPENCLAW_GATEWAY_TOKEN from the environment.'
    });
  }
});

// src/rules/openclaw/gateway/http-no-auth.ts
var http_no_auth_default = defineRule({
  id: "gateway.http.no_auth",
  severity: "warn",
  title: "Gateway HTTP APIs are reachable without auth",
  description: "The gateway HTTP APIs (/tools/invoke, \u2026) have no resolved credential (critical when remotely exposed).",
  releases: [
    {
      from: "2026.2.26",
      note: 'Reported only when the resolved gateway.auth.mode is "none".',
      facts: { trigger: "mode-none", auth: "resolved-mode" }
    },
    {
      from: "2026.5.28",
      note: "Reported whenever the resolved mode has no credential (token mode without a token too). It reads the runtime config, where an unresolved ${VAR} is no value (the bind/loopback checks read the source config, where it counts until 2026.8).",
      facts: { trigger: "no-credential", auth: "credential-plan" }
    }
  ],
  check(ctx, report, facts) {
    const auth = resolveGatewayAuth(ctx, facts?.auth);
    if (facts?.trigger === "mode-none" ? auth.mode !== "none" : auth.hasHttpAuth) return;
    if (isIsolatedLoopback(ctx)) return;
    const cfg = ctx.config;
    const endpoints = [
      "/tools/invoke",
      at(cfg, "gateway", "http", "endpoints", "chatCompletions", "enabled") === true ? "/v1/chat/completions" : null,
      at(cfg, "gateway", "http", "endpoints", "responses", "enabled") === true ? "/v1/responses" : null,
      at(cfg, "plugins", "entries", "admin-http-rpc", "enabled") === true ? "/api/v1/admin/rpc" : null
    ].filter((e) => e !== null);
    const exposed = isRemotelyExposed(ctx);
    const why = auth.mode === "none" ? 'gateway.auth.mode is "none"' : `gateway.auth.mode resolves to "${auth.mode}" but no ${auth.mode} value resolves`;
    report({
      path: ctx.has(["gateway", "auth", "mode"]) ? ["gateway", "auth", "mode"] : ctx.has(["gateway", "auth"]) ? ["gateway", "auth"] : ctx.has(["gateway"]) ? ["gateway"] : [],
      severity: exposed ? "critical" : "warn",
      message: `${why}, so ${endpoints.join(", ")} can be called without a shared secret; ${exposureLabel(ctx)}.`,
      detail: `gateway.auth.mode="none" leaves ${endpoints.join(", ")} callable without a shared secret. Treat this as trusted-local only and avoid exposing the gateway beyond loopback.`,
      fix: 'Set gateway.auth.mode: "token" with gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}".'
    });
  }
});

// src/rules/openclaw/gateway/http-session-key-override-enabled.ts
var http_session_key_override_enabled_default = defineRule({
  id: "gateway.http.session_key_override_enabled",
  severity: "info",
  title: "HTTP API session-key override is enabled",
  description: "The OpenAI-compatible HTTP endpoints are enabled and accept x-openclaw-session-key routing.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const chat = at(ctx.config, "gateway", "http", "endpoints", "chatCompletions", "enabled") === true;
    const resp = at(ctx.config, "gateway", "http", "endpoints", "responses", "enabled") === true;
    if (!chat && !resp) return;
    const eps = [chat ? "/v1/chat/completions" : null, resp ? "/v1/responses" : null].filter(
      (e) => e !== null
    );
    report({
      path: chat ? ["gateway", "http", "endpoints", "chatCompletions", "enabled"] : ["gateway", "http", "endpoints", "responses", "enabled"],
      message: `${eps.join(" and ")} ${eps.length > 1 ? "are enabled and accept" : "is enabled and accepts"} x-openclaw-session-key, so API callers can route into any session.`,
      detail: `${eps.join(", ")} accept x-openclaw-session-key for per-request session routing. Treat API credential holders as trusted principals.`,
      fix: "Set gateway.http.endpoints.chatCompletions.enabled / responses.enabled to false unless API callers are trusted operators."
    });
  }
});

// src/rules/openclaw/gateway/loopback-no-auth.ts
var loopback_no_auth_default = defineRule({
  id: "gateway.loopback_no_auth",
  severity: "critical",
  title: "Gateway auth missing on loopback",
  description: "The gateway is loopback-only with the Control UI enabled but no auth secret (a reverse proxy makes it unauthenticated).",
  releases: [
    {
      from: "2026.1.30",
      note: "Auth counts only as the resolved mode's own secret (a token in token mode, a password in password mode); an unresolved ${VAR} is its literal text, so it counts.",
      facts: { auth: "resolved-mode" }
    },
    {
      from: "2026.3.31",
      note: "Any configured input for the mode counts (a SecretRef, gateway.remote.token, OPENCLAW_GATEWAY_TOKEN); an unresolved ${VAR} still counts.",
      facts: { auth: "configured-input" }
    },
    {
      from: "2026.8.2",
      note: "The credential plan: an unresolved ${VAR} no longer counts as a credential; trusted-proxy mode counts as auth on loopback.",
      facts: { auth: "credential-plan" }
    }
  ],
  check(ctx, report, facts) {
    if (!isLoopbackBind(ctx) || isIsolatedLoopback(ctx)) return;
    if (at(ctx.config, "gateway", "controlUi", "enabled") === false) return;
    const auth = resolveGatewayAuth(ctx, facts?.auth);
    if (auth.hasLoopbackAuth) return;
    const why = auth.explicitMode === "none" ? 'gateway.auth.mode is "none"' : "no gateway auth secret is configured";
    report({
      path: ctx.has(["gateway", "auth"]) ? ["gateway", "auth"] : ctx.has(["gateway"]) ? ["gateway"] : [],
      message: `The gateway is loopback-only with the Control UI enabled but ${why}; anything on the host, or a reverse proxy in front of it, gets unauthenticated access.`,
      detail: "gateway.bind is loopback but no gateway auth secret is configured. If the Control UI is exposed through a reverse proxy, unauthenticated access is possible.",
      fix: 'Set gateway.auth.mode: "token" and gateway.auth.token: "${OPENCLAW_GATEWAY_TOKEN}", or gateway.controlUi.enabled: false.'
    });
  }
});

// src/rules/openclaw/gateway/nodes-legacy.ts
function nodeCommandList(cfg, kind) {
  const current = at(cfg, "gateway", "nodes", "commands", kind);
  if (Array.isArray(current))
    return {
      list: current,
      names: names(current),
      path: ["gateway", "nodes", "commands", kind],
      label: `gateway.nodes.commands.${kind}`
    };
  const legacyKey = kind === "allow" ? "allowCommands" : "denyCommands";
  const legacy = at(cfg, "gateway", "nodes", legacyKey);
  if (Array.isArray(legacy))
    return {
      list: legacy,
      names: names(legacy),
      path: ["gateway", "nodes", legacyKey],
      label: `gateway.nodes.${legacyKey}`
    };
  return void 0;
}
function names(list) {
  return list.map((v) => trimmed(v) ?? "").filter(Boolean);
}

// src/rules/openclaw/gateway/nodes-commands.ts
var DANGEROUS_NODE_COMMANDS = [
  "camera.snap",
  "camera.clip",
  "camera.ptz.control",
  "screen.record",
  "contacts.add",
  "calendar.add",
  "reminders.add",
  "sms.send",
  "sms.search",
  "health.summary"
];
var DEFAULT_NODE_COMMANDS = [
  "camera.list",
  "location.get",
  "device.info",
  "device.status",
  "contacts.search",
  "calendar.events",
  "reminders.list",
  "photos.latest",
  "motion.activity",
  "motion.pedometer",
  "system.notify",
  "watch.status",
  "watch.notify",
  "notifications.list",
  "notifications.actions",
  "device.permissions",
  "device.health",
  "device.apps",
  "callLog.search",
  "mobile.ui.observe",
  "mobile.ui.act",
  "camera.ptz.status",
  "system.run.prepare",
  "system.run",
  "system.which",
  "system.execApprovals.get",
  "system.execApprovals.set",
  "fs.listDir",
  "terminal.upload",
  "browser.proxy",
  "browser.proxy.upload.v1",
  "mcp.tools.call.v1",
  "agent.cli.claude.run.v1",
  "screen.snapshot",
  "desktop.stream",
  "computer.act",
  "talk.ptt.start",
  "talk.ptt.stop",
  "talk.ptt.cancel",
  "talk.ptt.once"
];

// src/rules/openclaw/gateway/nodes-allow-commands-dangerous.ts
var nodes_allow_commands_dangerous_default = defineRule({
  id: "gateway.nodes.allow_commands_dangerous",
  severity: "warn",
  title: "Dangerous node commands explicitly enabled",
  description: "gateway.nodes.commands.allow (or the legacy gateway.nodes.allowCommands) enables camera/screen/contacts/calendar/SMS/health commands (critical when remotely exposed).",
  releases: [
    {
      from: "2026.2.26",
      note: "First in the audit of 2026.2.26 (2026.1.30 has no such check); dangerous commands: camera.snap, camera.clip, screen.record, contacts.add, calendar.add, reminders.add, sms.send, sms.search.",
      facts: {
        dangerous: [
          "camera.snap",
          "camera.clip",
          "screen.record",
          "contacts.add",
          "calendar.add",
          "reminders.add",
          "sms.send",
          "sms.search"
        ]
      }
    },
    {
      from: "2026.8.2",
      note: "camera.ptz.control, desktop.stream and health.summary join the dangerous commands.",
      facts: {
        dangerous: [
          "camera.snap",
          "camera.clip",
          "camera.ptz.control",
          "screen.record",
          "desktop.stream",
          "contacts.add",
          "calendar.add",
          "reminders.add",
          "sms.send",
          "sms.search",
          "health.summary"
        ]
      }
    },
    {
      from: "2026.9.6",
      note: "desktop.stream leaves the dangerous commands.",
      facts: { dangerous: DANGEROUS_NODE_COMMANDS }
    }
  ],
  check(ctx, report, facts) {
    const a = nodeCommandList(ctx.config, "allow");
    if (!a || a.list.length === 0) return;
    const allow = new Set(a.names);
    const deny = new Set(nodeCommandList(ctx.config, "deny")?.names ?? []);
    const hits = (facts?.dangerous ?? DANGEROUS_NODE_COMMANDS).filter((c) => allow.has(c) && !deny.has(c));
    if (hits.length === 0) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: a.path,
      severity: exposed ? "critical" : "warn",
      message: `${a.label} enables ${capList(hits)} on paired devices; ${exposureLabel(ctx)}.`,
      detail: `${a.label} includes: ${hits.join(", ")}. These commands can trigger high-impact device actions or read sensitive data (desktop input/camera/screen/contacts/calendar/reminders/health/SMS/file).`,
      fix: `Remove ${hits.join(", ")} from ${a.label}.`
    });
  }
});

// src/rules/openclaw/gateway/nodes-deny-commands-ineffective.ts
function looksLikePattern(v) {
  if (/[?*[\]{}(),|]/.test(v)) return true;
  if (v.startsWith("/") || v.endsWith("/") || v.startsWith("^") || v.endsWith("$")) return true;
  return /\s/.test(v) || v.includes("group:");
}
var KNOWN_2026_2 = [
  "browser.proxy",
  "calendar.events",
  "camera.list",
  "canvas.a2ui.push",
  "canvas.a2ui.pushJSONL",
  "canvas.a2ui.reset",
  "canvas.eval",
  "canvas.hide",
  "canvas.navigate",
  "canvas.present",
  "canvas.snapshot",
  "contacts.search",
  "device.info",
  "device.status",
  "location.get",
  "motion.activity",
  "motion.pedometer",
  "notifications.list",
  "photos.latest",
  "reminders.list",
  "system.notify",
  "system.run",
  "system.run.prepare",
  "system.which"
];
var CANVAS = KNOWN_2026_2.filter((c) => c.startsWith("canvas."));
var evolve = (prev, add, remove = []) => [
  ...prev.filter((c) => !remove.includes(c)),
  ...add
];
var KNOWN_2026_3 = evolve(KNOWN_2026_2, [
  "callLog.search",
  "device.health",
  "device.permissions",
  "notifications.actions"
]);
var KNOWN_2026_4 = evolve(KNOWN_2026_3, [
  "calendar.add",
  "camera.clip",
  "camera.snap",
  "contacts.add",
  "reminders.add",
  "screen.record",
  "screen.snapshot",
  "sms.search",
  "sms.send"
]);
var KNOWN_2026_5 = evolve(
  KNOWN_2026_4,
  ["talk.ptt.cancel", "talk.ptt.once", "talk.ptt.start", "talk.ptt.stop"],
  CANVAS
);
var KNOWN_2026_6 = evolve(KNOWN_2026_5, ["device.apps"]);
var KNOWN_2026_8 = evolve(KNOWN_2026_6, [
  "browser.proxy.upload.v1",
  "camera.ptz.control",
  "camera.ptz.status",
  "computer.act",
  "desktop.stream",
  "health.summary",
  "mobile.ui.act",
  "mobile.ui.observe",
  "watch.notify",
  "watch.status"
]);
var nodes_deny_commands_ineffective_default = defineRule({
  id: "gateway.nodes.deny_commands_ineffective",
  severity: "warn",
  title: "Some gateway.nodes.commands.deny entries are ineffective",
  description: "gateway.nodes.commands.deny (or the legacy gateway.nodes.denyCommands) holds patterns or unknown names, which exact matching never hits.",
  releases: [
    {
      from: "2026.2.26",
      note: "First in the audit of 2026.2.26 (2026.1.30 has no such check). Known names: the platform defaults of 2026.2.26 (with the canvas.* commands) plus gateway.nodes.allowCommands; the dangerous commands (camera.snap, sms.send, \u2026) are not known, so denying them is reported as an unknown name.",
      facts: { known: KNOWN_2026_2 }
    },
    {
      from: "2026.3.31",
      note: "The platform defaults of 2026.3.31 (callLog.search, device.* added); dangerous commands still unknown.",
      facts: { known: KNOWN_2026_3 }
    },
    {
      from: "2026.4.29",
      note: "The default dangerous commands count as known; screen.snapshot and notifications.actions join the defaults.",
      facts: { known: KNOWN_2026_4 }
    },
    {
      from: "2026.5.28",
      note: "The canvas.* commands leave the defaults; the talk commands join.",
      facts: { known: KNOWN_2026_5 }
    },
    {
      from: "2026.6.11",
      note: "device.apps joins the defaults.",
      facts: { known: KNOWN_2026_6 }
    },
    {
      from: "2026.8.2",
      note: "The 2026.8.2 defaults (camera.ptz.*, health.summary, mobile.ui.*, watch.*, desktop.stream, browser.proxy.upload.v1); the key is gateway.nodes.commands.deny.",
      facts: { known: KNOWN_2026_8 }
    },
    {
      from: "2026.9.6",
      note: "The 2026.9.6 defaults (system.execApprovals.*, fs.listDir, terminal.upload, mcp.tools.call.v1, agent.cli.claude.run.v1, computer.act).",
      facts: { known: [...DEFAULT_NODE_COMMANDS, ...DANGEROUS_NODE_COMMANDS] }
    }
  ],
  check(ctx, report, facts) {
    const d = nodeCommandList(ctx.config, "deny");
    const deny = d?.names ?? [];
    if (!d || deny.length === 0) return;
    const known = /* @__PURE__ */ new Set([
      ...facts?.known ?? [...DEFAULT_NODE_COMMANDS, ...DANGEROUS_NODE_COMMANDS],
      ...nodeCommandList(ctx.config, "allow")?.names ?? []
    ]);
    const patterns = deny.filter(looksLikePattern);
    const unknown = deny.filter((d2) => !looksLikePattern(d2) && !known.has(d2));
    if (patterns.length === 0 && unknown.length === 0) return;
    const parts = [];
    if (patterns.length)
      parts.push(
        `pattern-like entries ${capList(patterns.map((p) => JSON.stringify(p)))} (only exact command names match)`
      );
    if (unknown.length) parts.push(`unknown command names ${capList(unknown.map((p) => JSON.stringify(p)))}`);
    const detailParts = [];
    if (patterns.length)
      detailParts.push(`Pattern-like entries (not supported by exact matching): ${patterns.join(", ")}`);
    if (unknown.length)
      detailParts.push(`Unknown command names (not in defaults/gateway.nodes.commands.allow): ${unknown.join(", ")}`);
    const first = d.list.findIndex((v) => {
      const t = trimmed(v);
      return !!t && (looksLikePattern(t) || !known.has(t));
    });
    report({
      path: first >= 0 ? [...d.path, first] : d.path,
      message: `${d.label} has ${parts.join(" and ")}; these entries block nothing.`,
      detail: `${d.label} uses exact node command-name matching only (for example \`system.run\`), not shell-text filtering inside a command payload.
` + detailParts.map((p) => `- ${p}`).join("\n"),
      fix: `List exact node command names in ${d.label} (e.g. "system.run", "camera.snap").`
    });
  }
});

// src/rules/openclaw/gateway/credential-checks.ts
function checkPlaceholder(kind, ctx, report) {
  const sel = selectedCredential(ctx, kind);
  if (!sel || !isPlaceholderSecret(sel.value) || judgedByDeployment(ctx, sel, kind)) return;
  const shown = typeof sel.value === "string" && sel.value.trim() === "" ? "blank" : "a known placeholder word (not a secret)";
  report({
    path: sel.source.startsWith("gateway.") ? sel.source.split(".") : ["gateway", "auth"],
    message: `The selected gateway ${kind} (${sel.source}) is ${shown}; the gateway refuses to start with it and it protects nothing.`,
    detail: `The selected Gateway ${kind} is a known non-secret value. Gateway startup rejects it.`,
    fix: `Set gateway.auth.${kind} to "\${OPENCLAW_GATEWAY_${kind.toUpperCase()}}" and generate a real secret (e.g. openssl rand -hex 32).`
  });
}
function checkTooShort(kind, ctx, report) {
  const sel = selectedCredential(ctx, kind);
  if (!sel || typeof sel.value !== "string" || isPlaceholderSecret(sel.value)) return;
  if (judgedByDeployment(ctx, sel, kind)) return;
  const len = sel.value.trim().length;
  if (len === 0 || len >= 24) return;
  report({
    path: sel.source.startsWith("gateway.") ? sel.source.split(".") : ["gateway", "auth"],
    message: `The gateway ${kind} from ${sel.source} is ${len} characters long (minimum 24); short secrets can be brute-forced.`,
    detail: `gateway auth ${kind} is ${len} chars; prefer a long random ${kind}.`,
    fix: `Use a random gateway ${kind} of at least 24 characters (e.g. openssl rand -hex 32) via gateway.auth.${kind}: "\${OPENCLAW_GATEWAY_${kind.toUpperCase()}}".`
  });
}

// src/rules/openclaw/gateway/password-placeholder-value.ts
var password_placeholder_value_default = defineRule({
  id: "gateway.password_placeholder_value",
  severity: "critical",
  title: "Gateway password is a blank or undefined/null placeholder",
  description: 'The selected gateway password is blank, "undefined" or "null".',
  releases: [{ from: "2026.9.6", note: "First in the audit of 2026.9.6 (2026.8.2 has no such check)." }],
  check(ctx, report) {
    checkPlaceholder("password", ctx, report);
  }
});

// src/rules/openclaw/gateway/password-too-short.ts
var password_too_short_default = defineRule({
  id: "gateway.password_too_short",
  severity: "warn",
  title: "Gateway password looks short",
  description: "The selected gateway password (config, env or remote fallback) is shorter than 24 characters.",
  releases: [{ from: "2026.9.6", note: "First in the audit of 2026.9.6 (2026.8.2 has no such check)." }],
  check(ctx, report) {
    checkTooShort("password", ctx, report);
  }
});

// src/rules/openclaw/gateway/real-ip-fallback-enabled.ts
import { isIP } from "node:net";
function isStrictLoopbackProxy(entry) {
  if (typeof entry !== "string") return false;
  const c = entry.trim();
  if (!c) return false;
  if (!c.includes("/")) return c === "127.0.0.1" || c.toLowerCase() === "::1";
  const [ip, prefix] = c.split("/", 2);
  if (!ip || !prefix || !/^\d+$/.test(prefix)) return false;
  const v = isIP(ip.trim());
  if (v === 4) return ip.trim() === "127.0.0.1" && Number(prefix) === 32;
  if (v === 6) return Number(prefix) === 128 && ip.trim().toLowerCase() === "::1";
  return false;
}
var real_ip_fallback_enabled_default = defineRule({
  id: "gateway.real_ip_fallback_enabled",
  severity: "warn",
  fixable: true,
  title: "X-Real-IP fallback is enabled",
  description: "gateway.allowRealIpFallback is true (critical off loopback or with trusted-proxy auth behind non-loopback proxies).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "gateway", "allowRealIpFallback") !== true) return;
    const tp = at(ctx.config, "gateway", "trustedProxies");
    const proxies = Array.isArray(tp) ? tp : [];
    const remoteProxy = proxies.some((p) => !isStrictLoopbackProxy(p));
    const exposed = !isLoopbackBind(ctx) || resolveGatewayAuth(ctx).mode === "trusted-proxy" && remoteProxy;
    const where2 = !isLoopbackBind(ctx) ? ` on a gateway bound to "${effectiveBind(ctx)}"` : exposed ? " with trusted-proxy auth behind non-loopback proxies" : "";
    report({
      path: ["gateway", "allowRealIpFallback"],
      severity: exposed ? "critical" : "warn",
      message: `gateway.allowRealIpFallback is true${where2}: a proxy that forwards a client-supplied X-Real-IP lets callers spoof their source IP and pass local-client checks.`,
      detail: "gateway.allowRealIpFallback=true trusts X-Real-IP when trusted proxies omit X-Forwarded-For. Misconfigured proxies that forward client-supplied X-Real-IP can spoof source IP and local-client checks.",
      fix: "Set gateway.allowRealIpFallback: false (the default).",
      replaceWith: false
    });
  }
});

// src/rules/openclaw/gateway/tailscale-funnel.ts
var tailscale_funnel_default = defineRule({
  id: "gateway.tailscale_funnel",
  severity: "critical",
  title: "Tailscale Funnel exposure enabled",
  description: 'gateway.tailscale.mode is "funnel": the gateway is on the public internet.',
  check(ctx, report) {
    if (tailscaleMode(ctx) !== "funnel") return;
    report({
      path: ["gateway", "tailscale", "mode"],
      message: 'gateway.tailscale.mode is "funnel": the gateway is published on the public internet through Tailscale Funnel.',
      detail: 'gateway.tailscale.mode="funnel" exposes the Gateway publicly; keep auth strict and treat it as internet-facing.',
      fix: 'Set gateway.tailscale.mode: "serve" (tailnet-only) or "off".'
    });
  }
});

// src/rules/openclaw/gateway/tailscale-serve.ts
var tailscale_serve_default = defineRule({
  id: "gateway.tailscale_serve",
  severity: "info",
  title: "Tailscale Serve exposure enabled",
  description: 'gateway.tailscale.mode is "serve": the gateway is reachable from the tailnet.',
  check(ctx, report) {
    if (tailscaleMode(ctx) !== "serve") return;
    report({
      path: ["gateway", "tailscale", "mode"],
      message: 'gateway.tailscale.mode is "serve": every device on the tailnet can reach the gateway.',
      detail: 'gateway.tailscale.mode="serve" exposes the Gateway to your tailnet (loopback behind Tailscale).',
      fix: 'Keep gateway auth strict and restrict the tailnet ACLs; set gateway.tailscale.mode: "off" if tailnet access is not needed.'
    });
  }
});

// src/rules/openclaw/gateway/token-placeholder-value.ts
var token_placeholder_value_default = defineRule({
  id: "gateway.token_placeholder_value",
  severity: "critical",
  title: "Gateway token is a blank or undefined/null placeholder",
  description: 'The selected gateway token is blank, "undefined" or "null".',
  releases: [{ from: "2026.9.6", note: "First in the audit of 2026.9.6 (2026.8.2 has no such check)." }],
  check(ctx, report) {
    checkPlaceholder("token", ctx, report);
  }
});

// src/rules/openclaw/gateway/token-too-short.ts
var token_too_short_default = defineRule({
  id: "gateway.token_too_short",
  severity: "warn",
  title: "Gateway token looks short",
  description: "The selected gateway token (config, env or remote fallback) is shorter than 24 characters.",
  check(ctx, report) {
    checkTooShort("token", ctx, report);
  }
});

// src/openclaw/tool-catalog.ts
var TOOL_ALIASES = /* @__PURE__ */ new Map([
  ["bash", "exec"],
  ["apply-patch", "apply_patch"],
  ["cron", "automations"]
]);
var TOOL_GROUPS = {
  "group:openclaw": [
    "code_execution",
    "secrets",
    "web_search",
    "web_fetch",
    "x_search",
    "memory_search",
    "memory_get",
    "sessions",
    "sessions_list",
    "sessions_history",
    "sessions_search",
    "conversations_list",
    "conversations_send",
    "conversations_turn",
    "sessions_send",
    "sessions_spawn",
    "github_identity_status",
    "github_publish",
    "agents_wait",
    "sessions_yield",
    "subagents",
    "session_status",
    "suggest_task",
    "dismiss_task",
    "browser",
    "screen",
    "theme",
    "dashboard",
    "terminal",
    "portal",
    "show_widget",
    "message",
    "heartbeat_respond",
    "automations",
    "gateway",
    "plugins",
    "openclaw",
    "nodes",
    "computer",
    "mobile_ui",
    "agents_list",
    "get_goal",
    "create_goal",
    "update_goal",
    "progress_card",
    "ask_user",
    "skill_workshop",
    "view_image",
    "image_generate",
    "music_generate",
    "video_generate",
    "tts",
    "pdf"
  ],
  "group:fs": ["ls", "read", "write", "edit", "apply_patch"],
  "group:runtime": ["exec", "process", "code_execution", "secrets"],
  "group:web": ["web_search", "web_fetch", "x_search"],
  "group:memory": ["memory_search", "memory_get"],
  "group:sessions": [
    "sessions",
    "sessions_list",
    "sessions_history",
    "sessions_search",
    "conversations_list",
    "conversations_send",
    "conversations_turn",
    "sessions_send",
    "sessions_spawn",
    "github_identity_status",
    "github_publish",
    "agents_wait",
    "sessions_yield",
    "subagents",
    "session_status",
    "suggest_task",
    "dismiss_task"
  ],
  "group:ui": ["browser", "screen", "theme", "dashboard", "terminal", "portal", "canvas", "show_widget"],
  "group:messaging": ["message"],
  "group:automation": ["heartbeat_respond", "automations", "gateway", "plugins", "openclaw"],
  "group:nodes": ["nodes", "computer", "mobile_ui"],
  "group:agents": [
    "agents_list",
    "get_goal",
    "create_goal",
    "update_goal",
    "progress_card",
    "ask_user",
    "skill_workshop"
  ],
  "group:media": ["view_image", "image_generate", "music_generate", "video_generate", "tts", "pdf"]
};
var TOOL_PROFILES = {
  minimal: ["session_status", "gateway"],
  messaging: [
    "secrets",
    "sessions",
    "sessions_list",
    "sessions_history",
    "sessions_search",
    "conversations_list",
    "conversations_send",
    "conversations_turn",
    "sessions_send",
    "sessions_spawn",
    "sessions_yield",
    "subagents",
    "session_status",
    "theme",
    "message",
    "gateway",
    "ask_user",
    "bundle-mcp"
  ],
  coding: [
    "ls",
    "read",
    "write",
    "edit",
    "apply_patch",
    "exec",
    "process",
    "code_execution",
    "secrets",
    "web_search",
    "web_fetch",
    "x_search",
    "memory_search",
    "memory_get",
    "sessions",
    "sessions_list",
    "sessions_history",
    "sessions_search",
    "conversations_list",
    "conversations_send",
    "conversations_turn",
    "sessions_send",
    "sessions_spawn",
    "github_identity_status",
    "github_publish",
    "agents_wait",
    "sessions_yield",
    "subagents",
    "session_status",
    "suggest_task",
    "dismiss_task",
    "screen",
    "theme",
    "dashboard",
    "terminal",
    "portal",
    "automations",
    "gateway",
    "plugins",
    "get_goal",
    "create_goal",
    "update_goal",
    "progress_card",
    "ask_user",
    "skill_workshop",
    "view_image",
    "image_generate",
    "music_generate",
    "video_generate",
    "bundle-mcp"
  ],
  full: ["*"]
};
var SANDBOX_DEFAULT_ALLOW = [
  "exec",
  "process",
  "read",
  "ls",
  "write",
  "edit",
  "apply_patch",
  "view_image",
  "sessions_list",
  "sessions_history",
  "sessions_search",
  "sessions_send",
  "sessions_spawn",
  "sessions_yield",
  "subagents",
  "session_status"
];
var SANDBOX_DEFAULT_DENY = ["browser", "canvas", "computer", "mobile_ui", "nodes", "automations", "gateway"];
function normalizeToolName(name) {
  const n = typeof name === "string" ? name.trim().toLowerCase() : "";
  return TOOL_ALIASES.get(n) ?? n;
}
var CONTROL_PLANE_TOOLS = ["automations", "gateway", "plugins"];
var DEFAULT_GATEWAY_HTTP_TOOL_DENY = [
  "exec",
  "spawn",
  "shell",
  "fs_write",
  "fs_delete",
  "fs_move",
  "apply_patch",
  "terminal",
  "portal",
  "sessions_spawn",
  "sessions_send",
  "conversations_list",
  "conversations_send",
  "conversations_turn",
  "automations",
  "gateway",
  "plugins",
  "nodes",
  "computer",
  "mobile_ui",
  "openclaw"
];

// src/rules/openclaw/gateway/tools-invoke-http-dangerous-allow.ts
var tools_invoke_http_dangerous_allow_default = defineRule({
  id: "gateway.tools_invoke_http.dangerous_allow",
  severity: "warn",
  title: "Gateway HTTP /tools/invoke re-enables dangerous tools",
  description: "gateway.tools.allow re-enables tools that POST /tools/invoke denies by default (critical off loopback or with Funnel).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const raw = at(ctx.config, "gateway", "tools", "allow");
    if (!Array.isArray(raw)) return;
    const allow = new Set(raw.map((v) => typeof v === "string" ? v.trim().toLowerCase() : "").filter(Boolean));
    const reenabled = DEFAULT_GATEWAY_HTTP_TOOL_DENY.filter((t) => allow.has(t));
    if (reenabled.length === 0) return;
    const extraRisk = !isLoopbackBind(ctx) || tailscaleMode(ctx) === "funnel";
    const where2 = !isLoopbackBind(ctx) ? ` and the gateway is bound to "${effectiveBind(ctx)}"` : tailscaleMode(ctx) === "funnel" ? " and the gateway is on Tailscale Funnel" : "";
    report({
      path: ["gateway", "tools", "allow"],
      severity: extraRisk ? "critical" : "warn",
      message: `gateway.tools.allow re-enables ${capList(reenabled)} over HTTP POST /tools/invoke${where2}; any holder of the gateway credential can run them remotely.`,
      detail: `gateway.tools.allow includes ${reenabled.join(", ")} which removes them from the default HTTP deny list. This can allow remote session spawning / control-plane actions via HTTP and increases RCE blast radius if the gateway is reachable.`,
      fix: `Remove ${reenabled.join(", ")} from gateway.tools.allow.`
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxies-missing.ts
var trusted_proxies_missing_default = defineRule({
  id: "gateway.trusted_proxies_missing",
  severity: "warn",
  title: "Reverse proxy headers are not trusted",
  description: "Loopback gateway with the Control UI on and no gateway.trustedProxies: a local reverse proxy makes every client look local.",
  check(ctx, report) {
    if (!isLoopbackBind(ctx) || isIsolatedLoopback(ctx) || isBindHidden(ctx)) return;
    if (at(ctx.config, "gateway", "controlUi", "enabled") === false) return;
    const tp = at(ctx.config, "gateway", "trustedProxies");
    if (Array.isArray(tp) && tp.length > 0) return;
    report({
      path: ctx.has(["gateway", "trustedProxies"]) ? ["gateway", "trustedProxies"] : ctx.has(["gateway"]) ? ["gateway"] : [],
      message: `gateway.trustedProxies is ${Array.isArray(tp) ? "empty" : "not set"} on a loopback gateway with the Control UI enabled; behind a reverse proxy, remote clients would pass local-client checks.`,
      detail: "gateway.bind is loopback and gateway.trustedProxies is empty. If you expose the Control UI through a reverse proxy, configure trusted proxies so local-client checks cannot be spoofed.",
      fix: 'Set gateway.trustedProxies to your proxy IPs (e.g. ["127.0.0.1"]) or keep the Control UI local-only.'
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-allow-loopback.ts
var trusted_proxy_allow_loopback_default = defineRule({
  id: "gateway.trusted_proxy_allow_loopback",
  severity: "warn",
  title: "Trusted-proxy auth allows loopback proxy sources",
  description: "gateway.auth.trustedProxy.allowLoopback is true.",
  releases: [{ from: "2026.4.29", note: "First in the audit of 2026.4.29 (2026.3.31 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const tp = at(ctx.config, "gateway", "auth", "trustedProxy");
    if (at(tp, "allowLoopback") !== true) return;
    report({
      path: ["gateway", "auth", "trustedProxy", "allowLoopback"],
      message: "gateway.auth.trustedProxy.allowLoopback is true: any process on the gateway host can send identity headers from loopback and be authenticated as any user.",
      detail: "gateway.auth.trustedProxy.allowLoopback=true allows loopback-source requests from configured gateway.trustedProxies entries to satisfy trusted-proxy auth.",
      fix: "Set gateway.auth.trustedProxy.allowLoopback: false unless a same-host proxy is the deliberate trust boundary."
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-auth.ts
var trusted_proxy_auth_default = defineRule({
  id: "gateway.trusted_proxy_auth",
  severity: "critical",
  title: "Trusted-proxy auth mode enabled",
  description: 'gateway.auth.mode is "trusted-proxy": authentication is delegated to a reverse proxy.',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    report({
      path: ["gateway", "auth", "mode"],
      message: 'gateway.auth.mode is "trusted-proxy": whoever can reach the gateway port with the right identity header is authenticated, so the proxy must be the only ingress.',
      detail: 'gateway.auth.mode="trusted-proxy" delegates authentication to a reverse proxy. Ensure your proxy (Pomerium, Caddy, nginx) handles auth correctly and that gateway.trustedProxies only contains IPs of your actual proxy servers.',
      fix: 'Keep gateway.trustedProxies to your proxy IPs only and firewall the gateway port, or use gateway.auth.mode: "token".'
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-device-auto-approve.ts
var trusted_proxy_device_auto_approve_default = defineRule({
  id: "gateway.trusted_proxy_device_auto_approve",
  severity: "warn",
  title: "Trusted-proxy operator device auto-approval enabled",
  description: "gateway.auth.trustedProxy.deviceAutoApprove.enabled is true.",
  releases: [{ from: "2026.8.2", note: "First in the audit of 2026.8.2 (2026.7.1 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const tp = at(ctx.config, "gateway", "auth", "trustedProxy");
    if (at(tp, "deviceAutoApprove", "enabled") !== true) return;
    report({
      path: ["gateway", "auth", "trustedProxy", "deviceAutoApprove", "enabled"],
      message: "gateway.auth.trustedProxy.deviceAutoApprove.enabled is true: new operator devices are paired on proxy identity alone, without manual approval.",
      detail: "gateway.auth.trustedProxy.deviceAutoApprove.enabled=true delegates new browser and native UI operator device pairing entirely to the reverse-proxy identity.",
      fix: "Set gateway.auth.trustedProxy.deviceAutoApprove.enabled: false and approve devices manually."
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-device-auto-approve-admin.ts
var trusted_proxy_device_auto_approve_admin_default = defineRule({
  id: "gateway.trusted_proxy_device_auto_approve_admin",
  severity: "critical",
  title: "Trusted-proxy device auto-approval allows full admin",
  description: "Device auto-approval whose scopes include operator.admin.",
  releases: [{ from: "2026.8.2", note: "First in the audit of 2026.8.2 (2026.7.1 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const tp = at(ctx.config, "gateway", "auth", "trustedProxy");
    if (at(tp, "deviceAutoApprove", "enabled") !== true) return;
    const scopes = at(tp, "deviceAutoApprove", "scopes");
    if (!Array.isArray(scopes)) return;
    const idx = scopes.findIndex((s) => typeof s === "string" && s.trim() === "operator.admin");
    if (idx < 0) return;
    report({
      path: ["gateway", "auth", "trustedProxy", "deviceAutoApprove", "scopes", idx],
      message: 'gateway.auth.trustedProxy.deviceAutoApprove.scopes includes "operator.admin": every proxy-authenticated user can auto-approve a device with full admin.',
      detail: "gateway.auth.trustedProxy.deviceAutoApprove.scopes includes operator.admin, so every proxy-authenticated user can auto-approve a new operator device with full admin; requests without scopes receive full admin automatically.",
      fix: 'Remove "operator.admin" from gateway.auth.trustedProxy.deviceAutoApprove.scopes; grant admin per identity via gateway.auth.identityScopes.'
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-no-allowlist.ts
var trusted_proxy_no_allowlist_default = defineRule({
  id: "gateway.trusted_proxy_no_allowlist",
  severity: "warn",
  title: "Trusted-proxy auth allows all authenticated users",
  description: "Trusted-proxy auth with an empty gateway.auth.trustedProxy.allowUsers.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const tp = at(ctx.config, "gateway", "auth", "trustedProxy");
    const users = at(tp, "allowUsers");
    if (Array.isArray(users) && users.length > 0) return;
    report({
      path: ctx.has(["gateway", "auth", "trustedProxy"]) ? ["gateway", "auth", "trustedProxy"] : ["gateway", "auth", "mode"],
      message: "gateway.auth.trustedProxy.allowUsers is empty or unset: any user your proxy authenticates gets operator access to the gateway.",
      detail: "gateway.auth.trustedProxy.allowUsers is empty, so any user authenticated by your proxy can access the Gateway.",
      fix: 'Set gateway.auth.trustedProxy.allowUsers to the operators, e.g. ["nick@example.com"].'
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-no-proxies.ts
var trusted_proxy_no_proxies_default = defineRule({
  id: "gateway.trusted_proxy_no_proxies",
  severity: "critical",
  title: "Trusted-proxy auth enabled but no trusted proxies configured",
  description: "Trusted-proxy auth with an empty gateway.trustedProxies.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const list = at(ctx.config, "gateway", "trustedProxies");
    if (Array.isArray(list) && list.length > 0) return;
    report({
      path: ctx.has(["gateway", "trustedProxies"]) ? ["gateway", "trustedProxies"] : ["gateway", "auth", "mode"],
      message: 'gateway.auth.mode is "trusted-proxy" but gateway.trustedProxies is empty; every request is rejected, which invites someone to "fix" it by loosening auth.',
      detail: 'gateway.auth.mode="trusted-proxy" but gateway.trustedProxies is empty. All requests will be rejected.',
      fix: 'Set gateway.trustedProxies to the IP(s) of your reverse proxy, e.g. ["10.0.0.5"].'
    });
  }
});

// src/rules/openclaw/gateway/trusted-proxy-no-user-header.ts
var trusted_proxy_no_user_header_default = defineRule({
  id: "gateway.trusted_proxy_no_user_header",
  severity: "critical",
  title: "Trusted-proxy auth missing userHeader config",
  description: "Trusted-proxy auth without gateway.auth.trustedProxy.userHeader.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const tp = at(ctx.config, "gateway", "auth", "trustedProxy");
    if (at(tp, "userHeader")) return;
    report({
      path: ctx.has(["gateway", "auth", "trustedProxy"]) ? ["gateway", "auth", "trustedProxy"] : ["gateway", "auth", "mode"],
      message: 'gateway.auth.mode is "trusted-proxy" but gateway.auth.trustedProxy.userHeader is not set, so the gateway does not know which proxy header carries the authenticated user.',
      detail: 'gateway.auth.mode="trusted-proxy" but gateway.auth.trustedProxy.userHeader is not configured.',
      fix: 'Set gateway.auth.trustedProxy.userHeader to the header your proxy sets, e.g. "x-forwarded-user".'
    });
  }
});

// src/rules/openclaw/hooks/allowed-agent-ids-unrestricted.ts
var allowed_agent_ids_unrestricted_default = defineRule({
  id: "hooks.allowed_agent_ids_unrestricted",
  severity: "warn",
  title: "Hook agent routing allows any configured agent",
  description: 'hooks.allowedAgentIds is unset or contains "*" (critical when remotely exposed).',
  releases: [{ from: "2026.3.31", note: "First in the audit of 2026.3.31 (2026.2.26 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    const raw = at(ctx.config, "hooks", "allowedAgentIds");
    if (Array.isArray(raw)) {
      const entries = raw.map((v) => typeof v === "string" ? v.trim() : "").filter(Boolean);
      const wildcardIdx = entries.indexOf("*");
      if (wildcardIdx < 0) return;
    }
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ctx.has(["hooks", "allowedAgentIds"]) ? ["hooks", "allowedAgentIds"] : ["hooks"],
      severity: exposed ? "critical" : "warn",
      message: `hooks.allowedAgentIds is ${Array.isArray(raw) ? 'a wildcard ("*")' : "not set"}, so any webhook caller can route to any agent, including the default one; ${exposureLabel(ctx)}.`,
      detail: "hooks.allowedAgentIds is unset or includes '*', so authenticated hook callers may route to any configured agent id, including the default agent when agentId is omitted.",
      fix: 'Set hooks.allowedAgentIds to an explicit list (e.g. ["hooks"]) or [] to deny hook agent routing.'
    });
  }
});

// src/rules/openclaw/hooks/default-session-key-unset.ts
var default_session_key_unset_default = defineRule({
  id: "hooks.default_session_key_unset",
  severity: "warn",
  title: "hooks.defaultSessionKey is not configured",
  description: "Webhooks are enabled without hooks.defaultSessionKey.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    if (trimmed(at(ctx.config, "hooks", "defaultSessionKey"))) return;
    report({
      path: ctx.has(["hooks", "defaultSessionKey"]) ? ["hooks", "defaultSessionKey"] : ["hooks"],
      message: "hooks.defaultSessionKey is not set: hook runs without an explicit sessionKey get generated per-request sessions instead of one known, scoped session.",
      detail: "Hook agent runs without explicit sessionKey use generated per-request keys. Set hooks.defaultSessionKey to keep hook ingress scoped to a known session.",
      fix: 'Set hooks.defaultSessionKey: "hook:ingress".'
    });
  }
});

// src/rules/openclaw/hooks/path-root.ts
var path_root_default = defineRule({
  id: "hooks.path_root",
  severity: "critical",
  fixable: true,
  title: "Hooks base path is '/'",
  description: 'hooks.path is "/", shadowing every other gateway HTTP endpoint.',
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    if (trimmed(at(ctx.config, "hooks", "path")) !== "/") return;
    report({
      path: ["hooks", "path"],
      message: 'hooks.path is "/": webhook routing shadows every other gateway HTTP endpoint.',
      detail: "hooks.path='/' would shadow other HTTP endpoints and is unsafe.",
      fix: 'Set hooks.path: "/hooks".',
      replaceWith: "/hooks"
    });
  }
});

// src/rules/openclaw/hooks/request-session-key-enabled.ts
var request_session_key_enabled_default = defineRule({
  id: "hooks.request_session_key_enabled",
  severity: "warn",
  fixable: true,
  title: "External hook payloads may override sessionKey",
  description: "hooks.allowRequestSessionKey lets webhook callers choose the session (critical when remotely exposed).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    if (at(ctx.config, "hooks", "allowRequestSessionKey") !== true) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ["hooks", "allowRequestSessionKey"],
      severity: exposed ? "critical" : "warn",
      message: `hooks.allowRequestSessionKey is true: /hooks/agent callers choose the session key and can inject into any session; ${exposureLabel(ctx)}.`,
      detail: "hooks.allowRequestSessionKey=true allows `/hooks/agent` callers to choose the session key. Treat hook token holders as full-trust unless you also restrict prefixes.",
      fix: 'Set hooks.allowRequestSessionKey: false, or restrict hooks.allowedSessionKeyPrefixes (e.g. ["hook:"]).',
      replaceWith: false
    });
  }
});

// src/rules/openclaw/hooks/request-session-key-prefixes-missing.ts
var request_session_key_prefixes_missing_default = defineRule({
  id: "hooks.request_session_key_prefixes_missing",
  severity: "warn",
  title: "Request sessionKey override is enabled without prefix restrictions",
  description: "hooks.allowRequestSessionKey without hooks.allowedSessionKeyPrefixes (critical when remotely exposed).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    if (at(ctx.config, "hooks", "allowRequestSessionKey") !== true) return;
    const raw = at(ctx.config, "hooks", "allowedSessionKeyPrefixes");
    const prefixes = Array.isArray(raw) ? raw.filter((p) => typeof p === "string" && p.trim()) : [];
    if (prefixes.length > 0) return;
    const exposed = isRemotelyExposed(ctx);
    report({
      path: ctx.has(["hooks", "allowedSessionKeyPrefixes"]) ? ["hooks", "allowedSessionKeyPrefixes"] : ["hooks", "allowRequestSessionKey"],
      severity: exposed ? "critical" : "warn",
      message: `hooks.allowRequestSessionKey is true and hooks.allowedSessionKeyPrefixes is ${Array.isArray(raw) ? "empty" : "not set"}, so webhook payloads can target any session key, including main; ${exposureLabel(ctx)}.`,
      detail: "hooks.allowRequestSessionKey=true and hooks.allowedSessionKeyPrefixes is unset/empty, so request payloads can target arbitrary session key shapes.",
      fix: 'Set hooks.allowedSessionKeyPrefixes: ["hook:"] or hooks.allowRequestSessionKey: false.'
    });
  }
});

// src/rules/openclaw/hooks/token-reuse-gateway-token.ts
var token_reuse_gateway_token_default = defineRule({
  id: "hooks.token_reuse_gateway_token",
  severity: "critical",
  title: "Hooks token reuses the Gateway token",
  description: "hooks.token equals the active gateway token/password, so a leaked webhook secret is a gateway admin credential.",
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    const token = trimmed(at(ctx.config, "hooks", "token"));
    if (!token) return;
    const secret = activeGatewaySharedSecret(ctx);
    if (!secret || secret.value !== token) return;
    report({
      path: ["hooks", "token"],
      // The CLI's title names the reused credential ("…Gateway password" in password/trusted-proxy mode).
      title: `Hooks token reuses the Gateway ${secret.label}`,
      message: `hooks.token is the same secret as the gateway ${secret.label}; anyone holding the webhook secret has full gateway access.`,
      detail: secret.label === "password" ? "hooks.token matches gateway.auth password; compromise of hooks expands blast radius to Gateway password auth." : "hooks.token matches gateway.auth token; compromise of hooks expands blast radius to the Gateway API.",
      fix: 'Give hooks.token its own random secret (e.g. "${OPENCLAW_HOOKS_TOKEN}"), distinct from gateway.auth.'
    });
  }
});

// src/rules/openclaw/hooks/token-too-short.ts
var token_too_short_default2 = defineRule({
  id: "hooks.token_too_short",
  severity: "warn",
  title: "Hooks token looks short",
  description: "hooks.token is shorter than 24 characters (an unresolved ${VAR} is measured on its literal text, like the CLI).",
  check(ctx, report) {
    if (at(ctx.config, "hooks", "enabled") !== true) return;
    const token = trimmed(at(ctx.config, "hooks", "token"));
    if (!token || token.length >= 24) return;
    const unresolved = ctx.isUnresolved(["hooks", "token"]);
    report({
      path: ["hooks", "token"],
      message: unresolved ? `hooks.token is an unresolved variable reference; OpenClaw measures its literal text (${token.length} characters, minimum 24) and would accept webhooks with it.` : `hooks.token is ${token.length} characters long (minimum 24); webhook callers can brute-force it.`,
      detail: `hooks.token is ${token.length} chars; prefer a long random token.`,
      fix: 'Set hooks.token to a random secret of at least 24 characters, e.g. "${OPENCLAW_HOOKS_TOKEN}" supplied by the deployment.'
    });
  }
});

// src/rules/openclaw/logging/redact-off.ts
var redact_off_default = defineRule({
  id: "logging.redact_off",
  severity: "warn",
  title: "Tool summary redaction is disabled",
  description: 'logging.redactSensitive is "off": sensitive values leak to logs and status output (a key of OpenClaw up to 2026.7).',
  beyondCli: true,
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, "logging", "redactSensitive") !== "off") return;
    report({
      path: ["logging", "redactSensitive"],
      at: "value",
      message: 'logging.redactSensitive is "off": gateways that honour it (OpenClaw up to 2026.7) write tool summaries with tokens and other sensitive values to logs and status output.',
      detail: 'logging.redactSensitive="off" disables redaction of sensitive values in logs and status.',
      fix: 'Set logging.redactSensitive: "tools" (the default), or remove the key.',
      replaceWith: "tools"
    });
  }
});

// src/rules/openclaw/mcp/apps-enabled.ts
var apps_enabled_default = defineRule({
  id: "mcp.apps.enabled",
  severity: "warn",
  fixable: true,
  title: "MCP Apps UI bridge enabled",
  description: "mcp.apps.enabled lets MCP servers render interactive HTML that can call their tools.",
  releases: [{ from: "2026.8.2", note: "First in the audit of 2026.8.2 (2026.7.1 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "mcp", "apps", "enabled") !== true) return;
    report({
      path: ["mcp", "apps", "enabled"],
      message: "mcp.apps.enabled is true: configured MCP servers can render interactive HTML views that call their app-visible tools while a session is active.",
      detail: "mcp.apps.enabled=true allows configured MCP servers to provide interactive HTML. Views are CSP-restricted and origin-isolated, but they can call app-visible tools on their owning MCP server while the session runtime remains active.",
      fix: "Set mcp.apps.enabled: false unless every configured MCP server is trusted.",
      replaceWith: false
    });
  }
});

// src/openclaw/models.ts
function modelPrimary(v) {
  if (typeof v === "string") return v;
  return isRec(v) && typeof v.primary === "string" ? v.primary : void 0;
}
var DEFAULT_MODEL_PROVIDER = "openai";
function resolveModelId(cfg, raw) {
  const aliases = rec(cfg, "agents", "defaults", "models");
  if (aliases) {
    for (const [key3, v] of Object.entries(aliases))
      if (isRec(v) && typeof v.alias === "string" && v.alias.trim().toLowerCase() === raw.toLowerCase()) return key3;
  }
  return raw.includes("/") ? raw : `${DEFAULT_MODEL_PROVIDER}/${raw}`;
}
function auditModelRefs(cfg) {
  const out = [];
  const add = (raw, source, path9, where2 = source) => {
    const t = trimmed(raw);
    if (t) out.push({ id: resolveModelId(cfg, t), source, where: where2, path: path9 });
  };
  const d = at(cfg, "agents", "defaults", "model");
  add(
    modelPrimary(d),
    "agents.defaults.model.primary",
    typeof d === "string" ? ["agents", "defaults", "model"] : ["agents", "defaults", "model", "primary"]
  );
  (arr(d, "fallbacks") ?? []).forEach(
    (f, i) => add(f, "agents.defaults.model.fallbacks", ["agents", "defaults", "model", "fallbacks", i])
  );
  const im = at(cfg, "agents", "defaults", "imageModel");
  add(
    modelPrimary(im),
    "agents.defaults.imageModel.primary",
    typeof im === "string" ? ["agents", "defaults", "imageModel"] : ["agents", "defaults", "imageModel", "primary"]
  );
  (arr(im, "fallbacks") ?? []).forEach(
    (f, i) => add(f, "agents.defaults.imageModel.fallbacks", ["agents", "defaults", "imageModel", "fallbacks", i])
  );
  for (const a of listAgents(cfg)) {
    const m = a.entry.model;
    if (typeof m === "string") add(m, `agents.entries.${a.id}.model`, [...a.path, "model"], agentKeyLabel(a, "model"));
    else if (isRec(m)) {
      add(
        m.primary,
        `agents.entries.${a.id}.model.primary`,
        [...a.path, "model", "primary"],
        agentKeyLabel(a, "model.primary")
      );
      (Array.isArray(m.fallbacks) ? m.fallbacks : []).forEach(
        (f, i) => add(
          f,
          `agents.entries.${a.id}.model.fallbacks`,
          [...a.path, "model", "fallbacks", i],
          agentKeyLabel(a, `model.fallbacks[${i}]`)
        )
      );
    }
  }
  return out;
}

// src/rules/openclaw/models/patterns.ts
var LEGACY = [
  { re: /\bgpt-3\.5\b/i, label: "GPT-3.5 family" },
  { re: /\bclaude-(instant|2)\b/i, label: "Claude 2/Instant family" },
  { re: /\bgpt-4-(0314|0613)\b/i, label: "Legacy GPT-4 snapshots" }
];
function weakReasons(id) {
  const out = [];
  if (/\bhaiku\b/i.test(id)) out.push("Haiku tier (smaller model)");
  if (/\bgpt-/i.test(id) && !/\bgpt-5(?:\b|[.-])/i.test(id)) out.push("Below GPT-5 family");
  if (/\bclaude-/i.test(id) && !/\bclaude-[^\s/]*?(?:-4-?(?:[5-9]|[1-9]\d)\b|4\.(?:[5-9]|[1-9]\d)\b|-[5-9](?:\b|[.-]))/i.test(id))
    out.push("Below Claude 4.5");
  return out;
}
function inferParamB(text2) {
  let best = null;
  for (const m of text2.toLowerCase().matchAll(/(?:^|[^a-z0-9])[a-z]?(\d+(?:\.\d+)?)b(?=[^a-z0-9]|$)/g)) {
    const v = Number(m[1]);
    if (!Number.isFinite(v) || v <= 0) continue;
    if (best === null || v > best) best = v;
  }
  return best;
}

// src/rules/openclaw/models/legacy.ts
var legacy_default = defineRule({
  id: "models.legacy",
  severity: "warn",
  title: "Some configured models look legacy",
  description: "A primary or fallback model is GPT-3.5, Claude 2/Instant or a legacy GPT-4 snapshot.",
  check(ctx, report) {
    const hits = auditModelRefs(ctx.config).flatMap((m) => {
      const p = LEGACY.find((l) => l.re.test(m.id));
      return p ? [{ ...m, reason: p.label }] : [];
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Legacy models configured: ${capList(hits.map((h) => `${h.id} (${h.reason}) at ${h.where}`))}; older models follow injected instructions more easily.`,
      detail: "Older/legacy models can be less robust against prompt injection and tool misuse.\n" + hits.slice(0, 12).map((h) => `- ${h.id} (${h.reason}) @ ${h.source}`).join("\n"),
      fix: "Use a current, instruction-hardened model (GPT-5+, Claude 4.5+) for any agent with tools."
    });
  }
});

// src/openclaw/tool-policy.ts
var expanded = /* @__PURE__ */ new WeakMap();
var NO_TOOLS = [];
function expandTools(list) {
  const cached = expanded.get(list);
  if (cached) return cached;
  const out = [];
  for (const raw of list) {
    const n = normalizeToolName(raw);
    if (!n) continue;
    const group = Object.prototype.hasOwnProperty.call(TOOL_GROUPS, n) ? TOOL_GROUPS[n] : void 0;
    if (group) out.push(...group);
    else out.push(n);
  }
  const result = [...new Set(out)];
  expanded.set(list, result);
  return result;
}
var globRegexes = /* @__PURE__ */ new Map();
function globMatch(name, patterns) {
  for (const p of patterns) {
    if (p === "*") return true;
    if (!p.includes("*")) {
      if (p === name) return true;
      continue;
    }
    let re = globRegexes.get(p);
    if (re === void 0) {
      const r = compileLinear(
        `^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`,
        "js"
      );
      re = r.ok ? r.re : null;
      globRegexes.set(p, re);
    }
    if (re?.test(name)) return true;
  }
  return false;
}
function allowedBy(name, policy) {
  const n = normalizeToolName(name);
  const deny = policy.deny ? expandTools(policy.deny) : NO_TOOLS;
  if (globMatch(n, deny)) return false;
  const allow = policy.allow ? expandTools(policy.allow) : NO_TOOLS;
  if (allow.length === 0) return true;
  if (globMatch(n, allow)) return true;
  return n === "apply_patch" && globMatch("write", allow);
}
function pickPolicy(tools) {
  if (!tools) return void 0;
  const allowList = Array.isArray(tools.allow) ? tools.allow : void 0;
  const also = Array.isArray(tools.alsoAllow) ? tools.alsoAllow : void 0;
  const allow = allowList ? [...allowList, ...also ?? []] : also && also.length > 0 ? ["*", ...also] : void 0;
  const deny = Array.isArray(tools.deny) ? tools.deny : void 0;
  if (!allow && !deny) return void 0;
  return { ...allow ? { allow } : {}, ...deny ? { deny } : {} };
}
function sandboxToolPolicy(cfg, agentTools) {
  const agent = rec(agentTools, "sandbox", "tools");
  const global = rec(cfg, "tools", "sandbox", "tools");
  const pick = (k) => Array.isArray(agent?.[k]) ? agent?.[k] : Array.isArray(global?.[k]) ? global?.[k] : void 0;
  const allowCfg = pick("allow");
  const alsoCfg = pick("alsoAllow") ?? [];
  const denyCfg = pick("deny");
  const allow = [...allowCfg ?? SANDBOX_DEFAULT_ALLOW, ...alsoCfg];
  const explicit = expandTools([...allowCfg ?? [], ...alsoCfg]);
  const deny = denyCfg ?? SANDBOX_DEFAULT_DENY.filter((d) => !explicit.includes(d));
  return { allow, deny };
}
var policyCache = /* @__PURE__ */ new WeakMap();
function toolPolicies(cfg, agentTools, sandboxMode2, extra = [], era = {}) {
  if (extra.length > 0) return buildToolPolicies(cfg, agentTools, sandboxMode2, extra, era);
  let perCfg = policyCache.get(cfg);
  if (!perCfg) policyCache.set(cfg, perCfg = /* @__PURE__ */ new WeakMap());
  const key3 = agentTools ?? cfg;
  let perTools = perCfg.get(key3);
  if (!perTools) perCfg.set(key3, perTools = /* @__PURE__ */ new Map());
  const memo = `${sandboxMode2}\0${era.profileAlsoAllow ?? "merged"}`;
  let hit = perTools.get(memo);
  if (!hit) perTools.set(memo, hit = buildToolPolicies(cfg, agentTools, sandboxMode2, extra, era));
  return hit;
}
function buildToolPolicies(cfg, agentTools, sandboxMode2, extra, era) {
  const policies = [];
  const profile = str(agentTools, "profile") ?? str(cfg, "tools", "profile");
  const profileAllow = profile && Object.prototype.hasOwnProperty.call(TOOL_PROFILES, profile) ? TOOL_PROFILES[profile] : void 0;
  if (profileAllow) {
    const also = era.profileAlsoAllow !== "ignored" ? arr(agentTools, "alsoAllow") ?? arr(cfg, "tools", "alsoAllow") : void 0;
    policies.push({ allow: also && also.length > 0 ? [...profileAllow, ...also] : profileAllow });
  }
  const g = pickPolicy(rec(cfg, "tools"));
  if (g) policies.push(g);
  const a = pickPolicy(agentTools);
  if (a) policies.push(a);
  policies.push(...extra);
  if (sandboxMode2 === "all") policies.push(sandboxToolPolicy(cfg, agentTools));
  return policies;
}
function toolAllowed(name, policies) {
  return policies.every((p) => allowedBy(name, p));
}
function agentToolContexts(cfg) {
  const out = [{ label: "agents.defaults", where: "agents.defaults", path: ["tools"] }];
  for (const a of listAgents(cfg)) {
    const tools = rec(a.entry, "tools");
    out.push({
      label: `agents.entries.${a.id}`,
      where: agentLabel(a),
      agentId: a.id,
      ...tools ? { tools } : {},
      path: tools ? [...a.path, "tools"] : a.path
    });
  }
  return out;
}
function riskyToolContexts(cfg, era = {}) {
  const contexts = [];
  let hasRuntimeRisk = false;
  for (const c of agentToolContexts(cfg)) {
    const sandbox = sandboxFor(cfg, c.agentId).mode;
    const policies = toolPolicies(cfg, c.tools, sandbox, [], era);
    const runtime = ["exec", "process"].filter((t) => toolAllowed(t, policies));
    const fs6 = ["read", "write", "edit", "apply_patch"].filter((t) => toolAllowed(t, policies));
    const wsOnly = at(c.tools, "fs", "workspaceOnly") ?? at(cfg, "tools", "fs", "workspaceOnly");
    const runtimeUnguarded = runtime.length > 0 && sandbox !== "all";
    const fsUnguarded = fs6.length > 0 && sandbox !== "all" && wsOnly !== true;
    if (!runtimeUnguarded && !fsUnguarded) continue;
    if (runtimeUnguarded) hasRuntimeRisk = true;
    contexts.push({ label: c.label, where: c.where, path: c.path, runtime, fs: fs6, sandbox });
  }
  return { contexts, hasRuntimeRisk };
}

// src/rules/openclaw/models/small-params.ts
var WEB_SEARCH_ENV = [
  "BRAVE_API_KEY",
  "PERPLEXITY_API_KEY",
  "TAVILY_API_KEY",
  "EXA_API_KEY",
  "FIRECRAWL_API_KEY",
  "SERPAPI_API_KEY",
  "SEARXNG_URL"
];
function hasCredentialIn(section) {
  if (!isRec(section)) return false;
  return Object.entries(section).some(
    ([k, v]) => k !== "enabled" && (typeof v === "string" ? v.trim().length > 0 : v !== void 0 && v !== null)
  );
}
function webSearchEnabled(cfg, env) {
  const e = at(cfg, "tools", "web", "search", "enabled");
  if (e === false) return false;
  if (e === true) return true;
  if (hasCredentialIn(at(cfg, "tools", "web", "search"))) return true;
  const entries = rec(cfg, "plugins", "entries");
  if (entries && Object.values(entries).some((p) => hasCredentialIn(at(p, "config", "webSearch")))) return true;
  return WEB_SEARCH_ENV.some((k) => (env.get(k) ?? "").trim().length > 0);
}
function browserEnabled(cfg) {
  if (at(cfg, "browser", "enabled") === false) return false;
  if (at(cfg, "plugins", "enabled") === false) return false;
  if (at(cfg, "plugins", "entries", "browser", "enabled") === false) return false;
  const deny = (arr(cfg, "plugins", "deny") ?? []).map((v) => String(v).trim().toLowerCase());
  if (deny.includes("browser")) return false;
  const allow = (arr(cfg, "plugins", "allow") ?? []).map((v) => String(v).trim().toLowerCase());
  if (allow.length > 0 && !allow.includes("browser")) return false;
  return true;
}
function providerPolicy(tools, provider, model) {
  const by = rec(tools, "byProvider");
  if (!by) return void 0;
  const lower = Object.fromEntries(Object.entries(by).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const p = lower[`${provider}/${model}`.toLowerCase()] ?? lower[provider.toLowerCase()];
  if (!isRec(p)) return void 0;
  const allow = Array.isArray(p.allow) ? p.allow : void 0;
  const deny = Array.isArray(p.deny) ? p.deny : void 0;
  if (!allow && !deny) return void 0;
  return { ...allow ? { allow } : {}, ...deny ? { deny } : {} };
}
var small_params_default = defineRule({
  id: "models.small_params",
  severity: "info",
  title: "Small models require sandboxing and web tools disabled",
  description: "A model of at most 300B parameters (critical while it keeps web_search, web_fetch or browser).",
  check(ctx, report) {
    const cfg = ctx.config;
    const small = auditModelRefs(cfg).filter((m) => !m.source.includes("imageModel")).flatMap((m) => {
      const b = inferParamB(m.id);
      return b && b <= 300 ? [{ ...m, paramB: b }] : [];
    });
    const first = small[0];
    if (!first) return;
    const search = webSearchEnabled(cfg, ctx.env);
    const fetch = at(cfg, "tools", "web", "fetch", "enabled") !== false;
    const browser = browserEnabled(cfg);
    let unsafe = false;
    const lines = [];
    const wheres = [];
    for (const m of small) {
      const agentId = /^agents\.entries\.([^.]*)\./.exec(m.source)?.[1];
      const mode = sandboxFor(cfg, agentId).mode;
      const agentTools = agentId ? rec(findAgent(cfg, agentId)?.entry, "tools") : void 0;
      const slash = m.id.indexOf("/");
      const provider = slash > 0 ? m.id.slice(0, slash) : "openai";
      const model = slash > 0 ? m.id.slice(slash + 1) : m.id;
      const extra = [
        providerPolicy(rec(cfg, "tools"), provider, model),
        providerPolicy(agentTools, provider, model)
      ].filter((p) => !!p);
      const policies = toolPolicies(cfg, agentTools, mode, extra);
      const exposed = [];
      if (search && toolAllowed("web_search", policies)) exposed.push("web_search");
      if (fetch && toolAllowed("web_fetch", policies)) exposed.push("web_fetch");
      if (browser && toolAllowed("browser", policies)) exposed.push("browser");
      if (exposed.length) unsafe = true;
      lines.push(`${m.id} (${m.paramB}B) at ${m.source} (sandbox=${mode}; web tools: ${exposed.join(", ") || "none"})`);
      wheres.push(`${m.id} (${m.paramB}B) at ${m.where} (sandbox=${mode}; web tools: ${exposed.join(", ") || "none"})`);
    }
    report({
      path: first.path,
      severity: unsafe ? "critical" : "info",
      message: unsafe ? `Small model${small.length > 1 ? "s" : ""} ${capList(wheres, "; ")} can read attacker-controlled web content through web/browser tools, and small models are easy to steer.` : `Small model${small.length > 1 ? "s" : ""} ${capList(wheres, "; ")}: no web/browser tools reach ${small.length > 1 ? "them" : "it"}; keep it that way and sandbox ${small.length > 1 ? "them" : "it"}.`,
      detail: "Small models (<=300B params) detected:\n" + lines.map((l) => `- ${l}`).join("\n"),
      fix: 'Disable web tools for small models: tools.byProvider["provider/model"].deny: ["group:web", "browser"] (or tools.web.fetch.enabled: false, browser.enabled: false), and use agents.defaults.sandbox.mode: "all".'
    });
  }
});

// src/rules/openclaw/models/weak-tier.ts
var weak_tier_default = defineRule({
  id: "models.weak_tier",
  severity: "warn",
  title: "Some configured models are below recommended tiers",
  description: "A primary or fallback model is Haiku, GPT below 5 or Claude below 4.5.",
  check(ctx, report) {
    const seen = /* @__PURE__ */ new Set();
    const hits = auditModelRefs(ctx.config).flatMap((m) => {
      const reasons = weakReasons(m.id);
      const key3 = `${m.id}@@${m.source}`;
      if (reasons.length === 0 || seen.has(key3)) return [];
      seen.add(key3);
      return [{ ...m, reasons }];
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Below-tier models configured: ${capList(hits.map((h) => `${h.id} (${h.reasons.join("; ")}) at ${h.where}`))}; smaller/older models are more susceptible to prompt injection.`,
      detail: "Smaller/older models are generally more susceptible to prompt injection and tool misuse.\n" + hits.slice(0, 12).map((h) => `- ${h.id} (${h.reasons.join("; ")}) @ ${h.source}`).join("\n"),
      fix: "Use the latest top-tier model for agents with tools or untrusted inboxes (GPT-5+, Claude 4.5+; avoid Haiku)."
    });
  }
});

// src/rules/openclaw/plugins/install-records.ts
var installRecordReleases = (what) => [
  {
    from: "2026.2.26",
    note: `Reads plugins.installs from the config: warn when an npm-sourced record (source "npm") ${what}; one finding lists every such record.`,
    facts: { fromConfig: true }
  },
  {
    from: "2026.4.29",
    note: "Reads the state dir's installed-plugin index (loadInstalledPluginIndexInstallRecords) instead of the config: host state, so clawlint does not report it for 2026.4+ targets.",
    facts: { fromConfig: false }
  }
];
function npmInstallRecords(ctx) {
  const installs = rec(ctx.config, "plugins", "installs");
  if (!installs) return [];
  return Object.entries(installs).filter((e) => isRec(e[1]) && e[1].source === "npm");
}
function isPinnedRegistrySpec(spec) {
  const value = spec.trim();
  const at2 = value.lastIndexOf("@");
  if (!value || at2 <= 0 || at2 >= value.length - 1) return false;
  return /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(value.slice(at2 + 1).trim());
}

// src/rules/openclaw/plugins/installs-missing-integrity.ts
var installs_missing_integrity_default = defineRule({
  id: "plugins.installs_missing_integrity",
  severity: "warn",
  title: "Plugin installs are missing integrity metadata",
  description: 'An npm plugin install record (plugins.installs.<id>, source "npm") without an integrity hash: nothing checks that the installed package is the one that was resolved.',
  beyondCli: true,
  releases: installRecordReleases("has no integrity hash (integrity missing or blank)"),
  check(ctx, report, facts) {
    if (facts && !facts.fromConfig) return;
    const missing = npmInstallRecords(ctx).filter(
      ([, r]) => typeof r.integrity !== "string" || r.integrity.trim() === ""
    );
    const first = missing[0];
    if (!first) return;
    const ids = missing.map(([id]) => id).join(", ");
    report({
      path: ["plugins", "installs", first[0]],
      message: `plugins.installs records without an integrity hash: ${ids}. Without it nothing detects a package that differs from the one resolved at install time.`,
      detail: `Plugin install records missing integrity: ${ids}.`,
      fix: "Reinstall or update plugins to refresh install metadata with resolved integrity hashes."
    });
  }
});

// src/rules/openclaw/plugins/installs-unpinned-npm-specs.ts
var installs_unpinned_npm_specs_default = defineRule({
  id: "plugins.installs_unpinned_npm_specs",
  severity: "warn",
  title: "Plugin installs include unpinned npm specs",
  description: 'An npm plugin install record (plugins.installs.<id>, source "npm") whose spec is not pinned to an exact version (`@scope/pkg@1.2.3`): the next install or update takes whatever the registry serves.',
  beyondCli: true,
  releases: installRecordReleases("has a spec that is not pinned to an exact version (name@x.y.z)"),
  check(ctx, report, facts) {
    if (facts && !facts.fromConfig) return;
    const unpinned = npmInstallRecords(ctx).filter(
      ([, r]) => typeof r.spec === "string" && !isPinnedRegistrySpec(r.spec)
    );
    const first = unpinned[0];
    if (!first) return;
    const list = unpinned.map(([id, r]) => `${id} (${String(r.spec)})`).join(", ");
    report({
      path: ["plugins", "installs", first[0], "spec"],
      at: "value",
      message: `plugins.installs has npm specs not pinned to an exact version: ${list}. A reinstall or update fetches whatever version the registry serves then, so a compromised or broken release of the plugin runs in your gateway.`,
      detail: `Unpinned plugin install records: ${list}.`,
      fix: "Pin install specs to exact versions (for example, `@scope/pkg@1.2.3`) for higher supply-chain stability."
    });
  }
});

// src/rules/openclaw/sandbox/bind-paths.ts
var BLOCKED = [
  "/etc",
  "/private/etc",
  "/proc",
  "/sys",
  "/dev",
  "/root",
  "/boot",
  "/run",
  "/var/run",
  "/private/var/run",
  "/var/run/docker.sock",
  "/private/var/run/docker.sock",
  "/run/docker.sock"
];
var HOME_SUBPATHS = [".aws", ".cargo", ".config", ".docker", ".gnupg", ".netrc", ".npm", ".ssh"];
function bindSource2(bind) {
  const t = bind.trim();
  if (/^[a-zA-Z]:[\\/]/.test(t)) {
    const rest = t.slice(2);
    const i2 = rest.indexOf(":");
    return i2 >= 0 ? t.slice(0, 2 + i2) : t;
  }
  const i = t.indexOf(":");
  return i >= 0 ? t.slice(0, i) : t;
}
function normalizePosix(p) {
  const segs = [];
  for (const s of p.replace(/\\/g, "/").split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  return "/" + segs.join("/");
}
function inside2(parent, child2) {
  return child2 === parent || child2.startsWith(parent === "/" ? "/" : `${parent}/`);
}
function homeRoot(source) {
  if (source === "~" || source.startsWith("~/")) return "~";
  if (source === "$HOME" || source.startsWith("$HOME/") || source.startsWith("${HOME}"))
    return source.startsWith("${HOME}") ? "${HOME}" : "$HOME";
  const m = /^\/(home|Users)\/[^/]+/.exec(source);
  if (m) return m[0];
  if (source === "/root" || source.startsWith("/root/")) return "/root";
  return void 0;
}
function blockedBindReason(bind) {
  const raw = bindSource2(bind);
  const home = homeRoot(raw);
  if (home && !raw.startsWith("/")) {
    const rest = normalizePosix(raw.slice(home.length));
    for (const sub of HOME_SUBPATHS) {
      const blocked2 = `/${sub}`;
      if (inside2(blocked2, rest)) return { kind: "targets", blockedPath: `${home}/${sub}` };
      if (inside2(rest, blocked2)) return { kind: "covers", blockedPath: `${home}/${sub}` };
    }
    return null;
  }
  if (!raw.startsWith("/")) return null;
  const n = normalizePosix(raw);
  if (n === "/") return { kind: "covers", blockedPath: "/" };
  const blocked = [...BLOCKED];
  const hr = homeRoot(n);
  if (hr) for (const sub of HOME_SUBPATHS) blocked.push(`${hr}/${sub}`);
  for (const b of blocked) {
    if (inside2(b, n)) return { kind: "targets", blockedPath: b };
    if (inside2(n, b)) return { kind: "covers", blockedPath: b };
  }
  return null;
}

// src/rules/openclaw/sandbox/dangerous-bind-mount.ts
var dangerous_bind_mount_default = defineRule({
  id: "sandbox.dangerous_bind_mount",
  severity: "critical",
  title: "Dangerous bind mount in sandbox config",
  description: "A sandbox docker bind mounts a system directory, the Docker socket or a credential directory of a home (one finding per bind).",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    for (const block of sandboxDockerBlocks(ctx.config)) {
      const binds = Array.isArray(block.docker.binds) ? block.docker.binds : [];
      binds.forEach((bind, i) => {
        if (typeof bind !== "string") return;
        const r = blockedBindReason(bind);
        if (!r) return;
        const verb = r.kind === "covers" ? "covers" : "targets";
        report({
          path: [...block.path, "binds", i],
          at: "value",
          message: `${block.where}.binds[${i}] "${bind}" ${verb} the blocked host path ${r.blockedPath}; ${bindSource2(bind).includes("docker.sock") ? "sandboxed tools could drive the host Docker daemon (root on the host)" : "sandboxed tools could read or write host system or credential files"}.`,
          detail: `${block.source}.binds contains "${bind}" which ${verb} blocked path "${r.blockedPath}". This can expose host system directories or the Docker socket to sandbox containers.`,
          fix: `Remove "${bind}" from ${block.where}.binds; mount a project-specific directory instead.`
        });
      });
    }
  }
});

// src/rules/openclaw/sandbox/dangerous-network-mode.ts
var dangerous_network_mode_default = defineRule({
  id: "sandbox.dangerous_network_mode",
  severity: "critical",
  title: "Dangerous network mode in sandbox config",
  description: 'A sandbox docker network is "host" or "container:<id>", bypassing network isolation.',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    for (const block of sandboxDockerBlocks(ctx.config)) {
      const net = typeof block.docker.network === "string" ? block.docker.network : void 0;
      const n = net?.trim().toLowerCase();
      if (!n || !(n === "host" || n.startsWith("container:"))) continue;
      report({
        path: [...block.path, "network"],
        message: n === "host" ? `${block.where}.network is "host": sandboxed tools share the host network stack.` : `${block.where}.network is "${net}": the sandbox joins another container's network namespace and bypasses its isolation.`,
        detail: n === "host" ? `${block.source}.network is "host" which bypasses container network isolation entirely.` : `${block.source}.network is "${net}" which joins another container namespace and can bypass sandbox network isolation.`,
        fix: `Set ${block.where}.network: "bridge" or "none" (or a dedicated bridge network).`
      });
    }
  }
});

// src/rules/openclaw/sandbox/docker-config-mode-off.ts
function hasDocker(d) {
  return isRec(d) && Object.values(d).some((v) => v !== void 0);
}
var docker_config_mode_off_default = defineRule({
  id: "sandbox.docker_config_mode_off",
  severity: "warn",
  title: "Sandbox docker settings configured while sandbox mode is off",
  description: "sandbox.docker settings exist but sandbox mode is off, so none of the hardening applies.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const cfg = ctx.config;
    const agents = listAgents(cfg);
    const hits = [];
    const defaultsMode = str(cfg, "agents", "defaults", "sandbox", "mode") ?? "off";
    const anyEnabled = agents.some((a) => sandboxFor(cfg, a.id).mode !== "off");
    if (hasDocker(rec(cfg, "agents", "defaults", "sandbox", "docker")) && defaultsMode === "off" && !anyEnabled)
      hits.push({
        label: "agents.defaults.sandbox.docker",
        where: "agents.defaults.sandbox.docker",
        path: ["agents", "defaults", "sandbox", "docker"]
      });
    for (const a of agents) {
      if (!hasDocker(rec(a.entry, "sandbox", "docker"))) continue;
      if (sandboxFor(cfg, a.id).mode === "off")
        hits.push({
          label: `agents.entries.${a.id}.sandbox.docker`,
          where: agentKeyLabel(a, "sandbox.docker"),
          path: [...a.path, "sandbox", "docker"]
        });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(hits.map((h) => h.where))} ${hits.length > 1 ? "are" : "is"} configured but sandbox mode is off, so tools run on the host and these docker settings do nothing.`,
      detail: "These docker settings will not take effect until sandbox mode is enabled:\n" + hits.map((h) => `- ${h.label}`).join("\n"),
      fix: `Set agents.defaults.sandbox.mode: "non-main" or "all" (or the agent's sandbox.mode), or remove the unused docker settings.`
    });
  }
});

// src/rules/openclaw/security/audit-suppressions-active.ts
var audit_suppressions_active_default = defineRule({
  id: "security.audit.suppressions.active",
  severity: "info",
  title: "Security audit suppressions configured",
  description: "security.audit.suppressions is non-empty; matching findings are reported as suppressed (this finding itself cannot be suppressed).",
  releases: [{ from: "2026.5.28", note: "First in the audit of 2026.5.28 (2026.4.29 has no such check)." }],
  check(ctx, report) {
    const list = arr(ctx.config, "security", "audit", "suppressions");
    if (!list || list.length === 0) return;
    report({
      path: ["security", "audit", "suppressions"],
      message: `security.audit.suppressions has ${list.length} configured suppression(s); findings they match are reported as suppressed, review them when the accepted risk changes.`,
      detail: `security.audit.suppressions has ${list.length} configured suppression(s).`,
      fix: "Remove security.audit.suppressions entries whose accepted risk no longer applies."
    });
  }
});

// src/openclaw/exec.ts
function securityForMode(mode) {
  if (mode === "deny") return "deny";
  if (mode === "full") return "full";
  return "allowlist";
}
function execSecurityOf(exec, inherited, inheritedMode) {
  const mode = str(exec, "mode");
  if (mode) return { security: securityForMode(mode), mode };
  const security = str(exec, "security");
  if (security) return { security };
  if (inheritedMode) return { security: securityForMode(inheritedMode), mode: inheritedMode };
  return { security: inherited };
}
function execScopes(cfg) {
  const globalExec = rec(cfg, "tools", "exec");
  const globalMode = str(globalExec, "mode");
  const global = globalMode ? { security: securityForMode(globalMode) } : { security: str(globalExec, "security") ?? "deny" };
  const globalHost = str(globalExec, "host") ?? "auto";
  const globalPath = globalExec ? globalMode ? ["tools", "exec", "mode"] : str(globalExec, "security") ? ["tools", "exec", "security"] : ["tools", "exec"] : ["tools"];
  const scopes = /* @__PURE__ */ new Map();
  scopes.set(defaultAgentId(cfg) ?? "global", {
    id: defaultAgentId(cfg) ?? "global",
    security: global.security,
    host: globalHost,
    path: globalPath
  });
  for (const a of listAgents(cfg)) {
    const exec = rec(a.entry, "tools", "exec");
    const own = execSecurityOf(exec, global.security);
    const ownPath = str(exec, "mode") ? [...a.path, "tools", "exec", "mode"] : str(exec, "security") ? [...a.path, "tools", "exec", "security"] : globalPath;
    scopes.set(a.id, { id: a.id, security: own.security, host: str(exec, "host") ?? globalHost, path: ownPath });
  }
  return [...scopes.values()];
}

// src/rules/openclaw/security/exposure-open-channels-with-exec.ts
var exposure_open_channels_with_exec_default = defineRule({
  id: "security.exposure.open_channels_with_exec",
  severity: "warn",
  title: "Open channels can reach exec-enabled agents",
  description: "An open DM/group policy (anywhere under channels) while some scope allows exec (critical when a scope is security=full).",
  fixable: true,
  releases: [{ from: "2026.3.31", note: "First in the audit of 2026.3.31 (2026.2.26 has no such check)." }],
  check(ctx, report) {
    const open = openExecSurfaces(ctx.config);
    const first = open[0];
    if (!first) return;
    const scopes = execScopes(ctx.config);
    const enabled = scopes.filter((s) => s.security !== "deny");
    if (enabled.length === 0) return;
    const full = scopes.some((s) => s.security === "full");
    report({
      path: first.path,
      autofix: closePolicies(open),
      severity: full ? "critical" : "warn",
      message: `Exec-enabled agents are reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open" while exec is enabled for ${capList(enabled.map((s) => `${s.id} (security=${s.security})`))}; strangers can steer an agent that runs commands.`,
      detail: `Open DM/group access detected at:
${open.map((o) => `- ${o.label}`).join("\n")}
Exec-enabled scopes:
${enabled.map((s) => `- ${s.id}: security=${s.security}, host=${s.host}`).join("\n")}`,
      fix: 'Set the listed dmPolicy/groupPolicy to "pairing" or "allowlist", or tools.exec.security: "deny" for agents reachable from shared channels.'
    });
  }
});

// src/rules/openclaw/security/exposure-open-groups-with-control-plane-tools.ts
var exposure_open_groups_with_control_plane_tools_default = defineRule({
  id: "security.exposure.open_groups_with_control_plane_tools",
  severity: "critical",
  title: "Open group/DM policy with control-plane tools exposed",
  description: "An open DM/group policy while some context allows automations, gateway or plugins (minimal/messaging profiles allow gateway).",
  fixable: true,
  releases: [
    {
      from: "2026.8.2",
      note: "First in the audit of 2026.8.2 (2026.7.1 has no such check); the control-plane tools are automations and gateway.",
      facts: { controlPlane: ["automations", "gateway"] }
    },
    {
      from: "2026.9.6",
      note: "The plugins tool (new in 2026.9) counts as a control-plane tool too.",
      facts: { controlPlane: ["automations", "gateway", "plugins"] }
    }
  ],
  check(ctx, report, facts) {
    const controlPlane = facts?.controlPlane ?? CONTROL_PLANE_TOOLS;
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    const lines = [];
    const wheres = [];
    const reached = /* @__PURE__ */ new Set();
    for (const c of agentToolContexts(ctx.config)) {
      const policies = toolPolicies(ctx.config, c.tools, sandboxFor(ctx.config, c.agentId).mode);
      const tools = controlPlane.filter((t) => toolAllowed(t, policies));
      if (tools.length === 0) continue;
      const profile = str(c.tools, "profile") ?? str(ctx.config, "tools", "profile") ?? "none";
      lines.push(`${c.label} (profile=${profile}; controlPlane=[${tools.join(", ")}])`);
      wheres.push(`${c.where} (profile=${profile})`);
      for (const t of tools) reached.add(t);
    }
    if (lines.length === 0) return;
    report({
      path: first.path,
      autofix: closePolicies(open),
      message: `Control-plane tools (${[...reached].join(", ")}) are reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open" while ${capList(wheres, "; ")} can use them to update OpenClaw, change plugins or schedule automations.`,
      detail: `Found inbound policy="open" at:
${open.map((o) => `- ${o.label}`).join("\n")}
Control-plane tool exposure contexts:
${lines.map((l) => `- ${l}`).join("\n")}
Prompt injection in open conversations can trigger OpenClaw updates, plugin changes, or scheduled automation.`,
      fix: `Add tools.deny: [${controlPlane.map((t) => JSON.stringify(t)).join(", ")}] (the minimal and messaging profiles still allow gateway), or tighten the listed policies to "pairing"/"allowlist".`
    });
  }
});

// src/rules/openclaw/security/exposure-open-groups-with-elevated.ts
var exposure_open_groups_with_elevated_default = defineRule({
  id: "security.exposure.open_groups_with_elevated",
  severity: "critical",
  title: "Open group/DM policy with elevated tools enabled",
  description: "An open DM/group policy while tools.elevated is enabled (the default).",
  fixable: true,
  releases: [
    {
      from: "2026.1.30",
      note: "Reported for an open groupPolicy (channel or account level) while tools.elevated is not disabled; open DM policies do not count.",
      facts: { inbound: "groups" }
    },
    {
      from: "2026.6.11",
      note: "Open DM policies (dmPolicy, legacy dm.policy) count as well as open group policies.",
      facts: { inbound: "groups-and-dms" }
    }
  ],
  check(ctx, report, facts) {
    const open = openInboundPolicies(ctx.config, facts?.inbound);
    const first = open[0];
    if (!first) return;
    if (at(ctx.config, "tools", "elevated", "enabled") === false) return;
    report({
      path: first.path,
      autofix: closePolicies(open),
      message: `Elevated host exec is reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open" and tools.elevated is ${ctx.has(["tools", "elevated", "enabled"]) ? "enabled" : "enabled (default)"}, so a prompt injection from any sender can request elevated commands.`,
      detail: `Found inbound policy="open" at:
${open.map((o) => `- ${o.label}`).join("\n")}
With tools.elevated enabled, a prompt injection in those conversations can become a high-impact incident.`,
      fix: 'Set the listed policies to "allowlist" (or "pairing"), or tools.elevated.enabled: false.'
    });
  }
});

// src/rules/openclaw/security/exposure-open-groups-with-runtime-or-fs.ts
var exposure_open_groups_with_runtime_or_fs_default = defineRule({
  id: "security.exposure.open_groups_with_runtime_or_fs",
  severity: "critical",
  title: "Open group/DM policy with runtime/filesystem tools exposed",
  description: "An open DM/group policy while some agent context has exec/process (critical) or unguarded fs tools (warn) outside a full sandbox.",
  fixable: true,
  releases: [
    {
      from: "2026.2.26",
      note: "First in the audit of 2026.2.26 (2026.1.30 has no such check); an open groupPolicy counts, open DM policies do not.",
      facts: { inbound: "groups", profileAlsoAllow: "ignored" }
    },
    {
      from: "2026.6.11",
      note: "Open DM policies (dmPolicy, legacy dm.policy) count as well as open group policies.",
      facts: { inbound: "groups-and-dms", profileAlsoAllow: "ignored" }
    },
    {
      from: "2026.8.2",
      note: "tools.alsoAllow widens the tool profile (before, a tool outside tools.profile stayed off whatever alsoAllow said).",
      facts: { inbound: "groups-and-dms", profileAlsoAllow: "merged" }
    }
  ],
  check(ctx, report, facts) {
    const open = openInboundPolicies(ctx.config, facts?.inbound);
    const first = open[0];
    if (!first) return;
    const { contexts, hasRuntimeRisk } = riskyToolContexts(ctx.config, {
      profileAlsoAllow: facts?.profileAlsoAllow ?? "merged"
    });
    if (contexts.length === 0) return;
    const lines = contexts.map(
      (c) => `${c.label} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(", ") || "off"}]; fs=[${c.fs.join(", ") || "off"}])`
    );
    const wheres = contexts.map(
      (c) => `${c.where} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(", ") || "off"}]; fs=[${c.fs.join(", ") || "off"}])`
    );
    report({
      path: first.path,
      autofix: closePolicies(open),
      severity: hasRuntimeRisk ? "critical" : "warn",
      message: `${hasRuntimeRisk ? "Shell/runtime tools are" : "File tools are"} reachable from open chats without a full sandbox: ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open" while ${capList(wheres, "; ")} ${hasRuntimeRisk ? "can run commands" : "can touch files outside the workspace"}.`,
      detail: `Found inbound policy="open" at:
${open.map((o) => `- ${o.label}`).join("\n")}
Risky tool exposure contexts:
${lines.map((l) => `- ${l}`).join("\n")}
Prompt injection in open conversations can trigger command/file actions in these contexts.`,
      fix: 'Use tools.profile: "messaging" (or deny group:runtime and group:fs), tools.fs.workspaceOnly: true and agents.defaults.sandbox.mode: "all" for exposed agents.'
    });
  }
});

// src/rules/openclaw/security/trust-model-cross-agent-session-access-default.ts
var SESSION_TOOLS = ["sessions_list", "sessions_history", "sessions_search", "sessions_send", "session_status"];
var trust_model_cross_agent_session_access_default_default = defineRule({
  id: "security.trust_model.cross_agent_session_access_default",
  severity: "info",
  title: "Agents share Gateway-wide session access (default)",
  description: "Several agents with default session visibility and agent-to-agent access can read each other's transcripts (warn when trust levels differ).",
  releases: [{ from: "2026.9.6", note: "First in the audit of 2026.9.6 (2026.8.2 has no such check)." }],
  check(ctx, report) {
    const cfg = ctx.config;
    const ids = listAgentIds(cfg);
    if (ids.length < 2) return;
    const vis = (str(cfg, "tools", "sessions", "visibility") ?? "").trim().toLowerCase();
    if (["self", "tree", "agent"].includes(vis)) return;
    if (at(cfg, "tools", "agentToAgent", "enabled") === false) return;
    if ((arr(cfg, "tools", "agentToAgent", "allow") ?? []).length > 0) return;
    const clamp = str(cfg, "agents", "defaults", "sandbox", "sessionToolsVisibility") ?? "spawned";
    const reachers = [];
    const signals = [];
    for (const id of ids) {
      const mode = sandboxFor(cfg, id).mode;
      if (mode !== "off") signals.push(`${id}: sandbox.mode="${mode}"`);
      const tools = rec(findAgent(cfg, id)?.entry, "tools");
      const policies = toolPolicies(cfg, tools, mode);
      const allowed = SESSION_TOOLS.filter((t) => toolAllowed(t, policies));
      if ((mode !== "all" || clamp === "all") && allowed.length > 0) reachers.push(id);
      const restr = ["profile", "allow", "deny"].filter((k) => tools?.[k] !== void 0);
      if (restr.length > 0)
        signals.push(`${id}: agent-level tool restrictions (${restr.map((k) => `tools.${k}`).join(", ")})`);
    }
    if (reachers.length === 0) return;
    signals.push(...multiUserSignals(cfg).map((s) => s.where));
    report({
      path: ctx.has(["tools", "sessions", "visibility"]) ? ["tools", "sessions", "visibility"] : ctx.has(["agents"]) ? ["agents"] : [],
      severity: signals.length > 0 ? "warn" : "info",
      message: `${ids.length} agents (${capList(ids)}) share Gateway-wide session access (tools.sessions.visibility ${ctx.has(["tools", "sessions", "visibility"]) ? '"all"' : '"all" (default)'}, agent-to-agent on with no allow list); ${reachers.length === ids.length ? "every one of them" : capList(reachers)} can read other agents' transcripts${signals.length > 0 ? `, although trust-boundary signals (${capList(signals, "; ")}) suggest different trust levels` : ""}.`,
      detail: `Agents: ${ids.join(", ")}
tools.sessions.visibility resolves to "all" and tools.agentToAgent is enabled with no allow list.`,
      fix: 'Set tools.sessions.visibility: "agent" (or "tree"/"self"), restrict tools.agentToAgent.allow, or set tools.agentToAgent.enabled: false.'
    });
  }
});

// src/rules/openclaw/security/trust-model-group-scope-main.ts
var trust_model_group_scope_main_default = defineRule({
  id: "security.trust_model.group_scope_main",
  severity: "warn",
  title: "Group rooms share the main session",
  description: 'session.groupScope (or a group-route binding) is "main": every room member shares the main-session context.',
  releases: [{ from: "2026.8.2", note: "First in the audit of 2026.8.2 (2026.7.1 has no such check)." }],
  check(ctx, report) {
    const hits = [];
    if (str(ctx.config, "session", "groupScope") === "main")
      hits.push({ label: 'session.groupScope="main"', path: ["session", "groupScope"] });
    (arr(ctx.config, "bindings") ?? []).forEach((b, i) => {
      if (isRec(b) && isRec(b.session) && b.session.groupScope === "main" && isRec(b.match))
        hits.push({
          label: `bindings[${i}].session.groupScope="main"`,
          path: ["bindings", i, "session", "groupScope"]
        });
    });
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(hits.map((h) => h.label))}: group and channel rooms merge into the agent's main session, so every room member sees and steers your private context.`,
      detail: "The following group routing scopes merge room conversations into the agent main session:\n" + hits.map((h) => `- ${h.label}`).join("\n"),
      fix: 'Set session.groupScope: "per-group" and remove binding overrides, or keep "main" only for rooms of mutually trusted members.'
    });
  }
});

// src/rules/openclaw/security/trust-model-multi-user-heuristic.ts
var trust_model_multi_user_heuristic_default = defineRule({
  id: "security.trust_model.multi_user_heuristic",
  severity: "warn",
  title: "Potential multi-user setup detected (personal-assistant model warning)",
  description: "Channel settings suggest several people can reach one personal-assistant gateway.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const signals = multiUserSignals(ctx.config);
    const first = signals[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Several people may be able to reach this gateway (${capList(signals.map((s) => s.where))}), but OpenClaw's trust model is one trusted operator per gateway, not isolation between users.`,
      detail: "Heuristic signals indicate this gateway may be reachable by multiple users:\n" + signals.map((s) => `- ${s.label}`).join("\n"),
      fix: 'Run one gateway per trust boundary, or set agents.defaults.sandbox.mode: "all", tools.fs.workspaceOnly: true and deny runtime/fs/web tools for shared access.'
    });
  }
});

// src/rules/openclaw/summary/attack-surface.ts
var attack_surface_default = defineRule({
  id: "summary.attack_surface",
  severity: "info",
  optIn: true,
  title: "Attack surface summary",
  description: "Inventory of open groups, elevated tools, webhooks, internal hooks and browser control (always emitted, like the CLI).",
  check(ctx, report) {
    const cfg = ctx.config;
    let open = 0;
    let allowlist = 0;
    const channels = rec(cfg, "channels");
    if (channels)
      for (const v of Object.values(channels)) {
        if (!isRec(v)) continue;
        if (v.groupPolicy === "open") open++;
        else if (v.groupPolicy === "allowlist") allowlist++;
      }
    const elevated = at(cfg, "tools", "elevated", "enabled") !== false;
    const webhooks = at(cfg, "hooks", "enabled") === true;
    const internal = at(cfg, "hooks", "internal", "enabled") === true || rec(cfg, "hooks", "internal", "entries") !== void 0 && at(cfg, "hooks", "internal", "enabled") !== false;
    const deny = (arr(cfg, "plugins", "deny") ?? []).map((v) => String(v).toLowerCase());
    const browser = at(cfg, "browser", "enabled") !== false && at(cfg, "plugins", "entries", "browser", "enabled") !== false && !deny.includes("browser");
    const summary = `groups: open=${open}, allowlist=${allowlist}; tools.elevated: ${elevated ? "enabled" : "disabled"}; hooks.webhooks: ${webhooks ? "enabled" : "disabled"}; hooks.internal: ${internal ? "enabled" : "disabled"}; browser control: ${browser ? "enabled" : "disabled"}`;
    report({
      path: [],
      message: `Attack surface: ${summary}. Trust model: one trusted operator per gateway.`,
      detail: summary.replace(/; /g, "\n")
    });
  }
});

// src/rules/openclaw/tools/elevated-allow-from-large.ts
var elevated_allow_from_large_default = defineRule({
  id: "tools.elevated.allowFrom.<provider>.large",
  severity: "warn",
  title: "Elevated exec allowlist is large",
  description: "tools.elevated.allowFrom.<provider> has more than 25 entries.",
  check(ctx, report) {
    if (at(ctx.config, "tools", "elevated", "enabled") === false) return;
    const allowFrom = rec(ctx.config, "tools", "elevated", "allowFrom");
    if (!allowFrom) return;
    for (const [provider, list] of Object.entries(allowFrom)) {
      const entries = stringEntries(list);
      if (entries.includes("*") || entries.length <= 25) continue;
      report({
        ruleId: `tools.elevated.allowFrom.${provider}.large`,
        path: ["tools", "elevated", "allowFrom", provider],
        message: `tools.elevated.allowFrom.${provider} lists ${entries.length} senders (more than 25) who may request elevated exec on the host.`,
        detail: `tools.elevated.allowFrom.${provider} has ${entries.length} entries; consider tightening elevated access.`,
        fix: `Trim tools.elevated.allowFrom.${provider} to the few operators who need host exec.`
      });
    }
  }
});

// src/rules/openclaw/tools/elevated-allow-from-wildcard.ts
var elevated_allow_from_wildcard_default = defineRule({
  id: "tools.elevated.allowFrom.<provider>.wildcard",
  severity: "critical",
  title: "Elevated exec allowlist contains wildcard",
  description: 'tools.elevated.allowFrom.<provider> contains "*": everyone on that channel may use elevated (host) exec.',
  fixable: true,
  check(ctx, report) {
    if (at(ctx.config, "tools", "elevated", "enabled") === false) return;
    const allowFrom = rec(ctx.config, "tools", "elevated", "allowFrom");
    if (!allowFrom) return;
    for (const [provider, list] of Object.entries(allowFrom)) {
      if (!stringEntries(list).includes("*")) continue;
      const idx = Array.isArray(list) ? list.findIndex((v) => typeof v === "string" && v.trim() === "*") : -1;
      report({
        ruleId: `tools.elevated.allowFrom.${provider}.wildcard`,
        path: idx >= 0 ? ["tools", "elevated", "allowFrom", provider, idx] : ["tools", "elevated", "allowFrom", provider],
        autofix: removeWildcards(["tools", "elevated", "allowFrom", provider], list),
        message: `tools.elevated.allowFrom.${provider} includes "*": every ${provider} sender can request elevated exec on the host.`,
        detail: `tools.elevated.allowFrom.${provider} includes "*" which effectively approves everyone on that channel for elevated mode.`,
        fix: `Replace "*" in tools.elevated.allowFrom.${provider} with the sender ids of trusted operators.`
      });
    }
  }
});

// src/rules/openclaw/tools/exec-agent-skill-mcp-boundary-drift.ts
function layer(state, exec) {
  const mode = str(exec, "mode");
  if (mode) return { security: mode === "deny" ? "deny" : mode === "full" ? "full" : "allowlist", mode };
  const security = str(exec, "security");
  if (security) return { security };
  return state;
}
function execDefaults(cfg, agentExec, sandboxMode2) {
  const host = str(agentExec, "host") ?? str(cfg, "tools", "exec", "host") ?? "auto";
  const effectiveHost = host === "auto" ? sandboxMode2 !== "off" ? "sandbox" : "gateway" : host;
  let state = { security: effectiveHost === "sandbox" ? "deny" : "full" };
  state = layer(state, rec(cfg, "tools", "exec"));
  state = layer(state, agentExec);
  return { security: state.security, host: effectiveHost };
}
var exec_agent_skill_mcp_boundary_drift_default = defineRule({
  id: "tools.exec.agent_skill_mcp_boundary_drift",
  severity: "warn",
  title: "Agent skill allowlists do not constrain host exec MCP clients",
  description: "Agents restrict skills but keep host exec while MCP servers are configured: skills do not bound what a shell can reach.",
  releases: [{ from: "2026.7.1", note: "First in the audit of 2026.7.1 (2026.6.11 has no such check)." }],
  check(ctx, report) {
    const cfg = ctx.config;
    const servers = rec(cfg, "mcp", "servers");
    const names2 = servers ? Object.entries(servers).filter(([, v]) => !(isRec(v) && v.enabled === false)).map(([k]) => k).sort() : [];
    if (names2.length === 0) return;
    const defaults = rec(cfg, "agents", "defaults");
    const defaultsHave = !!defaults && Object.prototype.hasOwnProperty.call(defaults, "skills");
    const scopes = [];
    if (defaultsHave) {
      const d = execDefaults(cfg, void 0, sandboxFor(cfg).mode);
      if (d.security !== "deny" && d.host !== "sandbox")
        scopes.push({ id: "agents.defaults", path: ["agents", "defaults", "skills"] });
    }
    for (const a of listAgents(cfg)) {
      const own = Object.prototype.hasOwnProperty.call(a.entry, "skills");
      if (!own && !defaultsHave) continue;
      const d = execDefaults(cfg, rec(a.entry, "tools", "exec"), sandboxFor(cfg, a.id).mode);
      if (d.security === "deny" || d.host === "sandbox") continue;
      scopes.push({ id: a.id, path: own ? [...a.path, "skills"] : ["agents", "defaults", "skills"] });
    }
    const first = scopes[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(scopes.map((s) => s.id))} ${scopes.length > 1 ? "restrict skills but keep" : "restricts skills but keeps"} host exec, while mcp.servers configures ${capList(names2)}; a shell can run MCP clients regardless of the skill allowlist.`,
      detail: `Detected agent skill allowlists on host-exec-capable scopes:
${scopes.map((s) => `- ${s.id}`).join("\n")}
MCP server registries visible to the gateway configuration/state:
- mcp.servers: ${names2.join(", ")}`,
      fix: 'For agents that need MCP isolation set tools.exec.security: "deny" (or a tight allowlist) or sandbox.mode: "all".'
    });
  }
});

// src/rules/openclaw/tools/exec-fs-tools-disabled-but-exec-enabled.ts
var exec_fs_tools_disabled_but_exec_enabled_default = defineRule({
  id: "tools.exec.fs_tools_disabled_but_exec_enabled",
  severity: "warn",
  title: "Filesystem tool policy does not make exec read-only",
  description: "write/edit/apply_patch are denied but exec stays allowed, so the agent is not actually read-only.",
  releases: [
    {
      from: "2026.5.28",
      note: "First in the audit of 2026.5.28 (2026.4.29 has no such check); tools.alsoAllow does not widen tools.profile, so exec outside the profile stays off.",
      facts: { profileAlsoAllow: "ignored" }
    },
    {
      from: "2026.8.2",
      note: "tools.alsoAllow widens the tool profile: exec granted by alsoAllow on top of a profile counts.",
      facts: { profileAlsoAllow: "merged" }
    }
  ],
  check(ctx, report, facts) {
    const cfg = ctx.config;
    const globalHost = str(cfg, "tools", "exec", "host");
    const contexts = [{ label: "tools", where: "The global tool policy", path: ["tools"] }];
    for (const a of listAgents(cfg)) {
      const tools = rec(a.entry, "tools");
      contexts.push({
        label: `agents.entries.${a.id}.tools`,
        where: agentKeyLabel(a, "tools"),
        agentId: a.id,
        ...tools ? { tools } : {},
        path: tools ? [...a.path, "tools"] : a.path
      });
    }
    const hits = [];
    for (const c of contexts) {
      const sb = sandboxFor(cfg, c.agentId);
      const host = str(c.tools, "exec", "host") ?? globalHost ?? "auto";
      if (sb.mode === "all" && host !== "gateway" && host !== "node" && sb.workspaceAccess !== "rw") continue;
      const policies = toolPolicies(cfg, c.tools, sb.mode, [], {
        profileAlsoAllow: facts?.profileAlsoAllow ?? "merged"
      });
      if (!toolAllowed("exec", policies)) continue;
      if (["write", "edit", "apply_patch"].some((t) => toolAllowed(t, policies))) continue;
      hits.push(c);
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: ctx.has([...first.path, "deny"]) ? [...first.path, "deny"] : first.path,
      message: `${capList(hits.map((h) => h.where))} ${hits.length > 1 ? "deny" : "denies"} write/edit/apply_patch but still ${hits.length > 1 ? "allow" : "allows"} exec, which is a shell that can write files anyway.`,
      detail: `Found scopes where write/edit/apply_patch are unavailable but exec remains available:
${hits.map((h) => `- ${h.label}`).join("\n")}`,
      fix: 'Also deny exec and process (e.g. tools.deny: ["group:fs", "group:runtime"]), or use sandbox.mode: "all" with workspaceAccess "ro" or "none".'
    });
  }
});

// src/rules/openclaw/tools/exec-host-sandbox-no-sandbox-agents.ts
var exec_host_sandbox_no_sandbox_agents_default = defineRule({
  id: "tools.exec.host_sandbox_no_sandbox_agents",
  severity: "warn",
  title: "Agent exec host uses sandbox while sandbox mode is off",
  description: 'An agent sets tools.exec.host to "sandbox" while its own sandbox mode is off.',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const risky = listAgents(ctx.config).filter(
      (a) => rec(a.entry, "tools", "exec")?.host === "sandbox" && sandboxFor(ctx.config, a.id).mode === "off"
    );
    const first = risky[0];
    if (!first) return;
    const ids = risky.slice(0, 5).map((a) => a.id);
    report({
      path: [...first.path, "tools", "exec", "host"],
      message: `tools.exec.host is "sandbox" with sandbox mode off for ${capList(risky.map((a) => agentLabel(a)))}; exec fails closed there.`,
      detail: `agents.entries.*.tools.exec.host is set to sandbox for: ${ids.join(", ")}. With sandbox mode off, exec fails closed for those agents.`,
      fix: 'Set sandbox.mode: "all" (or "non-main") on these agents, or their tools.exec.host: "gateway".'
    });
  }
});

// src/rules/openclaw/tools/exec-host-sandbox-no-sandbox-defaults.ts
var exec_host_sandbox_no_sandbox_defaults_default = defineRule({
  id: "tools.exec.host_sandbox_no_sandbox_defaults",
  severity: "warn",
  title: "Exec host is sandbox but sandbox mode is off",
  description: 'tools.exec.host is "sandbox" while agents.defaults.sandbox.mode is off.',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (at(ctx.config, "tools", "exec", "host") !== "sandbox") return;
    if (sandboxFor(ctx.config).mode !== "off") return;
    report({
      path: ["tools", "exec", "host"],
      message: 'tools.exec.host is "sandbox" but agents.defaults.sandbox.mode is off, so no sandbox runtime exists and exec fails closed.',
      detail: "tools.exec.host is explicitly set to sandbox while agents.defaults.sandbox.mode=off. In this mode, exec fails closed because no sandbox runtime is available.",
      fix: 'Set agents.defaults.sandbox.mode: "non-main" or "all", or tools.exec.host: "gateway" with approvals.'
    });
  }
});

// src/rules/openclaw/tools/safe-bins.ts
var INTERPRETERS = /* @__PURE__ */ new Set([
  "ash",
  "awk",
  "bash",
  "busybox",
  "bun",
  "cmd",
  "cmd.exe",
  "cscript",
  "dash",
  "deno",
  "fish",
  "gawk",
  "gsed",
  "ksh",
  "lua",
  "mawk",
  "nawk",
  "node",
  "nodejs",
  "perl",
  "php",
  "powershell",
  "powershell.exe",
  "pypy",
  "pwsh",
  "pwsh.exe",
  "python",
  "python2",
  "python3",
  "ruby",
  "sed",
  "sh",
  "toybox",
  "wscript",
  "zsh"
]);
var INTERPRETER_PATTERNS = [
  /^python\d+(?:\.\d+)?$/,
  /^ruby\d+(?:\.\d+)?$/,
  /^perl\d+(?:\.\d+)?$/,
  /^php\d+(?:\.\d+)?$/,
  /^node\d+(?:\.\d+)?$/
];
var BROAD = /* @__PURE__ */ new Set(["jq", "awk", "gawk", "mawk", "nawk", "sed", "gsed"]);
function normalizeSafeBin(raw) {
  const t = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!t) return "";
  return (t.split(/[\\/]/).at(-1) ?? t).replace(/\.(?:exe|cmd|bat|com)$/i, "");
}
function isInterpreter(bin) {
  return INTERPRETERS.has(bin) || INTERPRETER_PATTERNS.some((p) => p.test(bin));
}
function isBroad(bin) {
  return BROAD.has(bin);
}
function profileNames(exec) {
  const p = rec(exec, "safeBinProfiles");
  return p ? Object.keys(p).map((k) => normalizeSafeBin(k)) : [];
}
function safeBinScopes(cfg) {
  const g = rec(cfg, "tools", "exec");
  const out = [
    { label: "tools.exec", where: "tools.exec", exec: g, path: ["tools", "exec"], profiles: new Set(profileNames(g)) }
  ];
  for (const a of listAgents(cfg)) {
    const e = rec(a.entry, "tools", "exec");
    out.push({
      label: `agents.entries.${a.id}.tools.exec`,
      where: agentKeyLabel(a, "tools.exec"),
      exec: e,
      path: [...a.path, "tools", "exec"],
      profiles: /* @__PURE__ */ new Set([...profileNames(g), ...profileNames(e)])
    });
  }
  return out;
}
function safeBins(exec) {
  const list = arr(exec, "safeBins") ?? [];
  return [...new Set(list.map(normalizeSafeBin).filter(Boolean))];
}
function trustedDirs(exec) {
  const list = arr(exec, "safeBinTrustedDirs") ?? [];
  return list.filter((v) => typeof v === "string" && !!v.trim()).map((v) => v.trim());
}
function classifyTrustedDir(entry) {
  const raw = entry.trim();
  if (!raw) return null;
  if (!raw.startsWith("/") && !/^[a-zA-Z]:[\\/]/.test(raw))
    return "relative path (trust boundary depends on process cwd)";
  const segs = [];
  for (const s of raw.replace(/\\/g, "/").split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  const n = ("/" + segs.join("/")).toLowerCase();
  const under = (p) => n === p || n.startsWith(`${p}/`);
  if (under("/tmp") || under("/var/tmp") || under("/private/tmp"))
    return "temporary directory is mutable and easy to poison";
  if (["/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin", "/home/linuxbrew/.linuxbrew/bin"].includes(n))
    return "package-manager bin directory (often user-writable)";
  if (n.startsWith("/users/") || n.startsWith("/home/") || n.includes("/.local/bin"))
    return "home-scoped bin directory (typically user-writable)";
  return null;
}

// src/rules/openclaw/tools/exec-safe-bin-trusted-dirs-risky.ts
var exec_safe_bin_trusted_dirs_risky_default = defineRule({
  id: "tools.exec.safe_bin_trusted_dirs_risky",
  severity: "warn",
  title: "safeBinTrustedDirs includes risky mutable directories",
  description: "tools.exec.safeBinTrustedDirs trusts relative, temporary, package-manager or home directories.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const hits = [];
    for (const s of safeBinScopes(ctx.config)) {
      const raw = s.exec?.safeBinTrustedDirs;
      trustedDirs(s.exec).forEach((dir) => {
        const reason = classifyTrustedDir(dir);
        if (!reason) return;
        const idx = Array.isArray(raw) ? raw.findIndex((v) => typeof v === "string" && v.trim() === dir) : -1;
        hits.push({
          line: `${s.label}.safeBinTrustedDirs: ${dir} (${reason})`,
          where: `${s.where}.safeBinTrustedDirs: ${dir} (${reason})`,
          path: idx >= 0 ? [...s.path, "safeBinTrustedDirs", idx] : [...s.path, "safeBinTrustedDirs"]
        });
      });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `Risky safeBinTrustedDirs: ${capList(
        hits.map((h) => h.where),
        "; "
      )}; anyone who can write there can plant a "safe" binary.`,
      detail: `Detected risky safeBinTrustedDirs entries:
${hits.slice(0, 10).map((h) => `- ${h.line}`).join("\n")}`,
      fix: "Keep safeBinTrustedDirs to root-owned immutable dirs such as /bin and /usr/bin."
    });
  }
});

// src/rules/openclaw/tools/exec-safe-bins-broad-behavior.ts
var exec_safe_bins_broad_behavior_default = defineRule({
  id: "tools.exec.safe_bins_broad_behavior",
  severity: "warn",
  title: "safeBins includes binaries with broader semantics than low-risk stream filters",
  description: "tools.exec.safeBins lists jq, awk or sed variants, which are programmable rather than simple stream filters.",
  releases: [{ from: "2026.3.31", note: "First in the audit of 2026.3.31 (2026.2.26 has no such check)." }],
  check(ctx, report) {
    const hits = [];
    for (const s of safeBinScopes(ctx.config)) {
      const bins = safeBins(s.exec).filter(isBroad).sort();
      if (bins.length)
        hits.push({ label: `${s.label}.safeBins`, where: `${s.where}.safeBins`, bins, path: [...s.path, "safeBins"] });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(
        hits.map((h) => `${h.where} lists ${capList(h.bins)}`),
        "; "
      )}; these are programmable (file writes, command execution) and do not fit the low-risk stdin-filter fast path.`,
      detail: `Detected risky safeBins entries:
${hits.map((h) => h.bins.map((b) => `- ${h.label}: ${b}`).join("\n")).join("\n")}
These tools expose semantics that do not fit the low-risk stdin-filter fast path.`,
      fix: `Remove ${capList(first.bins)} from ${first.where}; use explicit allowlist entries or approval-gated exec.`
    });
  }
});

// src/rules/openclaw/tools/exec-safe-bins-interpreter-unprofiled.ts
var exec_safe_bins_interpreter_unprofiled_default = defineRule({
  id: "tools.exec.safe_bins_interpreter_unprofiled",
  severity: "warn",
  title: "safeBins includes interpreter/runtime binaries without explicit profiles",
  description: "tools.exec.safeBins (global or per agent) lists an interpreter without a safeBinProfiles entry.",
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    const hits = [];
    for (const s of safeBinScopes(ctx.config)) {
      const bins = safeBins(s.exec).filter((b) => isInterpreter(b) && !s.profiles.has(b)).sort();
      if (bins.length)
        hits.push({ label: `${s.label}.safeBins`, where: `${s.where}.safeBins`, bins, path: [...s.path, "safeBins"] });
    }
    const first = hits[0];
    if (!first) return;
    report({
      path: first.path,
      message: `${capList(
        hits.map((h) => `${h.where} lists ${capList(h.bins)}`),
        "; "
      )} without safeBinProfiles; an interpreter as a safe bin runs arbitrary code with no approval.`,
      detail: `Detected interpreter-like safeBins entries missing explicit profiles:
${hits.map((h) => `- ${h.label}: ${h.bins.join(", ")}`).join("\n")}
These entries can turn safeBins into a broad execution surface when used with permissive argv profiles.`,
      fix: `Remove ${capList(first.bins)} from ${first.where} (use allowlist entries) or define tools.exec.safeBinProfiles.${first.bins[0]}.`
    });
  }
});

// src/rules/openclaw/tools/exec-security-full-configured.ts
var exec_security_full_configured_default = defineRule({
  id: "tools.exec.security_full_configured",
  severity: "warn",
  title: "Exec security=full is configured",
  description: "Some scope runs exec with security=full (critical when any open DM/group policy exists anywhere under channels).",
  releases: [{ from: "2026.3.31", note: "First in the audit of 2026.3.31 (2026.2.26 has no such check)." }],
  check(ctx, report) {
    const full = execScopes(ctx.config).filter((s) => s.security === "full");
    const first = full[0];
    if (!first) return;
    const open = openExecSurfaces(ctx.config);
    report({
      path: first.path,
      severity: open.length > 0 ? "critical" : "warn",
      message: `Exec runs with security=full (no allowlist, no approvals) for ${capList(full.map((s) => s.id))}${open.length > 0 ? `, and ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open"` : ""}.`,
      detail: `Full exec trust is enabled for: ${full.map((s) => s.id).join(", ")}.` + (open.length > 0 ? ` Open channel access was also detected at:
${open.map((o) => `- ${o.label}`).join("\n")}` : ""),
      fix: 'Set tools.exec.mode: "ask" or "allowlist"; reserve "full" for tightly scoped break-glass agents.'
    });
  }
});

// src/rules/openclaw/tools/profile-minimal-overridden.ts
var profile_minimal_overridden_default = defineRule({
  id: "tools.profile_minimal_overridden",
  severity: "warn",
  title: "Global tools.profile=minimal is overridden by agent profiles",
  description: 'tools.profile is "minimal" but agents set a broader tools.profile.',
  releases: [{ from: "2026.2.26", note: "First in the audit of 2026.2.26 (2026.1.30 has no such check)." }],
  check(ctx, report) {
    if (str(ctx.config, "tools", "profile") !== "minimal") return;
    const over = listAgents(ctx.config).filter((a) => {
      const p = str(a.entry, "tools", "profile");
      return !!p && p !== "minimal";
    });
    const first = over[0];
    if (!first) return;
    report({
      path: [...first.path, "tools", "profile"],
      message: `tools.profile is "minimal" globally but ${capList(over.map((a) => `${agentLabel(a)} uses "${str(a.entry, "tools", "profile")}"`))}, which takes precedence.`,
      detail: "Global minimal profile is set, but these agent profiles take precedence:\n" + over.map((a) => `- agents.entries.${a.id}=${str(a.entry, "tools", "profile")}`).join("\n"),
      fix: `Set tools.profile: "minimal" on ${capList(over.map((a) => a.id))} or remove the agent override.`
    });
  }
});

// src/rules/index.ts
var RULES = [
  control_no_auth_default,
  remote_cdp_http_default,
  allow_from_dangerous_name_matching_enabled_default,
  dm_disabled_default,
  dm_locked_default,
  dm_open_default,
  dm_open_invalid_default,
  dm_scope_main_multiuser_default,
  feishu_doc_owner_open_id_default,
  telegram_allow_from_invalid_entries_default,
  telegram_groups_allow_from_missing_default,
  telegram_groups_allow_from_wildcard_default,
  insecure_or_dangerous_flags_default,
  secrets_credential_in_config_default,
  secrets_gateway_password_in_config_default,
  secrets_gateway_token_in_config_default,
  secrets_hooks_token_in_config_default,
  mdns_full_mode_default,
  auth_no_rate_limit_default,
  bind_no_auth_default,
  control_ui_allowed_origins_required_default,
  control_ui_allowed_origins_wildcard_default,
  control_ui_device_auth_disabled_default,
  control_ui_host_header_origin_fallback_default,
  control_ui_insecure_auth_default,
  env_token_overrides_config_default,
  http_no_auth_default,
  http_session_key_override_enabled_default,
  loopback_no_auth_default,
  nodes_allow_commands_dangerous_default,
  nodes_deny_commands_ineffective_default,
  password_placeholder_value_default,
  password_too_short_default,
  real_ip_fallback_enabled_default,
  tailscale_funnel_default,
  tailscale_serve_default,
  token_placeholder_value_default,
  token_too_short_default,
  tools_invoke_http_dangerous_allow_default,
  trusted_proxies_missing_default,
  trusted_proxy_allow_loopback_default,
  trusted_proxy_auth_default,
  trusted_proxy_device_auto_approve_default,
  trusted_proxy_device_auto_approve_admin_default,
  trusted_proxy_no_allowlist_default,
  trusted_proxy_no_proxies_default,
  trusted_proxy_no_user_header_default,
  allowed_agent_ids_unrestricted_default,
  default_session_key_unset_default,
  path_root_default,
  request_session_key_enabled_default,
  request_session_key_prefixes_missing_default,
  token_reuse_gateway_token_default,
  token_too_short_default2,
  redact_off_default,
  apps_enabled_default,
  legacy_default,
  small_params_default,
  weak_tier_default,
  installs_missing_integrity_default,
  installs_unpinned_npm_specs_default,
  dangerous_bind_mount_default,
  dangerous_network_mode_default,
  docker_config_mode_off_default,
  audit_suppressions_active_default,
  exposure_open_channels_with_exec_default,
  exposure_open_groups_with_control_plane_tools_default,
  exposure_open_groups_with_elevated_default,
  exposure_open_groups_with_runtime_or_fs_default,
  trust_model_cross_agent_session_access_default_default,
  trust_model_group_scope_main_default,
  trust_model_multi_user_heuristic_default,
  attack_surface_default,
  elevated_allow_from_large_default,
  elevated_allow_from_wildcard_default,
  exec_agent_skill_mcp_boundary_drift_default,
  exec_fs_tools_disabled_but_exec_enabled_default,
  exec_host_sandbox_no_sandbox_agents_default,
  exec_host_sandbox_no_sandbox_defaults_default,
  exec_safe_bin_trusted_dirs_risky_default,
  exec_safe_bins_broad_behavior_default,
  exec_safe_bins_interpreter_unprofiled_default,
  exec_security_full_configured_default,
  profile_minimal_overridden_default
];

// src/registry/core.ts
var ROWS = [
  [
    "parse.error",
    "core",
    "critical",
    "Config does not parse",
    "src/config/parse-findings.ts",
    "The file is not valid JSON5, not UTF-8, or nested deeper than 500 levels; OpenClaw refuses to start."
  ],
  [
    "parse.duplicate_key",
    "core",
    "warn",
    "Duplicate key",
    "src/config/parse-findings.ts",
    "A key repeats in one object; the last value wins, as in OpenClaw."
  ],
  [
    "include.escape",
    "core",
    "critical",
    "$include leaves the config directory",
    "src/config/includes.ts",
    "An `$include` path leaves the root config\u2019s directory, lexically or through a symlink; the file is never read."
  ],
  [
    "include.missing",
    "core",
    "critical",
    "$include file missing",
    "src/config/includes.ts",
    "The included file does not exist."
  ],
  [
    "include.cycle",
    "core",
    "critical",
    "$include cycle",
    "src/config/includes.ts",
    "The include chain returns to a file already on it (compared lexically and by realpath, so a `loop -> .` symlink is a cycle)."
  ],
  [
    "include.too_deep",
    "core",
    "critical",
    "$include nested too deep",
    "src/config/includes.ts",
    "More than 10 levels of includes."
  ],
  [
    "include.too_many",
    "core",
    "critical",
    "Too many $include loads",
    "src/config/includes.ts",
    "More than 500 include loads for one config (repeats counted): a few files including each other many times would multiply into millions of loads. The rest are not loaded."
  ],
  [
    "parse.invalid_utf8",
    "core",
    "warn",
    "Invalid UTF-8",
    "src/config/parse-findings.ts",
    "The file has bytes that are not valid UTF-8: OpenClaw reads each as U+FFFD and runs the config, so clawlint lints it the same way and points at the first invalid byte."
  ],
  [
    "include.too_large",
    "core",
    "critical",
    "$include file too large",
    "src/config/includes.ts",
    "An included file over 2 MiB (OpenClaw\u2019s limit)."
  ],
  [
    "include.unreadable",
    "core",
    "critical",
    "$include file unreadable",
    "src/config/includes.ts",
    "An included file that is not a regular UTF-8 file."
  ],
  [
    "include.invalid",
    "core",
    "critical",
    "Invalid $include",
    "src/config/includes.ts",
    "`$include` is not a string or array of strings, contains NUL, is over 4096 characters, or has sibling keys while the included value is not an object."
  ],
  [
    "include.parse_error",
    "core",
    "critical",
    "$include file does not parse",
    "src/config/includes.ts",
    "The included file is not valid JSON5 (its own parse.error points into it)."
  ],
  [
    "env.missing_var",
    "core",
    "info",
    "Undefined ${VAR}",
    "src/lint/lint-config.ts",
    "A `${VAR}` no env source defines (only reported when --env-file/--env were given)."
  ],
  [
    "env.expansion_too_large",
    "core",
    "warn",
    "${VAR} substitution too large",
    "src/config/env.ts",
    "The `${VAR}` substitutions of one config would add more than 16 MiB (a large env value referenced many times): that value and every later one are judged as written."
  ],
  ["file.too_large", "core", "warn", "Config too large", "src/run.ts", "A config over 5 MiB: reported and skipped."],
  [
    "file.unreadable",
    "core",
    "warn",
    "Config unreadable",
    "src/run.ts",
    "A directory or symlinked config that cannot be read, or a symlink leaving the scanned tree."
  ],
  [
    "internal.rule_error",
    "core",
    "warn",
    "Rule failed",
    "src/lint/lint-config.ts",
    "A rule failed on this config (a clawlint bug); other findings are kept."
  ],
  [
    "schema.<keyword>",
    "schema",
    "critical",
    "Schema violation",
    "src/schema/schema-findings.ts",
    "A JSON Schema violation (additionalProperties, required, type, enum, anyOf, pattern, \u2026) for the OpenClaw release the config targets."
  ],
  [
    "schema.upgrade_note",
    "schema",
    "info",
    "Rejected by the newest OpenClaw",
    "src/schema/schema-findings.ts",
    "Valid for the config\u2019s target release but rejected by the newest bundled release."
  ],
  [
    "schema.legacy_key",
    "schema",
    "warn",
    "Legacy key",
    "src/schema/schema-findings.ts",
    "A legacy key OpenClaw 2026.9.6 still accepts (agents.list)."
  ],
  [
    "schema.funnel_requires_loopback",
    "schema",
    "critical",
    "Tailscale funnel needs a loopback bind",
    "src/schema/refinements.ts",
    '`gateway.tailscale.mode: "funnel"` with a non-loopback bind.'
  ],
  [
    "schema.multiple_default_agents",
    "schema",
    "critical",
    "Several default agents",
    "src/schema/refinements.ts",
    "More than one `agents.entries.*.default: true`."
  ],
  [
    "schema.sandbox_network",
    "schema",
    "critical",
    "Sandbox network joins another namespace",
    "src/schema/refinements.ts",
    'Sandbox docker/browser `network: "host"`, or `container:*` without dangerouslyAllowContainerNamespaceJoin.'
  ],
  [
    "schema.sandbox_seccomp",
    "schema",
    "critical",
    "Sandbox seccomp unconfined",
    "src/schema/refinements.ts",
    'Sandbox seccomp profile "unconfined".'
  ],
  [
    "schema.sandbox_apparmor",
    "schema",
    "critical",
    "Sandbox AppArmor unconfined",
    "src/schema/refinements.ts",
    'Sandbox AppArmor profile "unconfined".'
  ],
  [
    "schema.sandbox_bind",
    "schema",
    "critical",
    "Invalid sandbox bind",
    "src/schema/refinements.ts",
    "A sandbox bind with an empty or relative source path."
  ],
  [
    "schema.agent_ownership",
    "schema",
    "critical",
    "Ambiguous agent ownership",
    "src/schema/refinements.ts",
    'Several agents without `agents.ownership: "explicit"` or one `default: true` marker, or explicit ownership combined with a marker.'
  ],
  [
    "schema.duplicate_agent_id",
    "schema",
    "critical",
    "Duplicate agent id",
    "src/schema/refinements.ts",
    "Two agent keys that resolve to the same id (ids are case-insensitive)."
  ],
  [
    "schema.tool_policy_conflict",
    "schema",
    "critical",
    "allow and alsoAllow together",
    "src/schema/refinements.ts",
    "`allow` and `alsoAllow` both non-empty in one tool-policy scope."
  ],
  [
    "schema.legacy_web_search",
    "schema",
    "critical",
    "Provider-owned web-search config",
    "src/schema/legacy-web-search.ts",
    "`tools.web.search.<provider>` or `tools.web.search.apiKey`, which moved to `plugins.entries.<plugin>.config.webSearch` (rejected from 2026.4.29)."
  ],
  [
    "schema.exec_mode_conflict",
    "schema",
    "critical",
    "exec mode with legacy keys",
    "src/schema/refinements.ts",
    "`tools.exec.mode` together with legacy `security`/`ask` in one exec object."
  ],
  [
    "clawlint.budget_exceeded",
    "clawlint",
    "critical",
    "Run time budget ran out",
    "src/core/budget.ts",
    "The run hit its time budget (40 s; CLAWLINT_RUN_BUDGET_MS) and skipped the remaining configs, deployment files or secrets scan; the first skipped file is named. Added after suppressions and baselines."
  ],
  [
    "clawlint.config_invalid",
    "clawlint",
    "critical",
    "Invalid .clawlint.yml",
    "src/policy/load-config.ts",
    ".clawlint.yml does not parse or does not match policies/clawlint.schema.json (warn for an unknown rule id or a bad openclawVersion)."
  ],
  [
    "policy.weakened",
    "clawlint",
    "critical",
    "A pull request weakens the policy that judges it",
    "src/policy/weakening.ts",
    "In a pull request, a change to the clawlint config, the findings baseline, the secrets baseline, or a new inline suppression or allowlist pragma on a changed line lowers the check; the base commit policy still applies. Cannot be suppressed, tuned or baselined."
  ],
  [
    "clawlint.policy_invalid",
    "policy",
    "critical",
    "Invalid custom policy",
    "src/policy/custom-policies.ts",
    "A custom policy file does not parse, does not match policies/policy.schema.json, or uses an unsafe regex or $ref (warn for a glob matching nothing)."
  ],
  [
    "suppression.invalid",
    "suppression",
    "warn",
    "Invalid suppression",
    "src/policy/suppress.ts",
    "An inline suppression naming no rule, or with a malformed until=."
  ],
  [
    "suppression.missing_reason",
    "suppression",
    "warn",
    "Suppression without a reason",
    "src/policy/suppress.ts",
    "An inline suppression without ` -- <reason>` (it suppresses nothing)."
  ],
  [
    "suppression.unknown_rule",
    "suppression",
    "warn",
    "Suppression names an unknown rule",
    "src/policy/suppress.ts",
    "A suppression naming a rule id clawlint does not know."
  ],
  [
    "suppression.expired",
    "suppression",
    "warn",
    "Suppression expired",
    "src/policy/suppress.ts",
    "A suppression past its until date (it suppresses nothing any more)."
  ],
  [
    "suppression.unused",
    "suppression",
    "warn",
    "Suppression unused",
    "src/policy/suppress.ts",
    "A suppression that matched no finding."
  ]
];
var CORE_RULES = ROWS.map(([id, kind, severity, title, module, description]) => ({
  id,
  kind,
  severity,
  title,
  module,
  description,
  doc: `docs/core-checks.md`,
  fixable: false
}));

// src/registry/secrets.ts
var PLUGINS = DEFAULT_PLUGIN_NAMES.map((name) => ({
  id: `secrets.${snakeCase(name)}`,
  kind: "secrets",
  title: `Secret not in the baseline (${name})`,
  severity: "critical",
  description: `The detect-secrets ${name} plugin found a secret that is not in the secrets baseline.`,
  doc: "docs/secrets.md",
  fixable: false,
  module: "src/secrets/plugins/index.ts"
}));
var EXTRAS = EXTRA_DETECTORS.map((d) => ({
  id: extraRuleId(d.name),
  kind: "secrets",
  title: `${d.type} not in the baseline`,
  severity: "critical",
  description: `clawlint's ${d.name} detector (${d.description}) found a secret that is not in the secrets baseline.`,
  doc: "docs/secrets.md",
  fixable: false,
  module: "src/secrets/extras.ts"
}));
var SCAN_ERROR = {
  id: "secrets.scan_error",
  kind: "secrets",
  title: "File not scanned for secrets",
  severity: "warn",
  description: "An internal error stopped the secrets scan of this file; its baseline entries are kept.",
  doc: "docs/secrets.md#when-a-file-cannot-be-scanned",
  fixable: false,
  module: "src/secrets/cli.ts"
};
var FILTER_REFUSED = {
  id: "secrets.filter_refused",
  kind: "secrets",
  title: "Secrets filter regex refused",
  severity: "critical",
  description: "A should_exclude_file/line/secret regex in the secrets baseline cannot run on the linear-time engine (look-around, back-references, atomic groups, verbose mode, or invalid); it is not applied.",
  doc: "docs/secrets.md#filter-regexes",
  fixable: false,
  module: "src/secrets/cli.ts"
};
var SECRETS_RULES = [...PLUGINS, ...EXTRAS, SCAN_ERROR, FILTER_REFUSED];

// src/registry/index.ts
function ruleFileName(id) {
  return id.replace(/<([^>]+)>/g, "$1");
}
function ruleModule(id) {
  const [head, ...rest] = id.split(".");
  const file = rest.filter((s) => !s.startsWith("<")).join("-").replace(/([a-z0-9])([A-Z])/g, "$1-$2").replaceAll("_", "-").toLowerCase();
  return head === "deploy" ? `src/deploy/rules/${file}.ts` : `src/rules/openclaw/${head}/${file}.ts`;
}
var AUDIT = RULES.map((r) => ({
  id: r.id,
  kind: "audit",
  title: r.title,
  severity: r.severity,
  description: r.description,
  doc: `docs/rules/${ruleFileName(r.id)}.md`,
  fixable: r.fixable === true,
  module: ruleModule(r.id),
  optIn: r.optIn,
  releases: r.releases
}));
var NO_AUTOFIX = "none \u2014 `clawlint lint --fix` does not change this (no edit is safe without knowing what the deployment relies on); fix it by hand.";
var DEPLOY = DEPLOY_RULES.map((r) => ({
  id: r.id,
  kind: "deploy",
  title: r.title,
  severity: r.severity,
  description: r.description,
  doc: `docs/rules/${r.id}.md`,
  fixable: manifestFixer(r.id) !== void 0,
  autofix: manifestFixer(r.id)?.doc ?? NO_AUTOFIX,
  module: ruleModule(r.id)
}));
var REGISTRY = [...AUDIT, ...CORE_RULES, ...DEPLOY, ...SECRETS_RULES].sort(
  (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0
);
function templateRegex(id) {
  const parts = id.split(/<[^>]+>/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^.]+")}$`);
}
var BY_ID = new Map(REGISTRY.map((r) => [r.id, r]));
var TEMPLATES = REGISTRY.filter((r) => r.id.includes("<")).map((r) => ({ rule: r, re: templateRegex(r.id) }));
function findRule(id) {
  return BY_ID.get(id) ?? TEMPLATES.find((t) => t.re.test(id))?.rule;
}
function knownRulePredicate(extra = []) {
  const extraSet = new Set(extra);
  const prefixes = [...REGISTRY.map((r) => r.id), ...extra];
  return (id) => {
    if (id.endsWith(".*")) {
      const prefix = id.slice(0, -1);
      return prefixes.some((k) => k.startsWith(prefix));
    }
    return extraSet.has(id) || findRule(id) !== void 0;
  };
}

// src/reporters/sarif.ts
var REPO_URL = "https://github.com/clawlint/clawlint";
var DOCS_URL = `${REPO_URL}/blob/v${VERSION}`;
var DOC_LIMIT = 64 * 1024;
var docsDirCache;
function findDocsDir() {
  if (docsDirCache !== void 0) return docsDirCache;
  docsDirCache = null;
  try {
    const here = path8.dirname(fileURLToPath2(import.meta.url));
    for (const cand of [path8.join(here, "..", "docs"), path8.join(here, "..", "..", "docs")]) {
      if (fs5.existsSync(path8.join(cand, "core-checks.md"))) {
        docsDirCache = cand;
        break;
      }
    }
  } catch {
    docsDirCache = null;
  }
  return docsDirCache;
}
function readDoc(file) {
  try {
    const st = fs5.statSync(file);
    if (!st.isFile()) return void 0;
    const text2 = fs5.readFileSync(file, "utf8");
    return text2.length > DOC_LIMIT ? text2.slice(0, DOC_LIMIT) + "\n\n\u2026" : text2;
  } catch {
    return void 0;
  }
}
function ruleInfo(id, docsDir) {
  const dir = docsDir === void 0 ? findDocsDir() : docsDir;
  const rule = findRule(id);
  if (!rule) return { id, helpUri: `${REPO_URL}#readme` };
  const [docPath, anchor] = rule.doc.split("#");
  const ownPage = docPath.startsWith("docs/rules/");
  const uriPath = docPath.split("/").map(encodeURIComponent).join("/");
  const page = dir && ownPage ? readDoc(path8.join(dir, docPath.slice("docs/".length))) : void 0;
  const helpMarkdown = page === void 0 ? void 0 : absoluteLinks(page, `${DOCS_URL}/${uriPath}`);
  return {
    id,
    templateId: rule.id,
    title: rule.title,
    description: rule.description,
    severity: rule.severity,
    kind: rule.kind,
    helpMarkdown,
    helpUri: `${DOCS_URL}/${uriPath}${anchor ? `#${anchor}` : ""}`
  };
}
function absoluteLinks(markdown, pageUrl) {
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi, (all, target) => {
    try {
      return `](${new URL(target, pageUrl).href})`;
    } catch {
      return all;
    }
  });
}
function ruleName(id) {
  return id.split(/[._\-<>]+/).filter(Boolean).map((s) => s[0].toUpperCase() + s.slice(1)).join("").slice(0, 255);
}
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_SARIF_RESULTS = 25e3;
var MAX_SARIF_GZIP_BYTES = 10 * 1e3 * 1e3;
var SARIF_LEVEL = {
  critical: "error",
  warn: "warning",
  info: "note"
};
var SECURITY_SEVERITY = { critical: "9.5", warn: "6.5", info: "2.0" };
var DEFAULT_SARIF_CATEGORY = "clawlint";
var NOT_READ = /* @__PURE__ */ new Set([
  "file.unreadable",
  "file.too_large",
  "include.unreadable",
  "include.too_large",
  "secrets.scan_error"
]);
function fingerprint(f) {
  return createHash("sha256").update(`${f.ruleId}\0${f.file}\0${f.path}`).digest("hex").slice(0, 32);
}
function fileUri(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").split("/").map((s) => encodeURIComponent(s)).join("/");
}
function region(l) {
  const startLine = Math.max(1, Math.floor(l.startLine) || 1);
  const endLine = Math.max(startLine, Math.floor(l.endLine) || startLine);
  const startColumn = Math.max(1, Math.floor(l.startColumn) || 1);
  let endColumn = Math.max(1, Math.floor(l.endColumn) || 1);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}
function physical(l) {
  return { artifactLocation: { uri: fileUri(l.file), uriBaseId: "%SRCROOT%" }, region: region(l) };
}
function text(s, fallback, max = 1024) {
  const t = (s ?? "").trim() || fallback;
  return t.length > max ? t.slice(0, max - 1) + "\u2026" : t;
}
function messageText(f) {
  const escape = (s) => s.replace(/[\\[\]]/g, "\\$&");
  let out = escape(f.fix ? `${f.message} Fix: ${f.fix}` : f.message);
  const related = (f.related ?? []).slice(0, 10);
  if (related.length) {
    const links = related.map((l, i) => `[${escape(`${l.file}:${l.startLine}`)}](${i + 1})`);
    out += ` Related: ${links.join(", ")}${(f.related?.length ?? 0) > 10 ? ", \u2026" : ""}.`;
  }
  return text(out, f.ruleId, 32e3);
}
function buildRule(id, severity, docsDir) {
  const info = ruleInfo(id, docsDir);
  const sev = severity;
  const short = text(info.title ?? info.description, id);
  const full = text(info.description ?? info.title, id);
  const helpText = `${full}

See ${info.helpUri}`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: helpText, markdown: info.helpMarkdown ?? `${full}

[Documentation](${info.helpUri})` },
    helpUri: info.helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[sev] },
    properties: {
      tags: info.kind ? ["security", info.kind] : ["security"],
      "security-severity": SECURITY_SEVERITY[sev],
      precision: "high"
    }
  };
}
function keptFindings(all, opts) {
  const findings = opts.includeSuppressed ? all : all.filter((f) => !f.suppressed);
  const max = Math.max(0, Math.min(opts.maxResults ?? MAX_SARIF_RESULTS, MAX_SARIF_RESULTS));
  const ordered = [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b)
  );
  const kept = ordered.slice(0, max).sort(compareFindings);
  return { kept, dropped: findings.length - kept.length };
}
function ruleDescriptors(kept, docsDir) {
  const highest = /* @__PURE__ */ new Map();
  for (const f of kept) {
    const h = highest.get(f.ruleId);
    if (!h || severityRank(f.severity) > severityRank(h)) highest.set(f.ruleId, f.severity);
  }
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const [id, sev] of [...highest].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    ruleIndex.set(id, rules.length);
    rules.push(buildRule(id, sev, docsDir));
  }
  return { rules, ruleIndex };
}
function sarifFixes(autofix) {
  const files = [...new Set(autofix.edits.map((e) => e.file))];
  return [
    {
      description: { text: autofix.description },
      artifactChanges: files.map((file) => ({
        artifactLocation: { uri: fileUri(file), uriBaseId: "%SRCROOT%" },
        replacements: autofix.edits.filter((e) => e.file === file).map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } }))
      }))
    }
  ];
}
function sarifResult(f, fp, n, ruleIndex, opts, withBaseline) {
  const r = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [{ physicalLocation: physical(f) }],
    partialFingerprints: { "clawlint/v1": `${fp}:${n}`, primaryLocationLineHash: `${fp}:${n}` }
  };
  if (f.path) r.locations[0].logicalLocations = [{ fullyQualifiedName: f.path, kind: "member" }];
  if (f.autofix && !f.autofix.redacted) r.fixes = sarifFixes(f.autofix);
  const related = f.related ?? [];
  if (related.length) {
    r.relatedLocations = related.slice(0, 1e3).map((l, i) => ({
      id: i + 1,
      physicalLocation: physical(l),
      ...l.message ? { message: { text: l.message } } : {}
    }));
  }
  if (opts.includeSuppressed) {
    const s = f.suppressed;
    r.suppressions = s ? [
      {
        kind: s.kind === "config" ? "external" : "inSource",
        status: "accepted",
        justification: text(s.reason, `suppressed by ${s.by ?? s.kind}`, 32e3)
      }
    ] : [];
  }
  if (withBaseline) r.baselineState = f.baselined ? "unchanged" : "new";
  if (f.since) r.properties = { since: f.since };
  return r;
}
function toolNotifications(kept, dropped) {
  const notes = [];
  if (dropped > 0) {
    notes.push({
      level: "warning",
      message: {
        text: `${dropped} result(s) omitted: GitHub accepts at most ${MAX_SARIF_RESULTS} results per run; the most severe were kept.`
      }
    });
  }
  const notRead = [...new Set(kept.filter((f) => NOT_READ.has(f.ruleId)).map((f) => f.file))].sort();
  if (notRead.length) {
    notes.push({
      level: "error",
      message: {
        text: `${notRead.length} file(s) could not be read, so results for them are incomplete: ${notRead.slice(0, 20).join(", ")}${notRead.length > 20 ? ", \u2026" : ""}`
      }
    });
  }
  return { notes, notRead };
}
function buildSarif(all, opts = {}) {
  const { kept, dropped } = keptFindings(all, opts);
  const { rules, ruleIndex } = ruleDescriptors(kept, opts.docsDir);
  const withBaseline = kept.some((f) => f.baselined);
  const occurrences = /* @__PURE__ */ new Map();
  const results = kept.map((f) => {
    const fp = fingerprint(f);
    const n = (occurrences.get(fp) ?? 0) + 1;
    occurrences.set(fp, n);
    return sarifResult(f, fp, n, ruleIndex.get(f.ruleId), opts, withBaseline);
  });
  const { notes, notRead } = toolNotifications(kept, dropped);
  let category = opts.category?.trim() || DEFAULT_SARIF_CATEGORY;
  if (category === "none") category = void 0;
  else if (!category.endsWith("/")) category += "/";
  const run = {
    tool: {
      driver: {
        name: "clawlint",
        fullName: "clawlint: OpenClaw configuration linter",
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPO_URL,
        rules
      }
    },
    ...category ? { automationDetails: { id: category } } : {},
    columnKind: "utf16CodeUnits",
    results,
    invocations: [
      {
        executionSuccessful: notRead.length === 0,
        ...notes.length ? { toolExecutionNotifications: notes } : {}
      }
    ]
  };
  if (opts.srcRoot) {
    const root = opts.srcRoot.replace(/\\/g, "/").replace(/\/*$/, "/");
    run.originalUriBaseIds = { "%SRCROOT%": { uri: `file://${root.startsWith("/") ? "" : "/"}${encodeURI(root)}` } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function formatSarif(findings, opts = {}) {
  let max = Math.min(opts.maxResults ?? MAX_SARIF_RESULTS, findings.length);
  for (; ; ) {
    const out = JSON.stringify(buildSarif(findings, { ...opts, maxResults: max }), null, 2) + "\n";
    if (max === 0 || Buffer.byteLength(out) < MAX_SARIF_GZIP_BYTES || gzipSync(out).length <= MAX_SARIF_GZIP_BYTES)
      return out;
    max = Math.floor(max / 2);
  }
}

export {
  VERSION,
  toJsonFinding,
  jsonDocument,
  REPORT_VERSION,
  formatReportJson,
  reportJsonChunks,
  totalOrder,
  walk,
  formatPath,
  fromJsonPointer,
  getOwn,
  defineOwn,
  toPlain,
  walk2,
  forEachScalar,
  locateRange,
  locateOffset,
  locatePath,
  SourceFile,
  stripBom,
  DEFAULT_OPENCLAW_VERSION,
  schemaRoot,
  ValidatorSet,
  bundledReleases,
  parseVersion,
  mapToRelease,
  compareReleases,
  readSourceFile,
  parseJson5,
  parseYaml,
  DEFAULT_BASELINE,
  DEFAULT_SECRETS_BASELINE,
  buildBaseline,
  formatBaseline,
  readBaseline,
  parseFindingsBaseline,
  diffBaseline,
  NODE_ENTRY,
  gatewayFlags,
  imageKind,
  installsOpenclaw,
  classify,
  withImageEntrypoint,
  describe,
  Redactor,
  committedEnv,
  judgedCredentialNames,
  MAX_EXPANSION_CHARS,
  parseErrorFinding,
  duplicateKeyFindings,
  invalidUtf8Finding,
  IncludeResolver,
  loadConfig,
  isRec,
  at,
  rec,
  arr,
  member,
  child,
  asObject,
  items,
  scalarText,
  isTrue,
  isFalse,
  nodeLoc,
  keyLoc,
  keyOrNodeLoc,
  shellWords,
  argsFromString,
  argsFromList,
  argsFromYaml,
  interpolate,
  posixUnder,
  UNSEEN_SECRET,
  unseenCredentialSources,
  deployTimeFlagCredentials,
  resolveRun,
  DEPLOY_RULES,
  clashes,
  sameEdit,
  applyEdits,
  suggestionFor,
  setOp,
  planAutofix,
  manifestFixer,
  withManifestFix,
  RULES,
  REGISTRY,
  findRule,
  knownRulePredicate,
  SARIF_SCHEMA_URI,
  fingerprint,
  formatSarif
};
