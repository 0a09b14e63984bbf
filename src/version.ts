/** Injected by the bundler; falls back to package.json when running from source. */
import { createRequire } from 'node:module';

declare const __CLAWLINT_VERSION__: string | undefined;

function readVersion(): string {
  if (typeof __CLAWLINT_VERSION__ === 'string') return __CLAWLINT_VERSION__;
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

export const VERSION = readVersion();
