import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  compareFindings,
  dedupeFindings,
  existsInside,
  inWorkspace,
  isFileInside,
  isInside,
  listDirConfined,
  makeFinding,
  readConfinedText,
  realOrSelf,
  severityRank,
  withWorkspace,
  workspaceRootOr
} from "./chunk-I7OCYG7K.js";
import {
  DEFAULT_PLUGIN_NAMES,
  EXTRA_DETECTORS,
  extraRuleId,
  parse,
  require_dist,
  snakeCase
} from "./chunk-U52RBO6H.js";
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
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
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
        (_, index, str4) => index + 6 < str4.length ? str4.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        (match, range2, close) => `\\[${range2}${close}`,
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
    var basenameOf = (path29) => {
      const end = path29.length - 1;
      const index = path29.lastIndexOf(
        SLASH,
        path29[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path29 : path29.slice(index + 1);
    };
    var parentOf = (path29) => {
      if (path29.charCodeAt(0) === SLASH_CODE || path29.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path29.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path29.length - 1;
      const cut = path29.lastIndexOf(
        SLASH,
        path29.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path29.slice(0, cut + 1);
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
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str4 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str4, "i") : new RegExp(str4);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str4) => {
      let count = 0;
      while (str4[str4.length - count - 1] === ESCAPE) {
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
      testLiteral(path29) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path29)) {
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
      test(path29, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path29) : path29;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path29
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
    var checkPath = (path29, originalPath, doThrow) => {
      if (!isString(path29)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path29) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path29)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path29) => {
      const first = path29.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path29.length === 1) {
        return true;
      }
      const second = path29.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path29.length === 2 || path29.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache2, path29) {
        checkPath(
          path29,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path29 ? this._t(path29, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path29 = convertPath(target);
        if (!path29 || path29.charCodeAt(path29.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path29);
        }
        const dir = this._t(path29, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path29);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path29, cache2) {
        if (path29 in cache2) {
          return cache2[path29];
        }
        const parentPath = parentOf(path29);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path29] = parent && parent.ignored ? parent : this._rules.test(path29, MODE_IGNORE);
      }
      ignores(path29) {
        return this._test(path29, this._ignoreCache, convertPath(path29)).ignored;
      }
      createFilter() {
        return (path29) => !this.ignores(path29);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path29) {
        return this._test(path29, this._testCache, convertPath(path29));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path29) => checkPath(convertPath(path29), path29, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str4) => /^\\\\\?\\/.test(str4) || /["<>|\u0000-\u001F]+/u.test(str4) ? str4 : str4.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path29) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path29) || isNotRelative(path29);
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
    exports.hasRegexChars = (str4) => REGEX_SPECIAL_CHARS.test(str4);
    exports.isRegexChar = (str4) => str4.length === 1 && exports.hasRegexChars(str4);
    exports.escapeRegex = (str4) => str4.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str4) => str4.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str4) => {
      return str4.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
    exports.basename = (path29, { windows } = {}) => {
      const segs = path29.split(windows ? /[\\/]/ : "/");
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
      let str4 = input;
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
      const peek = () => str4.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str4.charCodeAt(++index);
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
      let base = str4;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str4.slice(0, start);
        str4 = str4.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str4.slice(0, lastIndex);
        glob = str4.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str4;
      } else {
        base = str4;
      }
      if (base && base !== "" && base !== "/" && base !== str4) {
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
    var parse2 = (input, options) => {
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
    parse2.fastpaths = (input, options) => {
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
      const create = (str4) => {
        switch (str4) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str4);
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
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str4) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str4);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix });
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
    picomatch4.test = (input, regex, options, { glob, posix } = {}) => {
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
          match = picomatch4.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch4.isMatch = (str4, patterns, options) => picomatch4(patterns, options)(str4);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan2(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/version.ts
import { createRequire } from "node:module";
function readVersion() {
  if (true) return "0.1.0";
  return createRequire(import.meta.url)("../package.json").version;
}
var VERSION = readVersion();

// src/schema/load.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
var DEFAULT_OPENCLAW_VERSION = "2026.9.6";
function schemaRoot() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, "schema"), path.resolve(here, "..", "..", "dist", "schema")];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`compiled schema validators not found (looked in ${candidates.join(", ")}); run npm run build`);
}
var modules = /* @__PURE__ */ new Map();
function loadModule(file) {
  let mod = modules.get(file);
  if (!mod) {
    const code = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
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
    const key2 = `${root}\0${version}`;
    let set = _ValidatorSet.opened.get(key2);
    if (!set) _ValidatorSet.opened.set(key2, set = _ValidatorSet.read(version, root));
    return set;
  }
  static read(version, root) {
    const dir = path.join(root, version);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
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
      p = Promise.resolve().then(() => loadModule(path.join(this.dir, "..", "modules", `${file}.js.gz`)));
      this.cache.set(id, p);
    }
    return p;
  }
};

// src/schema/releases.ts
import fs2 from "node:fs";
import path2 from "node:path";
var loaded = /* @__PURE__ */ new Map();
function bundledReleases(root = schemaRoot()) {
  let r = loaded.get(root);
  if (!r)
    loaded.set(root, r = JSON.parse(fs2.readFileSync(path2.join(root, "releases.json"), "utf8")));
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

// src/schema/target.ts
import path3 from "node:path";
function isRec(v) {
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
  const meta = isRec(config) && isRec(config.meta) ? config.meta.lastTouchedVersion : void 0;
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
function scan(text2) {
  const hits = [];
  const lineOf = (i) => text2.slice(0, i).split("\n").length;
  for (const m of text2.matchAll(IMAGE)) hits.push({ version: m[1], line: lineOf(m.index), what: `image ${m[0]}` });
  for (const m of text2.matchAll(NPM))
    hits.push({ version: m[1], line: lineOf(m.index), what: `\`openclaw@${m[1]}\` installed` });
  return hits.filter((h) => parseVersion(h.version));
}
var HINT_MAX_BYTES = 2 * 1024 * 1024;
function deploymentHint(deploymentAbs, deploymentRel, nearLine = 1) {
  const read = readConfinedText(deploymentAbs, HINT_MAX_BYTES);
  if (!read.ok) return void 0;
  const text2 = read.text;
  const hits = scan(text2);
  if (hits.length) {
    const after = hits.filter((h) => h.line >= nearLine).sort((a, b) => a.line - b.line);
    const best = after[0] ?? hits.reduce((a, b) => nearLine - b.line < nearLine - a.line ? b : a);
    return { version: best.version, kind: "deployment", source: `${best.what} in ${deploymentRel}:${best.line}` };
  }
  if (/^\s*build\s*:/m.test(text2)) {
    const named = /^\s*dockerfile\s*:\s*["']?([^"'\s#]+)/m.exec(text2)?.[1];
    const dir = path3.dirname(deploymentAbs);
    for (const df of [...named ? [named] : [], "Dockerfile"]) {
      const abs = path3.resolve(dir, df);
      const dread = readConfinedText(abs, HINT_MAX_BYTES);
      if (!dread.ok) continue;
      const dtext = dread.text;
      const h = scan(dtext)[0];
      if (h)
        return {
          version: h.version,
          kind: "deployment",
          source: `${h.what} in ${path3.join(path3.dirname(deploymentRel), df)}:${h.line}`
        };
    }
  }
  return void 0;
}
function packageJsonHint(configAbs, configRel, stop) {
  let dir = path3.dirname(configAbs);
  let relDir = path3.dirname(configRel);
  const root = path3.resolve(stop);
  for (; ; ) {
    const pj = path3.join(dir, "package.json");
    const pread = readConfinedText(pj, HINT_MAX_BYTES);
    if (pread.ok) {
      try {
        const pkg = JSON.parse(pread.text);
        for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
          const deps = pkg[field];
          const spec = isRec(deps) ? deps.openclaw : void 0;
          if (typeof spec === "string" && /^[~^=v]*\d{4}\.\d{1,2}(\.\d+)?(-[\w.-]+)?$/.test(spec.trim())) {
            return {
              version: spec.trim(),
              kind: "package.json",
              source: `${field}.openclaw "${spec.trim()}" in ${path3.join(relDir, "package.json")}`
            };
          }
        }
      } catch {
      }
    }
    const up = path3.dirname(dir);
    if (dir === root || up === dir || !up.startsWith(root)) return void 0;
    dir = up;
    relDir = path3.dirname(relDir);
  }
}
function describeTarget(t) {
  const from = t.kind === "newest" ? "the newest bundled release" : `${t.source}${t.requested && !t.source.includes(t.requested) ? ` ${t.requested}` : ""}`;
  return `OpenClaw ${t.version} (${t.line}.x) from ${from}${t.note ? `; ${t.note}` : ""}`;
}

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
import fs4 from "node:fs";
import path6 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { gzipSync } from "node:zlib";

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
    render: "render"
  }[w.platform];
  return `${kind ? `${kind} ` : ""}${w.platform === "dockerfile" ? "" : w.name}`.trim();
}

