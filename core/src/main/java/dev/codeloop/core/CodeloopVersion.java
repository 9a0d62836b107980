package dev.codeloop.core;

/** The product version: from the jar manifest when packaged, else the build's default. */
public final class CodeloopVersion {

    public static final String VERSION = fromManifest();

    private CodeloopVersion() {
    }

    private static String fromManifest() {
        String version = CodeloopVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0";
    }
}
