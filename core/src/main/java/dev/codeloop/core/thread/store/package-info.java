/**
 * Persistence of threads: one append-only JSONL log per thread, and an index for listing them.
 *
 * <h2>Layout (under the Codeloop home)</h2>
 * <ul>
 *   <li>{@code sessions/YYYY/MM/DD/rollout-<yyyy-MM-ddTHH-mm-ss>-<threadId>.jsonl}: a thread's log (UTC);</li>
 *   <li>{@code archived_sessions/<same file name>}: the log of an archived thread;</li>
 *   <li>{@code session_index.jsonl}: the {@link dev.codeloop.core.thread.store.ThreadIndex} cache, with names.</li>
 * </ul>
 *
 * <h2>Log format</h2>
 * Every line is {@code {"timestamp":"<ISO-8601 UTC, ms>","type":"<kind>","payload":{…}}}; field names and
 * kinds are snake_case, config enums use their config spelling. The first line is {@code session_meta};
 * model history ({@code response_item}) is stored in the Responses API shape so it is resent unchanged.
 * Kinds, item types and enum values a version does not know are skipped, so newer logs stay readable.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>{@link dev.codeloop.core.thread.store.RolloutWriter} writes each record as one unbuffered write of
 *       line plus newline: a killed process loses at most the line being written.</li>
 *   <li>{@link dev.codeloop.core.thread.store.RolloutReader} forgives a damaged last line and reports any
 *       other damage with file and line; {@code openForAppend} cuts a damaged last line off first.</li>
 *   <li>{@link dev.codeloop.core.thread.store.ThreadReplay} turns a log into history, turns and a summary,
 *       including what to append to complete a log whose last turn never ended.</li>
 *   <li>The logs are the truth: the index is checked against them when it loads and can be rebuilt from
 *       them; only thread names live in the index alone.</li>
 * </ul>
 */
package dev.codeloop.core.thread.store;
