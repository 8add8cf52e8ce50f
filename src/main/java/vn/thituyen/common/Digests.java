package vn.thituyen.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums of stored evidence (uploaded letters, scans, proposals) and the content checks of uploads. */
public final class Digests {

    private Digests() {
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether the bytes are a PDF by their content (the {@code %PDF-} header), whatever the file's name says. */
    public static boolean isPdf(byte[] data) {
        return data != null && data.length >= 5
                && new String(data, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
