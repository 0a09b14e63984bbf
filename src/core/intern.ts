/**
 * Findings of a run share their strings and related locations. A 10,000-config monorepo keeps
 * about 100,000 findings until the run ends (suppressions, baselines, de-duplication and the sort
 * see the whole list), and most of their text repeats: the same message, fix and file for every
 * finding of a rule on a config, the same "judged as deployed" location for every finding of a
 * deployed config. Messages are built by concatenation, so each is a rope of many small strings
 * until something flattens it. Interned, each distinct string is one flat copy and each distinct
 * related list one array: a finding costs about a third of its memory (bench/monorepo-bench.mjs).
 * Nothing is changed but identity: an interned finding has the same keys in the same order.
 */
import type { Finding, RelatedLocation } from './finding.js';

export class FindingInterner {
  private readonly strings = new Map<string, string>();
  private readonly relatedLists = new Map<string, RelatedLocation[]>();

  /** The one flat copy of `s` this run keeps. */
  string(s: string): string {
    let kept = this.strings.get(s);
    if (kept === undefined) {
      kept = flat(s);
      this.strings.set(kept, kept);
    }
    return kept;
  }

  /** A copy of `f` holding the run's shared strings and related list (same keys, same order). */
  finding<F extends Finding>(f: F): F {
    const out: F = { ...f, ruleId: this.string(f.ruleId), message: this.string(f.message), file: this.string(f.file) };
    out.path = this.string(f.path);
    if (f.fix !== undefined) out.fix = this.string(f.fix);
    if (f.related) out.related = this.related(f.related);
    return out;
  }

  private related(list: RelatedLocation[]): RelatedLocation[] {
    // Related lists are never changed after a finding is collected: a new list replaces one.
    const key = JSON.stringify(list);
    let kept = this.relatedLists.get(key);
    if (kept === undefined) {
      kept = list.map((r) => {
        const o: RelatedLocation = { ...r, file: this.string(r.file) };
        if (r.message !== undefined) o.message = this.string(r.message);
        return o;
      });
      this.relatedLists.set(key, kept);
    }
    return kept;
  }
}

/** A sequential copy of `s` (a concatenated string is a tree of its parts until flattened). */
function flat(s: string): string {
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
