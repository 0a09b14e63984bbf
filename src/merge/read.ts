/**
 * Reading JSON reports for `clawlint merge`. A report is input like any other: every field is
 * checked, and a report that is not a clawlint report of a version merge understands is a usage
 * error naming the file and the field, never a crash or a silently wrong total.
 */
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type FailOn, type Finding, type RelatedLocation } from '../core/finding.js';
import type { BaselineEntry } from '../policy/baseline.js';
import { FIX_TYPES, type FixType } from '../core/autofix.js';
import type { BaselineSummary, ConfigTarget, LintRunResult } from '../run.js';
import { REPORT_VERSION } from '../reporters/report.js';
import { VERSION } from '../version.js';

export interface ReadReport {
  file: string;
  toolVersion: string;
  findings: Finding[];
  suppressed: Finding[];
  configs: string[];
  targets: ConfigTarget[];
  baseline?: BaselineSummary;
  secrets?: NonNullable<LintRunResult['secrets']>;
  failOn: FailOn;
  category: string;
  repository?: string;
  shard?: { index: number; total: number };
  unusedConfigSuppressions: Finding[];
  unusedConfigBaseline: BaselineEntry[];
}

type Obj = Record<string, unknown>;
const FAIL_ONS = new Set(['critical', 'warn', 'info', 'none']);

class Reader {
  constructor(readonly file: string) {}
  fail(where: string, what: string): never {
    throw new UsageError(`${this.file}: ${where}: ${what}`);
  }
  obj(v: unknown, where: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(where, 'expected an object');
    return v as Obj;
  }
  arr(v: unknown, where: string): unknown[] {
    if (!Array.isArray(v)) this.fail(where, 'expected an array');
    return v;
  }
  str(v: unknown, where: string): string {
    if (typeof v !== 'string') this.fail(where, 'expected a string');
    return v;
  }
  int(v: unknown, where: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) this.fail(where, 'expected a whole number');
    return v;
  }
  optStr(o: Obj, k: string, where: string): string | undefined {
    return o[k] === undefined ? undefined : this.str(o[k], `${where}.${k}`);
  }
  location(v: unknown, where: string): RelatedLocation {
    const o = this.obj(v, where);
    const message = this.optStr(o, 'message', where);
    return {
      file: this.str(o.file, `${where}.file`),
      startLine: this.int(o.startLine, `${where}.startLine`),
      startColumn: this.int(o.startColumn, `${where}.startColumn`),
      endLine: this.int(o.endLine, `${where}.endLine`),
      endColumn: this.int(o.endColumn, `${where}.endColumn`),
      ...(message !== undefined ? { message } : {}),
    };
  }
  finding(v: unknown, where: string): Finding {
    const o = this.obj(v, where);
    const severity = this.str(o.severity, `${where}.severity`);
    if (!(SEVERITIES as readonly string[]).includes(severity)) this.fail(`${where}.severity`, 'not a severity');
    const { message: _m, ...loc } = this.location(o, where);
    const f: Finding = {
      ruleId: this.str(o.ruleId, `${where}.ruleId`),
      severity: severity as Finding['severity'],
      message: this.str(o.message, `${where}.message`),
      ...loc,
      path: this.str(o.path, `${where}.path`),
    };
    const fix = this.optStr(o, 'fix', where);
    if (fix !== undefined) f.fix = fix;
    const suggestion = this.optStr(o, 'suggestion', where);
    if (suggestion !== undefined) f.suggestion = suggestion;
    if (o.autofix !== undefined) {
      const a = this.obj(o.autofix, `${where}.autofix`);
      const type = this.str(a.type, `${where}.autofix.type`);
      if (!(FIX_TYPES as readonly string[]).includes(type)) this.fail(`${where}.autofix.type`, 'unknown fix type');
      f.autofix = {
        type: type as FixType,
        description: this.str(a.description, `${where}.autofix.description`),
        // The report carries lines and columns; offsets are only for applying a fix, which merge never does.
        edits: this.arr(a.edits, `${where}.autofix.edits`).map((e, i) => {
          const w = `${where}.autofix.edits[${i}]`;
          const { message: _m, ...loc } = this.location(e, w);
          return { ...loc, start: -1, end: -1, text: this.str(this.obj(e, w).text, `${w}.text`) };
        }),
      };
    }
    if (o.related !== undefined)
      f.related = this.arr(o.related, `${where}.related`).map((r, i) => this.location(r, `${where}.related[${i}]`));
    if (o.suppressed !== undefined) {
      const s = this.obj(o.suppressed, `${where}.suppressed`);
      const kind = this.str(s.kind, `${where}.suppressed.kind`);
      if (!['inline', 'config', 'openclaw'].includes(kind)) this.fail(`${where}.suppressed.kind`, 'unknown kind');
      const by = this.optStr(s, 'by', `${where}.suppressed`);
      const until = this.optStr(s, 'until', `${where}.suppressed`);
      f.suppressed = {
        kind: kind as 'inline',
        reason: this.str(s.reason, `${where}.suppressed.reason`),
        ...(by !== undefined ? { by } : {}),
        ...(until !== undefined ? { until } : {}),
      };
    }
    if (o.baselined !== undefined) {
      if (o.baselined !== true) this.fail(`${where}.baselined`, 'expected true');
      f.baselined = true;
    }
    return f;
  }
  findings(v: unknown, where: string): Finding[] {
    return v === undefined ? [] : this.arr(v, where).map((f, i) => this.finding(f, `${where}[${i}]`));
  }
}

