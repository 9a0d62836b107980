package dev.codeloop.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How big a unified diff is, counted the way {@code git diff --shortstat} reports it:
 * {@code 2 files changed, 3 insertions(+), 1 deletion(-)}.
 *
 * @param files      files in the diff: its {@code diff --git} headers, or else its {@code +++} headers
 * @param insertions added lines
 * @param deletions  removed lines
 */
record DiffStat(int files, int insertions, int deletions) {

    /** {@code @@ -12,3 +12,4 @@}: a missing count means 1. */
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");

    /**
     * Counts {@code diff}: a git-style diff of several files, or just the hunks of one file. The line counts
     * of each hunk header say where the hunk ends, so a removed line that reads {@code "-- x"} is never taken
     * for the next file's {@code --- a/x} header.
     */
    static DiffStat of(String diff) {
        int gitFiles = 0;
        int plainFiles = 0;
        int insertions = 0;
        int deletions = 0;
        long oldLeft = 0;
        long newLeft = 0;
        for (String line : diff.split("\n", -1)) {
            boolean inHunk = oldLeft > 0 || newLeft > 0;
            if (line.startsWith("diff --git ")) {
                gitFiles++;
                oldLeft = newLeft = 0;
            } else if (line.startsWith("@@")) {
                Matcher hunk = HUNK.matcher(line);
                boolean counted = hunk.find();
                // A header without counts (some tools write a bare @@) runs until the next header.
                oldLeft = counted ? count(hunk.group(1)) : Long.MAX_VALUE;
                newLeft = counted ? count(hunk.group(2)) : Long.MAX_VALUE;
            } else if (!inHunk) {
                if (line.startsWith("+++ ")) {
                    plainFiles++;
                }
            } else if (line.startsWith("+")) {
                insertions++;
                newLeft--;
            } else if (line.startsWith("-")) {
                deletions++;
                oldLeft--;
            } else if (line.startsWith(" ") || line.isEmpty()) {
                oldLeft--;
                newLeft--;
            }
            // "\ No newline at end of file" belongs to the line before it and counts for nothing.
        }
        return new DiffStat(gitFiles > 0 ? gitFiles : plainFiles, insertions, deletions);
    }

    /** Lines in a whole file's text: what an added or deleted file contributes. */
    static int lines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? lines : lines + 1;
    }

    /** {@code 2 files changed, 3 insertions(+), 1 deletion(-)}; like git, a zero count is left out unless both are zero. */
    String describe() {
        StringBuilder text = new StringBuilder(Formats.plural(files, "file changed", "files changed"));
        if (insertions > 0 || deletions == 0) {
            text.append(", ").append(Formats.plural(insertions, "insertion(+)", "insertions(+)"));
        }
        if (deletions > 0 || insertions == 0) {
            text.append(", ").append(Formats.plural(deletions, "deletion(-)", "deletions(-)"));
        }
        return text.toString();
    }

    private static long count(String group) {
        return group == null ? 1 : Long.parseLong(group);
    }
}
