/**
 * Which of several regexes match somewhere in each line of ASCII text, in one pass: the
 * regexes are compiled together into a lazily built DFA (the RE2 technique), so every
 * character costs one table lookup however many patterns there are. V8's backtracking
 * engine tries each alternative of a union at each position, which made the plugins'
 * prefilters the largest single cost of a secrets scan.
 *
 * Only the regex *structure* is parsed here (sequence, alternation, groups, quantifiers);
 * which characters a single-character atom (`a`, `[^x-z]`, `\p{Nd}`, `.`) matches is asked of
 * V8 itself for each of the 128 ASCII characters, with the pattern's own flags, so case
 * folding and escapes mean exactly what they mean to RegExp. A character beyond ASCII is
 * walked as the ASCII class whose members match exactly the same atoms (asked of V8 once per
 * character; most, accents, CJK, emoji, match none, like a control character), or as one of a
 * few spare classes (the `ñ` of `contraseña`, `ſ`, a non-ASCII digit). Anything else (anchors,
 * lookaround, backreferences, an atom that matches a newline, more odd characters than spare
 * classes) is refused and the caller keeps using the regexes: the answer is always the one
 * RegExp#test would give per line.
 */

/** A regex construct outside what the automaton supports; callers fall back to RegExp. */
export class Unsupported extends Error {}

type Node =
  | { kind: 'atom'; set: Uint8Array; test: Atom }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'star'; node: Node };

/** A single-character atom as V8 sees it: `^(?:atom)$` with the pattern's flags. */
interface Atom {
  re: RegExp;
  /** Under `u` the atom sees code points; otherwise UTF-16 units. */
  unicode: boolean;
}

/** Positions after quantifier expansion, over all patterns; a larger set is refused. */
const MAX_POSITIONS = 4000;

