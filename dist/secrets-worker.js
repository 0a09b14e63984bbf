import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-QO64CEZA.js";
import "./chunk-XDSWMVUJ.js";
import "./chunk-BENUIBHG.js";
import "./chunk-Y5BR2EGJ.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
