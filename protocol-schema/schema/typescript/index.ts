// Codeloop app-server protocol: TypeScript declarations. GENERATED from the JSON Schema by
// `bin/codeloop app-server generate-ts --out DIR`; do not edit.

export type ActiveFlag = "waitingOnApproval" | "waitingOnUserInput";

/** A piece of the assistant's answer text. */
export interface AgentMessageDeltaNotification {
  /** Text to append to the item's text. */
  delta: string;
  /** The `agentMessage` item it belongs to. */
  itemId: string;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
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
  /** The end, exclusive. */
  end: number;
  /** The first byte, inclusive. */
  start: number;
}

/** Who the client is. */
export interface ClientInfo {
  /** The client's name: it identifies the client in logs and in the model request's originator and User-Agent headers, so it must be printable ASCII. */
  name: string;
  /** A human-readable name for the client. */
  title?: string | null;
  /** The client's version, added to the User-Agent after its name. */
  version: string;
}

/** Machine-readable kind of a turn error, under Codex's name. On the wire it is either a bare string (`"internalServerError"`) or, for transport failures, a one-key object carrying the HTTP status (`{"responseStreamDisconnected":{"httpStatusCode":429}}`). */
export type CodexErrorInfo = string | { [key: string]: {
  httpStatusCode?: number | null;
} };

/** What a command does, parsed for display: reading a file, listing, searching, or something else. */
export type CommandAction = ReadCommandAction | ListFilesCommandAction | SearchCommandAction | UnknownCommandAction;

/** Reads a file. */
export interface ReadCommandAction {
  /** The command, or the part of a pipeline, this action was read from. */
  command: string;
  /** The file's name, for display. */
  name: string;
  /** The file, as the command names it. */
  path: string;
  type: "read";
}

/** Lists files. */
export interface ListFilesCommandAction {
  /** The command, or the part of a pipeline, this action was read from. */
  command: string;
  /** The directory listed, shortened for display; null when the command names none. */
  path?: string | null;
  type: "listFiles";
}

/** Searches files. */
export interface SearchCommandAction {
  /** The command, or the part of a pipeline, this action was read from. */
  command: string;
  /** Where it searches, shortened for display; null when the command names no path. */
  path?: string | null;
  /** What is searched for, or null. */
  query?: string | null;
  type: "search";
}

/** Anything else. */
export interface UnknownCommandAction {
  /** The command, or the part of a pipeline, this action was read from. */
  command: string;
  type: "unknown";
}

