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

class GiftFormatTest {

    private final GiftFormat gift = new GiftFormat();

    private Parsed read(String text) {
        return gift.read(utf8(text));
    }

    /** Test texts write a line break as ⏎ so they fit in a table. */
    private Parsed readRow(String text) {
        return read(text.replace("⏎", "\n"));
    }

    private List<ImportProblem> problems(String text) {
        try {
            readRow(text);
        } catch (ImportException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported for: " + text);
    }

    @Test
    void identifiesItself() {
        assertThat(List.of(gift.id(), gift.extension(), gift.mimeType())).containsExactly("gift", "txt", "text/plain");
    }

    @Test
    void readsASingleChoiceQuestionWithEverythingMoodleWrites() {
        Parsed p = read("""
                // question: 12  name: Câu 1
                // [id:HP-01] [tag:difficulty:easy] [tag:source:Điều 69 Hiến pháp năm 2013] [tag:quốc hội]
                ::Câu 1::Theo Hiến pháp năm 2013, cơ quan nào là cơ quan quyền lực nhà nước cao nhất?{
                \t~Chính phủ#Chưa đúng
                \t=Quốc hội#Đúng
                \t~Chủ tịch nước
                \t####Điều 69
                }
                """);
        assertThat(p.skipped()).isEmpty();
        assertThat(p.questions()).containsExactly(new QuestionDraft(3, "HP-01", QuestionType.SINGLE, TextFormat.PLAIN,
                "Theo Hiến pháp năm 2013, cơ quan nào là cơ quan quyền lực nhà nước cao nhất?",
                choices(1, "Chính phủ", "Quốc hội", "Chủ tịch nước"), List.of(), Difficulty.EASY,
                "Điều 69 Hiến pháp năm 2013", List.of("quốc hội"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the text                                                   | stem                         | options             | key
            Câu hỏi?{=A ~B ~C}                                           | Câu hỏi?                     | A;B;C               | 0
            Câu hỏi?{~A =B}                                              | Câu hỏi?                     | A;B                 | 1
            Câu hỏi⏎nhiều dòng?⏎{⏎~A⏎=B⏎}                                  | Câu hỏi⏎nhiều dòng?            | A;B                 | 1
            Thủ đô là {=Hà Nội ~Huế} của Việt Nam.                       | Thủ đô là _____ của Việt Nam. | Hà Nội;Huế          | 0
            {=Hà Nội ~Huế} là thủ đô.                                    | _____ là thủ đô.              | Hà Nội;Huế          | 0
            1 + 1 \\= 2\\: \\{đúng\\} \\~ \\# \\\\ \\n hết{=Có ~Không}       | 1 + 1 = 2: {đúng} ~ # \\ ⏎ hết | Có;Không            | 0
            Câu hỏi?{=A \\= B ~C \\# D ~E \\~ F}                           | Câu hỏi?                     | A = B;C # D;E ~ F   | 0
            Câu hỏi?{=A#phản hồi ~B#phản hồi \\# có dấu thăng}             | Câu hỏi?                     | A;B                 | 0
            Câu hỏi?{=A ~%-100%B ~%0%C ~%-33.33333%D}                    | Câu hỏi?                     | A;B;C;D             | 0
            Câu hỏi?{=%100%A ~B}                                         | Câu hỏi?                     | A;B                 | 0
            [moodle]Câu hỏi?{=A ~B}                                      | Câu hỏi?                     | A;B                 | 0
            [plain]Câu <b>hỏi</b>?{=A ~B}                                 | Câu <b>hỏi</b>?              | A;B                 | 0
            [markdown]Câu *hỏi*?{=[plain]A ~[moodle]B}                   | Câu *hỏi*?                   | A;B                 | 0
            [2019] không phải định dạng?{=A ~B}                          | [2019] không phải định dạng? | A;B                 | 0
            Câu hỏi?{=[plain]%5% ~%0%%10%}                                | Câu hỏi?                     | %5%;%10%            | 0
            Câu hỏi?{=100% ~% dân số ~%5 và 10%}                          | Câu hỏi?                     | 100%;% dân số;%5 và 10% | 0
            """)
    void readsSingleChoiceQuestions(String text, String stem, String options, int key) {
        QuestionDraft q = readRow(text).questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.format()).isEqualTo(TextFormat.PLAIN);
        assertThat(q.stem()).isEqualTo(stem.replace("⏎", "\n"));
        assertThat(q.choices()).extracting(Choice::text).containsExactly(options.split(";"));
        assertThat(q.correctIndexes()).containsExactly(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Câu hỏi?{~%50%A ~%50%B ~%-100%C}                      | 0;1
            Câu hỏi?{~%33.33333%A ~%33.33333%B ~%33.33333%C ~D}    | 0;1;2
            Câu hỏi?{~%100%A ~%-100%B}                            | 0
            Câu hỏi?{~%25%A ~%25%B ~%25%C ~%25%D ~%-50%E}          | 0;1;2;3
            Câu hỏi?{~%70%A ~%30%B ~C}                            | 0;1
            Câu hỏi?{~%66,66667%A ~%33,33333%B ~C}                | 0;1
            Câu hỏi?{~% 50 %A ~%+50%B ~C}                         | 0;1
            """)
    void readsMultipleAnswerQuestionsCorrectMeaningPositiveWeight(String text, String keys) {
        QuestionDraft q = readRow(text).questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.correctIndexes()).containsExactly(
                java.util.Arrays.stream(keys.split(";")).map(Integer::valueOf).toArray(Integer[]::new));
        assertThat(q.choices().get(0).text()).isEqualTo("A");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mệnh đề.{T}                                      | true
            Mệnh đề.{TRUE}                                   | true
            Mệnh đề.{F}                                      | false
            Mệnh đề.{FALSE}                                  | false
            Mệnh đề.{ TRUE #Sai rồi#Chính xác####Giải thích } | true
            Mệnh đề.{FALSE#Sai rồi}                          | false
            """)
    void readsTrueFalseQuestionsWithFeedbackIgnored(String text, boolean value) {
        QuestionDraft q = readRow(text).questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.stem()).isEqualTo("Mệnh đề.");
        assertThat(q.choices()).containsExactly(new Choice("Đúng", value), new Choice("Sai", !value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ::Q::Hãy trình bày?{}                                  | import.gift.skipped.essay        | Q
            ::Q::Hãy trình bày?{####chỉ có phản hồi chung}         | import.gift.skipped.essay        | Q
            ::Q::Ai?{=Quốc hội =quốc hội}                          | import.gift.skipped.shortAnswer  | Q
            ::Q::Ai?{Quốc hội}                                     | import.gift.skipped.shortAnswer  | Q
            ::Q::Ai?{true}                                         | import.gift.skipped.shortAnswer  | Q
            ::Q::Bao nhiêu?{#5:1}                                  | import.gift.skipped.numerical    | Q
            ::Q::Bao nhiêu?{#1..5}                                 | import.gift.skipped.numerical    | Q
            ::Q::Ghép?{=Quốc hội -> Lập pháp =Chính phủ -> Hành pháp} | import.gift.skipped.matching  | Q
            ::Q::Đây là phần hướng dẫn.                            | import.gift.skipped.description  | Q
            Đây là phần hướng dẫn không có tên.                    | import.gift.skipped.description  | Đây là phần hướng dẫn không có tên.
            ::Q::Câu hỏi?{=A ~%50%B ~C}                            | import.gift.skipped.partialCredit | Q
            ::Q::Câu hỏi?{=%50%A ~B}                               | import.gift.skipped.partialCredit | Q
            """)
    void itemsOfOtherTypesAreSkippedNotErrors(String text, String key, String detail) {
        Parsed p = read("::OK::Câu hợp lệ?{=A ~B}\n\n" + text);
        assertThat(p.questions()).hasSize(1);
        assertThat(p.skipped()).containsExactly(new ImportProblem(3, key, detail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ::Q::Câu hỏi?{~A ~B}                                   | 1 | import.gift.noKey
            ::Q::Câu hỏi?⏎{⏎~A⏎~%-100%B⏎}                            | 2 | import.gift.noKey
            ::Q::Câu hỏi?{⏎=A⏎=B⏎~C⏎}                                | 3 | import.gift.severalKeys
            ::Q::Câu hỏi?{=A ~%100%B}                              | 1 | import.gift.severalKeys
            ::Q::Câu hỏi?{⏎~%50%A⏎~%40%B⏎}                           | 1 | import.gift.weightsSum
            ::Q::Câu hỏi?{⏎~%50%A⏎~%150%B⏎}                          | 3 | import.gift.badWeight
            ::Q::Câu hỏi?{⏎~%50%A⏎~%1.2.3%B⏎}                        | 3 | import.gift.badWeight
            ::Q::Câu hỏi?{⏎~%50%A⏎~%%B⏎}                             | 3 | import.gift.badWeight
            ::Q::Câu hỏi?{⏎=A⏎~⏎}                                    | 3 | import.gift.emptyOption
            ::Q::Câu hỏi?{=A ~#chỉ có phản hồi}                    | 1 | import.gift.emptyOption
            ::Q::Câu hỏi?{=A}                                      | 1 | import.gift.skipped.shortAnswer
            ::Q::Câu hỏi?{~A}                                      | 1 | import.gift.tooFewOptions
            ::Q::Câu hỏi?{A ~B =C}                                 | 1 | import.gift.answerMarker
            ::Q::⏎{=A ~B}                                           | 1 | import.gift.emptyStem
            ::Q::                                                  | 1 | import.gift.emptyStem
            ::Q::[html]<p></p>{=A ~B}                              | 1 | import.gift.emptyStem
            ::Q::Câu hỏi?⏎{⏎=A⏎~B                                     | 2 | import.gift.unclosedBrace
            ::Q::Câu hỏi } thừa?{=A ~B}                            | 1 | import.gift.unexpectedBrace
            ::Q::Câu hỏi?{=A ~B {C}                                | 1 | import.gift.nestedBrace
            ::Q::Câu {=A ~B} và {=C ~D}                            | 1 | import.gift.secondBlock
            ::Q::Câu hỏi?{=A ~B} }                                 | 1 | import.gift.secondBlock
            ::Q chưa đóng{=A ~B}                                   | 1 | import.gift.unclosedTitle
            ::Q::[html]<img src\\="@@PLUGINFILE@@/h.png">{=A ~B}    | 1 | import.gift.imageMissing
            ::Q::[html]<img src\\="https\\://x.vn/h.png">Câu?{=A ~B} | 1 | import.gift.externalImage
            ⏎// [tag:difficulty:rất khó]⏎::Q::Câu hỏi?{=A ~B}        | 2 | import.gift.badDifficulty
            // [tag:difficulty:easy]⏎// [tag:difficulty:hard]⏎::Q::Câu?{=A ~B} | 2 | import.gift.twoDifficulties
            // [tag:source:Điều 1] [tag:source:Điều 2]⏎::Q::Câu?{=A ~B} | 1 | import.gift.twoSources
            """)
    void errorsNameTheirLine(String text, int line, String key) {
        if (key.contains("skipped")) {
            assertThat(readRow(text).skipped()).extracting(ImportProblem::messageKey).containsExactly(key);
            return;
        }
        assertThat(problems(text)).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(line, key));
    }

    // ------------------------------------------------------------------ Moodle's grade list, as for Moodle XML

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ::Q::Câu hỏi?{⏎~%33%A⏎~%33%B⏎~%34%C⏎~%-100%D⏎}     | 2 | %33%
            ::Q::Câu hỏi?{⏎~%50,5%A⏎~%49,5%B⏎~C⏎}              | 2 | %50,5%
            ::Q::Câu hỏi?{⏎=A⏎~%-45%B⏎}                        | 3 | %-45%
            ::Q::Câu hỏi?{⏎~%33.33%A⏎~%33.33%B⏎~%33.34%C⏎}      | 2 | %33.33%
            """)
    void aWeightOutsideMoodlesListRefusesTheFileWithItsLine(String text, int line, String weight) {
        assertThat(problems(text)).first().isEqualTo(new ImportProblem(line, "import.gift.badGrade", weight));
    }

    @Test
    void withNearestGradeAnUnlistedWeightIsTakenAsTheNearestAndThePreviewSaysSo() {
        String text = "::Q::Câu hỏi?{\n~%33%A\n~%33%B\n~%34%C\n~%-100%D\n}\n";
        Parsed p = gift.read(utf8(text), new QuestionFormat.ReadOptions(true));
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::correctIndexes)
                .isEqualTo(List.of(0, 1, 2));
        assertThat(p.warnings()).containsExactly(
                new ImportProblem(2, "import.gift.gradeNearest", "%33% → 33.33333%", "Q"),
                new ImportProblem(3, "import.gift.gradeNearest", "%33% → 33.33333%", "Q"),
                new ImportProblem(4, "import.gift.gradeNearest", "%34% → 33.33333%", "Q"));
    }

    @Test
    void mathMlInHtmlIsKeptAsReadableTextWithAWarningAndEmbeddedContentSkipsTheQuestion() {
        Parsed p = read("::Q1::[html]<p>Tính <math><msqrt><mn>16</mn></msqrt></math></p>{=4 ~8}\n\n"
                + "::Q2::[html]<p>Xem video</p><video src\\=\"https\\://v.example/1.mp4\"></video>{=A ~B}\n\n"
                + "::Q3::[html]<p>Nghe</p><audio src\\=\"@@PLUGINFILE@@/a.mp3\"></audio>{=A ~B}\n");
        assertThat(p.questions()).singleElement().extracting(QuestionDraft::stem).isEqualTo("<p>Tính √16</p>");
        assertThat(p.warnings()).containsExactly(new ImportProblem(1, "import.content.mathAsText", "√16", "Q1"));
        // a sound GIFT cannot carry is not silently dropped either
        assertThat(p.skipped()).containsExactly(
                new ImportProblem(3, "import.content.embedded", "video https://v.example/1.mp4", "Q2"),
                new ImportProblem(5, "import.content.embedded", "audio @@PLUGINFILE@@/a.mp3", "Q3"));
    }

    @Test
    void theExportNamesTheTagsMoodleWillCut() {
        String source = "Khoản 2 Điều 5 Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ";
        QuestionDraft q = draft("Q1", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                List.of(), null, source, List.of(), List.of());
        assertThat(gift.write(List.of(q)).notes()).containsExactly(
                new ImportProblem(1, "export.moodle.tagTooLong", "source:" + source, "Q1"));
    }

    @Test
    void aFileWithErrorsReportsEveryOneWithItsLineAndKeepsNothing() {
        assertThatThrownBy(() -> gift.read(FormatFixtures.resource("bad/errors.gift.txt")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::detail)
                        .containsExactly(
                                tuple(3, "import.gift.noKey", "Q1"),
                                tuple(8, "import.gift.unclosedBrace", "Q2"),
                                tuple(14, "import.gift.severalKeys", "Phương án B"),
                                tuple(20, "import.gift.badWeight", "%150%"),
                                tuple(24, "import.gift.weightsSum", "80"),
                                tuple(32, "import.gift.emptyOption", "Q6"),
                                tuple(35, "import.gift.unexpectedBrace",
                                        "Câu hỏi có dấu } thừa trước khối đáp án {=A ~B}"),
                                tuple(37, "import.gift.imageMissing", "hinh.png"),
                                tuple(39, "import.gift.unclosedTitle", "::Q9 tên câu hỏi chưa đóng{=A ~B}"),
                                tuple(41, "import.gift.secondBlock", "Q10"),
                                tuple(43, "import.gift.badDifficulty", "difficulty:rất khó")));
    }

    @Test
    void categoriesSetTheTopicOfTheQuestionsAfterThem() {
        Parsed p = read("""
                ::A::Ở gốc?{=a ~b}

                $CATEGORY: $course$/top/Kiến thức chung/Nghị định 138//2020//NĐ-CP

                ::B::Trong chủ đề?{=a ~b}

                $CATEGORY: $module$/top/Default for KTC/Hiến pháp
                ::C::Ngay sau dòng chủ đề?{=a ~b}

                $category: Tự viết/không có top
                // [id:D]
                ::D::Chữ thường?{=a ~b}

                $CATEGORY: $system$/top

                ::E::Về gốc?{=a ~b}
                """);
        assertThat(p.questions()).extracting(QuestionDraft::externalId, QuestionDraft::topic).containsExactly(
                tuple("A", List.of()),
                tuple("B", List.of("Kiến thức chung", "Nghị định 138/2020/NĐ-CP")),
                tuple("C", List.of("Default for KTC", "Hiến pháp")),
                tuple("D", List.of("Tự viết", "không có top")),
                tuple("E", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ::Tên::Câu?{=a ~b}                                  | Tên
            // [id:MA-01]⏎::Tên::Câu?{=a ~b}                     | MA-01
            // question: 5  name: Tên⏎// [id:MA\\]01]⏎Câu?{=a ~b} | MA]01
            Câu?{=a ~b}                                         |
            ::::Câu?{=a ~b}                                     |
            ::Tên có \\: hai chấm::Câu?{=a ~b}                    | Tên có : hai chấm
            """)
    void theExternalIdIsTheMoodleIdNumberElseTheTitle(String text, String id) {
        assertThat(readRow(text).questions().get(0).externalId()).isEqualTo(id);
    }

    @Test
    void htmlIsCleanedAndPlainOptionsOfAnHtmlQuestionAreEscaped() {
        QuestionDraft q = read("""
                ::H::[html]<p dir\\="ltr" style\\="text-align\\: left;" onclick\\="x()">Chọn <b>một</b>\\:</p><script>alert(1)</script>{
                \t=<p>Quốc hội</p>
                \t~[plain]a < b & c
                \t~Chính phủ
                }
                """).questions().get(0);
        assertThat(q.format()).isEqualTo(TextFormat.HTML);
        assertThat(q.stem()).isEqualTo("<p dir=\"ltr\">Chọn <b>một</b>:</p>");
        assertThat(q.choices()).extracting(Choice::text)
                .containsExactly("<p>Quốc hội</p>", "a &lt; b &amp; c", "Chính phủ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Câu <b>hỏi</b>⏎xuống dòng?{=A ~B}         | HTML  | Câu <b>hỏi</b><br>xuống dòng?
            [moodle]Câu <i>hỏi</i>?{=A ~B}           | HTML  | Câu <i>hỏi</i>?
            Điểm <50 và a < b & c?{=A ~B}            | PLAIN | Điểm <50 và a < b & c?
            Câu <hỏi>?{=A ~B}                        | PLAIN | Câu <hỏi>?
            [plain]Câu <b>hỏi</b>?{=A ~B}             | PLAIN | Câu <b>hỏi</b>?
            [markdown]Câu <b>hỏi</b>?{=A ~B}          | PLAIN | Câu <b>hỏi</b>?
            """)
    void unmarkedTextWithTagsIsTheHtmlMoodleShows(String text, TextFormat format, String stem) {
        QuestionDraft q = readRow(text).questions().get(0);
        assertThat(q.format()).isEqualTo(format);
        assertThat(q.stem()).isEqualTo(stem);
    }

    @Test
    void anImageInUnmarkedTextIsReportedNotShownAsText() {
        assertThat(problems("::Q::Hình <img src\\=\"@@PLUGINFILE@@/a.png\">?{=A ~B}"))
                .containsExactly(new ImportProblem(1, "import.gift.imageMissing", "a.png"));
    }

    @Test
    void anHtmlOptionMakesThePlainQuestionHtml() {
        QuestionDraft q = read("Câu <hỏi> & đáp\nhai dòng?{=[html]<b>A</b> ~B}").questions().get(0);
        assertThat(q.format()).isEqualTo(TextFormat.HTML);
        assertThat(q.stem()).isEqualTo("Câu &lt;hỏi&gt; &amp; đáp<br>hai dòng?");
        assertThat(q.choices()).extracting(Choice::text).containsExactly("<b>A</b>", "B");
    }

    @Test
    void decomposedVietnameseIsNormalisedToNfc() {
        String decomposed = java.text.Normalizer.normalize("Việt Nam", java.text.Normalizer.Form.NFD);
        QuestionDraft q = read("// [tag:" + decomposed + "]\n::" + decomposed + "::" + decomposed + "?{="
                + decomposed + " ~B}").questions().get(0);
        assertThat(List.of(q.externalId(), q.stem(), q.choices().get(0).text(), q.tags().get(0)))
                .containsExactly("Việt Nam", "Việt Nam?", "Việt Nam", "Việt Nam");
    }

    @Test
    void aDuplicateQuestionIsReturnedTwice() {
        Parsed p = read("::A::Câu hỏi?{=Có ~Không}\n\n::A::Câu hỏi?{=Có ~Không}\n");
        assertThat(p.questions()).hasSize(2);
        assertThat(p.questions().get(0).withoutLine()).isEqualTo(p.questions().get(1).withoutLine());
        assertThat(p.questions()).extracting(QuestionDraft::line).containsExactly(1, 3);
    }

    @Test
    void anEmptyFileIsAnError() {
        for (String text : List.of("", "\n\n", "// chỉ có chú thích\n", "$CATEGORY: $course$/top/A\n")) {
            assertThat(problems(text)).containsExactly(new ImportProblem(1, "import.gift.empty", ""));
        }
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] latin1 = "::A::Câu?{=a ~b}\n\n::B::Sai mã hóa: Việt{=a ~b}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> gift.read(latin1)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).containsExactly(new ImportProblem(1, "import.gift.encoding", "UTF-8")));
        byte[] bad = utf8("::A::Câu?{=a ~b}\n\n::B::Câu");
        byte[] withBadByte = java.util.Arrays.copyOf(bad, bad.length + 1);
        withBadByte[bad.length] = (byte) 0xC3;
        assertThatThrownBy(() -> gift.read(withBadByte)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(3));
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() {
        byte[] utf16 = "\uFEFF::A::Câu hỏi?{=Có ~Không}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(gift.read(utf16).questions()).extracting(QuestionDraft::stem).containsExactly("Câu hỏi?");
    }

    @Test
    void readsARealMoodleExport() {
        byte[] file = FormatFixtures.resource("moodle-export.gift.txt");
        Parsed p = gift.read(file);
        List<String> hienPhap = List.of("Default for KTC2025", "Hiến pháp");
        List<String> cbcc = List.of("Default for KTC2025", "Luật Cán bộ, công chức");
        assertThat(p.questions()).containsExactly(
                new QuestionDraft(11, "HP-01", QuestionType.SINGLE, TextFormat.HTML,
                        "<p dir=\"ltr\">Theo Hiến pháp năm 2013, cơ quan nào là cơ quan quyền lực nhà nước cao nhất?"
                                + "<br></p>",
                        choices(1, "<p dir=\"ltr\">Chính phủ</p>", "<p dir=\"ltr\">Quốc hội</p>",
                                "<p dir=\"ltr\">Tòa án nhân dân tối cao</p>"),
                        hienPhap, Difficulty.EASY, "Điều 69 Hiến pháp năm 2013", List.of("quốc hội"), List.of()),
                new QuestionDraft(19, "Câu 2 - Chủ tịch nước", QuestionType.TRUE_FALSE, TextFormat.HTML,
                        "<p>Theo Hiến pháp năm 2013, Chủ tịch nước là người đứng đầu Nhà nước.</p>",
                        Drafts.trueFalse(true), hienPhap, null, null, List.of(), List.of()),
                new QuestionDraft(23, "Câu 3 - Bầu cử", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Theo Hiến pháp năm 2013, công dân đủ _____ tuổi trở lên có quyền bầu cử.",
                        choices(1, "16", "18", "20", "21"), hienPhap, null, null, List.of("bầu cử"), List.of()),
                new QuestionDraft(39, "CBCC-05", QuestionType.MULTIPLE, TextFormat.HTML,
                        "<p>Những hình thức kỷ luật nào áp dụng đối với cán bộ?</p>",
                        List.of(new Choice("<p>Khiển trách</p>", true), new Choice("<p>Cảnh cáo</p>", true),
                                new Choice("<p>Hạ bậc lương</p>", false), new Choice("<p>Cách chức</p>", true),
                                new Choice("<p>Bãi nhiệm</p>", true)),
                        cbcc, Difficulty.HARD, null, List.of("kỷ luật"), List.of()),
                new QuestionDraft(70, "CBCC-09", QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                        "Cán bộ, công chức phải thực hiện cần, kiệm, liêm, chính, chí công vô tư trong hoạt động công vụ.",
                        Drafts.trueFalse(true), cbcc, Difficulty.MEDIUM, "Điều 15 Luật Cán bộ, công chức năm 2008",
                        List.of(), List.of()),
                new QuestionDraft(73, "Câu 10 - Ngạch", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Công chức loại C gồm những người được bổ nhiệm vào ngạch nào?",
                        choices(1, "Ngạch cán sự hoặc tương đương", "Ngạch chuyên viên hoặc tương đương",
                                "Ngạch chuyên viên cao cấp hoặc tương đương"),
                        cbcc, null, null, List.of(), List.of()));
        assertThat(p.skipped()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                tuple(31, "import.gift.skipped.essay"),
                tuple(48, "import.gift.skipped.shortAnswer"),
                tuple(54, "import.gift.skipped.numerical"),
                tuple(59, "import.gift.skipped.matching"),
                tuple(66, "import.gift.skipped.description"));
        // the same file saved by Notepad: BOM and CRLF change nothing, not even the lines
        assertThat(gift.read(FormatFixtures.windows(file))).isEqualTo(p);
    }

    @Test
    void readsTheSampleBank() {
        Parsed p = gift.read(FormatFixtures.sample("ktc-mau.gift.txt"));
        assertThat(p.skipped()).isEmpty();
        assertThat(p.questions()).hasSize(21);
        assertThat(p.questions()).extracting(QuestionDraft::externalId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("KTC-"));
        assertThat(p.questions()).allMatch(q -> q.difficulty() != null && q.source() != null);
        assertThat(p.questions()).extracting(QuestionDraft::type).contains(QuestionType.TRUE_FALSE,
                QuestionType.MULTIPLE);
        assertThat(p.questions()).extracting(QuestionDraft::topic).containsOnly(
                FormatFixtures.HIEN_PHAP, FormatFixtures.CBCC, FormatFixtures.ND138);
        QuestionDraft missingWord = p.questions().get(4);
        assertThat(missingWord.stem()).isEqualTo("Theo Hiến pháp năm 2013, bảo vệ Tổ quốc là nghĩa vụ thiêng liêng và"
                + " _____ của công dân. Cụm từ nào điền vào chỗ trống là đúng?");
        assertThat(p.questions().get(5).stem()).startsWith("Đúng hay sai: ");
        QuestionDraft multiple = p.questions().get(9);
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(multiple.correctIndexes()).containsExactly(0, 1, 3);
        assertThat(p.questions().get(1).format()).isEqualTo(TextFormat.HTML);
    }

    @Test
    void writesWhatMoodleWrites() {
        List<QuestionDraft> qs = List.of(
                draft("KTC-01", QuestionType.SINGLE, TextFormat.PLAIN, "Câu hỏi: 1 + 1 = ?",
                        choices(1, "1", "2"), List.of("Toán", "Cộng/trừ"), Difficulty.EASY, "Sách giáo khoa",
                        List.of("số học"), List.of()),
                draft(null, QuestionType.MULTIPLE, TextFormat.HTML, "<p>Chọn <b>các</b> số chẵn</p>",
                        List.of(new Choice("2", true), new Choice("3", false), new Choice("4", true),
                                new Choice("6", true)), List.of("Toán", "Cộng/trừ"), null, null, List.of(), List.of()),
                draft("TF", QuestionType.TRUE_FALSE, TextFormat.PLAIN, "Số 2 là số chẵn.", Drafts.trueFalse(true),
                        List.of(), null, null, List.of(), List.of()));
        QuestionFormat.Exported out = gift.write(qs);
        assertThat(out.omitted()).isEmpty();
        assertThat(new String(out.data(), StandardCharsets.UTF_8)).isEqualTo("""
                $CATEGORY: $course$/top/Toán/Cộng//trừ

                // [id:KTC-01] [tag:số học] [tag:difficulty:easy] [tag:source:Sách giáo khoa]
                ::KTC-01::Câu hỏi\\: 1 + 1 \\= ?{
                \t~1
                \t=2
                }

                [html]<p>Chọn <b>các</b> số chẵn</p>{
                \t~%33.33333%2
                \t~%-100%3
                \t~%33.33333%4
                \t~%33.33333%6
                }

                $CATEGORY: $course$/top

                // [id:TF]
                ::TF::Số 2 là số chẵn.{TRUE}

                """);
    }

    @ParameterizedTest(name = "{0} keys")
    @CsvSource({"1, 100", "2, 50", "3, 33.33333", "4, 25", "6, 16.66667", "7, 14.28571", "8, 12.5", "9, 11.11111"})
    void multipleAnswerWeightsAreWrittenAsMoodleWritesThemAndReadBack(int keys, String weight) {
        List<Choice> cs = new java.util.ArrayList<>();
        for (int i = 0; i < keys; i++) {
            cs.add(new Choice("Đúng " + i, true));
        }
        cs.add(new Choice("Sai", false));
        QuestionDraft q = draft(null, QuestionType.MULTIPLE, TextFormat.PLAIN, "Chọn?", cs, List.of(), null, null,
                List.of(), List.of());
        String text = new String(gift.write(List.of(q)).data(), StandardCharsets.UTF_8);
        assertThat(text).contains("\t~%" + weight + "%Đúng 0\n").contains("\t~%-100%Sai\n");
        assertThat(gift.read(utf8(text)).questions()).containsExactly(q.withLine(1));
    }

    @Test
    void roundTripKeepsEveryQuestionGiftCanHold() {
        List<QuestionDraft> rich = FormatFixtures.rich();
        QuestionFormat.Exported out = gift.write(rich);
        assertThat(out.omitted()).containsExactly(new ImportProblem(7, "import.gift.omitted.media", "KTC-HP-007"));
        Parsed back = gift.read(out.data());
        assertThat(back.skipped()).isEmpty();
        assertThat(FormatFixtures.withoutLines(back.questions()))
                .isEqualTo(FormatFixtures.withoutLines(FormatFixtures.richWithoutMedia()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            media         | import.gift.omitted.media
            slash topic   | import.gift.omitted.topic
            tag with <    | import.gift.omitted.tag
            tab in id     | import.gift.omitted.tag
            id ends in \\ | import.gift.omitted.tag
            two keys      | import.gift.omitted.invalid
            untrimmed     | import.gift.omitted.invalid
            reserved tag  | import.gift.omitted.invalid
            """)
    void whatGiftCannotHoldIsLeftOutWithItsReason(String kind, String key) {
        QuestionDraft ok = draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                List.of("A"), null, null, List.of("t"), List.of());
        QuestionDraft bad = switch (kind) {
            case "media" -> new QuestionDraft(0, "ID", QuestionType.SINGLE, TextFormat.HTML,
                    "<img src=\"@@PLUGINFILE@@/a.png\">", choices(0, "A", "B"), List.of(), null, null, List.of(),
                    List.of(new Media("a.png", "image/png", FormatFixtures.PNG)));
            case "slash topic" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                    List.of("A/"), null, null, List.of(), List.of());
            case "tag with <" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                    List.of(), null, null, List.of("a<b"), List.of());
            case "tab in id" -> draft("I\tD", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                    List.of(), null, null, List.of(), List.of());
            case "id ends in \\" -> draft("ID\\", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    choices(0, "A", "B"), List.of(), null, null, List.of(), List.of());
            case "two keys" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    List.of(new Choice("A", true), new Choice("B", true)), List.of(), null, null, List.of(),
                    List.of());
            case "untrimmed" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu? ", choices(0, "A", "B"),
                    List.of(), null, null, List.of(), List.of());
            case "reserved tag" -> draft("ID", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(0, "A", "B"),
                    List.of(), null, null, List.of("Difficulty:easy"), List.of());
            default -> throw new IllegalArgumentException(kind);
        };
        QuestionFormat.Exported out = gift.write(List.of(ok, bad, ok));
        assertThat(out.omitted()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2, key));
        assertThat(gift.read(out.data()).questions()).hasSize(2);
    }
}
