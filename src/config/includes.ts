/**
 * `$include` resolution as OpenClaw 2026.9.6 does it (src/config/includes.ts):
 * a string or array at any object key, paths relative to the including file,
 * confined to the root config's directory (lexically, then by realpath), at
 * most 10 levels, no cycles, files up to 2 MiB; included values deep-merge in
 * order and sibling keys merge last. Every failure is a finding at the
 * `$include` value and the include contributes nothing: we never throw and
 * never read outside the root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeFinding, type Finding } from '../core/finding.js';
import { locateRange } from '../core/locate.js';
import { formatPath } from '../core/path.js';
import type { MemberNode, ObjectNode, ValueNode } from '../core/tree.js';
import { emptyObjectLike, mergeNodes } from './merge.js';
import type { SourceReader } from './read.js';
import type { SourceFile } from '../core/source.js';
import { bracketDepth, MAX_JSON5_VALUES, parseJson5 } from '../parsers/json5.js';
import { duplicateKeyFindings, invalidUtf8Finding, parseErrorFinding } from './parse-findings.js';

export const INCLUDE_KEY = '$include';
export const MAX_INCLUDE_DEPTH = 10;
export const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
const MAX_INCLUDE_PATH_LENGTH = 4096;
/** Include files loaded per config, repeats counted (OpenClaw itself has no such bound). */
export const MAX_INCLUDE_LOADS = 500;
/**
 * Values (brackets plus commas, as parseJson5 counts them) in a config and all its includes:
 * each file may hold MAX_JSON5_VALUES, but 500 loads of one such file ran past two minutes.
 */
export const MAX_INCLUDE_TREE_VALUES = 2 * MAX_JSON5_VALUES;
/** Bytes of include text read per config, repeats counted (500 loads of 2 MiB would be 1 GB). */
export const MAX_INCLUDE_TREE_BYTES = 32 * 1024 * 1024;

interface Context {
  /** Absolute path of the file whose value is being processed. */
  basePath: string;
  depth: number;
  /** Absolute paths on the include chain, root first. */
  chain: string[];
  /** Their realpaths. */
  realChain: string[];
}

export interface IncludeResult {
  root: ValueNode;
  findings: Finding[];
  /** Every file read, root included. */
  files: SourceFile[];
}

export class IncludeResolver {
  private readonly findings: Finding[] = [];
  private readonly files: SourceFile[] = [];
  private readonly rootDir: string;
  private readonly rootRealDir: string;
  private loads = 0;
  private values: number;
  private bytes = 0;
  /** Set once the tree's budget is spent: the rest is neither read nor reported again. */
  private spent = false;

  constructor(
    private readonly rootFile: SourceFile,
    private readonly reader: SourceReader,
  ) {
    this.rootDir = path.dirname(rootFile.absPath);
    this.rootRealDir = safeRealpath(this.rootDir);
    this.files.push(rootFile);
    this.values = bracketDepth(rootFile.text).values;
  }

  resolve(root: ValueNode): IncludeResult {
    const ctx: Context = {
      basePath: this.rootFile.absPath,
      depth: 0,
      chain: [this.rootFile.absPath],
      realChain: [safeRealpath(this.rootFile.absPath)],
    };
    const resolved = this.process(root, [], ctx);
    return { root: resolved, findings: this.findings, files: this.files };
  }

  private process(node: ValueNode, logical: (string | number)[], ctx: Context): ValueNode {
    if (node.kind === 'array') {
      return { ...node, items: node.items.map((item, i) => this.process(item, [...logical, i], ctx)) };
    }
    if (node.kind !== 'object') return node;
    const include = node.members.get(INCLUDE_KEY);
    const members = new Map<string, MemberNode>();
    for (const [k, m] of node.members) {
      if (k !== INCLUDE_KEY) members.set(k, { ...m, value: this.process(m.value, [...logical, k], ctx) });
    }
    const rest: ObjectNode = { ...node, members };
    if (!include) return rest;

    const included = this.resolveIncludeValue(include, logical, ctx);
    if (!included) return rest;
    if (members.size === 0) return included;
    if (included.kind !== 'object') {
      this.report(include, 'include.invalid', 'Sibling keys require the included content to be an object', logical);
      return rest;
    }
    return mergeNodes(included, rest);
  }

  private resolveIncludeValue(include: MemberNode, logical: (string | number)[], ctx: Context): ValueNode | undefined {
    const value = include.value;
    if (value.kind === 'scalar' && typeof value.value === 'string') {
      return this.loadFile(value.value, value, logical, ctx);
    }
    if (value.kind === 'array') {
      let acc: ValueNode = emptyObjectLike(value);
      for (const item of value.items) {
        if (item.kind !== 'scalar' || typeof item.value !== 'string') {
          this.reportAt(
            item,
            'include.invalid',
            `Invalid $include array item: expected a string, got ${describe(item)}`,
            logical,
          );
          continue;
        }
        const loaded = this.loadFile(item.value, item, logical, ctx);
        if (loaded) acc = mergeNodes(acc, loaded);
      }
      return acc;
    }
    this.reportAt(
      value,
      'include.invalid',
      `Invalid $include value: expected a string or an array of strings, got ${describe(value)}`,
      logical,
    );
    return undefined;
  }

