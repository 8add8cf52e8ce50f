package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.Relation;

/**
 * ND 138/2020/NĐ-CP Art. 6 (ND 115/2020/NĐ-CP Art. 7 alike): a council of 5 or 7 — chair, vice-chair,
 * member-secretary, members; nobody serves whose parent, sibling, spouse, spouse's sibling or child applies.
 */
class CouncilRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "CHAIR VICE_CHAIR SECRETARY MEMBER MEMBER;                           ",
        "CHAIR VICE_CHAIR SECRETARY MEMBER MEMBER MEMBER MEMBER;             ",
        "CHAIR VICE_CHAIR SECRETARY MEMBER;                                  council.gap.size",
        "CHAIR VICE_CHAIR SECRETARY MEMBER MEMBER MEMBER;                    council.gap.size",
        "CHAIR CHAIR SECRETARY MEMBER MEMBER;                                council.gap.CHAIR council.gap.VICE_CHAIR",
        "MEMBER VICE_CHAIR SECRETARY MEMBER MEMBER;                          council.gap.CHAIR",
        "CHAIR VICE_CHAIR MEMBER MEMBER MEMBER;                              council.gap.SECRETARY",
        "'';                                                                 council.gap.size council.gap.CHAIR council.gap.VICE_CHAIR council.gap.SECRETARY",
    })
    void aCouncilHasFiveOrSevenWithOneChairViceChairAndSecretary(String seats, String gaps) {
        List<CouncilRole> roles = seats.isBlank() ? List.of()
                : Arrays.stream(seats.trim().split("\\s+")).map(CouncilRole::valueOf).toList();
        assertThat(CouncilRule.gaps(roles)).containsExactlyElementsOf(gaps == null ? List.of()
                : List.of(gaps.trim().split("\\s+")));
    }

    @ParameterizedTest(name = "{0} declared as {1}, candidate {2} → barred {3}")
    @CsvSource({
        "001095012345, PARENT,         001095012345, true",
        "001095012345, SIBLING,        001095012345, true",
        "001095012345, SPOUSE,         001095012345, true",
        "001095012345, SPOUSE_SIBLING, 001095012345, true",
        "001095012345, CHILD,          001095012345, true",
        "001095012345, CHILD,          001095099999, false",
    })
    void aRelativeWhoAppliesBarsTheMember(String declared, Relation relation, String candidate, boolean barred) {
        List<CouncilRule.Relative> conflicts = CouncilRule.conflicts(
                List.of(new CouncilRule.Relative(declared, "Người Thân", relation)), Map.of(candidate, "Thí Sinh"));
        assertThat(conflicts.isEmpty()).isEqualTo(!barred);
    }

    @ParameterizedTest(name = "{1} wanted among {0} → taken {2}")
    @CsvSource({"CHAIR, CHAIR, true", "CHAIR, VICE_CHAIR, false", "MEMBER, MEMBER, false", "SECRETARY, SECRETARY, true"})
    void singleSeatsHaveOneHolder(CouncilRole seated, CouncilRole wanted, boolean taken) {
        assertThat(CouncilRule.seatTaken(List.of(seated), wanted)).isEqualTo(taken);
    }
}
