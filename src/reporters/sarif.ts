/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per rule id present,
 * results with repo-relative URIs under %SRCROOT%, 1-based regions, related
 * locations linked from the message (GitHub shows them only then), and partial
 * fingerprints that survive line moves and rewording (a hash of rule id, file and
 * config path). GitHub ranks and gates alerts by the rule descriptor's
 * `security-severity`, not the result's, so a descriptor carries the highest
 * severity its rule has in this run. GitHub ignores `suppressions` (a suppressed
 * result becomes an open alert), so suppressed results are left out unless asked
 * for, and then every result carries `suppressions` (§3.27.23: all or none). Respects
 * GitHub's ingestion limits: ≤ 25,000 results per run (most severe kept, a
 * tool notification says how many were dropped) and ≤ 10 MB gzipped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compareFindings, severityRank, type Finding, type Location, type Severity } from '../core/finding.js';
import { VERSION } from '../version.js';
import { findRule } from '../registry/index.js';

// ---- Rule metadata and docs ----
/*
 Rule metadata for reporters: title/description from the rule registry
 (src/registry/), help markdown from the rule's own page docs/rules/<id>.md.

 Docs are read at run time from the `docs/` directory next to the bundle
 (dist/../docs), found by walking up from this module. Both places clawlint
 runs from ship it: the Action runs from the repository checkout, and the npm
 package lists `docs` in `files`. This needs no build step, and a missing
 directory (or file) only costs the help text: every lookup falls back to the
 registry description. Nothing here throws.
 */
export const REPO_URL = 'https://github.com/clawlint/clawlint';
/**
 * Docs at the release that produced the SARIF (the tag the release workflow pushes), not
 * `blob/main`: an alert keeps pointing at the text that described it when it was raised.
 */
export const DOCS_URL = `${REPO_URL}/blob/v${VERSION}`;
const DOC_LIMIT = 64 * 1024;

export interface RuleInfo {
  id: string;
  /** Registered id this concrete id matched (may hold a `<placeholder>`). */
  templateId?: string;
  title?: string;
  description?: string;
  severity?: Severity;
  /** Registry kind (audit, deploy, secrets, …): a SARIF tag. */
  kind?: string;
  helpMarkdown?: string;
  helpUri: string;
}

let docsDirCache: string | null | undefined;

/** The `docs/` directory shipped with clawlint, or null. */
export function findDocsDir(): string | null {
  if (docsDirCache !== undefined) return docsDirCache;
  docsDirCache = null;
  try {
    // dist/index.js and dist/cli.js → ../docs; src/reporters/sarif.ts (tests) → ../../docs.
    // Never further up: a user's own docs/ must not be mistaken for clawlint's.
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const cand of [path.join(here, '..', 'docs'), path.join(here, '..', '..', 'docs')]) {
      if (fs.existsSync(path.join(cand, 'core-checks.md'))) {
        docsDirCache = cand;
        break;
      }
    }
  } catch {
    docsDirCache = null;
  }
  return docsDirCache;
}

function readDoc(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    const text = fs.readFileSync(file, 'utf8');
    return text.length > DOC_LIMIT ? text.slice(0, DOC_LIMIT) + '\n\n…' : text;
  } catch {
    return undefined;
  }
}

/** Metadata for a concrete rule id from the registry; `docsDir` null disables doc reading, undefined = auto. */
export function ruleInfo(id: string, docsDir?: string | null): RuleInfo {
  const dir = docsDir === undefined ? findDocsDir() : docsDir;
  const rule = findRule(id);
  if (!rule) return { id, helpUri: `${REPO_URL}#readme` };
  const [docPath, anchor] = rule.doc.split('#');
  // A page of its own (docs/rules/<id>.md) is the help text; a shared page (core checks, secrets) is only linked.
  const ownPage = docPath!.startsWith('docs/rules/');
  const uriPath = docPath!.split('/').map(encodeURIComponent).join('/');
  const page = dir && ownPage ? readDoc(path.join(dir, docPath!.slice('docs/'.length))) : undefined;
  const helpMarkdown = page === undefined ? undefined : absoluteLinks(page, `${DOCS_URL}/${uriPath}`);
  return {
    id,
    templateId: rule.id,
    title: rule.title,
    description: rule.description,
    severity: rule.severity,
    kind: rule.kind,
    helpMarkdown,
    helpUri: `${DOCS_URL}/${uriPath}${anchor ? `#${anchor}` : ''}`,
  };
}

