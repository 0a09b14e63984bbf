import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
} from "./chunk-M3PM5FAY.js";
import "./chunk-SIIQBAZ5.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-AABCNCUO.js";
import "./chunk-G4JPXQM3.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-3LYMMJPW.js";
import "./chunk-25XCFICT.js";
import "./chunk-64XI3C4Y.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
};
