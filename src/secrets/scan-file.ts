/**
 * detect-secrets `core/scan.py::scan_file` for one decoded file: transformers, line filters,
 * plugins, secret filters, per-file dedup (first line wins) and the eager second pass.
 */
import { createHash } from 'node:crypto';
import { configHits, extraType, tokenHits, type ExtraHit } from './extras.js';
import { determineFileType, type FileType } from './filetype.js';
import {
  isBaselineFile,
  isIndirectReference,
  isLikelyIdString,
  isLineAllowlisted,
  isLockFile,
  isNonTextFile,
  isNotAlphanumericString,
  isPotentialUuid,
  isPrefixedWithDollarSign,
  isSequentialString,
  isSwaggerFile,
  isTemplatedSecret,
} from './filters.js';
import { LineAutomaton, Unsupported } from './line-automaton.js';
import type { Plugin } from './plugins/index.js';
import { pyRstrip } from './py.js';
import type { LinearRegex } from '../core/linear-regex.js';
import type { SettingsSource } from './scan.js';
import { transformIni } from './transformers/ini.js';
import { transformYaml } from './transformers/yaml.js';

export interface ScanSettings {
  plugins: Plugin[];
  /** Filter regexes from the baseline or the command line, on the linear engine. */
  excludeFiles: LinearRegex[];
  excludeLines: LinearRegex[];
  excludeSecrets: LinearRegex[];
  /** The `is_baseline_file` filter's stored filename, when a baseline was loaded. */
  baselineFilename?: string;
  /**
   * Filters (detect-secrets paths) of the default set that these settings run without: those a
   * baseline written with `--disable-filter` does not list. Absent: none.
   */
  off?: ReadonlySet<string>;
  /** Enabled opt-in extra detectors (clawlint's own; none by default). */
  extras?: ReadonlySet<string>;
  /** The plain data these settings were built from (for worker threads). */
  source?: SettingsSource;
}

/** A 1-based line with 1-based UTF-16 columns, end exclusive. */
export interface Span {
  line: number;
  startColumn: number;
  endColumn: number;
}