/** Relative links of a doc page resolved against its released URL (GitHub's alert view has no base). */
function absoluteLinks(markdown: string, pageUrl: string): string {
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi, (all, target: string) => {
    try {
      return `](${new URL(target, pageUrl).href})`;
    } catch {
      return all;
    }
  });
}

/** SARIF `name`: the id in PascalCase (`gateway.bind_no_auth` → `GatewayBindNoAuth`). */
export function ruleName(id: string): string {
  return id
    .split(/[._\-<>]+/)
    .filter(Boolean)
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('')
    .slice(0, 255);
}

// ---- SARIF ----

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_SARIF_RESULTS = 25_000;
export const MAX_SARIF_GZIP_BYTES = 10 * 1000 * 1000;

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  warn: 'warning',
  info: 'note',
};
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', warn: '6.5', info: '2.0' };

export interface SarifOptions {
  /**
   * automationDetails.id category; default `clawlint` (constant, so changing the scanned paths
   * never orphans alerts). `none` writes no automationDetails, leaving the category to
   * upload-sarif's `category:` input. A trailing `/` is added (GitHub: category = text up to the last `/`).
   */
  category?: string;
  /** Also emit suppressed results, every result then carrying `suppressions` (`[]` when not suppressed). */
  includeSuppressed?: boolean;
  /** Directory with core-checks.md and rules/*.md; null = do not read docs; default = the docs/ shipped with clawlint. */
  docsDir?: string | null;
  /** Default 25,000 (GitHub's per-run limit). */
  maxResults?: number;
  /** Absolute checkout path for run.originalUriBaseIds (optional). */
  srcRoot?: string;
}

/** Plain-object SARIF log (enough typing for tests and callers). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}
export interface SarifRun {
  tool: { driver: Record<string, unknown> & { rules: Record<string, unknown>[] } };
  automationDetails?: { id: string };
  results: SarifResult[];
  invocations: Record<string, unknown>[];
  [k: string]: unknown;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Record<string, unknown>[];
  partialFingerprints: Record<string, string>;
  [k: string]: unknown;
}

export const DEFAULT_SARIF_CATEGORY = 'clawlint';

/** Findings whose file could not be read: the run did not look at everything. */
const NOT_READ = new Set([
  'file.unreadable',
  'file.too_large',
  'include.unreadable',
  'include.too_large',
  'secrets.scan_error',
]);

