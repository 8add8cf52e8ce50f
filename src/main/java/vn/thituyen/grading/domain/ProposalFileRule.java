package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thituyen.common.SafeZip;

/**
 * Whether an uploaded đề án file (the candidate's plan, part 2 of a leadership exam, thi tuyển lãnh đạo, quản lý cấp
 * phòng; Official Letter 2424/BNV-CCVC (2017) and the province's regulation, {@code docs/domain.md} § Leadership
 * exams) may be kept. The size and the formats accepted are the campaign's settings ({@link Limits}).
 * <p>
 * The type is decided from the content, never from the name: a PNG renamed {@code .pdf}, an Excel workbook, a plain
 * zip or an old Word {@code .doc} (OLE) is refused whatever it is called.
 * <ul>
 *   <li>PDF: the bytes start with {@code %PDF-};</li>
 *   <li>DOCX: a zip ({@code PK\3\4}) read through {@link SafeZip} (inflated bytes counted, entries bounded, unsafe
 *       names refused) that holds {@code [Content_Types].xml} and {@code word/document.xml}, ends with the zip's end
 *       record (an upload cut short is refused), and carries no macros ({@code vbaProject.bin}: a {@code .docm}
 *       renamed {@code .docx} is not served to the council). A corrupt zip or a zip bomb is refused, never thrown.</li>
 * </ul>
 * The checks run in this order and the first failure is the answer: empty, too large, not PDF/DOCX by content,
 * a format the campaign does not accept.
 */
public final class ProposalFileRule {

    private static final long MB = 1024L * 1024;
    /** A DOCX may inflate to this many times the upload limit (text XML deflates well, images do not)... */
    static final int EXPANSION_FACTOR = 20;
    /** ...and at least this much, so a small limit does not refuse an ordinary document. */
    static final long MIN_EXPANDED_BYTES = 64 * MB;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The zip's end-of-central-directory record: 22 bytes plus a comment of at most 65,535. */
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    private ProposalFileRule() {
    }

    /** The formats a đề án may be uploaded in; the MIME type is the one it is served with. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String mimeType;
        private final String extension;

        Format(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }

        /** The MIME type to serve the file with ({@code Content-Type}). */
        public String mimeType() {
            return mimeType;
        }

        /** The file extension that matches the content, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * The campaign's settings for the upload.
     * @param maxBytes the largest file accepted, in bytes (at least 1)
     * @param formats  the formats accepted (at least one)
     */
    public record Limits(long maxBytes, Set<Format> formats) {

        public Limits {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
            }
            if (formats == null || formats.isEmpty()) {
                throw new IllegalArgumentException("at least one format must be accepted");
            }
            formats = Set.copyOf(EnumSet.copyOf(formats));
        }

        /** 10 MB, PDF or DOCX. */
        public static Limits defaults() {
            return new Limits(10 * MB, EnumSet.allOf(Format.class));
        }
    }

    /**
     * The answer: the format found in the content, or the message key of the problem and its arguments
     * ({@code error.proposal.tooLarge}: the limit in MB; {@code error.proposal.formatNotAllowed}: the formats
     * accepted, e.g. "PDF").
     */
    public record Result(Format format, String problem, List<Object> args) {

        public Result {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Result accepted(Format format) {
            return new Result(format, null, List.of());
        }

        static Result refused(String key, Object... args) {
            return new Result(null, key, List.of(args));
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Checks one upload.
     * @param fileName the name the candidate's browser sent; never used to decide the type (see
     *                 {@link #servedName(String, Format)} for the name the file is served under)
     * @param bytes    the file's content
     */
    public static Result check(String fileName, byte[] bytes, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused("error.proposal.empty");
        }
        if (bytes.length > limits.maxBytes()) {
            return Result.refused("error.proposal.tooLarge", megabytes(limits.maxBytes()));
        }
        Format format = detect(bytes, limits.maxBytes());
        if (format == null) {
            return Result.refused("error.proposal.type");
        }
        if (!limits.formats().contains(format)) {
            return Result.refused("error.proposal.formatNotAllowed", limits.formats().stream().sorted()
                    .map(Format::name).collect(Collectors.joining(", ")));
        }
        return Result.accepted(format);
    }

    /** The format the content is, or null when it is neither a PDF nor a safe, whole DOCX. */
    static Format detect(byte[] bytes, long maxBytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Format.PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && hasEndRecord(bytes) && isWordDocument(bytes, maxBytes)) {
            return Format.DOCX;
        }
        return null;
    }

    private static boolean isWordDocument(byte[] zip, long maxBytes) {
        long expanded = Math.max(MIN_EXPANDED_BYTES, saturatedMultiply(maxBytes, EXPANSION_FACTOR));
        Set<String> names = new HashSet<>();
        try {
            // names only: the visitor reads nothing, SafeZip still inflates and counts every entry to the end
            SafeZip.scan(zip, new SafeZip.Limits(expanded, SafeZip.MAX_ENTRIES),
                    (name, content) -> names.add(name.toLowerCase(Locale.ROOT)));
        } catch (SafeZip.ZipRefusedException | RuntimeException corruptOrBomb) {
            return false;
        }
        // part names in an Office package compare without case (ECMA-376 Part 2, §9.1.1.1)
        return names.contains("[content_types].xml") && names.contains("word/document.xml")
                && names.stream().noneMatch(n -> n.endsWith("vbaproject.bin"));
    }

    /** Whether the end-of-central-directory signature {@code PK\5\6} is where a whole zip has it. */
    private static boolean hasEndRecord(byte[] b) {
        int last = b.length - END_RECORD_SIZE;
        int first = Math.max(0, last - MAX_ZIP_COMMENT);
        for (int i = last; i >= first; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long saturatedMultiply(long a, int b) {
        long r = a * b;
        return r / b != a ? Long.MAX_VALUE : r;
    }

    /** The limit in MB for the message, e.g. 10 or 2.5. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * The name to serve the file under: the uploaded name without its folders, control characters or extension, with
     * the extension of the format found in the content ({@code đề án.pdf} that is really a DOCX is served as
     * {@code đề án.docx}); "de-an" when nothing usable is left.
     */
    public static String servedName(String fileName, Format format) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot).strip();
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "de-an";
        }
        return name + "." + format.extension();
    }
}
