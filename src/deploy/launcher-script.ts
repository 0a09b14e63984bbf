/**
 * Launcher scripts a container starts before the gateway, read (never run) for the command line
 * they hand over to: a shell script that ends in `exec node "$BOOT_SCRIPT"` (its own variable
 * assignments and `${VAR:-default}` defaults resolved), and a small Node script that spawns the
 * gateway (`spawn("openclaw", ["gateway", "--bind", "lan", …])`, `execSync("openclaw gateway …")`).
 * A Node script's constants become the shell notation the rest of the model reads:
 * `process.env.X || "d"` is `${X:-d}`, `process.env.X` is `${X}`; any other expression is `$(js)`,
 * a value decided at run time.
 */
import { locateRange } from '../core/locate.js';
import type { SourceFile } from '../core/source.js';
import type { Arg } from './model.js';
import { argsFromString, shellWords } from './util.js';

/** A value computed by the script: the model treats it like `$(…)` (known only at run time). */
const RUNTIME_VALUE = '$(js)';

/** Node scripts a command line runs (`node boot.mjs`). */
export const NODE_SCRIPT = /\.[cm]?js$/;

/** The script a shell launcher hands over to on its last `[exec] node <script>` / `[exec] <script>.sh` line. */
export function handedOverScript(file: SourceFile): string | undefined {
  const vars = shellAssignments(file.text);
  let found: string | undefined;
  for (const line of file.text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const words = shellWords(line).map((w) => w.text);
    let i = 0;
    while (words[i] === 'exec' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] ?? '')) i++;
    // A bare assignment line (`X=1`) runs nothing.
    if (i > 0 && words[i - 1] !== 'exec' && words[i] === undefined) continue;
    const cmd = words[i];
    if (!cmd) continue;
    const target = /^(?:node|nodejs|bun)$/.test(cmd)
      ? words.slice(i + 1).find((w) => !w.startsWith('-'))
      : /^(?:sh|bash)$/.test(cmd)
        ? words[i + 1]
        : cmd;
    if (!target) continue;
    const script = expand(target, vars);
    if (script && (NODE_SCRIPT.test(script) || /\.(?:sh|bash)$/.test(script))) found = script;
  }
  return found;
}

/** `NAME=value` lines of a shell script (the last assignment wins), with their own `${VAR:-default}` expanded. */
function shellAssignments(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*(?:export\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=(\S.*)?$/.exec(line);
    if (!m) continue;
    const word = shellWords(m[2] ?? '')[0]?.text ?? '';
    vars.set(m[1]!, expand(word, vars) ?? '');
  }
  return vars;
}

/** `$X`, `${X}`, `${X:-default}` from the script's own assignments (an unset variable takes its default). */
function expand(word: string, vars: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  const out = word.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_, a: string | undefined, dflt: string | undefined, b: string | undefined) => {
      const v = vars.get((a ?? b)!) ?? dflt;
      if (v === undefined) unknown = true;
      return v ?? '';
    },
  );
  return unknown ? undefined : out;
}

/** Process-spawning calls whose first argument is the command: `spawn("openclaw", [...])`. */
const SPAWN_CALL = /\b(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync)\s*\(\s*(["'`])/g;
/** Calls that run one shell command line: `execSync("openclaw gateway --bind lan")`. */
const EXEC_CALL = /\b(?:exec|execSync|execaCommand|execaCommandSync)\s*\(\s*(["'`])/g;
const MAX_CALLS = 200;

/** The last command line in a Node script that starts a gateway, as located tokens of the script. */
export function nodeLaunchLines(file: SourceFile): Arg[][] {
  const consts = jsConstants(file.text);
  const lines: Arg[][] = [];
  for (const re of [SPAWN_CALL, EXEC_CALL]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let calls = 0;
    while ((m = re.exec(file.text)) !== null && calls++ < MAX_CALLS) {
      const quoteAt = m.index + m[0].length - 1;
      const str = stringLiteral(file.text, quoteAt);
      if (!str) continue;
      if (re === EXEC_CALL) {
        if (!str.value.includes('${')) lines.push(argsFromString(str.value, file, [quoteAt + 1, str.end - 1]));
        continue;
      }
      const args: Arg[] = [{ text: str.value, loc: locateRange(file, [quoteAt + 1, str.end - 1]) }];
      let i = skipSpace(file.text, str.end);
      if (file.text[i] === ',') {
        i = skipSpace(file.text, i + 1);
        if (file.text[i] === '[') {
          for (const el of arrayElements(file.text, i))
            args.push({ text: jsValue(el.text, consts, 0), loc: locateRange(file, [el.start, el.end]) });
        }
      }
      lines.push(args);
    }
  }
  return lines;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** A quoted JS string starting at `at` (no escapes beyond `\x`), or undefined; `end` is past the closing quote. */
function stringLiteral(text: string, at: number): { value: string; end: number } | undefined {
  const q = text[at];
  if (q !== '"' && q !== "'" && q !== '`') return undefined;
  let out = '';
  for (let i = at + 1; i < text.length && i < at + 4096; i++) {
    const c = text[i]!;
    if (c === '\\') {
      out += text[++i] ?? '';
      continue;
    }
    if (c === q) return { value: out, end: i + 1 };
    if (c === '\n' && q !== '`') return undefined;
    out += c;
  }
  return undefined;
}

/** Top-level elements of the array literal at `at` (`[`), with their source ranges. */
function arrayElements(text: string, at: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let depth = 0;
  let start = at + 1;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: start + lead, end: start + lead + t.length });
  };
  for (let i = at; i < text.length && i < at + 8192; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const s = stringLiteral(text, i);
      if (!s) return out;
      i = s.end - 1;
      continue;
    }
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) {
        push(i);
        return out;
      }
    } else if (c === ',' && depth === 1) {
      push(i);
      start = i + 1;
    }
  }
  return out;
}

/** `const NAME = <expression>` declarations on one line (the first one wins: shadowing is rare in launchers). */
function jsConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+);?\s*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** A JS expression as a shell-notation value: literals, env reads with a literal fallback, constants. */
function jsValue(expr: string, consts: ReadonlyMap<string, string>, depth: number): string {
  const e = expr.trim();
  if (depth > 4) return RUNTIME_VALUE;
  const str = stringLiteral(e, 0);
  if (str && str.end === e.length) return str.value.includes('${') ? RUNTIME_VALUE : str.value;
  if (/^-?\d+(?:\.\d+)?$/.test(e)) return e;
  const wrapped = /^(?:String|Number|parseInt|parseFloat)\s*\(\s*([^,()]+?)\s*(?:,\s*\d+\s*)?\)$/.exec(e);
  if (wrapped) return jsValue(wrapped[1]!, consts, depth + 1);
  const env = /^process\.env(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])$/.exec(e);
  if (env) return `\${${env[1] ?? env[2]}}`;
  const fallback = /^(process\.env(?:\.[A-Za-z_]\w*|\[\s*["'][A-Za-z_]\w*["']\s*\]))\s*(?:\|\||\?\?)\s*(.+)$/.exec(e);
  if (fallback) {
    const name = /[A-Za-z_]\w*(?=["']?\s*\]?$)/.exec(fallback[1]!)![0];
    const dflt = jsValue(fallback[2]!, consts, depth + 1);
    return dflt === RUNTIME_VALUE ? RUNTIME_VALUE : `\${${name}:-${dflt}}`;
  }
  const c = /^[A-Za-z_$][\w$]*$/.test(e) ? consts.get(e) : undefined;
  if (c !== undefined) return jsValue(c, consts, depth + 1);
  return RUNTIME_VALUE;
}
