/**
 * Dockerfiles: the final stage's CMD/ENTRYPOINT (exec and shell form), ENV,
 * ARG defaults, EXPOSE and USER. Line continuations and comments are handled;
 * every token keeps its position.
 */
import { locateRange } from '../../core/locate.js';
import type { SourceFile } from '../../core/source.js';
import type { Arg, ImageFacts, Located, ParsedDeploymentFile } from '../model.js';
import { imageKind, installsOpenclaw } from '../identity.js';
import { argsFromList, argsFromString, shellWords } from '../util.js';
import { classify, emptyParsed, newWorkload } from './common.js';

interface Instruction {
  keyword: string;
  /** Arguments text with continuations joined by spaces... offsets mapped via `pieces`. */
  args: string;
  argsStart: number;
  end: number;
  start: number;
}

const CONTINUED = /\\\s*$/;

export function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines: { start: number; text: string }[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start: pos, text: raw.replace(/\r$/, '') });
    pos += raw.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^(\s*)([A-Za-z]+)(\s+|$)/.exec(line.text);
    if (!m || /^\s*#/.test(line.text)) continue;
    const start = line.start + m[1]!.length;
    const argsStart = line.start + m[0].length;
    let end = line.start + line.text.length;
    // Continuations: keep the original text span (so positions are searchable), join logically.
    // Each line's trailing backslash is cut before it is appended: cutting it from the joined text
    // would rescan that text once per line (300,000 continuations never ended).
    const pieces = [line.text.slice(m[0].length)];
    let more = CONTINUED.test(pieces[0]!);
    while (more && i + 1 < lines.length) {
      i++;
      const next = lines[i]!;
      // Comment lines inside a continuation are dropped; the continuation goes on.
      if (/^\s*#/.test(next.text)) continue;
      pieces[pieces.length - 1] = pieces[pieces.length - 1]!.replace(CONTINUED, ' ');
      pieces.push(next.text);
      end = next.start + next.text.length;
      more = CONTINUED.test(next.text);
    }
    pieces[pieces.length - 1] = pieces[pieces.length - 1]!.replace(CONTINUED, '');
    out.push({ keyword: m[2]!.toUpperCase(), args: pieces.join('').trim(), argsStart, end, start });
  }
  return out;
}

function commandArgs(file: SourceFile, ins: Instruction): Arg[] {
  const text = ins.args;
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list) && list.every((x) => typeof x === 'string')) {
        let cursor = ins.argsStart;
        return argsFromList(
          (list as string[]).map((s) => {
            const quoted = JSON.stringify(s);
            const at = file.text.indexOf(quoted, cursor);
            const range: readonly [number, number] = at === -1 ? [ins.argsStart, ins.end] : [at, at + quoted.length];
            if (at !== -1) cursor = at + quoted.length;
            return { text: s, file, range };
          }),
        );
      }
    } catch {
      // Not valid JSON: Docker runs it in shell form.
    }
  }
  return argsFromString(text, file, [ins.argsStart, ins.end]);
}

