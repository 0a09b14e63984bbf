import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
} from "./chunk-WTRQZ5GQ.js";
import "./chunk-QO64CEZA.js";
import "./chunk-XDSWMVUJ.js";
import "./chunk-BENUIBHG.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-JBXSZZYJ.js";
import "./chunk-Y5BR2EGJ.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings
};
