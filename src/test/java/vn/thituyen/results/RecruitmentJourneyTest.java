package vn.thituyen.results;

import vn.thituyen.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/** A whole campaign through the real services and database: registration to published results. */
@ApplicationTest
class RecruitmentJourneyTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired PublicationService publication;

    @Test
    void fromRegistrationToPublishedResults() {
        Scenario.Campaign c = s.newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", PriorityCategory.ETHNIC_MINORITY);
        long cuong = s.apply(c, c.position1, "Lê Đức Cường", null);
        long dung = s.apply(c, c.position2, "Phạm Thu Dung", null);
        long em = s.apply(c, c.position2, "Hoàng Văn Em", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);

        s.sit(an, 45, 20);
        s.sit(binh, 30, 15);   // exactly 50 % in each part: passes
        s.sit(cuong, 29, 30);  // 29/60 general knowledge: fails round 1
        s.sit(dung, 50, 25);
        s.sit(em, 40, 14);     // 14/30 foreign language: fails

        s.interview(c, an, "80", "78");      // spread 2 → 79.0
        s.interview(c, binh, "70", "72");    // 71.0 + 5 priority = 76.0
        s.interview(c, dung, "49", "49");    // below 50

        long setId = s.asUser(c.secretary, () -> results.compute(c.id));
        ResultSetView view = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow();
        Map<Long, ResultLine> byApp = byApplication(view.lines());
        assertThat(byApp.get(an).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(an).rank()).isEqualTo(1);
        assertThat(byApp.get(an).total()).isEqualByComparingTo("79.0");
        assertThat(byApp.get(binh).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(binh).priorityPoints()).isEqualByComparingTo("5");
        assertThat(byApp.get(binh).total()).isEqualByComparingTo("76.0");
        assertThat(byApp.get(cuong).outcome()).isEqualTo("FAILED_ROUND1");
        assertThat(byApp.get(dung).outcome()).isEqualTo("FAILED_ROUND2");
        assertThat(byApp.get(em).outcome()).isEqualTo("FAILED_ROUND1");

        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });
        // approved results lock every score
        assertThatThrownBy(() -> s.interview(c, an, "10", "10"))
                .isInstanceOf(DomainException.class).hasMessage("error.results.locked");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> results.compute(c.id)))
                .isInstanceOf(DomainException.class).hasMessage("error.results.locked");

        assertThat(publication.published("T-" + c.tag)).isEmpty();
        s.asUser(c.secretary, () -> {
            results.publish(setId, "15/TB-HĐTD");
            return null;
        });
        var published = publication.published("T-" + c.tag).orElseThrow();
        assertThat(published.results().lines()).extracting(ResultLine::fullName)
                .contains("Nguyễn Thị Ánh", "Trần Văn Bình");
    }

    @Test
    void tieAtTheLastPlaceWaitsForTheChairsRecordedDecision() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position2, "Vũ Thị Hằng", null);
        long b = s.apply(c, c.position2, "Đặng Văn Khoa", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 40, 20);
        s.sit(b, 50, 25);
        s.interview(c, a, "70", "72");
        s.interview(c, b, "71", "71");   // both 71.0, quota 1: a real tie

        long v1 = s.asUser(c.secretary, () -> results.compute(c.id));
        ResultSetView draft = s.asUser(c.chair, () -> results.latest(c.id)).orElseThrow();
        assertThat(draft.lines()).extracting(ResultLine::outcome).containsOnly("TIE_PENDING");
        assertThatThrownBy(() -> s.asUser(c.chair, () -> {
            results.approve(v1);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.results.tiePending");

        long v2 = s.asUser(c.chair, () -> results.decideTie(v1, c.position2, List.of(b),
                "Quyết định của Giám đốc Sở: ưu tiên kinh nghiệm công tác"));
        ResultSetView decided = s.asUser(c.chair, () -> results.latest(c.id)).orElseThrow();
        assertThat(decided.id()).isEqualTo(v2);
        Map<Long, ResultLine> byApp = byApplication(decided.lines());
        assertThat(byApp.get(b).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(a).outcome()).isEqualTo("NOT_SELECTED");
        assertThat(decided.tieDecisions()).singleElement().satisfies(d -> {
            assertThat(d.decidedBy()).isEqualTo(c.chair);
            assertThat(d.reason()).contains("kinh nghiệm");
        });
        s.asUser(c.chair, () -> {
            results.approve(v2);
            return null;
        });
    }

    @Test
    void aWideSpreadNeedsTheHeadsScoreWithAReason() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Ngô Bảo Châu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 40, 20);
        s.interview(c, a, "60", "70");   // spread 10 > 5
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> results.compute(c.id)))
                .isInstanceOf(DomainException.class).hasMessage("error.results.round2Pending");
        assertThatThrownBy(() -> s.asUser(c.grader2, () -> {
            s.grading.decideScore(a, new BigDecimal("65"), "trao đổi");
            return null;
        })).hasMessage("error.board.notHead");
        s.asUser(c.grader1, () -> {
            s.grading.decideScore(a, new BigDecimal("66.5"), "Ban thống nhất sau trao đổi");
            return null;
        });
        s.asUser(c.secretary, () -> results.compute(c.id));
        ResultSetView view = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow();
        assertThat(view.lines().get(0).round2Score()).isEqualByComparingTo("66.5");
        assertThat(view.lines().get(0).outcome()).isEqualTo("WINNER");
    }

    /**
     * Results wait until round 1 is over in every room: a candidate who has not started yet may still arrive while
     * the sitting is open. The refusal names the room; once the sitting is closed the results are computed.
     */
    @Test
    void resultsWaitUntilRound1IsOverInEveryRoom() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Đinh Thị Mai", null);
        long b = s.apply(c, c.position1, "Bùi Văn Nam", null);
        s.acceptAllAndPublish(c);
        java.util.List<Long> sittings = s.openSittings(c);
        s.sit(a, 40, 20);   // b has not come yet
        s.interview(c, a, "70", "72");
        String room = s.asUser(c.secretary, () -> s.registration.rooms(c.id)).get(0).name();

        assertThatThrownBy(() -> s.asUser(c.secretary, () -> results.compute(c.id)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.results.round1Open");
                    assertThat(e.params()).containsExactly(room);
                });
        assertThat(s.asUser(c.secretary, () -> results.latest(c.id))).isEmpty();

        s.asUser(c.secretary, () -> {
            sittings.forEach(s.console::closeSitting);
            return null;
        });
        s.asUser(c.secretary, () -> results.compute(c.id));
        Map<Long, ResultLine> byApp = byApplication(s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow()
                .lines());
        assertThat(byApp.get(a).outcome()).isEqualTo("WINNER");
        assertThat(byApp.get(b).outcome()).isEqualTo("FAILED_ROUND1");
    }

    private static Map<Long, ResultLine> byApplication(List<ResultLine> lines) {
        return lines.stream().collect(java.util.stream.Collectors.toMap(ResultLine::applicationId, l -> l));
    }
}
