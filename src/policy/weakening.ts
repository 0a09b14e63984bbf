/**
 * `policy.weakened`: every way a change lowers the check that judges it,
 * reported on the changed file at the line — a rule turned off or lowered, a
 * new exclude or suppression, a higher `failOn`, a dropped preset or policy,
 * a moved baseline, `secrets.enabled: false`, new findings-baseline entries, a
 * new secrets-baseline filter, fewer or looser plugins, new secret hashes, and
 * a new inline suppression or `pragma: allowlist secret` on a changed line.
 * The finding is critical and cannot be suppressed, tuned or baselined (like
 * `clawlint.*`): a weakening is approved by a reviewer, not by the PR itself.
 */
import { makeFinding, type Finding } from '../core/finding.js';
import { locatePath } from '../core/locate.js';
import { SourceFile } from '../core/source.js';
import { toPlain, type ValueNode } from '../core/tree.js';
import type { ChangedLines } from '../github/diff.js';
import { parseBaseline, type Baseline } from '../secrets/baseline.js';
import { parseDataFile } from './load-config.js';
import { canonicalData, sameSchema } from './schema-canonical.js';

export const WEAKENED = 'policy.weakened';

export interface PolicyText {
  path: string;
  /** undefined: the file does not exist on that side. */
  text?: string;
}

export interface PolicySides {
  /** Where the trusted side came from, for messages. */
  label: string;
  config: { base: PolicyText; head: PolicyText };
  findingsBaseline?: { base: PolicyText; head: PolicyText };
  secretsBaseline?: { base: PolicyText; head: PolicyText };
}

type Plain = Record<string, unknown>;

const obj = (v: unknown): Plain => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Plain) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
// Object key order never changes meaning; array order is kept (it may).
const same = (a: unknown, b: unknown) => JSON.stringify(canonicalData(a)) === JSON.stringify(canonicalData(b));
const FAIL_ORDER = ['info', 'warn', 'critical', 'none'];

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

