package dev.codeloop.core.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Git's object id of a blob, so our {@code index} lines name the same objects {@code git diff} would. */
final class GitBlobId {

    /** What git writes for the side of a diff that does not exist. */
    static final String NONE = "0".repeat(40);

    private GitBlobId() {
    }

    /** SHA-1 of {@code "blob <length>\0"} followed by the content. */
    static String of(byte[] content) {
        MessageDigest sha1 = newSha1();
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
        sha1.update(content);
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }
}