/** Live output (stdout and stderr merged) of a running command. */
export interface CommandExecutionOutputDeltaNotification {
  /** The next piece of output. */
  delta: string;
  /** The `commandExecution` item it belongs to. */
  itemId: string;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** Server → client `item/commandExecution/requestApproval`: may this command run? The command waits for the answer. */
export interface CommandExecutionRequestApprovalParams {
  /** Never set by Codeloop (always null) */
  approvalId?: string | null;
  /** The full command line as one shell-quoted string, as on the item. */
  command?: string | null;
  /** What the command does, parsed for display; may be empty. */
  commandActions?: Array<CommandAction> | null;
  /** The directory the command runs in. */
  cwd?: string | null;
  /** The `commandExecution` item already started for this command. */
  itemId: string;
  /** Always `"command"` */
  kind?: string | null;
  /** Why approval is asked: the model's justification when it asked to run outside the sandbox, or, after a command failed in the sandbox, the offer to run it again without; null otherwise. */
  reason?: string | null;
  /** When that item started, in epoch milliseconds. */
  startedAtMs: number;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** The client's answer to `item/commandExecution/requestApproval`. */
export interface CommandExecutionRequestApprovalResponse {
  /** The client's decision. */
  decision: ApprovalDecision;
}

/** Who started a command: the model (`agent`) or the user's own shell. */
export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction";

export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";

/** Something in the configuration or the machine will not work as configured; sent once, after `initialize`. */
export interface ConfigWarningNotification {
  /** More detail, such as how to fix it; null when there is none. */
  details?: string | null;
  /** The file concerned, or null. */
  path?: string | null;
  /** One sentence for the user. */
  summary: string;
}

/** `thread/list.cwd`: one directory, or several; matched exactly. On the wire a string or an array. */
export type CwdFilter = string | Array<string>;

/** A turn-level error; with `willRetry` the server is retrying, otherwise the turn fails. */
export interface ErrorNotification {
  /** What went wrong. */
  error: TurnError;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
  /** Whether the server retries the model request (the turn goes on) or the turn fails. */
  willRetry: boolean;
}

/** Server → client `item/fileChange/requestApproval`: may these edits be applied? The edits wait for the answer. */
export interface FileChangeRequestApprovalParams {
  /** A directory outside the writable roots that the edit needs write access to; null when none. */
  grantRoot?: string | null;
  /** The `fileChange` item that carries the proposed changes. */
  itemId: string;
  /** Why approval is asked, or null. */
  reason?: string | null;
  /** When that item started, in epoch milliseconds. */
  startedAtMs: number;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** The client's answer to `item/fileChange/requestApproval`. */
export interface FileChangeRequestApprovalResponse {
  /** The client's decision. */
  decision: ApprovalDecision;
}

/** One file of a `fileChange` item. */
export interface FileUpdateChange {
  /** The new content for an add, the old content for a delete, and a unified diff for an update. */
  diff: string;
  /** Whether the file is added, deleted or updated. */
  kind: PatchChangeKind;
  /** The file's absolute path. */
  path: string;
}

/** Git state of the thread's cwd when the thread was created. */
export interface GitInfo {
  /** The branch checked out; null when unknown. */
  branch?: string | null;
  /** The URL of the `origin` remote; null when unknown. */
  originUrl?: string | null;
  /** The commit checked out; null when unknown. */
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
  /** What this connection opts in to or out of; null for the defaults. */
  capabilities?: InitializeCapabilities | null;
  /** Who the client is. */
  clientInfo: ClientInfo;
}

/** `initialize` result. */
export interface InitializeResponse {
  /** Codeloop's home directory, under Codex's field name so Codex clients find it. */
  codexHome: string;
  /** `unix` or `windows` */
  platformFamily: string;
  /** The server's operating system: `linux`, `macos`, `windows`, or another lowercase name. */
  platformOs: string;
  /** The version of Codeloop's protocol; a Codeloop addition (Codex clients ignore unknown fields) */
  protocolVersion?: string | null;
  /** The User-Agent the server sends to model providers for this client, like `codeloop/0.1.0 (linux; amd64) client/1.2` */
  userAgent: string;
}

/** An item is final. Authoritative: clients should replace whatever they built from deltas. */
export interface ItemCompletedNotification {
  /** When the item completed, in epoch milliseconds. */
  completedAtMs: number;
  /** The item in its final state. */
  item: ThreadItem;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** An item began; deltas for it may follow. */
export interface ItemStartedNotification {
  /** The item as it starts. */
  item: ThreadItem;
  /** When the item started, in epoch milliseconds. */
  startedAtMs: number;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** Network state an external sandbox reports to the model. */
export type NetworkAccess = "restricted" | "enabled";

export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";

/** What happens to one file: added, deleted, or updated (and maybe moved). */
export type PatchChangeKind = AddPatchChangeKind | DeletePatchChangeKind | UpdatePatchChangeKind;

/** The file is created. */
export interface AddPatchChangeKind {
  type: "add";
}

/** The file is deleted. */
export interface DeletePatchChangeKind {
  type: "delete";
}

/** The file is changed, and maybe moved. */
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
  /** The `reasoning` item it belongs to. */
  itemId: string;
  /** The index of the new part in the item's `summary` */
  summaryIndex: number;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** A piece of a reasoning summary part. */
export interface ReasoningSummaryTextDeltaNotification {
  /** Text to append to the part. */
  delta: string;
  /** The `reasoning` item it belongs to. */
  itemId: string;
  /** The index of the part in the item's `summary` */
  summaryIndex: number;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
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
  /** Whether commands may use the network; null means no. */
  networkAccess?: boolean | null;
  type: "readOnly";
}

/** The client sandboxes commands itself; Codeloop only tells the model the network state. */
export interface ExternalSandboxSandboxPolicy {
  /** The network state told to the model; null means `restricted` */
  networkAccess?: NetworkAccess | null;
  type: "externalSandbox";
}

/** Write inside the workspace (cwd) and the listed roots; read anywhere. */
export interface WorkspaceWriteSandboxPolicy {
  /** True to keep `/tmp` out of the writable directories. */
  excludeSlashTmp?: boolean | null;
  /** True to keep `$TMPDIR` out of the writable directories. */
  excludeTmpdirEnvVar?: boolean | null;
  /** Whether commands may use the network; null means no. */
  networkAccess?: boolean | null;
  type: "workspaceWrite";
  /** More directories commands may write, besides the cwd; relative ones are resolved against the cwd. */
  writableRoots?: Array<string> | null;
}

/** A server → client request is settled (answered, or withdrawn because its turn ended). Sent before the related `item/completed`. */
export interface ServerRequestResolvedNotification {
  /** The JSON-RPC id of the settled request (an integer) */
  requestId: RequestId;
  /** The thread the request belonged to. */
  threadId: string;
}

/** What kind of client created a thread. */
export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown";

export type SortDirection = "asc" | "desc";

/** A UI element embedded in user text (e.g. a file chip), located by UTF-8 byte range. */
export interface TextElement {
  /** Where the element is in the text. */
  byteRange: ByteRange;
  /** Text to show for the element, or null. */
  placeholder?: string | null;
}

/** Move a stored thread to the archive (it leaves `thread/list` unless `archived: true` is asked). */
export interface ThreadArchiveParams {
  /** The thread to archive. */
  threadId: string;
}

/** An empty object: the change is done (and announced by a notification). */
export type ThreadArchiveResponse = { [key: string]: unknown };

/** A thread was archived. */
export interface ThreadArchivedNotification {
  /** The archived thread. */
  threadId: string;
}

/** A thread was unloaded from memory. */
export interface ThreadClosedNotification {
  /** The unloaded thread. */
  threadId: string;
}

/** `thread/fork`: a new thread with a copy of another's history; it continues independently. Unset fields keep the source thread's settings. */
export interface ThreadForkParams {
  /** When the server asks the client before acting. */
  approvalPolicy?: AskForApproval | null;
  /** Accepted for Codex compatibility; approvals always go to the client. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Replaces the model's built-in instructions. */
  baseInstructions?: string | null;
  /** Extra dotted config keys (like `-c key=value`) for this thread. */
  config?: { [key: string]: unknown } | null;
  /** The working directory of the thread's commands. */
  cwd?: string | null;
  /** Extra instructions for the model, sent after its permissions. */
  developerInstructions?: string | null;
  /** Keep the new thread in memory only: it is never stored. */
  ephemeral?: boolean | null;
  /** The model to use, by its provider's name for it. */
  model?: string | null;
  /** The id of a model provider from config. */
  modelProvider?: string | null;
  /** The coarse sandbox choice for the thread's commands. */
  sandbox?: SandboxMode | null;
  /** The thread to copy. */
  threadId: string;
}

/** `thread/fork` result: the new thread and its settings. */
export interface ThreadForkResponse {
  /** When the server asks the client before acting. */
  approvalPolicy: AskForApproval;
  /** Always `user`: approvals go to the client. */
  approvalsReviewer: ApprovalsReviewer;
  /** The working directory of its commands. */
  cwd: string;
  /** The model the thread runs with. */
  model: string;
  /** The id of its model provider. */
  modelProvider: string;
  /** Its reasoning effort; null when unset. */
  reasoningEffort?: string | null;
  /** The sandbox policy of its commands. */
  sandbox: SandboxPolicy;
  /** Always null: Codeloop has no service tiers. */
  serviceTier?: string | null;
  /** The new thread, with its copied turns. */
  thread: ThreadInfo;
}

/** A conversation (Codex's `Thread`). */
export interface ThreadInfo {
  /** The Codeloop version of this server. */
  cliVersion: string;
  /** When the thread was created, in epoch seconds. */
  createdAt: number;
  /** The working directory of the thread's commands. */
  cwd: string;
  /** Whether the thread lives in memory only and is never stored. */
  ephemeral: boolean;
  /** The thread this one was forked from; null otherwise. */
  forkedFromId?: string | null;
  /** The git state of the cwd when the thread was created; null when unknown. */
  gitInfo?: GitInfo | null;
  /** The thread's id. */
  id: string;
  /** The thread's model. */
  model?: string | null;
  /** The id of the thread's model provider. */
  modelProvider: string;
  /** The user-facing name given with `thread/name/set`; null when it has none. */
  name?: string | null;
  /** The `clientInfo.name` of the connected client. */
  originator?: string | null;
  /** The thread's log file on disk; null for an ephemeral thread. */
  path?: string | null;
  /** The first user message, for thread lists; empty when there is none. */
  preview: string;
  /** Never set by Codeloop (always null) */
  projectId?: string | null;
  /** The thread's reasoning effort; null when unset. */
  reasoningEffort?: string | null;
  /** The same as `id` */
  sessionId: string;
  /** Always `appServer` */
  source: SessionSource;
  /** The thread's runtime status. */
  status: ThreadStatus;
  /** The turns, oldest first; filled only by `thread/read` with `includeTurns`, `thread/resume`, `thread/fork` and `thread/rollback`, and empty everywhere else. */
  turns: Array<Turn>;
  /** When the thread last changed, in epoch seconds. */
  updatedAt: number;
}

/** One entry of a conversation as clients render it; `type` says which kind. Every item carries its lifecycle times (`startedAtMs`, `completedAtMs`), flat on the wire. */
export type ThreadItem = UserMessageThreadItem | AgentMessageThreadItem | ReasoningThreadItem | CommandExecutionThreadItem | FileChangeThreadItem;

/** What the user sent. */
export interface UserMessageThreadItem {
  /** Never set by Codeloop (always null) */
  clientId?: string | null;
  /** When the item completed, in epoch milliseconds; null until it completes. */
  completedAtMs?: number | null;
  /** The pieces of the user's input. */
  content: Array<UserInput>;
  /** The item's id. */
  id: string;
  /** When the item started, in epoch milliseconds; null until known. */
  startedAtMs?: number | null;
  type: "userMessage";
}

/** An answer from the assistant. */
export interface AgentMessageThreadItem {
  /** When the item completed, in epoch milliseconds; null until it completes. */
  completedAtMs?: number | null;
  /** The item's id. */
  id: string;
  /** Never set by Codeloop (always null) */
  phase?: string | null;
  /** When the item started, in epoch milliseconds; null until known. */
  startedAtMs?: number | null;
  /** The answer text; complete on `item/completed` */
  text: string;
  type: "agentMessage";
}

/** The model's reasoning. */
export interface ReasoningThreadItem {
  /** When the item completed, in epoch milliseconds; null until it completes. */
  completedAtMs?: number | null;
  /** Raw reasoning text, when a model exposes it. */
  content?: Array<string> | null;
  /** The item's id. */
  id: string;
  /** When the item started, in epoch milliseconds; null until known. */
  startedAtMs?: number | null;
  /** The reasoning summary parts, in order. */
  summary?: Array<string> | null;
  type: "reasoning";
}

/** A shell command the model ran. */
export interface CommandExecutionThreadItem {
  /** The output, stdout and stderr merged; null until the command ends. */
  aggregatedOutput?: string | null;
  /** The full command line as one shell-quoted string. */
  command: string;
  /** What the command does, parsed for display (a pipeline may do several things) */
  commandActions: Array<CommandAction>;
  /** When the item completed, in epoch milliseconds; null until it completes. */
  completedAtMs?: number | null;
  /** The directory the command runs in. */
  cwd: string;
  /** How long the command ran, in milliseconds; null until it ends. */
  durationMs?: number | null;
  /** The exit code; null until the command ends. */
  exitCode?: number | null;
  /** The item's id. */
  id: string;
  /** The OS process id, as a string; null when unknown. */
  processId?: string | null;
  /** Who started the command; always `agent` in Codeloop. */
  source?: CommandExecutionSource | null;
  /** When the item started, in epoch milliseconds; null until known. */
  startedAtMs?: number | null;
  /** Where the command stands. */
  status: CommandExecutionStatus;
  type: "commandExecution";
}

/** File edits made (or proposed) by the model's apply_patch call. */
export interface FileChangeThreadItem {
  /** The edits, one entry per file. */
  changes: Array<FileUpdateChange>;
  /** When the item completed, in epoch milliseconds; null until it completes. */
  completedAtMs?: number | null;
  /** The id of the model's apply_patch call. */
  id: string;
  /** When the item started, in epoch milliseconds; null until known. */
  startedAtMs?: number | null;
  /** Whether the edits are pending, applied, failed or declined. */
  status: PatchApplyStatus;
  type: "fileChange";
}

/** `thread/list`: stored threads, newest first by default. */
export interface ThreadListParams {
  /** True lists the archived threads; null or false the active ones. */
  archived?: boolean | null;
  /** The previous page's `nextCursor`; null for the first page. */
  cursor?: string | null;
  /** Only threads whose working directory is exactly this one (or one of these) */
  cwd?: CwdFilter | null;
  /** Page size: 50 when null, at most 200; negative values are refused. */
  limit?: number | null;
  /** Only threads of these model providers; null or empty for any. */
  modelProviders?: Array<string> | null;
  /** Only threads whose name or preview contains this text (case-sensitive) */
  searchTerm?: string | null;
  /** Descending (newest first) unless `asc` */
  sortDirection?: SortDirection | null;
  /** What to sort by; `created_at` when null. */
  sortKey?: ThreadSortKey | null;
  /** Only threads created by these kinds of client; null or empty for any. */
  sourceKinds?: Array<string> | null;
}

/** One page of threads. */
export interface ThreadListResponse {
  /** The threads, without their turns. */
  data: Array<ThreadInfo>;
  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor?: string | null;
}

/** The threads currently loaded in memory, by id. */
export interface ThreadLoadedListParams {
  /** The previous page's `nextCursor`; null for the first page. */
  cursor?: string | null;
  /** Page size; null (or not positive) for all of them. */
  limit?: number | null;
}

/** One page of the ids of loaded threads, sorted. */
export interface ThreadLoadedListResponse {
  /** The thread ids. */
  data: Array<string>;
  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor?: string | null;
}

/** A thread's name changed. */
export interface ThreadNameUpdatedNotification {
  /** The thread. */
  threadId: string;
  /** Its new name. */
  threadName?: string | null;
}

/** Read a thread's summary, and its turns when asked. */
export interface ThreadReadParams {
  /** True to fill `thread.turns`; null or false leaves it empty. */
  includeTurns?: boolean | null;
  /** The thread to read. */
  threadId: string;
}

/** The thread as stored. */
export interface ThreadReadResponse {
  /** The thread; its turns only with `includeTurns` */
  thread: ThreadInfo;
}

/** `thread/resume`: load a stored thread (or rejoin a loaded one) to continue it. The overrides apply when the thread is loaded; a thread already loaded keeps its settings. Unset fields keep the thread's settings. */
export interface ThreadResumeParams {
  /** When the server asks the client before acting. */
  approvalPolicy?: AskForApproval | null;
  /** Accepted for Codex compatibility; approvals always go to the client. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Replaces the model's built-in instructions. */
  baseInstructions?: string | null;
  /** Extra dotted config keys (like `-c key=value`) for this thread. */
  config?: { [key: string]: unknown } | null;
  /** The working directory of the thread's commands. */
  cwd?: string | null;
  /** Extra instructions for the model, sent after its permissions. */
  developerInstructions?: string | null;
  /** True to leave `thread.turns` empty in the answer. */
  excludeTurns?: boolean | null;
  /** The model to use, by its provider's name for it. */
  model?: string | null;
  /** The id of a model provider from config. */
  modelProvider?: string | null;
  /** Accepted for Codex compatibility; not used. */
  personality?: Personality | null;
  /** The coarse sandbox choice for the thread's commands. */
  sandbox?: SandboxMode | null;
  /** The thread to resume; may be left out when `path` names it. */
  threadId: string;
}

/** `thread/resume` result: the thread and the settings it continues with. */
export interface ThreadResumeResponse {
  /** When the server asks the client before acting. */
  approvalPolicy: AskForApproval;
  /** Always `user`: approvals go to the client. */
  approvalsReviewer: ApprovalsReviewer;
  /** The working directory of its commands. */
  cwd: string;
  /** The model the thread runs with. */
  model: string;
  /** The id of its model provider. */
  modelProvider: string;
  /** Its reasoning effort; null when unset. */
  reasoningEffort?: string | null;
  /** The sandbox policy of its commands. */
  sandbox: SandboxPolicy;
  /** Always null: Codeloop has no service tiers. */
  serviceTier?: string | null;
  /** The thread, with its turns unless `excludeTurns` */
  thread: ThreadInfo;
}

/** Give a thread a user-facing name (names need not be unique). */
export interface ThreadSetNameParams {
  /** The new name. */
  name: string;
  /** The thread to name. */
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
  /** Accepted for Codex compatibility; approvals always go to the client. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Replaces the model's built-in instructions. */
  baseInstructions?: string | null;
  /** Extra dotted config keys (like `-c key=value`) for this thread. */
  config?: { [key: string]: unknown } | null;
  /** The working directory of the thread's commands. */
  cwd?: string | null;
  /** Extra instructions for the model, sent after its permissions. */
  developerInstructions?: string | null;
  /** Keep the thread in memory only: it is never stored. */
  ephemeral?: boolean | null;
  /** The model to use, by its provider's name for it. */
  model?: string | null;
  /** The id of a model provider from config. */
  modelProvider?: string | null;
  /** Accepted for Codex compatibility; not used. */
  personality?: Personality | null;
  /** The coarse sandbox choice for the thread's commands. */
  sandbox?: SandboxMode | null;
}

/** `thread/start` result: the thread and the effective settings it will run with. */
export interface ThreadStartResponse {
  /** When the server asks the client before acting. */
  approvalPolicy: AskForApproval;
  /** Always `user`: approvals go to the client. */
  approvalsReviewer: ApprovalsReviewer;
  /** The working directory of its commands. */
  cwd: string;
  /** The model the thread runs with. */
  model: string;
  /** The id of its model provider. */
  modelProvider: string;
  /** Its reasoning effort; null when unset. */
  reasoningEffort?: string | null;
  /** The sandbox policy of its commands. */
  sandbox: SandboxPolicy;
  /** Always null: Codeloop has no service tiers. */
  serviceTier?: string | null;
  /** The new thread. */
  thread: ThreadInfo;
}

/** A thread was created (or forked). */
export interface ThreadStartedNotification {
  /** The new thread, without its turns. */
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

/** A turn is running. */
export interface ActiveThreadStatus {
  /** What the turn waits for; `waitingOnApproval` while an approval request is open. */
  activeFlags: Array<ActiveFlag>;
  type: "active";
}

/** A thread's runtime status changed. */
export interface ThreadStatusChangedNotification {
  /** Its new status. */
  status: ThreadStatus;
  /** The thread. */
  threadId: string;
}

/** Token counts of a thread. */
export interface ThreadTokenUsage {
  /** The last model response's counts. */
  last: TokenUsageBreakdown;
  /** The model's context window, in tokens; null when unknown. */
  modelContextWindow?: number | null;
  /** The thread's running total. */
  total: TokenUsageBreakdown;
}

/** Token usage after a model response. */
export interface ThreadTokenUsageUpdatedNotification {
  /** The thread it belongs to. */
  threadId: string;
  /** The last response's counts and the thread's running total. */
  tokenUsage: ThreadTokenUsage;
  /** The turn of that response. */
  turnId: string;
}

/** Bring an archived thread back. */
export interface ThreadUnarchiveParams {
  /** The thread to unarchive. */
  threadId: string;
}

/** The thread as stored after unarchiving. */
export interface ThreadUnarchiveResponse {
  /** The thread. */
  thread: ThreadInfo;
}

/** A thread was unarchived. */
export interface ThreadUnarchivedNotification {
  /** The unarchived thread. */
  threadId: string;
}

/** This connection stops following the thread; with nobody left, it is unloaded (a running turn is interrupted). */
export interface ThreadUnsubscribeParams {
  /** The thread to stop following. */
  threadId: string;
}

/** What unsubscribing did. */
export interface ThreadUnsubscribeResponse {
  /** `unsubscribed`, or `notLoaded` when the thread was not loaded. */
  status: ThreadUnsubscribeStatus;
}

export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed";

/** Token counts of one model response, or a sum of several. */
export interface TokenUsageBreakdown {
  /** Input tokens the provider served from its cache. */
  cachedInputTokens: number;
  /** Input tokens. */
  inputTokens: number;
  /** Output tokens. */
  outputTokens: number;
  /** Output tokens spent on reasoning. */
  reasoningOutputTokens: number;
  /** All tokens, as the model provider reports them. */
  totalTokens: number;
}

/** One user request and everything the agent did for it. */
export interface Turn {
  /** When the turn ended, in epoch seconds; null while it runs. */
  completedAt?: number | null;
  /** How long the turn took, in milliseconds; null while it runs. */
  durationMs?: number | null;
  /** Why the turn failed; null unless it failed. */
  error?: TurnError | null;
  /** The turn's id. */
  id: string;
  /** The turn's items, as complete as `itemsView` says. */
  items: Array<ThreadItem>;
  /** How complete `items` is. */
  itemsView?: TurnItemsView | null;
  /** When the turn started, in epoch seconds. */
  startedAt?: number | null;
  /** Where the turn stands. */
  status: TurnStatus;
}

/** A turn ended: completed, interrupted or failed. */
export interface TurnCompletedNotification {
  /** The thread of the turn. */
  threadId: string;
  /** The turn, with its final status. */
  turn: Turn;
}

/** The aggregated unified diff (git style) of everything the turn has changed so far. */
export interface TurnDiffUpdatedNotification {
  /** The whole diff so far, replacing the previous one. */
  diff: string;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** Why a turn failed (or is retrying): a human message plus a machine-readable kind. */
export interface TurnError {
  /** More detail, such as the model server's message while retrying; null when there is none. */
  additionalDetails?: string | null;
  /** The machine-readable kind, as Codex names it. */
  codexErrorInfo?: CodexErrorInfo | null;
  /** A human-readable summary. */
  message: string;
}

/** Stop the running turn now. */
export interface TurnInterruptParams {
  /** The thread of the turn. */
  threadId: string;
  /** The turn to stop. */
  turnId: string;
}

/** `turn/interrupt` result: an empty object; the turn then ends with `turn/completed`. */
export type TurnInterruptResponse = { [key: string]: unknown };

/** How complete `Turn.items` is: not loaded, only the final answer (summary), or every item. */
export type TurnItemsView = "notLoaded" | "summary" | "full";

/** One plan step and its status. */
export interface TurnPlanStep {
  /** Whether it is pending, in progress or completed. */
  status: TurnPlanStepStatus;
  /** What the step is. */
  step: string;
}

export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";

/** The model's current plan for the turn (from its `update_plan` tool), replaced as a whole. */
export interface TurnPlanUpdatedNotification {
  /** The model's note on the plan, or null. */
  explanation?: string | null;
  /** The steps, in order. */
  plan: Array<TurnPlanStep>;
  /** The thread it belongs to. */
  threadId: string;
  /** The turn it belongs to. */
  turnId: string;
}

/** `turn/start`: the user's input plus optional overrides that persist for later turns. */
export interface TurnStartParams {
  /** A new approval policy. */
  approvalPolicy?: AskForApproval | null;
  /** Accepted for Codex compatibility; approvals always go to the client. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** A new working directory, resolved against the current one; it must exist. */
  cwd?: string | null;
  /** A new reasoning effort: `none`, `minimal`, `low`, `medium`, `high` or `xhigh` */
  effort?: string | null;
  /** What the user sent. */
  input: Array<UserInput>;
  /** A new model. */
  model?: string | null;
  /** Accepted for Codex compatibility; not used. */
  personality?: Personality | null;
  /** A new sandbox policy. */
  sandboxPolicy?: SandboxPolicy | null;
  /** A new reasoning summary setting. */
  summary?: ReasoningSummary | null;
  /** The thread, which must be loaded. */
  threadId: string;
}

/** The new turn, still in progress; its events follow as notifications. */
export interface TurnStartResponse {
  /** The new turn. */
  turn: Turn;
}

/** A turn began. */
export interface TurnStartedNotification {
  /** The thread of the turn. */
  threadId: string;
  /** The new turn. */
  turn: Turn;
}

export type TurnStatus = "inProgress" | "completed" | "interrupted" | "failed";

/** One piece of what the user sent in `turn/start.input`. */
export type UserInput = TextUserInput | ImageUserInput | LocalImageUserInput | SkillUserInput | MentionUserInput;

/** Plain text. */
export interface TextUserInput {
  /** The text. */
  text: string;
  text_elements?: Array<TextElement> | null;
  type: "text";
}

/** An image by URL. */
export interface ImageUserInput {
  type: "image";
  /** The image URL; `data:` URLs are accepted; required in `turn/start` */
  url?: string | null;
}

/** An image file on the server's machine. */
export interface LocalImageUserInput {
  /** The image file's path. */
  path: string;
  type: "localImage";
}

/** A skill the user picked explicitly; the model gets its name and path as text. */
export interface SkillUserInput {
  /** The skill's name. */
  name: string;
  /** The skill's path. */
  path: string;
  type: "skill";
}

/** A mention of an app or plugin; the model gets its name and path as text. */
export interface MentionUserInput {
  /** The app or plugin's name. */
  name: string;
  /** Its path, as the client gives it. */
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
