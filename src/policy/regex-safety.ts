/**
 * User-supplied regular expressions (policy `pattern`s) run on attacker-controlled
 * documents, so they must not backtrack super-linearly. We refuse the classic
 * shapes: a quantified group that itself contains a quantifier or an
 * alternation ((a+)+, (a|a)*, (.*x)*), and back-references; plus a length cap.
 */
export const MAX_USER_REGEX_LENGTH = 500;

export function unsafeRegexReason(source: string): string | undefined {
  if (source.length > MAX_USER_REGEX_LENGTH) return `longer than ${MAX_USER_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  // Walk groups; for each closing paren followed by a quantifier, check the group body.
  const stack: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') stack.push(i);
    else if (c === ')') {
      const start = stack.pop();
      if (start === undefined) continue;
      const after = source.slice(i + 1);
      const quantified = after.startsWith('*') || after.startsWith('+') || /^\{\d*,\d*\}/.test(after);
      if (!quantified) continue;
      const body = stripClasses(source.slice(start + 1, i));
      if (/[*+]|\{\d*,/.test(body) || body.includes('|'))
        return 'a repeated group contains a quantifier or an alternation (catastrophic backtracking)';
    }
  }
  return undefined;
}

function stripClasses(s: string): string {
  return s.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
}

/** Every `pattern` (and `patternProperties` key) in a JSON Schema, with its JSON path. */
export function schemaPatterns(schema: unknown): { path: (string | number)[]; source: string }[] {
  const out: { path: (string | number)[]; source: string }[] = [];
  const visit = (node: unknown, p: (string | number)[], depth: number): void => {
    if (depth > 64 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, [...p, i], depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') out.push({ path: [...p, k], source: v });
      if (k === 'patternProperties' && v && typeof v === 'object')
        for (const key of Object.keys(v)) out.push({ path: [...p, k, key], source: key });
      if (k !== 'enum' && k !== 'const') visit(v, [...p, k], depth + 1);
    }
  };
  visit(schema, [], 0);
  return out;
}
