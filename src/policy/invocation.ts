/**
 * Settings an invocation adds on top of the clawlint config: CLI flags (`--exclude`, `--rule`,
 * `--helm-values`, `--helm-set`) and the Action inputs of the same names (`exclude`, `rules`,
 * `helm-values`, `helm-set`). One parser for both front ends, so a workflow and the command that
 * reproduces it mean the same thing. They win over `.clawlint.yml` (later rule settings win).
 */
import { UsageError } from '../core/errors.js';
import type { ClawlintConfig, HelmSettings, RuleOverride, RuleSetting } from './types.js';

export interface InvocationSettings {
  exclude: string[];
  rules: RuleOverride[];
  /** Chart directory → extra values files (relative to the chart) and --set pairs. */
  helm: HelmSettings['charts'];
}

const SETTINGS = new Set<string>(['off', 'critical', 'warn', 'info']);

export function emptyInvocation(): InvocationSettings {
  return { exclude: [], rules: [], helm: {} };
}

function chart(s: InvocationSettings, dir: string) {
  const key = dir.trim().replace(/\/+$/, '').replace(/^\.\//, '') || '.';
  if (!Object.hasOwn(s.helm, key))
    Object.defineProperty(s.helm, key, { value: { values: [], set: {} }, enumerable: true });
  return s.helm[key]!;
}

/**
 * Parses the raw flag or input values into settings; `label` names the flag or input in errors.
 * rules: `ID=off|critical|warn|info` (`family.*` allowed); helm values: `CHART_DIR:FILE`;
 * helm set: `CHART_DIR:KEY=VALUE`.
 */
export function parseInvocation(
  raw: {
    exclude?: readonly string[];
    rules?: readonly string[];
    helmValues?: readonly string[];
    helmSet?: readonly string[];
  },
  labels: { rules: string; helmValues: string; helmSet: string } = {
    rules: '--rule',
    helmValues: '--helm-values',
    helmSet: '--helm-set',
  },
): InvocationSettings {
  const out = emptyInvocation();
  out.exclude.push(...(raw.exclude ?? []).map((g) => g.trim()).filter(Boolean));
  for (const r of raw.rules ?? []) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(r);
    if (!m || !SETTINGS.has(m[2]!))
      throw new UsageError(`${labels.rules} expects RULE=off|critical|warn|info, got ${JSON.stringify(r)}`);
    out.rules.push({ rule: m[1]!, severity: m[2] as RuleSetting, origin: `${labels.rules} ${m[1]}` });
  }
  for (const v of raw.helmValues ?? []) {
    const i = v.indexOf(':');
    if (i <= 0 || !v.slice(i + 1).trim())
      throw new UsageError(`${labels.helmValues} expects CHART_DIR:VALUES_FILE, got ${JSON.stringify(v)}`);
    chart(out, v.slice(0, i)).values.push(v.slice(i + 1).trim());
  }
  for (const v of raw.helmSet ?? []) {
    const i = v.indexOf(':');
    const eq = v.indexOf('=', i + 1);
    if (i <= 0 || eq <= i + 1)
      throw new UsageError(`${labels.helmSet} expects CHART_DIR:KEY=VALUE, got ${JSON.stringify(v.split('=')[0])}`);
    const c = chart(out, v.slice(0, i));
    Object.defineProperty(c.set, v.slice(i + 1, eq).trim(), {
      value: v.slice(eq + 1),
      enumerable: true,
      writable: true,
    });
  }
  return out;
}

/** The config with the invocation's settings on top (a copy; the loaded config is not changed). */
export function withInvocation(config: ClawlintConfig, s: InvocationSettings | undefined): ClawlintConfig {
  if (!s || (!s.exclude.length && !s.rules.length && !Object.keys(s.helm).length)) return config;
  const helm: HelmSettings = { ...(config.helm ?? {}), charts: { ...(config.helm?.charts ?? {}) } };
  for (const [dir, c] of Object.entries(s.helm)) {
    const had = Object.hasOwn(helm.charts, dir) ? helm.charts[dir]! : { values: [], set: {} };
    Object.defineProperty(helm.charts, dir, {
      value: { values: [...had.values, ...c.values], set: { ...had.set, ...c.set } },
      enumerable: true,
    });
  }
  return {
    ...config,
    exclude: [...config.exclude, ...s.exclude],
    rules: [...config.rules, ...s.rules],
    ...(Object.keys(s.helm).length ? { helm } : {}),
  };
}

/** The flags that give these settings to the CLI (for the Action's reproduce command). */
export function invocationFlags(s: InvocationSettings): string[] {
  const out: string[] = [];
  for (const g of s.exclude) out.push('--exclude', g);
  for (const r of s.rules) out.push('--rule', `${r.rule}=${r.severity}`);
  for (const [dir, c] of Object.entries(s.helm)) {
    for (const v of c.values) out.push('--helm-values', `${dir}:${v}`);
    for (const [k, v] of Object.entries(c.set)) out.push('--helm-set', `${dir}:${k}=${v}`);
  }
  return out;
}
