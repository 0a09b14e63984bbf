/**
 * Manifest fixes (src/fix/manifest/, src/lint/fix-manifests.ts): the compose port rewrite case by
 * case, the YAML mapping insertion, what --fix and --fix-dry-run print for compose and Kubernetes
 * files, and the refusals (a rendered manifest, a fix type not asked for). The before/after pairs
 * are test/fixtures/fix/compose-ports and pod-hardening (test/unit/fix.test.ts runs them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain as run } from '../helpers/run-main.js';
import { SourceFile } from '../../src/core/source.js';
import type { ObjectNode } from '../../src/core/tree.js';
import { applyEdits } from '../../src/fix/apply.js';
import { loopbackPort } from '../../src/fix/manifest/compose-ports.js';
import { yamlInsertMembers } from '../../src/fix/yaml-edit.js';
import { fixManifests, manifestRefusal } from '../../src/lint/fix-manifests.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { runLint } from '../../src/run.js';

const repo = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(repo, 'test/fixtures/fix');
const tools = path.join(repo, '.cache', 'k8s-tools');
const withTools = fs.existsSync(path.join(tools, 'kubectl')) || process.env.CI ? it : it.skip;
const tmps: string[] = [];
afterEach(() => {
  for (const d of tmps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmpWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawlint-mfix-'));
  tmps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const fixture = (name: string) =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(FIXTURES, name, 'input'))
      .map((f) => [f, fs.readFileSync(path.join(FIXTURES, name, 'input', f), 'utf8')]),
  );

describe('a compose port on loopback', () => {
  it.each([
    ['18789', '127.0.0.1::18789'],
    ['18789:18789', '127.0.0.1:18789:18789'],
    ['8080:80/tcp', '127.0.0.1:8080:80/tcp'],
    ['0.0.0.0:8080:80', '127.0.0.1:8080:80'],
    ['[::]:8080:80', '127.0.0.1:8080:80'],
    ['0.0.0.0::80', '127.0.0.1::80'],
    ['18789-18790:18789-18790', '127.0.0.1:18789-18790:18789-18790'],
    ['${PORT:-18789}:18789', '127.0.0.1:${PORT:-18789}:18789'],
  ])('%s → %s', (from, to) => {
    expect(loopbackPort(from)).toBe(to);
  });

  it.each([
    // A host address of its own (another interface, or one the operator sets through a variable) stays.
    ['10.0.0.5:8080:80'],
    ['${BIND_IP}:8080:80'],
    ['${BIND_IP:-0.0.0.0}:8080:80'],
    [':80'],
    ['${PORT:-1:80'],
  ])('%s is left alone', (from) => {
    expect(loopbackPort(from)).toBeUndefined();
  });
});

describe('adding keys to a YAML mapping', () => {
  const insert = (text: string, at: string[], entries: Parameters<typeof yamlInsertMembers>[2]) => {
    const file = new SourceFile('x.yaml', text);
    let node = parseYaml(file)[0]!.root as ObjectNode;
    let owner: readonly [number, number] | undefined;
    for (const k of at) {
      owner = node.members.get(k)!.keyRange;
      node = node.members.get(k)!.value as ObjectNode;
    }
    const edits = yamlInsertMembers(file, node, entries, owner);
    return edits && applyEdits(text, edits as unknown as Parameters<typeof applyEdits>[1]);
  };

  it('a block mapping gets lines after its last entry, nested ones included, at its keys column', () => {
    expect(insert('a:\n  b:\n    c: 1 # c\n# after\nz: 2\n', ['a'], [['d', { e: ['X'] }]])).toBe(
      'a:\n  b:\n    c: 1 # c\n  d:\n    e:\n      - X\n# after\nz: 2\n',
    );
  });

  it('a flow mapping gets the entry before its brace; an empty one becomes a block under its key', () => {
    expect(insert('sc: { a: 1 }\n', ['sc'], [['b', { type: 'RuntimeDefault' }]])).toBe(
      'sc: { a: 1, b: { type: RuntimeDefault } }\n',
    );
    // The file indents by three: the new block does too.
    expect(insert('x:\n   sc: {} # none yet\n', ['x', 'sc'], [['b', false]])).toBe(
      'x:\n   sc: # none yet\n      b: false\n',
    );
  });

  it('a key already there plans nothing', () => {
    expect(insert('a: 1\n', [], [['a', 2]])).toBeUndefined();
  });
});

describe('--fix on manifests', () => {
  it('says what it did for each finding, and --fix-dry-run prints the diff and writes nothing', async () => {
    const dir = tmpWith(fixture('compose-ports'));
    const before = fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    const dry = await run(dir, ['--fix-dry-run']);
    expect(fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(before);
    expect(dry.stdout).toContain('--- a/compose.yaml\n+++ b/compose.yaml\n');
    expect(dry.stdout).toContain('\n-      - 18789:18789 # the control UI\n');
    expect(dry.stdout).toContain('\n+      - "127.0.0.1:18789:18789" # the control UI\n');
    expect(dry.stdout).toContain('+        host_ip: "127.0.0.1"\n');
    const r = await run(dir, ['--fix']);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('clawlint: fixed'));
    expect(lines).toEqual([
      'clawlint: fixed compose.yaml:9 deploy.gateway_exposed: publish services.gateway.ports[0] on 127.0.0.1 only',
      'clawlint: fixed compose.yaml:10 deploy.gateway_exposed: publish services.gateway.ports[1] on 127.0.0.1 only',
      'clawlint: fixed compose.yaml:11 deploy.gateway_exposed: publish services.gateway.ports[2] on 127.0.0.1 only',
      'clawlint: fixed compose.yaml:14 deploy.gateway_exposed: publish services.gateway.ports[3] on 127.0.0.1 only',
      'clawlint: fixed compose.yaml:21 deploy.sidecar_published_all_interfaces: publish services.ollama.ports[0] on 127.0.0.1 only',
      'clawlint: fixed 5 findings in 1 file',
    ]);
    const after = await runLint({ cwd: dir, paths: ['.'], baseline: false, secrets: false });
    expect(after.findings.filter((f) => /gateway_exposed|sidecar_published/.test(f.ruleId))).toEqual([]);
  });

  it('a pod fix adds what is safe and says what it leaves; the finding that stays names only that', async () => {
    const dir = tmpWith(fixture('pod-hardening'));
    const r = await run(dir, ['--fix']);
    expect(r.stderr).toContain(
      'clawlint: fixed deployment.yaml:14 deploy.pod_hardening: add allowPrivilegeEscalation, capabilities, seccompProfile to spec.template.spec.containers.0 and automountServiceAccountToken: false to its pod (readOnlyRootFilesystem and runAsNonRoot left to you: they depend on the image)',
    );
    const after = await runLint({ cwd: dir, paths: ['.'], baseline: false, secrets: false });
    expect(
      after.findings.filter((f) => f.ruleId === 'deploy.pod_hardening').map((f) => `${f.startLine}: ${f.message}`),
    ).toEqual([
      "18: Deployment/openclaw container gateway lacks runAsNonRoot: true, readOnlyRootFilesystem: true (set in OpenClaw's own manifest).",
      "45: Deployment/openclaw-custom container gateway lacks readOnlyRootFilesystem: true, automountServiceAccountToken: false (set in OpenClaw's own manifest).",
    ]);
  });

  it('a deploy finding carries its fix in the report; a fix of its own lines is also a review suggestion', async () => {
    const ports = await runLint({
      cwd: tmpWith(fixture('compose-ports')),
      paths: ['.'],
      baseline: false,
      secrets: false,
    });
    const at = (line: number) =>
      ports.findings.find((f) => f.ruleId === 'deploy.gateway_exposed' && f.startLine === line)!;
    expect(at(9).suggestion).toBe('      - "127.0.0.1:18789:18789" # the control UI');
    expect(at(9).autofix?.description).toBe('publish services.gateway.ports[0] on 127.0.0.1 only');
    // The long syntax's finding ends where the next item starts (the YAML node's range): that line comes along unchanged.
    expect(at(14).suggestion).toBe(
      '      - target: 18789\n        published: "38789"\n        host_ip: "127.0.0.1"\n      - \'127.0.0.1:48789:18789\'',
    );
    const pods = await runLint({
      cwd: tmpWith(fixture('pod-hardening')),
      paths: ['.'],
      baseline: false,
      secrets: false,
    });
    const pod = pods.findings.find((f) => f.ruleId === 'deploy.pod_hardening')!;
    expect(pod.autofix?.edits.map((e) => e.startLine)).toEqual([17]);
    // The block goes below the container's last line, not on the finding's: no suggestion.
    expect(pod.suggestion).toBeUndefined();
  });

  it('--fix-type migration leaves manifests alone', async () => {
    const dir = tmpWith(fixture('compose-ports'));
    const before = fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    await run(dir, ['--fix', '--fix-type', 'migration']);
    expect(fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(before);
  });

  withTools(
    'a manifest kustomize renders is not edited: its finding points at the rendered item, not a key',
    async () => {
      const dir = tmpWith({
        'k/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'k/deployment.yaml': fixture('pod-hardening')['deployment.yaml']!.split('---')[0]!,
      });
      const lint = { cwd: dir, paths: ['.'], baseline: false as const, secrets: false as const, toolPath: tools };
      const before = await runLint(lint);
      expect(
        before.findings
          .filter((f) => f.ruleId === 'deploy.pod_hardening')
          .map((f) => `${f.file}:${f.startLine}:${f.startColumn}`),
      ).toEqual(['k/deployment.yaml:14:9']);
      const r = await fixManifests({
        deploy: { cwd: dir, paths: ['.'], env: new Map(), toolPath: tools },
        reported: before.findings,
      });
      expect(r).toEqual({ changes: [], applied: [], refused: [] });
    },
  );

  it('a port written through an anchor is not rewritten: every service that merges it would change', async () => {
    const compose = [
      'x-ports: &ports',
      '  ports: ["18789:18789"]',
      'services:',
      '  gateway:',
      '    <<: *ports',
      '    image: ghcr.io/openclaw/openclaw:2026.9.6',
      '    command: node dist/index.js gateway --bind lan',
      '',
    ].join('\n');
    const dir = tmpWith({ 'compose.yaml': compose });
    const before = await runLint({ cwd: dir, paths: ['.'], baseline: false, secrets: false });
    expect(before.findings.filter((f) => f.ruleId === 'deploy.gateway_exposed').map((f) => f.startLine)).toEqual([2]);
    const r = await run(dir, ['--fix']);
    expect(r.stderr).toContain('clawlint: fixed 0 findings in 0 files');
    expect(fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(compose);
  });
});

describe('a manifest fix is checked on the new text', () => {
  const compose = fixture('compose-ports')['compose.yaml']!;
  const setup = async () => {
    const dir = tmpWith({ 'compose.yaml': compose });
    const deploy = { cwd: dir, paths: ['.'], env: new Map<string, string>() };
    const before = await runLint({ cwd: dir, paths: ['.'], baseline: false, secrets: false });
    const finding = before.findings.find((f) => f.ruleId === 'deploy.gateway_exposed' && f.startLine === 9)!;
    const file = new SourceFile('compose.yaml', compose, path.join(dir, 'compose.yaml'));
    const edit = (from: string, to: string) => {
      const start = compose.indexOf(from);
      return {
        type: 'security' as const,
        description: 'planted',
        edits: [
          {
            file: 'compose.yaml',
            start,
            end: start + from.length,
            text: to,
            startLine: 9,
            startColumn: 9,
            endLine: 9,
            endColumn: 9,
          },
        ],
      };
    };
    return { deploy, finding, file, edit };
  };

  it('refused when the file would not parse, the finding stays, or another finding appears', async () => {
    const { deploy, finding, file, edit } = await setup();
    expect(await manifestRefusal(deploy, finding, edit('- 18789:18789', '- [18789:18789'), file)).toBe(
      'the fixed file would not parse',
    );
    expect(await manifestRefusal(deploy, finding, edit('# the control UI', '# still open'), file)).toBe(
      'the fix would not remove the finding',
    );
    expect(
      await manifestRefusal(
        deploy,
        finding,
        edit('    ports:\n      - 18789:18789', '    privileged: true\n    ports:\n      - 127.0.0.1:18789:18789'),
        file,
      ),
    ).toBe('the fix would add a finding (deploy.privileged at compose.yaml:8)');
    expect(
      await manifestRefusal(deploy, finding, edit('- 18789:18789', '- "127.0.0.1:18789:18789"'), file),
    ).toBeUndefined();
  });
});
