/** The default detect-secrets 1.5.0 plugin set (27 plugins) and how a baseline's `plugins_used` configures it. */
import type { FileType } from '../filetype.js';
import { findall } from '../py.js';
import { base64HighEntropyString, hexHighEntropyString } from './high-entropy.js';
import { isFormallyValidJwt } from './jwt.js';
import { keywordDetector } from './keyword.js';
import { REGEX_PLUGINS, type RegexPluginSpec } from './regex-plugins.js';
import type { Candidate, Plugin } from './types.js';

export type { Plugin } from './types.js';

function regexPlugin(spec: RegexPluginSpec, accept: (value: string) => boolean = () => true): Plugin {
  return {
    name: spec.name,
    type: spec.type,
    regexBased: true,
    prefilter: spec.prefilter,
    analyze(line: string, _fileType: FileType): Candidate[] {
      const out: Candidate[] = [];
      for (const re of spec.patterns) for (const c of findall(re, line)) if (accept(c.value)) out.push(c);
      return out;
    },
    settings: () => [],
  };
}

const JWT_SPEC: RegexPluginSpec = {
  name: 'JwtTokenDetector',
  type: 'JSON Web Token',
  patterns: [/eyJ[A-Za-z0-9_=-]+\.[A-Za-z0-9_=-]+\.?[A-Za-z0-9_.+/=-]*?/gu],
  prefilter: /eyJ/g,
};

export interface PluginConfig {
  name: string;
  limit?: number;
  keyword_exclude?: string;
}

export const DEFAULT_PLUGIN_NAMES: readonly string[] = [
  'ArtifactoryDetector',
  'AWSKeyDetector',
  'AzureStorageKeyDetector',
  'Base64HighEntropyString',
  'BasicAuthDetector',
  'CloudantDetector',
  'DiscordBotTokenDetector',
  'GitHubTokenDetector',
  'GitLabTokenDetector',
  'HexHighEntropyString',
  'IbmCloudIamDetector',
  'IbmCosHmacDetector',
  'IPPublicDetector',
  'JwtTokenDetector',
  'KeywordDetector',
  'MailchimpDetector',
  'NpmDetector',
  'OpenAIDetector',
  'PrivateKeyDetector',
  'PypiTokenDetector',
  'SendGridDetector',
  'SlackDetector',
  'SoftlayerDetector',
  'SquareOAuthDetector',
  'StripeDetector',
  'TelegramBotTokenDetector',
  'TwilioKeyDetector',
];

/** Builds one plugin by class name; undefined for names clawlint does not know (custom plugins). */
export function createPlugin(config: PluginConfig): Plugin | undefined {
  switch (config.name) {
    case 'Base64HighEntropyString':
      return base64HighEntropyString(config.limit ?? 4.5);
    case 'HexHighEntropyString':
      return hexHighEntropyString(config.limit ?? 3.0);
    case 'KeywordDetector':
      return keywordDetector(config.keyword_exclude ?? '');
    case 'JwtTokenDetector':
      return regexPlugin(JWT_SPEC, isFormallyValidJwt);
    default: {
      const spec = REGEX_PLUGINS.find((p) => p.name === config.name);
      return spec ? regexPlugin(spec) : undefined;
    }
  }
}

export function defaultPluginConfigs(): PluginConfig[] {
  return DEFAULT_PLUGIN_NAMES.map((name) => ({ name }));
}

/** `AWSKeyDetector` → `aws_key_detector`: the clawlint rule id suffix. */
export function snakeCase(className: string): string {
  return className
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}
