package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small helpers for reading an argv: program names, flags and operands. */
final class CommandWords {

    private CommandWords() {
    }

    /** The file name of the program word: {@code /usr/bin/git} → {@code git}. */
    static String programName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    /**
     * Whether {@code word} is a bundle of short options ({@code -rf}) that contains {@code letter}. Long
     * options ({@code --force}), {@code -} and {@code --} are not bundles.
     */
    static boolean shortFlagsContain(String word, char letter) {
        return shortFlagsContain(word, letter, "");
    }

    /**
     * Like {@link #shortFlagsContain(String, char)} for a program whose options {@code valueLetters} take a
     * value: the rest of the bundle after one of them is that value ({@code -bfix} is {@code -b fix}).
     */
    static boolean shortFlagsContain(String word, char letter, String valueLetters) {
        if (word.length() < 2 || word.charAt(0) != '-' || word.charAt(1) == '-') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == letter) {
                return true;
            }
            if (valueLetters.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** The words before {@code --}, the only ones that can be options. */
    static List<String> optionArea(List<String> args) {
        int end = args.indexOf("--");
        return end < 0 ? args : args.subList(0, end);
    }

    /**
     * The operands of {@code args} (the words after the program name): words not starting with {@code -},
     * skipping the value after each flag in {@code flagsWithValue}; everything after {@code --} is an operand.
     * {@code --flag=value} counts as one flag.
     */
    static List<String> operands(List<String> args, Set<String> flagsWithValue) {
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (flagsWithValue.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
            }
        }
        return operands;
    }
}
