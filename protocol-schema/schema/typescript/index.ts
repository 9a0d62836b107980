// Codeloop app-server protocol: TypeScript declarations. GENERATED from the JSON Schema by
// `bin/codeloop app-server generate-ts --out DIR`; do not edit.

export type ActiveFlag = "waitingOnApproval" | "waitingOnUserInput";

export interface AgentMessageDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export type ApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel" | { [key: string]: unknown };

export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent";

export type AskForApproval = "untrusted" | "on-failure" | "on-request" | "never";

export interface ByteRange {
  end: number;
  start: number;
}

export interface ClientInfo {
  name: string;
  title?: string | null;
  version: string;
}

export type CodexErrorInfo = string | { [key: string]: {
  httpStatusCode?: number | null;
} };

export type CommandAction = ReadCommandAction | ListFilesCommandAction | SearchCommandAction | UnknownCommandAction;

export interface ReadCommandAction {
  command: string;
  name: string;
  path: string;
  type: "read";
}

export interface ListFilesCommandAction {
  command: string;
  path?: string | null;
  type: "listFiles";
}

export interface SearchCommandAction {
  command: string;
  path?: string | null;
  query?: string | null;
  type: "search";
}

export interface UnknownCommandAction {
  command: string;
  type: "unknown";
}

