/** Findings for JSON5 syntax errors and duplicate keys. */
import { makeFinding, type Finding } from '../core/finding.js';
import { locateOffset, locateRange } from '../core/locate.js';
import { formatPath } from '../core/path.js';
import type { SourceFile } from '../core/source.js';
import type { DuplicateKey } from '../parsers/json5.js';

export function parseErrorFinding(file: SourceFile, err: { message: string; offset: number }): Finding {
  return makeFinding(
    'parse.error',
    'critical',
    `Invalid JSON5: ${err.message.replace(/\.$/, '')}; OpenClaw refuses to start with this config`,
    locateOffset(file, err.offset),
  );
}

export function duplicateKeyFindings(file: SourceFile, dups: readonly DuplicateKey[]): Finding[] {
  return dups.map((d) => {
    const first = file.positionAt(d.firstRange[0]);
    return makeFinding(
      'parse.duplicate_key',
      'warn',
      `Duplicate key ${JSON.stringify(d.key)} (first at line ${first.line}); the last value wins`,
      locateRange(file, d.range),
      formatPath([...d.parentPath, d.key]),
      `Remove one of the ${JSON.stringify(d.key)} keys`,
    );
  });
}

/** OpenClaw reads invalid UTF-8 as U+FFFD and runs the config: it is linted so, and the first bad byte is shown. */
export function invalidUtf8Finding(file: SourceFile, at: number): Finding {
  return makeFinding(
    'parse.invalid_utf8',
    'warn',
    'File is not valid UTF-8 from here on; OpenClaw reads each invalid byte as U+FFFD, and so is it linted',
    locateOffset(file, at, 1),
  );
}
