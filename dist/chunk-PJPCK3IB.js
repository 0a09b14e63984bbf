import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-FJBCMBUQ.js";
import "./chunk-DTQFCG24.js";
import "./chunk-NIKYAXAB.js";
import "./chunk-IWOWADYR.js";
import "./chunk-V5V4PZD2.js";
export {
  runSecretsCommand,
  secretFindings
};
