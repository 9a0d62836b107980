package dev.codeloop.core.model;

/** A model request that failed; {@link #error()} says how. */
public final class ModelException extends Exception {

    private final ModelError error;

    public ModelException(ModelError error) {
        super(error.describe());
        this.error = error;
    }

    public ModelException(ModelError error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    public ModelError error() {
        return error;
    }
}