export interface CommandExecutionOutputDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export interface CommandExecutionRequestApprovalParams {
  approvalId?: string | null;
  command?: string | null;
  commandActions?: Array<CommandAction> | null;
  cwd?: string | null;
  itemId: string;
  kind?: string | null;
  reason?: string | null;
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export interface CommandExecutionRequestApprovalResponse {
  decision: ApprovalDecision;
}

export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction";

export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";

export interface ConfigWarningNotification {
  details?: string | null;
  path?: string | null;
  summary: string;
}

export type CwdFilter = string | Array<string>;

export interface ErrorNotification {
  error: TurnError;
  threadId: string;
  turnId: string;
  willRetry: boolean;
}

export interface FileChangeRequestApprovalParams {
  grantRoot?: string | null;
  itemId: string;
  reason?: string | null;
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export interface FileChangeRequestApprovalResponse {
  decision: ApprovalDecision;
}

export interface FileUpdateChange {
  diff: string;
  kind: PatchChangeKind;
  path: string;
}

export interface GitInfo {
  branch?: string | null;
  originUrl?: string | null;
  sha?: string | null;
}

export interface InitializeCapabilities {
  experimentalApi?: boolean | null;
  optOutNotificationMethods?: Array<string> | null;
}

export interface InitializeParams {
  capabilities?: InitializeCapabilities | null;
  clientInfo: ClientInfo;
}

export interface InitializeResponse {
  codexHome: string;
  platformFamily: string;
  platformOs: string;
  protocolVersion?: string | null;
  userAgent: string;
}

export interface ItemCompletedNotification {
  completedAtMs: number;
  item: ThreadItem;
  threadId: string;
  turnId: string;
}

export interface ItemStartedNotification {
  item: ThreadItem;
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export type NetworkAccess = "restricted" | "enabled";

export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";

export type PatchChangeKind = AddPatchChangeKind | DeletePatchChangeKind | UpdatePatchChangeKind;

export interface AddPatchChangeKind {
  type: "add";
}

export interface DeletePatchChangeKind {
  type: "delete";
}

export interface UpdatePatchChangeKind {
  move_path?: string | null;
  type: "update";
}

export type Personality = "none" | "friendly" | "pragmatic";

export type ReasoningSummary = "auto" | "concise" | "detailed" | "none";

export interface ReasoningSummaryPartAddedNotification {
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

export interface ReasoningSummaryTextDeltaNotification {
  delta: string;
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

export type RequestId = string | number;

export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

export type SandboxPolicy = DangerFullAccessSandboxPolicy | ReadOnlySandboxPolicy | ExternalSandboxSandboxPolicy | WorkspaceWriteSandboxPolicy;

export interface DangerFullAccessSandboxPolicy {
  type: "dangerFullAccess";
}

export interface ReadOnlySandboxPolicy {
  networkAccess?: boolean | null;
  type: "readOnly";
}

export interface ExternalSandboxSandboxPolicy {
  networkAccess?: NetworkAccess | null;
  type: "externalSandbox";
}

export interface WorkspaceWriteSandboxPolicy {
  excludeSlashTmp?: boolean | null;
  excludeTmpdirEnvVar?: boolean | null;
  networkAccess?: boolean | null;
  type: "workspaceWrite";
  writableRoots?: Array<string> | null;
}

export interface ServerRequestResolvedNotification {
  requestId: RequestId;
  threadId: string;
}

export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown";

export type SortDirection = "asc" | "desc";

export interface TextElement {
  byteRange: ByteRange;
  placeholder?: string | null;
}

export interface ThreadArchiveParams {
  threadId: string;
}

export type ThreadArchiveResponse = { [key: string]: unknown };

export interface ThreadArchivedNotification {
  threadId: string;
}

export interface ThreadClosedNotification {
  threadId: string;
}

export interface ThreadForkParams {
  approvalPolicy?: AskForApproval | null;
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  ephemeral?: boolean | null;
  model?: string | null;
  modelProvider?: string | null;
  sandbox?: SandboxMode | null;
  threadId: string;
}

export interface ThreadForkResponse {
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  cwd: string;
  model: string;
  modelProvider: string;
  reasoningEffort?: string | null;
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: ThreadInfo;
}

export interface ThreadInfo {
  cliVersion: string;
  createdAt: number;
  cwd: string;
  ephemeral: boolean;
  forkedFromId?: string | null;
  gitInfo?: GitInfo | null;
  id: string;
  model?: string | null;
  modelProvider: string;
  name?: string | null;
  originator?: string | null;
  path?: string | null;
  preview: string;
  projectId?: string | null;
  reasoningEffort?: string | null;
  sessionId: string;
  source: SessionSource;
  status: ThreadStatus;
  turns: Array<Turn>;
  updatedAt: number;
}

export type ThreadItem = UserMessageThreadItem | AgentMessageThreadItem | ReasoningThreadItem | CommandExecutionThreadItem | FileChangeThreadItem;

export interface UserMessageThreadItem {
  clientId?: string | null;
  completedAtMs?: number | null;
  content: Array<UserInput>;
  id: string;
  startedAtMs?: number | null;
  type: "userMessage";
}

export interface AgentMessageThreadItem {
  completedAtMs?: number | null;
  id: string;
  phase?: string | null;
  startedAtMs?: number | null;
  text: string;
  type: "agentMessage";
}

export interface ReasoningThreadItem {
  completedAtMs?: number | null;
  content?: Array<string> | null;
  id: string;
  startedAtMs?: number | null;
  summary?: Array<string> | null;
  type: "reasoning";
}

export interface CommandExecutionThreadItem {
  aggregatedOutput?: string | null;
  command: string;
  commandActions: Array<CommandAction>;
  completedAtMs?: number | null;
  cwd: string;
  durationMs?: number | null;
  exitCode?: number | null;
  id: string;
  processId?: string | null;
  source?: CommandExecutionSource | null;
  startedAtMs?: number | null;
  status: CommandExecutionStatus;
  type: "commandExecution";
}

export interface FileChangeThreadItem {
  changes: Array<FileUpdateChange>;
  completedAtMs?: number | null;
  id: string;
  startedAtMs?: number | null;
  status: PatchApplyStatus;
  type: "fileChange";
}

export interface ThreadListParams {
  archived?: boolean | null;
  cursor?: string | null;
  cwd?: CwdFilter | null;
  limit?: number | null;
  modelProviders?: Array<string> | null;
  searchTerm?: string | null;
  sortDirection?: SortDirection | null;
  sortKey?: ThreadSortKey | null;
  sourceKinds?: Array<string> | null;
}

export interface ThreadListResponse {
  data: Array<ThreadInfo>;
  nextCursor?: string | null;
}

export interface ThreadLoadedListParams {
  cursor?: string | null;
  limit?: number | null;
}

export interface ThreadLoadedListResponse {
  data: Array<string>;
  nextCursor?: string | null;
}

export interface ThreadNameUpdatedNotification {
  threadId: string;
  threadName?: string | null;
}

export interface ThreadReadParams {
  includeTurns?: boolean | null;
  threadId: string;
}

export interface ThreadReadResponse {
  thread: ThreadInfo;
}

export interface ThreadResumeParams {
  approvalPolicy?: AskForApproval | null;
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  excludeTurns?: boolean | null;
  model?: string | null;
  modelProvider?: string | null;
  personality?: Personality | null;
  sandbox?: SandboxMode | null;
  threadId: string;
}

export interface ThreadResumeResponse {
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  cwd: string;
  model: string;
  modelProvider: string;
  reasoningEffort?: string | null;
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: ThreadInfo;
}

export interface ThreadSetNameParams {
  name: string;
  threadId: string;
}

export type ThreadSetNameResponse = { [key: string]: unknown };

export type ThreadSortKey = "created_at" | "updated_at";

export interface ThreadStartParams {
  approvalPolicy?: AskForApproval | null;
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  ephemeral?: boolean | null;
  model?: string | null;
  modelProvider?: string | null;
  personality?: Personality | null;
  sandbox?: SandboxMode | null;
}

export interface ThreadStartResponse {
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  cwd: string;
  model: string;
  modelProvider: string;
  reasoningEffort?: string | null;
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: ThreadInfo;
}

export interface ThreadStartedNotification {
  thread: ThreadInfo;
}

export type ThreadStatus = NotLoadedThreadStatus | IdleThreadStatus | SystemErrorThreadStatus | ActiveThreadStatus;

export interface NotLoadedThreadStatus {
  type: "notLoaded";
}

export interface IdleThreadStatus {
  type: "idle";
}

export interface SystemErrorThreadStatus {
  type: "systemError";
}

export interface ActiveThreadStatus {
  activeFlags: Array<ActiveFlag>;
  type: "active";
}

export interface ThreadStatusChangedNotification {
  status: ThreadStatus;
  threadId: string;
}

export interface ThreadTokenUsage {
  last: TokenUsageBreakdown;
  modelContextWindow?: number | null;
  total: TokenUsageBreakdown;
}

export interface ThreadTokenUsageUpdatedNotification {
  threadId: string;
  tokenUsage: ThreadTokenUsage;
  turnId: string;
}

export interface ThreadUnarchiveParams {
  threadId: string;
}

export interface ThreadUnarchiveResponse {
  thread: ThreadInfo;
}

export interface ThreadUnarchivedNotification {
  threadId: string;
}

export interface ThreadUnsubscribeParams {
  threadId: string;
}

export interface ThreadUnsubscribeResponse {
  status: ThreadUnsubscribeStatus;
}

export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed";

export interface TokenUsageBreakdown {
  cachedInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
  totalTokens: number;
}

export interface Turn {
  completedAt?: number | null;
  durationMs?: number | null;
  error?: TurnError | null;
  id: string;
  items: Array<ThreadItem>;
  itemsView?: TurnItemsView | null;
  startedAt?: number | null;
  status: TurnStatus;
}

export interface TurnCompletedNotification {
  threadId: string;
  turn: Turn;
}

export interface TurnDiffUpdatedNotification {
  diff: string;
  threadId: string;
  turnId: string;
}

export interface TurnError {
  additionalDetails?: string | null;
  codexErrorInfo?: CodexErrorInfo | null;
  message: string;
}

export interface TurnInterruptParams {
  threadId: string;
  turnId: string;
}

export type TurnInterruptResponse = { [key: string]: unknown };

export type TurnItemsView = "notLoaded" | "summary" | "full";

export interface TurnPlanStep {
  status: TurnPlanStepStatus;
  step: string;
}

export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";

export interface TurnPlanUpdatedNotification {
  explanation?: string | null;
  plan: Array<TurnPlanStep>;
  threadId: string;
  turnId: string;
}

export interface TurnStartParams {
  approvalPolicy?: AskForApproval | null;
  approvalsReviewer?: ApprovalsReviewer | null;
  cwd?: string | null;
  effort?: string | null;
  input: Array<UserInput>;
  model?: string | null;
  personality?: Personality | null;
  sandboxPolicy?: SandboxPolicy | null;
  summary?: ReasoningSummary | null;
  threadId: string;
}

export interface TurnStartResponse {
  turn: Turn;
}

export interface TurnStartedNotification {
  threadId: string;
  turn: Turn;
}

export type TurnStatus = "inProgress" | "completed" | "interrupted" | "failed";

export type UserInput = TextUserInput | ImageUserInput | LocalImageUserInput | SkillUserInput | MentionUserInput;

export interface TextUserInput {
  text: string;
  text_elements?: Array<TextElement> | null;
  type: "text";
}

export interface ImageUserInput {
  type: "image";
  url?: string | null;
}

export interface LocalImageUserInput {
  path: string;
  type: "localImage";
}

export interface SkillUserInput {
  name: string;
  path: string;
  type: "skill";
}

export interface MentionUserInput {
  name: string;
  path: string;
  type: "mention";
}

export interface WarningNotification {
  message: string;
  threadId?: string | null;
}

/** Every ClientRequest message, by method. */
export type ClientRequest =
  | { id: RequestId; method: "initialize"; params: InitializeParams; }
  | { id: RequestId; method: "thread/start"; params: ThreadStartParams; }
  | { id: RequestId; method: "thread/read"; params: ThreadReadParams; }
  | { id: RequestId; method: "thread/list"; params: ThreadListParams; }
  | { id: RequestId; method: "thread/resume"; params: ThreadResumeParams; }
  | { id: RequestId; method: "thread/fork"; params: ThreadForkParams; }
  | { id: RequestId; method: "thread/archive"; params: ThreadArchiveParams; }
  | { id: RequestId; method: "thread/unarchive"; params: ThreadUnarchiveParams; }
  | { id: RequestId; method: "thread/name/set"; params: ThreadSetNameParams; }
  | { id: RequestId; method: "thread/unsubscribe"; params: ThreadUnsubscribeParams; }
  | { id: RequestId; method: "thread/loaded/list"; params: ThreadLoadedListParams; }
  | { id: RequestId; method: "turn/start"; params: TurnStartParams; }
  | { id: RequestId; method: "turn/interrupt"; params: TurnInterruptParams; };

/** Every ClientNotification message, by method. */
export type ClientNotification =
  | { method: "initialized"; };

/** Every ServerRequest message, by method. */
export type ServerRequest =
  | { id: RequestId; method: "item/commandExecution/requestApproval"; params: CommandExecutionRequestApprovalParams; }
  | { id: RequestId; method: "item/fileChange/requestApproval"; params: FileChangeRequestApprovalParams; };

/** Every ServerNotification message, by method. */
export type ServerNotification =
  | { method: "thread/started"; params: ThreadStartedNotification; emittedAtMs?: number; }
  | { method: "thread/status/changed"; params: ThreadStatusChangedNotification; emittedAtMs?: number; }
  | { method: "thread/archived"; params: ThreadArchivedNotification; emittedAtMs?: number; }
  | { method: "thread/unarchived"; params: ThreadUnarchivedNotification; emittedAtMs?: number; }
  | { method: "thread/closed"; params: ThreadClosedNotification; emittedAtMs?: number; }
  | { method: "thread/name/updated"; params: ThreadNameUpdatedNotification; emittedAtMs?: number; }
  | { method: "thread/tokenUsage/updated"; params: ThreadTokenUsageUpdatedNotification; emittedAtMs?: number; }
  | { method: "turn/started"; params: TurnStartedNotification; emittedAtMs?: number; }
  | { method: "turn/completed"; params: TurnCompletedNotification; emittedAtMs?: number; }
  | { method: "item/started"; params: ItemStartedNotification; emittedAtMs?: number; }
  | { method: "item/completed"; params: ItemCompletedNotification; emittedAtMs?: number; }
  | { method: "item/agentMessage/delta"; params: AgentMessageDeltaNotification; emittedAtMs?: number; }
  | { method: "item/reasoning/summaryTextDelta"; params: ReasoningSummaryTextDeltaNotification; emittedAtMs?: number; }
  | { method: "item/reasoning/summaryPartAdded"; params: ReasoningSummaryPartAddedNotification; emittedAtMs?: number; }
  | { method: "item/commandExecution/outputDelta"; params: CommandExecutionOutputDeltaNotification; emittedAtMs?: number; }
  | { method: "error"; params: ErrorNotification; emittedAtMs?: number; }
  | { method: "configWarning"; params: ConfigWarningNotification; emittedAtMs?: number; }
  | { method: "warning"; params: WarningNotification; emittedAtMs?: number; }
  | { method: "turn/diff/updated"; params: TurnDiffUpdatedNotification; emittedAtMs?: number; }
  | { method: "turn/plan/updated"; params: TurnPlanUpdatedNotification; emittedAtMs?: number; }
  | { method: "serverRequest/resolved"; params: ServerRequestResolvedNotification; emittedAtMs?: number; };

/** The result of each ClientRequest, by method. */
export interface ClientRequestResults {
  "initialize": InitializeResponse;
  "thread/start": ThreadStartResponse;
  "thread/read": ThreadReadResponse;
  "thread/list": ThreadListResponse;
  "thread/resume": ThreadResumeResponse;
  "thread/fork": ThreadForkResponse;
  "thread/archive": ThreadArchiveResponse;
  "thread/unarchive": ThreadUnarchiveResponse;
  "thread/name/set": ThreadSetNameResponse;
  "thread/unsubscribe": ThreadUnsubscribeResponse;
  "thread/loaded/list": ThreadLoadedListResponse;
  "turn/start": TurnStartResponse;
  "turn/interrupt": TurnInterruptResponse;
}

/** The result of each ServerRequest, by method. */
export interface ServerRequestResults {
  "item/commandExecution/requestApproval": CommandExecutionRequestApprovalResponse;
  "item/fileChange/requestApproval": FileChangeRequestApprovalResponse;
}
