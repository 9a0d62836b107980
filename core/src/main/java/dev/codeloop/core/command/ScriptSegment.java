package dev.codeloop.core.command;

import java.util.List;

/** One simple command of a script and the operator that follows it. */
record ScriptSegment(List<ShellWord> words, Separator next) {

    ScriptSegment {
        words = List.copyOf(words);
    }

    /** The argv the command runs with (before expansion). */
    List<String> argv() {
        return words.stream().map(ShellWord::value).toList();
    }

    boolean anyWordGlobbed() {
        return words.stream().anyMatch(ShellWord::globbed);
    }
}
