/** Comment ranges in JSON5 (line and block comments) and hash-comment formats (YAML, Dockerfile, TOML, .env, systemd). */
import type { Range } from '../core/tree.js';

export function json5Comments(text: string): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const start = i;
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      out.push([start, i]);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push([i, stop]);
      i = stop - 1;
    }
  }
  return out;
}

/** `#` comments: at line start or after whitespace, outside single/double quotes on that line. */
export function hashComments(text: string): Range[] {
  const out: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let quote: string | undefined;
    for (let i = lineStart; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") {
        if (i === lineStart || /[\s:[{,=-]/.test(text[i - 1]!)) quote = c;
      } else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) {
        out.push([i, end > i && text[end - 1] === '\r' ? end - 1 : end]);
        break;
      }
    }
    lineStart = end + 1;
  }
  return out;
}

export function commentsFor(path: string, text: string): Range[] {
  return /\.json5?$/i.test(path) ? json5Comments(text) : hashComments(text);
}
