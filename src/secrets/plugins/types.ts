/** The plugin contract shared by the 27 detect-secrets detectors and clawlint's extras. */
import type { FileType } from '../filetype.js';

/** One extracted secret: the text that gets hashed and where it sits in the line (UTF-16). */
export interface Candidate {
  value: string;
  index: number;
}

export interface Plugin {
  /** detect-secrets class name, e.g. `AWSKeyDetector`. */
  readonly name: string;
  /** The `type` string stored in baselines, e.g. `AWS Access Key`. */
  readonly type: string;
  /** Regex plugins skip the `is_likely_id_string` filter, as `RegexBasedDetector` subclasses do. */
  readonly regexBased: boolean;
  /**
   * A cheap necessary condition run once on the whole file: when it finds nothing,
   * no line of the file can yield a candidate, so the plugin is skipped for the file.
   * Global flag, no backreferences (prefilters are also joined into one union regex);
   * null = every line is a candidate; false = the plugin can never report (skipped).
   */
  readonly prefilter: RegExp | null | false;
  analyze(line: string, fileType: FileType): Candidate[];
  /** Settings serialised after `name` in `plugins_used`, in detect-secrets' key order. */
  settings(): Array<[string, string | number]>;
}
