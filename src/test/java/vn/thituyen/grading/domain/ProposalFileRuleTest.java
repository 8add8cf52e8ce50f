package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import vn.thituyen.common.Messages;
import vn.thituyen.grading.domain.ProposalFileRule.Format;
import vn.thituyen.grading.domain.ProposalFileRule.Limits;
import vn.thituyen.grading.domain.ProposalFileRule.Result;

/**
 * An uploaded đề án (Official Letter 2424/BNV-CCVC (2017), part 2 of a leadership exam): PDF or DOCX decided from the
 * content, never from the name; size and formats are the campaign's settings. Every sample is real bytes built here.
 */
class ProposalFileRuleTest {

    private static final long MB = 1024L * 1024;

    @ParameterizedTest(name = "{0} named {1}, limits {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        pdf          | đề án.pdf        | DEFAULT  | PDF  | -
        pdf          | de-an.docx       | DEFAULT  | PDF  | -
        pdf          | -                | DEFAULT  | PDF  | -
        docx         | đề án.docx       | DEFAULT  | DOCX | -
        docx         | de-an.pdf        | DEFAULT  | DOCX | -
        docx         | de-an            | DEFAULT  | DOCX | -
        docxUpper    | de-an.docx       | DEFAULT  | DOCX | -
        poiDocx      | đề án.docx       | DEFAULT  | DOCX | -
        poiDocx      | đề án.pdf        | PDF_ONLY | -    | error.proposal.formatNotAllowed
        poiXlsx      | đề án.docx       | DEFAULT  | -    | error.proposal.type
        poiDoc       | đề án.doc        | DEFAULT  | -    | error.proposal.type
        imagesDocx   | đề án.docx       | ONE_MB   | DOCX | -
        pdf          | đề án.pdf        | PDF_ONLY | PDF  | -
        docx         | đề án.docx       | PDF_ONLY | -    | error.proposal.formatNotAllowed
        pdf          | đề án.pdf        | DOCX_ONLY| -    | error.proposal.formatNotAllowed
        empty        | đề án.pdf        | DEFAULT  | -    | error.proposal.empty
        null         | đề án.pdf        | DEFAULT  | -    | error.proposal.empty
        pdf          | đề án.pdf        | TINY     | -    | error.proposal.tooLarge
        png          | đề án.pdf        | DEFAULT  | -    | error.proposal.type
        xlsx         | đề án.docx       | DEFAULT  | -    | error.proposal.type
        plainZip     | đề án.docx       | DEFAULT  | -    | error.proposal.type
        onlyDocument | đề án.docx       | DEFAULT  | -    | error.proposal.type
        onlyTypes    | đề án.docx       | DEFAULT  | -    | error.proposal.type
        ole          | đề án.doc        | DEFAULT  | -    | error.proposal.type
        text         | đề án.pdf        | DEFAULT  | -    | error.proposal.type
        pdfLate      | đề án.pdf        | DEFAULT  | -    | error.proposal.type
        docm         | đề án.docx       | DEFAULT  | -    | error.proposal.type
        bomb         | đề án.docx       | ONE_MB   | -    | error.proposal.type
        traversal    | đề án.docx       | DEFAULT  | -    | error.proposal.type
        noDirectory  | đề án.docx       | DEFAULT  | -    | error.proposal.type
        halfDocx     | đề án.docx       | DEFAULT  | -    | error.proposal.type
        garbageZip   | đề án.docx       | DEFAULT  | -    | error.proposal.type
        zipHeader    | đề án.docx       | DEFAULT  | -    | error.proposal.type
        """)
    void typeFromTheContent(String sample, String fileName, String limits, Format format, String problem) {
        Result r = ProposalFileRule.check(fileName, bytes(sample), limits(limits));
        assertThat(r.format()).isEqualTo(format);
        assertThat(r.problem()).isEqualTo(problem);
        assertThat(r.ok()).isEqualTo(problem == null);
    }

    @ParameterizedTest(name = "limit {0} bytes → {1} MB")
    @CsvSource({"10485760, 10", "2621440, 2.5", "1048576, 1", "104857600, 100"})
    void tooLargeSaysTheLimitInMegabytes(long maxBytes, BigDecimal mb) {
        Result r = ProposalFileRule.check("a.pdf", new byte[(int) maxBytes + 1],
                new Limits(maxBytes, EnumSet.allOf(Format.class)));
        assertThat(r.problem()).isEqualTo("error.proposal.tooLarge");
        assertThat(r.args()).singleElement().satisfies(a -> assertThat((BigDecimal) a).isEqualByComparingTo(mb));
    }

    @Test
    void formatNotAllowedSaysWhatIsAccepted() {
        assertThat(ProposalFileRule.check("a.docx", docx(), limits("PDF_ONLY")).args()).containsExactly("PDF");
        assertThat(ProposalFileRule.check("a.pdf", pdf(), limits("DOCX_ONLY")).args()).containsExactly("DOCX");
    }

    /** The messages as the candidate reads them, in both languages (MessageFormat patterns). */
    @Test
    void theMessagesRead() {
        Result tooLarge = ProposalFileRule.check("a.pdf", new byte[(int) (MB * 5 / 2) + 1],
                new Limits(MB * 5 / 2, EnumSet.allOf(Format.class)));
        assertThat(Messages.get(Messages.VIETNAMESE, tooLarge.problem(), tooLarge.args().toArray()))
                .isEqualTo("Tệp đề án vượt quá dung lượng cho phép (2,5 MB).");
        assertThat(Messages.get(Messages.ENGLISH, tooLarge.problem(), tooLarge.args().toArray()))
                .isEqualTo("The proposal file is larger than the limit (2.5 MB).");
        assertThat(Messages.get(Messages.VIETNAMESE, "error.proposal.type"))
                .isEqualTo("Tệp phải là PDF hoặc DOCX (kiểm tra theo nội dung tệp, không theo tên).");
        assertThat(Messages.get(Messages.ENGLISH, "error.proposal.type"))
                .isEqualTo("The file must be a PDF or a DOCX (checked from the file's content, not its name).");
        Result notAllowed = ProposalFileRule.check("a.docx", docx(), limits("PDF_ONLY"));
        assertThat(Messages.get(Messages.VIETNAMESE, notAllowed.problem(), notAllowed.args().toArray()))
                .isEqualTo("Kỳ thi này chỉ nhận đề án dạng PDF.");
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        byte[] pdf = pdf();
        assertThat(ProposalFileRule.check("a.pdf", pdf, new Limits(pdf.length, EnumSet.allOf(Format.class))).format())
                .isEqualTo(Format.PDF);
        assertThat(ProposalFileRule.check("a.pdf", pdf, new Limits(pdf.length - 1, EnumSet.allOf(Format.class)))
                .problem()).isEqualTo("error.proposal.tooLarge");
    }

    @Test
    void defaultsAreTenMegabytesBothFormats() {
        assertThat(Limits.defaults().maxBytes()).isEqualTo(10 * MB);
        assertThat(Limits.defaults().formats()).containsExactlyInAnyOrder(Format.PDF, Format.DOCX);
    }

    @ParameterizedTest
    @CsvSource({"PDF, application/pdf, pdf",
            "DOCX, application/vnd.openxmlformats-officedocument.wordprocessingml.document, docx"})
    void servedWithItsMimeType(Format format, String mime, String extension) {
        assertThat(format.mimeType()).isEqualTo(mime);
        assertThat(format.extension()).isEqualTo(extension);
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Đề án phòng Nội vụ.pdf        | PDF  | Đề án phòng Nội vụ.pdf
        Đề án phòng Nội vụ.pdf        | DOCX | Đề án phòng Nội vụ.docx
        C:\\Users\\An\\de an.DOCX     | DOCX | de an.docx
        ../../etc/passwd              | PDF  | passwd.pdf
        de.an.final.docx              | DOCX | de.an.final.docx
        .pdf                          | PDF  | de-an.pdf
        ..                            | PDF  | de-an.pdf
        -                             | PDF  | de-an.pdf
        '  '                          | DOCX | de-an.docx
        """)
    void servedUnderItsOwnName(String fileName, Format format, String served) {
        assertThat(ProposalFileRule.servedName(fileName, format)).isEqualTo(served);
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> new Limits(0, EnumSet.allOf(Format.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(MB, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(MB, null)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- samples: real bytes ---

    private static Limits limits(String kind) {
        return switch (kind) {
            case "DEFAULT" -> Limits.defaults();
            case "PDF_ONLY" -> new Limits(10 * MB, EnumSet.of(Format.PDF));
            case "DOCX_ONLY" -> new Limits(10 * MB, EnumSet.of(Format.DOCX));
            case "TINY" -> new Limits(100, EnumSet.allOf(Format.class));
            case "ONE_MB" -> new Limits(MB, EnumSet.allOf(Format.class));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] bytes(String sample) {
        return switch (sample) {
            case "pdf" -> pdf();
            case "docx" -> docx();
            case "docxUpper" -> zip(Map.of("[CONTENT_TYPES].XML", CONTENT_TYPES, "Word/Document.xml", DOCUMENT));
            case "poiDocx" -> poiDocx();
            case "poiXlsx" -> poiXlsx();
            case "poiDoc" -> poiDoc();
            // expands to 10 MB: well within what a 1 MB upload may inflate to, so only the bomb's size is refused
            case "imagesDocx" -> zip(docxEntries("word/media/image1.bin", new byte[(int) (10 * MB)]));
            case "empty" -> new byte[0];
            case "null" -> null;
            case "png" -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[64]);
            case "xlsx" -> zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml",
                    "<workbook/>".getBytes(StandardCharsets.UTF_8)));
            case "plainZip" -> zip(Map.of("đề án.txt", "Đề án".getBytes(StandardCharsets.UTF_8)));
            case "onlyDocument" -> zip(Map.of("word/document.xml", DOCUMENT));
            case "onlyTypes" -> zip(Map.of("[Content_Types].xml", CONTENT_TYPES));
            case "ole" -> concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1}, new byte[504]);
            case "text" -> "Đề án: nâng cao chất lượng công vụ".getBytes(StandardCharsets.UTF_8);
            case "pdfLate" -> concat(" \n".getBytes(StandardCharsets.US_ASCII), pdf());
            case "docm" -> zip(docxEntries("word/vbaProject.bin", new byte[] {1, 2, 3}));
            case "bomb" -> Bomb.BYTES;
            case "traversal" -> zip(docxEntries("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.US_ASCII)));
            case "noDirectory" -> {
                byte[] docx = docx();
                yield Arrays.copyOf(docx, indexOf(docx, new byte[] {'P', 'K', 1, 2}));
            }
            case "halfDocx" -> Arrays.copyOf(docx(), docx().length / 2);
            case "garbageZip" -> {
                byte[] garbage = new byte[2048];
                new java.util.Random(7).nextBytes(garbage);
                byte[] end = new byte[22];
                end[0] = 'P';
                end[1] = 'K';
                end[2] = 5;
                end[3] = 6;
                yield concat(concat(new byte[] {'P', 'K', 3, 4}, garbage), end);
            }
            case "zipHeader" -> new byte[] {'P', 'K', 3, 4};
            default -> throw new IllegalArgumentException(sample);
        };
    }

    /** A DOCX with an 80 MB entry of zeros: under 1 MB uploaded, more than a 1 MB upload may inflate to. */
    private static final class Bomb {
        static final byte[] BYTES = zip(docxEntries("word/media/image1.bin", new byte[(int) (80 * MB)]));
    }

    private static final byte[] CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:body><w:p><w:r><w:t>Đề án vị trí trưởng phòng</w:t></w:r></w:p></w:body></w:document>"""
            .getBytes(StandardCharsets.UTF_8);

    /** A tiny real PDF, written by OpenPDF. */
    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("De an: nang cao chat luong cong vu"));
        doc.close();
        return out.toByteArray();
    }

    /** A document as Word-like software writes it (Apache POI), with Vietnamese text. */
    private static byte[] poiDocx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Đề án: nâng cao chất lượng công vụ của phòng");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel workbook: a zip with [Content_Types].xml too, but no word/document.xml. */
    private static byte[] poiXlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Đề án").createRow(0).createCell(0).setCellValue("Đề án");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An old binary Word-family file (OLE2 compound document), as POI writes one. */
    private static byte[] poiDoc() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest package Word's checks here care about: the content types and the main document. */
    static byte[] docx() {
        return zip(docxEntries(null, null));
    }

    private static Map<String, byte[]> docxEntries(String extraName, byte[] extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("word/document.xml", DOCUMENT);
        if (extraName != null) {
            entries.put(extraName, extra);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }

    @Test
    void samplesAreWhatTheySay() {
        assertThat(new String(pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes("bomb").length).isLessThan((int) MB);
        assertThat(List.of(docx()[0], docx()[1], docx()[2], docx()[3])).containsExactly((byte) 'P', (byte) 'K',
                (byte) 3, (byte) 4);
    }
}
