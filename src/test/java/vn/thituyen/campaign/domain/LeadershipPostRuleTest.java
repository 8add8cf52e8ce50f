package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.domain.LeadershipPostRule.Post;

/**
 * Official Letter 2424/BNV-CCVC (2017), docs/domain.md § Leadership exams: a leadership exam is for a first
 * appointment to the post only, and runs only with at least two eligible candidates per post.
 */
class LeadershipPostRuleTest {

    private static final Post HEAD = new Post("Trưởng phòng", "Phòng Tổ chức cán bộ", "Sở Nội vụ");

    @ParameterizedTest(name = "holds [{0} | {1} | {2}] → refused {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Trưởng phòng      | Phòng Tổ chức cán bộ     | Sở Nội vụ  | true
        trưởng phòng      | Phòng  tổ chức cán bộ    | SỞ NỘI VỤ  | true
        Phó Trưởng phòng  | Phòng Tổ chức cán bộ     | Sở Nội vụ  | false
        Trưởng phòng      | Phòng Kế hoạch – Tài chính | Sở Nội vụ | false
        Trưởng phòng      | Phòng Tổ chức cán bộ     | Sở Tư pháp | false
        Truong phong      | Phong To chuc can bo     | So Noi vu  | false
        -                 | -                        | -          | false
        """)
    void firstAppointmentOnly(String title, String division, String agency, boolean refused) {
        Post held = title == null ? null : new Post(title, division, agency);
        assertThat(LeadershipPostRule.mayBeNominated(held, HEAD).isPresent()).isEqualTo(refused);
    }

    @Test
    void aComposedOrDecomposedDiacriticIsTheSameName() {
        String decomposed = java.text.Normalizer.normalize("Trưởng phòng", java.text.Normalizer.Form.NFD);
        assertThat(LeadershipPostRule.mayBeNominated(new Post(decomposed, "Phòng Tổ chức cán bộ", "Sở Nội vụ"), HEAD))
                .contains(LeadershipPostRule.Refusal.ALREADY_HOLDS_POST);
    }

    @ParameterizedTest(name = "{0} eligible, at least {1} → goes ahead {2}")
    @CsvSource({"0, 2, false", "1, 2, false", "2, 2, true", "5, 2, true", "2, 3, false", "3, 3, true"})
    void atLeastTwoCandidatesPerPost(int eligible, int minimum, boolean ahead) {
        assertThat(LeadershipPostRule.mayGoAhead(eligible, minimum)).isEqualTo(ahead);
    }

    @Test
    void aMinimumBelowTwoIsNoCompetition() {
        assertThatThrownBy(() -> LeadershipPostRule.mayGoAhead(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
