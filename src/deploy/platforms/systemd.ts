/**
 * systemd unit files: `[Service]` ExecStart, Environment=, EnvironmentFile=,
 * User=, and `[Install]` WantedBy= (a default.target unit is a user unit).
 */
import path from 'node:path';
import { locateRange } from '../../core/locate.js';
import type { SourceFile } from '../../core/source.js';
import type { ParsedDeploymentFile } from '../model.js';
import { argsFromString, shellWords } from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';
import type { ReadContext } from './context.js';

interface Entry {
  section: string;
  key: string;
  value: string;
  keyStart: number;
  valueStart: number;
  end: number;
}

export function unitEntries(text: string): Entry[] {
  const out: Entry[] = [];
  let section = '';
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  let pending: Entry | undefined;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    const start = m.index;
    const line = m[0].replace(/\r?\n$/, '');
    if (pending) {
      pending.value += ' ' + line.replace(/\\$/, '').trim();
      pending.end = start + line.length;
      if (!/\\$/.test(line)) pending = undefined;
      continue;
    }
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith(';')) continue;
    const sec = /^\[([^\]]+)\]$/.exec(t);
    if (sec) {
      section = sec[1]!;
      continue;
    }
    const kv = /^(\s*)([A-Za-z0-9_-]+)\s*=\s*/.exec(line);
    if (!kv) continue;
    const entry: Entry = {
      section,
      key: kv[2]!,
      value: line.slice(kv[0].length).replace(/\\$/, '').trim(),
      keyStart: start + kv[1]!.length,
      valueStart: start + kv[0].length,
      end: start + line.length,
    };
    out.push(entry);
    if (/\\$/.test(line)) pending = entry;
  }
  return out;
}

export function readSystemd(file: SourceFile, rc: ReadContext): ParsedDeploymentFile {
  const out = emptyParsed(file, 'systemd');
  const entries = unitEntries(file.text);
  const w = newWorkload('systemd', path.basename(file.path), file, locateRange(file, [0, 0]));
  const service = entries.filter((e) => e.section === 'Service');
  // The [Service] header itself (not the blank lines before it): where User= belongs.
  const header = /^[ \t]*(\[Service\])/m.exec(file.text);
  if (header) {
    const at = header.index + header[0].length - header[1]!.length;
    w.loc = locateRange(file, [at, at + header[1]!.length]);
  }
  for (const e of service) {
    const keyLoc = locateRange(file, [e.keyStart, e.keyStart + e.key.length]);
    if (e.key === 'ExecStart' && e.value) {
      const cmd = e.value.replace(/^[-@:+!]+/, '');
      const offset = e.valueStart + (e.value.length - cmd.length);
      w.args = argsFromString(cmd, file, [offset, e.end]);
      w.defaultCommand = false;
    } else if (e.key === 'Environment') {
      let cursor = e.valueStart;
      for (const word of shellWords(e.value)) {
        const eq = word.text.indexOf('=');
        if (eq <= 0) continue;
        const name = word.text.slice(0, eq);
        const at = file.text.indexOf(name, cursor);
        const loc = at === -1 ? keyLoc : locateRange(file, [at, at + name.length]);
        if (at !== -1) cursor = at + name.length;
        const value = word.text.slice(eq + 1);
        const vAt = value ? file.text.indexOf(value, cursor) : -1;
        w.env.push({
          name,
          kind: /%[a-zA-Z]|\$\{?[A-Za-z_]/.test(value) ? 'runtime' : 'literal',
          value,
          loc,
          valueLoc: vAt === -1 ? loc : locateRange(file, [vAt, vAt + value.length]),
          origin: 'Environment=',
        });
      }
    } else if (e.key === 'EnvironmentFile') {
      const optional = e.value.startsWith('-');
      const p = e.value.replace(/^-/, '');
      const loc = locateRange(file, [e.valueStart, e.end]);
      const abs = path.isAbsolute(p) || p.includes('%') ? undefined : path.resolve(path.dirname(file.absPath), p);
      const vars = abs ? rc.envFileVars(abs, loc, `EnvironmentFile ${p}`) : undefined;
      if (vars && abs) {
        w.env.push(...vars);
        const src = rc.readEnvFile(abs);
        if (src) out.extraSources.push(src);
      } else w.opaqueEnv.push({ value: `EnvironmentFile ${p}${optional ? ' (optional)' : ''}`, loc });
    } else if (e.key === 'Type') {
      if (e.value.trim() === 'oneshot') w.oneshot = true;
    } else if (e.key === 'User') {
      w.user = { value: e.value, loc: locateRange(file, [e.keyStart, e.end]) };
    }
  }
  const wantedBy = entries.filter((e) => e.section === 'Install' && e.key === 'WantedBy').map((e) => e.value);
  const userUnit =
    /(^|\/)systemd\/user\//.test(file.path) ||
    (wantedBy.length > 0 && wantedBy.every((v) => /\bdefault\.target\b/.test(v)));
  w.systemUnit = !userUnit;
  classify(w);
  // On the host, a non-loopback bind listens on the machine's interfaces.
  w.exposures.push({
    kind: 'host-network',
    loc: w.args[0]?.loc ?? w.loc,
    what: "on the host's interfaces (systemd runs the gateway directly on the machine)",
  });
  out.workloads.push(w);
  return out;
}
