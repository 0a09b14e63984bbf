import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-3FY5KWIB.js";
import "./chunk-KRLWGHYC.js";
import "./chunk-V5V4PZD2.js";
export {
  runSecretsCommand,
  secretFindings
};
