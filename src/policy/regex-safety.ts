/** Where the regexes of a policy's JSON Schemas are (they run on src/core/linear-regex.ts). */

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
