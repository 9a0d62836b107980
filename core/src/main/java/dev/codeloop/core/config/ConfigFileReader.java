package dev.codeloop.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/** Reads {@code config.toml} into a plain tree; a missing file is an empty tree. */
final class ConfigFileReader {

    private ConfigFileReader() {
    }

    static Map<String, Object> read(Path file) {
        if (Files.notExists(file)) {
            return new LinkedHashMap<>();
        }
        TomlParseResult result;
        try {
            result = Toml.parse(file);
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e, e);
        }
        if (result.hasErrors()) {
            throw parseFailure(file, result.errors());
        }
        return TomlValues.toTree(result);
    }

    private static ConfigException parseFailure(Path file, List<TomlParseError> errors) {
        TomlParseError first = errors.getFirst();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "";
        return new ConfigException("Cannot parse config file " + file + " at line " + first.position().line()
                + ", column " + first.position().column() + ": " + first.getMessage() + more, first);
    }
}
