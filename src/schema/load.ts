/**
 * Lazy loading of the ahead-of-time compiled validators in dist/schema/<version>/.
 * Only the modules for sections a config actually contains are imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface CompiledModule {
  validate: ((data: unknown, ctx?: { instancePath?: string }) => boolean) & { errors?: AjvError[] | null };
  /** Property names per object schema, keyed by schemaPath (for "did you mean"). */
  keys: Record<string, string[]>;
}

interface ManifestEntry {
  file: string;
  children: Record<string, string>;
  /** For modules with a "*" child: the keys the node's own properties name. */
  known?: string[];
}

export interface Manifest {
  version: string;
  modules: Record<string, ManifestEntry>;
}

export const DEFAULT_OPENCLAW_VERSION = '2026.9.6';

/** Where the compiled validators live: next to the bundle, or dist/ when running from src/. */
export function schemaRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'schema'), path.resolve(here, '..', '..', 'dist', 'schema')];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`compiled schema validators not found (looked in ${candidates.join(', ')}); run npm run build`);
}

export class ValidatorSet {
  private readonly cache = new Map<string, Promise<CompiledModule>>();

  constructor(
    readonly dir: string,
    readonly manifest: Manifest,
  ) {}

  static open(version = DEFAULT_OPENCLAW_VERSION, root = schemaRoot()): ValidatorSet {
    const dir = path.join(root, version);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    return new ValidatorSet(dir, manifest);
  }

  entry(id: string): ManifestEntry {
    const e = this.manifest.modules[id];
    if (!e) throw new Error(`schema module ${id} missing from manifest`);
    return e;
  }

  load(id: string): Promise<CompiledModule> {
    let p = this.cache.get(id);
    if (!p) {
      const url = pathToFileURL(path.join(this.dir, this.entry(id).file)).href;
      p = import(url) as Promise<CompiledModule>;
      this.cache.set(id, p);
    }
    return p;
  }
}
