// Launcher scripts are read, never run: the command line a shell script hands over to, and the gateway
// command line a Node script spawns, with the script's constants in the shell notation the model reads.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { handedOverScript, nodeLaunchLines } from '../../src/deploy/launcher-script.js';

const js = (text: string) => new SourceFile('boot.mjs', text);
const texts = (text: string) => nodeLaunchLines(js(text)).map((l) => l.map((a) => a.text).join(' '));

describe('nodeLaunchLines', () => {
  it('reads spawn(cmd, [args]) with env fallbacks and wrapped constants', () => {
    const src = [
      'const port = Number(process.env.PORT || 10000);',
      "const token = process.env['GW_TOKEN'] ?? 'fallback-token';",
      'const id = crypto.randomUUID();',
      'spawn("openclaw", ["gateway", "--port", String(port), "--token", token, "--name", id]);',
    ].join('\n');
    expect(texts(src)).toEqual([
      'openclaw gateway --port ${PORT:-10000} --token ${GW_TOKEN:-fallback-token} --name $(js)',
    ]);
  });

  it('reads a one-string exec as a shell command line, and skips one with an interpolation', () => {
    expect(texts('execSync("openclaw gateway --bind lan");\nexec(`openclaw gateway --bind ${bind}`);')).toEqual([
      'openclaw gateway --bind lan',
    ]);
  });

  it('locates each argument at its place in the script', () => {
    const src = 'spawn("openclaw", [\n  "gateway",\n  "--bind", "lan",\n]);';
    const [line] = nodeLaunchLines(js(src));
    expect(line!.map((a) => `${a.text}@${a.loc.startLine}:${a.loc.startColumn}`)).toEqual([
      'openclaw@1:8',
      'gateway@2:3',
      '--bind@3:3',
      'lan@3:13',
    ]);
  });

  it('gives up on hostile text without hanging', () => {
    const open = 'spawn("openclaw", [' + '"x", '.repeat(50_000);
    const unterminated = 'spawn("' + 'a'.repeat(200_000);
    expect(nodeLaunchLines(js(open))[0]!.length).toBeLessThan(2000);
    expect(nodeLaunchLines(js(unterminated))).toEqual([]);
  });
});

describe('handedOverScript', () => {
  const sh = (text: string) => handedOverScript(new SourceFile('start.sh', text));

  it("follows the last exec to a Node or shell script, expanding the script's own variables", () => {
    expect(sh('BOOT="${BOOT_SCRIPT:-/app/boot.mjs}"\nmkdir -p /data\nexec node "$BOOT"')).toBe('/app/boot.mjs');
    expect(sh('exec /srv/next.sh "$@"')).toBe('/srv/next.sh');
  });

  it('returns nothing for a variable it cannot know, or a command that is no script', () => {
    expect(sh('exec node "$ENTRY"')).toBeUndefined();
    expect(sh('exec nginx -g "daemon off;"')).toBeUndefined();
  });
});
