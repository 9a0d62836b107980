package dev.codeloop.protocol.schema;

import dev.codeloop.protocol.Direction;
import dev.codeloop.protocol.MethodDescriptor;
import dev.codeloop.protocol.Methods;
import java.util.List;

/**
 * Which part of the protocol a generated schema describes: the stable surface (the default, what is checked in and
 * compatibility-checked), or everything including experimental methods and fields (clients that opt in with
 * {@code capabilities.experimentalApi}).
 */
public enum ProtocolSurface {
    STABLE(false),
    EXPERIMENTAL(true);

    private final boolean includesExperimental;

    ProtocolSurface(boolean includesExperimental) {
        this.includesExperimental = includesExperimental;
    }

    public boolean includesExperimental() {
        return includesExperimental;
    }

    /** The methods of this surface, in table order. */
    public List<MethodDescriptor<?, ?>> methods() {
        return Methods.ALL.stream().filter(m -> includesExperimental || !m.experimental()).toList();
    }

    public List<MethodDescriptor<?, ?>> methods(Direction direction) {
        return methods().stream().filter(m -> m.direction() == direction).toList();
    }
}
