package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.Duty;

/**
 * ND 138/2020/NĐ-CP Art. 7 (ND 115/2020/NĐ-CP Art. 8 alike): the council decides and its chair signs; the
 * member-secretary prepares the lists and results; the form-review board checks the applications.
 */
class DutyRuleTest {

    private static <E extends Enum<E>> List<E> list(Class<E> type, String s) {
        return s == null || s.isBlank() ? List.of()
                : Arrays.stream(s.trim().split("\\s+")).map(x -> Enum.valueOf(type, x)).toList();
    }

    @ParameterizedTest(name = "{0}: council {1}, boards {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "REVIEW_APPLICATIONS;   SECRETARY;  '';            true",
        "REVIEW_APPLICATIONS;   '';         FORM_REVIEW;   true",
        "REVIEW_APPLICATIONS;   MEMBER;     '';            false",
        "REVIEW_APPLICATIONS;   '';         INVIGILATION;  false",
        "PUBLISH_ELIGIBLE_LIST; SECRETARY;  '';            true",
        "PUBLISH_ELIGIBLE_LIST; '';         FORM_REVIEW;   false",
        "RESULTS;               SECRETARY;  '';            true",
        "RESULTS;               CHAIR;      '';            false",
        "RESULTS;               '';         MARKING;       false",
        "CHAIR_DECISIONS;       CHAIR;      '';            true",
        "CHAIR_DECISIONS;       VICE_CHAIR; '';            true",
        "CHAIR_DECISIONS;       SECRETARY;  '';            false",
        "CHAIR_DECISIONS;       MEMBER;     INTERVIEW;     false",
        "COMPOSE_PAPERS;        '';         QUESTIONS;     true",
        "COMPOSE_PAPERS;        CHAIR;      '';            true",
        "COMPOSE_PAPERS;        VICE_CHAIR; '';            true",
        "COMPOSE_PAPERS;        SECRETARY;  '';            false",
        "COMPOSE_PAPERS;        MEMBER;     INVIGILATION;  false",
    })
    void aDutyBelongsToItsSeats(Duty duty, String council, String boards, boolean allowed) {
        assertThat(DutyRule.allows(duty, list(CouncilRole.class, council), list(BoardKind.class, boards)))
                .isEqualTo(allowed);
    }
}
