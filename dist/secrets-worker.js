import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-YGT7DBNM.js";
import "./chunk-LKQKQO6L.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-EIOIHWPW.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
