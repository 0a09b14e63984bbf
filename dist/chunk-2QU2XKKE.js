import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/core/autofix.ts
var FIX_TYPES = ["security", "migration"];

export {
  FIX_TYPES
};
