import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-SIIQBAZ5.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-AABCNCUO.js";
import "./chunk-25XCFICT.js";
import "./chunk-64XI3C4Y.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