export interface PotentialSecret {
  type: string;
  filename: string;
  hashedSecret: string;
  lineNumber: number;
  pluginName: string;
  span: Span;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** The filename-only filters, in detect-secrets' order. */
export function isFileExcluded(filename: string, settings: ScanSettings): boolean {
  const on = filterIsOn(settings);
  return (
    isNonTextFile(filename) ||
    (on('is_lock_file') && isLockFile(filename)) ||
    (on('is_swagger_file') && isSwaggerFile(filename)) ||
    isBaselineFile(filename, settings.baselineFilename) ||
    settings.excludeFiles.some((re) => testRe(re, filename))
  );
}

const HEURISTIC = 'detect_secrets.filters.heuristic.';
const ALL_ON = (): boolean => true;

/** `on(name)`: whether the heuristic filter `name` (or the allowlist, `allowlist`) runs. */
function filterIsOn(settings: ScanSettings): (name: string) => boolean {
  const off = settings.off;
  if (!off?.size) return ALL_ON;
  return (name) =>
    !off.has(name === 'allowlist' ? 'detect_secrets.filters.allowlist.is_line_allowlisted' : HEURISTIC + name);
}

function testRe(re: LinearRegex, text: string): boolean {
  return re.test(text);
}

/** Python `readlines()` after universal-newline translation, without the terminators. */
export function splitLines(text: string): string[] {
  if (!text) return [];
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Universal-newline translation (`\r\n` and `\r` become `\n`). */
function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function scanText(filename: string, text: string, settings: ScanSettings): PotentialSecret[] {
  const normalized = normalizeNewlines(text);
  const rawLines = splitLines(normalized);
  const fileType = determineFileType(filename);
  let lines = transformIni(normalized, rawLines, false);
  if (lines === null && fileType === 'yaml') lines = transformYaml(normalized, rawLines);
  const transformed = lines !== null && lines.length > 0;
  // Raw lines joined with `\n` are the normalized text (a final newline matches no prefilter);
  // not sliced, as a sliced string would be flattened again by every regex run.
  const joined = transformed ? lines!.join('\n') : normalized;
  let found = scanLines(filename, fileType, transformed ? lines! : rawLines, joined, rawLines, transformed, settings);
  if (!found.length && fileType === 'other') {
    const eager = transformIni(normalized, rawLines, true);
    if (eager && eager.length) found = scanLines(filename, fileType, eager, eager.join('\n'), rawLines, true, settings);
  }
  if (settings.extras?.size) found.push(...scanExtras(filename, normalized, rawLines, settings));
  return found;
}

/** The opt-in extra detectors: a pass of their own over the raw text, after detect-secrets'. */
function scanExtras(filename: string, text: string, rawLines: string[], settings: ScanSettings): PotentialSecret[] {
  const enabled = settings.extras!;
  const hits: ExtraHit[] = [
    ...configHits(filename, text, rawLines, enabled),
    ...tokenHits(filename, text, rawLines, enabled),
  ];
  hits.sort((a, b) => a.line - b.line || a.index - b.index);
  const results = new Map<string, PotentialSecret>();
  for (const h of hits) {
    const line = pyRstrip(rawLines[h.line - 1] ?? '');
    if (settings.excludeLines.some((re) => testRe(re, line))) continue;
    if (settings.excludeSecrets.some((re) => testRe(re, h.value))) continue;
    const type = extraType(h.detector);
    const hashedSecret = sha1(h.value);
    const key = `${hashedSecret}\0${type}`;
    if (results.has(key)) continue;
    results.set(key, {
      type,
      filename,
      hashedSecret,
      lineNumber: h.line,
      pluginName: h.detector,
      span: spanFor(h.value, h.index, h.line, line, rawLines),
    });
  }
  return [...results.values()];
}

function scanLines(
  filename: string,
  fileType: FileType,
  lines: string[],
  joined: string,
  rawLines: string[],
  transformed: boolean,
  settings: ScanSettings,
): PotentialSecret[] {
  const candidatesByLine = markCandidateLines(lines, joined, settings.plugins, transformed);
  const results = new Map<string, PotentialSecret>();
  if (!candidatesByLine) return [];
  const on = filterIsOn(settings);
  for (const i of candidatesByLine.order) {
    const pluginsHere = candidatesByLine.marks.get(i)!;
    const line = pyRstrip(lines[i]!);
    const previous = i > 0 ? lines[i - 1]! : '';
    if (on('allowlist') && isLineAllowlisted(filename, line, previous)) continue;
    if (on('is_indirect_reference') && isIndirectReference(line)) continue;
    if (settings.excludeLines.some((re) => testRe(re, line))) continue;
    for (const plugin of pluginsHere) {
      const seenInLine = new Set<string>();
      for (const c of plugin.analyze(line, fileType)) {
        if (seenInLine.has(c.value)) continue;
        seenInLine.add(c.value);
        if (isSecretFiltered(c.value, line, plugin, settings, on)) continue;
        const hashedSecret = sha1(c.value);
        const key = `${hashedSecret}\0${plugin.type}`;
        if (results.has(key)) continue;
        results.set(key, {
          type: plugin.type,
          filename,
          hashedSecret,
          lineNumber: i + 1,
          pluginName: plugin.name,
          span: spanFor(c.value, c.index, i + 1, transformed ? undefined : line, rawLines),
        });
      }
    }
  }
  return [...results.values()];
}

function isSecretFiltered(
  secret: string,
  line: string,
  plugin: Plugin,
  settings: ScanSettings,
  on: (name: string) => boolean,
): boolean {
  return (
    (on('is_sequential_string') && isSequentialString(secret)) ||
    (on('is_potential_uuid') && isPotentialUuid(secret)) ||
    (on('is_likely_id_string') && isLikelyIdString(secret, line, plugin.regexBased)) ||
    (on('is_templated_secret') && isTemplatedSecret(secret)) ||
    (on('is_prefixed_with_dollar_sign') && isPrefixedWithDollarSign(secret)) ||
    (on('is_not_alphanumeric_string') && isNotAlphanumericString(secret)) ||
    settings.excludeSecrets.some((re) => testRe(re, secret))
  );
}

interface CandidateLines {
  /** Line indexes with at least one candidate plugin, ascending. */
  order: number[];
  /** Per line, the plugins that can match it, in plugin order. */
  marks: Map<number, Plugin[]>;
}

/**
 * Runs each plugin's prefilter over the whole (transformed) text `joined` (the lines joined
 * with `\n`): a plugin whose prefilter finds nothing is skipped for the file, and for the
 * others only the lines holding a prefilter hit are analysed. Null when no line can match.
 */
function markCandidateLines(
  lines: string[],
  joined: string,
  plugins: Plugin[],
  transformed: boolean,
): CandidateLines | null {
  const byAutomaton = markWithAutomaton(lines, joined, plugins, transformed);
  if (byAutomaton !== undefined) return byAutomaton;
  const unions = unionPrefilters(plugins);
  if (!unions) return markEachPlugin(lines, joined, plugins);
  // A pass of each union finds every line where some prefilter matches (prefilters never
  // span lines); each such line is then tested with every plugin's own prefilter.
  const ascii = !NON_ASCII.test(joined);
  let flagged: Uint8Array | null = null;
  let starts: number[] | null = null;
  for (const union of unions) {
    const re = ascii ? union.ascii : union.unicode;
    re.lastIndex = 0;
    let m = re.exec(joined);
    if (m === null) continue;
    flagged ??= new Uint8Array(lines.length);
    starts ??= lineStarts(lines);
    while (m !== null) {
      const line = lineAt(starts, m.index);
      flagged[line] = 1;
      const next = starts[line + 1];
      if (next === undefined) break;
      re.lastIndex = next;
      m = re.exec(joined);
    }
  }
  if (!flagged) return null;
  const marks = new Map<number, Plugin[]>();
  const order: number[] = [];
  for (let line = 0; line < flagged.length; line++) {
    if (!flagged[line]) continue;
    const text = lines[line]!;
    let list: Plugin[] | undefined;
    for (const plugin of plugins) {
      const re = plugin.prefilter;
      if (!re) continue;
      re.lastIndex = 0;
      if (re.test(text)) (list ??= []).push(plugin);
    }
    if (list) {
      marks.set(line, list);
      order.push(line);
    }
  }
  return order.length ? { order, marks } : null;
}

interface PrefilterAutomaton {
  automaton: LineAutomaton;
  /** The plugins with a prefilter, in plugin order: bit k of a line mask is plugin k. */
  plugins: Plugin[];
  /** Plugin lists by mask, shared between lines (read-only). */
  lists: Map<number, Plugin[]>;
}

const automatonCache = new WeakMap<Plugin[], PrefilterAutomaton | null>();

function prefilterAutomaton(plugins: Plugin[]): PrefilterAutomaton | null {
  let entry = automatonCache.get(plugins);
  if (entry !== undefined) return entry;
  entry = null;
  if (!plugins.some((p) => p.prefilter === null)) {
    const withPrefilter = plugins.filter((p) => p.prefilter);
    try {
      const automaton = new LineAutomaton(withPrefilter.map((p) => p.prefilter as RegExp));
      entry = { automaton, plugins: withPrefilter, lists: new Map() };
    } catch (e) {
      // A prefilter outside the automaton's regex subset: the regex unions do the work.
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  automatonCache.set(plugins, entry);
  return entry;
}

/**
 * The lines where some prefilter matches, found by the prefilters' joint automaton in one
 * pass; undefined when it cannot answer (more odd non-ASCII characters than it has classes for, a transformed line holding `\n`,
 * an unsupported prefilter), and the regexes are used instead.
 */
function markWithAutomaton(
  lines: string[],
  joined: string,
  plugins: Plugin[],
  transformed: boolean,
): CandidateLines | null | undefined {
  const pa = prefilterAutomaton(plugins);
  if (!pa) return undefined;
  const masks = pa.automaton.matchText(joined);
  if (!masks) return undefined;
  // Raw text may end with the empty segment after a final newline. Transformed lines are
  // joined with `\n`, so a surplus segment means a line holding `\n`: left to the regexes.
  const tail = masks.length - lines.length;
  if (tail !== 0 && (transformed || tail !== 1)) return undefined;
  const marks = new Map<number, Plugin[]>();
  const order: number[] = [];
  for (let line = 0; line < lines.length; line++) {
    const mask = masks[line]!;
    if (!mask) continue;
    let list = pa.lists.get(mask);
    if (!list) {
      list = pa.plugins.filter((_, k) => mask & (1 << k));
      pa.lists.set(mask, list);
    }
    marks.set(line, list);
    order.push(line);
  }
  return order.length ? { order, marks } : null;
}

const NON_ASCII = /[^\x00-\x7f]/;

interface Union {
  /** For any text (Unicode semantics, as the prefilters themselves). */
  unicode: RegExp;
  /** For ASCII-only text: `\p{Nd}` is `[0-9]` there and the faster non-Unicode engine applies. */
  ascii: RegExp;
}

const unionCache = new WeakMap<Plugin[], Union[] | null>();

/**
 * The prefilters joined into two regexes, case-sensitive and case-insensitive ones apart
 * (each far cheaper than a pass per plugin); null when a plugin has no prefilter.
 */
function unionPrefilters(plugins: Plugin[]): Union[] | null {
  let unions = unionCache.get(plugins);
  if (unions !== undefined) return unions;
  if (plugins.some((p) => p.prefilter === null)) {
    unions = null;
  } else {
    unions = [];
    for (const caseless of [false, true]) {
      const sources = plugins.flatMap((p) =>
        p.prefilter && p.prefilter.flags.includes('i') === caseless ? [`(?:${p.prefilter.source})`] : [],
      );
      if (!sources.length) continue;
      const source = sources.join('|');
      const flags = caseless ? 'gi' : 'g';
      const unicode = new RegExp(source, `${flags}u`);
      const asciiSource = source.replaceAll('\\p{Nd}', '0-9');
      unions.push({ unicode, ascii: asciiSource.includes('\\p{') ? unicode : new RegExp(asciiSource, flags) });
    }
  }
  unionCache.set(plugins, unions);
  return unions;
}

/** The plain per-plugin scan, for plugin sets with a prefilter-less plugin. */
function markEachPlugin(lines: string[], joined: string, plugins: Plugin[]): CandidateLines | null {
  let marks: Map<number, Plugin[]> | null = null;
  let starts: number[] | null = null;
  for (const plugin of plugins) {
    const re = plugin.prefilter;
    if (re === false) continue;
    if (!re) {
      marks ??= new Map();
      for (let i = 0; i < lines.length; i++) addMark(marks, i, plugin);
      continue;
    }
    re.lastIndex = 0;
    let m = re.exec(joined);
    if (m === null) continue;
    marks ??= new Map();
    starts ??= lineStarts(lines);
    while (m !== null) {
      const line = lineAt(starts, m.index);
      addMark(marks, line, plugin);
      const next = starts[line + 1];
      if (next === undefined) break;
      re.lastIndex = next;
      m = re.exec(joined);
    }
  }
  if (!marks) return null;
  return { order: [...marks.keys()].sort((a, b) => a - b), marks };
}

function addMark(marks: Map<number, Plugin[]>, line: number, plugin: Plugin): void {
  const list = marks.get(line);
  if (list) list.push(plugin);
  else marks.set(line, [plugin]);
}

/** Offsets of each line in `lines.join('\n')` (a transformed line may itself hold `\n`). */
function lineStarts(lines: string[]): number[] {
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Exact span on the original line; for transformed lines, where the value sits in the raw line. */
function spanFor(value: string, index: number, lineNumber: number, line: string | undefined, rawLines: string[]): Span {
  const raw = rawLines[lineNumber - 1] ?? '';
  let start = line !== undefined ? index : raw.indexOf(value);
  let length = value.length;
  if (start < 0) {
    // The value was rewritten by a transformer (unquoted, unescaped): point at the whole line.
    start = Math.max(0, raw.search(/\S/));
    length = Math.max(1, pyRstrip(raw).length - start);
  }
  // Columns count what an editor shows: a BOM on line 1 is invisible.
  const bom = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const startColumn = Math.max(1, start + 1 - bom);
  return { line: lineNumber, startColumn, endColumn: Math.max(startColumn, start + length + 1 - bom) };
}
