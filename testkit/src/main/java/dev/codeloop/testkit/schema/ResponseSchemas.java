package dev.codeloop.testkit.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which reference schema file describes the {@code result} of each request method.
 *
 * <p>{@code ClientRequest.json} and {@code ServerRequest.json} name only the params type of each method, not the
 * response type. The real Codex source pairs them in {@code client_request_definitions!}: by convention
 * {@code FooParams} answers with {@code FooResponse}. The table below was built from the files that exist in the
 * reference folder using that convention. The entries marked with a comment do not follow it (their params are
 * {@code null} or optional, or two methods share one response type); those pairings were checked against the
 * Codex source. {@code ResponseSchemasTest} checks that the table covers every method and that every file exists.
 */
final class ResponseSchemas {

    private ResponseSchemas() {
    }

    /** Client→server request method → schema of the server's {@code result} (relative to the schema root). */
    static final Map<String, String> CLIENT_REQUEST_RESULTS = table(
            entry("initialize",                                "v1/InitializeResponse.json"),
            entry("thread/start",                              "v2/ThreadStartResponse.json"),
            entry("thread/resume",                             "v2/ThreadResumeResponse.json"),
            entry("thread/fork",                               "v2/ThreadForkResponse.json"),
            entry("thread/archive",                            "v2/ThreadArchiveResponse.json"),
            entry("thread/delete",                             "v2/ThreadDeleteResponse.json"),
            entry("thread/unsubscribe",                        "v2/ThreadUnsubscribeResponse.json"),
            entry("thread/name/set",                           "v2/ThreadSetNameResponse.json"),
            entry("thread/goal/set",                           "v2/ThreadGoalSetResponse.json"),
            entry("thread/goal/get",                           "v2/ThreadGoalGetResponse.json"),
            entry("thread/goal/clear",                         "v2/ThreadGoalClearResponse.json"),
            entry("thread/metadata/update",                    "v2/ThreadMetadataUpdateResponse.json"),
            entry("thread/attachment/add",                     "v2/ThreadAttachmentAddResponse.json"),
            entry("thread/attachment/list",                    "v2/ThreadAttachmentListResponse.json"),
            entry("thread/attachmentOwner/list",               "v2/ThreadAttachmentOwnerListResponse.json"),
            entry("thread/attachment/remove",                  "v2/ThreadAttachmentRemoveResponse.json"),
            entry("thread/section/move",                       "v2/ThreadSectionMoveResponse.json"),
            entry("thread/unarchive",                          "v2/ThreadUnarchiveResponse.json"),
            entry("thread/compact/start",                      "v2/ThreadCompactStartResponse.json"),
            entry("thread/shellCommand",                       "v2/ThreadShellCommandResponse.json"),
            entry("thread/approveGuardianDeniedAction",        "v2/ThreadApproveGuardianDeniedActionResponse.json"),
            entry("thread/revert",                             "v2/ThreadRevertResponse.json"),
            entry("thread/list",                               "v2/ThreadListResponse.json"),
            entry("threadSection/list",                        "v2/ThreadSectionListResponse.json"),
            entry("threadSection/create",                      "v2/ThreadSectionCreateResponse.json"),
            entry("threadSection/update",                      "v2/ThreadSectionUpdateResponse.json"),
            entry("threadSection/delete",                      "v2/ThreadSectionDeleteResponse.json"),
            entry("thread/loaded/list",                        "v2/ThreadLoadedListResponse.json"),
            entry("thread/read",                               "v2/ThreadReadResponse.json"),
            entry("thread/turns/list",                         "v2/ThreadTurnsListResponse.json"),
            entry("thread/items/list",                         "v2/ThreadItemsListResponse.json"),
            entry("thread/inject_items",                       "v2/ThreadInjectItemsResponse.json"),
            entry("skills/list",                               "v2/SkillsListResponse.json"),
            entry("skills/extraRoots/set",                     "v2/SkillsExtraRootsSetResponse.json"),
            entry("hooks/list",                                "v2/HooksListResponse.json"),
            entry("marketplace/add",                           "v2/MarketplaceAddResponse.json"),
            entry("marketplace/remove",                        "v2/MarketplaceRemoveResponse.json"),
            entry("marketplace/upgrade",                       "v2/MarketplaceUpgradeResponse.json"),
            entry("plugin/list",                               "v2/PluginListResponse.json"),
            entry("plugin/installed",                          "v2/PluginInstalledResponse.json"),
            entry("plugin/reconcile",                          "v2/PluginReconcileResponse.json"),
            entry("plugin/read",                               "v2/PluginReadResponse.json"),
            entry("plugin/skill/read",                         "v2/PluginSkillReadResponse.json"),
            entry("plugin/share/save",                         "v2/PluginShareSaveResponse.json"),
            entry("plugin/share/updateTargets",                "v2/PluginShareUpdateTargetsResponse.json"),
            entry("plugin/share/list",                         "v2/PluginShareListResponse.json"),
            entry("plugin/share/checkout",                     "v2/PluginShareCheckoutResponse.json"),
            entry("plugin/share/delete",                       "v2/PluginShareDeleteResponse.json"),
            entry("app/read",                                  "v2/AppsReadResponse.json"),
            entry("app/list",                                  "v2/AppsListResponse.json"),
            entry("app/installed",                             "v2/AppsInstalledResponse.json"),
            entry("fs/readFile",                               "v2/FsReadFileResponse.json"),
            entry("fs/writeFile",                              "v2/FsWriteFileResponse.json"),
            entry("fs/createDirectory",                        "v2/FsCreateDirectoryResponse.json"),
            entry("fs/getMetadata",                            "v2/FsGetMetadataResponse.json"),
            entry("fs/readDirectory",                          "v2/FsReadDirectoryResponse.json"),
            entry("fs/remove",                                 "v2/FsRemoveResponse.json"),
            entry("fs/copy",                                   "v2/FsCopyResponse.json"),
            entry("fs/watch",                                  "v2/FsWatchResponse.json"),
            entry("fs/unwatch",                                "v2/FsUnwatchResponse.json"),
            entry("skills/config/write",                       "v2/SkillsConfigWriteResponse.json"),
            entry("plugin/install",                            "v2/PluginInstallResponse.json"),
            entry("plugin/uninstall",                          "v2/PluginUninstallResponse.json"),
            entry("turn/start",                                "v2/TurnStartResponse.json"),
            entry("turn/steer",                                "v2/TurnSteerResponse.json"),
            entry("turn/interrupt",                            "v2/TurnInterruptResponse.json"),
            entry("review/start",                              "v2/ReviewStartResponse.json"),
            entry("model/list",                                "v2/ModelListResponse.json"),
            entry("account/gatewayOAuth/read",                 "v2/GatewayOAuthReadResponse.json"), // optional params
            entry("account/gatewayOAuth/login",                "v2/GatewayOAuthLoginResponse.json"), // optional params
            entry("account/gatewayOAuth/cancel",               "v2/GatewayOAuthCancelResponse.json"), // no params
            entry("modelProvider/list",                        "v2/ModelProviderListResponse.json"),
            entry("modelProvider/config/write",                "v2/ModelProviderConfigWriteResponse.json"),
            entry("modelProvider/capabilities/read",           "v2/ModelProviderCapabilitiesReadResponse.json"),
            entry("experimentalFeature/list",                  "v2/ExperimentalFeatureListResponse.json"),
            entry("permissionProfile/list",                    "v2/PermissionProfileListResponse.json"),
            entry("experimentalFeature/enablement/set",        "v2/ExperimentalFeatureEnablementSetResponse.json"),
            entry("mcpServer/oauth/login",                     "v2/McpServerOauthLoginResponse.json"),
            entry("config/mcpServer/reload",                   "v2/McpServerRefreshResponse.json"), // no params
            entry("mcpServerStatus/list",                      "v2/ListMcpServerStatusResponse.json"),
            entry("mcpServer/resource/read",                   "v2/McpResourceReadResponse.json"),
            entry("mcpServer/tool/call",                       "v2/McpServerToolCallResponse.json"),
            entry("windowsSandbox/setupStart",                 "v2/WindowsSandboxSetupStartResponse.json"),
            entry("windowsSandbox/readiness",                  "v2/WindowsSandboxReadinessResponse.json"), // no params
            entry("account/login/start",                       "v2/LoginAccountResponse.json"),
            entry("account/login/cancel",                      "v2/CancelLoginAccountResponse.json"),
            entry("account/logout",                            "v2/LogoutAccountResponse.json"), // no params
            entry("account/securitySetup/read",                "v2/GetAccountSecuritySetupResponse.json"), // no params
            entry("account/rateLimits/read",                   "v2/GetAccountRateLimitsResponse.json"), // optional params
            entry("account/rateLimitResetCredit/consume",      "v2/ConsumeAccountRateLimitResetCreditResponse.json"),
            entry("account/usage/read",                        "v2/GetAccountTokenUsageResponse.json"), // optional params
            entry("account/workspaceMessages/read",            "v2/GetWorkspaceMessagesResponse.json"), // no params
            entry("account/sendAddCreditsNudgeEmail",          "v2/SendAddCreditsNudgeEmailResponse.json"),
            entry("feedback/upload",                           "v2/FeedbackUploadResponse.json"),
            entry("feedback/save",                             "v2/FeedbackSaveResponse.json"),
            entry("command/exec",                              "v2/CommandExecResponse.json"),
            entry("command/exec/write",                        "v2/CommandExecWriteResponse.json"),
            entry("command/exec/terminate",                    "v2/CommandExecTerminateResponse.json"),
            entry("command/exec/resize",                       "v2/CommandExecResizeResponse.json"),
            entry("config/read",                               "v2/ConfigReadResponse.json"),
            entry("externalAgentConfig/detect",                "v2/ExternalAgentConfigDetectResponse.json"),
            entry("externalAgentConfig/import",                "v2/ExternalAgentConfigImportResponse.json"),
            entry("externalAgentConfig/import/recordHistory",  "v2/ExternalAgentConfigImportHistoryRecordResponse.json"),
            entry("externalAgentConfig/import/readHistories",  "v2/ExternalAgentConfigImportHistoriesReadResponse.json"), // no params
            entry("config/value/write",                        "v2/ConfigWriteResponse.json"), // shared type
            entry("config/batchWrite",                         "v2/ConfigWriteResponse.json"), // shared type
            entry("configRequirements/read",                   "v2/ConfigRequirementsReadResponse.json"), // no params
            entry("account/read",                              "v2/GetAccountResponse.json"),
            entry("fuzzyFileSearch",                           "FuzzyFileSearchResponse.json"));

