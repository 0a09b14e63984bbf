import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  filesToScan,
  gitOutput,
  relativeToCwd
} from "./chunk-BUR2U2H6.js";
import "./chunk-QTZD6J6D.js";
import "./chunk-M7CPPUSY.js";
export {
  filesToScan,
  gitOutput,
  relativeToCwd
};
