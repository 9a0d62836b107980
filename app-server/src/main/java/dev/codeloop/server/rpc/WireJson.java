package dev.codeloop.server.rpc;

import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.thread.ThreadStartParams;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the wire: Jackson, configured once. Building it and its first use cost more than the
 * rest of startup, so the server answers {@code initialize} without it and builds it on a daemon thread once
 * that answer is on its way ({@link #warmUp()}); whoever needs it earlier waits for it.
 */
public final class WireJson {

    /**
     * What a client uses first after initialize: thread/start, a turn and its events. Jackson introspects each
     * type on first use (thread/start's answer alone took ~37 ms), so {@link #warmUp()} prepares them while the
     * client has not asked yet (an IDE starts the server with its window and a thread when the user types).
     */
    private static final List<MethodDescriptor<?, ?>> USED_FIRST = List.of(Methods.THREAD_START, Methods.THREAD_STARTED,
            Methods.TURN_START, Methods.TURN_STARTED, Methods.ITEM_STARTED, Methods.AGENT_MESSAGE_DELTA,
            Methods.ITEM_COMPLETED, Methods.TURN_COMPLETED);

    private WireJson() {
    }

    private static final class Holder {
        static final JsonMapper MAPPER = JsonMapper.builder()
                // Clients built for newer protocol versions may send fields we do not know: ignore them.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Empty results such as turn/interrupt's {} are records without components.
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** The mapper; the first call builds it (or waits for the background build to finish). */
    public static JsonMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * Builds the mapper, runs it once over a typical request and answer, and builds the (de)serializers of the
     * methods used first, so the requests that need databind find it ready; the server calls it on a background
     * thread once {@code initialize} is answered. Class initialisation makes concurrent callers of
     * {@link #mapper()} wait, not race.
     */
    public static void warmUp() {
        JsonMapper mapper = mapper();
        try {
            ThreadStartParams params = mapper.treeToValue(
                    mapper.readTree("{\"cwd\":\"/\",\"model\":null,\"config\":{\"a\":1}}"), ThreadStartParams.class);
            mapper.writeValueAsBytes(params);
            for (MethodDescriptor<?, ?> method : USED_FIRST) {
                if (method.direction() == Direction.CLIENT_REQUEST) {
                    mapper.readerFor(method.paramsType());
                    mapper.writerFor(method.resultType());
                } else {
                    mapper.writerFor(method.paramsType());
                }
            }
        } catch (RuntimeException ignored) {
            // Only a warm-up: the real request reports its own errors.
        }
    }
}
