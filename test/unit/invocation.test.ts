import { describe, expect, it } from 'vitest';
import { invocationFlags, parseInvocation, withInvocation } from '../../src/policy/invocation.js';
import { emptyConfig } from '../../src/policy/types.js';

describe('invocation settings (CLI flags = Action inputs)', () => {
  it('parses rules, exclude globs, helm values and --set pairs, and prints them back as CLI flags', () => {
    const s = parseInvocation({
      exclude: ['legacy/**', ' '],
      rules: ['deploy.*=warn', ' gateway.auth_no_rate_limit = off '],
      helmValues: ['charts/openclaw/:values-prod.yaml', './charts/openclaw:extra.yaml'],
      helmSet: ['charts/openclaw:image.tag=2026.9.6', 'charts/openclaw:env.A=x=y'],
    });
    expect(s.exclude).toEqual(['legacy/**']);
    expect(s.rules.map((r) => [r.rule, r.severity, r.origin])).toEqual([
      ['deploy.*', 'warn', '--rule deploy.*'],
      ['gateway.auth_no_rate_limit', 'off', '--rule gateway.auth_no_rate_limit'],
    ]);
    expect(s.helm).toEqual({
      'charts/openclaw': {
        values: ['values-prod.yaml', 'extra.yaml'],
        set: { 'image.tag': '2026.9.6', 'env.A': 'x=y' },
      },
    });
    expect(invocationFlags(s)).toEqual([
      '--exclude',
      'legacy/**',
      '--rule',
      'deploy.*=warn',
      '--rule',
      'gateway.auth_no_rate_limit=off',
      '--helm-values',
      'charts/openclaw:values-prod.yaml',
      '--helm-values',
      'charts/openclaw:extra.yaml',
      '--helm-set',
      'charts/openclaw:image.tag=2026.9.6',
      '--helm-set',
      'charts/openclaw:env.A=x=y',
    ]);
  });

  it('adds to the config without changing it: exclude appended, rules after the config (they win), charts merged', () => {
    const config = emptyConfig();
    config.exclude.push('vendor/**');
    config.rules.push({ rule: 'deploy.*', severity: 'off', origin: '.clawlint.yml:2' });
    config.helm = { render: false, charts: { 'charts/a': { values: ['v.yaml'], set: { a: '1' } } } };
    const s = parseInvocation({ exclude: ['legacy/**'], rules: ['deploy.*=warn'], helmSet: ['charts/a:b=2'] });
    const merged = withInvocation(config, s);
    expect(merged.exclude).toEqual(['vendor/**', 'legacy/**']);
    expect(merged.rules.map((r) => r.severity)).toEqual(['off', 'warn']);
    expect(merged.helm).toEqual({
      render: false,
      charts: { 'charts/a': { values: ['v.yaml'], set: { a: '1', b: '2' } } },
    });
    expect(config.exclude).toEqual(['vendor/**']);
    expect(config.helm.charts['charts/a']!.set).toEqual({ a: '1' });
    expect(withInvocation(config, parseInvocation({}))).toBe(config);
  });

  it('rejects malformed values with the flag or input name', () => {
    expect(() => parseInvocation({ rules: ['deploy.privileged'] })).toThrow(
      '--rule expects RULE=off|critical|warn|info, got "deploy.privileged"',
    );
    expect(() => parseInvocation({ rules: ['a=high'] })).toThrow('--rule expects');
    expect(() =>
      parseInvocation(
        { rules: ['x'] },
        { rules: 'input rules', helmValues: 'input helm-values', helmSet: 'input helm-set' },
      ),
    ).toThrow('input rules expects');
    expect(() => parseInvocation({ helmValues: ['values.yaml'] })).toThrow(
      '--helm-values expects CHART_DIR:VALUES_FILE',
    );
    // The value of a bad --set is never echoed (it may be a secret).
    expect(() => parseInvocation({ helmSet: ['chart:noequals'] })).toThrow(
      '--helm-set expects CHART_DIR:KEY=VALUE, got "chart:noequals"',
    );
    expect(() => parseInvocation({ helmSet: ['chart:=s3cr3t'] })).toThrow(/got "chart:"$/);
  });
});
