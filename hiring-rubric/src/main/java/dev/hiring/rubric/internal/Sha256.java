package dev.hiring.rubric.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@code sha256:} digests of UTF-8 text, as policies and decision records carry them. */
public final class Sha256 {
    /** The prefix of every digest. */
    public static final String PREFIX = "sha256:";

    private Sha256() {}

    /** {@code sha256:} followed by the lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String of(String text) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        StringBuilder sb = new StringBuilder(PREFIX.length() + 64).append(PREFIX);
        for (byte b : digest) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    /** Whether {@code s} has the form of a digest: {@code sha256:} and 64 lower-case hex digits. */
    public static boolean isDigest(String s) {
        if (s.length() != PREFIX.length() + 64 || !s.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
