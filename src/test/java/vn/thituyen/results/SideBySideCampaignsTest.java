package vn.thituyen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.results.ResultsService.ResultLine;

/**
 * Issue 11, done-when: a CIVIL_SERVANT_2025 campaign runs to a published result under its own rules (round 1
 * general knowledge only, round 2 interview with each part's minimum) while a PUBLIC_EMPLOYEE_2020 campaign runs
 * beside it, and the people of one campaign reach nothing of the other.
 */
@ApplicationTest
class SideBySideCampaignsTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired PublicationService publication;

    @Test
    void a2025CampaignRunsToItsPublishedResultBesideAPublicEmployeeCampaign() {
        Scenario.Campaign civil = s.newCampaign(RuleSet.CIVIL_SERVANT_2025);
        Scenario.Campaign employees = s.newCampaign(RuleSet.PUBLIC_EMPLOYEE_2020);
        assertThat(s.campaigns.campaign(civil.id).kind()).isEqualTo(vn.thituyen.campaign.CampaignKind.CIVIL_SERVANT);
        assertThat(s.campaigns.campaign(employees.id).kind())
                .isEqualTo(vn.thituyen.campaign.CampaignKind.PUBLIC_EMPLOYEE);

        long an = s.apply(civil, civil.position1, "Nguyễn Thị An", null);
        long bao = s.apply(civil, civil.position1, "Trần Quốc Bảo", null);
        long cuc = s.apply(civil, civil.position1, "Lê Thị Cúc", null);
        long other = s.apply(employees, employees.position1, "Phạm Văn Viên", null);
        s.acceptAllAndPublish(civil);
        s.acceptAllAndPublish(employees);

        // the people of one campaign reach nothing of the other, both ways
        assertThatThrownBy(() -> s.asUser(civil.secretary, () -> s.registration.applications(employees.id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.campaign.notMember"));
        assertThatThrownBy(() -> s.asUser(employees.invigilator, () -> s.console.sittings(civil.id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.campaign.notMember"));
        assertThat(s.asUser(civil.chair, () -> s.campaigns.myCampaigns())).extracting(c -> c.id())
                .contains(civil.id).doesNotContain(employees.id);

        // 2025 round 1: general knowledge only, 60 questions
        s.openSittings(civil);
        s.sit(an, 45);
        s.sit(bao, 30);   // exactly half: passes
        s.sit(cuc, 29);   // under half: out
        ExamScreen screen = s.asExaminee(s.attemptOf(an), s.delivery::screen);
        assertThat(screen.parts()).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(ExamScreen.PartState.CLOSED);
            assertThat(p.questionCount()).isEqualTo(60);
        });

        // round 2 interview; 2025: each part at least half its maximum
        s.interview(civil, an, "80", "78");
        s.interview(civil, bao, "49", "48");
        long setId = s.asUser(civil.secretary, () -> results.compute(civil.id));
        Map<Long, ResultLine> byApp = s.asUser(civil.secretary, () -> results.latest(civil.id)).orElseThrow()
                .lines().stream().collect(Collectors.toMap(ResultLine::applicationId, Function.identity()));
        assertThat(byApp.get(an).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(an).total()).isEqualByComparingTo("79.0");
        assertThat(byApp.get(bao).outcome()).isEqualTo("FAILED_ROUND2");
        assertThat(byApp.get(cuc).outcome()).isEqualTo("FAILED_ROUND1");
        s.asUser(civil.chair, () -> {
            results.approve(setId);
            return null;
        });
        s.asUser(civil.secretary, () -> {
            results.publish(setId, "3/TB-HĐTD");
            return null;
        });
        assertThat(publication.published("T-" + civil.tag).orElseThrow().results().lines())
                .extracting(ResultLine::fullName).contains("Nguyễn Thị An");

        // the public-employee campaign is untouched: its list stands, nothing computed or published for it
        assertThat(s.registration.eligibleCandidates(employees.id)).extracting(c -> c.applicationId())
                .containsExactly(other);
        assertThat(publication.published("T-" + employees.tag)).isEmpty();
        assertThat(s.asUser(employees.secretary, () -> results.latest(employees.id))).isEmpty();
    }
}
