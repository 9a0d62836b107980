package dev.codeloop.core.model;

import java.util.Locale;

/** What we know about a model from its name, where a provider offers no catalog. */
public final class ModelFamily {

    /** Context window assumed for models we do not know. */
    public static final long DEFAULT_CONTEXT_WINDOW = 272_000;

    private ModelFamily() {
    }

    /** Reasoning models accept {@code reasoning} settings and return (encrypted) reasoning items. */
    public static boolean supportsReasoning(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return m.startsWith("gpt-5") || m.startsWith("o1") || m.startsWith("o3") || m.startsWith("o4")
                || m.startsWith("codex-") || m.startsWith("gpt-oss");
    }

    /** Models that accept freeform (custom, grammar-constrained) tools such as apply_patch's raw-patch form. */
    public static boolean supportsFreeformTools(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return m.startsWith("gpt-5") || m.startsWith("codex-");
    }

    /** The usable context window (95% of the nominal one, as Codex reports it). */
    public static long effectiveContextWindow(String model, Long configured) {
        long nominal = configured != null ? configured : DEFAULT_CONTEXT_WINDOW;
        return nominal * 95 / 100;
    }
}
