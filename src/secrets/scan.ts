/** Scans many files: read, UTF-8-or-skip, per-file scan; builds settings from defaults or a baseline. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FILTER, patternsOf, type BaselineEntry, type FilterConfig } from './baseline.js';
import { createPlugin, type PluginConfig } from './plugins/index.js';
import { isFileExcluded, scanText, type PotentialSecret, type ScanSettings } from './scan-file.js';

/** Compiles a user (Python) regex; `u` first for Unicode semantics, plain as a fallback. */
export function compileUserRegex(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

export function buildSettings(plugins: PluginConfig[], filters: FilterConfig[]): ScanSettings {
  const settings: ScanSettings = {
    plugins: plugins.map(createPlugin).filter((p) => p !== undefined),
    excludeFiles: patternsOf(filters, FILTER.excludeFile).map(compileUserRegex),
    excludeLines: patternsOf(filters, FILTER.excludeLine).map(compileUserRegex),
    excludeSecrets: patternsOf(filters, FILTER.excludeSecret).map(compileUserRegex),
  };
  const baselineFilter = filters.find((f) => f.path === FILTER.baselineFile);
  if (typeof baselineFilter?.filename === 'string') settings.baselineFilename = baselineFilter.filename;
  return settings;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decoded text, or null when detect-secrets would skip the file (not a regular file, not UTF-8). */
export async function readText(abs: string): Promise<string | null> {
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) return null;
    return utf8.decode(await fs.readFile(abs));
  } catch {
    return null;
  }
}

export async function scanFiles(cwd: string, files: string[], settings: ScanSettings): Promise<PotentialSecret[]> {
  const out: PotentialSecret[] = [];
  const queue = files.filter((f) => !isFileExcluded(f, settings));
  let next = 0;
  // A few reads in flight hide I/O latency; scanning itself is synchronous.
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const file = queue[next++]!;
      const text = await readText(path.resolve(cwd, file));
      if (text === null) continue;
      out.push(...scanText(file, text, settings));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return out;
}

export function toEntries(secrets: PotentialSecret[]): Map<string, BaselineEntry[]> {
  const results = new Map<string, BaselineEntry[]>();
  for (const s of secrets) {
    let list = results.get(s.filename);
    if (!list) results.set(s.filename, (list = []));
    list.push({ type: s.type, filename: s.filename, hashed_secret: s.hashedSecret, is_verified: false, line_number: s.lineNumber });
  }
  return results;
}
