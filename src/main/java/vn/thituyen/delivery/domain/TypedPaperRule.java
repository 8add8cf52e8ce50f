package vn.thituyen.delivery.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.common.FreeText;

/**
 * Whether a written paper typed on computer is whole (đề thi viết): one question at least, each with its text and the
 * points it carries, and the points add up to the part's maximum (ND 138/2020/NĐ-CP Art. 8 and 9: a written part is
 * marked on a scale of 100; the exam plan may give another maximum, which the paper must then carry exactly, so that
 * the markers' sheets and the results add up).
 */
public final class TypedPaperRule {

    /** The most questions a paper may hold, and the longest question text. */
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_TEXT = 4000;

    private TypedPaperRule() {
    }

    /** A question as the author sets it. */
    public record Question(String text, BigDecimal points) {
    }

    /**
     * @return the problems by field ({@code question-N-text}, {@code question-N-points}, {@code total} or
     *         {@code questions}) → message key; empty when the paper is whole
     */
    public static Map<String, String> check(List<Question> questions, BigDecimal maxScore) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (questions == null || questions.isEmpty()) {
            errors.put("questions", "error.typed.noQuestions");
            return errors;
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.put("questions", "error.typed.tooManyQuestions");
            return errors;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String text = q.text() == null ? null : q.text().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            FreeText.check(errors, "question-" + (i + 1) + "-text", text, MAX_TEXT);
            BigDecimal p = q.points();
            if (p == null || p.signum() <= 0 || p.stripTrailingZeros().scale() > 2 || p.compareTo(maxScore) > 0) {
                errors.put("question-" + (i + 1) + "-points", "error.typed.points");
            } else {
                sum = sum.add(p);
            }
        }
        if (errors.isEmpty() && sum.compareTo(maxScore) != 0) {
            errors.put("total", "error.typed.total");
        }
        return errors;
    }
}