    /** Server→client request method → schema of the client's {@code result}. */
    static final Map<String, String> SERVER_REQUEST_RESULTS = table(
            entry("item/commandExecution/requestApproval",  "CommandExecutionRequestApprovalResponse.json"),
            entry("item/fileChange/requestApproval",        "FileChangeRequestApprovalResponse.json"),
            entry("item/tool/requestUserInput",             "ToolRequestUserInputResponse.json"),
            entry("mcpServer/elicitation/request",          "McpServerElicitationRequestResponse.json"),
            entry("item/permissions/requestApproval",       "PermissionsRequestApprovalResponse.json"),
            entry("item/tool/call",                         "DynamicToolCallResponse.json"),
            entry("account/chatgptAuthTokens/refresh",      "ChatgptAuthTokensRefreshResponse.json"),
            entry("attestation/generate",                   "AttestationGenerateResponse.json"),
            entry("applyPatchApproval",                     "ApplyPatchApprovalResponse.json"),
            entry("execCommandApproval",                    "ExecCommandApprovalResponse.json"));

    static Optional<String> forClientRequest(String method) {
        return method == null ? Optional.empty() : Optional.ofNullable(CLIENT_REQUEST_RESULTS.get(method));
    }

    static Optional<String> forServerRequest(String method) {
        return method == null ? Optional.empty() : Optional.ofNullable(SERVER_REQUEST_RESULTS.get(method));
    }

    @SafeVarargs
    private static Map<String, String> table(Map.Entry<String, String>... entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries) {
            if (map.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("duplicate method " + e.getKey());
            }
        }
        return Map.copyOf(map);
    }

    private static Map.Entry<String, String> entry(String method, String file) {
        return Map.entry(method, file);
    }
}
