package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.delivery.domain.TypedPaperRule.Question;

/**
 * A written paper typed on computer is whole when its questions carry points adding up to the part's maximum
 * (ND 138/2020/NĐ-CP Art. 8–9: a written part is marked on 100 points, or the plan's maximum).
 */
class TypedPaperRuleTest {

    /** "text:points" pairs separated by spaces; "_" stands for an empty text, "-" for no points. */
    private static List<Question> paper(String spec) {
        List<Question> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String q : spec.trim().split("\\s+")) {
            String[] p = q.split(":");
            out.add(new Question(p[0].equals("_") ? " " : p[0].replace('~', ' '),
                    p[1].equals("-") ? null : new BigDecimal(p[1])));
        }
        return out;
    }

    @ParameterizedTest(name = "[{0}] of {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
        Câu~một:100                         | 100 | NONE
        Câu~một:60 Câu~hai:40               | 100 | NONE
        Câu~một:60,5 Câu~hai:39,5           | 100 | NONE
        Câu~một:30 Câu~hai:20               | 50  | NONE
        Câu~một:60 Câu~hai:30               | 100 | total=error.typed.total
        Câu~một:60 Câu~hai:50               | 100 | total=error.typed.total
        Câu~một:60 _:40                     | 100 | question-2-text=validation.required
        Câu~<b>một</b>:100                  | 100 | question-1-text=validation.text.chars
        Câu~một:0 Câu~hai:100               | 100 | question-1-points=error.typed.points
        Câu~một:-10 Câu~hai:110             | 100 | question-1-points=error.typed.points
        Câu~một:- Câu~hai:100               | 100 | question-1-points=error.typed.points
        Câu~một:33.333 Câu~hai:66.667       | 100 | question-1-points=error.typed.points
        Câu~một:150                         | 100 | question-1-points=error.typed.points
        NONE                                | 100 | questions=error.typed.noQuestions
        """)
    void paperIsWhole(String spec, BigDecimal max, String expected) {
        String s = spec == null ? null : spec.replace(',', '.');
        var errors = TypedPaperRule.check(paper(s), max);
        if (expected == null) {
            assertThat(errors).isEmpty();
        } else {
            String[] e = expected.split("=");
            assertThat(errors).containsEntry(e[0], e[1]);
        }
    }

    @ParameterizedTest(name = "{0} questions → {1}")
    @CsvSource({"20, true", "21, false"})
    void atMostTwentyQuestions(int count, boolean whole) {
        List<Question> qs = new ArrayList<>(Collections.nCopies(count, new Question("Câu hỏi", new BigDecimal("5"))));
        BigDecimal max = new BigDecimal(5 * count);
        assertThat(TypedPaperRule.check(qs, max).isEmpty()).isEqualTo(whole);
    }

    @ParameterizedTest(name = "a question text of {0} characters → whole {1}")
    @CsvSource({"4000, true", "4001, false"})
    void questionTextIsBounded(int length, boolean whole) {
        assertThat(TypedPaperRule.check(List.of(new Question("a".repeat(length), new BigDecimal("100"))),
                new BigDecimal("100")).isEmpty()).isEqualTo(whole);
    }
}
