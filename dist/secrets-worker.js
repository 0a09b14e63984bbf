import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-ZHHGM376.js";
import "./chunk-U52RBO6H.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
