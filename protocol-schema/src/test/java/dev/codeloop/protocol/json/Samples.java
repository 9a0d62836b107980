package dev.codeloop.protocol.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.codeloop.json.JsonTrees;
import dev.codeloop.protocol.approval.ApprovalDecision;
import dev.codeloop.protocol.json.fixture.Version;
import dev.codeloop.protocol.thread.CwdFilter;
import dev.codeloop.protocol.turn.CodexErrorInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Representative instances of the wire types, built by walking record components with sample values: for a
 * record, one with every component set, one with every component null (primitives 0/false), and one more per
 * further sample of each component (every enum constant, every union member, empty and null-holding lists and
 * maps, tricky strings, numbers at their limits). Types with {@code @JsonValue}/{@code @JsonCreator} get
 * hand-picked instances, and a new such type fails here until it has some.
 */
public final class Samples {

    private static final int MAX_DEPTH = 6;
    private static final String TRICKY = "ünï \"quoted\" \\ back\nslash\t\u0001\u001f\u007f ✓ 😀 </script> \u2028";

    private Samples() {
    }

    /** Representative values of {@code type}; the first has everything set. */
    public static List<Object> of(Class<?> type) {
        List<Object> custom = custom(type);
        if (custom != null) {
            return custom;
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type.isInterface()) {
            List<Object> all = new ArrayList<>();
            for (Class<?> member : members(type)) {
                all.addAll(of(member));
            }
            return all;
        }
        if (!type.isRecord()) {
            throw new AssertionError("not a wire type: " + type);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<List<Object>> choices = new ArrayList<>();
        for (RecordComponent component : components) {
            choices.add(values(component.getGenericType(), component.getName(), 0));
        }
        List<Object> samples = new ArrayList<>();
        Object[] full = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            full[i] = choices.get(i).get(0);
        }
        samples.add(construct(type, full));
        samples.add(empty(type));
        for (int i = 0; i < components.length; i++) {
            for (int j = 1; j < choices.get(i).size(); j++) {
                Object[] variant = full.clone();
                variant[i] = choices.get(i).get(j);
                samples.add(construct(type, variant));
            }
        }
        return samples;
    }

    /** The members of a tagged union, from the language (not from Jackson's annotations, which are under test). */
    static List<Class<?>> members(Class<?> union) {
        Class<?>[] permitted = union.getPermittedSubclasses();
        if (permitted == null) {
            throw new AssertionError(union + " is not sealed");
        }
        return List.of(permitted);
    }

    /** Hand-picked instances of the types with {@code @JsonValue}/{@code @JsonCreator}, or null for others. */
    private static List<Object> custom(Class<?> type) {
        if (type == ApprovalDecision.class) {
            Map<String, Object> amendment = new LinkedHashMap<>();
            amendment.put("execpolicy_amendment", List.of("npm", "test"));
            amendment.put("note", null);
            return List.of(ApprovalDecision.ACCEPT, ApprovalDecision.ACCEPT_FOR_SESSION, ApprovalDecision.DECLINE,
                    ApprovalDecision.CANCEL, new ApprovalDecision("acceptWithExecpolicyAmendment", amendment),
                    new ApprovalDecision("odd", 3), new ApprovalDecision("text", "x"));
        }
        if (type == CodexErrorInfo.class) {
            return List.of(CodexErrorInfo.of("internalServerError"), CodexErrorInfo.of(TRICKY),
                    CodexErrorInfo.withStatus("responseStreamDisconnected", 429),
                    CodexErrorInfo.withStatus("httpConnectionFailed", null));
        }
        if (type == Version.class) {
            return List.of(new Version(1, 2), new Version(0, 0));
        }
        if (type == CwdFilter.class) {
            return List.of(new CwdFilter(List.of("/work")), new CwdFilter(List.of("/a", "/b")),
                    new CwdFilter(List.of()));
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) || method.isAnnotationPresent(JsonCreator.class)) {
                throw new AssertionError("add hand-picked samples for " + type.getName() + " to Samples");
            }
        }
        return null;
    }

    /** Sample values for a component of {@code type}; the first is the richest. */
    private static List<Object> values(Type type, String name, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                List<Object> elements = values(arguments[0], name, depth);
                return List.of(new ArrayList<>(elements), List.of(), Arrays.asList((Object) null));
            }
            if (raw == Map.class) {
                List<Object> elements = values(arguments[1], name, depth);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < elements.size(); i++) {
                    map.put(i == 0 ? "k" : "k." + i, elements.get(i));
                }
                Map<String, Object> withNull = new LinkedHashMap<>();
                withNull.put("none", null);
                return List.of(map, Map.of(), withNull);
            }
            throw new AssertionError("no samples for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return List.of("s-" + name, TRICKY, "");
        }
        if (c == boolean.class || c == Boolean.class) {
            return List.of(true, false);
        }
        if (c == int.class || c == Integer.class) {
            return List.of(7, Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        }
        if (c == long.class || c == Long.class) {
            return List.of(1_795_397_561_123L, Long.MIN_VALUE, 0L);
        }
        if (c == double.class || c == Double.class) {
            return List.of(2.5, -0.0, 1e300);
        }
        if (c == Object.class) {
            Map<String, Object> plain = new LinkedHashMap<>();
            plain.put("a", 1);
            plain.put("b", Arrays.asList(true, null, "x", 2.5, 12_345_678_901L));
            plain.put("c", Map.of("d", List.of()));
            plain.put("e", new BigInteger("123456789012345678901234567890"));
            return List.of(plain, "text", 42, 12_345_678_901L, 0.25, false, List.of(1, "two"));
        }
        if (c == tools.jackson.databind.JsonNode.class) {
            return List.of(JsonTrees.read("{\"a\":[1,2.5,null,\"x\",true],\"b\":{},\"c\":12345678901}"),
                    JsonTrees.NODES.stringNode("x"));
        }
        if (c.isEnum()) {
            return List.of(c.getEnumConstants());
        }
        if (depth > MAX_DEPTH) {
            return Arrays.asList((Object) null);
        }
        List<Object> custom = custom(c);
        if (custom != null) {
            return custom;
        }
        if (c.isInterface()) {
            List<Object> all = new ArrayList<>();
            for (Class<?> member : members(c)) {
                all.add(full(member, depth + 1));
            }
            return all;
        }
        if (c.isRecord()) {
            return List.of(full(c, depth + 1), empty(c));
        }
        throw new AssertionError("no samples for " + type);
    }

    private static Object full(Class<?> record, int depth) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = values(components[i].getGenericType(), components[i].getName(), depth).get(0);
        }
        return construct(record, arguments);
    }

    /** Every component null, primitives 0/false. */
    private static Object empty(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            if (c == boolean.class) {
                arguments[i] = false;
            } else if (c == int.class) {
                arguments[i] = 0;
            } else if (c == long.class) {
                arguments[i] = 0L;
            } else if (c == double.class) {
                arguments[i] = 0.0;
            }
        }
        return construct(record, arguments);
    }

    private static Object construct(Class<?> record, Object[] arguments) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build " + record.getName() + " from " + Arrays.toString(arguments), e);
        }
    }
}