  private loadFile(
    includePath: string,
    at: ValueNode,
    logical: (string | number)[],
    ctx: Context,
  ): ValueNode | undefined {
    const fail = (ruleId: string, message: string): undefined => {
      this.reportAt(at, ruleId, message, logical);
      return undefined;
    };
    const shown = JSON.stringify(includePath);
    const target = this.includeTarget(includePath, ctx);
    if ('refused' in target) return fail(...target.refused);
    const { resolved, real, key } = target;
    // Fan-out: a few tiny files including each other several times each multiply into millions of loads.
    if (this.loads >= MAX_INCLUDE_LOADS)
      return fail(
        'include.too_many',
        `More than ${MAX_INCLUDE_LOADS} include loads for this config; ${shown} and the rest were not loaded`,
      );
    if (this.spent) return undefined;
    this.loads++;
    const read = this.reader(real, this.display(resolved), MAX_INCLUDE_FILE_BYTES);
    if (!read.ok)
      return fail(read.tooLarge ? 'include.too_large' : 'include.unreadable', `Included file ${shown}: ${read.reason}`);
    const file = read.file;
    const over = this.chargeTree(file);
    if (over) return fail('include.too_large', `${over}; ${shown} and every later include were not loaded`);
    this.files.push(file);
    if (read.invalidUtf8At !== undefined) this.findings.push(invalidUtf8Finding(file, read.invalidUtf8At));
    const parsed = parseJson5(file);
    if (!parsed.ok) {
      this.findings.push(parseErrorFinding(file, parsed));
      return fail(
        'include.parse_error',
        `Included file ${shown} is not valid JSON5; OpenClaw refuses to load this config`,
      );
    }
    this.findings.push(...duplicateKeyFindings(file, parsed.duplicates));
    return this.process(parsed.root, logical, {
      basePath: resolved,
      depth: ctx.depth + 1,
      chain: [...ctx.chain, resolved],
      realChain: [...ctx.realChain, key],
    });
  }

  /**
   * The file an include path names, or why OpenClaw refuses it (a NUL, too long, outside the
   * config directory lexically or through a symlink, a cycle, too deep, missing), in that order.
   */
  private includeTarget(
    includePath: string,
    ctx: Context,
  ): { refused: [ruleId: string, message: string] } | { resolved: string; real: string; key: string } {
    const shown = JSON.stringify(includePath);
    if (includePath.includes('\0')) return { refused: ['include.invalid', 'Include path must not contain NUL bytes'] };
    if (includePath.length >= MAX_INCLUDE_PATH_LENGTH)
      return { refused: ['include.invalid', `Include path exceeds ${MAX_INCLUDE_PATH_LENGTH} characters`] };
    const resolved = path.normalize(
      path.isAbsolute(includePath) ? includePath : path.resolve(path.dirname(ctx.basePath), includePath),
    );
    if (!isInside(this.rootDir, resolved))
      return {
        refused: [
          'include.escape',
          `Include path ${shown} escapes the config directory; OpenClaw refuses to load this config`,
        ],
      };
    let real: string | undefined;
    try {
      real = fs.realpathSync(resolved);
    } catch {
      real = undefined;
    }
    if (real !== undefined && !isInside(this.rootRealDir, real))
      return {
        refused: [
          'include.escape',
          `Include path ${shown} resolves outside the config directory through a symlink; OpenClaw refuses to load this config`,
        ],
      };
    // Cycles by realpath: a `loop -> .` symlink makes lexically new paths name the same file.
    const key = real ?? resolved;
    if (ctx.chain.includes(resolved) || ctx.realChain.includes(key)) {
      const names = [...ctx.chain, resolved].map((p) => this.display(p)).join(' -> ');
      return { refused: ['include.cycle', `Circular include: ${names}`] };
    }
    if (ctx.depth >= MAX_INCLUDE_DEPTH)
      return { refused: ['include.too_deep', `Maximum include depth (${MAX_INCLUDE_DEPTH}) exceeded at ${shown}`] };
    if (real === undefined) return { refused: ['include.missing', `Included file ${shown} does not exist`] };
    return { resolved, real, key };
  }

  /**
   * Counts a read include against the whole tree's bounds (bytes, values), before it is parsed or
   * merged; past either, the tree is spent and the reason is returned.
   */
  private chargeTree(file: SourceFile): string | undefined {
    const values = bracketDepth(file.text).values;
    this.bytes += file.text.length;
    const over =
      this.bytes > MAX_INCLUDE_TREE_BYTES
        ? `This config's includes hold more than ${MAX_INCLUDE_TREE_BYTES / 1024 / 1024} MiB in all`
        : this.values + values > MAX_INCLUDE_TREE_VALUES
          ? `This config and its includes hold more than ${MAX_INCLUDE_TREE_VALUES} values in all`
          : undefined;
    if (over) this.spent = true;
    else this.values += values;
    return over;
  }

  private display(abs: string): string {
    const rel = path.relative(this.rootDir, abs).split(path.sep).join('/');
    const rootRel = path.posix.dirname(this.rootFile.path);
    return rootRel === '.' ? rel : `${rootRel}/${rel}`;
  }

  private report(member: MemberNode, ruleId: string, message: string, logical: (string | number)[]): void {
    this.reportAt(member.value, ruleId, message, logical);
  }

  private reportAt(node: ValueNode, ruleId: string, message: string, logical: (string | number)[]): void {
    this.findings.push(
      makeFinding(
        ruleId,
        'critical',
        message,
        locateRange(node.file, node.range),
        formatPath([...logical, INCLUDE_KEY]),
      ),
    );
  }
}

function describe(node: ValueNode): string {
  if (node.kind !== 'scalar') return node.kind;
  return node.value === null ? 'null' : typeof node.value;
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
