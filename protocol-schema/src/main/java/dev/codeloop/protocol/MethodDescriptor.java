package dev.codeloop.protocol;

/**
 * One row of the method table: the wire name, who sends it, its payload types, and its history.
 *
 * @param name         wire method name, {@code resource/verb}
 * @param direction    who sends it
 * @param paramsType   the params record ({@link Void} when a method takes none)
 * @param resultType   the result record for requests; {@link Void} for notifications
 * @param experimental whether clients must opt in with {@code capabilities.experimentalApi}
 * @param since        the protocol version that introduced it
 */
public record MethodDescriptor<P, R>(
        String name,
        Direction direction,
        Class<P> paramsType,
        Class<R> resultType,
        boolean experimental,
        String since) {

    public boolean isRequest() {
        return direction == Direction.CLIENT_REQUEST || direction == Direction.SERVER_REQUEST;
    }
}
