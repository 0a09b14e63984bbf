/**
 * A repository string quoted for a message: JSON-quoted (quotes, backslashes and control
 * characters escaped), with line/paragraph separators, bidi controls and zero-width characters
 * escaped too (they could reorder or hide the rest of the line), and clipped so a huge value
 * cannot fill a report. Never use it for values: those are named and measured, not quoted.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

export function quoteForMessage(text: string, max = 80): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(clipped).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
