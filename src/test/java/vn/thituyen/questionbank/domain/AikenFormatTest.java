package vn.thituyen.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thituyen.questionbank.domain.AikenFormat.AikenException;
import vn.thituyen.questionbank.domain.AikenFormat.LineError;
import vn.thituyen.questionbank.domain.AikenFormat.ParsedQuestion;

class AikenFormatTest {

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
        List<ParsedQuestion> q = AikenFormat.parse(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).stem()).isEqualTo("Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?");
        assertThat(q.get(0).options()).containsExactly("Chính phủ", "Quốc hội", "Tòa án nhân dân tối cao");
        assertThat(q.get(0).correctIndex()).isEqualTo(1);
        assertThat(q.get(1).line()).isEqualTo(7);
    }

    @Test
    void bomAndWindowsLineEndsAreAccepted() {
        List<ParsedQuestion> q = AikenFormat.parse("\uFEFFStem?\r\nA. x\r\nB. y\r\nANSWER: B\r\n");
        assertThat(q).singleElement().extracting(ParsedQuestion::correctIndex).isEqualTo(1);
    }

    @Test
    void decomposedDiacriticsAreNormalisedToNfc() {
        String decomposed = "Vie\u0302\u0323t Nam?";
        List<ParsedQuestion> q = AikenFormat.parse(decomposed + "\nA. a\nB. b\nANSWER: A\n");
        assertThat(q.get(0).stem()).isEqualTo("Việt Nam?");
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
        assertThatThrownBy(() -> AikenFormat.parse(text)).isInstanceOfSatisfying(AikenException.class, e ->
                assertThat(e.errors()).extracting(LineError::line, LineError::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(8, "import.aiken.answerMissing"),
                        org.assertj.core.groups.Tuple.tuple(13, "import.aiken.answerUnknown")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "A. only an option\nANSWER: A\n", "Stem\nA. a\nC. c\nANSWER: A\n",
        "Stem\nA. a\nB. b\nANSWER: A\ntrailing garbage\n"})
    void badFilesAreRejected(String text) {
        assertThatThrownBy(() -> AikenFormat.parse(text)).isInstanceOf(AikenException.class);
    }

    @Test
    void theSampleBanksParseAndHoldThreeTimesTheDraw() throws Exception {
        List<ParsedQuestion> gk = AikenFormat.parse(Files.readString(
                Path.of("question-banks/general-knowledge.aiken.txt"), StandardCharsets.UTF_8));
        List<ParsedQuestion> en = AikenFormat.parse(Files.readString(
                Path.of("question-banks/english.aiken.txt"), StandardCharsets.UTF_8));
        assertThat(gk).hasSizeGreaterThanOrEqualTo(180);
        assertThat(en).hasSizeGreaterThanOrEqualTo(90);
        assertThat(gk).extracting(ParsedQuestion::stem).doesNotHaveDuplicates();
        assertThat(en).extracting(ParsedQuestion::stem).doesNotHaveDuplicates();
    }
}
