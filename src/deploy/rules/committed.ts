/**
 * The values a deployment commits to the repository, each once: where the
 * value is written (the line a reviewer changes) and the places that read it
 * (related locations). A placeholder in `.env` that compose interpolates and
 * also reads through env_file is one value with two readers.
 */
import type { Location } from '../../core/finding.js';
import type { EnvVar, RelatedLocation, Workload } from '../model.js';
import type { EffectiveRun } from '../resolve.js';
import type { DeployContext } from './types.js';
import { describe } from './types.js';
import { classifyValue } from '../../secrets/value-class.js';

export const GATEWAY_CREDENTIAL = /^(?:OPENCLAW|CLAWDBOT|MOLTBOT)_GATEWAY_(TOKEN|PASSWORD)$/;

export interface CommittedValue {
  name: string;
  value: string;
  /** Where the repository writes the value. */
  loc: Location;
  /** The workloads that read it and where (when that is not `loc`). */
  readers: { workload: Workload; at?: Location }[];
  origin: string;
  /** A gateway credential (env or --token/--password). */
  gateway: boolean;
}

function where(e: EnvVar): { loc: Location; at?: Location } | undefined {
  if (e.value === undefined) return undefined;
  switch (e.kind) {
    case 'literal':
      return { loc: e.valueLoc ?? e.loc };
    case 'env-file':
      return { loc: e.valueLoc ?? e.loc, at: e.loc };
    case 'interpolated':
    case 'secret-ref':
      if (!e.committedAt) return undefined;
      return e.committedAt === e.valueLoc ? { loc: e.committedAt } : { loc: e.committedAt, at: e.valueLoc ?? e.loc };
    default:
      return undefined;
  }
}

const key = (l: Location) => `${l.file}:${l.startLine}:${l.startColumn}`;

/** Every committed env value and gateway flag of the context's workloads, one entry per place written. */
export function committedValues(ctx: DeployContext): CommittedValue[] {
  const byLoc = new Map<string, CommittedValue>();
  const add = (cv: Omit<CommittedValue, 'readers'>, w: Workload, at?: Location) => {
    const k = key(cv.loc);
    const known = byLoc.get(k);
    if (known) {
      if (!known.readers.some((r) => r.workload === w && (r.at ? key(r.at) : '') === (at ? key(at) : '')))
        known.readers.push({ workload: w, ...(at ? { at } : {}) });
      return;
    }
    byLoc.set(k, { ...cv, readers: [{ workload: w, ...(at ? { at } : {}) }] });
  };
  for (const w of ctx.workloads) {
    for (const e of w.env) {
      const p = where(e);
      if (!p) continue;
      add(
        { name: e.name, value: e.value!, loc: p.loc, origin: e.origin, gateway: GATEWAY_CREDENTIAL.test(e.name) },
        w,
        p.at,
      );
    }
    const run = ctx.run(w);
    for (const flag of ['token', 'password'] as const) {
      const f = run?.flags[flag];
      if (f && !/\$/.test(f.value))
        add({ name: `--${flag}`, value: f.value, loc: f.loc, origin: 'command line', gateway: true }, w);
    }
  }
  return [...byLoc.values()];
}

/**
 * The gateway credential env names (canonical OPENCLAW_GATEWAY_*) whose value this workload's
 * deployment commits and deploy.literal_secret / deploy.placeholder_token judge: every committed
 * value except a reference or a blank (those are the config checks' to report).
 */
export function judgedCredentialNames(w: Workload, run: EffectiveRun | undefined): string[] {
  const out = new Set<string>();
  const judged = (v: string) => !['reference', 'empty'].includes(classifyValue(v).kind);
  for (const e of w.env) {
    const m = GATEWAY_CREDENTIAL.exec(e.name);
    if (m && where(e) && judged(e.value!)) out.add(`OPENCLAW_GATEWAY_${m[1]}`);
  }
  for (const flag of ['token', 'password'] as const) {
    const f = run?.flags[flag];
    if (f && !/\$/.test(f.value) && judged(f.value)) out.add(`OPENCLAW_GATEWAY_${flag.toUpperCase()}`);
  }
  return [...out];
}

/** The places that read a value, as related locations ("compose service gw reads it here"). */
export function readersRelated(cv: CommittedValue): RelatedLocation[] {
  return cv.readers.flatMap((r) =>
    r.at ? [{ ...r.at, message: `${describe(r.workload)} reads ${cv.name} here` }] : [],
  );
}

export function readersText(cv: CommittedValue): string {
  const names = [...new Set(cv.readers.map((r) => describe(r.workload)))];
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/**
 * True when a gateway listens beyond loopback (or on a bind clawlint cannot see) on a port
 * reachable from outside the host.
 */
export function reachableBeyondHost(run: EffectiveRun | undefined): boolean {
  if (!run || (run.bind === 'loopback' && !run.bindHidden)) return false;
  return run.workload.exposures.some(
    (e) => !e.authInFront && (!e.ports || (run.port >= e.ports[0] && run.port <= e.ports[1])),
  );
}

/** Some gateway reading the value is reachable beyond the host. */
export function readByExposedGateway(ctx: DeployContext, cv: CommittedValue): boolean {
  return cv.readers.some((r) => reachableBeyondHost(ctx.run(r.workload)));
}
