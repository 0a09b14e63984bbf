/** Safe-bin classification of OpenClaw 2026.9.6 (exec-safe-bin-runtime-policy / trust). */
import type { Rec } from '../../../openclaw/values.js';
import { agentKeyLabel, listAgents } from '../../../openclaw/agents.js';
import { arr, rec } from '../../../openclaw/values.js';

const INTERPRETERS = new Set([
  'ash',
  'awk',
  'bash',
  'busybox',
  'bun',
  'cmd',
  'cmd.exe',
  'cscript',
  'dash',
  'deno',
  'fish',
  'gawk',
  'gsed',
  'ksh',
  'lua',
  'mawk',
  'nawk',
  'node',
  'nodejs',
  'perl',
  'php',
  'powershell',
  'powershell.exe',
  'pypy',
  'pwsh',
  'pwsh.exe',
  'python',
  'python2',
  'python3',
  'ruby',
  'sed',
  'sh',
  'toybox',
  'wscript',
  'zsh',
]);
const INTERPRETER_PATTERNS = [
  /^python\d+(?:\.\d+)?$/,
  /^ruby\d+(?:\.\d+)?$/,
  /^perl\d+(?:\.\d+)?$/,
  /^php\d+(?:\.\d+)?$/,
  /^node\d+(?:\.\d+)?$/,
];
const BROAD = new Set(['jq', 'awk', 'gawk', 'mawk', 'nawk', 'sed', 'gsed']);

export function normalizeSafeBin(raw: unknown): string {
  const t = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!t) return '';
  return (t.split(/[\\/]/).at(-1) ?? t).replace(/\.(?:exe|cmd|bat|com)$/i, '');
}

export function isInterpreter(bin: string): boolean {
  return INTERPRETERS.has(bin) || INTERPRETER_PATTERNS.some((p) => p.test(bin));
}

export function isBroad(bin: string): boolean {
  return BROAD.has(bin);
}

export interface SafeBinScope {
  /** OpenClaw's label (CLI detail). */
  label: string;
  /** The path form the file uses (messages). */
  where: string;
  exec: Rec | undefined;
  path: (string | number)[];
  profiles: Set<string>;
}

function profileNames(exec: Rec | undefined): string[] {
  const p = rec(exec, 'safeBinProfiles');
  return p ? Object.keys(p).map((k) => normalizeSafeBin(k)) : [];
}

/** Global `tools.exec` plus each agent's `tools.exec`, with merged safeBinProfiles. */
export function safeBinScopes(cfg: Rec): SafeBinScope[] {
  const g = rec(cfg, 'tools', 'exec');
  const out: SafeBinScope[] = [
    { label: 'tools.exec', where: 'tools.exec', exec: g, path: ['tools', 'exec'], profiles: new Set(profileNames(g)) },
  ];
  for (const a of listAgents(cfg)) {
    const e = rec(a.entry, 'tools', 'exec');
    out.push({
      label: `agents.entries.${a.id}.tools.exec`,
      where: agentKeyLabel(a, 'tools.exec'),
      exec: e,
      path: [...a.path, 'tools', 'exec'],
      profiles: new Set([...profileNames(g), ...profileNames(e)]),
    });
  }
  return out;
}

export function safeBins(exec: Rec | undefined): string[] {
  const list = arr(exec, 'safeBins') ?? [];
  return [...new Set(list.map(normalizeSafeBin).filter(Boolean))];
}

export function trustedDirs(exec: Rec | undefined): string[] {
  const list = arr(exec, 'safeBinTrustedDirs') ?? [];
  return list.filter((v): v is string => typeof v === 'string' && !!v.trim()).map((v) => v.trim());
}

export function classifyTrustedDir(entry: string): string | null {
  const raw = entry.trim();
  if (!raw) return null;
  if (!raw.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(raw))
    return 'relative path (trust boundary depends on process cwd)';
  const segs: string[] = [];
  for (const s of raw.replace(/\\/g, '/').split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') segs.pop();
    else segs.push(s);
  }
  const n = ('/' + segs.join('/')).toLowerCase();
  const under = (p: string): boolean => n === p || n.startsWith(`${p}/`);
  if (under('/tmp') || under('/var/tmp') || under('/private/tmp'))
    return 'temporary directory is mutable and easy to poison';
  if (['/usr/local/bin', '/opt/homebrew/bin', '/opt/local/bin', '/home/linuxbrew/.linuxbrew/bin'].includes(n))
    return 'package-manager bin directory (often user-writable)';
  if (n.startsWith('/users/') || n.startsWith('/home/') || n.includes('/.local/bin'))
    return 'home-scoped bin directory (typically user-writable)';
  return null;
}
