package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.registration.Correction;

/**
 * ND 138/2020/NĐ-CP Art. 8 (ND 115/2020/NĐ-CP Art. 9 alike): the council publishes the list of eligible candidates;
 * a wrong decision is corrected by a new version of the list that turns the decision into its opposite, with a
 * reason. Claims never made cannot be decided; withdrawn or undecided applications have nothing to correct.
 */
class CorrectionRuleTest {

    @ParameterizedTest(name = "{0}, priority {1}, exemption {2}: {3} → {4}")
    @CsvSource({
        "REJECTED,  NONE,      NONE,      ACCEPT,            ",
        "ACCEPTED,  NONE,      NONE,      ACCEPT,            error.review.correction.same",
        "ACCEPTED,  NONE,      NONE,      REJECT,            ",
        "REJECTED,  NONE,      NONE,      REJECT,            error.review.correction.same",
        "ACCEPTED,  CONFIRMED, NONE,      REFUSE_PRIORITY,   ",
        "ACCEPTED,  REFUSED,   NONE,      CONFIRM_PRIORITY,  ",
        "ACCEPTED,  CONFIRMED, NONE,      CONFIRM_PRIORITY,  error.review.correction.same",
        "ACCEPTED,  CLAIMED,   NONE,      CONFIRM_PRIORITY,  ",
        "ACCEPTED,  NONE,      NONE,      CONFIRM_PRIORITY,  error.review.noClaim",
        "ACCEPTED,  NONE,      CONFIRMED, REFUSE_EXEMPTION,  ",
        "ACCEPTED,  NONE,      REFUSED,   CONFIRM_EXEMPTION, ",
        "ACCEPTED,  NONE,      REFUSED,   REFUSE_EXEMPTION,  error.review.correction.same",
        "ACCEPTED,  NONE,      NONE,      REFUSE_EXEMPTION,  error.review.noClaim",
        "REJECTED,  CLAIMED,   NONE,      CONFIRM_PRIORITY,  ",
        "WITHDRAWN, NONE,      NONE,      ACCEPT,            error.review.withdrawn",
        "SUBMITTED, NONE,      NONE,      REJECT,            error.review.correction.undecided",
    })
    void aCorrectionTurnsADecisionIntoItsOpposite(ApplicationStatus status, ClaimStatus priority,
            ClaimStatus exemption, Correction correction, String refusal) {
        assertThat(CorrectionRule.refusal(status, priority, exemption, correction)).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} changes the sitting: {1}")
    @CsvSource({
        "ACCEPT, true", "REJECT, true", "CONFIRM_EXEMPTION, true", "REFUSE_EXEMPTION, true",
        "CONFIRM_PRIORITY, false", "REFUSE_PRIORITY, false",
    })
    void onlyPriorityCorrectionsLeaveAPreparedRoomAlone(Correction correction, boolean touches) {
        assertThat(CorrectionRule.touchesTheSitting(correction)).isEqualTo(touches);
    }
}
