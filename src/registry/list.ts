/** `clawlint --list-rules`: the registry as an aligned text table or JSON. */
import { REGISTRY } from './index.js';

export function formatRuleList(format: 'text' | 'json'): string {
  if (format === 'json') {
    return JSON.stringify(
      REGISTRY.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        severity: r.severity,
        description: r.description,
        doc: r.doc,
        fixable: r.fixable,
        ...(r.optIn ? { optIn: true } : {}),
        ...(r.releases !== undefined ? { releases: r.releases } : {}),
      })),
      null,
      2,
    ).concat('\n');
  }
  const width = Math.max(...REGISTRY.map((r) => r.id.length));
  return REGISTRY.map(
    (r) =>
      `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.kind.padEnd(11)}  ${r.title}${r.fixable ? ' (fixable)' : ''}`,
  )
    .join('\n')
    .concat('\n');
}
