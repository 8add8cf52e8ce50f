package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thituyen.questionbank.format.FormatFixtures.choices;
import static vn.thituyen.questionbank.format.FormatFixtures.draft;
import static vn.thituyen.questionbank.format.FormatFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;

class MoodleXmlFormatTest {

    private final MoodleXmlFormat xml = new MoodleXmlFormat();

    /** A quiz around the given questions; the first question element stands on line 3. */
    private static String quiz(String questions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "\n</quiz>\n";
    }

    /** A multiple-choice question on one line: stem, then answers as fraction=text pairs. */
    private static String mc(String single, String stem, String... answers) {
        StringBuilder s = new StringBuilder("<question type=\"multichoice\"><name><text>Q</text></name>")
                .append("<questiontext format=\"html\"><text>").append(stem).append("</text></questiontext>");
        if (single != null) {
            s.append("<single>").append(single).append("</single>");
        }
        for (String a : answers) {
            int eq = a.indexOf('=');
            s.append("<answer fraction=\"").append(a, 0, eq).append("\"><text>").append(a.substring(eq + 1))
                    .append("</text></answer>");
        }
        return s.append("</question>").toString();
    }

    private Parsed read(String text) {
        return xml.read(utf8(text));
    }

    private List<ImportProblem> problems(String text) {
        try {
            read(text);
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported for: " + text);
    }

    @Test
    void identifiesItself() {
        assertThat(List.of(xml.id(), xml.extension(), xml.mimeType()))
                .containsExactly("moodlexml", "xml", "application/xml");
    }

    @Test
    void readsARealMoodle4Export() {
        byte[] file = FormatFixtures.resource("moodle-export.xml");
        Parsed p = xml.read(file);
        List<String> hienPhap = List.of("Default for KTC2025", "Hiến pháp");
        List<String> cbcc = List.of("Default for KTC2025", "Luật Cán bộ, công chức");
        assertThat(p.questions()).containsExactly(
                new QuestionDraft(15, "HP-SD-01", QuestionType.SINGLE, TextFormat.HTML,
                        "<p dir=\"ltr\">Sơ đồ dưới đây mô tả quyền nào của Quốc hội?<br></p><p dir=\"ltr\">"
                                + "<img src=\"@@PLUGINFILE@@/so%20do%20quyen%20luc.png\" alt=\"Sơ đồ\" width=\"120\""
                                + " height=\"80\"><br></p>",
                        choices(1, "<p dir=\"ltr\">Quyền hành pháp<br></p>",
                                "<p dir=\"ltr\">Quyền lập hiến, lập pháp<br></p>", "<p dir=\"ltr\">Quyền tư pháp<br></p>"),
                        hienPhap, Difficulty.MEDIUM, "Điều 70 Hiến pháp năm 2013", List.of("sơ đồ"),
                        List.of(new Media("so do quyen luc.png", "image/png", FormatFixtures.PNG))),
                new QuestionDraft(81, "Câu 2 - Nhiệm kỳ", QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                        "Nhiệm kỳ của mỗi khóa Quốc hội là năm năm.", Drafts.trueFalse(true), hienPhap, null, null,
                        List.of(), List.of()),
                new QuestionDraft(145, "CBCC-DK-01", QuestionType.MULTIPLE, TextFormat.HTML,
                        "<p dir=\"ltr\">Những điều kiện nào là điều kiện đăng ký dự tuyển công chức?</p>",
                        List.of(new Choice("<p dir=\"ltr\">Có một quốc tịch là quốc tịch Việt Nam</p>", true),
                                new Choice("<p dir=\"ltr\">Đủ 18 tuổi trở lên</p>", true),
                                new Choice("<p dir=\"ltr\">Có hộ khẩu thường trú tại địa phương</p>", false),
                                new Choice("<p dir=\"ltr\">Có phẩm chất chính trị, đạo đức tốt</p>", true),
                                new Choice("<p dir=\"ltr\">Là đảng viên</p>", false)),
                        cbcc, Difficulty.HARD, null, List.of("tuyển dụng"), List.of()),
                new QuestionDraft(369, "Câu 10 - Ngạch", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Công chức loại C gồm những người được bổ nhiệm vào ngạch nào? (ngạch & chức danh)",
                        choices(1, "Ngạch cán sự hoặc tương đương", "Ngạch chuyên viên hoặc tương đương",
                                "Ngạch chuyên viên cao cấp hoặc tương đương"),
                        cbcc, null, null, List.of(), List.of()));
        assertThat(p.skipped()).containsExactly(
                new ImportProblem(110, "import.moodlexml.skipped.shortAnswer", "Câu 3 - Trả lời ngắn"),
                new ImportProblem(214, "import.moodlexml.skipped.essay", "Câu 5 - Tự luận"),
                new ImportProblem(246, "import.moodlexml.skipped.matching", "Câu 6 - Ghép"),
                new ImportProblem(286, "import.moodlexml.skipped.numerical", "Câu 7 - Số"),
                new ImportProblem(314, "import.moodlexml.skipped.description", "Hướng dẫn"),
                new ImportProblem(331, "import.moodlexml.skipped.other", "ddwtos – Câu 8 - Kéo thả"),
                new ImportProblem(353, "import.moodlexml.skipped.cloze", "Câu 9 - Cloze"));
        // saved again by a Windows editor: BOM and CRLF change nothing, not even the lines
        assertThat(xml.read(FormatFixtures.windows(file))).isEqualTo(p);
    }

    @Test
    void readsTheSampleBankAndSkipsItsEssay() {
        Parsed p = xml.read(FormatFixtures.sample("ktc-mau.moodle.xml"));
        assertThat(p.questions()).hasSize(17);
        assertThat(p.skipped()).extracting(ImportProblem::messageKey, ImportProblem::detail)
                .containsExactly(tuple("import.moodlexml.skipped.essay", "KTC-CBCC-TL-01"));
        assertThat(p.questions()).extracting(QuestionDraft::externalId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("KTC-"));
        assertThat(p.questions()).allMatch(q -> q.difficulty() != null && q.source() != null);
        assertThat(p.questions()).extracting(QuestionDraft::topic).containsOnly(
                FormatFixtures.HIEN_PHAP, FormatFixtures.CBCC, FormatFixtures.ND138);
        QuestionDraft flag = p.questions().get(0);
        assertThat(flag.format()).isEqualTo(TextFormat.HTML);
        assertThat(flag.media()).containsExactly(new Media("quoc-ky.png", "image/png", FormatFixtures.FLAG));
        assertThat(flag.stem()).contains("<img src=\"@@PLUGINFILE@@/quoc-ky.png\"");
        assertThat(p.questions()).filteredOn(q -> q.type() == QuestionType.TRUE_FALSE).hasSize(2);
        assertThat(p.questions()).filteredOn(q -> q.type() == QuestionType.MULTIPLE).singleElement()
                .satisfies(q -> assertThat(q.correctIndexes()).containsExactly(1, 3));
        assertThat(p.questions()).filteredOn(q -> "KTC-ND138-104".equals(q.externalId())).singleElement()
                .satisfies(q -> {
                    assertThat(q.stem()).contains("điểm thi vòng 2 < 50 điểm");
                    assertThat(q.tags()).containsExactly("thi tuyển", "điểm & kết quả");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            single true, one key      | true  | 0=A;100=B;0=C            | SINGLE   | 1
            no single element         |       | 100=A;0=B                | SINGLE   | 0
            single 1                  | 1     | 0=A;100=B                | SINGLE   | 1
            negative wrong options    | true  | 100=A;-50=B;-100=C       | SINGLE   | 0
            single false              | false | 50=A;50=B;-100=C         | MULTIPLE | 0;1
            single 0, thirds          | 0     | 33.33333=A;33.33333=B;33.33333=C;0=D | MULTIPLE | 0;1;2
            single false, one key     | false | 0=A;100=B                | MULTIPLE | 1
            unequal weights           | false | 70=A;30=B;0=C            | MULTIPLE | 0;1
            """)
    void readsMultichoiceAsSingleOrMultiple(String name, String single, String answers, QuestionType type,
            String keys) {
        QuestionDraft q = read(quiz(mc(single, "Câu hỏi?", answers.split(";")))).questions().get(0);
        assertThat(q.type()).isEqualTo(type);
        assertThat(q.correctIndexes()).containsExactly(
                java.util.Arrays.stream(keys.split(";")).map(Integer::valueOf).toArray(Integer[]::new));
    }

    @Test
    void allOrNothingQuestionsOfTheMultichoicesetPluginAreMultipleAnswer() {
        String q = mc(null, "Chọn tất cả?", "100=A", "0=B", "100=C").replace("\"multichoice\"", "\"multichoiceset\"");
        String old = "<question type=\"multichoiceset\"><name><text>Q</text></name><questiontext><text>Cũ?</text>"
                + "</questiontext><answer><text>A</text><correctanswer>1</correctanswer></answer>"
                + "<answer><text>B</text><correctanswer>0</correctanswer></answer></question>";
        Parsed p = read(quiz(q + "\n" + old));
        assertThat(p.questions()).extracting(QuestionDraft::type, QuestionDraft::correctIndexes).containsExactly(
                tuple(QuestionType.MULTIPLE, List.of(0, 2)), tuple(QuestionType.MULTIPLE, List.of(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            true key          | 100=true;0=false  | true
            false key         | 0=true;100=false  | false
            false first       | 100=false;0=true  | false
            localised texts   | 100=Đúng;0=Sai    | true
            localised, false  | 0=Đúng;100=Sai    | false
            """)
    void readsTrueFalse(String name, String answers, boolean value) {
        StringBuilder q = new StringBuilder("<question type=\"truefalse\"><name><text>Q</text></name>"
                + "<questiontext format=\"moodle_auto_format\"><text>Mệnh đề.</text></questiontext>");
        for (String a : answers.split(";")) {
            String[] f = a.split("=");
            q.append("<answer fraction=\"").append(f[0]).append("\"><text>").append(f[1]).append("</text></answer>");
        }
        QuestionDraft d = read(quiz(q + "</question>")).questions().get(0);
        assertThat(d.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(d.format()).isEqualTo(TextFormat.PLAIN);
        assertThat(d.choices()).containsExactly(new Choice("Đúng", value), new Choice("Sai", !value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no key                 | true  | 0=A;-100=B           | 3 | import.moodlexml.noKey
            multiple without key   | false | 0=A;-100=B           | 3 | import.moodlexml.noKey
            two keys               | true  | 100=A;100=B          | 3 | import.moodlexml.severalKeys
            weights over 100       | false | 60=A;60=B;0=C        | 3 | import.moodlexml.weightsSum
            weights under 100      | false | 50=A;0=B             | 3 | import.moodlexml.weightsSum
            fraction not a number  | true  | 100=A;x=B            | 3 | import.moodlexml.badFraction
            fraction over 100      | true  | 100=A;150=B          | 3 | import.moodlexml.badFraction
            one answer             | true  | 100=A                | 3 | import.moodlexml.tooFewOptions
            empty answer           | true  | 100=A;0=             | 3 | import.moodlexml.emptyOption
            empty html answer      | true  | 100=A;0=<![CDATA[<p></p>]]> | 3 | import.moodlexml.emptyOption
            """)
    void errorsNameTheirLine(String name, String single, String answers, int line, String key) {
        assertThat(problems(quiz(mc(single, "Câu hỏi?", answers.split(";")))))
                .extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(tuple(line, key));
    }

    // ------------------------------------------------------------------ Moodle's grade list (match_grade_options)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a third written 33          | false | 33=A;33=B;34=C;-100=D   | 7 | 33
            a third cut at two decimals | false | 33.33=A;33.33=B;33.34=C | 7 | 33.33
            half and a bit              | false | 50.5=A;49.5=B;0=C       | 7 | 50.5
            a penalty not listed        | true  | 100=A;-45=B             | 8 | -45
            """)
    void aGradeOutsideMoodlesListRefusesTheFileWithItsLine(String name, String single, String answers, int line,
            String first) {
        String file = quiz("<question type=\"multichoice\">\n<name><text>Q</text></name>\n"
                + "<questiontext format=\"html\"><text>Câu hỏi?</text></questiontext>\n<single>" + single
                + "</single>\n" + java.util.Arrays.stream(answers.split(";")).map(a -> "<answer fraction=\""
                + a.substring(0, a.indexOf('=')) + "\"><text>" + a.substring(a.indexOf('=') + 1) + "</text></answer>")
                .collect(java.util.stream.Collectors.joining("\n")) + "\n</question>");
        assertThat(problems(file)).first().isEqualTo(new ImportProblem(line, "import.moodlexml.badGrade", first));
    }

    @Test
    void gradesWithinMoodlesToleranceAreTheListedOnes() {
        Parsed p = read(quiz(mc("false", "Câu hỏi?", "33.333=A", "33.333=B", "33.333=C", "-100=D")));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::correctIndexes)
                .isEqualTo(List.of(0, 1, 2));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void withNearestGradeAnUnlistedGradeIsTakenAsTheNearestAndThePreviewSaysSo() {
        String file = quiz(mc("false", "Câu hỏi?", "33=A", "33=B", "34=C", "-100=D"));
        Parsed p = xml.read(utf8(file), new QuestionFormat.ReadOptions(true));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::correctIndexes)
                .isEqualTo(List.of(0, 1, 2));
        assertThat(p.warnings()).extracting(ImportProblem::messageKey, ImportProblem::detail, ImportProblem::question)
                .containsExactly(tuple("import.moodlexml.gradeNearest", "33 → 33.33333", "Q"),
                        tuple("import.moodlexml.gradeNearest", "33 → 33.33333", "Q"),
                        tuple("import.moodlexml.gradeNearest", "34 → 33.33333", "Q"));
        // without the option the same file is refused, as by Moodle's default
        assertThat(problems(file)).extracting(ImportProblem::messageKey).containsOnly("import.moodlexml.badGrade");
    }

    // ------------------------------------------------------------------ files the bank cannot store or show

    /** A Moodle 4 question whose text links to a sound (Moodle's media filter plays it) and carries a PDF. */
    private static final String LISTENING = """
            <question type="multichoice">
              <name><text>Nghe hiểu 1</text></name>
              <questiontext format="html">
                <text><![CDATA[<p>Nghe đoạn hội thoại rồi chọn câu trả lời đúng.</p>
            <p><a href="@@PLUGINFILE@@/hoi%20thoai.mp3">hoi thoai.mp3</a></p>
            <p><audio controls="true"><source src="@@PLUGINFILE@@/hoi%20thoai.mp3"></audio></p>]]></text>
                <file name="hoi thoai.mp3" path="/" encoding="base64">SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA</file>
                <file name="loi giai.pdf" path="/" encoding="base64">JVBERi0xLjQKJcfsj6IK</file>
              </questiontext>
              <single>true</single>
              <answer fraction="100"><text>Ở nhà ga</text></answer>
              <answer fraction="0"><text>Ở sân bay</text></answer>
            </question>
            """;

    @Test
    void aFileTheBankCannotStoreIsLeftOutWithAWarningNamingTheFileAndTheQuestion() {
        Parsed p = read(quiz(LISTENING + mc("true", "Câu khác?", "100=A", "0=B")));
        assertThat(p.questions()).hasSize(2);
        QuestionDraft q = p.questions().get(0);
        assertThat(q.media()).isEmpty();
        assertThat(q.stem()).isEqualTo("<p>Nghe đoạn hội thoại rồi chọn câu trả lời đúng.</p>\n<p>hoi thoai.mp3</p>\n<p></p>");
        assertThat(p.warnings()).containsExactly(
                new ImportProblem(3, "import.content.fileUnsupported", "hoi thoai.mp3", "Nghe hiểu 1"),
                new ImportProblem(3, "import.content.fileUnsupported", "loi giai.pdf", "Nghe hiểu 1"));
    }

    @Test
    void anImageOfATypeTheBankCannotStoreIsTakenOutOfTheTextWithAWarning() {
        String bmp = java.util.Base64.getEncoder().encodeToString(bmp());
        Parsed p = read(quiz("""
                <question type="truefalse">
                  <name><text>Sơ đồ</text></name>
                  <questiontext format="html"><text><![CDATA[<p>Sơ đồ <img src="@@PLUGINFILE@@/so-do.bmp" alt="sơ đồ">                 là sơ đồ tổ chức của Chính phủ.</p>]]></text>
                    <file name="so-do.bmp" path="/" encoding="base64">%s</file>
                  </questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>""".formatted(bmp)));
        assertThat(p.questions()).singleElement().satisfies(q -> {
            assertThat(q.media()).isEmpty();
            assertThat(q.stem()).doesNotContain("<img").contains("là sơ đồ tổ chức của Chính phủ.");
        });
        assertThat(p.warnings()).containsExactly(
                new ImportProblem(3, "import.content.fileUnsupported", "so-do.bmp", "Sơ đồ"));
    }

    @Test
    void anImageTheQuestionDoesNotShowIsLeftOutWithAWarning() {
        String png = java.util.Base64.getEncoder().encodeToString(FormatFixtures.PNG);
        Parsed p = read(quiz("""
                <question type="multichoice">
                  <name><text>Q</text></name>
                  <questiontext format="html"><text>Câu hỏi?</text>
                    <file name="nhap.png" path="/" encoding="base64">%s</file>
                  </questiontext>
                  <answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer>
                </question>""".formatted(png)));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::media).asList().isEmpty();
        assertThat(p.warnings()).containsExactly(new ImportProblem(3, "import.content.fileNotShown", "nhap.png", "Q"));
    }

    /** A 1×1 BMP. */
    private static byte[] bmp() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1, 1,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "bmp", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ content the safe HTML cannot hold

    @Test
    void mathMlIsKeptAsReadableTextWithAWarning() {
        Parsed p = read(quiz(mc("true", "<![CDATA[<p>Rút gọn <math><mfrac><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow>"
                + "<mn>2</mn></mfrac></math> khi <math><msup><mi>x</mi><mn>2</mn></msup><mo>=</mo><mn>9</mn></math></p>]]>",
                "100=A", "0=B")));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::stem)
                .isEqualTo("<p>Rút gọn (x+1)/2 khi x<sup>2</sup>=9</p>");
        assertThat(p.warnings()).extracting(ImportProblem::messageKey, ImportProblem::detail)
                .containsExactly(tuple("import.content.mathAsText", "(x+1)/2"),
                        tuple("import.content.mathAsText", "x^2=9"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a video from elsewhere    | <p>Xem video rồi trả lời</p><iframe src="https://video.example/v/1"></iframe> | import.content.embedded       | iframe https://video.example/v/1
            a document object         | <p>Đọc văn bản</p><object data="https://x.example/vb.pdf" type="application/pdf"></object> | import.content.embedded | object https://x.example/vb.pdf
            a formula with prescripts | <p>Hạt <math><mmultiscripts><mi>C</mi><mprescripts/><mn>6</mn><mn>14</mn></mmultiscripts></math></p> | import.content.mathUnreadable | C614
            """)
    void aQuestionDependingOnContentTheBankCannotHoldIsSkippedWithTheReason(String name, String html, String key,
            String detail) {
        Parsed p = read(quiz(mc("true", "<![CDATA[" + html + "]]>", "100=A", "0=B") + "\n"
                + mc("true", "Câu khác?", "100=A", "0=B")));
        assertThat(p.questions()).extracting(QuestionDraft::stem).containsExactly("Câu khác?");
        assertThat(p.skipped()).containsExactly(new ImportProblem(3, key, detail, "Q"));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void aLinkKeepsItsTextAndThePreviewNamesTheAddress() {
        Parsed p = read(quiz(mc("true", "<![CDATA[<p>Theo <a href=\"https://vbpl.vn/nd138\">Nghị định 138</a>, ai?</p>]]>",
                "100=A", "0=B")));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::stem)
                .isEqualTo("<p>Theo Nghị định 138, ai?</p>");
        assertThat(p.warnings()).containsExactly(
                new ImportProblem(3, "import.content.link", "https://vbpl.vn/nd138", "Q"));
    }

    @Test
    void theExportNamesWhatMoodleWillCutFromTagsAndIdNumbers() {
        String longTag = "Nghị định 138/2020/NĐ-CP về tuyển dụng, sử dụng và quản lý công chức";
        String longId = "KTC-" + "X".repeat(100);
        QuestionDraft q = draft(longId, QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                List.of(), Difficulty.EASY, "Điều 5", List.of(longTag, "Luật", "luật", "a <b> c"), List.of());
        QuestionFormat.Exported out = xml.write(List.of(QuestionDraft.single(0, "Câu đầu?", List.of("A", "B"), 0), q));
        assertThat(out.omitted()).isEmpty();
        assertThat(out.notes()).extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::detail)
                .containsExactly(tuple(2, "export.moodle.tagTooLong", longTag),
                        tuple(2, "export.moodle.tagCase", "Luật / luật"),
                        tuple(2, "export.moodle.tagChars", "a <b> c"),
                        tuple(2, "export.moodle.idnumberTooLong", longId));
        assertThat(out.notes()).allSatisfy(n -> assertThat(n.question()).isEqualTo(longId));
        // the question is written whole all the same
        assertThat(xml.read(out.data()).questions()).hasSize(2);
    }

    @Test
    void partialCreditInASingleAnswerQuestionIsSkipped() {
        Parsed p = read(quiz(mc("true", "Câu hỏi?", "100=A", "50=B", "0=C") + "\n" + mc("true", "Câu?", "100=A",
                "0=B")));
        assertThat(p.questions()).hasSize(1);
        assertThat(p.skipped()).containsExactly(new ImportProblem(3, "import.moodlexml.skipped.partialCredit", "Q"));
    }

    @Test
    void aFileWithErrorsReportsEveryOneWithItsLineAndKeepsNothing() {
        assertThatThrownBy(() -> xml.read(FormatFixtures.resource("bad/errors.moodle.xml")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::detail)
                        .containsExactly(
                                tuple(4, "import.moodlexml.noKey", "X1 không có đáp án đúng"),
                                tuple(16, "import.moodlexml.severalKeys", "X2 hai đáp án 100%"),
                                tuple(21, "import.moodlexml.missingFile", "khong%20co.png"),
                                tuple(27, "import.moodlexml.weightsSum", "80"),
                                tuple(39, "import.moodlexml.badFraction", "abc"),
                                tuple(41, "import.moodlexml.badTrueFalse", "X6 đúng/sai có hai đáp án 100%"),
                                tuple(51, "import.moodlexml.badFile", "a.png"),
                                tuple(60, "import.moodlexml.emptyOption", "X8 phương án trống"),
                                tuple(69, "import.moodlexml.twoDifficulties", "difficulty:hard")));
    }

    @Test
    void malformedXmlNamesTheParsersLine() {
        assertThatThrownBy(() -> xml.read(FormatFixtures.resource("bad/malformed.moodle.xml")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(pr -> {
                        assertThat(pr.line()).isEqualTo(5);
                        assertThat(pr.messageKey()).isEqualTo("import.moodlexml.malformed");
                        assertThat(pr.detail()).contains("text").doesNotContain("ParseError");
                    });
                });
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        assertThatThrownBy(() -> xml.read(FormatFixtures.resource("bad/xxe.moodle.xml")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                            .containsExactly(tuple(7, "import.moodlexml.malformed"));
                    assertThat(e.problems().get(0).detail()).contains("secret");
                });
    }

    @Test
    void entityExpansionBombsAreRefused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                ]>
                <quiz><question type="multichoice"><name><text>&d;</text></name></question></quiz>
                """;
        assertThat(problems(bomb)).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(8, "import.moodlexml.malformed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not xml          | Đây không phải XML                                  | 1 | import.moodlexml.malformed
            empty file       | ''                                                  | 1 | import.moodlexml.malformed
            other root       | <?xml version="1.0"?>⏎<questions/>                 | 2 | import.moodlexml.notQuiz
            no questions     | <quiz>⏎</quiz>                                      | 1 | import.moodlexml.empty
            only a category  | <quiz><question type="category"><category><text>A</text></category></question></quiz> | 1 | import.moodlexml.empty
            no type          | <quiz>⏎<question><name><text>Q</text></name></question></quiz> | 2 | import.moodlexml.noType
            unclosed         | <quiz>⏎<question type="multichoice">⏎</quiz>         | 3 | import.moodlexml.malformed
            """)
    void filesThatAreNotMoodleXmlAreRejected(String name, String text, int line, String key) {
        assertThat(problems(text.replace("⏎", "\n"))).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(line, key));
    }

    @Test
    void filesAreFoundByTheirUrlEncodedNameAndPathAndSharedBetweenStemAndOptions() {
        String b64 = java.util.Base64.getEncoder().encodeToString(FormatFixtures.PNG);
        Parsed p = read(quiz("""
                <question type="multichoice"><name><text>Q</text></name>
                <questiontext format="html"><text><![CDATA[<p>Hình <img src="@@PLUGINFILE@@/thu%20muc/h%C3%ACnh%201.png?time=123"></p>]]></text>
                <file name="hình 1.png" path="/thu muc/" encoding="base64">B64</file></questiontext>
                <answer fraction="100" format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a+b.png" alt="A">]]></text>
                <file name="a+b.png" path="/" encoding="base64">B64</file></answer>
                <answer fraction="0" format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a+b.png" alt="B">]]></text>
                <file name="a+b.png" path="/" encoding="base64">B64</file></answer>
                </question>""".replace("B64", b64)));
        QuestionDraft q = p.questions().get(0);
        assertThat(q.media()).extracting(Media::name, Media::mimeType)
                .containsExactly(tuple("thu muc/hình 1.png", "image/png"), tuple("a+b.png", "image/png"));
        assertThat(q.stem()).isEqualTo(
                "<p>Hình <img src=\"@@PLUGINFILE@@/thu%20muc/h%C3%ACnh%201.png?time=123\"></p>");
    }

    @Test
    void twoDifferentFilesWithOneNameInAQuestionAreAnError() {
        String png = java.util.Base64.getEncoder().encodeToString(FormatFixtures.PNG);
        String flag = java.util.Base64.getEncoder().encodeToString(FormatFixtures.FLAG);
        assertThat(problems(quiz("""
                <question type="multichoice"><name><text>Q</text></name>
                <questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a.png">]]></text>
                <file name="a.png" encoding="base64">%s</file></questiontext>
                <answer fraction="100"><text>A</text>
                <file name="a.png" path="/" encoding="base64">%s</file></answer>
                <answer fraction="0"><text>B</text></answer>
                </question>""".formatted(png, flag)))).containsExactly(
                new ImportProblem(7, "import.moodlexml.fileConflict", "a.png"));
    }

    @Test
    void anImageFromElsewhereIsReportedNotSilentlyDropped() {
        assertThat(problems(quiz(mc("true",
                "&lt;p&gt;Hình: &lt;img src=\"https://example.com/h.png\"&gt;&lt;/p&gt;", "100=A", "0=B"))))
                .containsExactly(new ImportProblem(3, "import.moodlexml.externalImage", "https://example.com/h.png"));
    }

    @Test
    void oldMoodleImagesBecomeMedia() {
        String b64 = java.util.Base64.getEncoder().encodeToString(FormatFixtures.PNG);
        QuestionDraft q = read(quiz("""
                <question type="multichoice"><name><text>Q</text></name>
                <questiontext format="moodle_auto_format"><text>Xem hình &amp; chọn</text></questiontext>
                <image>hinh/so do.png</image><image_base64>%s</image_base64>
                <answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer>
                </question>""".formatted(b64))).questions().get(0);
        assertThat(q.format()).isEqualTo(TextFormat.HTML);
        assertThat(q.stem()).isEqualTo("Xem hình &amp; chọn <img src=\"@@PLUGINFILE@@/hinh_so do.png\">");
        assertThat(q.media()).containsExactly(new Media("hinh_so do.png", "image/png", FormatFixtures.PNG));
    }

    @Test
    void theExternalIdIsTheIdNumberElseTheName() {
        String answers = "<answer fraction=\"100\"><text>A</text></answer><answer fraction=\"0\"><text>B</text></answer>";
        String q1 = "<question type=\"multichoice\"><name><text>Tên</text></name><idnumber>MA-1</idnumber>"
                + "<questiontext><text>C</text></questiontext>" + answers + "</question>";
        String q2 = "<question type=\"multichoice\"><name><text>Tên</text></name><idnumber> </idnumber>"
                + "<questiontext><text>C</text></questiontext>" + answers + "</question>";
        String q3 = "<question type=\"multichoice\"><name><text></text></name>"
                + "<questiontext><text>C</text></questiontext>" + answers + "</question>";
        assertThat(read(quiz(q1 + q2 + q3)).questions()).extracting(QuestionDraft::externalId)
                .containsExactly("MA-1", "Tên", null);
    }

    @Test
    void mixedFormatsMakeTheQuestionHtmlAndPlainTextIsEscaped() {
        QuestionDraft q = read(quiz("""
                <question type="multichoice"><name><text>Q</text></name>
                <questiontext format="plain_text"><text>a &lt; b
                dòng hai</text></questiontext>
                <answer fraction="100" format="html"><text><![CDATA[<b>A</b>]]></text></answer>
                <answer fraction="0" format="markdown"><text>*B*</text></answer>
                </question>""")).questions().get(0);
        assertThat(q.format()).isEqualTo(TextFormat.HTML);
        assertThat(q.stem()).isEqualTo("a &lt; b<br>dòng hai");
        assertThat(q.choices()).extracting(Choice::text).containsExactly("<b>A</b>", "*B*");
    }

    @Test
    void moodleAutoFormatTextWithTagsIsTheHtmlMoodleShows() {
        Parsed p = read(quiz("""
                <question type="truefalse"><name><text>Q1</text></name>
                <questiontext format="moodle_auto_format"><text>Câu &lt;b&gt;in đậm&lt;/b&gt;
                dòng hai.</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>
                <question type="truefalse"><name><text>Q2</text></name>
                <questiontext format="moodle_auto_format"><text>Điểm &lt;50 &amp; a &lt; b.</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>"""));
        assertThat(p.questions()).extracting(QuestionDraft::format, QuestionDraft::stem).containsExactly(
                tuple(TextFormat.HTML, "Câu <b>in đậm</b><br>dòng hai."),
                tuple(TextFormat.PLAIN, "Điểm <50 & a < b."));
    }

    @Test
    void aDuplicateQuestionIsReturnedTwice() {
        String q = mc("true", "Câu hỏi?", "100=Có", "0=Không");
        Parsed p = read(quiz(q + "\n" + q));
        assertThat(p.questions()).extracting(QuestionDraft::line).containsExactly(3, 4);
        assertThat(p.questions().get(0).withoutLine()).isEqualTo(p.questions().get(1).withoutLine());
    }

    @Test
    void utf16AndDeclaredEncodingsAreRead() {
        String doc = quiz(mc("true", "Câu hỏi tiếng Việt?", "100=Có", "0=Không"));
        byte[] utf16 = doc.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16);
        assertThat(xml.read(utf16).questions()).extracting(QuestionDraft::stem)
                .containsExactly("Câu hỏi tiếng Việt?");
        byte[] bom = FormatFixtures.windows(utf8(doc));
        assertThat(xml.read(bom).questions()).extracting(QuestionDraft::stem).containsExactly("Câu hỏi tiếng Việt?");
    }

    @Test
    void roundTripKeepsEveryQuestion() {
        List<QuestionDraft> rich = FormatFixtures.rich();
        QuestionFormat.Exported out = xml.write(rich);
        assertThat(out.omitted()).isEmpty();
        Parsed back = xml.read(out.data());
        assertThat(back.skipped()).isEmpty();
        assertThat(FormatFixtures.withoutLines(back.questions())).isEqualTo(FormatFixtures.withoutLines(rich));
    }

    @Test
    void writesAMoodle4Document() {
        String text = new String(xml.write(FormatFixtures.rich()).data(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<!-- question: 0  -->\n"
                + "  <question type=\"category\">\n    <category>\n"
                + "      <text>$course$/top/Kiến thức chung/Hiến pháp năm 2013</text>\n    </category>\n");
        assertThat(text).endsWith("  </question>\n\n</quiz>\n");
        assertThat(text).contains("<text>$course$/top/Kiến thức chung/Nghị định 138//2020//NĐ-CP</text>")
                .contains("<text>$course$/top</text>")
                .contains("<single>false</single>")
                .contains("<answer fraction=\"33.33333\" format=\"plain_text\">")
                .contains("<answer fraction=\"25\" format=\"plain_text\">")
                .contains("<answer fraction=\"-100\" format=\"plain_text\">")
                .contains("<question type=\"truefalse\">")
                .contains("<answer fraction=\"0\" format=\"moodle_auto_format\">\n      <text>true</text>")
                .contains("<text><![CDATA[<p>Quốc kỳ (hình bên) được mô tả như thế nào?</p>")
                .contains("<file name=\"quoc ky.png\" path=\"/\" encoding=\"base64\">")
                .contains("<tag><text>difficulty:medium</text></tag>")
                .contains("<tag><text>source:Điều 69 Hiến pháp năm 2013</text></tag>")
                .contains("<name>\n      <text></text>\n    </name>")
                .contains("<idnumber>KTC-ĐB-002: {đặc biệt}</idnumber>");
        // the option's image travels with the option, where Moodle looks for it
        assertThat(text).containsPattern("sáu cánh <img src=\"@@PLUGINFILE@@/so-do.png\" alt=\"\">]]></text>\n"
                + "      <file name=\"so-do.png\" path=\"/\" encoding=\"base64\">");
        assertThat(text).containsPattern("<text><!\\[CDATA\\[Dòng thứ nhất: a = b ~ c # d\nDòng thứ hai \\{e\\} \\\\ f "
                + "// g <b>không đậm</b> & h]]></text>");
    }

    @Test
    void cdataEndInsideTextIsSplitAsMoodleDoes() {
        QuestionDraft q = draft(null, QuestionType.SINGLE, TextFormat.PLAIN, "Chuỗi ]]> trong câu <hỏi>",
                choices(0, "A ]]> B", "C"), List.of(), null, null, List.of(), List.of());
        byte[] out = xml.write(List.of(q)).data();
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("<![CDATA[Chuỗi ]]]]><![CDATA[> trong câu <hỏi>]]>");
        assertThat(xml.read(out).questions()).containsExactly(q.withLine(4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            media type not the guessed one | import.moodlexml.omitted.media
            media name starting with /     | import.moodlexml.omitted.media
            reference without file         | import.moodlexml.omitted.media
            topic ending with /            | import.moodlexml.omitted.topic
            control character              | import.moodlexml.omitted.invalid
            no key                         | import.moodlexml.omitted.invalid
            true/false in English          | import.moodlexml.omitted.invalid
            """)
    void whatCannotBeWrittenExactlyIsLeftOutWithItsReason(String kind, String key) {
        QuestionDraft ok = draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                List.of(), null, null, List.of(), List.of());
        QuestionDraft bad = switch (kind) {
            case "media type not the guessed one" -> html("<img src=\"@@PLUGINFILE@@/a.png\">",
                    new Media("a.png", "image/jpeg", FormatFixtures.PNG));
            case "media name starting with /" -> html("<img src=\"@@PLUGINFILE@@//a.png\">",
                    new Media("/a.png", "image/png", FormatFixtures.PNG));
            case "reference without file" -> html("<img src=\"@@PLUGINFILE@@/b.png\">",
                    new Media("a.png", "image/png", FormatFixtures.PNG));
            case "topic ending with /" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    choices(0, "A", "B"), List.of("Hỏi/"), null, null, List.of(), List.of());
            case "control character" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu\u0007?",
                    choices(0, "A", "B"), List.of(), null, null, List.of(), List.of());
            case "no key" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    List.of(new Choice("A", false), new Choice("B", false)), List.of(), null, null, List.of(),
                    List.of());
            case "true/false in English" -> draft("ID", QuestionType.TRUE_FALSE, TextFormat.PLAIN, "Câu?",
                    choices(0, "True", "False"), List.of(), null, null, List.of(), List.of());
            default -> throw new IllegalArgumentException(kind);
        };
        QuestionFormat.Exported out = xml.write(List.of(ok, bad));
        assertThat(out.omitted()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2, key));
        assertThat(xml.read(out.data()).questions()).hasSize(1);
    }

    private static QuestionDraft html(String stem, Media media) {
        return new QuestionDraft(0, "ID", QuestionType.SINGLE, TextFormat.HTML, stem, choices(0, "A", "B"),
                List.of(), null, null, List.of(), List.of(media));
    }
}
