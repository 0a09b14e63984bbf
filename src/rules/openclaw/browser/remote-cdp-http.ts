import { defineRule } from '../../types.js';
import { at, isRec, rec } from '../../../openclaw/values.js';

interface Facts {
  /** The plain (non-deep) CLI audit of that release runs the browser checks. */
  plain: boolean;
}

function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
}

export default defineRule<Facts>({
  id: 'browser.remote_cdp_http',
  severity: 'warn',
  title: 'Remote CDP uses HTTP',
  description: 'A browser profile drives a remote Chrome DevTools endpoint over plain http://.',
  releases: [
    {
      from: '2026.1.30',
      note: 'A browser.profiles.<name>.cdpUrl with a non-loopback host and the http: scheme.',
      facts: { plain: true },
    },
    {
      from: '2026.4.29',
      note: "The check moved into the browser plugin's security collector; the plain audit of 2026.4.29 still loads plugin collectors.",
    },
    {
      from: '2026.5.28',
      note: 'Plugin security collectors load only with --deep: the plain CLI audit no longer reports it.',
      facts: { plain: false },
    },
  ],
  check(ctx, report, facts) {
    if (facts?.plain === false || at(ctx.config, 'browser', 'enabled') === false) return;
    for (const [name, profile] of Object.entries(rec(ctx.config, 'browser', 'profiles') ?? {})) {
      const raw = isRec(profile) ? profile.cdpUrl : undefined;
      if (typeof raw !== 'string') continue;
      let url: URL;
      try {
        url = new URL(raw.trim());
      } catch {
        continue;
      }
      if (url.protocol !== 'http:' || isLoopbackHost(url.hostname)) continue;
      report({
        path: ['browser', 'profiles', name, 'cdpUrl'],
        at: 'value',
        message: `Browser profile "${name}" drives a remote CDP endpoint over plain http (${url.host}); page contents and control traffic cross the network unencrypted.`,
        detail: `browser profile "${name}" uses http CDP (${url.protocol}//${url.host}); this is OK only if it's tailnet-only or behind an encrypted tunnel.`,
        fix: `Use an https:// (or tailnet-only) endpoint for browser.profiles.${name}.cdpUrl.`,
      });
    }
  },
});
