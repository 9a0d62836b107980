// Codeloop app-server protocol: TypeScript declarations. GENERATED from the JSON Schema by
// `bin/codeloop app-server generate-ts --out DIR`; do not edit.

export type ActiveFlag = "waitingOnApproval" | "waitingOnUserInput";

/** A piece of the assistant's answer text. */
export interface AgentMessageDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

/** The client's decision on an approval request: a bare string (`"accept"`, `"acceptForSession"`, `"decline"`, `"cancel"`) or, for Codex's amendment decisions, a one-key object (`{"acceptWithExecpolicyAmendment": {...}}`). */
export type ApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel" | { [key: string]: unknown };

/** Who reviews approval requests. Only `user` is implemented; the others are accepted for compatibility. */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent";

/** When the server asks the client before acting. Wire values are kebab-case, exactly as Codex writes them. */
export type AskForApproval = "untrusted" | "on-failure" | "on-request" | "never";

/** Half-open UTF-8 byte range within the text. */
export interface ByteRange {
  end: number;
  start: number;
}

/** Who the client is; `name` identifies it in logs and the model request's originator header. */
export interface ClientInfo {
  name: string;
  title?: string | null;
  version: string;
}

/** Machine-readable kind of a turn error, under Codex's name. On the wire it is either a bare string (`"internalServerError"`) or, for transport failures, a one-key object carrying the HTTP status (`{"responseStreamDisconnected":{"httpStatusCode":429}}`). */
export type CodexErrorInfo = string | { [key: string]: {
  httpStatusCode?: number | null;
} };

/** What a command does, parsed for display: reading a file, listing, searching, or something else. */
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

/** Live output (stdout and stderr merged) of a running command. */
export interface CommandExecutionOutputDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

/** Server → client `item/commandExecution/requestApproval`: may this command run? `itemId` is the `commandExecution` item already started for it; `reason` is the model's justification when it asked to run outside the sandbox. `kind` is always `"command"`. `availableDecisions` (experimental) lists the decisions the client may answer with, in the order a UI should offer them. */
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

/** The client's answer to `item/commandExecution/requestApproval`. */
export interface CommandExecutionRequestApprovalResponse {
  decision: ApprovalDecision;
}

/** Who started a command: the model (`agent`) or the user's own shell. */
export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction";

export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";

/** Something in the configuration or the machine will not work as configured; sent once, after `initialize`. `path` names the file concerned, if any. */
export interface ConfigWarningNotification {
  details?: string | null;
  path?: string | null;
  summary: string;
}

/** `thread/list.cwd`: one directory, or several; matched exactly. On the wire a string or an array. */
export type CwdFilter = string | Array<string>;

/** A turn-level error; with `willRetry` the server is retrying, otherwise the turn fails. */
export interface ErrorNotification {
  /** What went wrong. */
  error: TurnError;
  threadId: string;
  turnId: string;
  /** Whether the server retries the model request (the turn goes on) or the turn fails. */
  willRetry: boolean;
}

