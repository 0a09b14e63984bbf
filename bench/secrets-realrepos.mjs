// Real-repository differential: clawlint secrets vs detect-secrets 1.5.0 (checkout at
// /work/cache/detect-secrets or $DETECT_SECRETS_DIR, run offline with python3) on the public
// repositories listed in bench/secrets-realrepos.json, in `--all-files` and git mode, byte for
// byte minus `generated_at`. Not part of `npm test`: the trees hold real leaked secrets, so only
// the list is committed; they are rebuilt from git mirrors (/work/.mirror/<owner>+<name>/repo,
// $MIRROR_DIR, else a bare clone from GitHub) under $REALREPOS_DIR (default /work/cache/realrepos-trees).
// detect-secrets' outputs are cached beside the trees (it needs minutes per repository).
// Usage: node bench/secrets-realrepos.mjs [--only SUBSTR] [--mode all|git] [--fresh-ref] [--ref-only] [--cached-only] [--json FILE]
// Prints per repository and mode: SAME/DIFF, entries matched/extra/missing, wall and CPU seconds
// for each tool and the ratios. Never prints a secret: only file names, types, lines and hash prefixes.
import fs from 'node:fs';
import { detectSecretsOrSkip, option, secretsCommand } from './lib/secrets-runner.mjs';
import {
  index,
  materialize,
  reference,
  stripGeneratedAt as strip,
  timed,
  trackedBytes,
  treeDir,
} from './lib/realrepos.mjs';

const argv = process.argv.slice(2);
const opt = option;
const { env: offline } = detectSecretsOrSkip();
const only = opt('--only', null);
const modes = opt('--mode', null) ? [opt('--mode')] : ['all', 'git'];
const ours = await secretsCommand();
const refOpts = { fresh: argv.includes('--fresh-ref'), cachedOnly: argv.includes('--cached-only') };

const key = (e) => `${e.filename}\0${e.type}\0${e.hashed_secret}\0${e.line_number}`;
function entries(stdout) {
  try {
    return Object.values(JSON.parse(stdout).results).flat();
  } catch {
    return null;
  }
}

const rows = [];
let ok = true;
for (const item of index.repos) {
  if (only && !item.repo.includes(only)) continue;
  // --cached-only: the modes detect-secrets has a cached output for (reference() returns null for the others).
  if (argv.includes('--cached-only') && !modes.some((m) => fs.existsSync(`${treeDir(item)}.${m}.ds.json`))) continue;
  const [dir, missing] = materialize(item);
  // The work tree's size and what reading it costs (`cat` of every tracked file), for MiB/s and the cat ratio.
  const mib = argv.includes('--ref-only') ? 0 : trackedBytes(dir) / 2 ** 20;
  const cat = argv.includes('--ref-only')
    ? null
    : timed('sh', ['-c', 'git ls-files -z | xargs -0 cat > /dev/null'], dir);
  for (const mode of modes) {
    const ref = reference(dir, mode, offline, refOpts);
    if (ref === null) continue;
    if (argv.includes('--ref-only')) {
      console.log(
        `reference ${item.repo} ${mode}: ${ref.seconds.toFixed(1)} s, ${ref.cpuSeconds?.toFixed(1)} CPU-s, exit ${ref.status}`,
      );
      continue;
    }
    const js = timed(process.execPath, [...ours.argv, 'scan', ...(mode === 'all' ? ['--all-files'] : []), '.'], dir);
    const same = ref.status === js.status && strip(ref.stdout) === strip(js.stdout);
    const a = entries(ref.stdout) ?? [];
    const b = entries(js.stdout) ?? [];
    const inRef = new Set(a.map(key));
    const inOurs = new Set(b.map(key));
    const extra = b.filter((e) => !inRef.has(key(e)));
    const absent = a.filter((e) => !inOurs.has(key(e)));
    const row = {
      repo: item.repo,
      mode,
      same,
      entries: a.length,
      matched: a.length - absent.length,
      extra: extra.length,
      missing: absent.length,
      blobsMissing: missing,
      dsSeconds: ref.seconds,
      clawlintSeconds: js.seconds,
      // CPU time (user + system, children included): on a loaded host the comparable number.
      dsCpuSeconds: ref.cpuSeconds ?? null,
      clawlintCpuSeconds: js.cpuSeconds,
      mib,
      catCpuSeconds: cat?.cpuSeconds ?? null,
    };
    rows.push(row);
    ok &&= same;
    console.log(
      `${same ? 'SAME' : 'DIFF'}  ${item.repo} ${mode}: ${row.matched}/${row.entries} matched, ${row.extra} extra, ` +
        `${row.missing} missing; detect-secrets ${ref.seconds.toFixed(1)} s (exit ${ref.status}), clawlint ` +
        `${js.seconds.toFixed(2)} s (exit ${js.status}), ${(ref.seconds / js.seconds).toFixed(0)}x` +
        (ref.cpuSeconds && js.cpuSeconds
          ? `; CPU ${ref.cpuSeconds.toFixed(1)} s vs ${js.cpuSeconds.toFixed(2)} s, ${(ref.cpuSeconds / js.cpuSeconds).toFixed(0)}x`
          : '') +
        (missing ? ` [${missing} blobs absent from the mirror]` : ''),
    );
    console.log(
      `    ${mib.toFixed(1)} MiB tracked: clawlint ${(mib / js.seconds).toFixed(1)} MiB/s wall, ` +
        `${js.cpuSeconds ? (mib / js.cpuSeconds).toFixed(1) : '?'} MiB per CPU-s; cat ${cat?.cpuSeconds?.toFixed(2)} CPU-s`,
    );
    const show = (label, list) =>
      list
        .slice(0, 8)
        .forEach((e) =>
          console.log(`    ${label} ${e.filename}:${e.line_number} ${e.type} ${e.hashed_secret.slice(0, 8)}`),
        );
    show('extra  ', extra);
    show('missing', absent);
    if (!same && !extra.length && !absent.length) {
      console.log('    same entries, different bytes (plugins/filters/order or exit code)');
      if (js.stderr) console.log(`    clawlint stderr: ${js.stderr.split('\n')[0]}`);
    }
  }
}
if (opt('--json', null)) fs.writeFileSync(opt('--json'), JSON.stringify(rows, null, 2) + '\n');
console.log(ok ? 'real repositories: all identical' : 'real repositories: differences found');
process.exit(ok ? 0 : 1);
