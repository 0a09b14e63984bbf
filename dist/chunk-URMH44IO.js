import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
