package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;

/**
 * A {@code turn/plan/updated} notification as a checklist:
 *
 * <pre>
 * ☰ plan  Add the README's TODO, then check it.
 *     ☑ Read src/hello.py
 *     ▶ Add a --shout option and a test for it
 *     ☐ Run the tests
 * </pre>
 *
 * The explanation is dim, the step in progress bold.
 */
final class PlanView {

    private PlanView() {
    }

    static String render(JsonNode params, Ansi ansi) {
        StringBuilder text = new StringBuilder(ansi.bold("☰ plan"));
        String explanation = JsonFields.text(params, "explanation");
        if (explanation != null && !explanation.isBlank()) {
            text.append("  ").append(ansi.dim(explanation.strip()));
        }
        text.append('\n');
        for (JsonNode entry : params.path("plan")) {
            String step = JsonFields.text(entry, "step", "");
            text.append("    ").append(switch (JsonFields.text(entry, "status", "pending")) {
                case "completed" -> ansi.green("☑") + " " + step;
                // Codex sends inProgress; the model's own spelling is in_progress.
                case "inProgress", "in_progress" -> ansi.bold("▶ " + step);
                default -> "☐ " + step;
            }).append('\n');
        }
        return text.toString();
    }
}
