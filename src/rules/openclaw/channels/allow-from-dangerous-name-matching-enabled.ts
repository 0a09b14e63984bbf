import { defineRule } from '../../types.js';
import { channelSections, label } from './walk.js';

export default defineRule({
  id: 'channels.<provider>.allowFrom.dangerous_name_matching_enabled',
  severity: 'info',
  title: 'Channel dangerous name matching is enabled',
  description: 'dangerouslyAllowNameMatching lets mutable display names/tags authorize senders.',
  beyondCli: true,
  check(ctx, report) {
    for (const s of channelSections(ctx.config)) {
      if (s.own.dangerouslyAllowNameMatching !== true) continue;
      report({
        ruleId: `channels.${s.channel}.allowFrom.dangerous_name_matching_enabled`,
        path: [...s.path, 'dangerouslyAllowNameMatching'],
        message: `${label(s)}.dangerouslyAllowNameMatching is true: allowlist entries match changeable display names, so anyone can rename themselves into the allowlist.`,
        detail:
          'dangerouslyAllowNameMatching=true enables mutable aliases (changeable/shared labels, weak even when honestly set) for sender authorization.',
        fix: `Use stable sender ids in allowFrom and set ${label(s)}.dangerouslyAllowNameMatching: false.`,
      });
    }
  },
});
