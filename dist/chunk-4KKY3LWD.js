import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  BaselineError,
  FILTER,
  VERSION,
  compareEntries,
  defaultFilters,
  defaultPlugins,
  generatedAtNow,
  identity,
  mergeLabels,
  parseBaseline,
  patternsOf,
  serializeBaseline,
  serializeBaselineChunks,
  withBaselineFilter
} from "./chunk-AABCNCUO.js";
import "./chunk-64XI3C4Y.js";
import "./chunk-M7CPPUSY.js";
export {
  BaselineError,
  FILTER,
  VERSION,
  compareEntries,
  defaultFilters,
  defaultPlugins,
  generatedAtNow,
  identity,
  mergeLabels,
  parseBaseline,
  patternsOf,
  serializeBaseline,
  serializeBaselineChunks,
  withBaselineFilter
};