export function readReport(file: string, text: string): ReadReport {
  const r = new Reader(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not JSON (give the reports written by clawlint --format json)`);
  }
  const o = r.obj(doc, 'report');
  const tool = r.obj(o.tool, 'tool');
  if (tool.name !== 'clawlint') r.fail('tool.name', 'not a clawlint report');
  if (o.report === undefined)
    r.fail(
      'report',
      `no report metadata (written by an older clawlint); rerun it with clawlint ${VERSION} --format json`,
    );
  const meta = r.obj(o.report, 'report');
  const version = r.int(meta.version, 'report.version');
  if (version !== REPORT_VERSION)
    r.fail('report.version', `version ${version}; this clawlint merges version ${REPORT_VERSION} reports`);
  if (meta.groups !== undefined)
    r.fail('report', 'already a merge of several repositories or categories; merge the original reports');
  const failOn = r.str(meta.failOn, 'report.failOn');
  if (!FAIL_ONS.has(failOn)) r.fail('report.failOn', 'not critical, warn, info or none');
  let shard: ReadReport['shard'];
  if (meta.shard !== undefined) {
    const s = r.obj(meta.shard, 'report.shard');
    shard = { index: r.int(s.index, 'report.shard.index'), total: r.int(s.total, 'report.shard.total') };
    if (shard.total < 1 || shard.index < 1 || shard.index > shard.total) r.fail('report.shard', 'not INDEX/TOTAL');
  }
  const targets = readTargets(r, o.targets);
  const baseline = o.baseline === undefined ? undefined : readBaselineSummary(r, o.baseline);
  const secrets = o.secrets === undefined ? undefined : readSecretsSummary(r, o.secrets);
  const repository = r.optStr(meta, 'repository', 'report');
  return {
    file,
    toolVersion: r.str(tool.version, 'tool.version'),
    findings: r.findings(o.findings, 'findings'),
    suppressed: r.findings(o.suppressed, 'suppressed'),
    configs: r.arr(meta.configs, 'report.configs').map((c, i) => r.str(c, `report.configs[${i}]`)),
    targets,
    ...(baseline ? { baseline } : {}),
    ...(secrets ? { secrets } : {}),
    failOn: failOn as FailOn,
    category: r.str(meta.category, 'report.category'),
    ...(repository !== undefined ? { repository } : {}),
    ...(shard ? { shard } : {}),
    unusedConfigSuppressions: r.findings(meta.unusedConfigSuppressions, 'report.unusedConfigSuppressions'),
    unusedConfigBaseline: readUnusedConfigBaseline(r, meta.unusedConfigBaseline),
  };
}

function readTargets(r: Reader, v: unknown): ConfigTarget[] {
  return (v === undefined ? [] : r.arr(v, 'targets')).map((t, i) => {
    const x = r.obj(t, `targets[${i}]`);
    const w = `targets[${i}]`;
    const requested = r.optStr(x, 'requested', w);
    const note = r.optStr(x, 'note', w);
    return {
      config: r.str(x.config, `${w}.config`),
      version: r.str(x.version, `${w}.version`),
      line: r.str(x.line, `${w}.line`),
      kind: r.str(x.source, `${w}.source`) as ConfigTarget['kind'],
      source: r.str(x.from, `${w}.from`),
      ...(requested !== undefined ? { requested } : {}),
      ...(note !== undefined ? { note } : {}),
    } as ConfigTarget;
  });
}

function readBaselineSummary(r: Reader, v: unknown): BaselineSummary {
  const b = r.obj(v, 'baseline');
  return {
    file: r.str(b.file, 'baseline.file'),
    new: r.int(b.new, 'baseline.new'),
    unchanged: r.int(b.unchanged, 'baseline.unchanged'),
    fixed: r.int(b.fixed, 'baseline.fixed'),
  };
}

function readSecretsSummary(r: Reader, v: unknown): NonNullable<ReadReport['secrets']> {
  const s = r.obj(v, 'secrets');
  if (typeof s.baselineNeedsRefresh !== 'boolean') r.fail('secrets.baselineNeedsRefresh', 'expected true or false');
  return {
    baseline: r.str(s.baseline, 'secrets.baseline'),
    new: r.int(s.new, 'secrets.new'),
    unchanged: r.int(s.unchanged, 'secrets.unchanged'),
    removed: r.int(s.removed, 'secrets.removed'),
    baselineNeedsRefresh: s.baselineNeedsRefresh as boolean,
  };
}

function readUnusedConfigBaseline(r: Reader, v: unknown): ReadReport['unusedConfigBaseline'] {
  return (v === undefined ? [] : r.arr(v, 'report.unusedConfigBaseline')).map((e, i) => {
    const w = `report.unusedConfigBaseline[${i}]`;
    const x = r.obj(e, w);
    return {
      ruleId: r.str(x.ruleId, `${w}.ruleId`),
      file: r.str(x.file, `${w}.file`),
      path: r.str(x.path, `${w}.path`),
      count: r.int(x.count, `${w}.count`),
    };
  });
}
