package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The MIME type of a file carried with a question, for formats that give only its name (Moodle XML). */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("jpe", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("bmp", "image/bmp"), Map.entry("svg", "image/svg+xml"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"), Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"), Map.entry("m4a", "audio/mp4"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("pdf", "application/pdf"));

    /** the images a question may hold and every browser shows */
    private static final java.util.Set<String> STORED = java.util.Set.of("image/png", "image/jpeg", "image/gif",
            "image/svg+xml", "image/webp");

    private MediaTypes() {
    }

    /** Whether the bank stores a file of this type with a question (an image every browser shows). */
    public static boolean stored(String mimeType) {
        return mimeType != null && STORED.contains(mimeType.toLowerCase(Locale.ROOT));
    }

    /**
     * The type the bytes show (PNG, JPEG, GIF, WebP, BMP, PDF signatures), else the one the name's extension
     * says, else {@code application/octet-stream}. The bytes win because exported file names are often wrong
     * ("hinh1.png" holding a JPEG), and browsers look at the bytes too.
     */
    public static String guess(String name, byte[] data) {
        String sniffed = sniff(data);
        if (sniffed != null) {
            return sniffed;
        }
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot >= 0) {
            String type = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
        }
        return "application/octet-stream";
    }

    private static String sniff(byte[] d) {
        if (d == null) {
            return null;
        }
        if (starts(d, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(d, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(d, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(d, 0, 'R', 'I', 'F', 'F') && starts(d, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (starts(d, 0, 'B', 'M') && d.length > 14) {
            return "image/bmp";
        }
        if (starts(d, 0, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        String head = new String(d, 0, Math.min(d.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
        if ((head.startsWith("<svg") || head.startsWith("<?xml")) && head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }

    private static boolean starts(byte[] d, int offset, int... signature) {
        if (d.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((d[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
