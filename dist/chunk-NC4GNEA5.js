import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
} from "./chunk-XWL3BRV5.js";
import "./chunk-O35AZ4YN.js";
import "./chunk-H3DEMWBW.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-3LYMMJPW.js";
import "./chunk-CR3CJWJX.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
};