/** Parses a regex source (one without the `v` flag) into the structural subset above. */
export function parseRegexStructure(source: string, flags: string): Node {
  if (flags.includes('v') || flags.includes('y')) throw new Unsupported(`flags ${flags}`);
  // Membership is tested with the pattern's own flags (`s` makes `.` match a newline, which
  // is then refused); only the flags about match positions and indices are dropped.
  const membershipFlags = flags.replace(/[gdy]/g, '');
  const unicode = membershipFlags.includes('u');
  let pos = 0;
  const atomCache = new Map<string, Node & { kind: 'atom' }>();

  const membership = (atomSource: string): Node => {
    const cached = atomCache.get(atomSource);
    if (cached) return cached;
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${atomSource})$`, membershipFlags);
    } catch {
      throw new Unsupported(`atom ${atomSource}`);
    }
    const set = new Uint8Array(128);
    for (let c = 0; c < 128; c++) set[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    // A pattern that can match a line break could match across lines.
    if (set[10]) throw new Unsupported(`atom ${atomSource} matches a newline`);
    const node = { kind: 'atom' as const, set, test: { re, unicode: membershipFlags.includes('u') } };
    atomCache.set(atomSource, node);
    return node;
  };

  const parseAlt = (): Node => {
    const items = [parseSeq()];
    while (source[pos] === '|') {
      pos++;
      items.push(parseSeq());
    }
    return items.length === 1 ? items[0]! : { kind: 'alt', items };
  };

  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') items.push(parseQuantified());
    if (items.length === 0) return { kind: 'empty' };
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };

  const parseQuantified = (): Node => {
    let node = parseAtom();
    for (;;) {
      const c = source[pos];
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(pos));
        if (!m) {
          if (membershipFlags.includes('u')) throw new Unsupported('lone {');
          return node; // Annex B: a literal `{`, read as the next atom.
        }
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) throw new Unsupported('quantifier range out of order');
        pos += m[0].length - 1;
      } else return node;
      pos++;
      if (source[pos] === '?') pos++; // lazy or greedy: the same set of matches
      node = repeat(node, min, max);
    }
  };

  const parseAtom = (): Node => {
    const c = source[pos]!;
    if (c === '(') {
      pos++;
      if (source[pos] === '?') {
        if (source[pos + 1] === ':') pos += 2;
        else if (source[pos + 1] === '<' && /[A-Za-z_$]/.test(source[pos + 2] ?? '')) {
          const close = source.indexOf('>', pos);
          if (close < 0) throw new Unsupported('group name');
          pos = close + 1;
        } else throw new Unsupported('lookaround or modifier group');
      }
      const inner = parseAlt();
      if (source[pos] !== ')') throw new Unsupported('unbalanced group');
      pos++;
      return inner;
    }
    if (c === '^' || c === '$') throw new Unsupported('anchor');
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported(`stray ${c}`);
    if (c === '[') return membership(readClass());
    if (c === '\\') return membership(readEscape());
    pos++;
    // Under `u` a surrogate pair is one character (a quantifier after it applies to both halves).
    const low = source.charCodeAt(pos);
    if (unicode && c >= '\ud800' && c <= '\udbff' && low >= 0xdc00 && low <= 0xdfff)
      return membership(c + source[pos++]!);
    return membership(c === '/' ? '\\/' : c);
  };

  const readClass = (): string => {
    const start = pos;
    pos++;
    if (source[pos] === '^') pos++;
    // `]` first in a class is the empty class `[]` / `[^]` in JS, not a literal.
    while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
    if (source[pos] !== ']') throw new Unsupported('unterminated class');
    pos++;
    return source.slice(start, pos);
  };

  const readEscape = (): string => {
    const start = pos;
    const e = source[pos + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    pos += 2;
    const rest = source.slice(pos);
    const hex = (n: number): boolean => new RegExp(`^[0-9A-Fa-f]{${n}}`).test(rest);
    const braced = /^\{[0-9A-Za-z_=]+\}/.exec(rest)?.[0];
    if ('dDwWsStnvfr'.includes(e)) {
      // a class escape or a control character
    } else if (e === '0') {
      if (/^[0-9]/.test(rest)) throw new Unsupported('octal escape');
    } else if (e === 'x' && hex(2)) pos += 2;
    else if (e === 'u' && hex(4)) pos += 4;
    else if (e === 'u' && unicode && braced && /^\{[0-9A-Fa-f]+\}$/.test(braced)) pos += braced.length;
    else if (e === 'c' && /^[A-Za-z]/.test(rest)) pos += 1;
    else if ((e === 'p' || e === 'P') && unicode && braced) pos += braced.length;
    // Identity escapes of punctuation only: `\b`, `\1`, `\k<…>` and Annex B letters are not characters.
    else if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`escape \\${e}`);
    return source.slice(start, pos);
  };

  const node = parseAlt();
  if (pos !== source.length) throw new Unsupported(`unexpected ${source[pos]}`);
  return node;
}

/** `node{min,max}` in terms of sequence, alternation and star. */
function repeat(node: Node, min: number, max: number): Node {
  const items: Node[] = [];
  for (let i = 0; i < min; i++) items.push(node);
  if (max === Infinity) items.push({ kind: 'star', node });
  else for (let i = min; i < max; i++) items.push({ kind: 'alt', items: [node, { kind: 'empty' }] });
  if (items.length === 0) return { kind: 'empty' };
  return items.length === 1 ? items[0]! : { kind: 'seq', items };
}

/** The Glushkov (position) automaton of several patterns: epsilon-free, one state per atom. */
interface Positions {
  /** Per position: its ASCII character set. */
  sets: Uint8Array[];
  /** Per position, its atom (shared by the copies a quantifier makes). */
  atoms: Atom[];
  /** Positions that may follow each position. */
  follow: number[][];
  /** Positions a match may start with (all patterns). */
  first: number[];
  /** Per position: the bit of its pattern when a match may end there, else 0. */
  lastMask: number[];
  /** Patterns that match the empty string (so every line). */
  nullableMask: number;
}

interface Summary {
  nullable: boolean;
  first: number[];
  last: number[];
}

function positionsOf(trees: Node[]): Positions {
  const p: Positions = { sets: [], atoms: [], follow: [], first: [], lastMask: [], nullableMask: 0 };
  trees.forEach((tree, k) => {
    const visit = (node: Node): Summary => {
      switch (node.kind) {
        case 'empty':
          return { nullable: true, first: [], last: [] };
        case 'atom': {
          const id = p.sets.length;
          if (id >= MAX_POSITIONS) throw new Unsupported('too many positions');
          p.sets.push(node.set);
          p.atoms.push(node.test);
          p.follow.push([]);
          p.lastMask.push(0);
          return { nullable: false, first: [id], last: [id] };
        }
        case 'alt': {
          const parts = node.items.map(visit);
          return {
            nullable: parts.some((s) => s.nullable),
            first: parts.flatMap((s) => s.first),
            last: parts.flatMap((s) => s.last),
          };
        }
        case 'seq': {
          let acc: Summary = { nullable: true, first: [], last: [] };
          for (const item of node.items) {
            const s = visit(item);
            for (const q of acc.last) p.follow[q]!.push(...s.first);
            acc = {
              nullable: acc.nullable && s.nullable,
              first: acc.nullable ? [...acc.first, ...s.first] : acc.first,
              last: s.nullable ? [...acc.last, ...s.last] : s.last,
            };
          }
          return acc;
        }
        case 'star': {
          const s = visit(node.node);
          for (const q of s.last) p.follow[q]!.push(...s.first);
          return { nullable: true, first: s.first, last: s.last };
        }
      }
    };
    const s = visit(tree);
    p.first.push(...s.first);
    for (const q of s.last) p.lastMask[q] = 1 << k;
    if (s.nullable) p.nullableMask |= 1 << k;
  });
  p.follow = p.follow.map((f) => [...new Set(f)].sort((a, b) => a - b));
  return p;
}

/** Per line, the bit mask of the patterns that match somewhere in it (0 = none). */
export type LineMasks = Int32Array;

/** DFA states kept at once (the default prefilters need about 6,000 on a mixed tree); past this the cache is dropped and rebuilt on demand. */
const MAX_STATES = 1 << 14;
const INITIAL_STATES = 1 << 10;
/** States built for one text before it is handed back to RegExp (a hostile text could force one per character). */
const MAX_BUILDS_PER_TEXT = 20_000;
/** Classes beyond the ASCII ones, for characters such as `ñ`, `ſ` or `٣` that behave like no ASCII character. */
const SPARE_CLASSES = 12;
/** Distinct non-ASCII characters classified for one text (each costs a RegExp test per atom). */
const MAX_RESOLUTIONS_PER_TEXT = 4096;

/** FNV-1a over a position set: the state table's key. */
function hashOf(set: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const q of set) h = Math.imul(h ^ q, 0x01000193);
  return h | 0;
}

/** Transition entries below zero: not built yet, end of line, a character beyond ASCII not classified yet. */
const UNBUILT = -1;
const NEWLINE = -2;
const NON_ASCII = -3;

export class LineAutomaton {
  private readonly pos: Positions;
  /**
   * UTF-16 unit -> column: ASCII characters no atom tells apart share a class; `\n` and
   * everything past ASCII have a column of their own, so the hot loop tests neither.
   */
  private readonly classOf = new Uint8Array(65536);
  /** Per class, per position: whether the position's atom matches the class's characters. */
  private readonly classMembers: Uint8Array[] = [];
  /** Classes in use: the ASCII ones, then those opened for characters beyond ASCII. */
  private classCount = 0;
  private readonly maxClasses: number;
  /** Columns per state: the character classes, `\n`, non-ASCII, then the state's accept mask. */
  private readonly stride: number;
  private readonly acceptColumn: number;
  /**
   * One row of `stride` entries per state, a state's row being `id * stride`. A transition
   * entry is `row << 1 | accepting` of the target, or one of the negative markers above; the
   * hot loop thus needs no multiplication and reads accept masks only on accepting states.
   */
  private table!: Int32Array;
  private stateSets: number[][] = [];
  /** State ids by the hash of their position set; `sameHash` chains ids that collide. */
  private stateIds = new Map<number, number>();
  private sameHash: number[] = [];
  private builds = 0;
  private maskBuffer = new Int32Array(1024);
  /** ASCII classes by their membership signature (one bit per position). */
  private readonly signatures = new Map<string, number>();
  /** Non-ASCII code points resolved so far: the ASCII class that behaves the same, or -1. */
  private readonly beyondAscii = new Map<number, number>();
  private resolutions = 0;
  private readonly maxStates: number;

  /** Throws Unsupported when a regex is outside the subset (or there are more than 31). */
  constructor(regexes: readonly RegExp[], opts: { maxStates?: number } = {}) {
    this.maxStates = Math.max(2, Math.min(opts.maxStates ?? MAX_STATES, MAX_STATES));
    if (regexes.length > 31) throw new Unsupported('more than 31 patterns');
    this.pos = positionsOf(regexes.map((re) => parseRegexStructure(re.source, re.flags)));
    const signatures = this.signatures;
    for (let c = 0; c < 128; c++) {
      if (c === 10) continue;
      let sig = '';
      for (const set of this.pos.sets) sig += set[c] ? '1' : '0';
      let cls = signatures.get(sig);
      if (cls === undefined) cls = this.openClass(sig);
      this.classOf[c] = cls;
    }
    // Room for a few classes of characters beyond ASCII that behave like no ASCII one.
    const classes = (this.maxClasses = this.classCount + SPARE_CLASSES);
    this.classOf[10] = classes;
    this.classOf.fill(classes + 1, 128);
    this.acceptColumn = classes + 2;
    this.stride = classes + 3;
    this.seen = new Int32Array(this.pos.sets.length);
    // Filled up front: a sparse array written at large indexes turns into a slow dictionary.
    this.startsOn = new Array<number[] | null>(classes).fill(null);
    this.followOn = new Array<number[] | null>(this.pos.sets.length * classes).fill(null);
    this.reset();
  }

  private reset(): void {
    this.table = new Int32Array(INITIAL_STATES * this.stride);
    this.stateSets = [];
    this.stateIds.clear();
    this.sameHash = [];
    this.intern([]); // state 0: nothing in progress
  }

  /** The id of the state holding `set` (sorted), or -1. */
  private find(set: readonly number[], hash: number): number {
    for (let id = this.stateIds.get(hash) ?? -1; id >= 0; id = this.sameHash[id]!) {
      const other = this.stateSets[id]!;
      if (other.length !== set.length) continue;
      let i = 0;
      while (i < set.length && other[i] === set[i]) i++;
      if (i === set.length) return id;
    }
    return -1;
  }

  /** The encoded transition entry for the state holding `set` (sorted), adding the state if new. */
  private intern(set: number[], hash = hashOf(set)): number {
    let id = this.find(set, hash);
    const { stride, acceptColumn } = this;
    if (id < 0) {
      id = this.stateSets.length;
      const row = id * stride;
      if (row + stride > this.table.length) {
        const table = new Int32Array(this.table.length * 2);
        table.set(this.table);
        this.table = table;
      }
      this.table.fill(UNBUILT, row, row + acceptColumn - 2);
      this.table[row + acceptColumn - 2] = NEWLINE;
      this.table[row + acceptColumn - 1] = NON_ASCII;
      let mask = this.pos.nullableMask;
      for (const q of set) mask |= this.pos.lastMask[q]!;
      this.table[row + acceptColumn] = mask;
      this.stateSets.push(set);
      this.sameHash.push(this.stateIds.get(hash) ?? -1);
      this.stateIds.set(hash, id);
    }
    const row = id * stride;
    return (row << 1) | (this.table[row + acceptColumn] ? 1 : 0);
  }

  /** A new class for characters with membership signature `sig` (one 0/1 per position). */
  private openClass(sig: string): number {
    const cls = this.classCount++;
    this.signatures.set(sig, cls);
    this.classMembers.push(Uint8Array.from(sig, (b) => (b === '1' ? 1 : 0)));
    return cls;
  }

  /** The positions among `from` whose atom matches characters of class `cls`. */
  private filtered(from: readonly number[], cls: number): number[] {
    const members = this.classMembers[cls]!;
    const out: number[] = [];
    for (const q of from) if (members[q]) out.push(q);
    return out;
  }

  /** Per class, where a new match may start; per position and class, where a match goes on. */
  private readonly startsOn: Array<number[] | null>;
  private readonly followOn: Array<number[] | null>;
  /** Dedup marks for step(): position q was added in this step when seen[q] === epoch. */
  private seen: Int32Array;
  private epoch = 1;

  /**
   * The transition from the state at `row` on character class `cls`, built on first use.
   * When the table is full it is dropped and rebuilt from the target state on.
   */
  private step(row: number, cls: number): number {
    this.builds++;
    const classes = this.stride - 3;
    // Unanchored search: a match may start at any character.
    const starts = (this.startsOn[cls] ??= this.filtered(this.pos.first, cls));
    const from = this.stateSets[row / this.stride]!;
    let target: number[];
    if (from.length === 0) target = starts;
    else {
      const { seen, epoch } = this;
      this.epoch++;
      target = [];
      for (const q of starts) {
        seen[q] = epoch;
        target.push(q);
      }
      for (const f of from) {
        const on = (this.followOn[f * classes + cls] ??= this.filtered(this.pos.follow[f]!, cls));
        for (const q of on) {
          if (seen[q] === epoch) continue;
          seen[q] = epoch;
          // Insertion into the sorted list: sets are a handful of positions.
          let i = target.length;
          target.push(q);
          while (i > 0 && target[i - 1]! > q) {
            target[i] = target[i - 1]!;
            i--;
          }
          target[i] = q;
        }
      }
    }
    const hash = hashOf(target);
    if (this.stateSets.length >= this.maxStates && this.find(target, hash) < 0) {
      this.reset();
      return this.intern(target, hash); // every row number changed: the caller only keeps this one
    }
    const entry = this.intern(target, hash);
    this.table[row + cls] = entry;
    return entry;
  }

  /**
   * The class of the non-ASCII character at `j` (a surrogate pair counts as one code point
   * for `u` patterns), as `class | extraUnits << 16`: the ASCII class that behaves like it (most
   * such characters, accents, CJK, emoji, match no atom of the default prefilters, exactly like
   * an ASCII control character), else a class of its own while spare ones remain, else -1 (the
   * caller hands the text back to RegExp).
   */
  private resolve(text: string, j: number): number {
    const c = text.charCodeAt(j);
    const d = j + 1 < text.length ? text.charCodeAt(j + 1) : 0;
    const pair = c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
    const cp = pair ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
    let cls = this.beyondAscii.get(cp);
    if (cls === undefined) {
      if (++this.resolutions > MAX_RESOLUTIONS_PER_TEXT) return -1;
      cls = this.classify(cp, pair ? [c, d] : [c]);
      this.beyondAscii.set(cp, cls);
      // A lone BMP character means the same wherever it is: later ones take the fast path.
      if (cls >= 0 && !pair && (c < 0xd800 || c > 0xdfff)) this.classOf[c] = cls;
    }
    return cls < 0 ? -1 : cls | ((pair ? 1 : 0) << 16);
  }

  /**
   * One membership regex per flag set, matching what any atom of that set matches: a CJK
   * document brings thousands of distinct characters, nearly all in no atom, and one test
   * each spares walking every position (thousands) to build an all-zero signature.
   */
  private anyAtom: Atom[] | null = null;

  private inNoAtom(cp: number, units: number[]): boolean {
    if (this.anyAtom === null) {
      const byFlags = new Map<string, Atom[]>();
      for (const atom of new Set(this.pos.atoms)) {
        const key = `${atom.re.flags}/${atom.unicode}`;
        byFlags.set(key, [...(byFlags.get(key) ?? []), atom]);
      }
      this.anyAtom = [...byFlags.values()].map((atoms) => ({
        re: new RegExp(atoms.map((a) => `(?:${a.re.source})`).join('|'), atoms[0]!.re.flags),
        unicode: atoms[0]!.unicode,
      }));
    }
    return this.anyAtom.every(({ re, unicode }) =>
      unicode || units.length === 1
        ? !re.test(String.fromCodePoint(cp))
        : !units.some((u) => re.test(String.fromCharCode(u))),
    );
  }

  private classify(cp: number, units: number[]): number {
    if (this.inNoAtom(cp, units)) return this.classOfSignature('0'.repeat(this.pos.atoms.length));
    const verdicts = new Map<Atom, boolean | null>();
    let sig = '';
    for (const atom of this.pos.atoms) {
      let member = verdicts.get(atom);
      if (member === undefined) {
        if (atom.unicode || units.length === 1) member = atom.re.test(String.fromCodePoint(cp));
        // A pair seen unit by unit: it behaves like one dead character only if neither unit matches.
        else member = units.some((u) => atom.re.test(String.fromCharCode(u))) ? null : false;
        verdicts.set(atom, member);
      }
      if (member === null) return -1;
      sig += member ? '1' : '0';
    }
    return this.classOfSignature(sig);
  }

  private classOfSignature(sig: string): number {
    const known = this.signatures.get(sig);
    if (known !== undefined) return known;
    // Its own class, while there is room (each row has the columns already, unbuilt).
    return this.classCount < this.maxClasses ? this.openClass(sig) : -1;
  }

  /**
   * Per line of `text` (split at `\n`), the mask of patterns with a match in it; null when
   * the text holds more odd characters than there are classes, or needed too many new states
   * (the caller then uses RegExp). The masks are valid until the next call.
   */
  matchText(text: string): LineMasks | null {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    // One buffer per automaton, reused: an ArrayBuffer per file piles up until a full GC.
    if (this.maskBuffer.length < count) this.maskBuffer = new Int32Array(Math.max(count, this.maskBuffer.length * 2));
    const masks = this.maskBuffer.subarray(0, count);
    const { classOf, acceptColumn } = this;
    let table = this.table;
    const startMask = table[acceptColumn]!;
    this.builds = 0;
    this.resolutions = 0;
    let line = 0;
    let row = 0;
    let mask = startMask;
    for (let j = 0; j < text.length;) {
      let cls = classOf[text.charCodeAt(j++)]!;
      let entry = table[row + cls]!;
      if (entry < 0) {
        if (entry === NEWLINE) {
          masks[line++] = mask;
          mask = startMask;
          entry = 0; // back to the start state
        } else if (entry === NON_ASCII) {
          // Walk it as the class that behaves the same (a surrogate pair is one step).
          const resolved = this.resolve(text, j - 1);
          if (resolved < 0) return null;
          j += resolved >>> 16;
          cls = resolved & 0xffff;
          entry = table[row + cls]!;
        }
        if (entry === UNBUILT) {
          if (this.builds >= MAX_BUILDS_PER_TEXT) return null;
          entry = this.step(row, cls);
          table = this.table; // it may have grown, or been dropped and rebuilt, inside step()
        }
      }
      row = entry >> 1;
      if (entry & 1) mask |= table[row + acceptColumn]!;
    }
    masks[line] = mask;
    return masks;
  }
}
