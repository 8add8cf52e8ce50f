package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.common.Messages;
import vn.thituyen.grading.domain.BallotRule.Criterion;
import vn.thituyen.grading.domain.BallotRule.Problem;

/**
 * The đề án ballot (Official Letter 2424/BNV-CCVC (2017)): each council member scores alone, by secret ballot, on 100
 * points split over the campaign's criteria; a criterion's weight is its maximum points.
 */
class BallotRuleTest {

    /**
     * Criteria written as {@code name:weight; name:weight} (BLANK = a name of spaces); problems as
     * {@code criterion:key} (0 = the list as a whole).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Nội dung:50; Trình bày:20; Trả lời:30            | -
        Đề án:100                                        | -
        A:10; B:10; C:10; D:10; E:10; F:10; G:10; H:10; I:10; J:10 | -
        A:10; B:10; C:10; D:10; E:10; F:10; G:10; H:10; I:10; J:5; K:5 | 0:error.criteria.tooMany
        Nội dung:50; Trình bày:20                        | 0:error.criteria.sum
        Nội dung:50; Trình bày:20; Trả lời:40            | 0:error.criteria.sum
        Nội dung:50; Trình bày:0; Trả lời:50             | 2:error.criteria.weight
        Nội dung:60; Trình bày:-10; Trả lời:50           | 2:error.criteria.weight
        Nội dung:50; BLANK:20; Trả lời:30                | 2:error.criteria.name
        Nội dung:50; Trình bày:20; nội dung :30          | 3:error.criteria.duplicate
        Nội dung:50; Trình bày:20; NỘI DUNG:30           | 3:error.criteria.duplicate
        Nội dung:50; Trình  bày:20; Trình bày:30         | 3:error.criteria.duplicate
        Nội dung:50; Nội dung:0; Trả lời:30              | 2:error.criteria.duplicate 2:error.criteria.weight 0:error.criteria.sum
        Nội dung:50; Trình bày:20; Trả lời:30; Thêm:0    | 4:error.criteria.weight
        """)
    void criteria(String written, String expected) {
        assertThat(keys(BallotRule.checkCriteria(criteria(written))))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void noCriteria() {
        assertThat(keys(BallotRule.checkCriteria(List.of()))).containsExactly("0:error.criteria.empty");
        assertThat(keys(BallotRule.checkCriteria(null))).containsExactly("0:error.criteria.empty");
    }

    /** The same Vietnamese name typed precomposed (NFC) and with combining marks (NFD) is one name. */
    @Test
    void duplicateAcrossUnicodeForms() {
        String nfc = Normalizer.normalize("Trả lời câu hỏi", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("TRẢ LỜI CÂU HỎI", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        List<Problem> problems = BallotRule.checkCriteria(List.of(new Criterion(nfc, 50),
                new Criterion("  " + nfd + " ", 50)));
        assertThat(keys(problems)).containsExactly("2:error.criteria.duplicate");
        assertThat(problems.getFirst().args()).containsExactly(2, 1);
    }

    /** 200 characters is the limit, counted once composed: a name typed with combining marks is not penalised. */
    @Test
    void nameLength() {
        String max = "ả".repeat(200);
        assertThat(BallotRule.checkCriteria(List.of(new Criterion(max, 100)))).isEmpty();
        assertThat(BallotRule.checkCriteria(List.of(new Criterion(
                Normalizer.normalize(max, Normalizer.Form.NFD), 100)))).isEmpty();
        assertThat(keys(BallotRule.checkCriteria(List.of(new Criterion(max + "a", 100)))))
                .containsExactly("1:error.criteria.name");
        assertThat(keys(BallotRule.checkCriteria(List.of(new Criterion(null, 100)))))
                .containsExactly("1:error.criteria.name");
        assertThat(keys(BallotRule.checkCriteria(Collections.singletonList(null))))
                .containsExactly("1:error.criteria.name", "1:error.criteria.weight", "0:error.criteria.sum");
    }

    @Test
    void theMessagesGetTheirArguments() {
        assertThat(BallotRule.checkCriteria(criteria("A:50; B:20")).getFirst().args()).containsExactly(70L, 100);
        assertThat(BallotRule.checkCriteria(criteria("A:50; B:0; C:50")).getFirst().args()).containsExactly(2);
        assertThat(BallotRule.checkBallot(BallotRule.defaultCriteria(), scores("50 21 30")).getFirst().args())
                .containsExactly(2, 20);
        assertThat(BallotRule.checkBallot(BallotRule.defaultCriteria(), scores("50 20")).getFirst().args())
                .containsExactly(3);
    }

    /** The messages as the council reads them; the English ones are MessageFormat patterns ('' is one quote). */
    @Test
    void theMessagesRead() {
        Problem sum = BallotRule.checkCriteria(criteria("A:50; B:20")).getFirst();
        assertThat(Messages.get(Messages.ENGLISH, sum.key(), sum.args().toArray()))
                .isEqualTo("The criteria's maximum points must add up to 100 (now 70).");
        assertThat(Messages.get(Messages.VIETNAMESE, sum.key(), sum.args().toArray()))
                .isEqualTo("Tổng điểm tối đa của các tiêu chí phải bằng 100 (hiện là 70).");
        Problem range = BallotRule.checkBallot(BallotRule.defaultCriteria(), scores("50 21 30")).getFirst();
        assertThat(Messages.get(Messages.VIETNAMESE, range.key(), range.args().toArray()))
                .isEqualTo("Tiêu chí 2: điểm phải từ 0 đến 20.");
    }

    @Test
    void defaultCriteria() {
        assertThat(BallotRule.defaultCriteria()).containsExactly(
                new Criterion("Nội dung và tính khả thi của đề án", 50),
                new Criterion("Trình bày đề án", 20),
                new Criterion("Trả lời câu hỏi của hội đồng", 30));
        assertThat(BallotRule.checkCriteria(BallotRule.defaultCriteria())).isEmpty();
    }

    /** Against the default criteria (50 / 20 / 30); {@code null} is a score left blank. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        45 18 27          | -                                       | 90.00
        50 20 30          | -                                       | 100.00
        0 0 0             | -                                       | 0.00
        42.5 17.25 25.75  | -                                       | 85.50
        42.50 17.250 25.7500 | -                                    | 85.50
        50.01 20 30       | 1:error.ballot.range                    |
        50 20.5 30        | 2:error.ballot.range                    |
        45 -1 27          | 2:error.ballot.range                    |
        45 18 27.125      | 3:error.ballot.scale                    |
        45 -0.001 27      | 2:error.ballot.range 2:error.ballot.scale |
        45 null 27        | 2:error.ballot.missing                  |
        45 18             | 0:error.ballot.count                    |
        45 18 27 10       | 0:error.ballot.count                    |
        """)
    void ballot(String written, String expected, String total) {
        List<BigDecimal> scores = scores(written);
        assertThat(keys(BallotRule.checkBallot(BallotRule.defaultCriteria(), scores)))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
        if (total != null) {
            BigDecimal sum = BallotRule.total(scores);
            assertThat(sum).isEqualByComparingTo(total);
            assertThat(sum.scale()).isEqualTo(2);
            assertThat(sum.toPlainString()).isEqualTo(total);
        }
    }

    @Test
    void noScoresAtAll() {
        assertThat(keys(BallotRule.checkBallot(BallotRule.defaultCriteria(), null)))
                .containsExactly("0:error.ballot.count");
        assertThat(keys(BallotRule.checkBallot(BallotRule.defaultCriteria(), List.of())))
                .containsExactly("0:error.ballot.count");
    }

    @Test
    void aBallotNeedsValidCriteria() {
        assertThatThrownBy(() -> BallotRule.checkBallot(criteria("A:50; B:20"), scores("1 1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotRule.checkBallot(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totalRefusesWhatCheckBallotRefuses() {
        assertThatThrownBy(() -> BallotRule.total(scores("1.125 2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotRule.total(scores("1 null")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BallotRule.total(List.of()).toPlainString()).isEqualTo("0.00");
    }

    private static List<Criterion> criteria(String written) {
        return Arrays.stream(written.split(";")).map(c -> {
            int colon = c.lastIndexOf(':');
            String name = c.substring(0, colon).replaceFirst("^ ", "");
            return new Criterion(name.equals("BLANK") ? "   " : name,
                    Integer.parseInt(c.substring(colon + 1).strip()));
        }).toList();
    }

    private static List<BigDecimal> scores(String written) {
        List<BigDecimal> out = new ArrayList<>();
        for (String s : written.strip().split("\\s+")) {
            out.add(s.equals("null") ? null : new BigDecimal(s));
        }
        return out;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.criterion() + ":" + p.key()).toList();
    }
}
