import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-4NV25OPQ.js";
import "./chunk-IWOWADYR.js";
import "./chunk-V5V4PZD2.js";

// src/secrets/worker.ts
serveWorker();
