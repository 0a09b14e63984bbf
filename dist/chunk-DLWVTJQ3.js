import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-IBNBJOAS.js";
import "./chunk-B4FB6YV7.js";
import "./chunk-V5V4PZD2.js";
export {
  runSecretsCommand,
  secretFindings
};
