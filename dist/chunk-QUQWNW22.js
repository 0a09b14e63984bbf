import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/core/quote.ts
var INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
function quoteForMessage(text, max = 80) {
  const clipped = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return JSON.stringify(clipped).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  quoteForMessage
};
