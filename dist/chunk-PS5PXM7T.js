import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
} from "./chunk-PS3RTWR7.js";
import "./chunk-DWRM6SP7.js";
import "./chunk-56237HLQ.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-3LYMMJPW.js";
import "./chunk-KIPISUVY.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
};