/** Server → client `item/fileChange/requestApproval`: may these edits be applied? The changes are on the `fileChange` item `itemId`; `grantRoot` names a directory outside the writable roots the edit needs, if any. */
export interface FileChangeRequestApprovalParams {
  grantRoot?: string | null;
  itemId: string;
  reason?: string | null;
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

/** The client's answer to `item/fileChange/requestApproval`. */
export interface FileChangeRequestApprovalResponse {
  decision: ApprovalDecision;
}

/** One file of a `fileChange` item. `path` is absolute; `diff` is the new content for an add, the old content for a delete, and a unified diff for an update. */
export interface FileUpdateChange {
  diff: string;
  kind: PatchChangeKind;
  path: string;
}

/** Git state of the thread's cwd when the thread was created. */
export interface GitInfo {
  branch?: string | null;
  originUrl?: string | null;
  sha?: string | null;
}

/** Capabilities a client declares once per connection. */
export interface InitializeCapabilities {
  /** Opt in to experimental methods and fields. */
  experimentalApi?: boolean | null;
  /** Exact notification method names this connection does not want. */
  optOutNotificationMethods?: Array<string> | null;
}

/** `initialize` params: the first request of every connection. */
export interface InitializeParams {
  capabilities?: InitializeCapabilities | null;
  clientInfo: ClientInfo;
}

/** `initialize` result. `codexHome` carries Codeloop's home directory under Codex's field name so Codex clients find it; `protocolVersion` is our addition (Codex clients ignore unknown fields). */
export interface InitializeResponse {
  codexHome: string;
  platformFamily: string;
  platformOs: string;
  protocolVersion?: string | null;
  userAgent: string;
}

/** An item is final. Authoritative: clients should replace whatever they built from deltas. */
export interface ItemCompletedNotification {
  completedAtMs: number;
  item: ThreadItem;
  threadId: string;
  turnId: string;
}

/** An item began; deltas for it may follow. */
export interface ItemStartedNotification {
  item: ThreadItem;
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

/** Network state an external sandbox reports to the model. */
export type NetworkAccess = "restricted" | "enabled";

export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";

/** What happens to one file: added, deleted, or updated (and maybe moved; `move_path` is snake_case as in Codex). */
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

/** Tone preset for the model's answers. */
export type Personality = "none" | "friendly" | "pragmatic";

/** How much reasoning summary the model should stream. */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none";

/** A new reasoning summary part begins. */
export interface ReasoningSummaryPartAddedNotification {
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

/** A piece of a reasoning summary part. */
export interface ReasoningSummaryTextDeltaNotification {
  delta: string;
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

export type RequestId = string | number;

/** The coarse sandbox choice of `thread/start.sandbox`; kebab-case on the wire. */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

/** The full sandbox policy object (`turn/start.sandboxPolicy`, `thread/start` result). */
export type SandboxPolicy = DangerFullAccessSandboxPolicy | ReadOnlySandboxPolicy | ExternalSandboxSandboxPolicy | WorkspaceWriteSandboxPolicy;

/** No sandbox at all. */
export interface DangerFullAccessSandboxPolicy {
  type: "dangerFullAccess";
}

/** Read anywhere, write nowhere. */
export interface ReadOnlySandboxPolicy {
  networkAccess?: boolean | null;
  type: "readOnly";
}

/** The embedder sandboxes commands itself; we only tell the model the network state. */
export interface ExternalSandboxSandboxPolicy {
  networkAccess?: NetworkAccess | null;
  type: "externalSandbox";
}

/** Write inside the workspace (cwd) and the listed roots; read anywhere. */
export interface WorkspaceWriteSandboxPolicy {
  excludeSlashTmp?: boolean | null;
  excludeTmpdirEnvVar?: boolean | null;
  networkAccess?: boolean | null;
  type: "workspaceWrite";
  writableRoots?: Array<string> | null;
}

/** A server → client request is settled (answered, or withdrawn because its turn ended). Sent before the related `item/completed`. `requestId` is the id of that request (an integer). */
export interface ServerRequestResolvedNotification {
  requestId: RequestId;
  threadId: string;
}

/** What kind of client created a thread. */
export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown";

export type SortDirection = "asc" | "desc";

/** A UI element embedded in user text (e.g. a file chip), located by UTF-8 byte range. */
export interface TextElement {
  byteRange: ByteRange;
  placeholder?: string | null;
}

/** Move a stored thread to the archive (it leaves thread/list unless archived:true is asked). */
export interface ThreadArchiveParams {
  threadId: string;
}

/** An empty object: the change is done (and announced by a notification). */
export type ThreadArchiveResponse = { [key: string]: unknown };

/** A thread was archived. */
export interface ThreadArchivedNotification {
  threadId: string;
}

/** A thread was unloaded from memory. */
export interface ThreadClosedNotification {
  threadId: string;
}

/** `thread/fork`: a new thread with a copy of another's history; it continues independently. */
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

/** `thread/fork` result: the new thread (with its copied turns) and its settings. */
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

/** A conversation. Timestamps are epoch seconds. `turns` is filled only by `thread/read` with `includeTurns`, resume, fork and rollback; everywhere else it is empty. */
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

/** One entry of a conversation as clients render it. Every item carries its lifecycle times (`startedAtMs`, `completedAtMs`: epoch milliseconds, null until known), flat on the wire. */
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

/** `summary`: the reasoning summary parts; `content`: raw reasoning text, when a model exposes it. */
export interface ReasoningThreadItem {
  completedAtMs?: number | null;
  content?: Array<string> | null;
  id: string;
  startedAtMs?: number | null;
  summary?: Array<string> | null;
  type: "reasoning";
}

/** A shell command the model ran. `command` is the full command line as one shell-quoted string; `processId` is the OS pid as a string. */
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

/** File edits made (or proposed) by the model's apply_patch call; `id` is the call id. */
export interface FileChangeThreadItem {
  changes: Array<FileUpdateChange>;
  completedAtMs?: number | null;
  id: string;
  startedAtMs?: number | null;
  status: PatchApplyStatus;
  type: "fileChange";
}

/** `thread/list`: stored threads, newest first by default. `archived`: null/false lists the active ones, true the archived ones; `searchTerm` is a case-sensitive substring of the name or preview. */
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

/** One page of threads; `nextCursor` is null on the last page. */
export interface ThreadListResponse {
  data: Array<ThreadInfo>;
  nextCursor?: string | null;
}

/** The threads currently loaded in memory. */
export interface ThreadLoadedListParams {
  cursor?: string | null;
  limit?: number | null;
}

/** Ids of loaded threads; nextCursor is null on the last page. */
export interface ThreadLoadedListResponse {
  data: Array<string>;
  nextCursor?: string | null;
}

/** A thread's name changed. */
export interface ThreadNameUpdatedNotification {
  threadId: string;
  threadName?: string | null;
}

/** Read a thread's summary, and its turns when asked. */
export interface ThreadReadParams {
  includeTurns?: boolean | null;
  threadId: string;
}

/** The thread as stored. */
export interface ThreadReadResponse {
  thread: ThreadInfo;
}

/** `thread/resume`: load a stored thread (or rejoin a loaded one) to continue it. Overrides apply to later turns; `excludeTurns` leaves `thread.turns` empty in the answer. `path` (experimental, as in Codex) names the thread by its rollout file instead of its id. */
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

/** `thread/resume` result: the thread with its turns, and the settings it continues with. */
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

/** Give a thread a user-facing name (names need not be unique). */
export interface ThreadSetNameParams {
  name: string;
  threadId: string;
}

/** An empty object: the change is done (and announced by a notification). */
export type ThreadSetNameResponse = { [key: string]: unknown };

/** How `thread/list` orders threads (snake_case on the wire, as Codex writes it). */
export type ThreadSortKey = "created_at" | "updated_at";

/** `thread/start`: every field is optional; unset ones come from config. */
export interface ThreadStartParams {
  /** When the server asks the client before acting. */
  approvalPolicy?: AskForApproval | null;
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  /** Extra dotted config keys (like `-c key=value`) for this thread. */
  config?: { [key: string]: unknown } | null;
  /** The working directory of the thread's commands. */
  cwd?: string | null;
  developerInstructions?: string | null;
  /** Keep the thread in memory only: it is never stored. */
  ephemeral?: boolean | null;
  /** The model to use, by its provider's name for it. */
  model?: string | null;
  /** The id of a model provider from config. */
  modelProvider?: string | null;
  personality?: Personality | null;
  /** The coarse sandbox choice for the thread's commands. */
  sandbox?: SandboxMode | null;
}

/** `thread/start` result: the thread and the effective settings it will run with. */
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

/** A thread was created (or forked). */
export interface ThreadStartedNotification {
  thread: ThreadInfo;
}

/** Runtime status of a thread. */
export type ThreadStatus = NotLoadedThreadStatus | IdleThreadStatus | SystemErrorThreadStatus | ActiveThreadStatus;

/** Stored but not in memory. */
export interface NotLoadedThreadStatus {
  type: "notLoaded";
}

/** Loaded, no turn running. */
export interface IdleThreadStatus {
  type: "idle";
}

/** The last turn failed for a reason outside the conversation (model server, configuration). */
export interface SystemErrorThreadStatus {
  type: "systemError";
}

/** A turn is running; the flags say what it waits for. */
export interface ActiveThreadStatus {
  activeFlags: Array<ActiveFlag>;
  type: "active";
}

/** A thread's runtime status changed. */
export interface ThreadStatusChangedNotification {
  status: ThreadStatus;
  threadId: string;
}

/** Token counts: the thread's running `total` and the `last` response's. */
export interface ThreadTokenUsage {
  last: TokenUsageBreakdown;
  modelContextWindow?: number | null;
  total: TokenUsageBreakdown;
}

/** Token usage after a model response: the last response's and the thread's running total. */
export interface ThreadTokenUsageUpdatedNotification {
  threadId: string;
  tokenUsage: ThreadTokenUsage;
  turnId: string;
}

/** Bring an archived thread back. */
export interface ThreadUnarchiveParams {
  threadId: string;
}

/** The thread as stored after unarchiving. */
export interface ThreadUnarchiveResponse {
  thread: ThreadInfo;
}

/** A thread was unarchived. */
export interface ThreadUnarchivedNotification {
  threadId: string;
}

/** This connection stops following the thread; with nobody left, it is unloaded (a running turn is interrupted). */
export interface ThreadUnsubscribeParams {
  threadId: string;
}

/** What unsubscribing did. */
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

/** One user request and everything the agent did for it. Timestamps are epoch seconds; `items` is filled as `itemsView` says. */
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

/** A turn ended: completed, interrupted or failed. */
export interface TurnCompletedNotification {
  threadId: string;
  turn: Turn;
}

/** The aggregated unified diff (git style) of everything the turn has changed so far. */
export interface TurnDiffUpdatedNotification {
  diff: string;
  threadId: string;
  turnId: string;
}

/** Why a turn failed (or is retrying): a human message plus a machine-readable kind. */
export interface TurnError {
  additionalDetails?: string | null;
  codexErrorInfo?: CodexErrorInfo | null;
  message: string;
}

/** Stop the running turn now. */
export interface TurnInterruptParams {
  threadId: string;
  turnId: string;
}

/** `turn/interrupt` result: an empty object; the turn then ends with `turn/completed`. */
export type TurnInterruptResponse = { [key: string]: unknown };

/** How complete `Turn.items` is: not loaded, only the final answer (summary), or every item. */
export type TurnItemsView = "notLoaded" | "summary" | "full";

/** One plan step and its status. */
export interface TurnPlanStep {
  status: TurnPlanStepStatus;
  step: string;
}

export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";

/** The model's current plan for the turn (from its `update_plan` tool), replaced as a whole. */
export interface TurnPlanUpdatedNotification {
  explanation?: string | null;
  plan: Array<TurnPlanStep>;
  threadId: string;
  turnId: string;
}

/** `turn/start`: the user's input plus optional overrides that persist for later turns. */
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

/** The new turn, still in progress; its events follow as notifications. */
export interface TurnStartResponse {
  turn: Turn;
}

/** A turn began. */
export interface TurnStartedNotification {
  threadId: string;
  turn: Turn;
}

export type TurnStatus = "inProgress" | "completed" | "interrupted" | "failed";

/** One piece of what the user sent in `turn/start.input`. */
export type UserInput = TextUserInput | ImageUserInput | LocalImageUserInput | SkillUserInput | MentionUserInput;

/** Plain text; `text_elements` is snake_case on the wire, as in Codex. */
export interface TextUserInput {
  text: string;
  text_elements?: Array<TextElement> | null;
  type: "text";
}

/** An image by URL (including data: URLs). */
export interface ImageUserInput {
  type: "image";
  url?: string | null;
}

/** An image file on the server's machine. */
export interface LocalImageUserInput {
  path: string;
  type: "localImage";
}

/** A skill the user picked explicitly. */
export interface SkillUserInput {
  name: string;
  path: string;
  type: "skill";
}

/** A mention of an app or plugin. */
export interface MentionUserInput {
  name: string;
  path: string;
  type: "mention";
}

/** `warning`: something the user should see that does not fail anything, for one thread or the server. */
export interface WarningNotification {
  /** Concise text for the user. */
  message: string;
  /** The thread it concerns, or null. */
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
