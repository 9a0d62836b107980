/**
 * A scripted OpenAI Responses API server for tests and the offline demo.
 *
 * <p>{@link dev.codeloop.testkit.model.ScriptedModelServer} listens on 127.0.0.1 and answers
 * {@code POST /v1/responses} with {@link dev.codeloop.testkit.model.ScriptedResponse}s, one per request, in
 * order: SSE streams built with {@link dev.codeloop.testkit.model.Sse} (completed, failed, cut, stalled…) or
 * {@link dev.codeloop.testkit.model.HttpError}s. Each request is recorded as a
 * {@link dev.codeloop.testkit.model.RecordedModelRequest} with its parsed body and, for streams, the
 * {@code System.nanoTime()} at which each event was written.
 *
 * <pre>{@code
 * try (ScriptedModelServer server = ScriptedModelServer.start()) {
 *     server.enqueue(Sse.response("resp_1").reasoning("rs_1", "Thinking").message("msg_1", "Hello ", "world.").completed());
 *     server.enqueue(Sse.response("resp_2").functionCall("call_1", "shell_command", "{\"command\":\"ls\"}").completed());
 *     server.enqueue(HttpError.status(429).header("Retry-After", "1"));
 *     server.enqueueFor("thread-42", Sse.response("resp_3").message("msg_2", "for thread 42").completed());
 *     // point the client at server.baseUrl() ("http://127.0.0.1:PORT/v1"), run it, then:
 *     RecordedModelRequest first = server.takeRequest(Duration.ofSeconds(10));
 *     String model = first.body().path("model").asString();
 * }
 * }</pre>
 */
package dev.codeloop.testkit.model;
