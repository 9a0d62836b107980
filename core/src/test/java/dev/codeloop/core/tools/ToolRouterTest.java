package dev.codeloop.core.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.concurrent.CancellationToken;
import dev.codeloop.core.event.TurnEmitter;
import dev.codeloop.core.model.ToolSpec;
import dev.codeloop.core.sandbox.SandboxPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolRouterTest {

    private static final ToolContext CONTEXT = TestContexts.context(event -> { }, CancellationToken.none(),
            Path.of("/"), new SandboxPolicy.DangerFullAccess(), Map.of());

    /** Answers with its own name and the call's input. */
    private record EchoTool(String name, List<String> aliases) implements Tool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec.Freeform(name, "echoes", "lark", "start: /.+/");
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            return ToolResult.ok(name + ":" + call.input());
        }
    }

    private final ToolRouter router = new ToolRouter(List.of(
            new EchoTool("alpha", List.of("a", "beta")),
            new EchoTool("beta", List.of()),
            new Tool() {
                @Override
                public ToolSpec spec() {
                    return new ToolSpec.Freeform("broken", "throws", "lark", "start: /.+/");
                }

                @Override
                public ToolResult invoke(ToolCall call, ToolContext context) {
                    throw new IllegalStateException("tool bug");
                }
            }));

    private ToolResult call(String name) {
        return router.invoke(new ToolCall("call_1", name, "in", true), CONTEXT);
    }

    @Test
    void specsKeepTheToolOrder() {
        assertEquals(List.of("alpha", "beta", "broken"), router.specs().stream().map(ToolSpec::name).toList());
    }

    @Test
    void callsGoToTheToolByNameOrAlias() {
        assertEquals("alpha:in", call("alpha").output());
        assertEquals("alpha:in", call("a").output());
    }

    @Test
    void aToolsOwnNameBeatsAnotherToolsAlias() {
        assertEquals("beta:in", call("beta").output());
    }

    @Test
    void unknownToolIsAnErrorListingTheToolsOnOffer() {
        ToolResult result = call("teleport");

        assertFalse(result.success());
        assertTrue(result.output().contains("teleport") && result.output().contains("alpha, beta, broken"),
                result.output());
    }

    @Test
    void aToolThatThrowsBecomesAnErrorForTheModel() {
        ToolResult result = call("broken");

        assertFalse(result.success());
        assertTrue(result.output().contains("tool bug"), result.output());
    }
}
