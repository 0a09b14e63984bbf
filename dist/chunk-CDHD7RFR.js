import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  runSecretsCommand,
  secretFindings
} from "./chunk-ZP3MBS24.js";
import "./chunk-I7OCYG7K.js";
import "./chunk-ZHHGM376.js";
import "./chunk-U52RBO6H.js";
import "./chunk-M7CPPUSY.js";
export {
  runSecretsCommand,
  secretFindings
};
