package dev.codeloop.protocol.codegen;

import dev.codeloop.protocol.codegen.WireModel.Named;
import dev.codeloop.protocol.codegen.WireModel.WireType;
import java.util.Map;

/**
 * What every emitter needs: the model by canonical name, and where the hand-written runtime lives (the generated
 * code calls {@code WireRead}, {@code WireWrite}, {@code WireCodecs} and {@code WireFormatException} there).
 *
 * @param runtimePackage the package of the runtime support classes
 * @param indexPackage   the package of the generated index
 * @param types          every wire type, by canonical name
 */
record EmitContext(String runtimePackage, String indexPackage, Map<String, WireType> types) {

    static final String NODE = "tools.jackson.databind.JsonNode";
    static final String GENERATOR = "tools.jackson.core.JsonGenerator";
    static final String GENERATED = "@javax.annotation.processing.Generated(\""
            + "dev.codeloop.protocol.codegen.WireCodecProcessor\")";

    String read() {
        return runtimePackage + ".WireRead";
    }

    String write() {
        return runtimePackage + ".WireWrite";
    }

    String codecs() {
        return runtimePackage + ".WireCodecs";
    }

    String exception() {
        return runtimePackage + ".WireFormatException";
    }

    WireType type(Named ref) {
        WireType type = types.get(ref.name().canonical());
        if (type == null) {
            throw new IllegalStateException("no wire type " + ref.name().canonical());
        }
        return type;
    }
}
