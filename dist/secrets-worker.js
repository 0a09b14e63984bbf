import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-DWRM6SP7.js";
import "./chunk-56237HLQ.js";
import "./chunk-KIPISUVY.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
