import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-XSWAIKL7.js";
import "./chunk-DTQFCG24.js";
import "./chunk-4NV25OPQ.js";
import "./chunk-IWOWADYR.js";
import "./chunk-V5V4PZD2.js";
export {
  runSecretsCommand,
  secretFindings
};
