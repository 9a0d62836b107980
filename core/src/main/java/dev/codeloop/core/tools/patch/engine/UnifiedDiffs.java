package dev.codeloop.core.tools.patch.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/**
 * The diff shown for an updated file, as Codex puts it in a fileChange item: only the hunks ({@code @@ -a,b +c,d @@}
 * and their lines) with one line of context, no {@code ---}/{@code +++} header. Line endings are not compared.
 */
final class UnifiedDiffs {

    static final int CONTEXT_LINES = 1;

    private UnifiedDiffs() {
    }

    static String between(String oldContent, String newContent) {
        List<String> oldLines = FileText.parse(oldContent).lines();
        List<String> newLines = FileText.parse(newContent).lines();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a", "b", oldLines,
                DiffUtils.diff(oldLines, newLines), CONTEXT_LINES);
        if (diff.size() <= 2) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : diff.subList(2, diff.size())) {
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
