import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  BaselineError,
  FILTER,
  HEURISTICS,
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
} from "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import "./chunk-M7CPPUSY.js";
export {
  BaselineError,
  FILTER,
  HEURISTICS,
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
