package vn.thituyen.registration.domain;

import java.util.Locale;
import java.util.Set;
import vn.thituyen.common.Digests;
import vn.thituyen.registration.DocumentPurpose;

/**
 * Which scans a candidate may upload for a purpose. The type is read from the content (its magic bytes), never taken
 * from the name: a PDF, a JPEG or a PNG. A portrait is an image (JPEG or PNG), every other purpose takes the three.
 * A name whose extension says one of these types while the content is another is refused as disguised (a file
 * renamed to pass for something else), whatever the purpose allows; a name without a known extension is judged by
 * its content alone. Pure.
 */
public final class DocumentFileRule {

    /** The kinds of file accepted, by content. */
    public enum FileType {
        PDF("application/pdf", ".pdf"), JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png");

        private final String mimeType;
        private final String extension;

        FileType(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }

        public String mimeType() {
            return mimeType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private DocumentFileRule() {
    }

    /** The type the bytes are, or null when they are none of the accepted ones. */
    public static FileType typeOf(byte[] data) {
        if (Digests.isPdf(data)) {
            return FileType.PDF;
        }
        if (data != null && data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8
                && (data[2] & 0xFF) == 0xFF) {
            return FileType.JPEG;
        }
        if (data != null && data.length >= PNG_MAGIC.length) {
            for (int i = 0; i < PNG_MAGIC.length; i++) {
                if (data[i] != PNG_MAGIC[i]) {
                    return null;
                }
            }
            return FileType.PNG;
        }
        return null;
    }

    /** The types a purpose takes: a portrait is a photo. */
    public static Set<FileType> allowed(DocumentPurpose purpose) {
        return purpose == DocumentPurpose.PORTRAIT ? Set.of(FileType.JPEG, FileType.PNG)
                : Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);
    }

    /** The type a file name claims by its extension, or null when it names none of the accepted ones. */
    static FileType claimedBy(String fileName) {
        if (fileName == null) {
            return null;
        }
        String n = fileName.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return FileType.PDF;
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".jfif")) {
            return FileType.JPEG;
        }
        if (n.endsWith(".png")) {
            return FileType.PNG;
        }
        return null;
    }

    /**
     * Why the file is refused for the purpose (a message key), or null when it is accepted.
     *
     * @param maxBytes the largest file accepted (a setting)
     */
    public static String refusal(DocumentPurpose purpose, String fileName, byte[] data, long maxBytes) {
        if (purpose == null) {
            return "validation.document.purpose";
        }
        if (data == null || data.length == 0) {
            return "validation.document.empty";
        }
        if (data.length > maxBytes) {
            return "validation.document.tooBig";
        }
        FileType type = typeOf(data);
        if (type == null) {
            return "validation.document.type";
        }
        FileType claimed = claimedBy(fileName);
        if (claimed != null && claimed != type) {
            return "validation.document.disguised";
        }
        if (!allowed(purpose).contains(type)) {
            return purpose == DocumentPurpose.PORTRAIT ? "validation.document.portraitType"
                    : "validation.document.type";
        }
        return null;
    }
}
