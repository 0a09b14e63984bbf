/**
 * Accepted risks, with reasons a reviewer can see:
 *   inline  `clawlint-disable-next-line <ruleId>[, <ruleId>] [until=YYYY-MM-DD] -- <reason>`
 *           (also `clawlint-disable-line` and `clawlint-disable-file`) in JSON5 or `#` comments;
 *   config  `suppressions:` in .clawlint.yml (rule or family `x.*`, path globs, reason, until).
 * A suppression without a reason, with an unknown rule, that has expired or that
 * silences nothing is itself a finding. Suppressed findings are kept, marked.
 */
import { makeFinding, type Finding } from '../core/finding.js';
import { locateRange } from '../core/locate.js';
import type { SourceFile } from '../core/source.js';
import { commentsFor } from './comments.js';
import { matchesAny } from './glob.js';
import type { ConfigSuppression } from './types.js';

type Kind = 'next-line' | 'line' | 'file';

interface Directive {
  kind: Kind;
  rules: string[];
  until?: string;
  reason: string;
  file: string;
  /** The line the directive silences (next-line/line), 0 for a whole file. */
  line: number;
  at: Finding;
  used: boolean;
}

const DIRECTIVE = /clawlint-disable-(next-line|line|file)\b([^\n]*)/;

function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern.endsWith('.*')) return ruleId.startsWith(pattern.slice(0, -1));
  return pattern === ruleId;
}

