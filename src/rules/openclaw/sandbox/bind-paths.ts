/**
 * String-only version of OpenClaw's `getBlockedBindReason`. The CLI also
 * resolves symlinks of existing ancestors and uses the auditing host's $HOME;
 * a linter has neither, so home directories are matched by shape instead:
 * `~/x`, `$HOME/x`, `/root/x`, `/home/<user>/x` and `/Users/<user>/x`.
 */
const BLOCKED = [
  '/etc',
  '/private/etc',
  '/proc',
  '/sys',
  '/dev',
  '/root',
  '/boot',
  '/run',
  '/var/run',
  '/private/var/run',
  '/var/run/docker.sock',
  '/private/var/run/docker.sock',
  '/run/docker.sock',
];
const HOME_SUBPATHS = ['.aws', '.cargo', '.config', '.docker', '.gnupg', '.netrc', '.npm', '.ssh'];

export function bindSource(bind: string): string {
  const t = bind.trim();
  if (/^[a-zA-Z]:[\\/]/.test(t)) {
    const rest = t.slice(2);
    const i = rest.indexOf(':');
    return i >= 0 ? t.slice(0, 2 + i) : t;
  }
  const i = t.indexOf(':');
  return i >= 0 ? t.slice(0, i) : t;
}

export function normalizePosix(p: string): string {
  const segs: string[] = [];
  for (const s of p.replace(/\\/g, '/').split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') segs.pop();
    else segs.push(s);
  }
  return '/' + segs.join('/');
}

function inside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent === '/' ? '/' : `${parent}/`);
}

/** Home roots a bind source may start with (by shape). */
function homeRoot(source: string): string | undefined {
  if (source === '~' || source.startsWith('~/')) return '~';
  if (source === '$HOME' || source.startsWith('$HOME/') || source.startsWith('${HOME}'))
    return source.startsWith('${HOME}') ? '${HOME}' : '$HOME';
  const m = /^\/(home|Users)\/[^/]+/.exec(source);
  if (m) return m[0];
  if (source === '/root' || source.startsWith('/root/')) return '/root';
  return undefined;
}

export interface BlockedBind {
  kind: 'covers' | 'targets';
  blockedPath: string;
}

export function blockedBindReason(bind: string): BlockedBind | null {
  const raw = bindSource(bind);
  const home = homeRoot(raw);
  if (home && !raw.startsWith('/')) {
    const rest = normalizePosix(raw.slice(home.length));
    for (const sub of HOME_SUBPATHS) {
      const blocked = `/${sub}`;
      if (inside(blocked, rest)) return { kind: 'targets', blockedPath: `${home}/${sub}` };
      if (inside(rest, blocked)) return { kind: 'covers', blockedPath: `${home}/${sub}` };
    }
    return null;
  }
  if (!raw.startsWith('/')) return null;
  const n = normalizePosix(raw);
  if (n === '/') return { kind: 'covers', blockedPath: '/' };
  const blocked = [...BLOCKED];
  const hr = homeRoot(n);
  if (hr) for (const sub of HOME_SUBPATHS) blocked.push(`${hr}/${sub}`);
  for (const b of blocked) {
    if (inside(b, n)) return { kind: 'targets', blockedPath: b };
    if (inside(n, b)) return { kind: 'covers', blockedPath: b };
  }
  return null;
}
