package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;

class ExcelFormatTest {

    private static final List<String> HEADER = List.of("Mã", "Chủ đề", "Loại", "Độ khó", "Định dạng", "Câu hỏi",
            "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Đáp án", "Nguồn", "Thẻ");
    private final ExcelFormat format = new ExcelFormat();

    // ------------------------------------------------------------------------------------------ round trip

    @Test
    void writingThenReadingGivesBackEveryQuestion() {
        List<QuestionDraft> questions = richQuestions();
        Exported exported = format.write(questions);
        assertThat(exported.omitted()).isEmpty();
        Parsed parsed = format.read(exported.data());
        assertThat(parsed.skipped()).isEmpty();
        assertThat(parsed.questions()).extracting(QuestionDraft::withoutLine)
                .containsExactlyElementsOf(questions.stream().map(QuestionDraft::withoutLine).toList());
        assertThat(parsed.questions()).extracting(QuestionDraft::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void whatASpreadsheetCannotHoldIsOmittedWithTheQuestionsPosition() {
        QuestionDraft plain = QuestionDraft.single(0, "Câu hỏi?", List.of("a", "b"), 1);
        QuestionDraft withImage = new QuestionDraft(0, null, QuestionType.SINGLE, TextFormat.HTML,
                "<p><img src=\"@@PLUGINFILE@@/hinh.png\"></p>", List.of(new Choice("a", true), new Choice("b", false)),
                List.of(), null, null, List.of(), List.of(new Media("hinh.png", "image/png", new byte[] {1})));
        QuestionDraft slashTopic = new QuestionDraft(0, null, QuestionType.SINGLE, TextFormat.PLAIN, "x",
                List.of(new Choice("a", true), new Choice("b", false)), List.of("Cán bộ/công chức"), null, null,
                List.of(), List.of());
        QuestionDraft semicolonTag = new QuestionDraft(0, null, QuestionType.SINGLE, TextFormat.PLAIN, "x",
                List.of(new Choice("a", true), new Choice("b", false)), List.of(), null, null, List.of("a;b"),
                List.of());
        QuestionDraft tooLong = QuestionDraft.single(0, "x".repeat(40_000), List.of("a", "b"), 0);
        Exported exported = format.write(List.of(plain, withImage, slashTopic, semicolonTag, tooLong));
        assertThat(exported.omitted()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                tuple(2, "import.xlsx.omitImages"), tuple(3, "import.xlsx.omitTopicSlash"),
                tuple(4, "import.xlsx.omitTagSeparator"), tuple(5, "import.xlsx.omitTooLong"));
        assertThat(exported.omitted().get(0).detail()).isEqualTo("hinh.png");
        assertThat(format.read(exported.data()).questions()).extracting(QuestionDraft::withoutLine)
                .containsExactly(plain);
    }

    @Test
    void anExportHasTheTemplatesLayout() throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(format.write(richQuestions()).data()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Câu hỏi");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            List<String> header = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            // eight option columns as in the template, more when a question has more (here nine)
            assertThat(header).containsExactly("Mã", "Chủ đề", "Loại", "Độ khó", "Định dạng", "Câu hỏi",
                    "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Phương án E", "Phương án F",
                    "Phương án G", "Phương án H", "Phương án I", "Đáp án", "Nguồn", "Thẻ");
            Row multiple = wb.getSheetAt(0).getRow(2);
            assertThat(multiple.getCell(2).getStringCellValue()).isEqualTo("Nhiều đáp án");
            assertThat(multiple.getCell(15).getStringCellValue()).isEqualTo("A, B, C, F");
            assertThat(wb.getSheetAt(0).getRow(3).getCell(15).getStringCellValue()).isEqualTo("Sai");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(16).getStringCellValue())
                    .isEqualTo("Điều 69 Hiến pháp năm 2013");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(17).getStringCellValue())
                    .isEqualTo("Quốc hội; bộ máy nhà nước");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Kiến thức chung / Hiến pháp năm 2013");
        }
    }

    // ------------------------------------------------------------------------------------------ template

    @Test
    void theTemplateHasAStyledFrozenHeaderDropDownsAndAGuide() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(format.template()))) {
            XSSFSheet sheet = wb.getSheet("Câu hỏi");
            assertThat(sheet.getLastRowNum()).isZero();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Câu hỏi");
            CellStyle style = header.getCell(0).getCellStyle();
            assertThat(wb.getFontAt(style.getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(0) * 3);
            Map<Integer, List<String>> lists = new LinkedHashMap<>();
            for (DataValidation v : sheet.getDataValidations()) {
                lists.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                        Arrays.asList(v.getValidationConstraint().getExplicitListValues()));
            }
            assertThat(lists).containsOnly(
                    Map.entry(2, List.of("Một đáp án", "Nhiều đáp án", "Đúng/Sai")),
                    Map.entry(3, List.of("Dễ", "Trung bình", "Khó")),
                    Map.entry(4, List.of("Văn bản", "HTML")));
            Sheet guide = wb.getSheet("Hướng dẫn");
            StringBuilder text = new StringBuilder();
            guide.forEach(row -> row.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            for (String column : List.of("Mã", "Chủ đề", "Loại", "Độ khó", "Định dạng", "Câu hỏi", "Phương án A",
                    "Đáp án", "Nguồn", "Thẻ")) {
                assertThat(text).contains(column);
            }
            assertThat(text).contains("Kiến thức chung / Hiến pháp năm 2013", "A, C");
        }
    }

    @Test
    void theBlankTemplateIsAnEmptyFileNotABrokenOne() {
        assertThatThrownBy(() -> format.read(format.template())).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).containsExactly(new ImportProblem(1, "import.xlsx.empty", "Câu hỏi")));
    }

    // ------------------------------------------------------------------------------------------ reading

    @Test
    void whatOfficesReallyTypeIsRead() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            s.createRow(0).createCell(0).setCellValue("NGÂN HÀNG CÂU HỎI KIẾN THỨC CHUNG - SỞ NỘI VỤ");
            // headers in another order, English and Vietnamese mixed, extra columns, decorations
            row(s, 2, "STT", "Question", "Option A", "Option B", "Phương án C", "ĐÁP ÁN (*)", "Type", "Topic",
                    "Ghi chú", "Mã", "Độ khó", "Nguồn", "Tags");
            row(s, 3, "1", "  Thủ đô của nước ta là  ", "Hà Nội", "Huế", "", "a", "Single", "Kiến thức chung/Hiến pháp",
                    "", null, "dễ", null, "Thủ đô ;  Hiến pháp;");
            s.getRow(3).createCell(9).setCellValue(2013);   // a numeric code stays 2013
            Cell date = s.getRow(3).createCell(11);
            date.setCellValue(LocalDate.of(2013, 11, 28));
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(dateStyle);
            row(s, 4);                                      // an empty row in between
            row(s, 5, "2", "Những văn bản nào sau đây là văn bản hành chính?", "Công văn", null, "Tờ trình", "A, c",
                    "", "Kiến thức chung/Hiến pháp");
            s.getRow(5).createCell(3).setCellFormula("\"Nghị \"&\"định\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.getRow(5).getCell(3));
            XSSFRichTextString rich = new XSSFRichTextString("Chính phủ là cơ quan quyền lực nhà nước cao nhất.");
            rich.applyFont(0, 9, wb.createFont());
            row(s, 6, "3", null, "", "", "", "SAI", "Đúng / Sai");
            s.getRow(6).createCell(1).setCellValue(rich);
            row(s, 7, "4", "Viên chức làm việc theo chế độ hợp đồng làm việc.", "", "", "", "Đúng");
            row(s, 8, "5", "Trình bày nhiệm vụ của Sở Nội vụ.", "", "", "", "", "Tự luận");
            s.addMergedRegion(new CellRangeAddress(5, 7, 7, 7)); // one topic cell for three rows
            Parsed parsed = format.read(bytes(wb));
            assertThat(parsed.questions()).containsExactly(
                    new QuestionDraft(4, "2013", QuestionType.SINGLE, TextFormat.PLAIN, "Thủ đô của nước ta là",
                            List.of(new Choice("Hà Nội", true), new Choice("Huế", false)),
                            List.of("Kiến thức chung", "Hiến pháp"), Difficulty.EASY, "28/11/2013",
                            List.of("Thủ đô", "Hiến pháp"), List.of()),
                    new QuestionDraft(6, null, QuestionType.MULTIPLE, TextFormat.PLAIN,
                            "Những văn bản nào sau đây là văn bản hành chính?",
                            List.of(new Choice("Công văn", true), new Choice("Nghị định", false),
                                    new Choice("Tờ trình", true)),
                            List.of("Kiến thức chung", "Hiến pháp"), null, null, List.of(), List.of()),
                    new QuestionDraft(7, null, QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                            "Chính phủ là cơ quan quyền lực nhà nước cao nhất.",
                            List.of(new Choice("Đúng", false), new Choice("Sai", true)),
                            List.of("Kiến thức chung", "Hiến pháp"), null, null, List.of(), List.of()),
                    new QuestionDraft(8, null, QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                            "Viên chức làm việc theo chế độ hợp đồng làm việc.",
                            List.of(new Choice("Đúng", true), new Choice("Sai", false)),
                            List.of("Kiến thức chung", "Hiến pháp"), null, null, List.of(), List.of()));
            assertThat(parsed.skipped()).containsExactly(new ImportProblem(9, "import.xlsx.unsupportedType",
                    "G9: Tự luận"));
        }
    }

    @Test
    void anOldXlsWorkbookIsReadToo() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, "X1", "Văn thư", "Một đáp án", "Trung bình", "Văn bản", "Khổ giấy của văn bản hành chính?",
                    "A4", "A5", "", "", "A", "Nghị định 30/2020/NĐ-CP", "");
            Parsed parsed = format.read(bytes(wb));
            assertThat(parsed.questions()).containsExactly(new QuestionDraft(2, "X1", QuestionType.SINGLE,
                    TextFormat.PLAIN, "Khổ giấy của văn bản hành chính?",
                    List.of(new Choice("A4", true), new Choice("A5", false)), List.of("Văn thư"), Difficulty.MEDIUM,
                    "Nghị định 30/2020/NĐ-CP", List.of(), List.of()));
        }
    }

    @Test
    void htmlCellsAreCleaned() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, "", "", "", "", "html", "<p onclick=\"x()\">Chọn <b>đúng</b><script>alert(1)</script></p>",
                    "a &amp; b", "<i>c</i>", "", "", "B");
            QuestionDraft q = format.read(bytes(wb)).questions().get(0);
            assertThat(q.format()).isEqualTo(TextFormat.HTML);
            assertThat(q.stem()).isEqualTo("<p>Chọn <b>đúng</b></p>");
            assertThat(q.choices()).extracting(Choice::text).containsExactly("a &amp; b", "<i>c</i>");
        }
    }

    /** one row under the standard header: the problem it has, and the cell the detail names */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "unknown type        | Trắc nghiệm khó | -          | -       | Câu?  | a | b | -  | A      | import.xlsx.unknownType       | C2: Trắc nghiệm khó",
        "unknown difficulty  | Một đáp án      | Rất rất khó | -      | Câu?  | a | b | -  | A      | import.xlsx.unknownDifficulty | D2: Rất rất khó",
        "unknown format      | Một đáp án      | -          | Word    | Câu?  | a | b | -  | A      | import.xlsx.unknownFormat     | E2: Word",
        "empty stem          | Một đáp án      | -          | -       | -     | a | b | -  | A      | import.xlsx.emptyStem         | F2",
        "html without text   | Một đáp án      | -          | HTML    | <p> </p> | a | b | - | A    | import.xlsx.emptyStem         | F2",
        "fewer than 2 options| Một đáp án      | -          | -       | Câu?  | a | - | -  | A      | import.xlsx.tooFewOptions     | G2: 1",
        "option left out     | Một đáp án      | -          | -       | Câu?  | a | - | c  | A      | import.xlsx.emptyOption       | H2: B",
        "missing key         | Một đáp án      | -          | -       | Câu?  | a | b | -  | -      | import.xlsx.missingKey        | K2",
        "key without option  | Một đáp án      | -          | -       | Câu?  | a | b | -  | C      | import.xlsx.keyWithoutOption  | K2: C",
        "several keys        | Một đáp án      | -          | -       | Câu?  | a | b | c  | A, C   | import.xlsx.severalKeys       | K2: A, C",
        "key is no letter    | Một đáp án      | -          | -       | Câu?  | a | b | -  | Đúng   | import.xlsx.badKey            | K2: Đúng",
        "true/false key      | Đúng/Sai        | -          | -       | Câu?  | - | - | -  | Có lẽ  | import.xlsx.badKey            | K2: Có lẽ",
        "true/false options  | Đúng/Sai        | -          | -       | Câu?  | Có | Không | - | A | import.xlsx.trueFalseOptions  | G2: Có / Không",
        "image in a cell     | Một đáp án      | -          | HTML    | <img src=\"@@PLUGINFILE@@/x.png\"> | a | b | - | A | import.xlsx.imageMissing | F2",
        "web image in a cell | Một đáp án      | -          | HTML    | Câu? | <img src=\"https://x.vn/a.png\"> | b | - | A | import.xlsx.imageMissing | G2"})
    void aBadRowIsReportedWithItsRowAndCell(String rule, String type, String difficulty, String textFormat,
            String stem, String a, String b, String c, String key, String problem, String detail) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, null, null, type, difficulty, textFormat, stem == null ? null : stem.replace("\\\"", "\""), a, b,
                    c, null, key);
            byte[] file = bytes(wb);
            assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).containsExactly(new ImportProblem(2, problem, detail)));
        }
    }

    @ParameterizedTest(name = "type {0}, key {1}")
    @CsvSource(nullValues = "-", value = {
        "Một đáp án,   B,        SINGLE,     false, true,  false",
        "một đáp án,   b,        SINGLE,     false, true,  false",
        "Single,       2,        SINGLE,     false, true,  false",
        "Nhiều đáp án, 'A, C',   MULTIPLE,   true,  false, true",
        "Multiple,     A;C,      MULTIPLE,   true,  false, true",
        "nhieu dap an, AC,       MULTIPLE,   true,  false, true",
        "Nhiều đáp án, B,        MULTIPLE,   false, true,  false",
        "Một đáp án,   B.,       SINGLE,     false, true,  false",
        "Nhiều đáp án, A và C,   MULTIPLE,   true,  false, true",
        "Nhiều đáp án, 1; 3,     MULTIPLE,   true,  false, true",
        "-,            B,        SINGLE,     false, true,  false",
        "-,            'A, B',   MULTIPLE,   true,  true,  false"})
    void typeAndKeyAreReadLiberally(String type, String key, QuestionType expected, boolean a, boolean b,
            boolean c) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, null, null, type, null, null, "Câu?", "a", "b", "c", null, key);
            QuestionDraft q = format.read(bytes(wb)).questions().get(0);
            assertThat(q.type()).isEqualTo(expected);
            assertThat(q.choices()).extracting(Choice::correct).containsExactly(a, b, c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mã;Chủ đề;Loại;Độ khó;Định dạng;Câu hỏi;Phương án A;Phương án B;Đáp án;Nguồn;Thẻ",
        "STT;CÂU HỎI (*);ĐÁP ÁN A;ĐÁP ÁN B;ĐÁP ÁN ĐÚNG;GHI CHÚ",
        "Nội dung câu hỏi;A;B;Đáp án",
        "ID;Topic;Type;Difficulty;Format;Question;Option A;Option B;Answer;Source;Tags",
        "cau hoi;phuong an a;phuong an b;dap an",
        "Question text;Choice A;Choice B;Correct answer"})
    void commonHeaderSpellingsAreRecognised(String headers) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            String[] names = headers.split(";");
            row(s, 0, names);
            String[] values = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                String n = ExcelFormat.normalise(names[i]);
                values[i] = n.matches(".*(cau hoi|question).*") ? "Câu?" : n.matches(".*\\ba$") ? "Có"
                        : n.matches(".*\\bb$") ? "Không" : n.matches("dap an( dung)?|answer|correct answer") ? "B"
                        : null;
            }
            row(s, 1, values);
            assertThat(format.read(bytes(wb)).questions()).containsExactly(new QuestionDraft(2, null,
                    QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", List.of(new Choice("Có", false),
                    new Choice("Không", true)), List.of(), null, null, List.of(), List.of()));
        }
    }

    @ParameterizedTest(name = "options {0}/{1}, key {2}")
    @CsvSource(nullValues = "-", value = {
        "-,    -,     Đúng,  true",
        "-,    -,     sai,   false",
        "-,    -,     Đ,     true",
        "-,    -,     TRUE,  true",
        "Đúng, Sai,   A,     true",
        "Sai,  Đúng,  A,     false",
        "True, False, False, false"})
    void trueFalseRowsMayOmitOrGiveTheirOptions(String a, String b, String key, boolean isTrue) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, null, null, "Đúng/Sai", null, null, "Nhận định?", a, b, null, null, key);
            QuestionDraft q = format.read(bytes(wb)).questions().get(0);
            assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(q.choices()).containsExactly(new Choice("Đúng", isTrue), new Choice("Sai", !isTrue));
        }
    }

    @Test
    void everyBadRowIsReportedAsExcelNumbersIt() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Câu hỏi");
            row(s, 0, HEADER.toArray(String[]::new));
            row(s, 1, "A1", "", "Một đáp án", "", "", "Đúng?", "a", "b", "", "", "A");
            row(s, 2, "A2", "", "Một đáp án", "", "", "Thiếu đáp án?", "a", "b", "", "", "");
            row(s, 3);
            row(s, 4, "A3", "", "Tự luận", "", "", "Bỏ qua", "", "", "", "", "");
            row(s, 11, "A4", "", "Một đáp án", "Khó lắm", "", "Đáp án lạ?", "a", "b", "", "", "E");
            row(s, 12, "A1", "", "Một đáp án", "", "", "Trùng mã?", "a", "b", "", "", "B");
            byte[] file = bytes(wb);
            assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::messageKey,
                            ImportProblem::detail).containsExactly(
                            tuple(3, "import.xlsx.missingKey", "K3"),
                            tuple(12, "import.xlsx.unknownDifficulty", "D12: Khó lắm"),
                            tuple(12, "import.xlsx.keyWithoutOption", "K12: E"),
                            tuple(13, "import.xlsx.duplicateId", "A13: A1")));
        }
    }

    @Test
    void aSheetWithoutTheKeyColumnIsRefusedAtItsHeader() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Danh sách");
            row(s, 1, "Câu hỏi", "Phương án A", "Phương án B", "Câu hỏi");
            row(s, 2, "x", "a", "b");
            byte[] file = bytes(wb);
            assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).containsExactly(
                            new ImportProblem(2, "import.xlsx.duplicateColumn", "D2: Câu hỏi"),
                            new ImportProblem(2, "import.xlsx.missingColumn", "Đáp án")));
        }
    }

    @Test
    void aWorkbookWithoutAQuestionHeaderIsRefused() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Sheet1"), 0, "Họ tên", "Ngày sinh");
            byte[] file = bytes(wb);
            assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).extracting(ImportProblem::messageKey)
                            .containsExactly("import.xlsx.noHeader"));
        }
    }

    @ParameterizedTest
    @CsvSource({"'', import.xlsx.unreadable", "Không phải bảng tính, import.xlsx.unreadable"})
    void filesThatAreNoSpreadsheetAreRefused(String content, String key) {
        assertThatThrownBy(() -> format.read(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly(key));
    }

    @Test
    void aZipBombDressedAsAWorkbookIsRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        files.put("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]);
        byte[] zip = Qti21FormatTest.zip(files);
        assertThatThrownBy(() -> format.read(zip)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::messageKey).containsExactly("import.xlsx.tooLarge"));
    }

    @Test
    void theSampleWorkbookReads() throws IOException {
        Parsed parsed = format.read(Files.readAllBytes(Path.of("question-banks/ktc-mau.xlsx")));
        assertThat(parsed.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(parsed.questions()).extracting(QuestionDraft::withoutLine)
                .containsExactlyElementsOf(SampleBanks.excelQuestions().stream().map(QuestionDraft::withoutLine)
                        .toList());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** what a spreadsheet holds: no images; text that looks like numbers, formulas and markup */
    static List<QuestionDraft> richQuestions() {
        return List.of(
                new QuestionDraft(0, "KTC-001", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Cơ quan nào là \"cơ quan quyền lực nhà nước cao nhất\" & <đại diện> của Nhân dân?\n"
                                + "Chọn một đáp án.",
                        List.of(new Choice("Quốc hội", true), new Choice("Chính phủ", false),
                                new Choice("=1+1", false), new Choice("'Tòa án' nhân dân tối cao", false)),
                        List.of("Kiến thức chung", "Hiến pháp năm 2013"), Difficulty.EASY,
                        "Điều 69 Hiến pháp năm 2013", List.of("Quốc hội", "bộ máy nhà nước"), List.of()),
                new QuestionDraft(0, "KTC 002", QuestionType.MULTIPLE, TextFormat.PLAIN,
                        "Công chức không giữ chức vụ lãnh đạo, quản lý có thể bị áp dụng hình thức kỷ luật nào?",
                        List.of(new Choice("Khiển trách", true), new Choice("Cảnh cáo", true),
                                new Choice("Hạ bậc lương", true), new Choice("Giáng chức", false),
                                new Choice("Cách chức", false), new Choice("Buộc thôi việc", true)),
                        List.of("Kiến thức chung", "Luật Cán bộ, công chức"), Difficulty.HARD, null,
                        List.of("kỷ luật"), List.of()),
                new QuestionDraft(0, null, QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                        "Chính phủ là cơ quan quyền lực nhà nước cao nhất.",
                        List.of(new Choice("Đúng", false), new Choice("Sai", true)),
                        List.of(), null, null, List.of(), List.of()),
                new QuestionDraft(0, "2013", QuestionType.SINGLE, TextFormat.HTML,
                        SafeHtml.clean("<p>Ô <u>gạch chân</u> là <strong>thành phần</strong> nào?&nbsp;<br>(chọn 1)</p>"
                                + "<table><tbody><tr><td colspan=\"2\">ô</td></tr></tbody></table>"),
                        List.of(new Choice("Quốc hiệu &amp; Tiêu ngữ", true),
                                new Choice(SafeHtml.clean("<em>Tên cơ quan</em> ban hành"), false),
                                new Choice("x<sup>2</sup>", false)),
                        List.of("Nghiệp vụ văn thư"), Difficulty.MEDIUM,
                        "Phụ lục I, Nghị định 30/2020/NĐ-CP \"văn thư\"", List.of("thể thức", "html"), List.of()),
                new QuestionDraft(0, "00123", QuestionType.SINGLE, TextFormat.PLAIN, "Hai phương án Đúng/Sai nhưng là câu một đáp án?",
                        List.of(new Choice("Đúng", true), new Choice("Sai", false)),
                        List.of("Kiến thức chung"), Difficulty.EASY, null, List.of(), List.of()),
                new QuestionDraft(0, null, QuestionType.TRUE_FALSE, TextFormat.HTML,
                        "<p>Thủ đô là <strong>Hà Nội</strong>.</p>",
                        List.of(new Choice("Đúng", true), new Choice("Sai", false)),
                        List.of("Kiến thức chung", "Hiến pháp năm 2013"), null, null, List.of("Thủ đô"), List.of()),
                new QuestionDraft(0, "NINE", QuestionType.MULTIPLE, TextFormat.PLAIN, "Chín phương án?",
                        List.of(new Choice("1", true), new Choice("2", false), new Choice("3", false),
                                new Choice("4", false), new Choice("5", false), new Choice("6", false),
                                new Choice("7", false), new Choice("8", false), new Choice("9", true)),
                        List.of(), null, "01/01/2010", List.of("difficulty:easy là thẻ thường? không"), List.of()),
                new QuestionDraft(0, "KTC-009", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Văn bản có nhiều dòng:\n- dòng một\n- dòng hai",
                        List.of(new Choice("Có", true), new Choice("Không", false)),
                        List.of("A", "B", "C"), Difficulty.MEDIUM, "Nguồn", List.of("một", "hai", "ba"), List.of()));
    }

    private static void row(Sheet s, int index, String... values) {
        Row row = s.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
