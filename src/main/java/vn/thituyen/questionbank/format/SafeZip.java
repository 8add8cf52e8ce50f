package vn.thituyen.questionbank.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip into memory without trusting it: the bytes actually inflated are counted (a zip bomb lies
 * in its headers), the number of entries is bounded, and a name that climbs out of the archive ({@code ../},
 * absolute paths) rejects the whole file, because whatever resolves names against it later must never be able to
 * reach outside.
 */
final class SafeZip {

    /** total uncompressed bytes an upload may expand to */
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** entries (files and folders) an upload may hold */
    static final int MAX_ENTRIES = 5_000;

    private SafeZip() {
    }

    /** Why an archive was refused. */
    enum Refusal { NOT_A_ZIP, TOO_LARGE, TOO_MANY_ENTRIES, UNSAFE_PATH }

    static final class ZipRefusedException extends Exception {
        private final Refusal refusal;
        private final String detail;

        ZipRefusedException(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
            this.detail = detail;
        }

        Refusal refusal() {
            return refusal;
        }

        String detail() {
            return detail;
        }
    }

    /** Whether the bytes start like a zip archive (local file header, or the end record of an empty one). */
    static boolean looksLikeZip(byte[] data) {
        return data != null && data.length >= 4 && data[0] == 'P' && data[1] == 'K'
                && ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
    }

    /**
     * The files of the archive by normalised path ({@code /} separators, no leading {@code ./}), in archive order;
     * folders are left out. Names that are not UTF-8 are read as CP437, what Windows' built-in zipper writes.
     */
    static Map<String, byte[]> read(byte[] zip) throws ZipRefusedException {
        try {
            return read(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            return read(zip, Charset.forName("IBM437"));
        }
    }

    private static Map<String, byte[]> read(byte[] zip, Charset names) throws ZipRefusedException {
        if (!looksLikeZip(zip)) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, "");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ZipRefusedException(Refusal.TOO_MANY_ENTRIES, String.valueOf(MAX_ENTRIES));
                }
                String name = normalise(entry.getName());
                if (name == null) {
                    throw new ZipRefusedException(Refusal.UNSAFE_PATH, entry.getName());
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ZipRefusedException(Refusal.TOO_LARGE, (MAX_TOTAL_BYTES >> 20) + " MB");
                    }
                    bytes.write(buffer, 0, n);
                }
                if (!entry.isDirectory() && !name.isEmpty() && !name.endsWith("/")) {
                    out.putIfAbsent(name, bytes.toByteArray());
                }
            }
        } catch (IOException e) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, String.valueOf(e.getMessage()));
        }
        return out;
    }

    /** The entry name with {@code /} separators, or null when it is absolute or leaves the archive. */
    static String normalise(String raw) {
        String name = raw.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        String[] parts = name.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".")) {
                if (i == parts.length - 1 && !out.isEmpty()) {
                    out.append('/');
                }
                continue;
            }
            if (part.equals("..")) {
                return null;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '/') {
                out.append('/');
            }
            out.append(part);
            depth++;
        }
        return depth == 0 ? "" : out.toString();
    }

    /**
     * {@code relative} resolved against the folder {@code baseDir} ("" or ending in {@code /}) inside the archive,
     * or null when it would leave the archive.
     */
    static String resolve(String baseDir, String relative) {
        String path = relative.replace('\\', '/');
        String joined = path.startsWith("/") ? path.substring(1) : baseDir + path;
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    return null;
                }
                stack.removeLast();
            } else {
                stack.addLast(part);
            }
        }
        for (String part : stack) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }
}
