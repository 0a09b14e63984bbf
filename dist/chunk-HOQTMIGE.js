import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-HUQWWE6T.js";
import "./chunk-DTQFCG24.js";
import "./chunk-ZFE5TP77.js";
import "./chunk-A4ZTT3PV.js";
import "./chunk-V5V4PZD2.js";
export {
  runSecretsCommand,
  secretFindings
};
