package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moodle's grade list (question_bank::fraction_options_full) and its two matchings (match_grade_options): "error"
 * accepts a grade within 0.00001 of a listed one as fractions of 1 (0.001 in percent), "nearest" takes the nearest
 * listed grade, the lower one on a tie.
 */
class MoodleGradesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100       | 100
            -100      | -100
            0         | 0
            90        | 90
            83.33333  | 83.33333
            83.333    | 83.33333
            83.3333   | 83.33333
            66.66667  | 66.66667
            66.667    | 66.66667
            33.33333  | 33.33333
            33.333    | 33.33333
            -33.33333 | -33.33333
            16.66667  | 16.66667
            14.28571  | 14.28571
            14.286    | 14.28571
            12.5      | 12.5
            11.11111  | 11.11111
            5         | 5
            -5        | -5
            33.33     |
            33        |
            50.5      |
            49.5      |
            95        |
            1         |
            14.28     |
            """)
    void aGradeIsAcceptedOnlyWithinMoodlesToleranceOfAListedOne(BigDecimal grade, BigDecimal listed) {
        BigDecimal found = MoodleGrades.listed(grade);
        if (listed == null) {
            assertThat(found).isNull();
        } else {
            assertThat(found).isEqualByComparingTo(listed);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            33      | 33.33333
            -33     | -33.33333
            66      | 66.66667
            95      | 90
            97      | 100
            2.5     | 0
            2.6     | 5
            -2.5    | -5
            49.5    | 50
            14      | 14.28571
            150     | 100
            """)
    void theNearestGradeIsTheClosestListedOneAndTheLowerOnATie(BigDecimal grade, BigDecimal nearest) {
        assertThat(MoodleGrades.nearest(grade)).isEqualByComparingTo(nearest);
    }
}
