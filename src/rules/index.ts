/**
 * The rule registry: an explicit list, sorted by id. Adding a rule = one file
 * under src/rules/openclaw/, one line here, fixtures under
 * test/fixtures/rules/<id>/ and a page at docs/rules/<id>.md.
 */
import type { Rule } from './types.js';
import rbrowser_control_no_auth from './openclaw/browser/control-no-auth.js';
import rbrowser_remote_cdp_http from './openclaw/browser/remote-cdp-http.js';
import rchannels__provider__allowFrom_dangerous_name_matching_enabled from './openclaw/channels/allow-from-dangerous-name-matching-enabled.js';
import rchannels__provider__dm_disabled from './openclaw/channels/dm-disabled.js';
import rchannels__provider__dm_locked from './openclaw/channels/dm-locked.js';
import rchannels__provider__dm_open from './openclaw/channels/dm-open.js';
import rchannels__provider__dm_open_invalid from './openclaw/channels/dm-open-invalid.js';
import rchannels__provider__dm_scope_main_multiuser from './openclaw/channels/dm-scope-main-multiuser.js';
import rchannels_feishu_doc_owner_open_id from './openclaw/channels/feishu-doc-owner-open-id.js';
import rchannels_telegram_allowFrom_invalid_entries from './openclaw/channels/telegram-allow-from-invalid-entries.js';
import rchannels_telegram_groups_allowFrom_missing from './openclaw/channels/telegram-groups-allow-from-missing.js';
import rchannels_telegram_groups_allowFrom_wildcard from './openclaw/channels/telegram-groups-allow-from-wildcard.js';
import rconfig_insecure_or_dangerous_flags from './openclaw/config/insecure-or-dangerous-flags.js';
import rconfig_secrets_credential_in_config from './openclaw/config/secrets-credential-in-config.js';
import rconfig_secrets_gateway_password_in_config from './openclaw/config/secrets-gateway-password-in-config.js';
import rconfig_secrets_gateway_token_in_config from './openclaw/config/secrets-gateway-token-in-config.js';
import rconfig_secrets_hooks_token_in_config from './openclaw/config/secrets-hooks-token-in-config.js';
import rdiscovery_mdns_full_mode from './openclaw/discovery/mdns-full-mode.js';
import rgateway_auth_no_rate_limit from './openclaw/gateway/auth-no-rate-limit.js';
import rgateway_bind_no_auth from './openclaw/gateway/bind-no-auth.js';
import rgateway_control_ui_allowed_origins_required from './openclaw/gateway/control-ui-allowed-origins-required.js';
import rgateway_control_ui_allowed_origins_wildcard from './openclaw/gateway/control-ui-allowed-origins-wildcard.js';
import rgateway_control_ui_device_auth_disabled from './openclaw/gateway/control-ui-device-auth-disabled.js';
import rgateway_control_ui_host_header_origin_fallback from './openclaw/gateway/control-ui-host-header-origin-fallback.js';
import rgateway_control_ui_insecure_auth from './openclaw/gateway/control-ui-insecure-auth.js';
import rgateway_env_token_overrides_config from './openclaw/gateway/env-token-overrides-config.js';
import rgateway_http_no_auth from './openclaw/gateway/http-no-auth.js';
import rgateway_http_session_key_override_enabled from './openclaw/gateway/http-session-key-override-enabled.js';
import rgateway_loopback_no_auth from './openclaw/gateway/loopback-no-auth.js';
import rgateway_nodes_allow_commands_dangerous from './openclaw/gateway/nodes-allow-commands-dangerous.js';
import rgateway_nodes_deny_commands_ineffective from './openclaw/gateway/nodes-deny-commands-ineffective.js';
import rgateway_password_placeholder_value from './openclaw/gateway/password-placeholder-value.js';
import rgateway_password_too_short from './openclaw/gateway/password-too-short.js';
import rgateway_real_ip_fallback_enabled from './openclaw/gateway/real-ip-fallback-enabled.js';
import rgateway_tailscale_funnel from './openclaw/gateway/tailscale-funnel.js';
import rgateway_tailscale_serve from './openclaw/gateway/tailscale-serve.js';
import rgateway_token_placeholder_value from './openclaw/gateway/token-placeholder-value.js';
import rgateway_token_too_short from './openclaw/gateway/token-too-short.js';
import rgateway_tools_invoke_http_dangerous_allow from './openclaw/gateway/tools-invoke-http-dangerous-allow.js';
import rgateway_trusted_proxies_missing from './openclaw/gateway/trusted-proxies-missing.js';
import rgateway_trusted_proxy_allow_loopback from './openclaw/gateway/trusted-proxy-allow-loopback.js';
import rgateway_trusted_proxy_auth from './openclaw/gateway/trusted-proxy-auth.js';
import rgateway_trusted_proxy_device_auto_approve from './openclaw/gateway/trusted-proxy-device-auto-approve.js';
import rgateway_trusted_proxy_device_auto_approve_admin from './openclaw/gateway/trusted-proxy-device-auto-approve-admin.js';
import rgateway_trusted_proxy_no_allowlist from './openclaw/gateway/trusted-proxy-no-allowlist.js';
import rgateway_trusted_proxy_no_proxies from './openclaw/gateway/trusted-proxy-no-proxies.js';
import rgateway_trusted_proxy_no_user_header from './openclaw/gateway/trusted-proxy-no-user-header.js';
import rhooks_allowed_agent_ids_unrestricted from './openclaw/hooks/allowed-agent-ids-unrestricted.js';
import rhooks_default_session_key_unset from './openclaw/hooks/default-session-key-unset.js';
import rhooks_path_root from './openclaw/hooks/path-root.js';
import rhooks_request_session_key_enabled from './openclaw/hooks/request-session-key-enabled.js';
import rhooks_request_session_key_prefixes_missing from './openclaw/hooks/request-session-key-prefixes-missing.js';
import rhooks_token_reuse_gateway_token from './openclaw/hooks/token-reuse-gateway-token.js';
import rhooks_token_too_short from './openclaw/hooks/token-too-short.js';
import rlogging_redact_off from './openclaw/logging/redact-off.js';
import rmcp_apps_enabled from './openclaw/mcp/apps-enabled.js';
import rmodels_legacy from './openclaw/models/legacy.js';
import rmodels_small_params from './openclaw/models/small-params.js';
import rmodels_weak_tier from './openclaw/models/weak-tier.js';
import rplugins_installs_missing_integrity from './openclaw/plugins/installs-missing-integrity.js';
import rplugins_installs_unpinned_npm_specs from './openclaw/plugins/installs-unpinned-npm-specs.js';
import rsandbox_dangerous_bind_mount from './openclaw/sandbox/dangerous-bind-mount.js';
import rsandbox_dangerous_network_mode from './openclaw/sandbox/dangerous-network-mode.js';
import rsandbox_docker_config_mode_off from './openclaw/sandbox/docker-config-mode-off.js';
import rsecurity_audit_suppressions_active from './openclaw/security/audit-suppressions-active.js';
import rsecurity_exposure_open_channels_with_exec from './openclaw/security/exposure-open-channels-with-exec.js';
import rsecurity_exposure_open_groups_with_control_plane_tools from './openclaw/security/exposure-open-groups-with-control-plane-tools.js';
import rsecurity_exposure_open_groups_with_elevated from './openclaw/security/exposure-open-groups-with-elevated.js';
import rsecurity_exposure_open_groups_with_runtime_or_fs from './openclaw/security/exposure-open-groups-with-runtime-or-fs.js';
import rsecurity_trust_model_cross_agent_session_access_default from './openclaw/security/trust-model-cross-agent-session-access-default.js';
import rsecurity_trust_model_group_scope_main from './openclaw/security/trust-model-group-scope-main.js';
import rsecurity_trust_model_multi_user_heuristic from './openclaw/security/trust-model-multi-user-heuristic.js';
import rsummary_attack_surface from './openclaw/summary/attack-surface.js';
import rtools_elevated_allowFrom__provider__large from './openclaw/tools/elevated-allow-from-large.js';
import rtools_elevated_allowFrom__provider__wildcard from './openclaw/tools/elevated-allow-from-wildcard.js';
import rtools_exec_agent_skill_mcp_boundary_drift from './openclaw/tools/exec-agent-skill-mcp-boundary-drift.js';
import rtools_exec_fs_tools_disabled_but_exec_enabled from './openclaw/tools/exec-fs-tools-disabled-but-exec-enabled.js';
import rtools_exec_host_sandbox_no_sandbox_agents from './openclaw/tools/exec-host-sandbox-no-sandbox-agents.js';
import rtools_exec_host_sandbox_no_sandbox_defaults from './openclaw/tools/exec-host-sandbox-no-sandbox-defaults.js';
import rtools_exec_safe_bin_trusted_dirs_risky from './openclaw/tools/exec-safe-bin-trusted-dirs-risky.js';
import rtools_exec_safe_bins_broad_behavior from './openclaw/tools/exec-safe-bins-broad-behavior.js';
import rtools_exec_safe_bins_interpreter_unprofiled from './openclaw/tools/exec-safe-bins-interpreter-unprofiled.js';
import rtools_exec_security_full_configured from './openclaw/tools/exec-security-full-configured.js';
import rtools_profile_minimal_overridden from './openclaw/tools/profile-minimal-overridden.js';