function at(file: string, line: number): Parameters<typeof makeFinding>[3] {
  return { file, startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}

function parsePolicy(p: PolicyText): { value: Plain; tree?: ValueNode; file?: SourceFile } {
  if (p.text === undefined) return { value: {} };
  const file = new SourceFile(p.path, p.text);
  const parsed = parseDataFile(file, WEAKENED, 'clawlint config');
  return parsed.tree ? { value: obj(toPlain(parsed.tree)), tree: parsed.tree, file } : { value: {}, file };
}

/** The clawlint config: what the head side loosens relative to the base side. */
export function configWeakenings(base: PolicyText, head: PolicyText, label: string): Finding[] {
  if (head.text === undefined) {
    if (base.text === undefined) return [];
    return [
      makeFinding(
        WEAKENED,
        'critical',
        `the clawlint config ${base.path} is deleted; the ${label} version still applies`,
        at(base.path, 1),
      ),
    ];
  }
  const b = parsePolicy(base);
  const h = parsePolicy(head);
  const out: Finding[] = [];
  const report = (p: (string | number)[], message: string) => {
    const loc = h.tree ? locatePath(h.tree, p, 'key') : at(head.path, 1);
    out.push(makeFinding(WEAKENED, 'critical', `${message} (the ${label} policy applies)`, loc, p.join('.')));
  };
  if (base.path !== head.path && base.text !== undefined)
    report([], `the clawlint config moves from ${base.path} to ${head.path}`);

  const bRules = obj(b.value.rules);
  for (const [rule, setting] of Object.entries(obj(h.value.rules))) {
    const sev = typeof setting === 'string' ? setting : obj(setting).severity;
    if (sev === 'critical' || same(bRules[rule], setting)) continue;
    report(['rules', rule], `rule ${JSON.stringify(rule)} set to ${JSON.stringify(sev)}`);
  }
  const bExclude = new Set(list(b.value.exclude).map((x) => JSON.stringify(x)));
  list(h.value.exclude).forEach((x, i) => {
    if (!bExclude.has(JSON.stringify(x))) report(['exclude', i], `new exclude ${JSON.stringify(x)}`);
  });
  const bSups = new Set(list(b.value.suppressions).map((x) => JSON.stringify(x)));
  list(h.value.suppressions).forEach((x, i) => {
    if (!bSups.has(JSON.stringify(x)))
      report(['suppressions', i], `new suppression of ${JSON.stringify(String(obj(x).rule ?? ''))}`);
  });
  const rank = (v: unknown) => FAIL_ORDER.indexOf(typeof v === 'string' ? v : 'critical');
  if (rank(h.value.failOn) > rank(b.value.failOn))
    report(['failOn'], `failOn raised to ${JSON.stringify(h.value.failOn)}`);
  for (const key of ['extends', 'policies'] as const) {
    const hs = new Set(list(h.value[key]).map((x) => JSON.stringify(x)));
    for (const x of list(b.value[key]))
      if (!hs.has(JSON.stringify(x))) report(h.value[key] ? [key] : [], `${key} entry ${JSON.stringify(x)} removed`);
  }
  if (!same(h.value.envFiles, b.value.envFiles) && h.value.envFiles !== undefined)
    report(['envFiles'], 'envFiles changed (env values decide how configs are judged)');
  if (!same(h.value.baseline, b.value.baseline) && h.value.baseline !== undefined)
    report(['baseline'], `findings baseline moved to ${JSON.stringify(h.value.baseline)}`);
  const bs = obj(b.value.secrets);
  const hs = obj(h.value.secrets);
  if (hs.enabled === false && bs.enabled !== false) report(['secrets', 'enabled'], 'secrets.enabled set to false');
  if (hs.baseline !== undefined && !same(hs.baseline, bs.baseline))
    report(['secrets', 'baseline'], `secrets baseline moved to ${JSON.stringify(hs.baseline)}`);
  return out;
}

/** The findings baseline: entries (or counts) the head adds. */
export function findingsBaselineWeakenings(base: PolicyText, head: PolicyText, label: string): Finding[] {
  if (head.text === undefined) return [];
  const entries = (t: string | undefined) => {
    try {
      return list(obj(JSON.parse(t ?? '{}')).entries).map(obj);
    } catch {
      return [];
    }
  };
  const key = (e: Plain) => JSON.stringify([e.ruleId, e.file, e.path]);
  const known = new Map(entries(base.text).map((e) => [key(e), Number(e.count) || 0]));
  const out: Finding[] = [];
  for (const e of entries(head.text)) {
    const more = (Number(e.count) || 0) - (known.get(key(e)) ?? 0);
    if (more <= 0) continue;
    out.push(
      makeFinding(
        WEAKENED,
        'critical',
        `findings baseline gains ${more} ${JSON.stringify(String(e.ruleId))} finding(s) in ${JSON.stringify(String(e.file))} (the ${label} baseline applies)`,
        at(head.path, lineOf(head.text, `"ruleId":${JSON.stringify(e.ruleId)},"file":${JSON.stringify(e.file)}`)),
      ),
    );
  }
  return out;
}

function safeParseSecrets(t: string | undefined): Baseline | undefined {
  if (t === undefined) return undefined;
  try {
    return parseBaseline(t);
  } catch {
    return undefined;
  }
}

/** The secrets baseline: new filters, fewer or looser plugins, new secret hashes. */
export function secretsBaselineWeakenings(base: PolicyText, head: PolicyText, label: string): Finding[] {
  if (head.text === undefined) return [];
  const h = safeParseSecrets(head.text);
  if (!h) return [];
  const b = safeParseSecrets(base.text);
  const out: Finding[] = [];
  const report = (needle: string, message: string) =>
    out.push(
      makeFinding(
        WEAKENED,
        'critical',
        `${message} (the ${label} settings apply)`,
        at(head.path, lineOf(head.text!, needle)),
      ),
    );
  const bFilters = new Set((b?.filters ?? []).map((f) => JSON.stringify(f)));
  for (const f of h.filters)
    if (!bFilters.has(JSON.stringify(f))) report(JSON.stringify(f.path), `new or changed secrets filter ${f.path}`);
  const hPlugins = new Map(h.plugins.map((p) => [p.name, p]));
  for (const p of b?.plugins ?? []) {
    const now = hPlugins.get(p.name);
    if (!now) report('"plugins_used"', `secrets plugin ${p.name} removed`);
    else if (!same(now, p)) report(JSON.stringify(p.name), `secrets plugin ${p.name} settings changed`);
  }
  const known = new Set<string>();
  for (const l of b?.results.values() ?? []) for (const e of l) known.add(`${e.filename}\0${e.hashed_secret}`);
  for (const l of h.results.values())
    for (const e of l)
      if (!known.has(`${e.filename}\0${e.hashed_secret}`))
        report(
          e.hashed_secret,
          `secrets baseline gains a ${e.type} in ${e.filename}:${e.line_number} (hash ${e.hashed_secret.slice(0, 8)}…)`,
        );
  return out;
}

const SEVERITY_RANK = ['info', 'warn', 'critical'];

/** `appliesTo` as the loader reads it: a set of kinds, `openclaw` when not a list. */
const sameKinds = (a: unknown, b: unknown) => {
  const kinds = (v: unknown) => JSON.stringify([...new Set(Array.isArray(v) ? v : ['openclaw'])].sort());
  return kinds(a) === kinds(b);
};

/** The policies of a policy file by id (a file is one policy, or `policies: [...]`), with where each sits. */
function policiesById(p: PolicyText): Map<string, { value: Plain; at: (string | number)[] }> | undefined {
  const parsed = parsePolicy(p);
  if (!parsed.tree) return undefined;
  const v = parsed.value;
  const many = Array.isArray(v.policies);
  const out = new Map<string, { value: Plain; at: (string | number)[] }>();
  (many ? list(v.policies) : [v]).forEach((x, i) => {
    const id = obj(x).id;
    if (typeof id === 'string' && !out.has(id)) out.set(id, { value: obj(x), at: many ? ['policies', i] : [] });
  });
  return out;
}

/**
 * A custom policy file: each policy of the trusted version that the change removes, lowers in
 * severity, or whose `where`/`assert`/`appliesTo` it edits (an edited schema cannot be shown to be
 * no looser, so a reviewer decides). Message and docs edits are not weakenings; new policies are not;
 * nor is a reordering that cannot change what a schema accepts (src/policy/schema-canonical.ts).
 */
export function policyFileWeakenings(base: PolicyText, head: PolicyText, label: string): Finding[] {
  if (base.text === undefined || base.text === head.text) return [];
  const message = (m: string) => `${m} (the ${label} policy applies)`;
  if (head.text === undefined)
    return [makeFinding(WEAKENED, 'critical', message(`policy file ${head.path} is deleted`), at(head.path, 1))];
  const b = policiesById(base);
  if (!b) return [];
  const h = policiesById(head);
  const tree = h && parsePolicy(head).tree;
  if (!h || !tree)
    return [makeFinding(WEAKENED, 'critical', message(`policy file ${head.path} no longer parses`), at(head.path, 1))];
  const out: Finding[] = [];
  const report = (p: (string | number)[], m: string, key: string) =>
    out.push(makeFinding(WEAKENED, 'critical', message(m), locatePath(tree, p, 'key'), key));
  for (const [id, was] of b) {
    const now = h.get(id);
    if (!now) {
      report([], `policy ${JSON.stringify(id)} removed from ${head.path}`, id);
      continue;
    }
    const rank = (x: unknown) => SEVERITY_RANK.indexOf(typeof x === 'string' ? x : '');
    if (rank(now.value.severity) < rank(was.value.severity))
      report(
        [...now.at, 'severity'],
        `policy ${JSON.stringify(id)} severity lowered to ${JSON.stringify(now.value.severity)}`,
        `${id}.severity`,
      );
    if (!sameKinds(now.value.appliesTo, was.value.appliesTo))
      report(
        now.value.appliesTo === undefined ? now.at : [...now.at, 'appliesTo'],
        `policy ${JSON.stringify(id)}: appliesTo changed`,
        `${id}.appliesTo`,
      );
    for (const key of ['where', 'assert'] as const)
      if (!sameSchema(now.value[key], was.value[key]))
        report(
          now.value[key] === undefined ? now.at : [...now.at, key],
          `policy ${JSON.stringify(id)}: ${key} changed`,
          `${id}.${key}`,
        );
  }
  return out;
}

const INLINE = /clawlint-disable-(?:next-line|line|file)\b|pragma:\s*allowlist\s+(?:nextline\s+)?secret/i;

/** Whether a text holds an inline suppression or allowlist pragma at all (a cheap first look). */
export const hasInlineMarker = (text: string) => INLINE.test(text);

/** A new inline suppression or allowlist pragma on a line the change touched. */
export function inlineWeakenings(
  changed: ChangedLines,
  text: (file: string) => string | undefined,
  /** Files clawlint lints (a `clawlint-disable` elsewhere, e.g. in docs, silences nothing). */
  isLinted: (file: string) => boolean,
): Finding[] {
  const out: Finding[] = [];
  for (const [file, lines] of changed) {
    const t = text(file);
    if (t === undefined || !INLINE.test(t)) continue;
    t.split(/\r?\n|\r/).forEach((line, i) => {
      const m = INLINE.exec(line);
      if (!m || !(lines === 'all' || lines.has(i + 1))) return;
      if (!m[0].toLowerCase().startsWith('pragma') && !isLinted(file)) return;
      out.push(
        makeFinding(
          WEAKENED,
          'critical',
          `${m[0].toLowerCase().startsWith('pragma') ? 'secrets allowlist pragma' : 'inline suppression'} added on a changed line`,
          { file, startLine: i + 1, startColumn: m.index + 1, endLine: i + 1, endColumn: m.index + m[0].length + 1 },
        ),
      );
    });
  }
  return out;
}

export function policyWeakenings(sides: PolicySides): Finding[] {
  return [
    ...configWeakenings(sides.config.base, sides.config.head, sides.label),
    ...(sides.findingsBaseline
      ? findingsBaselineWeakenings(sides.findingsBaseline.base, sides.findingsBaseline.head, sides.label)
      : []),
    ...(sides.secretsBaseline
      ? secretsBaselineWeakenings(sides.secretsBaseline.base, sides.secretsBaseline.head, sides.label)
      : []),
  ];
}
