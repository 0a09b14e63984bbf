/** Files shipped with clawlint (presets, example policies), found next to the bundle or the sources. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'policies', 'presets'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('clawlint policies/ directory not found next to the program');
}

export function presetPath(name: string): string {
  return path.join(packageRoot(), 'policies', 'presets', `${name}.yaml`);
}
