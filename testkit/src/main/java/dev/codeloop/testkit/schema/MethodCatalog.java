package dev.codeloop.testkit.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The methods of one Codex message union ({@code ServerNotification.json}, {@code ServerRequest.json},
 * {@code ClientRequest.json}, {@code ClientNotification.json}). Each file is a {@code oneOf} with one branch per
 * method, the branch pinning {@code method} with a one-value {@code enum}. Knowing the branch index lets us validate
 * a message against just {@code #/oneOf/<i>}, which gives readable errors instead of one failure per branch.
 */
final class MethodCatalog {

    private final String file;
    private final Map<String, Integer> branchByMethod;

    private MethodCatalog(String file, Map<String, Integer> branchByMethod) {
        this.file = file;
        this.branchByMethod = branchByMethod;
    }

    static MethodCatalog of(ReferenceSchemas schemas, String file) {
        JsonNode branches = schemas.document(file).path("oneOf");
        Map<String, Integer> byMethod = new LinkedHashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            JsonNode methodEnum = branches.get(i).path("properties").path("method").path("enum");
            if (methodEnum.size() != 1) {
                throw new IllegalStateException(file + "#/oneOf/" + i + " does not pin a single method");
            }
            byMethod.put(methodEnum.get(0).stringValue(), i);
        }
        return new MethodCatalog(file, Collections.unmodifiableMap(byMethod));
    }

    String file() {
        return file;
    }

    Set<String> methods() {
        return branchByMethod.keySet();
    }

    /** The schema location of the branch for {@code method}, e.g. {@code ServerNotification.json#/oneOf/3}. */
    String branchLocation(String method) {
        OptionalInt index = branchIndex(method);
        if (index.isEmpty()) {
            throw new IllegalArgumentException(method + " is not in " + file);
        }
        return file + "#/oneOf/" + index.getAsInt();
    }

    OptionalInt branchIndex(String method) {
        Integer index = branchByMethod.get(method);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