/** Stable identity of a finding: rule, file and config path (never the message, which may be reworded). */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'file' | 'path'>): string {
  return createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.path}`).digest('hex').slice(0, 32);
}

/** Repo-relative path → relative URI reference (each segment percent-encoded). */
export function fileUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function region(l: Location): Record<string, number> {
  const startLine = Math.max(1, Math.floor(l.startLine) || 1);
  const endLine = Math.max(startLine, Math.floor(l.endLine) || startLine);
  const startColumn = Math.max(1, Math.floor(l.startColumn) || 1);
  let endColumn = Math.max(1, Math.floor(l.endColumn) || 1);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

function physical(l: Location): Record<string, unknown> {
  return { artifactLocation: { uri: fileUri(l.file), uriBaseId: '%SRCROOT%' }, region: region(l) };
}

function text(s: string | undefined, fallback: string, max = 1024): string {
  const t = (s ?? '').trim() || fallback;
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/**
 * The result message: literal brackets escaped (SARIF §3.11.6 reads `[text](id)` as a link), the fix,
 * and a link to each related location, which is how GitHub's alert view shows them.
 */
function messageText(f: Finding): string {
  const escape = (s: string) => s.replace(/[\\[\]]/g, '\\$&');
  let out = escape(f.fix ? `${f.message} Fix: ${f.fix}` : f.message);
  const related = (f.related ?? []).slice(0, 10);
  if (related.length) {
    const links = related.map((l, i) => `[${escape(`${l.file}:${l.startLine}`)}](${i + 1})`);
    out += ` Related: ${links.join(', ')}${(f.related?.length ?? 0) > 10 ? ', …' : ''}.`;
  }
  return text(out, f.ruleId, 32_000);
}

/** `severity` is the highest this rule has in the run: what GitHub shows and what branch rules gate on. */
function buildRule(id: string, severity: Severity, docsDir: string | null | undefined): Record<string, unknown> {
  const info = ruleInfo(id, docsDir);
  const sev = severity;
  const short = text(info.title ?? info.description, id);
  const full = text(info.description ?? info.title, id);
  const helpText = `${full}\n\nSee ${info.helpUri}`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: helpText, markdown: info.helpMarkdown ?? `${full}\n\n[Documentation](${info.helpUri})` },
    helpUri: info.helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[sev] },
    properties: {
      tags: info.kind ? ['security', info.kind] : ['security'],
      'security-severity': SECURITY_SEVERITY[sev],
      precision: 'high',
    },
  };
}

/** The findings a log carries: at most `maxResults`, the most severe kept when cut, in the usual order. */
function keptFindings(all: readonly Finding[], opts: SarifOptions): { kept: Finding[]; dropped: number } {
  const findings = opts.includeSuppressed ? all : all.filter((f) => !f.suppressed);
  const max = Math.max(0, Math.min(opts.maxResults ?? MAX_SARIF_RESULTS, MAX_SARIF_RESULTS));
  // Most severe first when truncating, then the usual order.
  const ordered = [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b),
  );
  const kept = ordered.slice(0, max).sort(compareFindings);
  return { kept, dropped: findings.length - kept.length };
}

/** One descriptor per rule id with a result (at its highest severity there), sorted, and each id's index. */
function ruleDescriptors(
  kept: readonly Finding[],
  docsDir: SarifOptions['docsDir'],
): { rules: Record<string, unknown>[]; ruleIndex: Map<string, number> } {
  const highest = new Map<string, Severity>();
  for (const f of kept) {
    const h = highest.get(f.ruleId);
    if (!h || severityRank(f.severity) > severityRank(h)) highest.set(f.ruleId, f.severity);
  }
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  for (const [id, sev] of [...highest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    ruleIndex.set(id, rules.length);
    rules.push(buildRule(id, sev, docsDir));
  }
  return { rules, ruleIndex };
}

/** §3.55 fix: the edits `clawlint lint --fix` makes, one artifactChange per file. */
function sarifFixes(autofix: NonNullable<Finding['autofix']>): SarifResult['fixes'] {
  const files = [...new Set(autofix.edits.map((e) => e.file))];
  return [
    {
      description: { text: autofix.description },
      artifactChanges: files.map((file) => ({
        artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
        replacements: autofix.edits
          .filter((e) => e.file === file)
          .map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
      })),
    },
  ];
}

/** One result; `n` numbers the findings that share a fingerprint, so each keeps its own alert. */
function sarifResult(
  f: Finding,
  fp: string,
  n: number,
  ruleIndex: number,
  opts: SarifOptions,
  withBaseline: boolean,
): SarifResult {
  const r: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [{ physicalLocation: physical(f) }],
    partialFingerprints: { 'clawlint/v1': `${fp}:${n}`, primaryLocationLineHash: `${fp}:${n}` },
  };
  if (f.path) r.locations[0]!.logicalLocations = [{ fullyQualifiedName: f.path, kind: 'member' }];
  if (f.autofix && !f.autofix.redacted) r.fixes = sarifFixes(f.autofix);
  const related = f.related ?? [];
  if (related.length) {
    r.relatedLocations = related.slice(0, 1000).map((l, i) => ({
      id: i + 1,
      physicalLocation: physical(l),
      ...(l.message ? { message: { text: l.message } } : {}),
    }));
  }
  if (opts.includeSuppressed) {
    const s = f.suppressed;
    r.suppressions = s
      ? [
          {
            kind: s.kind === 'config' ? 'external' : 'inSource',
            status: 'accepted',
            justification: text(s.reason, `suppressed by ${s.by ?? s.kind}`, 32_000),
          },
        ]
      : [];
  }
  if (withBaseline) r.baselineState = f.baselined ? 'unchanged' : 'new';
  // A check the target release's own audit does not have yet: the first release that reports it.
  if (f.since) r.properties = { since: f.since };
  return r;
}

/** Tool notifications: results cut at GitHub's limit, files that could not be read. */
function toolNotifications(
  kept: readonly Finding[],
  dropped: number,
): { notes: Record<string, unknown>[]; notRead: string[] } {
  const notes: Record<string, unknown>[] = [];
  if (dropped > 0) {
    notes.push({
      level: 'warning',
      message: {
        text: `${dropped} result(s) omitted: GitHub accepts at most ${MAX_SARIF_RESULTS} results per run; the most severe were kept.`,
      },
    });
  }
  const notRead = [...new Set(kept.filter((f) => NOT_READ.has(f.ruleId)).map((f) => f.file))].sort();
  if (notRead.length) {
    notes.push({
      level: 'error',
      message: {
        text: `${notRead.length} file(s) could not be read, so results for them are incomplete: ${notRead.slice(0, 20).join(', ')}${notRead.length > 20 ? ', …' : ''}`,
      },
    });
  }
  return { notes, notRead };
}

/** Build the SARIF log object. */
export function buildSarif(all: readonly Finding[], opts: SarifOptions = {}): SarifLog {
  const { kept, dropped } = keptFindings(all, opts);
  const { rules, ruleIndex } = ruleDescriptors(kept, opts.docsDir);
  const withBaseline = kept.some((f) => f.baselined);
  const occurrences = new Map<string, number>();
  const results = kept.map((f) => {
    const fp = fingerprint(f);
    const n = (occurrences.get(fp) ?? 0) + 1;
    occurrences.set(fp, n);
    return sarifResult(f, fp, n, ruleIndex.get(f.ruleId)!, opts, withBaseline);
  });
  const { notes, notRead } = toolNotifications(kept, dropped);
  let category: string | undefined = opts.category?.trim() || DEFAULT_SARIF_CATEGORY;
  if (category === 'none') category = undefined;
  else if (!category.endsWith('/')) category += '/';
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'clawlint',
        fullName: 'clawlint: OpenClaw configuration linter',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPO_URL,
        rules,
      },
    },
    ...(category ? { automationDetails: { id: category } } : {}),
    columnKind: 'utf16CodeUnits',
    results,
    invocations: [
      {
        executionSuccessful: notRead.length === 0,
        ...(notes.length ? { toolExecutionNotifications: notes } : {}),
      },
    ],
  };
  if (opts.srcRoot) {
    const root = opts.srcRoot.replace(/\\/g, '/').replace(/\/*$/, '/');
    run.originalUriBaseIds = { '%SRCROOT%': { uri: `file://${root.startsWith('/') ? '' : '/'}${encodeURI(root)}` } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/**
 * SARIF text (pretty JSON + newline). Drops results until the gzipped log is
 * under GitHub's 10 MB, noting it in a tool notification.
 */
export function formatSarif(findings: readonly Finding[], opts: SarifOptions = {}): string {
  let max = Math.min(opts.maxResults ?? MAX_SARIF_RESULTS, findings.length);
  for (;;) {
    const out = JSON.stringify(buildSarif(findings, { ...opts, maxResults: max }), null, 2) + '\n';
    if (max === 0 || Buffer.byteLength(out) < MAX_SARIF_GZIP_BYTES || gzipSync(out).length <= MAX_SARIF_GZIP_BYTES)
      return out;
    max = Math.floor(max / 2);
  }
}
