import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-O35AZ4YN.js";
import "./chunk-H3DEMWBW.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-CR3CJWJX.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