// src/deploy/rules/allow-unconfigured-exposed.ts
var allow_unconfigured_exposed_default = defineDeployRule({
  id: "deploy.allow_unconfigured_exposed",
  severity: "warn",
  title: "--allow-unconfigured on a non-loopback bind",
  description: "`gateway --allow-unconfigured` starts the gateway without requiring gateway.mode=local in a config; combined with a non-loopback bind a fresh or missing config is served on the network. Critical when the effective gateway has no auth.",
  check(ctx, report) {
    for (const run of ctx.runs) {
      const flag = run.flags.allowUnconfigured;
      if (!flag || run.bind === "loopback") continue;
      const related = [];
      if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
      if (run.auth.related) related.push(run.auth.related);
      report({
        loc: flag,
        severity: run.auth.state === "none" ? "critical" : "warn",
        message: `${describe(run.workload)} starts the gateway with --allow-unconfigured on bind "${run.bind}": it starts even when ${run.config ? `${run.config.rel} is missing at run time or lacks gateway.mode` : "no config exists"}, and it has ${run.auth.detail}.`,
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
        report({
          loc: cap.loc,
          severity: CRITICAL.has(cap.value) ? "critical" : "warn",
          message: `${describe(w)} adds the ${cap.value} capability${CRITICAL.has(cap.value) ? ", which is enough to escape the container" : ", which widens what a compromised process can do"}; OpenClaw's images need no added capabilities.`,
          fix: "Remove it from cap_add / capabilities.add and drop ALL instead."
        });
      }
    }
  }
});

// src/deploy/resolve.ts
import path5 from "node:path";

// src/core/path.ts
var IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path29) {
  let out = "";
  for (const seg of path29) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function fromJsonPointer(pointer2) {
  if (pointer2 === "") return [];
  return pointer2.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function getOwn(obj, key2) {
  if (obj === null || typeof obj !== "object") return void 0;
  return Object.prototype.hasOwnProperty.call(obj, key2) ? obj[key2] : void 0;
}
function defineOwn(obj, key2, value) {
  Object.defineProperty(obj, key2, { value, enumerable: true, writable: true, configurable: true });
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
function walk(root, path29) {
  let node = root;
  let member2;
  let depth = 0;
  for (const seg of path29) {
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
    const [node, path29] = stack.pop();
    if (node.kind === "scalar") fn(node, path29);
    else if (node.kind === "array") node.items.forEach((item, i) => stack.push([item, [...path29, i]]));
    else for (const [k, m] of node.members) stack.push([m.value, [...path29, k]]);
  }
}

// src/core/locate.ts
function locateRange(file, range2) {
  const start = file.positionAt(range2[0]);
  const end = file.positionAt(Math.max(range2[1], range2[0]));
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
function locatePath(root, path29, anchor = "key") {
  const { node, member: member2, depth } = walk(root, path29);
  const found = depth === path29.length;
  if (member2 && (anchor === "key" || !found) && isLastSegmentMember(root, path29, depth)) {
    return locateRange(member2.file, member2.keyRange);
  }
  if (node === root && !found && node.kind !== "scalar") {
    return locateRange(node.file, [node.range[0], node.range[0] + 1]);
  }
  return locateRange(node.file, node.range);
}
function isLastSegmentMember(root, path29, depth) {
  if (depth === 0) return false;
  const parent = walk(root, path29.slice(0, depth - 1)).node;
  return parent.kind === "object";
}

// src/core/source.ts
var SourceFile = class {
  constructor(path29, text2, absPath = "") {
    this.path = path29;
    this.text = text2;
    this.absPath = absPath;
    const starts = [0];
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text2.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  path;
  text;
  absPath;
  /** Offsets where each line begins. Line breaks: `\n`, `\r\n`, lone `\r`. */
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
  offsetAt(line2, column) {
    const start = this.lineStarts[Math.max(0, Math.min(line2 - 1, this.lineStarts.length - 1))];
    return Math.min(start + Math.max(0, column - 1), this.text.length);
  }
  /** The text of a 1-based line without its line break. */
  lineText(line2) {
    const start = this.lineStarts[line2 - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line2] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
};
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}

// src/config/env.ts
var NAME = /^[A-Z_][A-Z0-9_]*$/;
function tokenAt(value, i) {
  if (value[i] !== "$") return null;
  const next = value[i + 1];
  if (next === "$" && value[i + 2] === "{") {
    const end = value.indexOf("}", i + 3);
    if (end !== -1 && NAME.test(value.slice(i + 3, end)))
      return { kind: "escaped", name: value.slice(i + 3, end), end };
  }
  if (next === "{") {
    const end = value.indexOf("}", i + 2);
    if (end !== -1 && NAME.test(value.slice(i + 2, end)))
      return { kind: "substitution", name: value.slice(i + 2, end), end };
  }
  return null;
}
function substituteString(value, env) {
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
  forEachScalar(root, (node) => {
    if (typeof node.value !== "string" || !node.value.includes("$")) return;
    const s = substituteString(node.value, env);
    if (s.substituted.length === 0 && s.unresolved.length === 0 && s.value === node.value) return;
    node.authored = node.value;
    node.value = s.value;
    if (s.substituted.length) node.substitutedVars = s.substituted;
    if (s.unresolved.length) node.unresolvedVars = s.unresolved;
  });
}
function configEnvVars(root) {
  const vars = /* @__PURE__ */ new Map();
  const node = walk(root, ["env", "vars"]);
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

// src/config/includes.ts
import fs3 from "node:fs";
import path4 from "node:path";

// src/config/merge.ts
var BLOCKED_KEYS = /* @__PURE__ */ new Set(["__proto__", "prototype", "constructor"]);
function isBlockedKey(key2) {
  return BLOCKED_KEYS.has(key2);
}
function sanitize(node) {
  const members = /* @__PURE__ */ new Map();
  for (const [k, m] of node.members) {
    if (isBlockedKey(k)) continue;
    members.set(k, m.value.kind === "object" ? { ...m, value: sanitize(m.value) } : m);
  }
  return { ...node, members };
}
function mergeNodes(base, override) {
  if (base.kind === "array" && override.kind === "array") {
    return { ...override, items: [...base.items, ...override.items] };
  }
  if (base.kind !== "object" || override.kind !== "object") return override;
  const merged = sanitize(base);
  const members = merged.members;
  for (const [key2, m] of override.members) {
    if (isBlockedKey(key2)) continue;
    const current = members.get(key2)?.value;
    const value = m.value;
    if (value.kind === "object") {
      members.set(key2, { ...m, value: current?.kind === "object" ? mergeNodes(current, value) : sanitize(value) });
    } else if (value.kind === "array" && current?.kind === "array") {
      members.set(key2, { ...m, value: { ...value, items: [...current.items, ...value.items] } });
    } else {
      members.set(key2, m);
    }
  }
  return { ...override, members };
}
function emptyObjectLike(node) {
  return { kind: "object", file: node.file, range: node.range, members: /* @__PURE__ */ new Map() };
}

// src/parsers/json5.ts
var MAX_JSON5_DEPTH = 500;
function bracketDepth(text2) {
  let depth = 0;
  let max = 0;
  let at2 = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'") {
      for (i++; i < text2.length && text2[i] !== c; i++) if (text2[i] === "\\") i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < text2.length && text2[i] !== "\n") i++;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end < 0 ? text2.length : end + 1;
    } else if (c === "{" || c === "[") {
      if (++depth > max) {
        max = depth;
        at2 = i;
      }
    } else if (c === "}" || c === "]") depth--;
  }
  return { depth: max, offset: at2 };
}
function parseJson5(file) {
  const { depth, offset } = bracketDepth(file.text);
  if (depth > MAX_JSON5_DEPTH) {
    return { ok: false, message: `nesting is ${depth} levels deep; more than ${MAX_JSON5_DEPTH} is refused`, offset };
  }
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
function convert(node, file, path29, dups) {
  const range2 = rangeOf(node);
  switch (node.type) {
    case "Object": {
      const members = /* @__PURE__ */ new Map();
      for (const m of node.members) {
        const key2 = m.name.type === "Identifier" ? m.name.name : m.name.value;
        const keyRange = rangeOf(m.name);
        const prev = members.get(key2);
        if (prev) dups.push({ key: key2, range: keyRange, firstRange: prev.keyRange, parentPath: path29 });
        members.set(key2, { file, keyRange, value: convert(m.value, file, [...path29, key2], dups) });
      }
      return { kind: "object", file, range: range2, members };
    }
    case "Array":
      return {
        kind: "array",
        file,
        range: range2,
        items: node.elements.map((el, i) => convert(el.value, file, [...path29, i], dups))
      };
    case "String":
    case "Number":
    case "Boolean":
      return { kind: "scalar", file, range: range2, value: node.value };
    case "Null":
      return { kind: "scalar", file, range: range2, value: null };
    case "NaN":
      return { kind: "scalar", file, range: range2, value: NaN };
    case "Infinity":
      return { kind: "scalar", file, range: range2, value: node.sign === "-" ? -Infinity : Infinity };
    default:
      throw new Error(`unexpected JSON5 node ${node.type}`);
  }
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
var IncludeResolver = class {
  constructor(rootFile, reader) {
    this.rootFile = rootFile;
    this.reader = reader;
    this.rootDir = path4.dirname(rootFile.absPath);
    this.rootRealDir = safeRealpath(this.rootDir);
    this.files.push(rootFile);
  }
  rootFile;
  reader;
  findings = [];
  files = [];
  rootDir;
  rootRealDir;
  loads = 0;
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
    if (includePath.includes("\0")) return fail("include.invalid", "Include path must not contain NUL bytes");
    if (includePath.length >= MAX_INCLUDE_PATH_LENGTH)
      return fail("include.invalid", `Include path exceeds ${MAX_INCLUDE_PATH_LENGTH} characters`);
    const resolved = path4.normalize(
      path4.isAbsolute(includePath) ? includePath : path4.resolve(path4.dirname(ctx.basePath), includePath)
    );
    if (!isInside2(this.rootDir, resolved)) {
      return fail(
        "include.escape",
        `Include path ${shown} escapes the config directory; OpenClaw refuses to load this config`
      );
    }
    let real;
    try {
      real = fs3.realpathSync(resolved);
    } catch {
      real = void 0;
    }
    if (real !== void 0 && !isInside2(this.rootRealDir, real)) {
      return fail(
        "include.escape",
        `Include path ${shown} resolves outside the config directory through a symlink; OpenClaw refuses to load this config`
      );
    }
    const key2 = real ?? resolved;
    if (ctx.chain.includes(resolved) || ctx.realChain.includes(key2)) {
      const names2 = [...ctx.chain, resolved].map((p) => this.display(p)).join(" -> ");
      return fail("include.cycle", `Circular include: ${names2}`);
    }
    if (ctx.depth >= MAX_INCLUDE_DEPTH) {
      return fail("include.too_deep", `Maximum include depth (${MAX_INCLUDE_DEPTH}) exceeded at ${shown}`);
    }
    if (real === void 0) return fail("include.missing", `Included file ${shown} does not exist`);
    if (this.loads >= MAX_INCLUDE_LOADS)
      return fail(
        "include.too_many",
        `More than ${MAX_INCLUDE_LOADS} include loads for this config; ${shown} and the rest were not loaded`
      );
    this.loads++;
    const read = this.reader(real, this.display(resolved), MAX_INCLUDE_FILE_BYTES);
    if (!read.ok)
      return fail(read.tooLarge ? "include.too_large" : "include.unreadable", `Included file ${shown}: ${read.reason}`);
    const file = read.file;
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
      realChain: [...ctx.realChain, key2]
    });
  }
  display(abs) {
    const rel = path4.relative(this.rootDir, abs).split(path4.sep).join("/");
    const rootRel = path4.posix.dirname(this.rootFile.path);
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
function isInside2(root, candidate) {
  const rel = path4.relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}
function safeRealpath(p) {
  try {
    return fs3.realpathSync(p);
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

// src/rules/openclaw/semantics.ts
function isRec2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function at(root, ...path29) {
  let cur = root;
  for (const seg of path29) {
    if (cur === null || typeof cur !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function rec(root, ...path29) {
  const v = at(root, ...path29);
  return isRec2(v) ? v : void 0;
}
function str(root, ...path29) {
  const v = at(root, ...path29);
  return typeof v === "string" ? v : void 0;
}
function arr(root, ...path29) {
  const v = at(root, ...path29);
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
var MESSAGE_LIST_MAX = 5;
function capList(items2, sep = ", ", max = MESSAGE_LIST_MAX) {
  if (items2.length <= max) return items2.join(sep);
  return `${items2.slice(0, max).join(sep)}${sep}\u2026 and ${items2.length - max} more`;
}
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
var SECRET_SOURCES = /* @__PURE__ */ new Set(["env", "file", "exec", "store"]);
var ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
var ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;
function coerceSecretRef(value) {
  if (isRec2(value)) {
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
function credentialInput(ctx, path29) {
  const raw = at(ctx.config, ...path29);
  if (ctx.isUnresolved(path29))
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
function envValue(ctx, name) {
  return trimmed(ctx.env.get(name));
}
function resolveRefLocally(ctx, ref) {
  if (!ref || ref.source !== "env") return void 0;
  return envValue(ctx, ref.id);
}
function resolveGatewayAuth(ctx) {
  const cfg = ctx.config;
  const explicitMode = str(cfg, "gateway", "auth", "mode");
  const envToken = envValue(ctx, "OPENCLAW_GATEWAY_TOKEN");
  const envPassword = envValue(ctx, "OPENCLAW_GATEWAY_PASSWORD");
  const localToken = credentialInput(ctx, ["gateway", "auth", "token"]);
  const localPassword = credentialInput(ctx, ["gateway", "auth", "password"]);
  const remoteToken = credentialInput(ctx, ["gateway", "remote", "token"]);
  const remotePassword = credentialInput(ctx, ["gateway", "remote", "password"]);
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
  const hasToken = !!token && !ctx.isUnresolved(["gateway", "auth", "token"]);
  const hasPassword = !!password && !ctx.isUnresolved(["gateway", "auth", "password"]);
  const tokenConfigured = hasToken || !!envToken || !!localToken.value || localToken.hasSecretRef || !!remoteToken.value || remoteToken.hasSecretRef;
  const passwordConfigured = hasPassword || (explicitMode === "password" || explicitMode !== "token" && explicitMode !== "none" && explicitMode !== "trusted-proxy" && !tokenConfigured) && (!!envPassword || !!localPassword.value || localPassword.hasSecretRef);
  const byMode = explicitMode === "token" ? tokenConfigured : explicitMode === "password" ? passwordConfigured : explicitMode === "none" || explicitMode === "trusted-proxy" ? false : tokenConfigured || passwordConfigured;
  const hasGatewayAuth = byMode || mode === "trusted-proxy";
  const hasLoopbackAuth = hasGatewayAuth || allowTailscale && tsMode === "serve";
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
var agentIndexes = /* @__PURE__ */ new WeakMap();
function buildAgentList(cfg) {
  const agents = rec(cfg, "agents");
  if (!agents) return [];
  if (Object.prototype.hasOwnProperty.call(agents, "entries") && agents.entries !== void 0) {
    const entries = agents.entries;
    if (!isRec2(entries)) return [];
    return Object.entries(entries).filter(([, e]) => isRec2(e)).map(([id, e]) => ({ id, entry: e, path: ["agents", "entries", id] }));
  }
  const list2 = agents.list;
  if (!Array.isArray(list2)) return [];
  const out = [];
  list2.forEach((e, i) => {
    if (isRec2(e) && typeof e.id === "string") out.push({ id: e.id, entry: e, path: ["agents", "list", i] });
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
  const list2 = buildAgentList(cfg);
  const roster = hasRoster(cfg);
  const byId = /* @__PURE__ */ new Map();
  for (const a of list2) {
    const k = normalizeAgentId(a.id);
    if (!byId.has(k)) byId.set(k, a);
  }
  const ids = list2.length === 0 && !roster ? ["main"] : [...byId.keys()];
  let defaultId;
  const marked = str(cfg, "agents", "ownership") !== "explicit" ? list2.filter((a) => a.entry.default === true) : [];
  if (marked.length === 1 && marked[0]) defaultId = normalizeAgentId(marked[0].id);
  else if (list2.length === 0) defaultId = roster ? void 0 : "main";
  else defaultId = list2.length === 1 && list2[0] ? normalizeAgentId(list2[0].id) : void 0;
  const index = { list: list2, byId, roster, ids, defaultId };
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
function agentKeyLabel(a, key2) {
  return a.path[1] === "list" ? `agents.list[${String(a.path[2])}].${key2}` : `agents.entries.${a.id}.${key2}`;
}
function sandboxFor(cfg, agentId) {
  const defaults = rec(cfg, "agents", "defaults", "sandbox");
  const agent = findAgent(cfg, agentId);
  const own = agent ? rec(agent.entry, "sandbox") : void 0;
  const mode = str(own, "mode") ?? str(defaults, "mode") ?? "off";
  const workspaceAccess = str(own, "workspaceAccess") ?? str(defaults, "workspaceAccess") ?? "none";
  return { mode, workspaceAccess };
}
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
var expanded = /* @__PURE__ */ new WeakMap();
var NO_TOOLS = [];
function expandTools(list2) {
  const cached = expanded.get(list2);
  if (cached) return cached;
  const out = [];
  for (const raw of list2) {
    const n = normalizeToolName(raw);
    if (!n) continue;
    const group = Object.prototype.hasOwnProperty.call(TOOL_GROUPS, n) ? TOOL_GROUPS[n] : void 0;
    if (group) out.push(...group);
    else out.push(n);
  }
  const result = [...new Set(out)];
  expanded.set(list2, result);
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
    if (!re) {
      re = new RegExp(
        `^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
      );
      globRegexes.set(p, re);
    }
    if (re.test(name)) return true;
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
function toolPolicies(cfg, agentTools, sandboxMode2, extra = []) {
  if (extra.length > 0) return buildToolPolicies(cfg, agentTools, sandboxMode2, extra);
  let perCfg = policyCache.get(cfg);
  if (!perCfg) policyCache.set(cfg, perCfg = /* @__PURE__ */ new WeakMap());
  const key2 = agentTools ?? cfg;
  let perTools = perCfg.get(key2);
  if (!perTools) perCfg.set(key2, perTools = /* @__PURE__ */ new Map());
  let hit = perTools.get(sandboxMode2);
  if (!hit) perTools.set(sandboxMode2, hit = buildToolPolicies(cfg, agentTools, sandboxMode2, extra));
  return hit;
}
function buildToolPolicies(cfg, agentTools, sandboxMode2, extra) {
  const policies = [];
  const profile = str(agentTools, "profile") ?? str(cfg, "tools", "profile");
  const profileAllow = profile && Object.prototype.hasOwnProperty.call(TOOL_PROFILES, profile) ? TOOL_PROFILES[profile] : void 0;
  if (profileAllow) {
    const also = arr(agentTools, "alsoAllow") ?? arr(cfg, "tools", "alsoAllow");
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
var CONTROL_PLANE_TOOLS = ["automations", "gateway", "plugins"];
function openInboundPolicies(cfg) {
  const out = [];
  const channels = rec(cfg, "channels");
  if (!channels) return out;
  const inspect = (section, base) => {
    if (section.groupPolicy === "open")
      out.push({ label: `${base.join(".")}.groupPolicy`, path: [...base, "groupPolicy"] });
    const legacy = isRec2(section.dm) ? section.dm.policy : void 0;
    const dmPolicy = section.dmPolicy ?? legacy;
    if (dmPolicy === "open") {
      const p = section.dmPolicy == null ? [...base, "dm", "policy"] : [...base, "dmPolicy"];
      out.push({ label: p.join("."), path: p });
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec2(v)) continue;
    inspect(v, ["channels", id]);
    const accounts = rec(v, "accounts");
    if (accounts) {
      for (const [acct, av] of Object.entries(accounts)) if (isRec2(av)) inspect(av, ["channels", id, "accounts", acct]);
    }
  }
  return out;
}
function openExecSurfaces(cfg) {
  const channels = rec(cfg, "channels");
  if (!channels) return [];
  const hits = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const visit = (value, path29) => {
    if (!isRec2(value) || seen.has(value)) return;
    seen.add(value);
    if (value.groupPolicy === "open")
      hits.set(`${path29.join(".")}.groupPolicy`, {
        label: `${path29.join(".")}.groupPolicy`,
        path: [...path29, "groupPolicy"]
      });
    if (value.dmPolicy === "open")
      hits.set(`${path29.join(".")}.dmPolicy`, { label: `${path29.join(".")}.dmPolicy`, path: [...path29, "dmPolicy"] });
    for (const [k, nested] of Object.entries(value)) visit(nested, [...path29, k]);
  };
  for (const [id, v] of Object.entries(channels)) visit(v, ["channels", id]);
  return [...hits.values()].sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
function isWildcard(v) {
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
  const inspect = (raw, base, channel, channelPath) => {
    const b = base.join(".");
    const own = (k) => Object.prototype.hasOwnProperty.call(raw, k) && raw[k] !== void 0;
    const keyPath = (k) => own(k) || base === channelPath ? [...base, k] : [...channelPath, k];
    const section = base === channelPath ? raw : { ...channel, ...raw };
    const defaulted = base[1] === "telegram" && section.groupPolicy === void 0;
    const groupPolicy = defaulted ? "allowlist" : section.groupPolicy;
    const add = (label2, where, path29) => {
      if (!out.has(label2)) out.set(label2, { label: label2, where, path: path29 });
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
    const star = (list2) => Array.isArray(list2) ? list2.findIndex(isWildcard) : -1;
    const af = star(section.allowFrom);
    if (af >= 0) add(`${b}.allowFrom includes "*"`, `${b}.allowFrom includes "*"`, [...keyPath("allowFrom"), af]);
    const gaf = star(section.groupAllowFrom);
    if (gaf >= 0)
      add(`${b}.groupAllowFrom includes "*"`, `${b}.groupAllowFrom includes "*"`, [...keyPath("groupAllowFrom"), gaf]);
    if (isRec2(section.dm)) {
      const dmBase = keyPath("dm");
      if (section.dm.policy === "open") add(`${b}.dm.policy="open"`, `${b}.dm.policy="open"`, [...dmBase, "policy"]);
      const daf = star(section.dm.allowFrom);
      if (daf >= 0)
        add(`${b}.dm.allowFrom includes "*"`, `${b}.dm.allowFrom includes "*"`, [...dmBase, "allowFrom", daf]);
    }
  };
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec2(v)) continue;
    const channelPath = ["channels", id];
    inspect(v, channelPath, v, channelPath);
    const accounts = rec(v, "accounts");
    if (!accounts) continue;
    const { accounts: _drop, ...channelLevel } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec2(av)) continue;
      inspect(av, ["channels", id, "accounts", acct], channelLevel, channelPath);
    }
  }
  return [...out.values()];
}
function riskyToolContexts(cfg) {
  const contexts = [];
  let hasRuntimeRisk = false;
  for (const c of agentToolContexts(cfg)) {
    const sandbox = sandboxFor(cfg, c.agentId).mode;
    const policies = toolPolicies(cfg, c.tools, sandbox);
    const runtime = ["exec", "process"].filter((t) => toolAllowed(t, policies));
    const fs18 = ["read", "write", "edit", "apply_patch"].filter((t) => toolAllowed(t, policies));
    const wsOnly = at(c.tools, "fs", "workspaceOnly") ?? at(cfg, "tools", "fs", "workspaceOnly");
    const runtimeUnguarded = runtime.length > 0 && sandbox !== "all";
    const fsUnguarded = fs18.length > 0 && sandbox !== "all" && wsOnly !== true;
    if (!runtimeUnguarded && !fsUnguarded) continue;
    if (runtimeUnguarded) hasRuntimeRisk = true;
    contexts.push({ label: c.label, where: c.where, path: c.path, runtime, fs: fs18, sandbox });
  }
  return { contexts, hasRuntimeRisk };
}
function modelPrimary(v) {
  if (typeof v === "string") return v;
  return isRec2(v) && typeof v.primary === "string" ? v.primary : void 0;
}
var DEFAULT_MODEL_PROVIDER = "openai";
function resolveModelId(cfg, raw) {
  const aliases = rec(cfg, "agents", "defaults", "models");
  if (aliases) {
    for (const [key2, v] of Object.entries(aliases))
      if (isRec2(v) && typeof v.alias === "string" && v.alias.trim().toLowerCase() === raw.toLowerCase()) return key2;
  }
  return raw.includes("/") ? raw : `${DEFAULT_MODEL_PROVIDER}/${raw}`;
}
function auditModelRefs(cfg) {
  const out = [];
  const add = (raw, source, path29, where = source) => {
    const t = trimmed(raw);
    if (t) out.push({ id: resolveModelId(cfg, t), source, where, path: path29 });
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
    else if (isRec2(m)) {
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

// src/deploy/util.ts
function member(node, key2) {
  return node?.kind === "object" ? node.members.get(key2) : void 0;
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
function keyOrNodeLoc(node, key2) {
  const m = member(node, key2);
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
function argsFromString(text2, file, range2) {
  const out = [];
  let cursor = range2[0];
  const whole = locateRange(file, range2);
  const locate = (raw) => {
    const at2 = file.text.indexOf(raw, cursor);
    if (at2 === -1 || at2 + raw.length > range2[1] + 1) return whole;
    cursor = at2 + raw.length;
    return locateRange(file, [at2, at2 + raw.length]);
  };
  const words = shellWords(text2);
  words.forEach((w, idx) => {
    if (idx > 0 && words[idx - 1].text === "-c" && /\s/.test(w.text)) {
      const inner = shellWords(w.text);
      for (const iw of inner) out.push({ text: iw.text, loc: locate(iw.raw.replace(/^["']|["']$/g, "")) });
      return;
    }
    out.push({ text: w.text, loc: locate(w.raw) });
  });
  return out;
}
function argsFromList(list2) {
  const out = [];
  list2.forEach((item, idx) => {
    if (idx > 0 && list2[idx - 1].text === "-c" && /\s/.test(item.text)) {
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
var GATEWAY_SUBCOMMANDS_NOT_RUN = /* @__PURE__ */ new Set([
  "status",
  "health",
  "call",
  "install",
  "uninstall",
  "start",
  "stop",
  "restart",
  "probe",
  "discover",
  "usage-cost",
  "stability",
  "diagnostics"
]);
function gatewayFlags(args) {
  const flags = { mentionsOpenclaw: args.some((a) => /openclaw/i.test(a.text)) };
  const gi = args.findIndex(
    (a, i) => a.text === "gateway" && !GATEWAY_SUBCOMMANDS_NOT_RUN.has(args[i + 1]?.text ?? "")
  );
  if (gi === -1) return flags;
  flags.gateway = args[gi];
  for (let i = gi + 1; i < args.length; i++) {
    const a = args[i];
    if (a.text === "&&" || a.text === ";" || a.text === "||" || a.text === "|") break;
    const m = /^--(bind|port|token|password|auth)(?:=(.*))?$/.exec(a.text);
    if (m) {
      const key2 = m[1];
      if (m[2] !== void 0) flags[key2] = { value: m[2], loc: a.loc };
      else if (args[i + 1]) {
        flags[key2] = { value: args[i + 1].text, loc: args[i + 1].loc };
        i++;
      }
    } else if (a.text === "--allow-unconfigured") flags.allowUnconfigured = a.loc;
  }
  return flags;
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
var SECRET_NAME = /(?:^|[_.-])(?:TOKEN|PASSWORD|PASSWD|PASS|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CLIENT_?SECRET|CREDENTIALS?)(?:$|[_.-])/i;
var NOT_A_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_URL|_ENDPOINT|_HOST|_PORT|_MODE|_TYPE|_ID|_NAME|_ENABLED|_LENGTH|_TTL|_EXPIRES?(?:_IN)?)$/i;
function isSecretName(name) {
  return SECRET_NAME.test(name.replace(/([a-z])([A-Z])/g, "$1_$2")) && !NOT_A_SECRET_NAME.test(name);
}
function looksLikeReference(value) {
  const v = value.trim();
  return v === "" || /^\$|^<.*>$|^\{\{.*\}\}$|^\*+$|^x+$/i.test(v) || ["true", "false", "null", "undefined", "none", "changeme"].includes(v.toLowerCase());
}
var KNOWN_WEAK_TOKENS = ["change-me-to-a-long-random-token", "change-me-now"];
var KNOWN_WEAK_PASSWORDS = ["change-me-to-a-strong-password"];
function placeholderKind(value) {
  const v = value.trim();
  if (KNOWN_WEAK_TOKENS.includes(v) || KNOWN_WEAK_PASSWORDS.includes(v) || v === "undefined" || v === "null")
    return "rejected";
  if (/^change[-_]?me/i.test(v) || /^(?:your|my)[-_].*(?:token|password|secret|key)/i.test(v) || /^replace[-_]?me/i.test(v))
    return "placeholder";
  return void 0;
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

// src/deploy/resolve.ts
var DEFAULT_PORT = 18789;
var MAX_CONFIG_BYTES = 5 * 1024 * 1024;
var CONTAINER_STATE_DIR = "/home/node/.openclaw";
var UNSEEN_SECRET = "clawlint-unseen-deployment-secret-000000000000";
function unseenCredentialSources(w) {
  const out = w.opaqueEnv.map((o) => o.value);
  for (const e of w.env)
    if (e.kind === "runtime" && /^OPENCLAW_GATEWAY_(TOKEN|PASSWORD)$/.test(e.name)) out.push(`${e.name} (${e.origin})`);
  return out;
}
function containerEnv(w, flags) {
  const env = /* @__PURE__ */ new Map();
  const ordered = [...w.env.filter((e) => e.kind === "env-file"), ...w.env.filter((e) => e.kind !== "env-file")];
  for (const e of ordered) {
    if (e.value !== void 0 && e.kind !== "runtime") env.set(e.name, e.value);
    else if ((e.kind === "secret-ref" || e.kind === "generated") && /^OPENCLAW_GATEWAY_(TOKEN|PASSWORD)$/.test(e.name))
      env.set(e.name, UNSEEN_SECRET);
  }
  if (flags.token) env.set("OPENCLAW_GATEWAY_TOKEN", flags.token.value);
  if (flags.password) env.set("OPENCLAW_GATEWAY_PASSWORD", flags.password.value);
  return env;
}
function resolveRun(w, input) {
  const flags = gatewayFlags(w.args);
  const env = containerEnv(w, flags);
  const envVar = (name) => [...w.env].reverse().find((e) => e.name === name && e.value !== void 0 && e.value !== "");
  const bindEnv = envVar("OPENCLAW_GATEWAY_BIND");
  const portEnv = envVar("OPENCLAW_GATEWAY_PORT");
  const config = findConfig(w, env, input);
  if (config) loadConfig(config, mergeEnv(env, input.userEnv));
  const cfgBind = config?.value ? config.value.gateway?.bind : void 0;
  const cfgPort = config?.value ? config.value.gateway?.port : void 0;
  let bind = "loopback";
  let bindLoc;
  let bindFromDeployment = false;
  if (flags.bind?.value) [bind, bindLoc, bindFromDeployment] = [flags.bind.value, flags.bind.loc, true];
  else if (bindEnv?.value) [bind, bindLoc, bindFromDeployment] = [bindEnv.value, bindEnv.valueLoc ?? bindEnv.loc, true];
  else if (typeof cfgBind === "string") bind = cfgBind;
  let port = DEFAULT_PORT;
  let portFromDeployment = false;
  const flagPort = Number(flags.port?.value);
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
    auth: { state: "unknown", detail: "" }
  };
  if (bindLoc) run.bindLoc = bindLoc;
  if (config) run.config = config;
  const stateEnv = envVar("OPENCLAW_STATE_DIR");
  if (stateEnv?.value) run.stateDir = { path: stateEnv.value, loc: stateEnv.valueLoc ?? stateEnv.loc };
  else if (w.platform !== "systemd" && w.platform !== "dockerfile") run.stateDir = { path: CONTAINER_STATE_DIR };
  run.auth = judgeAuth(run, input.userEnv);
  return run;
}
function findConfig(w, env, input) {
  const stateDir = env.get("OPENCLAW_STATE_DIR") || (w.platform === "systemd" ? "~/.openclaw" : CONTAINER_STATE_DIR);
  const explicit = env.get("OPENCLAW_CONFIG_PATH");
  const target = explicit || path5.posix.join(stateDir, "openclaw.json");
  let best;
  for (const m of w.mounts) {
    if (m.kind !== "bind" || !m.sourceAbs) continue;
    const rest = posixUnder(target, m.target);
    if (rest === void 0) continue;
    const abs = rest === "" ? m.sourceAbs : path5.join(m.sourceAbs, ...rest.split("/"));
    if (!isFile(abs)) continue;
    const depth = m.target.length;
    if (!best || depth > best.depth)
      best = {
        abs,
        depth,
        origin: `mounted from ${input.rc.rel(m.sourceAbs)} at ${m.target}${explicit ? ` (OPENCLAW_CONFIG_PATH ${target})` : ""}`
      };
  }
  if (best) return fileConfig(best.abs, best.origin, input);
  if (w.platform === "kubernetes") {
    const pod = input.podOf(w);
    const direct = [...w.configMaps].find(([, m]) => {
      const rest = posixUnder(target, m.target);
      return rest !== void 0 && (rest === "" ? true : rest === (m.subPath ?? rest));
    });
    const candidates = direct ? [direct[0]] : pod.flatMap((p) => [...p.configMaps.keys()]);
    for (const name of candidates) {
      const e = input.embedded.find((x) => x.configMap === name);
      if (e)
        return embeddedConfig(
          e,
          direct ? `ConfigMap ${name} mounted at ${target}` : `ConfigMap ${name} (copied into the pod by a container of the same pod)`
        );
    }
    const sameFile = input.embedded.find((x) => x.file === w.file) ?? input.embedded.find((x) => path5.dirname(x.file.absPath) === w.dir);
    if (sameFile) return embeddedConfig(sameFile, `ConfigMap ${sameFile.configMap} next to the workload`);
  }
  const nearest = nearestConfig(w.dir, input);
  if (nearest)
    return fileConfig(
      nearest,
      explicit ? `OPENCLAW_CONFIG_PATH points at ${explicit}, which is not in the repository; using the nearest openclaw.json to the deployment` : "the nearest openclaw.json to the deployment",
      input
    );
  return void 0;
}
function isFile(abs) {
  return isFileInside(abs);
}
function nearestConfig(dir, input) {
  const names2 = (abs) => path5.basename(abs);
  const preferred = (list2) => list2.sort(
    (a, b) => (names2(a) === "openclaw.json" ? -1 : 0) - (names2(b) === "openclaw.json" ? -1 : 0) || a.localeCompare(b)
  )[0];
  for (let d = dir; ; d = path5.dirname(d)) {
    const here = input.configs.filter((c) => path5.dirname(c) === d);
    if (here.length) return preferred(here);
    const onDisk = path5.join(d, "openclaw.json");
    if (isFile(onDisk)) return onDisk;
    const rel = path5.relative(input.rc.cwd, d);
    if (rel === "" || rel.startsWith("..") || path5.dirname(d) === d) break;
  }
  const below = input.configs.filter((c) => c.startsWith(dir + path5.sep));
  below.sort((a, b) => a.split(path5.sep).length - b.split(path5.sep).length || a.localeCompare(b));
  return below[0];
}
function fileConfig(abs, origin, input) {
  const rel = input.rc.rel(abs);
  const r = readSourceFile(abs, rel, MAX_CONFIG_BYTES);
  if (!r.ok) return void 0;
  return { abs, rel, origin, source: new SourceFile(rel, r.file.text, abs) };
}
function embeddedConfig(e, origin) {
  return { abs: e.file.absPath, rel: e.file.path, origin, source: e.masked ?? e.file, embedded: e };
}
function loadConfig(c, env) {
  if (c.embedded && !c.embedded.masked) return;
  const parsed = parseJson5(c.source);
  if (!parsed.ok) return;
  const tree = new IncludeResolver(c.source, readSourceFile).resolve(parsed.root).root;
  substituteTree(tree, mergeEnv(env, configEnvVars(tree)));
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
    const r = walk(tree, p);
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
    has: (p) => tree ? walk(tree, p).depth === p.length : false
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
  while (cur.length && walk(c.tree, cur).depth < cur.length) cur = cur.slice(0, -1);
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
    const known = kind === "token" ? KNOWN_WEAK_TOKENS : KNOWN_WEAK_PASSWORDS;
    if (isPlaceholderSecret(v) || known.includes(v))
      return {
        state: "weak",
        detail: `a gateway ${kind} (${sel.source}) that is a known placeholder the gateway rejects`,
        ...related ? { related } : {}
      };
    if (v.length < 24)
      return {
        state: "weak",
        detail: `a gateway ${kind} (${sel.source}) of only ${v.length} characters`,
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
      if (run.bind === "loopback") continue;
      const w = run.workload;
      for (const e of w.exposures) {
        if (e.ports && (run.port < e.ports[0] || run.port > e.ports[1])) continue;
        if (e.authInFront) continue;
        const quiet = e.kind === "platform-public" || w.platform === "systemd" && e.kind === "host-network";
        const front = e.kind === "ingress" || e.kind === "service-loadbalancer" || e.kind === "service-nodeport";
        if (run.auth.state === "ok" && quiet) continue;
        const severity = run.auth.state === "none" || run.auth.state === "weak" ? "critical" : quiet || front && run.auth.state === "ok" ? "info" : "warn";
        const bindWhere = run.bindFromDeployment ? "set by the deployment" : run.config ? `gateway.bind in ${run.config.rel}` : "default";
        const cfg = run.config ? `Effective config: ${run.config.rel} (${run.config.origin})` : "No openclaw.json reaches this deployment";
        const authText = run.auth.state === "ok" ? front ? `It requires ${run.auth.detail}; keep TLS in front of it and gateway.controlUi.allowedOrigins explicit.` : `It requires ${run.auth.detail}; still, nothing outside the host needs to reach the port.` : run.auth.state === "unknown" ? `It has ${run.auth.detail}.` : `It has ${run.auth.detail}, so anyone who reaches the port controls the gateway and its agents.`;
        const related = [];
        if (run.bindLoc) related.push({ ...run.bindLoc, message: `the gateway binds "${run.bind}" here` });
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

// src/deploy/rules/host-namespace.ts
var host_namespace_default = defineDeployRule({
  id: "deploy.host_namespace",
  severity: "warn",
  title: "Container shares the host's namespaces",
  description: "`network_mode: host`, `pid`/`ipc: host`, or Kubernetes hostNetwork/hostPID/hostIPC remove the container boundary for that namespace; every port the gateway opens is on the host.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const ns of w.hostNamespaces) {
        report({
          loc: ns.loc,
          severity: /PID|pid/.test(ns.value) ? "critical" : "warn",
          message: `${describe(w)} uses ${ns.value}: the container shares the host's ${/network|Network/.test(ns.value) ? "network stack, so the gateway and its helper ports listen on the host itself" : /PID|pid/.test(ns.value) ? "process table and can inspect or signal host processes" : "namespace"}.`,
          fix: "Use the default bridge/pod network and publish only the ports you need on 127.0.0.1."
        });
      }
    }
  }
});

// src/deploy/rules/literal-secret.ts
var literal_secret_default = defineDeployRule({
  id: "deploy.literal_secret",
  severity: "critical",
  title: "Secret written literally in a deployment manifest",
  description: "A token, password or API key is written as a literal value in compose `environment`, Kubernetes `env.value`, a Dockerfile ENV/ARG, a systemd Environment=, fly.toml [env] or render envVars, instead of coming from an env file or a secret store.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      for (const e of w.env) {
        if (e.kind !== "literal" || e.inherited || e.value === void 0 || !isSecretName(e.name)) continue;
        if (looksLikeReference(e.value) || placeholderKind(e.value)) continue;
        report({
          loc: e.loc,
          message: `${e.name} in ${describe(w)} is a literal secret (${describeLength(e.value.trim())}) written in the ${e.origin}; anyone with read access to the repository has it.`,
          fix: w.platform === "kubernetes" ? `Move ${e.name} to a Secret and use valueFrom.secretKeyRef; rotate the leaked value.` : w.platform === "fly" ? `Remove ${e.name} from [env] and run \`fly secrets set ${e.name}=\u2026\`; rotate the leaked value.` : w.platform === "render" ? `Use generateValue: true or sync: false for ${e.name}; rotate the leaked value.` : `Reference it as \${${e.name}} and keep the value in an untracked .env / EnvironmentFile; rotate the leaked value.`
        });
      }
    }
    for (const f of ctx.files) {
      for (const d of f.literalData) {
        const secretFile = d.what.startsWith("Secret ");
        if (!secretFile && !isSecretName(d.name)) continue;
        report({
          loc: d.loc,
          severity: secretFile ? "warn" : "critical",
          message: secretFile ? `${d.what} has a literal value for "${d.name}" committed to the repository; the manifest is only base64 away from the secret.` : `${d.what} holds "${d.name}" as plain text; ConfigMaps are not secret and are readable by anyone who can read the namespace.`,
          fix: secretFile ? "Create the Secret out of band (kubectl create secret, External Secrets, sealed-secrets) and keep only a reference in the repository." : `Move "${d.name}" into a Secret and reference it with secretKeyRef.`
        });
      }
    }
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
var NAMES = /^OPENCLAW_GATEWAY_(TOKEN|PASSWORD)$/;
var placeholder_token_default = defineDeployRule({
  id: "deploy.placeholder_token",
  severity: "critical",
  title: "Gateway token or password is a placeholder",
  description: "OPENCLAW_GATEWAY_TOKEN / OPENCLAW_GATEWAY_PASSWORD (or --token/--password) is set to a copy-paste placeholder such as change-me-now; OpenClaw refuses to start with the known ones, and the others are public knowledge.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      const seen = [];
      for (const e of w.env) {
        if (!NAMES.test(e.name) || e.value === void 0 || e.kind === "runtime") continue;
        seen.push({
          name: e.name,
          value: e.value,
          loc: e.valueLoc ?? e.loc,
          ...e.kind === "env-file" ? { ref: e.loc } : {},
          origin: e.origin
        });
      }
      const run = ctx.run(w);
      if (run?.flags.token)
        seen.push({ name: "--token", value: run.flags.token.value, loc: run.flags.token.loc, origin: "command line" });
      if (run?.flags.password)
        seen.push({
          name: "--password",
          value: run.flags.password.value,
          loc: run.flags.password.loc,
          origin: "command line"
        });
      for (const s of seen) {
        const kind = placeholderKind(s.value);
        if (!kind) continue;
        report({
          loc: s.loc,
          severity: kind === "rejected" ? "critical" : "warn",
          message: kind === "rejected" ? `${s.name} for ${describe(w)} (${s.origin}) is a known placeholder; the gateway refuses to start with it.` : `${s.name} for ${describe(w)} (${s.origin}) looks like a placeholder that was never replaced; it is public knowledge, not a secret.`,
          fix: "Generate a real secret (openssl rand -hex 32) and keep it in an untracked env file or a secret store.",
          ...s.ref ? { related: [{ ...s.ref, message: `${describe(w)} reads this env file` }] } : {}
        });
      }
    }
  }
});

// src/deploy/rules/pod-hardening.ts
var pod_hardening_default = defineDeployRule({
  id: "deploy.pod_hardening",
  severity: "warn",
  title: "Pod lacks the hardening of OpenClaw's own manifest",
  description: "A Kubernetes container that runs OpenClaw misses settings that OpenClaw's own manifest (scripts/k8s/manifests/deployment.yaml) sets: runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation: false, capabilities.drop [ALL], seccompProfile RuntimeDefault, automountServiceAccountToken: false.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (w.platform !== "kubernetes" || !w.runsOpenclaw || w.hardening.length === 0) continue;
      const first = w.hardening[0];
      report({
        loc: first.loc,
        message: `${describe(w)} lacks ${w.hardening.map((g) => g.item).join(", ")} (set in OpenClaw's own manifest).`,
        fix: "Copy the securityContext of scripts/k8s/manifests/deployment.yaml: runAsNonRoot, runAsUser 1000, allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities.drop [ALL], seccompProfile RuntimeDefault; and automountServiceAccountToken: false on the pod."
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
        message: `${describe(w)} runs privileged: a compromised agent or gateway escapes to the host.`,
        fix: "Remove privileged: true; OpenClaw runs unprivileged as uid 1000."
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
      const where = run.stateDir.loc ?? w.loc;
      const name = describe(w);
      if (!cover) {
        const lost = w.platform === "render" ? "on every deploy" : w.platform === "kubernetes" ? "whenever the pod is rescheduled" : w.platform === "fly" ? "when the machine is replaced" : "when the container is re-created";
        report({
          loc: where,
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
      const shared = cover.shared || cover.kind === "pvc" && cover.source !== void 0 && ctx.files.some((f) => f.k8s?.sharedClaims.has(cover.source));
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

// src/deploy/rules/systemd-root.ts
var systemd_root_default = defineDeployRule({
  id: "deploy.systemd_root",
  severity: "warn",
  title: "systemd unit runs the gateway as root",
  description: "A system unit that runs OpenClaw has no User= (or User=root), so the gateway and every agent tool run as root; the docs call this unsupported.",
  check(ctx, report) {
    for (const w of ctx.workloads) {
      if (w.platform !== "systemd" || !w.runsOpenclaw || !w.systemUnit) continue;
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
  not_rendered_default,
  parse_error_default,
  placeholder_token_default,
  pod_hardening_default,
  privileged_default,
  render_error_default,
  sensitive_host_mount_default,
  state_ephemeral_default,
  systemd_root_default
];

// src/rules/types.ts
function defineRule(rule) {
  return rule;
}

// src/rules/openclaw/channels/walk.ts
var NOT_CHANNELS = /* @__PURE__ */ new Set(["defaults", "modelByChannel"]);
function channelSections(cfg) {
  const out = [];
  const channels = rec(cfg, "channels");
  if (!channels) return out;
  for (const [id, v] of Object.entries(channels)) {
    if (!isRec2(v) || NOT_CHANNELS.has(id) || v.enabled === false) continue;
    out.push({ channel: id, section: v, path: ["channels", id], own: v });
    const accounts = rec(v, "accounts");
    if (!accounts) continue;
    const { accounts: _a, ...base } = v;
    for (const [acct, av] of Object.entries(accounts)) {
      if (!isRec2(av) || av.enabled === false) continue;
      out.push({
        channel: id,
        account: acct,
        section: { ...base, ...av },
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
  if (isRec2(own.dm) && typeof own.dm.policy === "string")
    return { policy: own.dm.policy, path: [...s.path, "dm", "policy"], legacy: true };
  if (s.account) {
    const base = s.section;
    if (typeof base.dmPolicy === "string")
      return { policy: base.dmPolicy, path: ["channels", s.channel, "dmPolicy"], legacy: false };
    if (isRec2(base.dm) && typeof base.dm.policy === "string")
      return { policy: base.dm.policy, path: ["channels", s.channel, "dm", "policy"], legacy: true };
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
      const raw = dm.legacy ? isRec2(s.section.dm) ? s.section.dm.allowFrom : void 0 : s.section.allowFrom;
      const entries = (Array.isArray(raw) ? raw : []).map((v) => String(v).trim()).filter(Boolean);
      if (entries.length > 0) continue;
      const policyOnAccount = dm.path.length > 3 && dm.path[2] === "accounts";
      const allowFromOnAccount = s.account && (dm.legacy ? isRec2(s.own.dm) && s.own.dm.allowFrom !== void 0 : s.own.allowFrom !== void 0);
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
        fix: `Set ${dm.path.join(".")} to "pairing" (default) or "allowlist".`
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
      const allowFrom = dm.legacy ? isRec2(s.section.dm) ? s.section.dm.allowFrom : void 0 : s.section.allowFrom;
      const list2 = Array.isArray(allowFrom) ? allowFrom : [];
      if (list2.some((v) => String(v).trim() === "*")) continue;
      const key2 = dm.legacy ? [...s.path, "dm", "allowFrom"] : [...s.path, "allowFrom"];
      report({
        ruleId: `channels.${s.channel}.dm.open_invalid`,
        path: ctx.has(key2) ? key2 : dm.path,
        message: `${label(s)} DMs are "open" but ${key2.join(".")} does not include "*"; the policy and the allowlist disagree about who may DM the bot.`,
        detail: `"open" requires ${key2.join(".")} to include "*".`,
        fix: `Use dmPolicy "pairing"/"allowlist", or if open DMs are intended add "*" to ${key2.join(".")}.`
      });
    }
  }
});

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
      for (const key2 of ["allowFrom", "groupAllowFrom"]) {
        const list2 = s.own[key2];
        if (!Array.isArray(list2)) continue;
        const bad = list2.map((v, i) => ({
          v: String(v).trim().replace(/^(telegram|tg):/i, ""),
          i
        })).filter(({ v }) => v && v !== "*" && !/^-?\d+$/.test(v));
        const first = bad[0];
        if (!first) continue;
        report({
          path: [...s.path, key2, first.i],
          message: `${label(s)}.${key2} has non-numeric entries (${capList(bad.map((b) => JSON.stringify(b.v)))}); Telegram authorizes numeric user ids only, so these never match and the allowlist silently does less than intended.`,
          detail: `Telegram sender authorization requires numeric Telegram user IDs. Found non-numeric allowFrom entries: ${bad.map((b) => b.v).join(", ")}.`,
          fix: `Replace the @username entries in ${label(s)}.${key2} with numeric Telegram user ids.`
        });
      }
    }
  }
});

// src/rules/openclaw/channels/telegram-groups-allow-from-missing.ts
var isWildcard2 = (v) => String(v).trim() === "*";
function hasGroupOverride(groups) {
  if (!isRec2(groups)) return false;
  return Object.values(groups).some((g) => {
    if (!isRec2(g)) return false;
    if (Array.isArray(g.allowFrom) && g.allowFrom.length > 0) return true;
    return isRec2(g.topics) && Object.values(g.topics).some((t) => isRec2(t) && Array.isArray(t.allowFrom) && t.allowFrom.length > 0);
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
      const groupsConfigured = isRec2(groups) && Object.keys(groups).length > 0;
      if (!(gp === "open" || gp === "allowlist" && groupsConfigured)) continue;
      const groupAllowFrom = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      if (groupAllowFrom.some(isWildcard2)) continue;
      if (groupAllowFrom.length > 0 || hasGroupOverride(groups)) continue;
      const ownKeys = ["groupPolicy", "groups", "groupAllowFrom"].some((k) => s.own[k] !== void 0);
      if (s.account && !ownKeys && reportedChannel.has(s.channel)) continue;
      if (!s.account) reportedChannel.add(s.channel);
      const where = label(s);
      const policyOwn = s.own.groupPolicy !== void 0;
      const policyPath = policyOwn ? [...s.path, "groupPolicy"] : s.account && s.section.groupPolicy !== void 0 ? ["channels", "telegram", "groupPolicy"] : void 0;
      const groupsPath = s.own.groups !== void 0 ? [...s.path, "groups"] : ["channels", "telegram", "groups"];
      const path29 = policyPath ?? (groupsConfigured ? groupsPath : s.path);
      const policyText = s.section.groupPolicy !== void 0 ? `groupPolicy is "${String(gp)}"` : defaultPolicy !== void 0 ? `groupPolicy is "${String(gp)}" (from channels.defaults.groupPolicy)` : 'groupPolicy is "allowlist" (default)';
      report({
        path: path29,
        message: `${where} ${policyText}${gp === "allowlist" ? " with groups configured" : ""} but no sender allowlist (groupAllowFrom, groups.<id>.allowFrom): any member of ${gp === "open" ? "any group" : "an allowed group"} can run /commands and skills. (clawlint assumes an empty pairing store; senders approved there at run time also count.)`,
        detail: "Telegram group access is enabled but no sender allowlist is configured; this allows any group member to invoke /\u2026 commands.",
        fix: `Set ${where}.groupAllowFrom to numeric Telegram user ids (or groups.<id>.allowFrom per group), or approve yourself via pairing.`
      });
    }
  }
});

// src/rules/openclaw/channels/telegram-groups-allow-from-wildcard.ts
var telegram_groups_allow_from_wildcard_default = defineRule({
  id: "channels.telegram.groups.allowFrom.wildcard",
  severity: "critical",
  title: "Telegram group allowlist contains wildcard",
  description: 'Telegram groups are enabled and channels.telegram.groupAllowFrom contains "*": any group member can run commands.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.channel !== "telegram") continue;
      const gp = s.section.groupPolicy ?? at(ctx.config, "channels", "defaults", "groupPolicy") ?? "allowlist";
      const groups = s.section.groups;
      const groupsConfigured = !!groups && typeof groups === "object" && Object.keys(groups).length > 0;
      if (!(gp === "open" || gp === "allowlist" && groupsConfigured)) continue;
      const list2 = Array.isArray(s.section.groupAllowFrom) ? s.section.groupAllowFrom : [];
      const idx = list2.findIndex((v) => String(v).trim() === "*");
      if (idx < 0) continue;
      const own = Array.isArray(s.own.groupAllowFrom);
      if (s.account && !own) continue;
      report({
        path: [...s.path, "groupAllowFrom", idx],
        message: `${label(s)}.groupAllowFrom includes "*": any member of an allowed Telegram group can run /commands and control directives.`,
        detail: 'Telegram group sender allowlist contains "*", which allows any group member to run /\u2026 commands and control directives.',
        fix: `Replace "*" in ${label(s)}.groupAllowFrom with numeric Telegram user ids.`
      });
    }
  }
});

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
        else if (isRec2(s.value))
          for (const [k, v] of Object.entries(s.value)) next.push({ segs: [...s.segs, k], value: v });
      } else if (isRec2(s.value) && Object.prototype.hasOwnProperty.call(s.value, seg)) {
        next.push({ segs: [...s.segs, seg], value: s.value[seg] });
      }
    }
    states = next;
  }
  return states;
}
function collectDangerousFlags(cfg) {
  const out = [];
  if (at(cfg, "gateway", "controlUi", "allowInsecureAuth") === true)
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
  if (at(cfg, "hooks", "gmail", "allowUnsafeExternalContent") === true)
    out.push({
      label: "hooks.gmail.allowUnsafeExternalContent=true",
      path: ["hooks", "gmail", "allowUnsafeExternalContent"],
      fix: "Set hooks.gmail.allowUnsafeExternalContent: false."
    });
  (arr(cfg, "hooks", "mappings") ?? []).forEach((m, i) => {
    if (isRec2(m) && m.allowUnsafeExternalContent === true)
      out.push({
        label: `hooks.mappings[${i}].allowUnsafeExternalContent=true`,
        path: ["hooks", "mappings", i, "allowUnsafeExternalContent"],
        fix: `Set hooks.mappings[${i}].allowUnsafeExternalContent: false.`
      });
  });
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
  const docker = (d, prefix, base, where = prefix) => {
    if (!d) return;
    for (const k of DANGEROUS_SANDBOX_DOCKER_KEYS)
      if (d[k] === true)
        out.push({
          label: `${prefix}.${k}=true`,
          where: `${where}.${k}=true`,
          path: [...base, k],
          fix: `Remove ${where}.${k} (default false).`
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
  check(ctx, report) {
    for (const f of collectDangerousFlags(ctx.config)) {
      report({
        path: f.path,
        message: `Dangerous flag enabled: ${f.where ?? f.label}; it weakens a default security boundary.`,
        detail: `Detected enabled flag: ${f.label}.`,
        fix: f.fix
      });
    }
  }
});

// src/rules/openclaw/config/secrets-gateway-password-in-config.ts
var secrets_gateway_password_in_config_default = defineRule({
  id: "config.secrets.gateway_password_in_config",
  severity: "warn",
  title: "Gateway password is stored in config",
  description: "gateway.auth.password is a string in the config (literal or substituted ${VAR}); SecretRefs are fine.",
  check(ctx, report) {
    const pw = trimmed(at(ctx.config, "gateway", "auth", "password"));
    if (!pw || ctx.isUnresolved(["gateway", "auth", "password"])) return;
    const authored = ctx.authored(["gateway", "auth", "password"]);
    const viaVar = authored !== void 0 && authored.includes("${");
    report({
      path: ["gateway", "auth", "password"],
      message: viaVar ? "gateway.auth.password is substituted into the config as a plain string; OpenClaw treats it as a password stored in config." : `gateway.auth.password is a literal ${pw.length}-character password committed in the config file.`,
      detail: "gateway.auth.password is set in the config file; prefer environment variables for secrets when possible.",
      fix: 'Remove gateway.auth.password and supply OPENCLAW_GATEWAY_PASSWORD from the environment (or a SecretRef {source: "env", id: "OPENCLAW_GATEWAY_PASSWORD"}).'
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
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
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
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    const auth = resolveGatewayAuth(ctx);
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
  check(ctx, report) {
    if (isLoopbackBind(ctx)) return;
    if (at(ctx.config, "gateway", "controlUi", "enabled") === false) return;
    if (stringEntries(at(ctx.config, "gateway", "controlUi", "allowedOrigins")).length > 0) return;
    if (at(ctx.config, "gateway", "controlUi", "dangerouslyAllowHostHeaderOriginFallback") === true) return;
    report({
      path: ctx.has(["gateway", "controlUi"]) ? ["gateway", "controlUi"] : ["gateway", "bind"],
      message: `${bindSource(ctx)} with the Control UI enabled but gateway.controlUi.allowedOrigins is empty; browser origins cannot be checked (cross-site WebSocket / DNS rebinding).`,
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
  check(ctx, report) {
    const raw = at(ctx.config, "gateway", "controlUi", "allowedOrigins");
    if (!stringEntries(raw).includes("*")) return;
    const idx = Array.isArray(raw) ? raw.findIndex((v) => typeof v === "string" && v.trim() === "*") : -1;
    const exposed = !isLoopbackBind(ctx);
    report({
      path: idx >= 0 ? ["gateway", "controlUi", "allowedOrigins", idx] : ["gateway", "controlUi", "allowedOrigins"],
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
  check(ctx, report) {
    if (at(ctx.config, "gateway", "controlUi", "dangerouslyDisableDeviceAuth") !== true) return;
    report({
      path: ["gateway", "controlUi", "dangerouslyDisableDeviceAuth"],
      message: "gateway.controlUi.dangerouslyDisableDeviceAuth is true: gateways that still honour it (before 2026.9) let Control UI clients connect without device identity or pairing, so a leaked token is full operator access; 2026.9.6 ignores this retired key.",
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
  check(ctx, report) {
    if (at(ctx.config, "gateway", "controlUi", "allowInsecureAuth") !== true) return;
    report({
      path: ["gateway", "controlUi", "allowInsecureAuth"],
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
  check(ctx, report) {
    const envToken = envValue(ctx, "OPENCLAW_GATEWAY_TOKEN");
    if (!envToken) return;
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
  check(ctx, report) {
    const auth = resolveGatewayAuth(ctx);
    if (auth.hasHttpAuth) return;
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
  check(ctx, report) {
    if (!isLoopbackBind(ctx)) return;
    if (at(ctx.config, "gateway", "controlUi", "enabled") === false) return;
    const auth = resolveGatewayAuth(ctx);
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
function names(list2) {
  return list2.map((v) => trimmed(v) ?? "").filter(Boolean);
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
  check(ctx, report) {
    const a = nodeCommandList(ctx.config, "allow");
    if (!a || a.list.length === 0) return;
    const allow = new Set(a.names);
    const deny = new Set(nodeCommandList(ctx.config, "deny")?.names ?? []);
    const hits = DANGEROUS_NODE_COMMANDS.filter((c) => allow.has(c) && !deny.has(c));
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
var nodes_deny_commands_ineffective_default = defineRule({
  id: "gateway.nodes.deny_commands_ineffective",
  severity: "warn",
  title: "Some gateway.nodes.commands.deny entries are ineffective",
  description: "gateway.nodes.commands.deny (or the legacy gateway.nodes.denyCommands) holds patterns or unknown names, which exact matching never hits.",
  check(ctx, report) {
    const d = nodeCommandList(ctx.config, "deny");
    const deny = d?.names ?? [];
    if (!d || deny.length === 0) return;
    const known = /* @__PURE__ */ new Set([
      ...DEFAULT_NODE_COMMANDS,
      ...DANGEROUS_NODE_COMMANDS,
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
  if (!sel || !isPlaceholderSecret(sel.value)) return;
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
  check(ctx, report) {
    if (at(ctx.config, "gateway", "allowRealIpFallback") !== true) return;
    const tp = at(ctx.config, "gateway", "trustedProxies");
    const proxies = Array.isArray(tp) ? tp : [];
    const remoteProxy = proxies.some((p) => !isStrictLoopbackProxy(p));
    const exposed = !isLoopbackBind(ctx) || resolveGatewayAuth(ctx).mode === "trusted-proxy" && remoteProxy;
    const where = !isLoopbackBind(ctx) ? ` on a gateway bound to "${effectiveBind(ctx)}"` : exposed ? " with trusted-proxy auth behind non-loopback proxies" : "";
    report({
      path: ["gateway", "allowRealIpFallback"],
      severity: exposed ? "critical" : "warn",
      message: `gateway.allowRealIpFallback is true${where}: a proxy that forwards a client-supplied X-Real-IP lets callers spoof their source IP and pass local-client checks.`,
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

// src/rules/openclaw/gateway/tools-invoke-http-dangerous-allow.ts
var tools_invoke_http_dangerous_allow_default = defineRule({
  id: "gateway.tools_invoke_http.dangerous_allow",
  severity: "warn",
  title: "Gateway HTTP /tools/invoke re-enables dangerous tools",
  description: "gateway.tools.allow re-enables tools that POST /tools/invoke denies by default (critical off loopback or with Funnel).",
  check(ctx, report) {
    const raw = at(ctx.config, "gateway", "tools", "allow");
    if (!Array.isArray(raw)) return;
    const allow = new Set(raw.map((v) => typeof v === "string" ? v.trim().toLowerCase() : "").filter(Boolean));
    const reenabled = DEFAULT_GATEWAY_HTTP_TOOL_DENY.filter((t) => allow.has(t));
    if (reenabled.length === 0) return;
    const extraRisk = !isLoopbackBind(ctx) || tailscaleMode(ctx) === "funnel";
    const where = !isLoopbackBind(ctx) ? ` and the gateway is bound to "${effectiveBind(ctx)}"` : tailscaleMode(ctx) === "funnel" ? " and the gateway is on Tailscale Funnel" : "";
    report({
      path: ["gateway", "tools", "allow"],
      severity: extraRisk ? "critical" : "warn",
      message: `gateway.tools.allow re-enables ${capList(reenabled)} over HTTP POST /tools/invoke${where}; any holder of the gateway credential can run them remotely.`,
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
    if (!isLoopbackBind(ctx)) return;
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
  check(ctx, report) {
    if (resolveGatewayAuth(ctx).mode !== "trusted-proxy") return;
    const list2 = at(ctx.config, "gateway", "trustedProxies");
    if (Array.isArray(list2) && list2.length > 0) return;
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
  check(ctx, report) {
    if (at(ctx.config, "logging", "redactSensitive") !== "off") return;
    report({
      path: ["logging", "redactSensitive"],
      at: "value",
      message: 'logging.redactSensitive is "off": gateways that honour it (OpenClaw up to 2026.7) write tool summaries with tokens and other sensitive values to logs and status output.',
      detail: 'logging.redactSensitive="off" disables redaction of sensitive values in logs and status.',
      fix: 'Set logging.redactSensitive: "tools" (the default), or remove the key.'
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
  if (!isRec2(section)) return false;
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
  if (!isRec2(p)) return void 0;
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
      const key2 = `${m.id}@@${m.source}`;
      if (reasons.length === 0 || seen.has(key2)) return [];
      seen.add(key2);
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
function inside(parent, child2) {
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
      if (inside(blocked2, rest)) return { kind: "targets", blockedPath: `${home}/${sub}` };
      if (inside(rest, blocked2)) return { kind: "covers", blockedPath: `${home}/${sub}` };
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
    if (inside(b, n)) return { kind: "targets", blockedPath: b };
    if (inside(n, b)) return { kind: "covers", blockedPath: b };
  }
  return null;
}

// src/rules/openclaw/sandbox/dangerous-bind-mount.ts
var dangerous_bind_mount_default = defineRule({
  id: "sandbox.dangerous_bind_mount",
  severity: "critical",
  title: "Dangerous bind mount in sandbox config",
  description: "A sandbox docker bind mounts a system directory, the Docker socket or a credential directory of a home (one finding per bind).",
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
  return isRec2(d) && Object.values(d).some((v) => v !== void 0);
}
var docker_config_mode_off_default = defineRule({
  id: "sandbox.docker_config_mode_off",
  severity: "warn",
  title: "Sandbox docker settings configured while sandbox mode is off",
  description: "sandbox.docker settings exist but sandbox mode is off, so none of the hardening applies.",
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
  check(ctx, report) {
    const list2 = arr(ctx.config, "security", "audit", "suppressions");
    if (!list2 || list2.length === 0) return;
    report({
      path: ["security", "audit", "suppressions"],
      message: `security.audit.suppressions has ${list2.length} configured suppression(s); findings they match are reported as suppressed, review them when the accepted risk changes.`,
      detail: `security.audit.suppressions has ${list2.length} configured suppression(s).`,
      fix: "Remove security.audit.suppressions entries whose accepted risk no longer applies."
    });
  }
});

// src/rules/openclaw/security/exposure-open-channels-with-exec.ts
var exposure_open_channels_with_exec_default = defineRule({
  id: "security.exposure.open_channels_with_exec",
  severity: "warn",
  title: "Open channels can reach exec-enabled agents",
  description: "An open DM/group policy (anywhere under channels) while some scope allows exec (critical when a scope is security=full).",
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
  check(ctx, report) {
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    const lines = [];
    const wheres = [];
    const reached = /* @__PURE__ */ new Set();
    for (const c of agentToolContexts(ctx.config)) {
      const policies = toolPolicies(ctx.config, c.tools, sandboxFor(ctx.config, c.agentId).mode);
      const tools = CONTROL_PLANE_TOOLS.filter((t) => toolAllowed(t, policies));
      if (tools.length === 0) continue;
      const profile = str(c.tools, "profile") ?? str(ctx.config, "tools", "profile") ?? "none";
      lines.push(`${c.label} (profile=${profile}; controlPlane=[${tools.join(", ")}])`);
      wheres.push(`${c.where} (profile=${profile})`);
      for (const t of tools) reached.add(t);
    }
    if (lines.length === 0) return;
    report({
      path: first.path,
      message: `Control-plane tools (${[...reached].join(", ")}) are reachable from open chats: ${capList(open.map((o) => o.label))} ${open.length > 1 ? "are" : "is"} "open" while ${capList(wheres, "; ")} can use them to update OpenClaw, change plugins or schedule automations.`,
      detail: `Found inbound policy="open" at:
${open.map((o) => `- ${o.label}`).join("\n")}
Control-plane tool exposure contexts:
${lines.map((l) => `- ${l}`).join("\n")}
Prompt injection in open conversations can trigger OpenClaw updates, plugin changes, or scheduled automation.`,
      fix: 'Add tools.deny: ["gateway", "automations", "plugins"] (the minimal and messaging profiles still allow gateway), or tighten the listed policies to "pairing"/"allowlist".'
    });
  }
});

// src/rules/openclaw/security/exposure-open-groups-with-elevated.ts
var exposure_open_groups_with_elevated_default = defineRule({
  id: "security.exposure.open_groups_with_elevated",
  severity: "critical",
  title: "Open group/DM policy with elevated tools enabled",
  description: "An open DM/group policy while tools.elevated is enabled (the default).",
  check(ctx, report) {
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    if (at(ctx.config, "tools", "elevated", "enabled") === false) return;
    report({
      path: first.path,
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
  check(ctx, report) {
    const open = openInboundPolicies(ctx.config);
    const first = open[0];
    if (!first) return;
    const { contexts, hasRuntimeRisk } = riskyToolContexts(ctx.config);
    if (contexts.length === 0) return;
    const lines = contexts.map(
      (c) => `${c.label} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(", ") || "off"}]; fs=[${c.fs.join(", ") || "off"}])`
    );
    const wheres = contexts.map(
      (c) => `${c.where} (sandbox=${c.sandbox}; runtime=[${c.runtime.join(", ") || "off"}]; fs=[${c.fs.join(", ") || "off"}])`
    );
    report({
      path: first.path,
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
  check(ctx, report) {
    const hits = [];
    if (str(ctx.config, "session", "groupScope") === "main")
      hits.push({ label: 'session.groupScope="main"', path: ["session", "groupScope"] });
    (arr(ctx.config, "bindings") ?? []).forEach((b, i) => {
      if (isRec2(b) && isRec2(b.session) && b.session.groupScope === "main" && isRec2(b.match))
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
        if (!isRec2(v)) continue;
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
    for (const [provider, list2] of Object.entries(allowFrom)) {
      const entries = stringEntries(list2);
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
  check(ctx, report) {
    if (at(ctx.config, "tools", "elevated", "enabled") === false) return;
    const allowFrom = rec(ctx.config, "tools", "elevated", "allowFrom");
    if (!allowFrom) return;
    for (const [provider, list2] of Object.entries(allowFrom)) {
      if (!stringEntries(list2).includes("*")) continue;
      const idx = Array.isArray(list2) ? list2.findIndex((v) => typeof v === "string" && v.trim() === "*") : -1;
      report({
        ruleId: `tools.elevated.allowFrom.${provider}.wildcard`,
        path: idx >= 0 ? ["tools", "elevated", "allowFrom", provider, idx] : ["tools", "elevated", "allowFrom", provider],
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
  check(ctx, report) {
    const cfg = ctx.config;
    const servers = rec(cfg, "mcp", "servers");
    const names2 = servers ? Object.entries(servers).filter(([, v]) => !(isRec2(v) && v.enabled === false)).map(([k]) => k).sort() : [];
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
  check(ctx, report) {
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
      const policies = toolPolicies(cfg, c.tools, sb.mode);
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
  const list2 = arr(exec, "safeBins") ?? [];
  return [...new Set(list2.map(normalizeSafeBin).filter(Boolean))];
}
function trustedDirs(exec) {
  const list2 = arr(exec, "safeBinTrustedDirs") ?? [];
  return list2.filter((v) => typeof v === "string" && !!v.trim()).map((v) => v.trim());
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
  allow_from_dangerous_name_matching_enabled_default,
  dm_disabled_default,
  dm_locked_default,
  dm_open_default,
  dm_open_invalid_default,
  telegram_allow_from_invalid_entries_default,
  telegram_groups_allow_from_missing_default,
  telegram_groups_allow_from_wildcard_default,
  insecure_or_dangerous_flags_default,
  secrets_gateway_password_in_config_default,
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
    "schema.exec_mode_conflict",
    "schema",
    "critical",
    "exec mode with legacy keys",
    "src/schema/refinements.ts",
    "`tools.exec.mode` together with legacy `security`/`ask` in one exec object."
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
var SECRETS_RULES = [...PLUGINS, ...EXTRAS, SCAN_ERROR];

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
var DEPLOY = DEPLOY_RULES.map((r) => ({
  id: r.id,
  kind: "deploy",
  title: r.title,
  severity: r.severity,
  description: r.description,
  doc: `docs/rules/${r.id}.md`,
  fixable: false,
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
var DOC_LIMIT = 64 * 1024;
var docsDirCache;
function findDocsDir() {
  if (docsDirCache !== void 0) return docsDirCache;
  docsDirCache = null;
  try {
    const here = path6.dirname(fileURLToPath2(import.meta.url));
    for (const cand of [path6.join(here, "..", "docs"), path6.join(here, "..", "..", "docs")]) {
      if (fs4.existsSync(path6.join(cand, "core-checks.md"))) {
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
    const st = fs4.statSync(file);
    if (!st.isFile()) return void 0;
    const text2 = fs4.readFileSync(file, "utf8");
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
  const helpMarkdown = dir && ownPage ? readDoc(path6.join(dir, docPath.slice("docs/".length))) : void 0;
  const uriPath = docPath.split("/").map(encodeURIComponent).join("/");
  return {
    id,
    templateId: rule.id,
    title: rule.title,
    description: rule.description,
    severity: rule.severity,
    helpMarkdown,
    helpUri: `${REPO_URL}/blob/main/${uriPath}${anchor ? `#${anchor}` : ""}`
  };
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
    properties: { tags: ["security"], "security-severity": SECURITY_SEVERITY[sev], precision: "high" }
  };
}
function buildSarif(all, opts = {}) {
  const findings = opts.includeSuppressed ? all : all.filter((f) => !f.suppressed);
  const max = Math.max(0, Math.min(opts.maxResults ?? MAX_SARIF_RESULTS, MAX_SARIF_RESULTS));
  const ordered = [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b)
  );
  const kept = ordered.slice(0, max).sort(compareFindings);
  const dropped = findings.length - kept.length;
  const highest = /* @__PURE__ */ new Map();
  for (const f of kept) {
    const h = highest.get(f.ruleId);
    if (!h || severityRank(f.severity) > severityRank(h)) highest.set(f.ruleId, f.severity);
  }
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const [id, sev] of [...highest].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    ruleIndex.set(id, rules.length);
    rules.push(buildRule(id, sev, opts.docsDir));
  }
  const withBaseline = kept.some((f) => f.baselined);
  const occurrences = /* @__PURE__ */ new Map();
  const results = kept.map((f) => {
    const fp = fingerprint(f);
    const n = (occurrences.get(fp) ?? 0) + 1;
    occurrences.set(fp, n);
    const r = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: messageText(f) },
      locations: [{ physicalLocation: physical(f) }],
      partialFingerprints: { "clawlint/v1": `${fp}:${n}`, primaryLocationLineHash: `${fp}:${n}` }
    };
    if (f.path) r.locations[0].logicalLocations = [{ fullyQualifiedName: f.path, kind: "member" }];
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
    return r;
  });
  const notifications = [];
  if (dropped > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${dropped} result(s) omitted: GitHub accepts at most ${MAX_SARIF_RESULTS} results per run; the most severe were kept.`
      }
    });
  }
  const notRead = [...new Set(kept.filter((f) => NOT_READ.has(f.ruleId)).map((f) => f.file))].sort();
  if (notRead.length) {
    notifications.push({
      level: "error",
      message: {
        text: `${notRead.length} file(s) could not be read, so results for them are incomplete: ${notRead.slice(0, 20).join(", ")}${notRead.length > 20 ? ", \u2026" : ""}`
      }
    });
  }
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
        ...notifications.length ? { toolExecutionNotifications: notifications } : {}
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

// src/policy/baseline.ts
import path7 from "node:path";
var DEFAULT_BASELINE = ".clawlint-baseline.json";
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
  return parseFindingsBaseline(read.text, path7.basename(abs));
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

// src/core/errors.ts
var UsageError = class extends Error {
};

// src/run.ts
import fs17 from "node:fs";
import path28 from "node:path";

// src/core/redact.ts
var SECRET_NAME2 = /(token|secret|passw(or)?d|passphrase|api[-_]?key|apikey|private[-_]?key|credential|cookie|bearer)/i;
var MIN_LENGTH = 6;
var MASK = "****";
var PLAIN_VALUE = /^(?:true|false|yes|no|on|off|null|none|lan|loopback|localhost|tailnet|auto|[0-9.:]+|\[[0-9a-f:.]+\])$/i;
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
  return value.length >= MIN_LENGTH && SECRET_NAME2.test(name);
}
var Redactor = class {
  values = /* @__PURE__ */ new Set();
  patterns = /* @__PURE__ */ new Map();
  add(value) {
    if (value.length >= MIN_LENGTH && !/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(value)) this.values.add(value);
  }
  /**
   * Every env value, whatever its name: a value reached through `${VAR}` or an env file may be
   * anything (a runner token read from /proc/self/environ was one). Only flags, numbers and
   * addresses are left out, as masking them would blank messages ("binds ****").
   */
  addEnv(env) {
    for (const [k, v] of env) if (looksSecret(k, v) || !PLAIN_VALUE.test(v)) this.add(v);
  }
  /** Credential-keyed strings in a config tree (after substitution). */
  addTree(root) {
    forEachScalar(root, (node, path29) => {
      const key2 = String(path29[path29.length - 1] ?? "");
      if (typeof node.value === "string" && looksSecret(key2, node.value)) this.add(node.value);
    });
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
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      if (out.includes(v)) out = out.split(v).join(MASK);
      if (ESCAPABLE.test(v)) {
        let re = this.patterns.get(v);
        if (!re) this.patterns.set(v, re = escapedForms(v));
        out = out.replace(re, MASK);
      }
    }
    return out;
  }
  finding(f) {
    if (!this.values.size) return f;
    const out = { ...f, message: this.redact(f.message), path: this.redact(f.path) };
    if (f.fix) out.fix = this.redact(f.fix);
    if (f.related) out.related = f.related.map((r) => r.message ? { ...r, message: this.redact(r.message) } : r);
    if (f.suppressed) out.suppressed = { ...f.suppressed, reason: this.redact(f.suppressed.reason) };
    if (f.suggestion !== void 0 && this.redact(f.suggestion) !== f.suggestion) delete out.suggestion;
    return out;
  }
};

// src/deploy/platforms/context.ts
import path9 from "node:path";

// src/discovery.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);
import fs5 from "node:fs";
import path8 from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var CONFIG_NAME = /^(?:openclaw\.json5?|[\s\S]+\.openclaw\.json5?)$/;
function isOpenclawConfigName(rel) {
  return CONFIG_NAME.test(path8.posix.basename(rel));
}
function toRel(cwd, abs) {
  const rel = path8.relative(cwd, abs).split(path8.sep).join("/");
  return rel === "" ? "." : rel;
}
function loadGitignore(dir, ws) {
  const file = path8.join(dir, ".gitignore");
  try {
    const read = readConfinedText(file, 1024 * 1024, ws);
    if (!read.ok) return void 0;
    return { base: dir, ig: (0, import_ignore.default)().add(read.text) };
  } catch {
    return void 0;
  }
}
function ignored(scopes, abs, isDir) {
  for (const s of scopes) {
    const rel = path8.relative(s.base, abs).split(path8.sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (s.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function discover(paths, opts) {
  const { cwd } = opts;
  const extra = (opts.configGlobs ?? []).length ? (0, import_picomatch.default)([...opts.configGlobs ?? []], { dot: true }) : void 0;
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  const maxFiles = opts.maxFiles ?? 2e5;
  const ws = workspaceRootOr(cwd);
  let visited = 0;
  for (const p of paths.length ? paths : ["."]) {
    const abs = path8.resolve(cwd, p);
    let st;
    try {
      st = fs5.statSync(abs);
    } catch {
      problems.push({ rel: toRel(cwd, abs), message: `path not found: ${p}` });
      continue;
    }
    if (st.isFile()) {
      files.set(abs, { abs, rel: toRel(cwd, abs), explicit: true });
      continue;
    }
    const root = fs5.realpathSync(abs);
    if (!ws.some((r) => isInside(r, root))) {
      problems.push({
        rel: toRel(cwd, abs),
        message: "directory leaves the workspace (a symlink or absolute path); not read"
      });
      continue;
    }
    const stack = [{ dir: abs, scopes: [] }];
    const top = findGitRoot(abs);
    if (top && top !== abs) {
      const s = loadGitignore(top, realOrSelf(top));
      if (s) stack[0].scopes.push(s);
    }
    while (stack.length) {
      const { dir, scopes: parentScopes } = stack.pop();
      const own = loadGitignore(dir, ws);
      const scopes = own ? [...parentScopes, own] : parentScopes;
      const entries = dir === abs ? listDirConfined(root, ws) : listDirConfined(dir, ws);
      if (!entries) {
        problems.push({ rel: toRel(cwd, dir), message: "directory cannot be read" });
        continue;
      }
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      for (const e of entries) {
        if (++visited > maxFiles) {
          problems.push({ rel: toRel(cwd, dir), message: `stopped after ${maxFiles} entries` });
          stack.length = 0;
          break;
        }
        const full = path8.join(dir, e.name);
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name) || ignored(scopes, full, true)) continue;
          stack.push({ dir: full, scopes });
          continue;
        }
        const rel = toRel(cwd, full);
        const wanted = isOpenclawConfigName(rel) || (extra?.(rel) ?? false);
        if (!wanted || ignored(scopes, full, false)) continue;
        if (e.isSymbolicLink()) {
          let real;
          try {
            real = fs5.realpathSync(full);
          } catch {
            problems.push({ rel, message: "symlink target does not exist" });
            continue;
          }
          const inside3 = path8.relative(root, real);
          if (inside3.startsWith("..") || path8.isAbsolute(inside3)) {
            problems.push({ rel, message: "symlink points outside the scanned directory; not read" });
            continue;
          }
          if (!fs5.statSync(real).isFile()) continue;
        } else if (!e.isFile()) continue;
        if (!files.has(full)) files.set(full, { abs: full, rel, explicit: false });
      }
    }
  }
  return { files: [...files.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0), problems };
}
function findGitRoot(start) {
  let dir = start;
  for (; ; ) {
    if (fs5.existsSync(path8.join(dir, ".git"))) return dir;
    const parent = path8.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/parsers/dotenv.ts
var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;
function parseDotenv(text2) {
  const out = [];
  const src = text2.replace(/\r\n?/g, (m2) => m2.length === 2 ? " \n" : "\n");
  LINE.lastIndex = 0;
  let m;
  while ((m = LINE.exec(src)) !== null) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const key2 = m[1];
    const keyOffset = m.index + m[0].indexOf(key2);
    const rawWithSpace = m[2] ?? "";
    const raw = rawWithSpace.trim();
    const valueOffset = raw ? src.indexOf(raw, keyOffset + key2.length) : keyOffset + key2.length + 1;
    let value = raw;
    const q = raw[0];
    if (raw.length >= 2 && (q === '"' || q === "'" || q === "`") && raw.endsWith(q)) {
      value = raw.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    }
    out.push({ key: key2, value, keyOffset, valueOffset, valueEnd: valueOffset + raw.length });
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
  /** Read a dotenv file inside the scanned tree (never outside cwd); null when unreadable. */
  readEnvFile(abs) {
    if (this.envFiles.has(abs)) return this.envFiles.get(abs);
    let result = null;
    const inside3 = path9.relative(this.cwd, abs);
    if (!inside3.startsWith("..") && !path9.isAbsolute(inside3)) {
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
    const rel = path9.relative(this.cwd, abs);
    return rel.startsWith("..") || path9.isAbsolute(rel) ? abs : this.rel(abs);
  }
  /** A finding at `at` when `abs` was refused (not when it is merely missing). */
  refuse(abs, at2, what, reason = this.refusedWhy.get(abs)) {
    if (!reason) return;
    this.refusals.push(
      makeFinding("file.unreadable", "warn", `${what} ${JSON.stringify(this.shown(abs))}: ${reason}`, at2)
    );
  }
  /** The `.env` next to a compose file merged under the user's env (the user's env wins, like the shell). */
  interpolationEnv(dir) {
    const env = /* @__PURE__ */ new Map();
    const file = this.readEnvFile(path9.join(dir, ".env"));
    if (file) for (const e of parseDotenv(file.text)) env.set(e.key, e.value);
    for (const [k, v] of this.env) env.set(k, v);
    return env;
  }
};

// src/rules/openclaw/suppressions.ts
var norm = (v) => typeof v === "string" ? v.trim().toLowerCase() : "";
function applyAuditSuppressions(config, findings) {
  const list2 = arr(config, "security", "audit", "suppressions") ?? [];
  const suppressed = /* @__PURE__ */ new Map();
  if (list2.length === 0) return { suppressed };
  findings.forEach((f, i) => {
    if (f.ruleId === "security.audit.suppressions.active") return;
    const index = list2.findIndex((s2) => {
      if (!isRec2(s2) || typeof s2.checkId !== "string") return false;
      const id = s2.checkId.trim();
      if (!id || id !== f.ruleId) return false;
      const t = norm(s2.titleIncludes);
      if (t && !f.title.toLowerCase().includes(t)) return false;
      const d = norm(s2.detailIncludes);
      if (d && !f.detail.toLowerCase().includes(d)) return false;
      return true;
    });
    if (index < 0) return;
    const s = list2[index];
    suppressed.set(i, { reason: typeof s.reason === "string" ? s.reason.trim() : "", index });
  });
  return {
    suppressed,
    active: {
      ruleId: "security.audit.suppressions.active",
      severity: "info",
      title: "Security audit suppressions configured",
      detail: `security.audit.suppressions has ${list2.length} configured suppression(s); ${suppressed.size} finding(s) moved to suppressedFindings.`
    }
  };
}

// src/policy/custom-policies.ts
import fs10 from "node:fs";
import path15 from "node:path";

// src/schema/errors.ts
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum"]);
function collapseUnions(errors) {
  const containsPaths = errors.filter((e) => e.keyword === "contains").map((e) => e.schemaPath + "/");
  let list2 = errors.filter((e) => !containsPaths.some((p) => e.schemaPath.startsWith(p)));
  const unions = list2.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    if (!list2.includes(union)) continue;
    const prefix = union.schemaPath + "/";
    const branches = /* @__PURE__ */ new Map();
    for (const e of list2) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(union.instancePath)) continue;
      const idx = e.schemaPath.slice(prefix.length).split("/")[0];
      const arr2 = branches.get(idx) ?? [];
      arr2.push(e);
      branches.set(idx, arr2);
    }
    const branchErrors = new Set([...branches.values()].flat());
    list2 = list2.filter((e) => e !== union && !branchErrors.has(e));
    if (union.keyword === "oneOf" && branches.size === 0) {
      list2.push({ ...union, message: "must match exactly one of the allowed shapes (it matches more than one)" });
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
      list2.push(...plausible[0]);
      continue;
    }
    list2.push({
      ...union,
      keyword: union.keyword,
      message: describeAlternatives([...branches.values()].flat(), depth),
      params: {}
    });
  }
  return list2;
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
    const key2 = `${issue.keyword}\0${issue.path.join("\0")}\0${issue.message}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push(issue);
  }
  return out;
}
function toIssue(e) {
  const path29 = fromJsonPointer(e.instancePath);
  const base = { keyword: e.keyword, params: e.params };
  switch (e.keyword) {
    case "additionalProperties": {
      const key2 = String(e.params.additionalProperty);
      return {
        ...base,
        path: [...path29, key2],
        at: "key",
        message: `Unknown key ${JSON.stringify(key2)}`,
        knownKeys: e.knownKeys
      };
    }
    case "required": {
      const key2 = String(e.params.missingProperty);
      return { ...base, path: path29, at: "key", message: `Missing required key ${JSON.stringify(key2)}` };
    }
    case "type":
      return { ...base, path: path29, at: "value", message: `must be of type ${String(e.params.type).replace(/,/g, " or ")}` };
    case "enum":
      return {
        ...base,
        path: path29,
        at: "value",
        message: `must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "const":
      return { ...base, path: path29, at: "value", message: `must be ${JSON.stringify(e.params.allowedValue)}` };
    case "propertyNames": {
      const key2 = String(e.params.propertyName);
      return {
        ...base,
        path: [...path29, key2],
        at: "key",
        message: `Key ${JSON.stringify(key2)} is not an allowed name here`
      };
    }
    case "contains":
      return { ...base, path: path29, at: "value", message: "does not contain a required entry" };
    case "not":
      return { ...base, path: path29, at: "value", message: "has a value that is not allowed here" };
    default:
      return { ...base, path: path29, at: "value", message: e.message ?? `fails the ${e.keyword} constraint` };
  }
}

// src/schema/own-schemas.ts
import path11 from "node:path";
import { pathToFileURL } from "node:url";

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
  { pattern: ["channels", "*", "streamMode"], replacement: "channels.{0}.streaming" },
  { pattern: ["channels", "*", "accounts", "*", "streamMode"], replacement: "channels.{0}.accounts.{1}.streaming" }
];
function replacementFor(path29) {
  return findLegacyKey(path29)?.replacement ?? findLegacyKey(path29, RENAMED_KEYS)?.replacement;
}
function findLegacyKey(path29, table = LEGACY_KEYS) {
  for (const key2 of table) {
    if (key2.pattern.length !== path29.length) continue;
    const captures = [];
    if (key2.pattern.every((seg, i) => seg === "*" ? (captures.push(path29[i]), true) : seg === path29[i])) {
      return { key: key2, replacement: key2.replacement.replace(/\{(\d)\}/g, (_, n) => captures[Number(n)] ?? "*") };
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
function suggestKey(key2, known, existing = /* @__PURE__ */ new Set()) {
  known = known?.filter((k) => !existing.has(k));
  if (!known?.length) return void 0;
  const lower = key2.toLowerCase();
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const limit = Math.max(1, Math.min(3, Math.floor(key2.length / 3)));
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
import fs6 from "node:fs";
import path10 from "node:path";
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
      const raw = JSON.parse(fs6.readFileSync(path10.join(root, "keys.json"), "utf8"));
      _KeyIndex.cache.set(root, idx = new _KeyIndex(raw.releases, raw.index));
    }
    return idx;
  }
  /**
   * The releases that define the key at `path` (a config path: array indexes as numbers or
   * digit strings), as a bit mask; undefined when no release differs on this path.
   */
  mask(path29) {
    let children = this.root;
    let mask = (1 << this.releases.length) - 1;
    for (const seg of path29) {
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
var REFUSES = "OpenClaw refuses to start with an invalid config";
function typedPath(tree, path29) {
  const out = [];
  let node = tree;
  for (const seg of path29) {
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
function schemaIssueToFinding(raw, tree, version, driftCtx) {
  const issue = { ...raw, path: typedPath(tree, raw.path) };
  const dotted = formatPath(issue.path);
  const loc = locatePath(tree, issue.path, issue.at);
  if (issue.keyword === "additionalProperties") {
    const parent = formatPath(issue.path.slice(0, -1)) || "the top level";
    const key2 = String(issue.path[issue.path.length - 1]);
    const legacy = findLegacyKey(raw.path);
    const legacyValue = walk(tree, issue.path).node;
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
    if (d) {
      const replacement = replacementFor(raw.path);
      const lineOf = (v) => v.split(".").slice(0, 2).join(".");
      const requested = driftCtx?.requested;
      if (d.kind === "removed" && d.removedIn && requested && lineOf(d.removedIn) === lineOf(version) && requested !== version) {
        return makeFinding(
          "schema.additionalProperties",
          "warn",
          `${dotted} ${d.text}; ${version}, the bundled ${lineOf(version)} release, rejects it, but ${requested} may still accept it (check with \`openclaw config validate\`)`,
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
    if (legacy) {
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
    const parentNode = walk(tree, issue.path.slice(0, -1)).node;
    const existing = new Set(parentNode.kind === "object" ? parentNode.members.keys() : []);
    const suggestion = suggestKey(key2, issue.knownKeys, existing);
    const hint2 = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : "";
    return makeFinding(
      "schema.additionalProperties",
      "critical",
      `Unknown key ${JSON.stringify(key2)} in ${parent}${hint2}. ${REFUSES}`,
      loc,
      dotted,
      suggestion ? `Rename ${JSON.stringify(key2)} to ${JSON.stringify(suggestion)}` : `Remove ${dotted}`
    );
  }
  if (issue.keyword === "required") {
    const where = dotted || "the config";
    return makeFinding("schema.required", "critical", `${where}: ${issue.message}. ${REFUSES}`, loc, dotted);
  }
  const subject = dotted || "the config";
  let hint = "";
  const node = walk(tree, issue.path).node;
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
    p = import(pathToFileURL(path11.join(schemaRoot(), `${name}.js`)).href);
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
      const key2 = String(issue.path[issue.path.length - 1]);
      const s = suggestKey(key2, issue.knownKeys);
      message = `${what}: unknown key ${JSON.stringify(key2)}${s ? ` (did you mean ${JSON.stringify(s)}?)` : ""}`;
    } else {
      const text2 = issue.keyword === "required" ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : issue.message;
      message = `${what}: ${dotted || "the document"}${issue.keyword === "required" ? ":" : ""} ${text2}`;
    }
    return makeFinding(ruleId, "critical", message, locatePath(tree, issue.path, issue.at), dotted);
  });
}

// src/policy/assets.ts
import fs7 from "node:fs";
import path12 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function packageRoot() {
  let dir = path12.dirname(fileURLToPath3(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (fs7.existsSync(path12.join(dir, "policies", "presets"))) return dir;
    dir = path12.dirname(dir);
  }
  throw new Error("clawlint policies/ directory not found next to the program");
}
function presetPath(name) {
  return path12.join(packageRoot(), "policies", "presets", `${name}.yaml`);
}

// src/policy/glob.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import fs8 from "node:fs";
import path13 from "node:path";
var GLOB_CHARS = /[*?[\]{}()!]/;
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
function unsafePattern(pattern) {
  if (path13.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) return "absolute paths are not allowed";
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
    const abs = path13.join(root, pattern);
    try {
      return fs8.lstatSync(abs).isFile() && existsInside(abs) ? [pattern] : [];
    } catch {
      return [];
    }
  }
  const match = (0, import_picomatch2.default)(pattern, { dot: true });
  const realRoot = realOrSelf2(root);
  const out = [];
  const stack = [staticParts.join("/")];
  let seen = 0;
  while (stack.length && seen < maxEntries) {
    const rel = stack.pop();
    const entries = listDirConfined(path13.join(root, rel), realRoot);
    if (!entries) continue;
    for (const e of entries) {
      if (++seen > maxEntries) break;
      const child2 = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) stack.push(child2);
      } else if (e.isFile() && match(child2)) out.push(child2);
    }
  }
  return out.sort();
}
function matchesAny(file, globs) {
  if (!globs?.length) return false;
  return import_picomatch2.default.isMatch(file, [...globs], { dot: true });
}
function realOrSelf2(p) {
  try {
    return fs8.realpathSync(p);
  } catch {
    return p;
  }
}

// src/policy/load-config.ts
import fs9 from "node:fs";
import path14 from "node:path";

// src/parsers/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_ALIASES = 100;
var MAX_YAML_FLOW_DEPTH = 500;
function parseYaml(file) {
  const refused = [];
  let text2 = file.text;
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
  const docs = (0, import_yaml.parseAllDocuments)(text2, {
    lineCounter: new import_yaml.LineCounter(),
    uniqueKeys: false,
    prettyErrors: false,
    strict: true
  });
  const list2 = Array.isArray(docs) ? docs : [docs];
  const result = list2.map((doc) => {
    const problems = [
      ...doc.errors.map((e) => ({ message: e.message.split("\n")[0], offset: e.pos[0], severity: "error" })),
      ...doc.warnings.map((e) => ({
        message: e.message.split("\n")[0],
        offset: e.pos[0],
        severity: "warning"
      }))
    ];
    let aliases = 0;
    const convert2 = (node, fallback, depth) => {
      const range2 = node?.range ? [node.range[0], node.range[1]] : [fallback, fallback];
      if (!node) return { kind: "scalar", file, range: range2, value: null };
      if (depth > 500) {
        problems.push({ message: "nesting deeper than 500 levels is not read", offset: range2[0], severity: "error" });
        return { kind: "scalar", file, range: range2, value: null };
      }
      if ((0, import_yaml.isAlias)(node)) {
        if (++aliases > MAX_YAML_ALIASES) {
          problems.push({
            message: `more than ${MAX_YAML_ALIASES} aliases; the rest are not expanded`,
            offset: range2[0],
            severity: "error"
          });
          return { kind: "scalar", file, range: range2, value: null };
        }
        const target = node.resolve(doc);
        const resolved = convert2(target, range2[0], depth + 1);
        return { ...resolved, range: range2 };
      }
      if ((0, import_yaml.isMap)(node)) {
        const members = /* @__PURE__ */ new Map();
        for (const pair of node.items) {
          if (!(0, import_yaml.isPair)(pair)) continue;
          const keyNode = pair.key;
          const key2 = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : "";
          const keyRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : range2;
          const value = convert2(pair.value, keyRange[1], depth + 1);
          if (key2 === "<<" && (value.kind === "object" || value.kind === "array")) {
            const sources = value.kind === "object" ? [value] : value.items.filter((v) => v.kind === "object");
            for (const src of sources) for (const [k, m] of src.members) if (!members.has(k)) members.set(k, m);
            continue;
          }
          if (members.has(key2))
            problems.push({
              message: `duplicate key ${JSON.stringify(key2)}; the last value wins`,
              offset: keyRange[0],
              severity: "warning"
            });
          members.set(key2, { file, keyRange, value });
        }
        return { kind: "object", file, range: range2, members };
      }
      if ((0, import_yaml.isSeq)(node)) {
        return {
          kind: "array",
          file,
          range: range2,
          items: node.items.map((item) => convert2(item, range2[0], depth + 1))
        };
      }
      if ((0, import_yaml.isScalar)(node)) {
        const v = node.value;
        const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
        return { kind: "scalar", file, range: range2, value };
      }
      return { kind: "scalar", file, range: range2, value: null };
    };
    const root = doc.contents ? convert2(doc.contents, 0, 0) : void 0;
    return { root, problems };
  });
  for (const r of refused) result.push({ problems: [r] });
  return result;
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
      if (p.severity === "warning" && p.message.startsWith("duplicate key"))
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
    abs = path14.resolve(cwd, explicit);
    if (!fs9.existsSync(abs)) throw new UsageError(`config file not found: ${explicit}`);
  } else {
    abs = CONFIG_NAMES.map((n) => path14.join(cwd, n)).find((p) => fs9.existsSync(p));
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
  const file = new SourceFile(`clawlint:presets/${name}.yaml`, stripBom(fs9.readFileSync(abs, "utf8")), abs);
  const docs = parseYaml(file);
  return { value: docs[0]?.root ? toPlain(docs[0].root) : {}, file };
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
      const key2 = dir.replace(/\/+$/, "").replace(/^\.\//, "") || ".";
      defineOwn(out.charts, key2, { values: strings(getOwn(c, "values")), set });
    }
  }
  config.helm = out;
}

// src/policy/regex-safety.ts
var MAX_USER_REGEX_LENGTH = 500;
function unsafeRegexReason(source) {
  if (source.length > MAX_USER_REGEX_LENGTH) return `longer than ${MAX_USER_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return "back-references are not allowed";
  const stack = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
      continue;
    }
    if (c === "(") stack.push(i);
    else if (c === ")") {
      const start = stack.pop();
      if (start === void 0) continue;
      const after = source.slice(i + 1);
      const quantified = after.startsWith("*") || after.startsWith("+") || /^\{\d*,\d*\}/.test(after);
      if (!quantified) continue;
      const body = stripClasses(source.slice(start + 1, i));
      if (/[*+]|\{\d*,/.test(body) || body.includes("|"))
        return "a repeated group contains a quantifier or an alternation (catastrophic backtracking)";
    }
  }
  return void 0;
}
function stripClasses(s) {
  return s.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "x");
}
function schemaPatterns(schema) {
  const out = [];
  const visit = (node, p, depth) => {
    if (depth > 64 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, [...p, i], depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === "pattern" && typeof v === "string") out.push({ path: [...p, k], source: v });
      if (k === "patternProperties" && v && typeof v === "object")
        for (const key2 of Object.keys(v)) out.push({ path: [...p, k, key2], source: key2 });
      if (k !== "enum" && k !== "const") visit(v, [...p, k], depth + 1);
    }
  };
  visit(schema, [], 0);
  return out;
}

// src/policy/custom-policies.ts
var RULE_ID2 = "clawlint.policy_invalid";
var MAX_POLICY_FILES = 200;
async function loadPolicies(cwd, entries, origin) {
  const out = { policies: [], findings: [], sources: [] };
  if (!entries.length) return out;
  const mod = await import("./chunk-243DXLN4.js");
  const Ajv = mod.default.default ?? mod.default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const files = [];
  for (const { pattern, fromPreset, at: at2 } of entries) {
    const loc = at2 ? { file: at2.file, startLine: at2.line, startColumn: at2.column, endLine: at2.line, endColumn: at2.column + 1 } : { file: origin, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const root = fromPreset ? path15.join(packageRoot(), "policies") : cwd;
    const bad = unsafePattern(pattern);
    if (bad) {
      out.findings.push(
        makeFinding(RULE_ID2, "critical", `policies entry ${JSON.stringify(pattern)} refused: ${bad}`, loc)
      );
      continue;
    }
    const matched = expandGlob(root, pattern);
    if (!matched.length && !fromPreset) {
      out.findings.push(makeFinding(RULE_ID2, "warn", `policies entry ${JSON.stringify(pattern)} matches no file`, loc));
    }
    for (const rel of matched) files.push({ abs: path15.join(root, rel), rel: fromPreset ? `clawlint:${rel}` : rel });
  }
  for (const f of files.slice(0, MAX_POLICY_FILES)) {
    const real = safeRealInside(f.abs, f.rel.startsWith("clawlint:") ? packageRoot() : cwd);
    if (!real) {
      out.findings.push(
        makeFinding(RULE_ID2, "critical", "policy file is a symlink leaving the repository; not read", {
          file: f.rel,
          startLine: 1,
          startColumn: 1,
          endLine: 1,
          endColumn: 1
        })
      );
      continue;
    }
    const read = readSourceFile(
      real,
      f.rel,
      256 * 1024,
      f.rel.startsWith("clawlint:") ? safeRealInside(packageRoot(), packageRoot()) : void 0
    );
    if (!read.ok) {
      out.findings.push(
        makeFinding(RULE_ID2, "critical", `policy file: ${read.reason}`, {
          file: f.rel,
          startLine: 1,
          startColumn: 1,
          endLine: 1,
          endColumn: 1
        })
      );
      continue;
    }
    const file = new SourceFile(f.rel, stripBom(read.file.text), real);
    out.sources.push(file);
    const parsed = parseDataFile(file, RULE_ID2, "policy file");
    out.findings.push(...parsed.findings);
    if (!parsed.tree) continue;
    const invalid = await validateOwnSchema("policy-file", parsed.tree, RULE_ID2, "policy file");
    out.findings.push(...invalid);
    if (invalid.length) continue;
    const value = toPlain(parsed.tree);
    const list2 = Array.isArray(getOwn(value, "policies")) ? getOwn(value, "policies") : [value];
    list2.forEach((p, i) => {
      const base = Array.isArray(getOwn(value, "policies")) ? ["policies", i] : [];
      const compiled = compilePolicy(ajv, p, file, parsed.tree, base, out.findings);
      if (compiled) out.policies.push(compiled);
    });
  }
  return out;
}
function compilePolicy(ajv, p, file, tree, base, findings) {
  const loc = (sub) => locatePath(tree, [...base, ...sub], "key");
  const origin = `${file.path}:${loc(["id"]).startLine}`;
  const compile = (key2) => {
    const schema = p[key2];
    if (schema === void 0) return void 0;
    for (const { path: at2, source } of schemaPatterns(schema)) {
      const reason = unsafeRegexReason(source);
      if (reason) {
        findings.push(
          makeFinding(
            RULE_ID2,
            "critical",
            `policy ${String(p.id)}: ${key2} pattern refused: ${reason}`,
            loc([key2, ...at2])
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
          loc([key2, ...ref.path])
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
          `policy ${String(p.id)}: ${key2} is not a valid JSON Schema: ${err.message.split("\n")[0]}`,
          loc([key2])
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
    const real = fs10.realpathSync(abs);
    const rootReal = fs10.realpathSync(root);
    const rel = path15.relative(rootReal, real);
    return rel.startsWith("..") || path15.isAbsolute(rel) ? void 0 : real;
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
  const list2 = useful.length ? useful : issues;
  return list2.filter(
    (i) => !list2.some((o) => o !== i && o.path.length > i.path.length && i.path.every((s, k) => o.path[k] === s))
  );
}

// src/schema/refinements.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var str2 = (v) => typeof v === "string" ? v : void 0;
var nonEmptyArray = (v) => Array.isArray(v) && v.length > 0;
function isLoopbackBind2(gateway) {
  const bind = str2(getOwn(gateway, "bind")) ?? "loopback";
  if (bind === "loopback") return true;
  if (bind === "custom") {
    const host = str2(getOwn(gateway, "customBindHost"))?.trim();
    return host === "127.0.0.1" || host === "::1" || host === "localhost";
  }
  return false;
}
function bindSource3(spec) {
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
  if (isObj(defaults)) scopes.push({ path: ["agents", "defaults", "sandbox"], sandbox: defaults });
  const entries = getOwn(agents, "entries");
  if (isObj(entries)) {
    for (const [id, agent] of Object.entries(entries)) {
      const sb = getOwn(agent, "sandbox");
      if (isObj(sb)) scopes.push({ path: ["agents", "entries", id, "sandbox"], sandbox: sb });
    }
  }
  return scopes;
}
function checkSandbox(scope, sandbox, out) {
  const docker = getOwn(sandbox, "docker");
  if (isObj(docker)) {
    const at2 = [...scope, "docker"];
    const binds = getOwn(docker, "binds");
    if (Array.isArray(binds)) {
      binds.forEach((b, i) => {
        if (typeof b !== "string") return;
        if (!b.trim()) {
          out.push({
            ruleId: "schema.sandbox_bind",
            path: [...at2, "binds", i],
            at: "value",
            message: "Sandbox security: bind mount entry must be a non-empty string."
          });
          return;
        }
        const source = bindSource3(b);
        if (!isAbsoluteHostPath(source)) {
          out.push({
            ruleId: "schema.sandbox_bind",
            path: [...at2, "binds", i],
            at: "value",
            message: `Sandbox security: bind mount uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`
          });
        }
      });
    }
    const network = str2(getOwn(docker, "network"))?.trim().toLowerCase() ?? "";
    if (network === "host") {
      out.push({
        ruleId: "schema.sandbox_network",
        path: [...at2, "network"],
        at: "value",
        message: 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.'
      });
    } else if (network.startsWith("container:") && getOwn(docker, "dangerouslyAllowContainerNamespaceJoin") !== true) {
      out.push({
        ruleId: "schema.sandbox_network",
        path: [...at2, "network"],
        at: "value",
        message: 'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.'
      });
    }
    if (str2(getOwn(docker, "seccompProfile"))?.trim().toLowerCase() === "unconfined") {
      out.push({
        ruleId: "schema.sandbox_seccomp",
        path: [...at2, "seccompProfile"],
        at: "value",
        message: 'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.'
      });
    }
    if (str2(getOwn(docker, "apparmorProfile"))?.trim().toLowerCase() === "unconfined") {
      out.push({
        ruleId: "schema.sandbox_apparmor",
        path: [...at2, "apparmorProfile"],
        at: "value",
        message: 'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.'
      });
    }
  }
  const browser = getOwn(sandbox, "browser");
  if (isObj(browser) && str2(getOwn(browser, "network"))?.trim().toLowerCase() === "host") {
    out.push({
      ruleId: "schema.sandbox_network",
      path: [...scope, "browser", "network"],
      at: "value",
      message: 'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.'
    });
  }
}
function checkToolPolicies(value, path29, out, depth = 0) {
  if (depth > 64 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return value.forEach((v, i) => checkToolPolicies(v, [...path29, i], out, depth + 1));
  const obj = value;
  if (nonEmptyArray(getOwn(obj, "allow")) && nonEmptyArray(getOwn(obj, "alsoAllow"))) {
    out.push({
      ruleId: "schema.tool_policy_conflict",
      path: [...path29, "alsoAllow"],
      at: "key",
      message: "tools policy cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)"
    });
  }
  for (const [k, v] of Object.entries(obj)) checkToolPolicies(v, [...path29, k], out, depth + 1);
}
function checkExecModeConflicts(value, path29, out, depth = 0) {
  if (depth > 64 || !isObj(value)) return;
  const exec = getOwn(getOwn(value, "tools"), "exec");
  if (isObj(exec) && getOwn(exec, "mode") !== void 0 && (getOwn(exec, "security") !== void 0 || getOwn(exec, "ask") !== void 0)) {
    out.push({
      ruleId: "schema.exec_mode_conflict",
      path: [...path29, "tools", "exec", "mode"],
      at: "key",
      message: "mode cannot be combined with security or ask in the same exec object; keep either mode or the legacy security/ask pair"
    });
  }
}
function checkAgentRoster(config, out) {
  const agents = getOwn(config, "agents");
  if (!isObj(agents)) return;
  const entries = getOwn(agents, "entries");
  const list2 = getOwn(agents, "list");
  let roster = [];
  if (isObj(entries))
    roster = Object.entries(entries).map(([k, v]) => ({ key: k, path: ["agents", "entries", k], entry: v }));
  else if (Array.isArray(list2)) {
    roster = list2.map((v, i) => ({ key: String(getOwn(v, "id") ?? i), path: ["agents", "list", i], entry: v }));
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
  if (!isObj(config)) return [];
  const out = [];
  const gateway = getOwn(config, "gateway");
  if (str2(getOwn(getOwn(gateway, "tailscale"), "mode")) === "funnel" && !isLoopbackBind2(isObj(gateway) ? gateway : void 0)) {
    out.push({
      ruleId: "schema.funnel_requires_loopback",
      path: ["gateway", "bind"],
      at: "value",
      message: 'gateway.bind must resolve to loopback when gateway.tailscale.mode=funnel (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")'
    });
  }
  checkAgentRoster(config, out);
  for (const { path: path29, sandbox } of sandboxScopes(config)) checkSandbox(path29, sandbox, out);
  checkToolPolicies(getOwn(config, "tools"), ["tools"], out);
  checkToolPolicies(getOwn(config, "agents"), ["agents"], out);
  checkExecModeConflicts(config, [], out);
  const agentEntries = getOwn(getOwn(config, "agents"), "entries");
  if (isObj(agentEntries))
    for (const [id, a] of Object.entries(agentEntries)) checkExecModeConflicts(a, ["agents", "entries", id], out);
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
    for (const [key2, child2] of Object.entries(children)) {
      if (key2 === "*") {
        const known = new Set(entry.known ?? []);
        for (const k of Object.keys(data)) if (!known.has(k)) await run(child2, data[k], [...segments, k]);
      } else {
        const sub = getOwn(data, key2);
        if (sub !== void 0) await run(child2, sub, [...segments, key2]);
      }
    }
  };
  await run("$root", value, []);
  return errors;
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
    const key2 = issue.path.join("\0");
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push(upgradeNoteFinding(issue, tree, set.manifest.version, newest, driftCtx));
  }
  return out;
}
async function lintConfigFile(file, opts = {}) {
  const parsed = opts.tree ? { ok: true, root: opts.tree, duplicates: [] } : parseJson5(file);
  if (!parsed.ok) return { findings: [parseErrorFinding(file, parsed)], suppressed: [], files: [file], secrets: [] };
  const findings = duplicateKeyFindings(file, parsed.duplicates);
  const included = new IncludeResolver(file, opts.reader ?? readSourceFile).resolve(parsed.root);
  findings.push(...included.findings);
  const tree = included.root;
  const env = mergeEnv(opts.env ?? /* @__PURE__ */ new Map(), configEnvVars(tree));
  substituteTree(tree, env);
  if (opts.reportMissingEnv) findings.push(...missingEnvFindings(tree));
  const value = toPlain(tree);
  const { set, target } = validators(opts, value);
  const issues = toIssues(await validateWithSchema(value, set));
  const driftCtx = driftContext(target);
  for (const issue of issues) {
    findings.push(schemaIssueToFinding(issue, tree, set.manifest.version, driftCtx));
  }
  findings.push(...await upgradeNotes(value, tree, set, issues, driftCtx));
  for (const r of refine(value)) {
    findings.push(
      makeFinding(
        r.ruleId,
        "critical",
        `${r.message}. OpenClaw refuses to start with this config`.replace(".. ", ". "),
        locatePath(tree, r.path, r.at),
        formatPath(r.path)
      )
    );
  }
  const config = value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  const ruled = runRules(tree, config, env, opts);
  findings.push(...ruled.findings);
  if (opts.policies?.length)
    findings.push(...evaluatePolicies(opts.policies, "openclaw", effectiveValue(config, opts.deployment), tree));
  findings.sort(compareFindings);
  const redactor = new Redactor();
  redactor.addEnv(env);
  redactor.addTree(tree);
  const secrets = redactor.list();
  const scrub = (list2) => list2.map((f) => redactor.finding(f));
  return {
    findings: scrub(findings),
    suppressed: scrub(ruled.suppressed.sort(compareFindings)),
    config,
    files: included.files,
    secrets,
    ...target ? { target } : {}
  };
}
function suggestReplacement(tree, path29, value, finding) {
  const r = walk(tree, path29);
  if (r.depth !== path29.length || r.node.kind !== "scalar" || r.node.authored !== void 0) return void 0;
  const { file, range: range2 } = r.node;
  const start = file.positionAt(range2[0]);
  const end = file.positionAt(range2[1]);
  if (file.path !== finding.file || start.line !== end.line || start.line !== finding.startLine || finding.endLine !== finding.startLine)
    return void 0;
  const line2 = file.lineText(start.line);
  return line2.slice(0, start.column - 1) + JSON.stringify(value) + line2.slice(end.column - 1);
}
function effectiveValue(config, deployment) {
  if (!deployment?.bind) return config;
  const gateway = config.gateway !== null && typeof config.gateway === "object" && !Array.isArray(config.gateway) ? config.gateway : {};
  return { ...config, gateway: { ...gateway, bind: deployment.bind } };
}
function makeContext(tree, config, env, deployment) {
  const scalarAt = (p) => {
    const r = walk(tree, p);
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
    has: (p) => walk(tree, p).depth === p.length
  };
}
function runRules(tree, config, env, opts) {
  const ctx = makeContext(tree, config, env, opts.deployment ?? {});
  const reported = [];
  for (const rule of opts.rules ?? RULES.filter((r) => opts.includeOptIn || !r.optIn)) {
    try {
      rule.check(ctx, (r) => {
        const loc = locatePath(tree, r.path, r.at ?? "key");
        const finding = makeFinding(
          r.ruleId ?? rule.id,
          r.severity ?? rule.severity,
          r.message,
          loc,
          formatPath(r.path),
          r.fix
        );
        if (r.replaceWith !== void 0) {
          const suggestion = suggestReplacement(tree, r.path, r.replaceWith, finding);
          if (suggestion !== void 0) finding.suggestion = suggestion;
        }
        reported.push({ finding, title: r.title ?? rule.title, detail: r.detail ?? r.message });
      });
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
  return { findings: out, suppressed: silenced };
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
function json5Comments(text2) {
  const out = [];
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"' || c === "'") {
      for (i++; i < text2.length && text2[i] !== c && text2[i] !== "\n"; i++) if (text2[i] === "\\") i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      const start = i;
      while (i < text2.length && text2[i] !== "\n" && text2[i] !== "\r") i++;
      out.push([start, i]);
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const stop = end < 0 ? text2.length : end + 2;
      out.push([i, stop]);
      i = stop - 1;
    }
  }
  return out;
}
function hashComments(text2) {
  const out = [];
  let lineStart = 0;
  while (lineStart <= text2.length) {
    let end = text2.indexOf("\n", lineStart);
    if (end < 0) end = text2.length;
    let quote;
    for (let i = lineStart; i < end; i++) {
      const c = text2[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = void 0;
      } else if (c === '"' || c === "'") {
        if (i === lineStart || /[\s:[{,=-]/.test(text2[i - 1])) quote = c;
      } else if (c === "#" && (i === lineStart || /\s/.test(text2[i - 1]))) {
        out.push([i, end > i && text2[end - 1] === "\r" ? end - 1 : end]);
        break;
      }
    }
    lineStart = end + 1;
  }
  return out;
}
function commentsFor(path29, text2) {
  return /\.json5?$/i.test(path29) ? json5Comments(text2) : hashComments(text2);
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
      const at2 = locateRange(file, [start + m.index, start + m.index + m[0].length]);
      const report = (ruleId, message) => findings.push(makeFinding(ruleId, "warn", message, at2));
      const body = m[2].replace(/\*\/\s*$/, "");
      const [spec, ...reasonParts] = body.split(" -- ");
      const reason = reasonParts.join(" -- ").trim();
      const untilMatch = /\buntil=(\S+)/.exec(spec);
      const rules = spec.replace(/\buntil=\S+/, "").split(",").map((r) => r.trim()).filter(Boolean);
      const kind = m[1];
      const label2 = `clawlint-disable-${kind}`;
      if (!rules.length) {
        report("suppression.invalid", `${label2} names no rule id; write ${label2} <ruleId> -- <reason>`);
        continue;
      }
      if (!reason) {
        report(
          "suppression.missing_reason",
          `${label2} ${rules.join(", ")} has no reason (add " -- <why this risk is accepted>"); it suppresses nothing`
        );
        continue;
      }
      const until = untilMatch?.[1];
      if (until !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(until)) {
        report("suppression.invalid", `${label2}: until=${until} is not a YYYY-MM-DD date; it suppresses nothing`);
        continue;
      }
      if (isExpired(until, today)) {
        report(
          "suppression.expired",
          `${label2} ${rules.join(", ")} expired on ${until}; the findings it covered are reported again`
        );
        continue;
      }
      const unknown = rules.filter((r) => !isKnownRule(r));
      for (const r of unknown) report("suppression.unknown_rule", `${label2} names unknown rule ${JSON.stringify(r)}`);
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
        at: makeFinding("suppression.unused", "warn", "", at2),
        used: false
      });
    }
  }
  return { directives, findings };
}
function applySuppressions(findings, directives, configSuppressions, today) {
  const kept = [];
  const suppressed = [];
  const problems = [];
  const active = configSuppressions.filter((s) => {
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
  const usedConfig = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const d = directives.find(
      (d2) => d2.file === f.file && (d2.kind === "file" || d2.line === f.startLine) && d2.rules.some((r) => ruleMatches2(r, f.ruleId))
    );
    if (d) {
      d.used = true;
      suppressed.push({
        ...f,
        suppressed: {
          kind: "inline",
          reason: d.reason,
          by: `${d.at.file}:${d.at.startLine}`,
          ...d.until ? { until: d.until } : {}
        }
      });
      continue;
    }
    const c = active.find((s) => ruleMatches2(s.rule, f.ruleId) && (!s.paths?.length || matchesAny(f.file, s.paths)));
    if (c) {
      usedConfig.add(c);
      suppressed.push({
        ...f,
        suppressed: {
          kind: "config",
          reason: c.reason,
          by: `${c.at.file}:${c.at.line}`,
          ...c.until ? { until: c.until } : {}
        }
      });
      continue;
    }
    kept.push(f);
  }
  for (const d of directives) {
    if (!d.used)
      problems.push({
        ...d.at,
        message: `clawlint-disable-${d.kind} ${d.rules.join(", ")} suppresses nothing; remove it`
      });
  }
  for (const s of active) {
    if (!usedConfig.has(s))
      problems.push(
        configProblem(
          s,
          "suppression.unused",
          `suppression of ${s.rule}${s.paths ? ` in ${s.paths.join(", ")}` : ""} matches no finding; remove it`
        )
      );
  }
  return { kept, suppressed, findings: problems };
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
import path27 from "node:path";

// src/deploy/discover.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import path16 from "node:path";
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
  "**/*.fly.toml"
];
function kindByName(rel) {
  const base = path16.posix.basename(rel);
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
  const userMatch = extra.length ? (0, import_picomatch3.default)([...extra], { dot: true }) : void 0;
  const { files, problems } = discover(paths, { cwd: opts.cwd, configGlobs: [...DEFAULT_DEPLOY_GLOBS, ...extra] });
  const deployments = [];
  const configs = [];
  for (const f of files) {
    if (isOpenclawConfigName(f.rel)) {
      configs.push(f);
      continue;
    }
    const kind = kindByName(f.rel) ?? (userMatch?.(f.rel) || f.explicit ? "yaml" : void 0);
    if (kind) deployments.push({ ...f, kind });
  }
  return { deployments, configs, problems };
}

// src/deploy/platforms/common.ts
import path17 from "node:path";
function newWorkload(platform, name, file, loc) {
  return {
    platform,
    name,
    file,
    dir: path17.dirname(file.absPath),
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
function classify(w, extraNames = []) {
  const flags = gatewayFlags(w.args);
  const imageIsOpenclaw = /openclaw/i.test(w.image?.value ?? "");
  w.runsOpenclaw = imageIsOpenclaw || flags.mentionsOpenclaw || flags.gateway !== void 0 && [w.name, ...extraNames].some((n) => /openclaw|clawd/i.test(n));
  w.isGateway = w.runsOpenclaw && (flags.gateway !== void 0 || w.defaultCommand && imageIsOpenclaw);
}
function emptyParsed(file, platform) {
  return { file, platform, workloads: [], embedded: [], literalData: [], findings: [], extraSources: [] };
}

// src/deploy/platforms/compose.ts
import path18 from "node:path";
function readCompose(file, docs, rc) {
  const out = emptyParsed(file, "compose");
  const root = docs[0]?.root;
  const services = asObject(child(root, "services"));
  if (!services) return out;
  const dir = path18.dirname(file.absPath);
  const env = rc.interpolationEnv(dir);
  const interp = (s) => interpolate(s, env).value;
  for (const [name, m] of services.members) {
    const svc = m.value;
    if (svc.kind !== "object") continue;
    const w = newWorkload("compose", name, file, keyLoc(m));
    const image = child(svc, "image");
    const imageText = scalarText(image);
    if (image && imageText !== void 0) w.image = { value: interp(imageText), loc: nodeLoc(image) };
    const entrypoint = child(svc, "entrypoint");
    const command = child(svc, "command");
    w.args = [...argsFromYaml(entrypoint, interp), ...argsFromYaml(command, interp)];
    w.defaultCommand = !entrypoint && !command;
    const build = child(svc, "build");
    const context = scalarText(build) ?? scalarText(child(build, "context"));
    if (build && context !== void 0 && !/^[a-z]+:\/\//i.test(context)) {
      const dockerfile = scalarText(child(build, "dockerfile")) ?? "Dockerfile";
      w.buildDockerfile = path18.resolve(dir, interp(context), interp(dockerfile));
      const at2 = child(build, "dockerfile") ?? build;
      w.buildDockerfileLoc = nodeLoc(at2);
    }
    w.env.push(...environment(child(svc, "environment"), env));
    for (const ef of envFiles(child(svc, "env_file"))) {
      const abs = path18.resolve(dir, interp(ef.path));
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
      if (!allIfaces) continue;
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
    const privileged = child(svc, "privileged");
    if (privileged && isTrue(privileged)) w.privileged = nodeLoc(privileged);
    for (const key2 of ["network_mode", "pid", "ipc", "userns_mode", "uts"]) {
      const n = child(svc, key2);
      if (n && scalarText(n) === "host") {
        w.hostNamespaces.push({
          value: key2 === "network_mode" ? "network_mode: host" : `${key2}: host`,
          loc: nodeLoc(n)
        });
        if (key2 === "network_mode")
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
    classify(w, [scalarText(child(svc, "container_name")) ?? ""]);
    out.workloads.push(w);
  }
  return out;
}
function environment(node, env) {
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
    out.push({
      name,
      kind: r.vars.length ? "interpolated" : "literal",
      value: r.value,
      loc,
      valueLoc,
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
  const list2 = node?.kind === "array" ? node.items : node ? [node] : [];
  return list2.flatMap((n) => {
    const p = scalarText(n) ?? scalarText(child(n, "path"));
    return p ? [{ path: p, node: n }] : [];
  });
}
function range(text2) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text2.trim());
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
  const text2 = interp(raw).replace(/\/(tcp|udp|sctp)$/i, "");
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(text2);
  const parts = v6 ? [v6[1], ...v6[2].split(":")] : text2.split(":");
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
    const text2 = interp(raw);
    const parts = text2.split(":");
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
  if (kind === "bind" && source && !source.startsWith("~") && !path18.isAbsolute(source))
    m.sourceAbs = path18.resolve(dir, source);
  return m;
}

// src/deploy/platforms/dockerfile.ts
function dockerInstructions(text2) {
  const out = [];
  const lines = [];
  let pos = 0;
  for (const raw of text2.split("\n")) {
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
    let args = line2.text.slice(m[0].length);
    let more = /\\\s*$/.test(args);
    while (more && i + 1 < lines.length) {
      i++;
      const next = lines[i];
      if (/^\s*#/.test(next.text)) continue;
      args = args.replace(/\\\s*$/, " ") + next.text;
      end = next.start + next.text.length;
      more = /\\\s*$/.test(next.text);
    }
    args = args.replace(/\\\s*$/, "");
    out.push({ keyword: m[2].toUpperCase(), args: args.trim(), argsStart, end, start });
  }
  return out;
}
function commandArgs(file, ins) {
  const text2 = ins.args;
  if (text2.startsWith("[")) {
    try {
      const list2 = JSON.parse(text2);
      if (Array.isArray(list2) && list2.every((x) => typeof x === "string")) {
        let cursor = ins.argsStart;
        return argsFromList(
          list2.map((s) => {
            const quoted = JSON.stringify(s);
            const at2 = file.text.indexOf(quoted, cursor);
            const range2 = at2 === -1 ? [ins.argsStart, ins.end] : [at2, at2 + quoted.length];
            if (at2 !== -1) cursor = at2 + quoted.length;
            return { text: s, file, range: range2 };
          })
        );
      }
    } catch {
    }
  }
  return argsFromString(text2, file, [ins.argsStart, ins.end]);
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
        const list2 = pairs ? words.map((x) => x.text) : [
          `${words[0]?.text ?? ""}=${words.slice(1).map((x) => x.text).join(" ")}`
        ];
        let cursor = ins.argsStart;
        for (const pair of list2) {
          const eq = pair.indexOf("=");
          const name = eq === -1 ? pair : pair.slice(0, eq);
          if (!name) continue;
          const at2 = file.text.indexOf(name, cursor);
          const keyLoc2 = at2 === -1 ? loc : locateRange(file, [at2, at2 + name.length]);
          if (at2 !== -1) cursor = at2 + name.length;
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
  w.opaqueEnv.push({ value: "the runtime environment of the container (docker run -e, orchestrator)", loc: w.loc });
  w.args = [...entrypoint, ...cmd];
  w.defaultCommand = w.args.length === 0;
  classify(w);
  out.workloads.push(w);
  return out;
}

// src/deploy/platforms/fly.ts
function readFly(file, root) {
  const out = emptyParsed(file, "fly");
  const app = scalarText(child(root, "app")) ?? "app";
  const processes = asObject(child(root, "processes"));
  const list2 = processes?.members.size ? [...processes.members].map(([name, m]) => ({ name, cmd: m.value, loc: keyLoc(m) })) : [{ name: "app", cmd: child(root, "experimental", "cmd"), loc: keyOrNodeLoc(root, "app") }];
  const services = [
    ...items(child(root, "services")),
    ...child(root, "http_service") ? [child(root, "http_service")] : []
  ];
  for (const proc of list2) {
    const w = newWorkload("fly", `${app} process ${proc.name}`, file, proc.loc);
    const image = child(root, "build", "image");
    if (image && scalarText(image)) w.image = { value: scalarText(image), loc: nodeLoc(image) };
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
    classify(w, [app]);
    out.workloads.push(w);
  }
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
      if (template) k8s.pods.push(readPod(file, kind, name, namespace, template));
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
      const keys = [];
      for (const field of ["stringData", "data"]) {
        for (const [k, m] of asObject(child(root, field))?.members ?? []) {
          keys.push(k);
          const v = scalarText(m.value);
          if (v && !looksLikeReference(v) && !placeholderKind(v))
            out.literalData.push({ name: k, loc: keyLoc(m), what: `Secret ${name} ${field}` });
        }
      }
      k8s.secrets.set(name, keys);
    } else if (kind === "ConfigMap") {
      for (const [k, m] of asObject(child(root, "data"))?.members ?? []) {
        if (CONFIG_KEYS.test(k) && m.value.kind === "scalar" && typeof m.value.value === "string") {
          out.embedded.push(embedded(file, name, k, m.value.range, m.value.value, keyLoc(m)));
        } else if (m.value.kind === "scalar") {
          const v = scalarText(m.value);
          if (v && !looksLikeReference(v) && !placeholderKind(v))
            out.literalData.push({ name: k, loc: keyLoc(m), what: `ConfigMap ${name} data` });
        }
      }
    }
  }
  for (const pod of k8s.pods) out.workloads.push(...pod.workloads);
  return out;
}
function embedded(file, configMap, key2, range2, value, loc) {
  const text2 = file.text;
  const first = text2[range2[0]];
  let start = range2[0];
  let end = range2[1];
  if (first === "|" || first === ">") {
    const nl = text2.indexOf("\n", range2[0]);
    start = nl === -1 ? end : nl + 1;
  } else if (first === '"' || first === "'") {
    start++;
    end--;
  }
  const content = text2.slice(start, end);
  const squash = (s) => s.replace(/\s+/g, "");
  const e = { file, configMap, key: key2, loc };
  if (squash(content) === squash(value) && (first === "|" || first === ">" || !/\\|''/.test(content))) {
    let masked = "";
    for (let i = 0; i < text2.length; i++) {
      const c = text2[i];
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
  const containers = [...items(child(spec, "initContainers")), ...items(child(spec, "containers"))];
  for (const c of containers) {
    const cname = scalarText(child(c, "name")) ?? "(unnamed)";
    const nameMember = member(c, "name");
    const w = newWorkload(
      "kubernetes",
      `${kind}/${name} container ${cname}`,
      file,
      nameMember ? nodeLoc(nameMember.value) : nodeLoc(c)
    );
    const image = child(c, "image");
    const imageText = scalarText(image);
    if (image && imageText) w.image = { value: imageText, loc: nodeLoc(image) };
    const command = child(c, "command");
    const args = child(c, "args");
    w.args = [...argsFromYaml(command), ...argsFromYaml(args)];
    w.defaultCommand = !command && !args;
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
        w.env.push({
          name: ename,
          kind: "secret-ref",
          loc,
          origin: `Secret ${scalarText(child(secretRef, "name")) ?? ""}`.trim()
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
    for (const key2 of ["hostPID", "hostIPC"]) {
      const m = member(spec, key2);
      if (m && isTrue(m.value)) w.hostNamespaces.push({ value: `${key2}: true`, loc: keyLoc(m) });
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
    classify(w, [name, cname]);
    pod.workloads.push(w);
  }
  if (pod.workloads.some((w) => w.runsOpenclaw)) for (const w of pod.workloads) w.runsOpenclaw = true;
  return pod;
}
function hardeningGaps(c, sec, podSec, automountLoc) {
  const at2 = sec ? keyOrNodeLoc(c, "securityContext") : keyOrNodeLoc(c, "name");
  const gaps = [];
  const nonRoot = child(sec, "runAsNonRoot") ?? child(podSec, "runAsNonRoot");
  if (!isTrue(nonRoot)) gaps.push({ item: "runAsNonRoot: true", loc: at2 });
  if (!isTrue(child(sec, "readOnlyRootFilesystem"))) gaps.push({ item: "readOnlyRootFilesystem: true", loc: at2 });
  if (!isFalse(child(sec, "allowPrivilegeEscalation"))) gaps.push({ item: "allowPrivilegeEscalation: false", loc: at2 });
  if (!items(child(sec, "capabilities", "drop")).some((d) => scalarText(d)?.toUpperCase() === "ALL"))
    gaps.push({ item: "capabilities.drop: [ALL]", loc: at2 });
  const seccomp = scalarText(child(sec, "seccompProfile", "type")) ?? scalarText(child(podSec, "seccompProfile", "type"));
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
    gaps.push({ item: "seccompProfile.type: RuntimeDefault", loc: at2 });
  gaps.push({ item: "automountServiceAccountToken: false", loc: automountLoc ?? at2 });
  return gaps;
}

// src/deploy/platforms/render.ts
function readRender(file, docs) {
  const out = emptyParsed(file, "render");
  const root = docs[0]?.root;
  for (const svc of items(child(root, "services"))) {
    const name = scalarText(child(svc, "name")) ?? "(unnamed)";
    const type = scalarText(child(svc, "type")) ?? "";
    const w = newWorkload("render", `service ${name}`, file, keyOrNodeLoc(svc, "name"));
    const image = child(svc, "image", "url");
    if (image && scalarText(image)) w.image = { value: scalarText(image), loc: nodeLoc(image) };
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
    classify(w, [name]);
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
    const key2 = scalarText(child(e, "key"));
    if (!key2) {
      const group = scalarText(child(e, "fromGroup"));
      if (group) opaque.push({ value: `env group ${group}`, loc: nodeLoc(e) });
      continue;
    }
    const loc = nodeLoc(child(e, "key"));
    const value = member(e, "value");
    if (value) {
      out.push({
        name: key2,
        kind: "literal",
        value: scalarText(value.value) ?? "",
        loc,
        valueLoc: nodeLoc(value.value),
        origin: "render envVars"
      });
    } else if (isTrue(child(e, "generateValue"))) {
      out.push({ name: key2, kind: "generated", loc, origin: "render generateValue" });
    } else {
      out.push({ name: key2, kind: "secret-ref", loc, origin: "render dashboard / service reference" });
    }
  }
  return out;
}

// src/deploy/platforms/systemd.ts
import path19 from "node:path";
function unitEntries(text2) {
  const out = [];
  let section = "";
  const re = /[^\n]*(?:\n|$)/g;
  let m;
  let pending;
  while ((m = re.exec(text2)) !== null && m[0] !== "") {
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
  const serviceHeader = file.text.search(/^\s*\[Service\]/m);
  if (serviceHeader !== -1)
    w.loc = locateRange(file, [
      serviceHeader,
      serviceHeader + "[Service]".length + (file.text.slice(serviceHeader).match(/^\s*/)?.[0].length ?? 0)
    ]);
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
        const at2 = file.text.indexOf(name, cursor);
        const loc = at2 === -1 ? keyLoc2 : locateRange(file, [at2, at2 + name.length]);
        if (at2 !== -1) cursor = at2 + name.length;
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
    let current = root;
    for (; ; ) {
      this.skipWsCommentsNewlines();
      if (this.i >= this.text.length) break;
      const c = this.text[this.i];
      if (c === "[") {
        current = this.header(root);
      } else {
        this.keyValue(current);
      }
      this.endOfLine();
    }
    return root;
  }
  obj(start, end) {
    return { kind: "object", file: this.file, range: [start, end], members: /* @__PURE__ */ new Map() };
  }
  fail(message, at2 = this.i) {
    throw new TomlError(message, Math.min(at2, this.text.length));
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
        else this.fail(`"${k.name}" is already defined and is not an array of tables`, k.range[0]);
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
        if (lastItem?.kind !== "object") this.fail(`"${k.name}" is not a table`, k.range[0]);
        table = lastItem;
        return;
      }
      if (v.kind !== "object" || this.closed.has(v)) this.fail(`"${k.name}" is already defined as a value`, k.range[0]);
      if (last) {
        if (this.defined.has(v)) this.fail(`table "${keys.map((x) => x.name).join(".")}" is defined twice`, k.range[0]);
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
        if (existing) this.fail(`duplicate key "${k.name}"`, k.range[0]);
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
        this.fail(`"${k.name}" is already defined`, k.range[0]);
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
    if (/_(?!\d)|(?<!\d)_/.test(tok)) this.fail(`invalid number "${tok}"`, start);
    if (/^[-+]?(?:0|[1-9]\d*)$/.test(num)) return this.scalar(start, Number(num));
    if (/^0x[0-9a-f]+$|^0o[0-7]+$|^0b[01]+$/i.test(num)) return this.scalar(start, Number(num));
    if (/^[-+]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(num)) return this.scalar(start, Number(num));
    this.fail(`invalid value "${tok}"`, start);
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

// src/deploy/render/index.ts
import fs16 from "node:fs";
import path26 from "node:path";
var import_yaml6 = __toESM(require_dist(), 1);

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
var import_yaml3 = __toESM(require_dist(), 1);
import fs13 from "node:fs";
import path23 from "node:path";

// src/deploy/render/sandbox.ts
import { spawn } from "node:child_process";
import fs11 from "node:fs";
import os from "node:os";
import path21 from "node:path";
var DEFAULT_LIMITS = {
  timeoutMs: 3e4,
  maxOutputBytes: 16 * 1024 * 1024,
  maxMemoryBytes: 4 * 1024 * 1024 * 1024
};
var NO_PROXY_PORT = "http://127.0.0.1:9";
function which(name, pathVar) {
  for (const dir of (pathVar ?? "").split(path21.delimiter)) {
    if (!dir || !path21.isAbsolute(dir)) continue;
    const candidate = path21.join(dir, name);
    try {
      const st = fs11.statSync(candidate);
      if (st.isFile() && st.mode & 73) return candidate;
    } catch {
    }
  }
  return void 0;
}
async function runSandboxed(bin, args, opts) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const home = fs11.mkdtempSync(path21.join(os.tmpdir(), "clawlint-render-"));
  try {
    for (const d of ["cache", "config", "data"]) fs11.mkdirSync(path21.join(home, d));
    const env = {
      PATH: "/usr/bin:/bin",
      HOME: home,
      XDG_CACHE_HOME: path21.join(home, "cache"),
      XDG_CONFIG_HOME: path21.join(home, "config"),
      XDG_DATA_HOME: path21.join(home, "data"),
      HELM_CACHE_HOME: path21.join(home, "cache"),
      HELM_CONFIG_HOME: path21.join(home, "config"),
      HELM_DATA_HOME: path21.join(home, "data"),
      HELM_REPOSITORY_CONFIG: path21.join(home, "config", "repositories.yaml"),
      HELM_REGISTRY_CONFIG: path21.join(home, "config", "registry.json"),
      HELM_PLUGINS: path21.join(home, "data", "plugins"),
      KUBECONFIG: path21.join(home, "config", "kubeconfig"),
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
          kill(`rendered more than ${Math.round(limits.maxOutputBytes / 1024 / 1024)} MB`);
          return;
        }
        into.push(chunk);
      };
      child2.stdout.on("data", collect(out));
      child2.stderr.on("data", collect(err));
      child2.on("error", (e) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: `could not start ${path21.basename(bin)}: ${e.message}`, stderr: "" });
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
    fs11.rmSync(home, { recursive: true, force: true });
  }
}

// src/deploy/render/stage.ts
import fs12 from "node:fs";
import os2 from "node:os";
import path22 from "node:path";
var MAX_STAGED_FILES = 5e3;
var MAX_STAGED_BYTES = 64 * 1024 * 1024;
function stageDirectory(src, name) {
  const root = fs12.mkdtempSync(path22.join(os2.tmpdir(), "clawlint-chart-"));
  const dest = path22.join(root, name);
  const cleanup = () => fs12.rmSync(root, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const copy = (from, to) => {
    fs12.mkdirSync(to, { recursive: true });
    for (const e of fs12.readdirSync(from, { withFileTypes: true })) {
      if (e.name === ".git") continue;
      const a = path22.join(from, e.name);
      const b = path22.join(to, e.name);
      if (e.isDirectory()) {
        const r = copy(a, b);
        if (r) return r;
      } else if (e.isFile()) {
        const size = fs12.statSync(a).size;
        files++;
        bytes += size;
        if (files > MAX_STAGED_FILES) return `more than ${MAX_STAGED_FILES} files`;
        if (bytes > MAX_STAGED_BYTES) return `more than ${MAX_STAGED_BYTES / 1024 / 1024} MB of files`;
        fs12.copyFileSync(a, b);
      }
    }
    return void 0;
  };
  try {
    const problem = copy(src, dest);
    if (problem) {
      cleanup();
      return { ok: false, reason: `the chart has ${problem}` };
    }
    return { ok: true, dir: dest, cleanup };
  } catch (err) {
    cleanup();
    return { ok: false, reason: `cannot copy the chart: ${err.message}` };
  }
}

// src/deploy/render/helm.ts
var RELEASE_NAME = "clawlint";
var RELEASE_NAMESPACE = "default";
function readChartMeta(chartDir) {
  let doc;
  try {
    doc = (0, import_yaml3.parse)(fs13.readFileSync(path23.join(chartDir, "Chart.yaml"), "utf8"), { maxAliasCount: 50 });
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
    for (const e of fs13.readdirSync(path23.join(chartDir, "charts"), { withFileTypes: true })) {
      if (e.isDirectory() && fs13.existsSync(path23.join(chartDir, "charts", e.name, "Chart.yaml"))) present.add(e.name);
      else if (e.isFile() && e.name.endsWith(".tgz")) present.add(e.name.replace(/-\d[^/]*\.tgz$/, ""));
    }
  } catch {
  }
  const missing = [];
  if (Array.isArray(deps))
    for (const d of deps) {
      const dep = getOwn(d, "name");
      if (typeof dep === "string" && !present.has(dep)) missing.push(dep);
    }
  return { name, missing };
}
function missingDeps(names2) {
  return `chart dependencies missing from charts/: ${names2.join(", ")} (run \`helm dependency build\` and commit or restore charts/; clawlint never downloads them)`;
}
async function renderChart(chartDir, opts) {
  const meta = readChartMeta(chartDir);
  if ("error" in meta) return { ok: false, status: "render_error", reason: meta.error };
  if (meta.missing.length) return { ok: false, status: "not_rendered", reason: missingDeps(meta.missing) };
  const staged = stageDirectory(chartDir, meta.name);
  if (!staged.ok) return { ok: false, status: "render_error", reason: staged.reason };
  try {
    const args = ["template", RELEASE_NAME, staged.dir, "--namespace", RELEASE_NAMESPACE];
    for (const v of opts.valuesFiles) {
      const rel = path23.relative(chartDir, v);
      args.push("--values", rel.startsWith("..") || path23.isAbsolute(rel) ? v : path23.join(staged.dir, rel));
    }
    for (const [k, v] of Object.entries(opts.set)) args.push("--set-string", `${k}=${v}`);
    const r = await runSandboxed(opts.helm, args, { cwd: staged.dir, ...opts.limits ? { limits: opts.limits } : {} });
    if (!r.ok)
      return { ok: false, status: "render_error", reason: helmReason(r.reason, r.stderr, staged.dir, chartDir) };
    return { ok: true, text: r.stdout, docs: splitSources(r.stdout), chartName: meta.name };
  } finally {
    staged.cleanup();
  }
}
function helmReason(reason, stderr, staged, chartDir) {
  const line2 = stderr.split("\n").map((l) => l.trim()).find((l) => /^Error:|error/i.test(l));
  const detail = line2 ? `: ${line2.replace(/^Error:\s*/, "").split(staged).join(path23.basename(chartDir))}` : "";
  return `helm template ${reason}${detail.length > 400 ? `${detail.slice(0, 400)}\u2026` : detail}`;
}
function splitSources(text2) {
  const lines = text2.split("\n");
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

// src/deploy/render/helm-map.ts
import fs14 from "node:fs";
import path24 from "node:path";
function readValues(abs, rel) {
  let text2;
  try {
    if (fs14.statSync(abs).size > 2 * 1024 * 1024) return void 0;
    text2 = fs14.readFileSync(abs, "utf8");
  } catch {
    return void 0;
  }
  const file = new SourceFile(rel, text2, abs);
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
var VALUES_REF = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/g;
function valuesRefs(line2) {
  return [...line2.matchAll(VALUES_REF)].map((m) => m[1].slice(1).split("."));
}
function lineLoc(file, line2) {
  const text2 = file.lineText(line2);
  const start = text2.length - text2.trimStart().length + 1;
  return {
    file: file.path,
    startLine: line2,
    startColumn: start,
    endLine: line2,
    endColumn: Math.max(start, text2.length + 1)
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
      const abs = path24.join(this.chartDir, rel);
      try {
        f = new SourceFile(path24.posix.join(this.chartRel, rel), fs14.readFileSync(abs, "utf8"), abs);
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
      let p = 0;
      let last = -1;
      let block;
      for (let i = 0; i < d.lines; i++) {
        const r = lines[d.startLine + i];
        if (!r.trim() || r.trim().startsWith("#")) continue;
        const key2 = keyOf(r);
        const t = this.match(tLines, tKeys, r, key2, p, !!block);
        let target;
        let refs;
        let valuePath = [];
        if (t >= 0) {
          block = void 0;
          target = t;
          p = t + 1;
          last = t;
          refs = valuesRefs(tLines[t])[0] ?? this.guard(tLines, t);
        } else {
          if (!block) {
            let j = last + 1;
            while (j < tLines.length && (!tLines[j].includes("{{") || CONTROL.test(tLines[j]))) j++;
            block = { injector: j < tLines.length ? j : Math.max(last, 0), stack: [] };
            p = Math.max(p, block.injector + 1);
          }
          target = block.injector;
          refs = valuesRefs(tLines[target] ?? "")[0] ?? this.enclosingRange(tLines, target);
          const indent = r.length - r.trimStart().length;
          while (block.stack.length && block.stack[block.stack.length - 1].indent >= indent) block.stack.pop();
          valuePath = block.stack.map((s) => s.key);
          if (key2 !== void 0) {
            block.stack.push({ indent, key: key2 });
            valuePath = [...valuePath, key2];
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
  match(tLines, tKeys, r, key2, from, inBlock) {
    const indent = r.length - r.trimStart().length;
    const text2 = r.trim();
    const ind = (j) => tLines[j].length - tLines[j].trimStart().length;
    const literal = (j) => !tLines[j].includes("{{") && tLines[j].trim() === text2 && ind(j) === indent;
    const keyed = (j, exact) => key2 !== void 0 && tKeys[j] === key2 && (!exact || ind(j) === indent);
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
  /** The `.Values` reference of the `{{ if }}` that encloses template line `at`. */
  guard(tLines, at2) {
    let depth = 0;
    for (let j = at2 - 1; j >= 0; j--) {
      const l = tLines[j];
      if (/\{\{-?\s*end\b/.test(l)) depth++;
      else if (/\{\{-?\s*(?:if|range|with)\b/.test(l)) {
        if (depth === 0) return /\{\{-?\s*if\b/.test(l) ? valuesRefs(l)[0] ?? [] : [];
        depth--;
      }
    }
    return [];
  }
  /** `- {{ . }}` inside `{{- range .Values.args }}`: the range's reference. */
  enclosingRange(tLines, at2) {
    for (let j = at2 - 1; j >= 0 && j >= at2 - 6; j--) {
      if (/\{\{-?\s*(?:range|with)\b/.test(tLines[j])) return valuesRefs(tLines[j])[0] ?? [];
    }
    return [];
  }
};

// src/deploy/render/kustomize.ts
import fs15 from "node:fs";
import path25 from "node:path";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function str3(n) {
  return n?.kind === "scalar" && typeof n.value === "string" ? n.value : void 0;
}
function get(n, k) {
  return n?.kind === "object" ? n.members.get(k)?.value : void 0;
}
function list(n) {
  return n?.kind === "array" ? n.items : [];
}
function lineLoc2(file, offset) {
  const line2 = file.positionAt(offset).line;
  const text2 = file.lineText(line2);
  const start = text2.length - text2.trimStart().length + 1;
  return {
    file: file.path,
    startLine: line2,
    startColumn: start,
    endLine: line2,
    endColumn: Math.max(start, text2.length + 1)
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
      const st = fs15.statSync(abs);
      if (st.size > 2 * 1024 * 1024) throw new Error(`${this.rel(abs)} is larger than 2 MiB`);
      f = new SourceFile(this.rel(abs), fs15.readFileSync(abs, "utf8"), abs);
      this.files.set(abs, f);
    }
    return f;
  }
  rel(abs) {
    return path25.relative(this.cwd, abs).split(path25.sep).join("/");
  }
  /** A path a kustomization names, checked to stay inside the scanned tree. */
  resolve(dir, p) {
    if (/^[a-z][a-z0-9+.-]*:\/\/|^(?:github\.com|gitlab\.com|bitbucket\.org)\/|^git@|\?ref=/i.test(p))
      throw new Error(`remote resource ${p} is never fetched`);
    const abs = path25.resolve(dir, p);
    let real;
    try {
      real = fs15.realpathSync(abs);
    } catch {
      throw new Error(`${this.rel(abs)} does not exist`);
    }
    const r = path25.relative(this.root, real);
    if (r.startsWith("..") || path25.isAbsolute(r)) throw new Error(`${p} is outside the scanned tree`);
    return real;
  }
  docsOf(file) {
    return parseYaml(file).flatMap((d) => {
      if (!d.root || d.problems.some((x) => x.severity === "error")) return [];
      const kind = str3(get(d.root, "kind"));
      const name = str3(get(get(d.root, "metadata"), "name"));
      return [{ file, root: d.root, ...kind ? { kind } : {}, ...name ? { name } : {} }];
    });
  }
  kustomization(dir, depth = 0) {
    if (depth > 20) throw new Error("kustomizations nest more than 20 levels deep");
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    const name = KUSTOMIZATION_NAMES.find((n) => fs15.existsSync(path25.join(dir, n)));
    if (!name) throw new Error(`${this.rel(dir)} has no kustomization file`);
    const kfile = this.read(this.resolve(dir, name));
    const k = this.docsOf(kfile)[0]?.root;
    if (!k) throw new Error(`${kfile.path} does not parse`);
    for (const key2 of ["resources", "bases", "components"]) {
      for (const item of list(get(k, key2))) {
        const p = str3(item);
        if (!p) continue;
        const abs = this.resolve(dir, p);
        if (fs15.statSync(abs).isDirectory()) this.kustomization(abs, depth + 1);
        else this.docs.push(...this.docsOf(this.read(abs)));
      }
    }
    for (const item of list(get(k, "patchesStrategicMerge"))) {
      const p = str3(item);
      if (p && !p.includes("\n")) this.patches.push(...this.docsOf(this.read(this.resolve(dir, p))));
    }
    for (const key2 of ["patches", "patchesJson6902"]) {
      for (const item of list(get(k, key2))) {
        const target = get(item, "target");
        const tk = str3(get(target, "kind"));
        const tn = str3(get(target, "name"));
        const p = str3(get(item, "path"));
        const inline = get(item, "patch");
        let file;
        if (p) file = this.read(this.resolve(dir, p));
        else if (inline?.kind === "scalar" && typeof inline.value === "string") {
          const [from, to] = inline.range;
          const nl = kfile.text.indexOf("\n", from);
          const offset = nl + 1;
          const text2 = kfile.text.slice(0, offset).replace(/[^\n]/g, " ") + kfile.text.slice(offset, to);
          file = new SourceFile(kfile.path, text2, kfile.absPath);
        }
        if (!file) continue;
        for (const d of this.docsOf(file)) {
          if (d.root.kind === "array") {
            for (const op of d.root.items) {
              const opPath = str3(get(op, "path"));
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
    for (const gen of list(get(k, "configMapGenerator"))) {
      const gname = str3(get(gen, "name"));
      if (!gname) continue;
      for (const f of list(get(gen, "files"))) {
        const spec = str3(f);
        if (!spec) continue;
        const [key2, p] = spec.includes("=") ? spec.split("=", 2) : [path25.posix.basename(spec), spec];
        this.generated.push({ name: gname, key: key2, file: this.read(this.resolve(dir, p)) });
      }
      for (const f of list(get(gen, "envs"))) {
        const p = str3(f);
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
      const item = node.items.find((i) => str3(get(i, "name")) === s.name);
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
        const name = str3(get(item, "name"));
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
  const inputs = new Inputs(fs15.realpathSync(opts.root), cwd);
  try {
    inputs.kustomization(fs15.realpathSync(t.dir));
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
      reason: `${path25.basename(opts.tool.bin)} ${opts.tool.args[0]} ${r.reason}${line2 ? `: ${line2.trim().slice(0, 300)}` : ""}`
    };
  }
  const file = new SourceFile("(rendered)", r.stdout);
  const lines = r.stdout.split("\n").length;
  const map = new Array(lines);
  for (const d of parseYaml(file)) {
    if (!d.root) continue;
    const kind = str3(get(d.root, "kind"));
    const name = str3(get(get(d.root, "metadata"), "name"));
    const base = inputs.docs.find((x) => sameObject(x, kind, name));
    const patches = inputs.patches.filter((x) => sameObject(x, kind, name));
    const ops = inputs.ops.filter((o) => sameObject({ kind: o.kind, name: o.name }, kind, name));
    const gen = kind === "ConfigMap" ? inputs.generated.filter((g) => !!name && name.includes(g.name)) : [];
    const paths = linePaths(file, d.root);
    const [first, last] = [file.positionAt(d.root.range[0]).line, file.positionAt(d.root.range[1]).line];
    let current;
    for (let line2 = first; line2 <= last; line2++) {
      const p = paths.get(line2);
      if (p) current = { ...p, line: line2 };
      if (!current) continue;
      const baseHit = base ? walkSegs(base.root, current.named) : void 0;
      const baseLoc = baseHit && base ? lineLoc2(base.file, baseHit.keyOffset ?? baseHit.node.range[0]) : void 0;
      let target;
      const op = ops.find(
        (o) => o.path.length <= current.indexed.length && o.path.every((s, i) => s === current.indexed[i])
      );
      const patch = patches.map((x) => ({ x, hit: walkSegs(x.root, current.named) })).find((x) => x.hit);
      if (op) target = { loc: op.loc };
      else if (patch?.hit) target = { loc: lineLoc2(patch.x.file, patch.hit.keyOffset ?? patch.hit.node.range[0]) };
      if (target && baseLoc) target.related = [{ ...baseLoc, message: "base resource" }];
      const inner = line2 - current.line;
      if (!target && inner > 0 && current.node.kind === "scalar") {
        const key2 = current.named[current.named.length - 1];
        const g = gen.find((x) => x.key === key2 && current.named[0] === "data");
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
function valuesConfigs(values) {
  const out = [];
  const visit = (node, at2, depth) => {
    if (node.kind !== "object" || depth > 3) return;
    for (const [k, m] of node.members) {
      const p = [...at2, k];
      if (CONFIG_KEYS2.test(k) && looksLikeConfig(m.value)) {
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
  const text2 = file.text;
  if (text2[from] !== "|" && text2[from] !== ">") return void 0;
  const nl = text2.indexOf("\n", from);
  if (nl < 0) return void 0;
  const start = nl + 1;
  if (!/^\s*[{/]/.test(text2.slice(start, to))) return void 0;
  let masked = "";
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
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
  const visit = (node, at2, depth) => {
    if (node.kind !== "object" || depth > 4) return;
    for (const [k, m] of node.members) {
      const p = [...at2, k].join(".");
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
      visit(m.value, [...at2, k], depth + 1);
    }
  };
  if (values.root) visit(values.root, [], 0);
  return out;
}

// src/deploy/render/index.ts
var RELATED = /openclaw|clawdbot|moltbot/i;
function mentionsOpenclaw(dir, depth = 0) {
  if (depth > 4) return false;
  let entries;
  try {
    entries = fs16.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    const abs = path26.join(dir, e.name);
    if (e.isDirectory() && e.name !== ".git" && e.name !== "node_modules") {
      if (mentionsOpenclaw(abs, depth + 1)) return true;
    } else if (e.isFile() && /\.(?:ya?ml|tpl|json5?|txt)$|^Kustomization$/.test(e.name)) {
      try {
        if (fs16.statSync(abs).size < 1024 * 1024 && RELATED.test(fs16.readFileSync(abs, "utf8"))) return true;
      } catch {
      }
    }
  }
  return false;
}
function fileLoc(rel) {
  return { file: rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
function inside2(root, p) {
  try {
    const real = fs16.realpathSync(p);
    const rel = path26.relative(fs16.realpathSync(root), real);
    return rel.startsWith("..") || path26.isAbsolute(rel) ? void 0 : real;
  } catch {
    return void 0;
  }
}
async function renderDeployments(opts) {
  const pathVar = opts.pathVar ?? process.env.PATH;
  const renderOn = opts.settings?.render !== false;
  const helm = renderOn ? which("helm", pathVar) : void 0;
  const kubectl = renderOn ? which("kubectl", pathVar) : void 0;
  const kustomize = renderOn ? which("kustomize", pathVar) : void 0;
  const limits = {
    ...opts.settings?.timeoutSeconds ? { timeoutMs: opts.settings.timeoutSeconds * 1e3 } : {},
    ...opts.limits
  };
  const result = {
    deployments: [],
    findings: [],
    sources: [],
    valuesConfigs: [],
    covered: /* @__PURE__ */ new Set(),
    remap: (f) => f,
    generatorConfig: () => void 0
  };
  const maps = /* @__PURE__ */ new Map();
  const fallback = /* @__PURE__ */ new Map();
  const targets = discoverRenderTargets(opts.paths, opts.cwd).filter(
    (t) => t.kind === "helm" ? mentionsOpenclaw(t.dir) : kustomizationRelated(t.dir, opts.cwd)
  );
  for (const t of targets) {
    try {
      result.sources.push(new SourceFile(t.fileRel, fs16.readFileSync(t.file, "utf8"), t.file));
    } catch {
    }
    if (t.kind === "helm") {
      const chartSettings = opts.settings?.charts[t.dirRel] ?? { values: [], set: {} };
      const values = [];
      const own = readValues(path26.join(t.dir, "values.yaml"), path26.posix.join(t.dirRel, "values.yaml"));
      if (own) values.push(own);
      const extra = [];
      let problem;
      for (const v of chartSettings.values) {
        const abs = inside2(opts.cwd, path26.resolve(t.dir, v));
        const rel = path26.posix.join(t.dirRel, v);
        const read = abs ? readValues(abs, path26.relative(opts.cwd, abs).split(path26.sep).join("/")) : void 0;
        if (!abs || !read) {
          problem = `values file ${rel} from the clawlint config is missing or outside the scanned tree`;
          continue;
        }
        values.push(read);
        extra.push(abs);
      }
      const statically = () => {
        for (const v of values) {
          result.sources.push(v.file);
          result.findings.push(...valuesSecurityFindings(v));
          for (const c of valuesConfigs(v)) result.valuesConfigs.push({ ...c, chart: t.dirRel });
        }
      };
      if (problem) {
        result.findings.push(
          makeFinding(
            "deploy.render_error",
            "warn",
            `Helm chart ${t.dirRel} not rendered: ${problem}.`,
            fileLoc(t.fileRel)
          )
        );
        statically();
        continue;
      }
      const meta = readChartMeta(t.dir);
      if ("error" in meta || meta.missing.length) {
        result.findings.push(
          "error" in meta ? makeFinding(
            "deploy.render_error",
            "warn",
            `Helm chart ${t.dirRel} cannot be rendered: ${meta.error}. Only values files were checked.`,
            fileLoc(t.fileRel)
          ) : notRendered(t, missingDeps(meta.missing))
        );
        statically();
        continue;
      }
      if (!helm) {
        result.findings.push(
          notRendered(t, renderOn ? "helm is not on PATH" : "rendering is off (helm.render: false)")
        );
        statically();
        continue;
      }
      const r = await renderChart(t.dir, { helm, valuesFiles: extra, set: chartSettings.set, limits });
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
        statically();
        continue;
      }
      const virtual = virtualFile(t, r.text, "helm template");
      const mapper = new HelmLineMapper(t.dir, t.dirRel, values);
      maps.set(virtual.path, mapper.map(r.text, r.docs));
      fallback.set(virtual.path, fileLoc(t.fileRel));
      result.sources.push(...mapper.sources.values());
      const parsed = readRendered(virtual);
      if (parsed) result.deployments.push({ target: t, parsed });
    } else {
      const tool = kubectl ? { bin: kubectl, args: ["kustomize"] } : kustomize ? { bin: kustomize, args: ["build"] } : void 0;
      if (!tool) {
        if (!renderOn || plainKustomization(t.file)) continue;
        result.findings.push(
          notRendered(
            t,
            renderOn ? "neither kubectl nor kustomize is on PATH" : "rendering is off (helm.render: false)"
          )
        );
        continue;
      }
      const r = await renderKustomization(t, { root: opts.cwd, tool, limits });
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
        continue;
      }
      for (const f of r.inputs) result.covered.add(f);
      const virtual = virtualFile(t, r.text, "kustomize build");
      maps.set(virtual.path, r.map);
      fallback.set(virtual.path, fileLoc(t.fileRel));
      result.sources.push(...r.sources);
      const parsed = readRendered(virtual);
      if (parsed) result.deployments.push({ target: t, parsed });
    }
  }
  const move = (l) => {
    const map = maps.get(l.file);
    if (!map) return void 0;
    const t = map[l.startLine - 1];
    return t ?? { loc: fallback.get(l.file) };
  };
  result.remap = (f) => {
    const related = (f.related ?? []).map((r) => {
      const m2 = move(r);
      return m2 ? { ...m2.loc, ...r.message ? { message: r.message } : {} } : r;
    });
    const m = move(f);
    const pick = (l) => ({
      file: l.file,
      startLine: l.startLine,
      startColumn: l.startColumn,
      endLine: l.endLine,
      endColumn: l.endColumn
    });
    const all = [...m?.related ?? [], ...related];
    const out = { ...f, ...m ? pick(m.loc) : {} };
    delete out.suggestion;
    if (all.length) out.related = all;
    else delete out.related;
    return m || f.related?.length ? out : f;
  };
  result.generatorConfig = (masked) => {
    const map = maps.get(masked.path);
    const first = masked.text.search(/\S/);
    const lastChar = masked.text.trimEnd().length - 1;
    if (!map || first < 0) return void 0;
    const [from, to] = [masked.positionAt(first).line, masked.positionAt(lastChar).line];
    const a = map[from - 1];
    const b = map[to - 1];
    const src = a && result.sources.find((x) => x.path === a.loc.file);
    if (!a || !b || !src?.absPath || b.loc.file !== a.loc.file || b.loc.startLine - a.loc.startLine !== to - from)
      return void 0;
    if (isOpenclawConfigName(src.path) && a.loc.startLine === 1) return { abs: src.absPath, rel: src.path };
    if (a.related) return void 0;
    const keep = (line2) => line2 >= a.loc.startLine && line2 <= b.loc.startLine;
    const text2 = src.text.split(/(?<=\n)/).map((l, i) => keep(i + 1) ? l : l.replace(/[^\r\n]/g, " ")).join("");
    return { abs: src.absPath, rel: src.path, source: new SourceFile(src.path, text2, src.absPath) };
  };
  return result;
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
    doc = (0, import_yaml6.parse)(fs16.readFileSync(file, "utf8"), { maxAliasCount: 50 });
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
    (n) => fs16.existsSync(path26.join(dir, n))
  );
  if (!name) return false;
  let doc;
  try {
    doc = (0, import_yaml6.parse)(fs16.readFileSync(path26.join(dir, name), "utf8"), { maxAliasCount: 50 });
  } catch {
    return false;
  }
  for (const key2 of ["resources", "bases", "components"]) {
    const items2 = getOwn(doc, key2);
    if (!Array.isArray(items2)) continue;
    for (const item of items2) {
      if (typeof item !== "string" || item.includes("://")) continue;
      const abs = inside2(root, path26.resolve(dir, item));
      if (abs && fs16.statSync(abs).isDirectory() && kustomizationRelated(abs, root, depth + 1, seen)) return true;
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
function virtualFile(t, text2, how) {
  return new SourceFile(`${t.dirRel} (${how})`, text2, path26.join(t.dir, `.clawlint-${how.split(" ")[0]}-rendered.yaml`));
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
  const parsed = [];
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
  for (const d of disc.deployments) {
    if (rendered.covered.has(d.abs)) continue;
    const read = readSourceFile(d.abs, d.rel, MAX_DEPLOYMENT_BYTES);
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
    const p = readFile(file, d.kind, rc);
    if (!p) continue;
    parsed.push(p);
  }
  linkKubernetes(parsed);
  for (const r of rendered.deployments) {
    linkKubernetes([r.parsed]);
    parsed.push(r.parsed);
  }
  applyBuildDockerfiles(parsed, rc);
  findings.push(...rc.refusals);
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
  const workloads = related.flatMap((p) => p.workloads);
  const embedded2 = related.flatMap((p) => p.embedded);
  const pods = related.flatMap((p) => p.k8s?.pods ?? []);
  const podOf = (w) => pods.find((pod) => pod.workloads.includes(w))?.workloads ?? [w];
  const runs = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    if (!w.isGateway || !w.runsOpenclaw) continue;
    runs.set(w, resolveRun(w, { rc, configs: disc.configs.map((c) => c.abs), embedded: embedded2, podOf, userEnv: opts.env }));
  }
  for (const r of runs.values()) if (r.config && !r.config.embedded) sources.set(r.config.rel, r.config.source);
  const ctx = { files: related, workloads, runs: [...runs.values()], run: (w) => runs.get(w) };
  for (const rule of opts.rules ?? DEPLOY_RULES) {
    try {
      rule.check(ctx, (r) => {
        const f = makeFinding(rule.id, r.severity ?? rule.severity, r.message, r.loc, "", r.fix);
        if (r.related?.length) f.related = r.related;
        findings.push(f);
      });
    } catch (err) {
      findings.push(
        makeFinding("internal.rule_error", "warn", `Rule ${rule.id} failed: ${err.message}`, {
          file: related[0]?.file.path ?? ".",
          startLine: 1,
          startColumn: 1,
          endLine: 1,
          endColumn: 1
        })
      );
    }
  }
  const remap = rendered.remap;
  const moveLoc = (l) => {
    const m = remap({ ...l, ruleId: "", severity: "info", message: "", path: "" });
    const { file, startLine, startColumn, endLine, endColumn } = m;
    return { file, startLine, startColumn, endLine, endColumn, ...l.message ? { message: l.message } : {} };
  };
  const converted = /* @__PURE__ */ new Set();
  const runsOut = configRuns([...runs.values()], embedded2, opts.env).map((r) => {
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
  for (const v of rendered.valuesConfigs)
    runsOut.push({
      configAbs: v.file.absPath,
      configRel: v.file.path,
      deployment: {},
      env: new Map(opts.env),
      assumed: [],
      origin: `Helm chart ${v.chart} values ${v.path} (not rendered)`,
      ...v.masked ? { source: v.masked } : { source: v.file, tree: v.tree }
    });
  return {
    findings: dedupeFindings(findings.map(remap)).sort(compareFindings),
    sources: [...sources.values()],
    configRuns: runsOut,
    documents: related.flatMap((p) => p.documents ?? []),
    remap
  };
}
function readFile(file, kind, rc) {
  switch (kind) {
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
    (d) => d.problems.filter((p) => p.severity === "warning" && p.message.startsWith("duplicate key")).map(
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
  const obj = asObject(root);
  const services = asObject(child(obj, "services"));
  if (!obj || !services || services.members.size === 0) return false;
  if (![...obj.members.keys()].every((k) => COMPOSE_TOP.has(k) || k.startsWith("x-"))) return false;
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
function applyBuildDockerfiles(parsed, rc) {
  for (const p of parsed) {
    for (const w of p.workloads) {
      if (!w.buildDockerfile) continue;
      const known = parsed.find((x) => x.platform === "dockerfile" && x.file.absPath === w.buildDockerfile)?.workloads[0];
      let df = known;
      if (!df) {
        const inside3 = path27.relative(rc.cwd, w.buildDockerfile);
        const at2 = w.buildDockerfileLoc ?? w.loc;
        if (inside3.startsWith("..") || path27.isAbsolute(inside3)) {
          rc.refuse(w.buildDockerfile, at2, "build Dockerfile", "path leaves the workspace; not read");
          continue;
        }
        const read = readSourceFile(w.buildDockerfile, rc.rel(w.buildDockerfile), MAX_DEPLOYMENT_BYTES);
        if (!read.ok) {
          if (read.reason !== "file does not exist") rc.refuse(w.buildDockerfile, at2, "build Dockerfile", read.reason);
          continue;
        }
        const file = new SourceFile(read.file.path, read.file.text, w.buildDockerfile);
        df = readDockerfile(file).workloads[0];
        p.extraSources.push(file);
      }
      if (!df) continue;
      if (w.defaultCommand && df.args.length) {
        w.args = df.args;
        w.defaultCommand = false;
      }
      if (!w.image && df.image) w.image = df.image;
      const own = new Set(w.env.map((e) => e.name));
      w.env.unshift(
        ...df.env.filter((e) => e.origin === "Dockerfile ENV" && !own.has(e.name)).map((e) => ({ ...e, inherited: true }))
      );
      classify(w);
    }
  }
}
function isOpenclawRelated(p, all) {
  const own = (x) => x.workloads.some((w) => w.runsOpenclaw) || x.embedded.length > 0;
  if (own(p)) return true;
  if (p.platform !== "kubernetes") return false;
  const dir = path27.dirname(p.file.absPath);
  return all.some((x) => x.platform === "kubernetes" && path27.dirname(x.file.absPath) === dir && own(x));
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
    const opaque = unseenCredentialSources(r.workload);
    if (opaque.length && !env.get("OPENCLAW_GATEWAY_TOKEN") && !env.get("OPENCLAW_GATEWAY_PASSWORD")) {
      env.set("OPENCLAW_GATEWAY_TOKEN", UNSEEN_SECRET);
      assumed.push(`OPENCLAW_GATEWAY_TOKEN from ${opaque.join(", ")}`);
    }
    const deployment = {};
    if (r.bindFromDeployment) deployment.bind = r.bind;
    if (r.portFromDeployment) deployment.port = r.port;
    out.push({
      configAbs: r.config.abs,
      configRel: r.config.rel,
      deployment,
      env,
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
      assumed: [],
      origin: `ConfigMap ${e.configMap} key ${e.key}`,
      source: e.masked
    });
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((r) => {
    const key2 = JSON.stringify([r.configAbs, r.deployment, [...r.env].sort(), r.source ? 1 : 0]);
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}

// src/run.ts
var MAX_CONFIG_BYTES2 = 5 * 1024 * 1024;
function loadEnv(cwd, envFiles2 = [], envPairs = [], refused) {
  const env = /* @__PURE__ */ new Map();
  for (const f of envFiles2) {
    const read = readConfinedText(path28.resolve(cwd, f), MAX_ENV_FILE_BYTES);
    if (!read.ok && refused && read.code !== "missing") {
      const at2 = { file: f.split(path28.sep).join("/"), startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
      refused.push(makeFinding("file.unreadable", "warn", `env file ${JSON.stringify(f)}: ${read.reason}`, at2));
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
    ...opts.secretsBaseline ? [opts.secretsBaseline] : []
  ];
  return withWorkspace(opts.cwd, () => runLintInWorkspace(opts), named);
}
async function runLintInWorkspace(opts) {
  const loaded2 = await loadClawlintConfig(
    opts.cwd,
    opts.configFile,
    opts.trustedPolicy ? { file: opts.trustedPolicy.config } : void 0
  );
  const config = loaded2.config;
  const findings = [...loaded2.findings];
  const suppressed = [];
  const sources = /* @__PURE__ */ new Map();
  for (const s of loaded2.sources) sources.set(s.path, s);
  const env = loadEnv(opts.cwd, opts.envFiles, opts.envPairs, findings);
  const redactor = new Redactor();
  redactor.addEnv(env);
  const reportMissingEnv = (opts.envFiles?.length ?? 0) + (opts.envPairs?.length ?? 0) + config.envFiles.length > 0;
  const policies = await loadPolicies(opts.cwd, config.policies, config.file ?? ".clawlint.yml");
  findings.push(...policies.findings);
  for (const s of policies.sources) sources.set(s.path, s);
  const runsByConfig = /* @__PURE__ */ new Map();
  let deployed;
  if (opts.deploy !== false) {
    deployed = await lintDeployments({
      cwd: opts.cwd,
      paths: opts.paths,
      env,
      globs: opts.deployGlobs ?? [],
      ...config.helm ? { helm: config.helm } : {},
      ...opts.toolPath !== void 0 ? { toolPath: opts.toolPath } : {}
    });
    findings.push(...deployed.findings.filter((f) => !matchesAny(f.file, config.exclude)));
    for (const s of deployed.sources) sources.set(s.path, s);
    for (const d of deployed.documents) {
      if (!matchesAny(d.root.file.path, config.exclude))
        findings.push(...evaluatePolicies(policies.policies, d.kind, toPlain(d.root), d.root));
    }
    for (const run of deployed.configRuns) {
      const key2 = realOrSelf3(run.configAbs);
      runsByConfig.set(key2, [...runsByConfig.get(key2) ?? [], run]);
    }
  }
  const { files, problems } = discover(opts.paths, {
    cwd: opts.cwd,
    configGlobs: [...opts.configGlobs ?? [], ...config.include]
  });
  for (const p of problems) {
    if (p.message.startsWith("path not found")) throw new UsageError(p.message);
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
  const configs = [];
  const targets = [];
  const dependsOn = /* @__PURE__ */ new Map();
  const addDeps = (config2, files2) => {
    const set = dependsOn.get(config2) ?? /* @__PURE__ */ new Set([config2]);
    for (const f of files2) set.add(f.replace(/^\.\//, ""));
    dependsOn.set(config2, set);
  };
  const envFilesFor = (rel) => [
    ...opts.envFiles ?? [],
    ...config.envFiles.filter((e) => e.glob === "**" || matchesAny(rel, [e.glob])).flatMap((e) => e.files)
  ];
  const explicit = opts.openclawVersion ? { version: opts.openclawVersion, kind: "explicit", source: opts.openclawVersionSource ?? "--openclaw-version" } : config.openclawVersion ? {
    version: config.openclawVersion,
    kind: "explicit",
    source: `${config.file ?? ".clawlint.yml"} openclawVersion`
  } : void 0;
  const addTarget = (rel, t) => {
    if (t && !targets.some((x) => x.config === rel && x.version === t.version && x.source === t.source))
      targets.push({ config: rel, ...t });
  };
  const readConfig = (abs, rel) => {
    const read = readSourceFile(realOrSelf3(abs), rel, MAX_CONFIG_BYTES2);
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
  };
  const lintAndCollect = async (file, how, decorate = (f) => f, deps = []) => {
    if (!configs.includes(file.path)) configs.push(file.path);
    addDeps(file.path, deps);
    const result = await lintConfigFile(file, {
      ...how,
      reportMissingEnv,
      includeOptIn: opts.includeOptIn,
      policies: policies.policies,
      upgradeCheck: opts.upgradeCheck
    });
    addTarget(file.path, result.target);
    addDeps(
      file.path,
      result.files.map((s) => s.path)
    );
    for (const s of result.files) sources.set(s.path, s);
    for (const v of result.secrets) redactor.add(v);
    findings.push(...result.findings.map(decorate));
    suppressed.push(...result.suppressed.map(decorate));
  };
  for (const f of files) {
    if (!f.explicit && matchesAny(f.rel, config.exclude)) continue;
    if (runsByConfig.has(realOrSelf3(f.abs))) continue;
    const file = readConfig(f.abs, f.rel);
    if (!file) continue;
    await lintAndCollect(
      file,
      {
        env: envFor(opts.cwd, f.rel, env, config, findings),
        targetHints: [explicit, packageJsonHint(f.abs, f.rel, opts.cwd)]
      },
      void 0,
      envFilesFor(f.rel)
    );
  }
  for (const [, runs] of runsByConfig) {
    for (const run of runs) {
      if (matchesAny(run.configRel, config.exclude)) continue;
      const file = run.source ?? readConfig(run.configAbs, run.configRel);
      if (!file) continue;
      const targetHints = [
        explicit,
        run.deploymentFile ? deploymentHint(path28.resolve(opts.cwd, run.deploymentFile), run.deploymentFile, run.deploymentLoc?.startLine) : void 0,
        packageJsonHint(run.configAbs, run.configRel, opts.cwd)
      ];
      const withDeployment = (f) => run.deploymentLoc && !/^(parse|include|schema|env|file)\./.test(f.ruleId) ? {
        ...f,
        related: [...f.related ?? [], { ...run.deploymentLoc, message: `judged as deployed: ${run.origin}` }]
      } : f;
      const remap = deployed?.remap ?? ((f) => f);
      await lintAndCollect(
        file,
        {
          env: envFor(opts.cwd, run.configRel, run.env, config, findings),
          deployment: run.deployment,
          targetHints,
          ...run.tree ? { tree: run.tree } : {}
        },
        (f) => remap(withDeployment(f)),
        [...envFilesFor(run.configRel), ...run.deploymentFile ? [run.deploymentFile] : []]
      );
    }
  }
  let secrets;
  const secretsBaseline = opts.secretsBaseline ?? (config.secrets?.enabled === false ? void 0 : config.secrets?.baseline);
  if (secretsBaseline) {
    const { secretFindings } = await import("./chunk-CDHD7RFR.js");
    const paths = opts.paths.filter((p) => p !== ".");
    const r = await secretFindings({
      cwd: opts.cwd,
      paths,
      baselinePath: secretsBaseline,
      allFiles: config.secrets?.allFiles
    });
    findings.push(...r.findings);
    secrets = { baseline: secretsBaseline, ...r.delta, baselineNeedsRefresh: r.baselineNeedsRefresh };
  }
  const today = opts.today ?? todayUtc();
  const tuned = applyRuleSettings(dedupeFindings(findings), config.rules);
  const isKnown = knownRulePredicate(policies.policies.map((p) => p.id));
  const directives = collectDirectives(sources.values(), isKnown, today);
  const outcome = applySuppressions(tuned, directives.directives, config.suppressions, today);
  let kept = [...outcome.kept, ...directives.findings, ...outcome.findings, ...unknownRuleSettings(config, isKnown)];
  suppressed.push(...outcome.suppressed);
  let baseline;
  const trustedBaseline = opts.trustedPolicy?.findingsBaseline;
  if (trustedBaseline?.text !== void 0 && opts.baseline !== false) {
    let file;
    try {
      file = parseFindingsBaseline(trustedBaseline.text, trustedBaseline.path);
    } catch (err) {
      throw new UsageError(`cannot read findings baseline ${trustedBaseline.path}: ${err.message}`);
    }
    const diff = diffBaseline(kept, file);
    kept = diff.findings;
    baseline = { file: trustedBaseline.path, new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed };
  }
  const baselineRel = opts.baseline === false || opts.trustedPolicy ? void 0 : opts.baseline ?? config.baseline ?? DEFAULT_BASELINE;
  if (baselineRel) {
    const abs = path28.resolve(opts.cwd, baselineRel);
    const explicit2 = opts.baseline !== void 0 || config.baseline !== void 0;
    if (fs17.existsSync(abs)) {
      let file;
      try {
        file = readBaseline(abs);
      } catch (err) {
        throw new UsageError(`cannot read findings baseline ${baselineRel}: ${err.message}`);
      }
      const diff = diffBaseline(kept, file);
      kept = diff.findings;
      baseline = { file: baselineRel, new: diff.new, unchanged: diff.unchanged, fixed: diff.fixed };
    } else if (explicit2 && opts.baseline !== void 0) {
      throw new UsageError(`findings baseline not found: ${baselineRel}`);
    }
  }
  return {
    findings: kept.map((f) => redactor.finding(f)).sort(compareFindings),
    suppressed: dedupeFindings(suppressed).map((f) => redactor.finding(f)).sort(compareFindings),
    redact: (text2) => redactor.redact(text2),
    configs,
    sources,
    config,
    targets,
    dependsOn,
    secretValues: redactor.list(),
    ...baseline ? { baseline } : {},
    ...secrets ? { secrets } : {}
  };
}
function envFor(cwd, rel, base, config, refused) {
  const files = config.envFiles.filter((e) => e.glob === "**" || matchesAny(rel, [e.glob])).flatMap((e) => e.files);
  if (!files.length) return base;
  const env = loadEnv(cwd, files, [], refused);
  for (const [k, v] of base) env.set(k, v);
  return env;
}
function realOrSelf3(abs) {
  try {
    return fs17.realpathSync(abs);
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
  VERSION,
  toPlain,
  locatePath,
  SourceFile,
  REGISTRY,
  DEFAULT_OPENCLAW_VERSION,
  parseVersion,
  describeTarget,
  fingerprint,
  formatSarif,
  DEFAULT_BASELINE,
  buildBaseline,
  formatBaseline,
  readBaseline,
  diffBaseline,
  UsageError,
  CONFIG_NAMES,
  parseDataFile,
  loadClawlintConfig,
  runLint
};
