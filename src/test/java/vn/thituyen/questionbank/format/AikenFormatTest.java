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
import org.junit.jupiter.params.provider.ValueSource;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;

class AikenFormatTest {

    private final AikenFormat aiken = new AikenFormat();

    private List<QuestionDraft> parse(String text) {
        return aiken.read(utf8(text)).questions();
    }

    @Test
    void identifiesItself() {
        assertThat(List.of(aiken.id(), aiken.extension(), aiken.mimeType()))
                .containsExactly("aiken", "txt", "text/plain");
    }

    @Test
    void parsesVietnameseQuestions() {
        String text = """
                Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?
                A. Chính phủ
                B) Quốc hội
                C. Tòa án nhân dân tối cao
                ANSWER: B

                Câu hỏi thứ hai?
                A. Có
                B. Không
                ANSWER: A
                """;
        QuestionFormat.Parsed p = aiken.read(utf8(text));
        assertThat(p.skipped()).isEmpty();
        assertThat(p.questions()).containsExactly(
                QuestionDraft.single(1, "Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?",
                        List.of("Chính phủ", "Quốc hội", "Tòa án nhân dân tối cao"), 1),
                QuestionDraft.single(7, "Câu hỏi thứ hai?", List.of("Có", "Không"), 0));
        assertThat(p.questions()).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
            assertThat(q.format()).isEqualTo(TextFormat.PLAIN);
        });
    }

    @Test
    void bomAndWindowsLineEndsAreAccepted() {
        assertThat(parse("\uFEFFStem?\r\nA. x\r\nB. y\r\nANSWER: B\r\n"))
                .singleElement().extracting(QuestionDraft::correctIndexes).isEqualTo(List.of(1));
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() {
        byte[] utf16 = "\uFEFFCâu hỏi?\nA. Có\nB. Không\nANSWER: A\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(aiken.read(utf16).questions()).extracting(QuestionDraft::stem).containsExactly("Câu hỏi?");
    }

    @Test
    void decomposedDiacriticsAreNormalisedToNfc() {
        String decomposed = "Vie\u0302\u0323t Nam?";
        List<QuestionDraft> q = parse(decomposed + "\nA. Vie\u0302\u0323t\nB. b\nANSWER: A\n");
        assertThat(q.get(0).stem()).isEqualTo("Việt Nam?");
        assertThat(q.get(0).choices().get(0).text()).isEqualTo("Việt");
    }

    @Test
    void errorsCarryLineNumbersAndNothingIsReturned() {
        String text = """
                Good question?
                A. a
                B. b
                ANSWER: A

                Missing answer?
                A. a
                B. b

                Answer out of range?
                A. a
                B. b
                ANSWER: D
                """;
        assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                        tuple(8, "import.aiken.answerMissing"),
                        tuple(13, "import.aiken.answerUnknown")));
    }

    @Test
    void aFileWithErrorsReportsEveryOneWithItsLine() {
        assertThatThrownBy(() -> aiken.read(FormatFixtures.resource("bad/errors.aiken.txt")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::detail)
                        .containsExactly(
                                tuple(8, "import.aiken.answerMissing", "Câu hỏi thiếu dòng đáp án?"),
                                tuple(13, "import.aiken.answerUnknown", "D"),
                                // the block without a stem is named once, at its first line (not its options
                                // again as a question with too few options, nor line 16 as out of order)
                                tuple(15, "import.aiken.stemExpected", "A. Dòng đầu không phải câu hỏi"),
                                tuple(21, "import.aiken.optionOrder", "B"),
                                tuple(28, "import.aiken.unexpected", "Dòng thừa")));
    }

    // ------------------------------------------------------------------ Moodle's qformat_aiken, line by line

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            letter and ")" with a space       | A) Paris
            letter and "." with a space       | A. Paris
            letter and ")" without a space    | A)Paris
            letter and "." without a space    | A.Paris
            a tab after the letter            | A)	Paris
            indented, spaces around           | '   A.   Paris   '
            """)
    void anOptionIsALetterAndABracketOrPeriodWithOrWithoutASpace(String form, String line) {
        String text = "Thủ đô của Pháp?\n" + line + "\n" + line.replace('A', 'B').replace("Paris", "Lyon")
                + "\nANSWER: A\n";
        QuestionDraft q = parse(text).get(0);
        assertThat(q.choices()).extracting(Choice::text).containsExactly("Paris", "Lyon");
        assertThat(q.correctIndexes()).containsExactly(0);
    }

    @Test
    void aMoodleFileWithoutBlankLinesAndWithStrayWhitespaceReadsAsMoodleReadsIt() {
        String text = "  Câu một?  \r\n\tA)Có\r\n\tB)Không\r\nANSWER:B\r\nCâu hai?\r\nA. x\r\nB. y\r\nC. z\r\n"
                + "ANSWER:   C   \r\n\r\n\r\n\r\nCâu ba?\nA) Hà Nội\nB) Huế\nANSWER: A) Hà Nội\n";
        List<QuestionDraft> q = parse(text);
        assertThat(q).extracting(QuestionDraft::line, QuestionDraft::stem, QuestionDraft::correctIndexes)
                .containsExactly(tuple(1, "Câu một?", List.of(1)), tuple(5, "Câu hai?", List.of(2)),
                        tuple(13, "Câu ba?", List.of(0)));
    }

    @Test
    void linesShorterThanTwoBytesArePassedOverAsMoodleDoes() {
        assertThat(parse("1\nCâu hỏi?\n.\nA. Có\n \nB. Không\nANSWER: A\n"))
                .containsExactly(QuestionDraft.single(2, "Câu hỏi?", List.of("Có", "Không"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            key not among the options   | Câu?⏎A. a⏎B. b⏎ANSWER: C                   | 4 | import.aiken.answerUnknown | C
            lowercase key               | Câu?⏎A. a⏎B. b⏎ANSWER: b                   | 4 | import.aiken.answerUnknown | b
            two keys                    | Câu?⏎A. a⏎B. b⏎ANSWER: A, B                | 4 | import.aiken.answerUnknown | A, B
            no key                      | Câu?⏎A. a⏎B. b⏎ANSWER:                     | 4 | import.aiken.answerUnknown | ''
            key line not in capitals    | Câu?⏎A. a⏎B. b⏎Answer: B                   | 4 | import.aiken.answerForm    | Answer: B
            space before the colon      | Câu?⏎A. a⏎B. b⏎ANSWER : B                  | 4 | import.aiken.answerForm    | ANSWER : B
            no key line                 | Câu?⏎A. a⏎B. b⏎⏎Câu hai?⏎A. c⏎B. d⏎ANSWER: A | 3 | import.aiken.answerMissing | Câu?
            key line missing at the end | Câu?⏎A. a⏎B. b                             | 3 | import.aiken.answerMissing | Câu?
            a stem on two lines         | Câu hỏi⏎viết hai dòng?⏎A. a⏎B. b⏎ANSWER: A  | 2 | import.aiken.unexpected    | viết hai dòng?
            a stem without options      | Câu?⏎ANSWER: A                             | 1 | import.aiken.tooFewOptions | Câu?
            one option                  | Câu?⏎A. a⏎ANSWER: A                        | 1 | import.aiken.tooFewOptions | Câu?
            a gap in the letters        | Câu?⏎A. a⏎C. c⏎D. d⏎ANSWER: A              | 3 | import.aiken.optionOrder   | B
            an empty option             | Câu?⏎A. a⏎B)⏎ANSWER: A                     | 3 | import.aiken.emptyOption   | B
            options without a stem      | A. a⏎B. b⏎C. c⏎ANSWER: A                   | 1 | import.aiken.stemExpected  | A. a
            a key without a question    | Câu?⏎A. a⏎B. b⏎ANSWER: A⏎ANSWER: B          | 5 | import.aiken.stemExpected  | ANSWER: B
            a stray line at the end     | Câu?⏎A. a⏎B. b⏎ANSWER: A⏎Ghi chú cuối tệp   | 5 | import.aiken.unexpected    | Ghi chú cuối tệp
            """)
    void eachProblemIsNamedOnceAtItsLine(String problem, String text, int line, String key, String detail) {
        assertThatThrownBy(() -> parse(text.replace("⏎", "\n"))).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).containsExactly(new ImportProblem(line, key, detail)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "A. only an option\nANSWER: A\n", "Stem\nA. a\nC. c\nANSWER: A\n",
        "Stem\nA. a\nB. b\nANSWER: A\ntrailing garbage\n", "Stem\nA. a\nANSWER: A\n"})
    void badFilesAreRejected(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ImportException.class);
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThatThrownBy(() -> parse("\n\n")).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).containsExactly(new ImportProblem(1, "import.aiken.empty", "")));
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLine() {
        byte[] latin1 = "Stem?\nA. x\nB. Café\nANSWER: A\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> aiken.read(latin1)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).containsExactly(new ImportProblem(3, "import.aiken.encoding", "UTF-8")));
    }

    @Test
    void aDuplicateQuestionIsReturnedTwice() {
        List<QuestionDraft> q = parse("Câu?\nA. Có\nB. Không\nANSWER: A\n\nCâu?\nA. Có\nB. Không\nANSWER: A\n");
        assertThat(q).extracting(QuestionDraft::line).containsExactly(1, 6);
        assertThat(q.get(0).withoutLine()).isEqualTo(q.get(1).withoutLine());
    }

    @Test
    void theSampleBanksParseAndHoldThreeTimesTheDraw() {
        List<QuestionDraft> gk = aiken.read(FormatFixtures.sample("general-knowledge.aiken.txt")).questions();
        List<QuestionDraft> en = aiken.read(FormatFixtures.sample("english.aiken.txt")).questions();
        assertThat(gk).hasSizeGreaterThanOrEqualTo(180);
        assertThat(en).hasSizeGreaterThanOrEqualTo(90);
        assertThat(gk).extracting(QuestionDraft::stem).doesNotHaveDuplicates();
        assertThat(en).extracting(QuestionDraft::stem).doesNotHaveDuplicates();
    }

    @Test
    void writesAikenExactly() {
        List<QuestionDraft> qs = List.of(
                QuestionDraft.single(0, "Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?",
                        List.of("Chính phủ", "Quốc hội"), 1),
                draft(null, QuestionType.TRUE_FALSE, TextFormat.PLAIN, "Quốc hội có nhiệm kỳ năm năm.",
                        Drafts.trueFalse(true), List.of(), null, null, List.of(), List.of()));
        QuestionFormat.Exported out = aiken.write(qs);
        assertThat(out.omitted()).isEmpty();
        assertThat(new String(out.data(), StandardCharsets.UTF_8)).isEqualTo("""
                Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?
                A. Chính phủ
                B. Quốc hội
                ANSWER: B

                Quốc hội có nhiệm kỳ năm năm.
                A. Đúng
                B. Sai
                ANSWER: A

                """);
    }

    @Test
    void aTrueFalseQuestionReadsBackAsSingleChoice() {
        QuestionDraft tf = draft(null, QuestionType.TRUE_FALSE, TextFormat.PLAIN, "Mệnh đề sai.",
                Drafts.trueFalse(false), List.of(), null, null, List.of(), List.of());
        QuestionDraft back = aiken.read(aiken.write(List.of(tf)).data()).questions().get(0);
        assertThat(back).isEqualTo(QuestionDraft.single(1, "Mệnh đề sai.", List.of("Đúng", "Sai"), 1));
    }

    @Test
    void roundTripKeepsSingleChoicePlainQuestions() {
        List<QuestionDraft> qs = List.of(
                QuestionDraft.single(0, "Theo Hiến pháp năm 2013, công dân đủ bao nhiêu tuổi có quyền bầu cử?",
                        List.of("16 tuổi", "18 tuổi", "20 tuổi", "21 tuổi"), 1),
                QuestionDraft.single(0, "Ký tự đặc biệt: {x} = ~y # z \\ \"w\" <b>?",
                        List.of("A. không phải phương án", "ANSWER: B", "%5 và 10%"), 2),
                QuestionDraft.single(0, "Câu lặp lại?", List.of("Có", "Không"), 0),
                QuestionDraft.single(0, "Câu lặp lại?", List.of("Có", "Không"), 0));
        QuestionFormat.Exported out = aiken.write(qs);
        assertThat(out.omitted()).isEmpty();
        assertThat(FormatFixtures.withoutLines(aiken.read(out.data()).questions()))
                .isEqualTo(FormatFixtures.withoutLines(qs));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            multiple answers    | import.aiken.omitted.type
            html                | import.aiken.omitted.html
            image               | import.aiken.omitted.media
            27 options          | import.aiken.omitted.tooManyOptions
            two-line stem       | import.aiken.omitted.multiline
            two-line option     | import.aiken.omitted.multiline
            stem like an option | import.aiken.omitted.unreadable
            stem like the key   | import.aiken.omitted.unreadable
            no key              | import.aiken.omitted.invalid
            blank option        | import.aiken.omitted.invalid
            """)
    void whatAikenCannotHoldIsLeftOutWithItsReason(String kind, String key) {
        List<Choice> ab = choices(0, "A", "B");
        QuestionDraft bad = switch (kind) {
            case "multiple answers" -> draft(null, QuestionType.MULTIPLE, TextFormat.PLAIN, "Câu?",
                    List.of(new Choice("A", true), new Choice("B", true)), List.of(), null, null, List.of(), List.of());
            case "html" -> draft(null, QuestionType.SINGLE, TextFormat.HTML, "<b>Câu?</b>", ab, List.of(), null,
                    null, List.of(), List.of());
            case "image" -> draft(null, QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", ab, List.of(), null, null,
                    List.of(), List.of(new Media("a.png", "image/png", FormatFixtures.PNG)));
            case "27 options" -> draft(null, QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    choices(0, java.util.stream.IntStream.range(0, 27).mapToObj(i -> "P" + i).toArray(String[]::new)),
                    List.of(), null, null, List.of(), List.of());
            case "two-line stem" -> QuestionDraft.single(0, "Dòng 1\nDòng 2", List.of("A", "B"), 0);
            case "two-line option" -> QuestionDraft.single(0, "Câu?", List.of("A\nB", "C"), 0);
            case "stem like an option" -> QuestionDraft.single(0, "A. Câu?", List.of("A", "B"), 0);
            case "stem like the key" -> QuestionDraft.single(0, "ANSWER: A", List.of("A", "B"), 0);
            case "no key" -> draft(null, QuestionType.SINGLE, TextFormat.PLAIN, "Câu?",
                    List.of(new Choice("A", false), new Choice("B", false)), List.of(), null, null, List.of(),
                    List.of());
            case "blank option" -> QuestionDraft.single(0, "Câu?", List.of("A", " "), 0);
            default -> throw new IllegalArgumentException(kind);
        };
        QuestionDraft ok = QuestionDraft.single(0, "Câu hợp lệ?", List.of("Có", "Không"), 0);
        QuestionFormat.Exported out = aiken.write(List.of(ok, bad, ok));
        assertThat(out.omitted()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2, key));
        assertThat(aiken.read(out.data()).questions()).hasSize(2);
    }

    @Test
    void topicTagsDifficultySourceAndIdHaveNoPlaceInAikenAndAreNotWritten() {
        QuestionDraft rich = draft("KTC-1", QuestionType.SINGLE, TextFormat.PLAIN, "Câu?", choices(1, "A", "B"),
                List.of("Chủ đề"), Difficulty.HARD, "Điều 1", List.of("thẻ"), List.of());
        QuestionFormat.Exported out = aiken.write(List.of(rich));
        assertThat(out.omitted()).isEmpty();
        assertThat(new String(out.data(), StandardCharsets.UTF_8)).isEqualTo("Câu?\nA. A\nB. B\nANSWER: B\n\n");
    }
}
