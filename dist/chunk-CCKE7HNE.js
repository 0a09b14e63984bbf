import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-NYMSFPMH.js";
import "./chunk-M7CPPUSY.js";
export default require_undici();
