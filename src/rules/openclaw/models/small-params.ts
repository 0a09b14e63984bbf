import { defineRule } from '../../types.js';
import type { ToolPolicy } from '../../../openclaw/tool-policy.js';
import type { Rec } from '../../../openclaw/values.js';
import { findAgent } from '../../../openclaw/agents.js';
import { sandboxFor } from '../../../openclaw/sandbox.js';
import { toolAllowed, toolPolicies } from '../../../openclaw/tool-policy.js';
import { arr, at, isRec, rec } from '../../../openclaw/values.js';
import { auditModelRefs } from '../../../openclaw/models.js';
import { capList } from '../messages.js';
import { inferParamB } from './patterns.js';

/** Env variables of bundled web-search providers that make web_search available by default. */
const WEB_SEARCH_ENV = [
  'BRAVE_API_KEY',
  'PERPLEXITY_API_KEY',
  'TAVILY_API_KEY',
  'EXA_API_KEY',
  'FIRECRAWL_API_KEY',
  'SERPAPI_API_KEY',
  'SEARXNG_URL',
];

function hasCredentialIn(section: unknown): boolean {
  if (!isRec(section)) return false;
  return Object.entries(section).some(
    ([k, v]) => k !== 'enabled' && (typeof v === 'string' ? v.trim().length > 0 : v !== undefined && v !== null),
  );
}

function webSearchEnabled(cfg: Rec, env: ReadonlyMap<string, string>): boolean {
  const e = at(cfg, 'tools', 'web', 'search', 'enabled');
  if (e === false) return false;
  if (e === true) return true;
  if (hasCredentialIn(at(cfg, 'tools', 'web', 'search'))) return true;
  const entries = rec(cfg, 'plugins', 'entries');
  if (entries && Object.values(entries).some((p) => hasCredentialIn(at(p, 'config', 'webSearch')))) return true;
  return WEB_SEARCH_ENV.some((k) => (env.get(k) ?? '').trim().length > 0);
}

function browserEnabled(cfg: Rec): boolean {
  if (at(cfg, 'browser', 'enabled') === false) return false;
  if (at(cfg, 'plugins', 'enabled') === false) return false;
  if (at(cfg, 'plugins', 'entries', 'browser', 'enabled') === false) return false;
  const deny = (arr(cfg, 'plugins', 'deny') ?? []).map((v) => String(v).trim().toLowerCase());
  if (deny.includes('browser')) return false;
  const allow = (arr(cfg, 'plugins', 'allow') ?? []).map((v) => String(v).trim().toLowerCase());
  if (allow.length > 0 && !allow.includes('browser')) return false;
  return true;
}

function providerPolicy(tools: Rec | undefined, provider: string, model: string): ToolPolicy | undefined {
  const by = rec(tools, 'byProvider');
  if (!by) return undefined;
  const lower = Object.fromEntries(Object.entries(by).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const p = lower[`${provider}/${model}`.toLowerCase()] ?? lower[provider.toLowerCase()];
  if (!isRec(p)) return undefined;
  const allow = Array.isArray(p.allow) ? p.allow : undefined;
  const deny = Array.isArray(p.deny) ? p.deny : undefined;
  if (!allow && !deny) return undefined;
  return { ...(allow ? { allow } : {}), ...(deny ? { deny } : {}) };
}

export default defineRule({
  id: 'models.small_params',
  severity: 'info',
  title: 'Small models require sandboxing and web tools disabled',
  description: 'A model of at most 300B parameters (critical while it keeps web_search, web_fetch or browser).',
  check(ctx, report) {
    const cfg = ctx.config;
    const small = auditModelRefs(cfg)
      .filter((m) => !m.source.includes('imageModel'))
      .flatMap((m) => {
        const b = inferParamB(m.id);
        return b && b <= 300 ? [{ ...m, paramB: b }] : [];
      });
    const first = small[0];
    if (!first) return;
    const search = webSearchEnabled(cfg, ctx.env);
    const fetch = at(cfg, 'tools', 'web', 'fetch', 'enabled') !== false;
    const browser = browserEnabled(cfg);
    let unsafe = false;
    const lines: string[] = [];
    const wheres: string[] = [];
    for (const m of small) {
      const agentId = /^agents\.entries\.([^.]*)\./.exec(m.source)?.[1];
      const mode = sandboxFor(cfg, agentId).mode;
      const agentTools = agentId ? rec(findAgent(cfg, agentId)?.entry, 'tools') : undefined;
      const slash = m.id.indexOf('/');
      const provider = slash > 0 ? m.id.slice(0, slash) : 'openai';
      const model = slash > 0 ? m.id.slice(slash + 1) : m.id;
      const extra = [
        providerPolicy(rec(cfg, 'tools'), provider, model),
        providerPolicy(agentTools, provider, model),
      ].filter((p): p is ToolPolicy => !!p);
      const policies = toolPolicies(cfg, agentTools, mode, extra);
      const exposed: string[] = [];
      if (search && toolAllowed('web_search', policies)) exposed.push('web_search');
      if (fetch && toolAllowed('web_fetch', policies)) exposed.push('web_fetch');
      if (browser && toolAllowed('browser', policies)) exposed.push('browser');
      if (exposed.length) unsafe = true;
      lines.push(`${m.id} (${m.paramB}B) at ${m.source} (sandbox=${mode}; web tools: ${exposed.join(', ') || 'none'})`);
      wheres.push(`${m.id} (${m.paramB}B) at ${m.where} (sandbox=${mode}; web tools: ${exposed.join(', ') || 'none'})`);
    }
    report({
      path: first.path,
      severity: unsafe ? 'critical' : 'info',
      message: unsafe
        ? `Small model${small.length > 1 ? 's' : ''} ${capList(wheres, '; ')} can read attacker-controlled web content through web/browser tools, and small models are easy to steer.`
        : `Small model${small.length > 1 ? 's' : ''} ${capList(wheres, '; ')}: no web/browser tools reach ${small.length > 1 ? 'them' : 'it'}; keep it that way and sandbox ${small.length > 1 ? 'them' : 'it'}.`,
      detail: 'Small models (<=300B params) detected:\n' + lines.map((l) => `- ${l}`).join('\n'),
      fix: 'Disable web tools for small models: tools.byProvider["provider/model"].deny: ["group:web", "browser"] (or tools.web.fetch.enabled: false, browser.enabled: false), and use agents.defaults.sandbox.mode: "all".',
    });
  },
});
