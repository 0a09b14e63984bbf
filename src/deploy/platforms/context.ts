/** What a platform reader gets: the run's env, and a way to read env files next to the manifest. */
import fs from 'node:fs';
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

  constructor(
    readonly cwd: string,
    /** Variables the user gave (env files, --env): compose's "shell environment". */
    readonly env: ReadonlyMap<string, string>,
  ) {}

  rel(abs: string): string {
    return toRel(this.cwd, abs);
  }

  /** Read a dotenv file inside the scanned tree (never outside cwd); null when unreadable. */
  readEnvFile(abs: string): SourceFile | null {
    if (this.envFiles.has(abs)) return this.envFiles.get(abs)!;
    let result: SourceFile | null = null;
    const inside = path.relative(this.cwd, abs);
    if (!inside.startsWith('..') && !path.isAbsolute(inside) && fs.existsSync(abs)) {
      const r = readSourceFile(abs, this.rel(abs), MAX_ENV_FILE_BYTES);
      if (r.ok) result = r.file;
    }
    this.envFiles.set(abs, result);
    return result;
  }

  /** Variables of an env file as EnvVars located in that file (`loc` = where it is referenced). */
  envFileVars(abs: string, referencedAt: Location, origin: string): EnvVar[] | undefined {
    const file = this.readEnvFile(abs);
    if (!file) return undefined;
    return parseDotenv(file.text).map((e) => ({
      name: e.key,
      kind: 'env-file' as const,
      value: e.value,
      loc: referencedAt,
      valueLoc: locateRange(file, [e.keyOffset, e.keyOffset + e.key.length]),
      origin,
    }));
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
