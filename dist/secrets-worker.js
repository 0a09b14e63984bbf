import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  serveWorker
} from "./chunk-XNFZ6MVZ.js";
import "./chunk-QUQWNW22.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import "./chunk-QTZD6J6D.js";
import "./chunk-M7CPPUSY.js";

// src/secrets/worker.ts
serveWorker();
