/** What a platform reader gets: the run's env, and a way to read env files next to the manifest. */
import { makeFinding, type Finding } from '../../core/finding.js';
import { allowedRoots, isInside, realOrSelf } from '../../core/fs-confined.js';
import path from 'node:path';
import type { Location } from '../../core/finding.js';
import { locateRange } from '../../core/locate.js';
import type { SourceFile } from '../../core/source.js';
import { readSourceFile } from '../../config/read.js';
import { toRel } from '../../discovery.js';
import { parseDotenv } from '../../parsers/dotenv.js';
import type { EnvVar } from '../model.js';

export const MAX_ENV_FILE_BYTES = 1024 * 1024;

export class ReadContext {
  /** Env files read, by absolute path. */
  readonly envFiles = new Map<string, SourceFile | null>();
  /** Why an env file was not read, by absolute path (confinement, not a regular file, size). */
  private readonly refusedWhy = new Map<string, string>();
  /** Findings at the keys that name a refused file. */
  readonly refusals: Finding[] = [];

  constructor(
    readonly cwd: string,
    /** Variables the user gave (env files, --env): compose's "shell environment". */
    readonly env: ReadonlyMap<string, string>,
  ) {}

  rel(abs: string): string {
    return toRel(this.cwd, abs);
  }

  /** True for a path inside cwd or inside a scanned path named outside it (`lint ../deploy`). */
  inside(abs: string): boolean {
    const rel = path.relative(this.cwd, abs);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return true;
    return allowedRoots().some((r) => isInside(r, realOrSelf(abs)));
  }

  /** Read a dotenv file inside the scanned tree (never outside it); null when unreadable. */
  readEnvFile(abs: string): SourceFile | null {
    if (this.envFiles.has(abs)) return this.envFiles.get(abs)!;
    let result: SourceFile | null = null;
    if (this.inside(abs)) {
      const r = readSourceFile(abs, this.rel(abs), MAX_ENV_FILE_BYTES);
      if (r.ok) result = r.file;
      else if (r.reason !== 'file does not exist') this.refusedWhy.set(abs, r.reason);
    } else this.refusedWhy.set(abs, 'path leaves the workspace; not read');
    this.envFiles.set(abs, result);
    return result;
  }

  /** Variables of an env file as EnvVars located in that file (`loc` = where it is referenced). */
  envFileVars(abs: string, referencedAt: Location, origin: string): EnvVar[] | undefined {
    const file = this.readEnvFile(abs);
    if (!file) {
      this.refuse(abs, referencedAt, 'env file');
      return undefined;
    }
    return parseDotenv(file.text).map((e) => ({
      name: e.key,
      kind: 'env-file' as const,
      value: e.value,
      loc: referencedAt,
      valueLoc: locateRange(file, [e.keyOffset, e.keyOffset + e.key.length]),
      origin,
    }));
  }

  /** Repo-relative inside the tree, absolute outside it. */
  private shown(abs: string): string {
    const rel = path.relative(this.cwd, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : this.rel(abs);
  }

  /** A finding at `at` when `abs` was refused (not when it is merely missing). */
  refuse(abs: string, at: Location, what: string, reason = this.refusedWhy.get(abs)): void {
    if (!reason) return;
    this.refusals.push(
      makeFinding('file.unreadable', 'warn', `${what} ${JSON.stringify(this.shown(abs))}: ${reason}`, at),
    );
  }

  /** Where the `.env` next to a compose file sets `name`, unless the user's env overrides it. */
  dotenvLocation(dir: string, name: string): Location | undefined {
    if (this.env.has(name)) return undefined;
    const file = this.readEnvFile(path.join(dir, '.env'));
    const e = file ? parseDotenv(file.text).find((x) => x.key === name) : undefined;
    return file && e ? locateRange(file, [e.keyOffset, e.keyOffset + e.key.length]) : undefined;
  }

  /** The `.env` next to a compose file merged under the user's env (the user's env wins, like the shell). */
  interpolationEnv(dir: string): Map<string, string> {
    const env = new Map<string, string>();
    const file = this.readEnvFile(path.join(dir, '.env'));
    if (file) for (const e of parseDotenv(file.text)) env.set(e.key, e.value);
    for (const [k, v] of this.env) env.set(k, v);
    return env;
  }
}
