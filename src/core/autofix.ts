/**
 * The fix model. A rule describes a fix as operations on config paths (FixOp); the planner turns
 * them into text edits at the exact source tokens of the file each key lives in (an `$include`d
 * file is edited, not the root); the engine applies, verifies and writes them.
 */
import type { ConfigPath } from './finding.js';

/** Which fixes `--fix-type` selects: tightening a setting, or migrating a retired key. */
export type FixType = 'security' | 'migration';
export const FIX_TYPES: readonly FixType[] = ['security', 'migration'];

export type FixOp =
  /** Replace the scalar at `path` (written literally, not through `${VAR}`) with `value`. */
  | { op: 'set'; path: ConfigPath; value: string | number | boolean }
  /**
   * Remove the object member or array item at `path`. `note`: a comment line left in its place
   * saying what was removed and why (never the value).
   */
  | { op: 'remove'; path: ConfigPath; note?: string }
  /**
   * Move the value at `from` (its text, comments inside it kept) to `to`. `carry`: the member
   * removed to take it away (an ancestor of `from` left empty by the move); default `from`.
   */
  | { op: 'move'; from: ConfigPath; to: ConfigPath; carry?: ConfigPath }
  /** Replace the object member at `path` by its own members, renamed (`dm: { policy }` → `dmPolicy`). */
  | { op: 'hoist'; path: ConfigPath; rename: Readonly<Record<string, string>> }
  /**
   * Wrap the scalar at `path` in an object: `streaming: "partial"` → `streaming: { mode: "partial" }`.
   * `value`: what to write under `key` instead of the scalar's own text (`true` → `"partial"`).
   */
  | { op: 'wrap'; path: ConfigPath; key: string; value?: string | number | boolean }
  /** Add the member at `path` (its parent an object that lacks it) with a scalar value. */
  | { op: 'add'; path: ConfigPath; value: string | number | boolean }
  /**
   * Replace the string at `path` by an env SecretRef `{ source: "env", provider: "default", id }`:
   * a literal moves to the variable `id` (the user supplies it); a whole `${id}` keeps reading it.
   * Anything else plans nothing.
   */
  | { op: 'secretRef'; path: ConfigPath; id: string };

/** One replacement in one file: UTF-16 offsets into its text (BOM stripped), as the parsers see it. */
export interface TextEdit {
  /** Repo-relative path, as in findings. */
  file: string;
  start: number;
  end: number;
  text: string;
  /** The replaced range, 1-based (JSON and SARIF output). */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A planned fix, attached to the finding it removes. */
export interface Autofix {
  type: FixType;
  /** What the fix does, e.g. `set channels.slack.dmPolicy to "pairing"` (never a secret value). */
  description: string;
  edits: TextEdit[];
  /** Set when an edit's text would carry a secret: the edits are applied, never printed. */
  redacted?: true;
  /**
   * Tried when this fix is refused (it would add a finding): a typo's rename to a near-miss key
   * of another shape falls back to removing the key with a note, as `openclaw doctor` does.
   */
  fallback?: Autofix;
  /**
   * Variables the fix moves a value into (a literal token → `"${OPENCLAW_GATEWAY_TOKEN}"`): the
   * result is verified as if the user had supplied each one with the value `path` held before,
   * as the fix tells them to. The value stays inside the engine; only the name is ever shown.
   */
  supplies?: readonly { name: string; path: ConfigPath }[];
}
