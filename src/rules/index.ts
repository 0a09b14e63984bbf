/**
 * The rule registry: an explicit list, sorted by id. Adding a rule = one file
 * under src/rules/openclaw/, one line here, fixtures under
 * test/fixtures/rules/<id>/ and a page at docs/rules/<id>.md.
 */
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [];
