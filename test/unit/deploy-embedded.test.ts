// A ConfigMap-embedded openclaw.json is linted in place: the masked manifest
// parses as JSON5 and paths locate on manifest lines inside the block scalar.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePath } from '../../src/core/locate.js';
import { SourceFile } from '../../src/core/source.js';
import { readKubernetes } from '../../src/deploy/platforms/kubernetes.js';
import { lintConfigFile } from '../../src/lint/lint-config.js';
import { parseJson5 } from '../../src/parsers/json5.js';
import { parseYaml } from '../../src/parsers/yaml.js';

const manifest = (scalar: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  other: x
  openclaw.json: ${scalar}
`;

function embeddedOf(text: string) {
  const file = new SourceFile('k8s/cm.yaml', text, path.resolve('k8s/cm.yaml'));
  return readKubernetes(file, parseYaml(file)).embedded[0]!;
}

describe('ConfigMap-embedded openclaw.json', () => {
  it('keeps manifest positions for a literal block scalar', () => {
    const e = embeddedOf(manifest('|\n    {\n      // comment\n      gateway: { bind: "lan" },\n    }\n'));
    expect(e.masked).toBeDefined();
    const parsed = parseJson5(e.masked!);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const loc = locatePath(parsed.root, ['gateway', 'bind'], 'value');
    expect([loc.file, loc.startLine, loc.startColumn]).toEqual(['k8s/cm.yaml', 10, 24]);
    expect(e.masked!.lineText(10)).toBe('      gateway: { bind: "lan" },');
  });

  it('handles a single-quoted one-line scalar and CRLF line breaks', () => {
    const text = manifest(`'{"gateway":{"bind":"lan"}}'`).replace(/\n/g, '\r\n');
    const e = embeddedOf(text);
    const parsed = parseJson5(e.masked!);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(locatePath(parsed.root, ['gateway', 'bind'], 'value')).toMatchObject({ startLine: 7, startColumn: 38 });
  });

  it('gives up on escaped double-quoted scalars rather than guessing positions', () => {
    expect(embeddedOf(manifest('"{\\"gateway\\": {}}"')).masked).toBeUndefined();
  });

  it('lints through lintConfigFile with findings on manifest lines', async () => {
    const e = embeddedOf(manifest('|\n    {\n      gateway: { bind: 42 },\n    }\n'));
    const result = await lintConfigFile(e.masked!, { rules: [] });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.file).toBe('k8s/cm.yaml');
    expect(result.findings.some((f) => f.startLine === 9)).toBe(true);
  });
});
