/**
 * What each line of a Helm template reads from the values, with Go template scoping followed: inside
 * `{{ with .Values.gateway }}` the dot is `gateway`, so `{{ .bind }}` and `{{ if .allowUnconfigured }}`
 * read `gateway.bind` and `gateway.allowUnconfigured`; inside `{{ range .Values.args }}` the dot is an
 * item of `args`. One forward pass over the template's actions with a stack of open blocks, so the
 * cost is linear in the template whatever its nesting.
 */

/** The values path `.` stands for (`[]` is `.Values` itself), `'root'` at the top, null when unknown. */
type Dot = 'root' | string[] | null;

export interface LineScope {
  /** The first values path an action on the line reads, resolved against the dot where it is written. */
  refs?: string[];
  /** The values path the dot is at the start of the line (inside a `with` or `range`). */
  dot?: string[];
  /** The condition's values path when the innermost block open at the start of the line is an `if`. */
  guard?: string[];
}

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
const ABSOLUTE = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)/;
// `.x.y` not preceded by a name, `$`, `)`, `]`, `.` or a quote (a variable's field, a number, a string).
const RELATIVE = /(?<![\w$)\]."'])\.([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)/;
const BARE_DOT = /(?:^|[\s(,|])\.(?=$|[\s),|])/;
/** Fields of the top-level dot that are not values. */
const BUILTINS = new Set(['Values', 'Release', 'Chart', 'Capabilities', 'Template', 'Files', 'Subcharts']);

/** The values path an action's code reads, if it reads one this module can name. */
function actionRefs(code: string, dot: Dot): string[] | undefined {
  const plain = code.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""');
  const abs = ABSOLUTE.exec(plain);
  if (abs) return abs[1]!.slice(1).split('.');
  if (!Array.isArray(dot)) return undefined;
  const rel = RELATIVE.exec(plain);
  if (rel && !BUILTINS.has(rel[1]!.split('.')[0]!)) return [...dot, ...rel[1]!.split('.')];
  return BARE_DOT.test(plain) ? dot : undefined;
}

interface Block {
  kind: 'if' | 'scope' | 'other';
  /** The dot inside the block. */
  dot: Dot;
  /** An `if`'s condition. */
  cond?: string[];
}

export function templateScopes(lines: readonly string[]): LineScope[] {
  const stack: Block[] = [];
  const dotNow = (): Dot => (stack.length ? stack[stack.length - 1]!.dot : 'root');
  return lines.map((line) => {
    const top = stack[stack.length - 1];
    const dot = dotNow();
    const scope: LineScope = {
      ...(Array.isArray(dot) ? { dot } : {}),
      ...(top?.kind === 'if' && top.cond ? { guard: top.cond } : {}),
    };
    for (const m of line.matchAll(ACTION)) {
      const code = m[1]!.replace(/^\/\*[\s\S]*$/, '');
      const word = /^(end|if|else|with|range|define|block)\b/.exec(code)?.[1];
      if (word === 'end') {
        stack.pop();
        continue;
      }
      if (word === 'else') continue; // `else if` shares its block's end; the dot of a `with`'s else is not followed
      const current = dotNow();
      const refs = actionRefs(word ? code.slice(word.length) : code, current);
      if (refs && !scope.refs) scope.refs = refs;
      if (word === 'if') stack.push({ kind: 'if', dot: current, ...(refs ? { cond: refs } : {}) });
      else if (word === 'with' || word === 'range') stack.push({ kind: 'scope', dot: refs ?? null });
      else if (word) stack.push({ kind: 'other', dot: null }); // define/block: the dot is the caller's
    }
    return scope;
  });
}