export const RULES: readonly Rule[] = [
  rbrowser_control_no_auth,
  rbrowser_remote_cdp_http,
  rchannels__provider__allowFrom_dangerous_name_matching_enabled,
  rchannels__provider__dm_disabled,
  rchannels__provider__dm_locked,
  rchannels__provider__dm_open,
  rchannels__provider__dm_open_invalid,
  rchannels__provider__dm_scope_main_multiuser,
  rchannels_feishu_doc_owner_open_id,
  rchannels_telegram_allowFrom_invalid_entries,
  rchannels_telegram_groups_allowFrom_missing,
  rchannels_telegram_groups_allowFrom_wildcard,
  rconfig_insecure_or_dangerous_flags,
  rconfig_secrets_credential_in_config,
  rconfig_secrets_gateway_password_in_config,
  rconfig_secrets_gateway_token_in_config,
  rconfig_secrets_hooks_token_in_config,
  rdiscovery_mdns_full_mode,
  rgateway_auth_no_rate_limit,
  rgateway_bind_no_auth,
  rgateway_control_ui_allowed_origins_required,
  rgateway_control_ui_allowed_origins_wildcard,
  rgateway_control_ui_device_auth_disabled,
  rgateway_control_ui_host_header_origin_fallback,
  rgateway_control_ui_insecure_auth,
  rgateway_env_token_overrides_config,
  rgateway_http_no_auth,
  rgateway_http_session_key_override_enabled,
  rgateway_loopback_no_auth,
  rgateway_nodes_allow_commands_dangerous,
  rgateway_nodes_deny_commands_ineffective,
  rgateway_password_placeholder_value,
  rgateway_password_too_short,
  rgateway_real_ip_fallback_enabled,
  rgateway_tailscale_funnel,
  rgateway_tailscale_serve,
  rgateway_token_placeholder_value,
  rgateway_token_too_short,
  rgateway_tools_invoke_http_dangerous_allow,
  rgateway_trusted_proxies_missing,
  rgateway_trusted_proxy_allow_loopback,
  rgateway_trusted_proxy_auth,
  rgateway_trusted_proxy_device_auto_approve,
  rgateway_trusted_proxy_device_auto_approve_admin,
  rgateway_trusted_proxy_no_allowlist,
  rgateway_trusted_proxy_no_proxies,
  rgateway_trusted_proxy_no_user_header,
  rhooks_allowed_agent_ids_unrestricted,
  rhooks_default_session_key_unset,
  rhooks_path_root,
  rhooks_request_session_key_enabled,
  rhooks_request_session_key_prefixes_missing,
  rhooks_token_reuse_gateway_token,
  rhooks_token_too_short,
  rlogging_redact_off,
  rmcp_apps_enabled,
  rmodels_legacy,
  rmodels_small_params,
  rmodels_weak_tier,
  rplugins_installs_missing_integrity,
  rplugins_installs_unpinned_npm_specs,
  rsandbox_dangerous_bind_mount,
  rsandbox_dangerous_network_mode,
  rsandbox_docker_config_mode_off,
  rsecurity_audit_suppressions_active,
  rsecurity_exposure_open_channels_with_exec,
  rsecurity_exposure_open_groups_with_control_plane_tools,
  rsecurity_exposure_open_groups_with_elevated,
  rsecurity_exposure_open_groups_with_runtime_or_fs,
  rsecurity_trust_model_cross_agent_session_access_default,
  rsecurity_trust_model_group_scope_main,
  rsecurity_trust_model_multi_user_heuristic,
  rsummary_attack_surface,
  rtools_elevated_allowFrom__provider__large,
  rtools_elevated_allowFrom__provider__wildcard,
  rtools_exec_agent_skill_mcp_boundary_drift,
  rtools_exec_fs_tools_disabled_but_exec_enabled,
  rtools_exec_host_sandbox_no_sandbox_agents,
  rtools_exec_host_sandbox_no_sandbox_defaults,
  rtools_exec_safe_bin_trusted_dirs_risky,
  rtools_exec_safe_bins_broad_behavior,
  rtools_exec_safe_bins_interpreter_unprofiled,
  rtools_exec_security_full_configured,
  rtools_profile_minimal_overridden,
];
