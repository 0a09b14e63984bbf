import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-ZFE5TP77.js";
import "./chunk-A4ZTT3PV.js";
import "./chunk-V5V4PZD2.js";

// src/secrets/worker.ts
serveWorker();
