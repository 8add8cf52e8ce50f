package vn.thituyen.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip without trusting it: the bytes actually inflated are counted (a zip bomb lies in its
 * headers), the number of entries is bounded, and a name that climbs out of the archive ({@code ../}, absolute
 * paths) rejects the whole file, because whatever resolves names against it later must never be able to reach
 * outside. Every zip that comes from outside goes through here: bank imports ({@link #read}, the whole archive in
 * memory within {@link #IMPORT}) and sealed-archive verification ({@link #scan}, one entry at a time, never held
 * whole).
 */
public final class SafeZip {

    /** total uncompressed bytes an uploaded bank may expand to */
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** entries (files and folders) an upload may hold */
    public static final int MAX_ENTRIES = 5_000;

    /** How far an archive may expand: in total, in entries, and (for what is kept in memory) per entry. */
    public record Limits(long maxTotalBytes, int maxEntries) {
    }

    /** The limits of an uploaded question bank, held whole in memory. */
    public static final Limits IMPORT = new Limits(MAX_TOTAL_BYTES, MAX_ENTRIES);

    private SafeZip() {
    }

    /** Why an archive was refused. */
    public enum Refusal { NOT_A_ZIP, TOO_LARGE, TOO_MANY_ENTRIES, UNSAFE_PATH }

    public static final class ZipRefusedException extends Exception {
        private final Refusal refusal;
        private final String detail;

        public ZipRefusedException(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
            this.detail = detail;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String detail() {
            return detail;
        }
    }

    /** Reads one file of the archive; the stream ends where the entry ends and counts against the limits. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(String name, InputStream content) throws IOException, ZipRefusedException;
    }

    /** Whether the bytes start like a zip archive (local file header, or the end record of an empty one). */
    public static boolean looksLikeZip(byte[] data) {
        return data != null && data.length >= 4 && data[0] == 'P' && data[1] == 'K'
                && ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
    }

    /**
     * The files of the archive by normalised path ({@code /} separators, no leading {@code ./}), in archive order;
     * folders are left out. Names that are not UTF-8 are read as CP437, what Windows' built-in zipper writes.
     */
    public static Map<String, byte[]> read(byte[] zip) throws ZipRefusedException {
        if (!looksLikeZip(zip)) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, "");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        scan(zip, IMPORT, (name, content) -> out.putIfAbsent(name, content.readAllBytes()));
        return out;
    }

    /** {@link #scan(InputStream, Limits, EntryVisitor)} over bytes, retrying names as CP437 when not UTF-8. */
    public static void scan(byte[] zip, Limits limits, EntryVisitor visitor) throws ZipRefusedException {
        try {
            scan(new ByteArrayInputStream(zip), StandardCharsets.UTF_8, limits, visitor);
        } catch (IllegalArgumentException malformedName) {
            scan(new ByteArrayInputStream(zip), Charset.forName("IBM437"), limits, visitor);
        }
    }

    /**
     * Streams the archive's files to the visitor one at a time (folders are skipped) without holding them: what the
     * visitor reads is inflated on the fly and counted, and the archive is refused the moment it passes a limit.
     */
    public static void scan(InputStream zip, Limits limits, EntryVisitor visitor) throws ZipRefusedException {
        try {
            scan(zip, StandardCharsets.UTF_8, limits, visitor);
        } catch (IllegalArgumentException malformedName) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, String.valueOf(malformedName.getMessage()));
        }
    }

    private static void scan(InputStream zip, Charset names, Limits limits, EntryVisitor visitor)
            throws ZipRefusedException {
        long[] total = {0};
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip, names)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new ZipRefusedException(Refusal.TOO_MANY_ENTRIES, String.valueOf(limits.maxEntries()));
                }
                String name = normalise(entry.getName());
                if (name == null) {
                    throw new ZipRefusedException(Refusal.UNSAFE_PATH, entry.getName());
                }
                Counted content = new Counted(in, total, limits.maxTotalBytes());
                if (!entry.isDirectory() && !name.isEmpty() && !name.endsWith("/")) {
                    visitor.visit(name, content);
                }
                content.drain();   // what the visitor left unread still counts: the next header lies behind it
            }
        } catch (TooLarge e) {
            throw new ZipRefusedException(Refusal.TOO_LARGE, (limits.maxTotalBytes() >> 20) + " MB");
        } catch (IOException e) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, String.valueOf(e.getMessage()));
        }
    }

    /** Thrown from inside the counting stream, so a visitor that reads cannot swallow the refusal as an IOException. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("archive expands beyond its limit");
        }
    }

    /** One entry's content: counts what is inflated into the archive's total; closing it leaves the zip open. */
    private static final class Counted extends FilterInputStream {
        private final long[] total;
        private final long max;

        Counted(InputStream in, long[] total, long max) {
            super(in);
            this.total = total;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            int r;
            while (skipped < n && (r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0) {
                skipped += r;
            }
            return skipped;
        }

        @Override
        public void close() {
            // the entry ends, not the archive
        }

        void drain() throws IOException {
            byte[] buffer = new byte[16 * 1024];
            while (read(buffer, 0, buffer.length) > 0) {
                // counted and thrown away
            }
        }

        private void count(int n) throws TooLarge {
            total[0] += n;
            if (total[0] > max) {
                throw new TooLarge();
            }
        }
    }

    /** The entry name with {@code /} separators, or null when it is absolute or leaves the archive. */
    public static String normalise(String raw) {
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
    public static String resolve(String baseDir, String relative) {
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
