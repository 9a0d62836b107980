package dev.codeloop.core.tools.patch.engine;

/**
 * Folds the Unicode punctuation that editors and word processors put into files (curly quotes, dashes, odd
 * spaces, the ellipsis) to the ASCII a model types, so an ASCII patch still finds those lines.
 */
final class PunctuationFolding {

    private PunctuationFolding() {
    }

    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? s : out.toString();
    }

    /** The ASCII for {@code c}, "" to drop it, or null to keep it. */
    private static String replacement(char c) {
        return switch (c) {
            // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            // single quotes: left, right, low-9, reversed-9; prime
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            // double quotes: left, right, low-9, reversed-9; double prime; guillemets
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u2026' -> "...";
            // no-break space, the fixed-width spaces, narrow no-break, medium mathematical, ideographic
            case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                    '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> " ";
            // zero-width space, joiners, and a byte order mark inside a line
            case '\u200B', '\u200C', '\u200D', '\uFEFF' -> "";
            default -> null;
        };
    }
}
