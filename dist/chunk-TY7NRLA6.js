import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
} from "./chunk-HK5A2VOE.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-YCW4PPVA.js";
import "./chunk-URMH44IO.js";
import "./chunk-XNFZ6MVZ.js";
import "./chunk-QUQWNW22.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import "./chunk-BUR2U2H6.js";
import "./chunk-QTZD6J6D.js";
import "./chunk-M7CPPUSY.js";
export {
  SECRETS_FLAGS,
  runSecretsCommand,
  secretFindings,
  userPoolOptions
};
