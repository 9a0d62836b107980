package dev.codeloop.server.rpc;

import dev.codeloop.protocol.Experimental;
import dev.codeloop.protocol.MethodDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * The experimental surface of the protocol (methods flagged in the method table, fields marked
 * {@link Experimental}): refused from clients that did not opt in with {@code capabilities.experimentalApi},
 * and stripped from what the server sends them. As in Codex, a refusal is
 * {@code -32600 "<descriptor> requires experimentalApi capability"}.
 */
public final class ExperimentalApi {

    /** Whether values of a type can hold an experimental field anywhere inside; decided once per type. */
    private static final ClassValue<Boolean> MAY_HOLD_EXPERIMENTAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return mayHold(type, new HashSet<>());
        }
    };

    private ExperimentalApi() {
    }

    /** Refuses an experimental method. */
    public static void checkMethod(MethodDescriptor<?, ?> method) throws ResponseErrorException {
        if (method.experimental()) {
            throw refusal(method.name());
        }
    }

    /** Refuses params that set an experimental field (at any depth); unset (null) fields are fine. */
    public static void checkParams(Object params) throws ResponseErrorException {
        if (params == null || !MAY_HOLD_EXPERIMENTAL.get(params.getClass())) {
            return;
        }
        String used = firstExperimentalUse(params);
        if (used != null) {
            throw refusal(used);
        }
    }

    /** {@code value} without its experimental fields (a copy when there were any), for clients that did not opt in. */
    @SuppressWarnings("unchecked")
    public static <T> T strip(T value) {
        if (value == null || !MAY_HOLD_EXPERIMENTAL.get(value.getClass())) {
            return value;
        }
        return (T) stripped(value);
    }

    private static ResponseErrorException refusal(String descriptor) {
        return RpcErrors.invalidRequest(descriptor + " requires experimentalApi capability");
    }

    private static String firstExperimentalUse(Object value) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object field = read(component, record);
                if (field == null) {
                    continue;
                }
                Experimental marker = component.getAnnotation(Experimental.class);
                if (marker != null) {
                    return marker.value();
                }
                String nested = firstExperimentalUse(field);
                if (nested != null) {
                    return nested;
                }
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                String nested = firstExperimentalUse(item);
                if (nested != null) {
                    return nested;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            return firstExperimentalUse(map.values());
        }
        return null;
    }

    private static Object stripped(Object value) {
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object field = read(components[i], record);
                args[i] = components[i].isAnnotationPresent(Experimental.class) && !types[i].isPrimitive()
                        ? null : stripped(field);
            }
            return construct(record.getClass(), types, args);
        }
        if (value instanceof List<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(stripped(item)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, stripped(v)));
            return copy;
        }
        return value;
    }

    private static boolean mayHold(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (mayHold(argument, seen)) {
                    return true;
                }
            }
            return mayHold(parameterized.getRawType(), seen);
        }
        if (!(type instanceof Class<?> cls) || !cls.getName().startsWith("dev.codeloop.protocol.")) {
            return false;
        }
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                if (component.isAnnotationPresent(Experimental.class) || mayHold(component.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        if (cls.isSealed()) {
            for (Class<?> sub : cls.getPermittedSubclasses()) {
                if (mayHold(sub, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    private static Object construct(Class<?> type, Class<?>[] componentTypes, Object[] args) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(componentTypes);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getName(), e);
        }
    }
}