export function readDockerfile(file: SourceFile): ParsedDeploymentFile {
  const out = emptyParsed(file, 'dockerfile');
  const all = dockerInstructions(file.text);
  const lastFrom = all.map((x) => x.keyword).lastIndexOf('FROM');
  const stage = lastFrom === -1 ? all : all.slice(lastFrom);
  const from = lastFrom === -1 ? undefined : all[lastFrom];
  const w = newWorkload('dockerfile', 'image', file, locateRange(file, from ? [from.start, from.end] : [0, 0]));
  if (from) {
    const img = shellWords(from.args).find((t) => !t.text.startsWith('--'));
    if (img) w.image = { value: img.text, loc: locateRange(file, [from.argsStart, from.end]) };
  }
  let entrypoint: Arg[] = [];
  let cmd: Arg[] = [];
  for (const ins of stage) {
    const loc = locateRange(file, [ins.start, ins.end]);
    switch (ins.keyword) {
      case 'CMD':
        cmd = commandArgs(file, ins);
        break;
      case 'ENTRYPOINT':
        entrypoint = commandArgs(file, ins);
        break;
      case 'ENV':
      case 'ARG': {
        const words = shellWords(ins.args);
        const pairs = words.every((x) => x.text.includes('=')) || ins.keyword === 'ARG';
        const list = pairs
          ? words.map((x) => x.text)
          : [
              `${words[0]?.text ?? ''}=${words
                .slice(1)
                .map((x) => x.text)
                .join(' ')}`,
            ];
        let cursor = ins.argsStart;
        for (const pair of list) {
          const eq = pair.indexOf('=');
          const name = eq === -1 ? pair : pair.slice(0, eq);
          if (!name) continue;
          const at = file.text.indexOf(name, cursor);
          const keyLoc = at === -1 ? loc : locateRange(file, [at, at + name.length]);
          if (at !== -1) cursor = at + name.length;
          if (eq === -1) continue; // ARG without a default
          const value = pair.slice(eq + 1);
          const vAt = value ? file.text.indexOf(value, cursor) : -1;
          const valueLoc = vAt === -1 ? keyLoc : locateRange(file, [vAt, vAt + value.length]);
          w.env.push({
            name,
            kind: /\$\{?[A-Za-z_]/.test(value) ? 'runtime' : 'literal',
            value,
            loc: keyLoc,
            valueLoc,
            origin: ins.keyword === 'ENV' ? 'Dockerfile ENV' : 'Dockerfile ARG default',
          });
        }
        break;
      }
      case 'USER': {
        const user = ins.args.split(/\s+/)[0] ?? '';
        w.user = { value: user, loc };
        break;
      }
      default:
        break;
    }
  }
  w.imageFacts = imageFacts(file, all, lastFrom, w.user);
  // ARG values only exist at build time; they end up in the image history, not the runtime env.
  // Whatever runs the image (docker run -e, compose, Kubernetes) supplies the runtime env.
  w.opaqueEnv.push({ value: 'the runtime environment of the container (docker run -e, orchestrator)', loc: w.loc });
  w.args = [...entrypoint, ...cmd];
  w.defaultCommand = w.args.length === 0;
  classify(w);
  out.workloads.push(w);
  return out;
}

/** What the final stage runs as and contains (stages it is built FROM count for the base and the install). */
function imageFacts(
  file: SourceFile,
  all: readonly Instruction[],
  lastFrom: number,
  user: Located<string> | undefined,
): ImageFacts {
  const stages = new Map<string, string>();
  let base: string | undefined;
  for (const ins of all) {
    if (ins.keyword !== 'FROM') continue;
    const words = shellWords(ins.args).filter((t) => !t.text.startsWith('--'));
    const img = words[0]?.text ?? '';
    const resolved = stages.get(img.toLowerCase()) ?? img;
    if (words[1]?.text.toLowerCase() === 'as' && words[2]) stages.set(words[2].text.toLowerCase(), resolved);
    base = resolved;
  }
  const stage = lastFrom === -1 ? all : all.slice(lastFrom);
  const installs = all.some(
    (x) =>
      (x.keyword === 'RUN' && installsOpenclaw(x.args)) ||
      (x.keyword === 'COPY' && imageKind(/--from=(\S+)/.exec(x.args)?.[1]) === 'official'),
  );
  const facts: ImageFacts = {
    file: file.path,
    openclaw: installs || imageKind(base) === 'official',
    ...(base ? { base } : {}),
    ...(user ? { user } : {}),
    homes: new Map(),
    copies: [],
  };
  for (const ins of stage) {
    if (ins.keyword === 'ENV') {
      const m = /(?:^|\s)HOME[=\s]+["']?([^"'\s]+)/.exec(ins.args);
      if (m) facts.home = m[1]!;
    } else if (ins.keyword === 'RUN') {
      for (const m of ins.args.matchAll(/\b(?:useradd|adduser)\b([^&;|]*)/g)) {
        const words = shellWords(m[1]!).map((x) => x.text);
        const name = [...words].reverse().find((x) => !x.startsWith('-'));
        const d = words.findIndex((x) => x === '-d' || x === '--home' || x === '--home-dir' || x === '-h');
        if (name) facts.homes.set(name, d !== -1 && words[d + 1] ? words[d + 1]! : `/home/${name}`);
      }
    } else if (ins.keyword === 'LABEL') {
      for (const w of shellWords(ins.args)) {
        const m = /^org\.opencontainers\.image\.source=(.+)$/.exec(w.text);
        if (m) facts.source = m[1]!;
      }
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !/--from=/.test(ins.args)) {
      const words = copyWords(ins.args).filter((x) => !x.startsWith('--'));
      const dest = words.pop();
      if (!dest) continue;
      const loc = locateRange(file, [ins.start, ins.end]);
      for (const src of words) facts.copies.push({ src, dest, loc });
    }
  }
  return facts;
}

/** COPY/ADD arguments in shell or exec (JSON) form. */
function copyWords(args: string): string[] {
  if (args.startsWith('[')) {
    try {
      const list = JSON.parse(args) as unknown;
      if (Array.isArray(list)) return list.map(String);
    } catch {
      // not JSON: shell form
    }
  }
  return shellWords(args).map((x) => x.text);
}