export function isExpired(until: string | undefined, today: string): boolean {
  return until !== undefined && until < today;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Parse every directive in the sources; malformed ones become findings. */
export function collectDirectives(
  sources: Iterable<SourceFile>,
  isKnownRule: (id: string) => boolean,
  today: string,
): { directives: Directive[]; findings: Finding[] } {
  const directives: Directive[] = [];
  const findings: Finding[] = [];
  for (const file of sources) {
    if (!file.text.includes('clawlint-disable')) continue;
    for (const [start, end] of commentsFor(file.path, file.text)) {
      const comment = file.text.slice(start, end);
      const m = DIRECTIVE.exec(comment);
      if (!m) continue;
      const at = locateRange(file, [start + m.index, start + m.index + m[0].length]);
      const report = (ruleId: string, message: string) => findings.push(makeFinding(ruleId, 'warn', message, at));
      const body = m[2]!.replace(/\*\/\s*$/, '');
      const [spec, ...reasonParts] = body.split(' -- ');
      const reason = reasonParts.join(' -- ').trim();
      const untilMatch = /\buntil=(\S+)/.exec(spec!);
      const rules = spec!
        .replace(/\buntil=\S+/, '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const kind = m[1] as Kind;
      const label = `clawlint-disable-${kind}`;
      if (!rules.length) {
        report('suppression.invalid', `${label} names no rule id; write ${label} <ruleId> -- <reason>`);
        continue;
      }
      if (!reason) {
        report(
          'suppression.missing_reason',
          `${label} ${rules.join(', ')} has no reason (add " -- <why this risk is accepted>"); it suppresses nothing`,
        );
        continue;
      }
      const until = untilMatch?.[1];
      if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) {
        report('suppression.invalid', `${label}: until=${until} is not a YYYY-MM-DD date; it suppresses nothing`);
        continue;
      }
      if (isExpired(until, today)) {
        report(
          'suppression.expired',
          `${label} ${rules.join(', ')} expired on ${until}; the findings it covered are reported again`,
        );
        continue;
      }
      const unknown = rules.filter((r) => !isKnownRule(r));
      for (const r of unknown) report('suppression.unknown_rule', `${label} names unknown rule ${JSON.stringify(r)}`);
      const known = rules.filter((r) => isKnownRule(r));
      if (!known.length) continue;
      const startPos = file.positionAt(start);
      const endPos = file.positionAt(end);
      const line = kind === 'file' ? 0 : kind === 'line' ? startPos.line : endPos.line + 1;
      directives.push({
        kind,
        rules: known,
        ...(until ? { until } : {}),
        reason,
        file: file.path,
        line,
        at: makeFinding('suppression.unused', 'warn', '', at),
        used: false,
      });
    }
  }
  return { directives, findings };
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** Problems with the suppressions themselves (unused, expired, …). */
  findings: Finding[];
  /** The clawlint-config suppressions that matched no finding (also in `findings`). */
  unusedConfig: Finding[];
}

export function applySuppressions(
  findings: readonly Finding[],
  directives: Directive[],
  configSuppressions: readonly ConfigSuppression[],
  today: string,
  isKnownRule: (id: string) => boolean,
): SuppressionOutcome {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const problems: Finding[] = [];
  const active = activeConfigSuppressions(configSuppressions, today, isKnownRule, problems);
  const usedConfig = new Set<ConfigSuppression>();
  for (const f of findings) {
    const by = suppressionOf(f, directives, active);
    if (!by) {
      kept.push(f);
      continue;
    }
    if ('kind' in by) by.used = true;
    else usedConfig.add(by);
    suppressed.push({ ...f, suppressed: acceptedRisk(by) });
  }
  for (const d of directives) {
    if (!d.used)
      problems.push({
        ...d.at,
        message: `clawlint-disable-${d.kind} ${d.rules.join(', ')} suppresses nothing; remove it`,
      });
  }
  const unusedConfig = active
    .filter((s) => !usedConfig.has(s))
    .map((s) =>
      configProblem(
        s,
        'suppression.unused',
        `suppression of ${s.rule}${s.paths ? ` in ${s.paths.join(', ')}` : ''} matches no finding; remove it`,
      ),
    );
  problems.push(...unusedConfig);
  return { kept, suppressed, findings: problems, unusedConfig };
}

/** The config suppressions in force today; an unknown rule or an expired date is a problem instead. */
function activeConfigSuppressions(
  all: readonly ConfigSuppression[],
  today: string,
  isKnownRule: (id: string) => boolean,
  problems: Finding[],
): ConfigSuppression[] {
  return all.filter((s) => {
    // A misspelt id (`deploy.privileged_mode`) is named as such, not as a suppression that matched nothing.
    if (!isKnownRule(s.rule)) {
      problems.push(
        configProblem(s, 'suppression.unknown_rule', `suppression names unknown rule ${JSON.stringify(s.rule)}`),
      );
      return false;
    }
    if (!isExpired(s.until, today)) return true;
    problems.push(
      configProblem(
        s,
        'suppression.expired',
        `suppression of ${s.rule} expired on ${s.until}; the findings it covered are reported again`,
      ),
    );
    return false;
  });
}

/** What suppresses a finding: an inline directive on its line (or file) first, then the config. */
function suppressionOf(
  f: Finding,
  directives: readonly Directive[],
  active: readonly ConfigSuppression[],
): Directive | ConfigSuppression | undefined {
  return (
    directives.find(
      (d) =>
        d.file === f.file &&
        (d.kind === 'file' || d.line === f.startLine) &&
        d.rules.some((r) => ruleMatches(r, f.ruleId)),
    ) ?? active.find((s) => ruleMatches(s.rule, f.ruleId) && (!s.paths?.length || matchesAny(f.file, s.paths)))
  );
}

function acceptedRisk(by: Directive | ConfigSuppression): NonNullable<Finding['suppressed']> {
  const until = by.until ? { until: by.until } : {};
  return 'kind' in by
    ? { kind: 'inline', reason: by.reason, by: `${by.at.file}:${by.at.startLine}`, ...until }
    : { kind: 'config', reason: by.reason, by: `${by.at.file}:${by.at.line}`, ...until };
}

function configProblem(s: ConfigSuppression, ruleId: string, message: string): Finding {
  return makeFinding(ruleId, 'warn', message, {
    file: s.at.file,
    startLine: s.at.line,
    startColumn: s.at.column,
    endLine: s.at.line,
    endColumn: s.at.column + 1,
  });
}
