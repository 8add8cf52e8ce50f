package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.registration.DocumentPurpose;

/**
 * Issue 15 § 1: scans are PDF, JPEG or PNG, read from the content, never from the name; a portrait is a photo; a
 * renamed file is refused; the size limit is a setting (here 1000 bytes).
 */
class DocumentFileRuleTest {

    private static final String PDF = "255044462d312e370a";          // %PDF-1.7\n
    private static final String JPEG = "ffd8ffe000104a464946";       // JFIF header
    private static final String PNG = "89504e470d0a1a0a0000000d";    // PNG signature + IHDR length
    private static final String GIF = "474946383961";                // GIF89a
    private static final String TEXT = "48656c6c6f";                 // Hello
    private static final String EXE = "4d5a90000300";                // MZ

    @ParameterizedTest(name = "{0} {1} [{2}] → {3}")
    @CsvSource(nullValues = "null", value = {
        // purpose,   file name,       content, refusal
        "DEGREE,     bang-dai-hoc.pdf, PDF,     null",
        "DEGREE,     bang.jpg,         JPEG,    null",
        "DEGREE,     bang.JPEG,        JPEG,    null",
        "DEGREE,     bang.png,         PNG,     null",
        "DEGREE,     scan,             PDF,     null",                             // no extension: the content decides
        "DEGREE,     scan.tiff,        PNG,     null",                             // an unknown extension: likewise
        "PRIORITY,   giay-xac-nhan.pdf, PDF,    null",
        "EXEMPTION,  chung-chi.png,    PNG,     null",
        "PORTRAIT,   anh.jpg,          JPEG,    null",
        "PORTRAIT,   anh.png,          PNG,     null",
        // the name lies about the content: refused, whatever the purpose would take
        "DEGREE,     bang.pdf,         PNG,     validation.document.disguised",
        "PRIORITY,   giay.pdf,         JPEG,    validation.document.disguised",
        "DEGREE,     bang.jpg,         PDF,     validation.document.disguised",
        "PORTRAIT,   anh.png,          JPEG,    validation.document.disguised",
        "PORTRAIT,   anh.jpg,          PDF,     validation.document.disguised",
        // a portrait is a photo
        "PORTRAIT,   anh,              PDF,     validation.document.portraitType",
        // not a PDF, JPEG or PNG at all, whatever the name says
        "DEGREE,     bang.pdf,         TEXT,    validation.document.type",
        "DEGREE,     bang.png,         GIF,     validation.document.type",
        "DEGREE,     bang.pdf,         EXE,     validation.document.type",
        "PORTRAIT,   anh.jpg,          GIF,     validation.document.type",
        // nothing, or too much
        "DEGREE,     bang.pdf,         EMPTY,   validation.document.empty",
        "DEGREE,     bang.pdf,         BIG_PDF, validation.document.tooBig",
        "null,       bang.pdf,         PDF,     validation.document.purpose",
    })
    void acceptsByContentAndPurpose(String purpose, String fileName, String content, String refusal) {
        DocumentPurpose p = purpose == null ? null : DocumentPurpose.valueOf(purpose);
        assertThat(DocumentFileRule.refusal(p, fileName, bytes(content), 1000)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
        "PDF,   PDF",
        "JPEG,  JPEG",
        "PNG,   PNG",
        "GIF,   null",
        "TEXT,  null",
        "EMPTY, null",
    })
    void readsTheTypeFromTheMagicBytes(String content, DocumentFileRule.FileType type) {
        assertThat(DocumentFileRule.typeOf(bytes(content))).isEqualTo(type);
    }

    @ParameterizedTest(name = "exactly the limit of {0} bytes is accepted")
    @CsvSource({"1000", "5242880"})
    void theLimitItselfIsAccepted(int limit) {
        byte[] data = new byte[limit];
        byte[] head = HexFormat.of().parseHex(PDF);
        System.arraycopy(head, 0, data, 0, head.length);
        assertThat(DocumentFileRule.refusal(DocumentPurpose.DEGREE, "bang.pdf", data, limit)).isNull();
        assertThat(DocumentFileRule.refusal(DocumentPurpose.DEGREE, "bang.pdf", java.util.Arrays.copyOf(data,
                limit + 1), limit)).isEqualTo("validation.document.tooBig");
    }

    private static byte[] bytes(String content) {
        String hex = switch (content) {
            case "PDF", "BIG_PDF" -> PDF;
            case "JPEG" -> JPEG;
            case "PNG" -> PNG;
            case "GIF" -> GIF;
            case "TEXT" -> TEXT;
            case "EXE" -> EXE;
            case "EMPTY" -> "";
            default -> throw new IllegalArgumentException(content);
        };
        byte[] head = HexFormat.of().parseHex(hex);
        if (content.equals("BIG_PDF")) {
            byte[] big = new byte[1001];
            System.arraycopy(head, 0, big, 0, head.length);
            return big;
        }
        return head;
    }
}
