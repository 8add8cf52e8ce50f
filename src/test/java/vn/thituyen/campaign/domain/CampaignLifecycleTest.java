package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.LifecycleStep;

/**
 * The order of a campaign (ND 138/2020/NĐ-CP Art. 13–15, ND 115/2020/NĐ-CP Art. 15–17): announce, receive
 * applications in the announced period, publish the eligible list, hold the rounds, approve, publish.
 */
class CampaignLifecycleTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T17:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T17:00:00Z");

    @ParameterizedTest(name = "{0} from {1} at {2}, {3} positions ({4} unplanned) → {5}")
    @CsvSource({
        // step, status, now, positions, without plan, refusal (empty = allowed)
        "ANNOUNCE,              DRAFT,                   2026-02-01T00:00:00Z, 2, 0, ",
        "ANNOUNCE,              DRAFT,                   2026-02-01T00:00:00Z, 0, 0, error.campaign.step.noPositions",
        "ANNOUNCE,              DRAFT,                   2026-02-01T00:00:00Z, 2, 1, error.campaign.step.noPlan",
        "ANNOUNCE,              ANNOUNCED,               2026-02-01T00:00:00Z, 2, 0, error.campaign.step.order",
        "OPEN_REGISTRATION,     ANNOUNCED,               2026-03-01T17:00:00Z, 2, 0, ",
        "OPEN_REGISTRATION,     ANNOUNCED,               2026-03-01T16:59:59Z, 2, 0, error.campaign.step.notYetOpen",
        "OPEN_REGISTRATION,     ANNOUNCED,               2026-03-31T17:00:00Z, 2, 0, error.campaign.step.windowOver",
        "OPEN_REGISTRATION,     DRAFT,                   2026-03-05T00:00:00Z, 2, 0, error.campaign.step.order",
        "CLOSE_REGISTRATION,    REGISTRATION_OPEN,       2026-04-01T00:00:00Z, 2, 0, ",
        "CLOSE_REGISTRATION,    ANNOUNCED,               2026-04-01T00:00:00Z, 2, 0, error.campaign.step.order",
        "PUBLISH_ELIGIBLE_LIST, REGISTRATION_OPEN,       2026-04-01T00:00:00Z, 2, 0, error.campaign.step.order",
        "PUBLISH_ELIGIBLE_LIST, REGISTRATION_CLOSED,     2026-04-01T00:00:00Z, 2, 0, ",
        "START_EXAMS,           ELIGIBLE_LIST_PUBLISHED, 2026-04-01T00:00:00Z, 2, 0, ",
        "APPROVE_RESULTS,       EXAMS,                   2026-05-01T00:00:00Z, 2, 0, ",
        "APPROVE_RESULTS,       REGISTRATION_CLOSED,     2026-05-01T00:00:00Z, 2, 0, error.campaign.step.order",
        "PUBLISH_RESULTS,       RESULTS_APPROVED,        2026-05-01T00:00:00Z, 2, 0, ",
        "PUBLISH_RESULTS,       EXAMS,                   2026-05-01T00:00:00Z, 2, 0, error.campaign.step.order",
        "CLOSE,                 RESULTS_PUBLISHED,       2026-06-01T00:00:00Z, 2, 0, ",
        "CLOSE,                 CLOSED,                  2026-06-01T00:00:00Z, 2, 0, error.campaign.step.order",
    })
    void stepsGoForwardInOrder(LifecycleStep step, CampaignStatus status, Instant now, int positions, int unplanned,
            String refusal) {
        assertThat(CampaignLifecycle.refusal(step, status, now, OPENS, CLOSES, unplanned, positions)).isEqualTo(refusal);
        if (refusal == null) {
            assertThat(CampaignLifecycle.after(step, status)).isEqualTo(step.to());
        } else if (refusal.endsWith("order")) {
            assertThatThrownBy(() -> CampaignLifecycle.after(step, status)).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "{0} at {1}: editable {2}, applications {3}")
    @CsvSource({
        "DRAFT,               2026-03-10T00:00:00Z, true,  false",
        "ANNOUNCED,           2026-02-28T00:00:00Z, true,  false",
        // once the window opens, candidates apply against what was announced
        "ANNOUNCED,           2026-03-01T17:00:00Z, false, false",
        "REGISTRATION_OPEN,   2026-03-01T16:59:59Z, false, false",
        "REGISTRATION_OPEN,   2026-03-01T17:00:00Z, false, true",
        "REGISTRATION_OPEN,   2026-03-31T16:59:59Z, false, true",
        "REGISTRATION_OPEN,   2026-03-31T17:00:00Z, false, false",
        "REGISTRATION_CLOSED, 2026-03-20T00:00:00Z, false, false",
    })
    void editableUntilTheWindowOpensAndApplicationsOnlyInIt(CampaignStatus status, Instant now, boolean editable,
            boolean applications) {
        assertThat(CampaignLifecycle.editable(status, now, OPENS)).isEqualTo(editable);
        assertThat(CampaignLifecycle.acceptsApplications(status, now, OPENS, CLOSES)).isEqualTo(applications);
    }

    @ParameterizedTest(name = "{0} at {1}: reason required {2}")
    @CsvSource({
        "CLOSE_REGISTRATION, 2026-03-20T00:00:00Z, true",
        "CLOSE_REGISTRATION, 2026-03-31T17:00:00Z, false",
        "ANNOUNCE,           2026-02-01T00:00:00Z, false",
    })
    void closingEarlyNeedsAReason(LifecycleStep step, Instant now, boolean required) {
        assertThat(CampaignLifecycle.reasonRequired(step, now, CLOSES)).isEqualTo(required);
    }
}
