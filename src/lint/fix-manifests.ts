/**
 * The fix engine for deployment manifests: the `deploy.*` findings the run reported that have a
 * manifest fix (src/fix/manifest/) are planned on each manifest's own text, and every fix is
 * checked by linting the deployments again on the new text: the file must parse, the finding
 * must be gone (or, for a fix that only adds some of what a finding lists, changed), and no
 * rule may report more than before. Fixes that pass together are kept; otherwise each is tried
 * alone. Nothing is written here.
 */
import type { Finding } from '../core/finding.js';
import { realOrSelf } from '../core/fs-confined.js';
import { SourceFile } from '../core/source.js';
import type { Autofix, FixType, TextEdit } from '../core/autofix.js';
import { readSourceFile } from '../config/read.js';
import { lintDeployments, type LintDeploymentsOptions } from '../deploy/index.js';
import { applyEdits, clashes } from '../fix/apply.js';
import { manifestFixer } from '../fix/manifest/index.js';
import { parseYaml } from '../parsers/yaml.js';
import { added, type AppliedFix, type ConfigFixResult, type FileChange, type RefusedFix } from './fix-config.js';

export interface ManifestFixJob {
  /** How the run linted its deployment files (without a reader). */
  deploy: LintDeploymentsOptions;
  /** What the run reported: a finding it left out (suppressed, excluded, another shard's) is not fixed. */
  reported: readonly Finding[];
}

interface Planned {
  finding: Finding;
  fix: Autofix;
  file: SourceFile;
}

const at = (f: Finding) => `${f.ruleId}\0${f.file}\0${f.startLine}\0${f.startColumn}`;
/** A finding "the same" after a fix: same rule, file and message (lines below an insertion move). */
const same = (f: Finding) => `${f.ruleId}\0${f.file}\0${f.message}`;

function describe(p: Planned): AppliedFix {
  const f = p.finding;
  return {
    ruleId: f.ruleId,
    path: f.path,
    file: f.file,
    line: f.startLine,
    type: p.fix.type,
    description: p.fix.description,
  };
}

/** The new text of every file `fixes` edit. */
function texts(fixes: readonly Planned[]): Map<string, FileChange> {
  const byFile = new Map<string, { file: SourceFile; edits: TextEdit[] }>();
  for (const p of fixes) {
    const cur = byFile.get(p.file.path) ?? { file: p.file, edits: [] };
    cur.edits.push(...p.fix.edits);
    byFile.set(p.file.path, cur);
  }
  const out = new Map<string, FileChange>();
  for (const { file, edits } of byFile.values()) {
    const change = { file: file.path, abs: file.absPath, before: file.text, after: applyEdits(file.text, edits) };
    out.set(realOrSelf(file.absPath), change);
  }
  return out;
}

export async function fixManifests(
  job: ManifestFixJob,
  select: { types?: readonly FixType[] } = {},
): Promise<ConfigFixResult> {
  const reported = new Set(job.reported.map(at));
  const wanted = job.reported.filter((f) => {
    const fixer = manifestFixer(f.ruleId);
    return fixer && (!select.types || select.types.includes(fixer.type));
  });
  if (!wanted.length) return { changes: [], applied: [], refused: [] };
  const base = await lintDeployments(job.deploy);
  const sources = new Map(base.sources.map((s) => [s.path, s]));
  const planned: Planned[] = [];
  for (const f of base.findings) {
    const fixer = manifestFixer(f.ruleId);
    const file = sources.get(f.file);
    if (!fixer || !reported.has(at(f)) || !file?.absPath || (select.types && !select.types.includes(fixer.type)))
      continue;
    const fix = fixer.plan(f, file);
    // Two findings at one port (the gateway and a sidecar rule) share one fix.
    if (!fix || planned.some((p) => p.fix.edits.some((e) => fix.edits.some((x) => clashes(e, x))))) continue;
    planned.push({ finding: f, fix, file });
  }
  if (!planned.length) return { changes: [], applied: [], refused: [] };

  const check = (fixes: readonly Planned[]) => checkFixes(job.deploy, base.findings, fixes);

  let accepted = planned;
  const refused: RefusedFix[] = [];
  const together = await check(planned);
  if ([...together.values()].some((r) => r !== undefined)) {
    accepted = [];
    for (const p of planned) {
      const reason = planned.length === 1 ? together.get(p) : (await check([p])).get(p);
      if (reason) refused.push({ ...describe(p), reason });
      else accepted.push(p);
    }
    // Each passed alone; if they still clash together, the first one stands and the rest wait for the next run.
    if (accepted.length > 1 && [...(await check(accepted)).values()].some((r) => r !== undefined))
      accepted = accepted.slice(0, 1);
  }
  return { changes: [...texts(accepted).values()], applied: accepted.map(describe), refused };
}

/** Why each of `fixes`, made together, is refused (undefined: it passed), from the deployments linted on the new text. */
async function checkFixes(
  deploy: LintDeploymentsOptions,
  before: readonly Finding[],
  fixes: readonly Planned[],
): Promise<Map<Planned, string | undefined>> {
  const changed = texts(fixes);
  const reasons = new Map<Planned, string | undefined>();
  const broken = new Set(
    [...changed.values()]
      .filter((c) =>
        parseYaml(new SourceFile(c.file, c.after)).some((d) => d.problems.some((p) => p.severity === 'error')),
      )
      .map((c) => c.file),
  );
  const after = await lintDeployments({
    ...deploy,
    reader: (abs, display, max) => {
      const c = changed.get(realOrSelf(abs));
      return c ? { ok: true, file: new SourceFile(display, c.after, abs) } : readSourceFile(abs, display, max);
    },
  });
  const left = new Set(after.findings.map(same));
  const more = added(before, after.findings);
  for (const p of fixes)
    reasons.set(
      p,
      broken.has(p.file.path)
        ? 'the fixed file would not parse'
        : left.has(same(p.finding))
          ? 'the fix would not remove the finding'
          : more
            ? `the fix would add a finding (${more.ruleId} at ${more.file}:${more.startLine})`
            : undefined,
    );
  return reasons;
}

/** Why `fix` (as the fix of `finding` in `file`) would be refused; undefined when it is safe. Tests plant fixes here. */
export async function manifestRefusal(
  deploy: LintDeploymentsOptions,
  finding: Finding,
  fix: Autofix,
  file: SourceFile,
): Promise<string | undefined> {
  const before = await lintDeployments(deploy);
  const p = { finding, fix, file };
  return (await checkFixes(deploy, before.findings, [p])).get(p);
}
