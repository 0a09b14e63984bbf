import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
} from "./chunk-TCPL5UTW.js";
import "./chunk-YGT7DBNM.js";
import "./chunk-LKQKQO6L.js";
import "./chunk-P7B3VLA5.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-JBXSZZYJ.js";
import "./chunk-EIOIHWPW.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
};
