package dev.codeloop.core.tools;

import dev.codeloop.core.model.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the tool for a call by name (or alias). Tool order is fixed so the request's tools never change. */
public final class ToolRouter {

    private final List<Tool> tools;
    private final Map<String, Tool> byName = new LinkedHashMap<>();

    public ToolRouter(List<Tool> tools) {
        this.tools = List.copyOf(tools);
        for (Tool tool : tools) {
            byName.put(tool.spec().name(), tool);
            for (String alias : tool.aliases()) {
                byName.putIfAbsent(alias, tool);
            }
        }
    }

    public List<ToolSpec> specs() {
        List<ToolSpec> specs = new ArrayList<>();
        for (Tool tool : tools) {
            specs.add(tool.spec());
        }
        return specs;
    }

    public ToolResult invoke(ToolCall call, ToolContext context) {
        Tool tool = byName.get(call.name());
        if (tool == null) {
            return ToolResult.error("unsupported call: " + call.name() + " is not a tool here. Available tools: "
                    + String.join(", ", tools.stream().map(t -> t.spec().name()).toList()));
        }
        try {
            return tool.invoke(call, context);
        } catch (RuntimeException e) {
            // A tool bug must not kill the turn: the model hears about it and can try something else.
            org.slf4j.LoggerFactory.getLogger(ToolRouter.class).warn("tool {} failed", call.name(), e);
            return ToolResult.error(call.name() + " failed: " + e);
        }
    }
}
