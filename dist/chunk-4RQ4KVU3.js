import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  filesToScan,
  gitOutput,
  relativeToCwd
} from "./chunk-G4JPXQM3.js";
import "./chunk-M7CPPUSY.js";
export {
  filesToScan,
  gitOutput,
  relativeToCwd
};
