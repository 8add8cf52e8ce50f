package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;
import vn.thituyen.results.domain.PriorityRule;

/**
 * Issue 11 § 2: a candidate may claim several priority categories, each reviewed on its own; the highest confirmed
 * one applies (ND 138/2020/NĐ-CP Art. 5(2)), never the sum.
 */
@ApplicationTest
class PriorityClaimsTest {

    @Autowired Scenario s;

    @Test
    void eachClaimIsDecidedOnItsOwnAndTheHighestConfirmedCounts() {
        Scenario.Campaign c = s.newCampaign();
        ApplicationForm f = s.form(c.position1, "Hà Văn Lâm");
        long a = s.apply(c, new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(),
                List.of(PriorityCategory.COMPLETED_MILITARY_SERVICE, PriorityCategory.ETHNIC_MINORITY),
                f.exemption(), f.exemptionReason(), f.foreignLanguage()));
        s.closeRegistration(c);
        assertThat(s.asUser(c.candidates.get(0), () -> s.registration.myApplication(c.id)).orElseThrow()
                .priorities()).extracting(RegistrationService.Claim::category, RegistrationService.Claim::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PriorityCategory.ETHNIC_MINORITY, ClaimStatus.CLAIMED),
                        org.assertj.core.groups.Tuple.tuple(PriorityCategory.COMPLETED_MILITARY_SERVICE,
                                ClaimStatus.CLAIMED));

        // one claim decided, the other still waits: the list cannot be published
        s.asUser(c.secretary, () -> {
            s.registration.accept(a);
            s.registration.decidePriority(a, PriorityCategory.ETHNIC_MINORITY, false);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListPreview(c.id)).undecided()).isEqualTo(1);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.review.pending"));
        // a category never claimed cannot be decided
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.registration.decidePriority(a, PriorityCategory.YOUTH_VOLUNTEER, true);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.review.noClaim"));
        s.asUser(c.secretary, () -> {
            s.registration.decidePriority(a, PriorityCategory.COMPLETED_MILITARY_SERVICE, true);
            s.registration.publishEligibleList(c.id);
            return null;
        });
        CandidateInfo info = s.registration.candidate(a);
        assertThat(info.confirmedPriorities()).containsExactly(PriorityCategory.COMPLETED_MILITARY_SERVICE);
        var rules = s.campaignRules.rules(c.id);
        assertThat(PriorityRule.applicablePoints(info.confirmedPriorities(), rules)).isEqualByComparingTo("2.5");

        // the refused claim was wrong after all: corrected, both confirmed, the higher (5) counts, not the sum
        s.asUser(c.secretary, () -> s.registration.correct(a, Correction.CONFIRM_PRIORITY,
                PriorityCategory.ETHNIC_MINORITY, "Giấy khai sinh ghi dân tộc Tày, Biên bản số 5/BB-HĐTD"));
        info = s.registration.candidate(a);
        assertThat(info.confirmedPriorities()).containsExactlyInAnyOrder(PriorityCategory.ETHNIC_MINORITY,
                PriorityCategory.COMPLETED_MILITARY_SERVICE);
        assertThat(PriorityRule.applicablePoints(info.confirmedPriorities(), rules))
                .isEqualByComparingTo(new BigDecimal("5"));
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleListVersions(c.id)))
                .extracting(RegistrationService.ListVersion::correction)
                .containsExactly("PUBLISHED", "CONFIRM_PRIORITY:ETHNIC_MINORITY");
    }

    @Test
    void theFormRefusesACategoryTheRuleSetDoesNotKnowAndKeepsSeveralOnRevision() {
        Scenario.Campaign c = s.newCampaign();
        ApplicationForm f = s.form(c.position1, "Nông Thị Xuân");
        long a = s.apply(c, new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(),
                List.of(PriorityCategory.ETHNIC_MINORITY), f.exemption(), f.exemptionReason(), f.foreignLanguage()));
        String candidate = c.candidates.get(0);
        s.asUser(candidate, () -> {
            s.registration.revise(c.id, new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                    f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(),
                    List.of(PriorityCategory.ETHNIC_MINORITY, PriorityCategory.YOUTH_VOLUNTEER), f.exemption(),
                    f.exemptionReason(), f.foreignLanguage()));
            return null;
        });
        assertThat(s.asUser(candidate, () -> s.registration.myApplication(c.id)).orElseThrow().priorities())
                .extracting(RegistrationService.Claim::category)
                .containsExactlyInAnyOrder(PriorityCategory.ETHNIC_MINORITY, PriorityCategory.YOUTH_VOLUNTEER);
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM priority_claim WHERE application_id = ?",
                Integer.class, a)).isEqualTo(2);
    }
}
