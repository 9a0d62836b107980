package dev.codeloop.core.diff;

import java.util.List;

/**
 * Git's "indent heuristic" (on by default since git 2.14): when a group of added or removed lines can be drawn
 * at several positions, prefer the one whose boundaries fall at blank lines and block edges, judged by
 * indentation. Every position is scored by the two splits it creates (before and after the group); the
 * lowest score wins, ties going to the lower position. The weights are git's, so the choice is git's.
 */
final class IndentHeuristic {

    private static final int MAX_SLIDING = 100;
    private static final int MAX_INDENT = 200;
    private static final int MAX_BLANKS = 20;
    private static final int INDENT_WEIGHT = 60;

    private static final int START_OF_FILE_PENALTY = 1;
    private static final int END_OF_FILE_PENALTY = 21;
    private static final int TOTAL_BLANK_WEIGHT = -30;
    private static final int POST_BLANK_WEIGHT = 6;
    private static final int RELATIVE_INDENT_PENALTY = -4;
    private static final int RELATIVE_INDENT_WITH_BLANK_PENALTY = 10;
    private static final int RELATIVE_OUTDENT_PENALTY = 24;
    private static final int RELATIVE_OUTDENT_WITH_BLANK_PENALTY = 17;
    private static final int RELATIVE_DEDENT_PENALTY = 23;
    private static final int RELATIVE_DEDENT_WITH_BLANK_PENALTY = 17;

    private IndentHeuristic() {
    }

    /**
     * The end index to give a group of {@code size} lines that can end anywhere from {@code earliestEnd} to
     * {@code latestEnd}.
     */
    static int bestEnd(List<String> lines, int size, int earliestEnd, int latestEnd) {
        int first = Math.max(earliestEnd, Math.max(latestEnd - size - 1, latestEnd - MAX_SLIDING));
        int bestEnd = -1;
        Score best = null;
        for (int end = first; end <= latestEnd; end++) {
            Score score = new Score();
            score.add(Split.at(lines, end));
            score.add(Split.at(lines, end - size));
            if (best == null || score.compareTo(best) <= 0) {
                best = score;
                bestEnd = end;
            }
        }
        return bestEnd;
    }

    /** Indentation of a line in columns (tabs to multiples of 8), or -1 for a blank line. */
    static int indentOf(String line) {
        int indent = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!GitText.isSpace(c)) {
                return indent;
            }
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 8 - indent % 8;
            }
            if (indent >= MAX_INDENT) {
                return MAX_INDENT;
            }
        }
        return -1;
    }

    /** What surrounds the boundary just before line {@code index}. */
    private record Split(boolean endOfFile, int indent, int preBlank, int preIndent, int postBlank,
            int postIndent) {

        static Split at(List<String> lines, int index) {
            boolean endOfFile = index >= lines.size();
            int indent = endOfFile ? -1 : indentOf(lines.get(index));
            int preBlank = 0;
            int preIndent = -1;
            for (int i = index - 1; i >= 0; i--) {
                preIndent = indentOf(lines.get(i));
                if (preIndent != -1) {
                    break;
                }
                if (++preBlank == MAX_BLANKS) {
                    preIndent = 0;
                    break;
                }
            }
            int postBlank = 0;
            int postIndent = -1;
            for (int i = index + 1; i < lines.size(); i++) {
                postIndent = indentOf(lines.get(i));
                if (postIndent != -1) {
                    break;
                }
                if (++postBlank == MAX_BLANKS) {
                    postIndent = 0;
                    break;
                }
            }
            return new Split(endOfFile, indent, preBlank, preIndent, postBlank, postIndent);
        }
    }

    private static final class Score implements Comparable<Score> {
        private int effectiveIndent;
        private int penalty;

        void add(Split split) {
            if (split.preIndent() == -1 && split.preBlank() == 0) {
                penalty += START_OF_FILE_PENALTY;
            }
            if (split.endOfFile()) {
                penalty += END_OF_FILE_PENALTY;
            }
            int postBlank = split.indent() == -1 ? 1 + split.postBlank() : 0;
            int totalBlank = split.preBlank() + postBlank;
            penalty += TOTAL_BLANK_WEIGHT * totalBlank + POST_BLANK_WEIGHT * postBlank;

            int indent = split.indent() != -1 ? split.indent() : split.postIndent();
            boolean anyBlanks = totalBlank != 0;
            effectiveIndent += indent;
            if (indent == -1 || split.preIndent() == -1 || indent == split.preIndent()) {
                return;
            }
            if (indent > split.preIndent()) {
                penalty += anyBlanks ? RELATIVE_INDENT_WITH_BLANK_PENALTY : RELATIVE_INDENT_PENALTY;
            } else if (split.postIndent() != -1 && split.postIndent() > indent) {
                // Less indented than what precedes, more indented after: likely the start of a new block.
                penalty += anyBlanks ? RELATIVE_OUTDENT_WITH_BLANK_PENALTY : RELATIVE_OUTDENT_PENALTY;
            } else {
                // Probably the end of a block.
                penalty += anyBlanks ? RELATIVE_DEDENT_WITH_BLANK_PENALTY : RELATIVE_DEDENT_PENALTY;
            }
        }

        @Override
        public int compareTo(Score other) {
            int byIndent = Integer.compare(effectiveIndent, other.effectiveIndent);
            return INDENT_WEIGHT * byIndent + (penalty - other.penalty);
        }
    }
}
