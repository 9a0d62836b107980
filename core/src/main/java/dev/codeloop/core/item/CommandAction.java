package dev.codeloop.core.item;

/** What a command does, for display: read a file, list files, search, or unknown. */
public sealed interface CommandAction {

    String command();

    record Read(String command, String name, String path) implements CommandAction {
    }

    record ListFiles(String command, String path) implements CommandAction {
    }

    record Search(String command, String query, String path) implements CommandAction {
    }

    record Unknown(String command) implements CommandAction {
    }
}
