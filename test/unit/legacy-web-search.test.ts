import { describe, expect, it } from 'vitest';
import { legacyWebSearch } from '../../src/schema/legacy-web-search.js';

const config = { tools: { web: { search: { gemini: { model: 'gemini-2.5-flash' }, grok: {}, tavily: { x: 1 } } } } };

describe('legacyWebSearch', () => {
  it('reports a provider block that sets something, from 2026.4.29 on', () => {
    expect(legacyWebSearch(config, '2026.4.29').map((r) => r.path.join('.'))).toEqual(['tools.web.search.gemini']);
    expect(legacyWebSearch(config, '2026.9.6')[0]!.message).toBe(
      'tools.web.search.gemini is provider-owned config that moved to plugins.entries.google.config.webSearch; OpenClaw 2026.9.6 rejects it there (`openclaw doctor --fix` moves it)',
    );
  });

  it('releases before the move accept the keys', () => {
    expect(legacyWebSearch(config, '2026.3.31')).toEqual([]);
  });
});
