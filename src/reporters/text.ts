/** Human output: `file:line:col severity message [ruleId]`, with source and carets on a TTY. */
import { summarize, type Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';

export interface TextOptions {
  /** Show the source line with a caret underline (TTY). */
  pretty?: boolean;
  color?: boolean;
  /** Sources by repo-relative path, for the pretty form. */
  sources?: ReadonlyMap<string, SourceFile>;
  /** Scrubs secrets from quoted source lines. */
  redact?: (text: string) => string;
}

const COLORS = { critical: '\x1b[31m', warn: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Strip control characters so a hostile file name or value cannot drive the terminal. */
export function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatFindingLine(f: Finding): string {
  return `${clean(f.file)}:${f.startLine}:${f.startColumn} ${f.severity} ${clean(f.message.replace(/\r?\n/g, ' '))} [${f.ruleId}]`;
}

export function formatText(findings: readonly Finding[], opts: TextOptions = {}): string {
  const c = opts.color ? COLORS : { critical: '', warn: '', info: '', dim: '', reset: '' };
  const lines: string[] = [];
  for (const f of findings) {
    if (!opts.pretty) {
      lines.push(formatFindingLine(f));
      continue;
    }
    lines.push(
      `${clean(f.file)}:${f.startLine}:${f.startColumn} ${c[f.severity]}${f.severity}${c.reset} ${clean(f.message)} ${c.dim}[${f.ruleId}]${c.reset}`,
    );
    const src = opts.sources?.get(f.file);
    if (src) {
      const raw = src.lineText(f.startLine).replace(/\t/g, ' ');
      const text = clean(opts.redact ? opts.redact(raw) : raw);
      const width =
        f.endLine === f.startLine
          ? Math.max(1, f.endColumn - f.startColumn)
          : Math.max(1, text.length - f.startColumn + 1);
      lines.push(`  ${c.dim}${String(f.startLine).padStart(4)} |${c.reset} ${text}`);
      lines.push(
        `  ${' '.repeat(4)} | ${' '.repeat(Math.max(0, f.startColumn - 1))}${c[f.severity]}^${'~'.repeat(width - 1)}${c.reset}`,
      );
    }
    if (f.fix) lines.push(`  ${c.dim}fix: ${clean(f.fix)}${c.reset}`);
  }
  if (findings.length && opts.pretty) {
    const s = summarize(findings);
    lines.push(
      '',
      `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${s.critical} critical, ${s.warn} warn, ${s.info} info`,
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
