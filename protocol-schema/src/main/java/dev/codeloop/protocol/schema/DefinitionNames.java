package dev.codeloop.protocol.schema;

/**
 * How a Java wire type is named in the schema: its simple name; a nested type whose name is a single word
 * ({@code TurnPlanStep.Status}) is prefixed with its enclosing type ({@code TurnPlanStepStatus}), so names stay
 * unique and self-explaining. Variants of a tagged union are inlined and titled variant + union
 * ({@code ActiveThreadStatus}), as Codex does.
 */
final class DefinitionNames {

    private DefinitionNames() {
    }

    static String of(Class<?> type) {
        String simple = type.getSimpleName();
        Class<?> outer = type.getEnclosingClass();
        if (outer != null && isSingleWord(simple)) {
            return of(outer) + simple;
        }
        return simple;
    }

    static String variant(Class<?> variant, Class<?> union) {
        return variant.getSimpleName() + of(union);
    }

    private static boolean isSingleWord(String name) {
        return name.chars().skip(1).noneMatch(Character::isUpperCase);
    }
}
