import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, run, tempDir } from './helpers.js';

const PLANTED = [
  'AKIAIOSFODNN7EXAMPLZ',
  'ghp_' + 'Qw3rTy'.repeat(6),
  'sk_live_' + 'Mn8Bv7Cx6Zl5'.repeat(2),
  'hunter2-very-secret',
  'xoxb-123456789-987654321-abcdefghijklmnopqrstuvwx',
];

describe('hostile files', () => {
  it('skips invalid UTF-8 and binary, handles CRLF, survives a 1 MB minified line', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'latin1.py'), Buffer.from(`password = "${PLANTED[3]}"\n\xe9\n`, 'latin1'));
    fs.writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x81]), Buffer.from(PLANTED[0]!)]),
    );
    fs.writeFileSync(path.join(dir, 'crlf.py'), `a = 1\r\nkey = "${PLANTED[0]}"\r\n`);
    const min = 'var a=function(b){return b+1};'.repeat(35_000) + `var t="${PLANTED[1]}";` + 'x=password;'.repeat(1000);
    fs.writeFileSync(path.join(dir, 'bundle.min.js'), min);
    const r = await run(dir, ['scan', '--all-files', '.']);
    const b = JSON.parse(r.stdout);
    expect(Object.keys(b.results).sort()).toEqual(['bundle.min.js', 'crlf.py']);
    expect(b.results['crlf.py'][0].line_number).toBe(2);
  });
  it.skipIf(process.platform === 'win32')(
    'neither blocks on a FIFO nor reads an endless device behind a symlink',
    async () => {
      const dir = tempDir();
      const { execFileSync } = await import('node:child_process');
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      fs.writeFileSync(path.join(dir, 'real.py'), `password = "${PLANTED[3]}"\n`);
      const r = await run(dir, ['scan', '--all-files', '.']);
      expect(Object.keys(JSON.parse(r.stdout).results)).toEqual(['real.py']);
    },
  );
  it('no planted value reaches stdout, stderr, baselines or findings', async () => {
    const dir = gitRepo();
    PLANTED.forEach((v, i) =>
      fs.writeFileSync(path.join(dir, `f${i}.py`), `x = 1\nvalue = "${v}"\npassword = "${v}"\n`),
    );
    git(dir, 'add', '.');
    const outputs: string[] = [];
    const record = (r: { stdout: string; stderr: string }) => outputs.push(r.stdout, r.stderr);
    record(await run(dir, ['scan']));
    record(await run(dir, ['scan', '--baseline', '.secrets.baseline']));
    outputs.push(fs.readFileSync(path.join(dir, '.secrets.baseline'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'new.py'), PLANTED.map((v) => `secret = "${v}"`).join('\n'));
    record(await run(dir, ['check', '--baseline', '.secrets.baseline', 'new.py']));
    record(await run(dir, ['check', '--baseline', '.secrets.baseline', 'new.py', '--json']));
    record(await run(dir, ['audit', '.secrets.baseline', '--report']));
    record(await run(dir, ['audit', '.secrets.baseline', '--stats']));
    const { secretFindings } = await import('../../src/secrets/cli.js');
    outputs.push(
      JSON.stringify(await secretFindings({ cwd: dir, paths: ['new.py'], baselinePath: '.secrets.baseline' })),
    );
    const joined = outputs.join('\n');
    expect(joined).toContain('new.py');
    for (const v of PLANTED) expect(joined).not.toContain(v);
  });
});
