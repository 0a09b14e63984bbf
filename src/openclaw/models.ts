/**
 * The models a config uses (defaults, image model, per agent, fallbacks), with aliases resolved.
 * Mirrors OpenClaw 2026.9.6's shipped CLI; rules and the deployment layer read it, never re-derive it.
 */
import { agentKeyLabel, listAgents } from './agents.js';
import { arr, at, isRec, rec, trimmed, type Rec } from './values.js';

export interface ModelRef {
  id: string;
  /** OpenClaw's source label (CLI detail). */
  source: string;
  /** The path form the file uses (messages). */
  where: string;
  path: (string | number)[];
}

function modelPrimary(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return isRec(v) && typeof v.primary === 'string' ? v.primary : undefined;
}

/** Provider prefix used when a model id has none (OpenClaw's DEFAULT_PROVIDER). */
const DEFAULT_MODEL_PROVIDER = 'openai';

function resolveModelId(cfg: Rec, raw: string): string {
  const aliases = rec(cfg, 'agents', 'defaults', 'models');
  // `agents.defaults.models["provider/model"].alias` maps an alias to a model key.
  if (aliases) {
    for (const [key, v] of Object.entries(aliases))
      if (isRec(v) && typeof v.alias === 'string' && v.alias.trim().toLowerCase() === raw.toLowerCase()) return key;
  }
  return raw.includes('/') ? raw : `${DEFAULT_MODEL_PROVIDER}/${raw}`;
}

/** Every primary/fallback model (defaults, imageModel, per agent) with its source label. */
export function auditModelRefs(cfg: Rec): ModelRef[] {
  const out: ModelRef[] = [];
  const add = (raw: unknown, source: string, path: (string | number)[], where = source): void => {
    const t = trimmed(raw);
    if (t) out.push({ id: resolveModelId(cfg, t), source, where, path });
  };
  const d = at(cfg, 'agents', 'defaults', 'model');
  add(
    modelPrimary(d),
    'agents.defaults.model.primary',
    typeof d === 'string' ? ['agents', 'defaults', 'model'] : ['agents', 'defaults', 'model', 'primary'],
  );
  (arr(d, 'fallbacks') ?? []).forEach((f, i) =>
    add(f, 'agents.defaults.model.fallbacks', ['agents', 'defaults', 'model', 'fallbacks', i]),
  );
  const im = at(cfg, 'agents', 'defaults', 'imageModel');
  add(
    modelPrimary(im),
    'agents.defaults.imageModel.primary',
    typeof im === 'string' ? ['agents', 'defaults', 'imageModel'] : ['agents', 'defaults', 'imageModel', 'primary'],
  );
  (arr(im, 'fallbacks') ?? []).forEach((f, i) =>
    add(f, 'agents.defaults.imageModel.fallbacks', ['agents', 'defaults', 'imageModel', 'fallbacks', i]),
  );
  for (const a of listAgents(cfg)) {
    const m = a.entry.model;
    if (typeof m === 'string') add(m, `agents.entries.${a.id}.model`, [...a.path, 'model'], agentKeyLabel(a, 'model'));
    else if (isRec(m)) {
      add(
        m.primary,
        `agents.entries.${a.id}.model.primary`,
        [...a.path, 'model', 'primary'],
        agentKeyLabel(a, 'model.primary'),
      );
      (Array.isArray(m.fallbacks) ? m.fallbacks : []).forEach((f, i) =>
        add(
          f,
          `agents.entries.${a.id}.model.fallbacks`,
          [...a.path, 'model', 'fallbacks', i],
          agentKeyLabel(a, `model.fallbacks[${i}]`),
        ),
      );
    }
  }
  return out;
}
