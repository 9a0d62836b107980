// A small client written against the generated declarations (index.ts); TypeScriptCompileTest type-checks it
// with tsc --strict. The @ts-expect-error lines prove the types are precise: tsc fails if they compile.
import type {
  ClientRequest,
  ClientRequestResults,
  CommandExecutionRequestApprovalResponse,
  RequestId,
  ServerNotification,
  ServerRequest,
  ThreadItem,
} from "./index";

export function startTurn(id: number, threadId: string, text: string): ClientRequest {
  return { id, method: "turn/start", params: { threadId, input: [{ type: "text", text, text_elements: [] }] } };
}

export function render(item: ThreadItem): string {
  switch (item.type) {
    case "userMessage":
      return item.content.map((c) => (c.type === "text" ? c.text : c.type)).join("");
    case "agentMessage":
      return item.text;
    case "reasoning":
      return (item.summary ?? []).join("\n");
    case "commandExecution":
      return `$ ${item.command} (${item.status}, exit ${item.exitCode ?? "?"})`;
    case "fileChange":
      return item.changes.map((c) => `${c.kind.type} ${c.path}`).join("\n");
  }
}

export function onNotification(n: ServerNotification): string | undefined {
  switch (n.method) {
    case "item/agentMessage/delta":
      return n.params.delta;
    case "item/completed":
      return render(n.params.item);
    case "turn/completed":
      return n.params.turn.status;
    case "thread/status/changed":
      return n.params.status.type === "active" ? n.params.status.activeFlags.join(",") : n.params.status.type;
    case "thread/tokenUsage/updated":
      return String(n.params.tokenUsage.total.totalTokens);
    default:
      return undefined;
  }
}

export function answer(request: ServerRequest): { id: RequestId; result: CommandExecutionRequestApprovalResponse } {
  switch (request.method) {
    case "item/commandExecution/requestApproval":
      return { id: request.id, result: { decision: request.params.command?.startsWith("ls") ? "accept" : "decline" } };
    case "item/fileChange/requestApproval":
      return { id: request.id, result: { decision: "acceptForSession" } };
  }
}

export function threadIdOf(result: ClientRequestResults["thread/start"]): string {
  return result.thread.id;
}

// @ts-expect-error: method names are checked
export const wrongMethod: ClientRequest = { id: 1, method: "thread/begin", params: {} };

// @ts-expect-error: params are typed by method (threadId is a string)
export const wrongParams: ClientRequest = { id: 2, method: "turn/interrupt", params: { threadId: 5, turnId: "t" } };

// @ts-expect-error: enum values are checked
export const wrongPolicy: ClientRequest = { id: 3, method: "thread/start", params: { approvalPolicy: "always" } };
