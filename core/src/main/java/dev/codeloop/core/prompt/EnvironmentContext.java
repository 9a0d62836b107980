package dev.codeloop.core.prompt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The facts about the machine the model needs to act correctly: where it is, which shell, what day.
 * Sent once at the start of a thread as a user-role message, in the tag form models already know.
 */
public record EnvironmentContext(Path cwd, String shell, LocalDate currentDate, ZoneId timezone) {

    public String render() {
        return "<environment_context>\n"
                + "  <cwd>" + cwd + "</cwd>\n"
                + "  <shell>" + shell + "</shell>\n"
                + "  <current_date>" + currentDate + "</current_date>\n"
                + "  <timezone>" + timezone.getId() + "</timezone>\n"
                + "</environment_context>";
    }
}
