/** The `deploy.*` rules, sorted by id. */
import allowUnconfiguredExposed from './allow-unconfigured-exposed.js';
import dangerousCapability from './dangerous-capability.js';
import dockerSocket from './docker-socket.js';
import gatewayExposed from './gateway-exposed.js';
import hostNamespace from './host-namespace.js';
import literalSecret from './literal-secret.js';
import notRead from './not-read.js';
import notRendered from './not-rendered.js';
import parseError from './parse-error.js';
import placeholderToken from './placeholder-token.js';
import podHardening from './pod-hardening.js';
import privileged from './privileged.js';
import renderError from './render-error.js';
import renderPlaceholder from './render-placeholder.js';
import sensitiveHostMount from './sensitive-host-mount.js';
import sidecarPublished from './sidecar-published-all-interfaces.js';
import stateEphemeral from './state-ephemeral.js';
import systemdRoot from './systemd-root.js';
import type { DeployRule } from './types.js';

export const DEPLOY_RULES: readonly DeployRule[] = [
  allowUnconfiguredExposed,
  dangerousCapability,
  dockerSocket,
  gatewayExposed,
  hostNamespace,
  literalSecret,
  notRead,
  notRendered,
  parseError,
  placeholderToken,
  podHardening,
  privileged,
  renderError,
  renderPlaceholder,
  sensitiveHostMount,
  sidecarPublished,
  stateEphemeral,
  systemdRoot,
];

export type { DeployContext, DeployRule } from './types.js';
