package vn.thituyen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.PostState;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.grading.domain.BoardScoreRule;
import vn.thituyen.grading.domain.MarkSheet;
import vn.thituyen.identity.Role;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.results.ResultsService;

/**
 * The demo's finished leadership exam ({@link DemoData#LEADERSHIP_FINISHED}) is made through the services, in one
 * transaction as the demo loads it: post A has exactly one winner in results published with the document number,
 * post B is withdrawn with the reason, and the public results page lists the campaign.
 */
@ApplicationTest
class FinishedLeadershipTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.registration.RegistrationService registration;
    @Autowired WrittenMarkingService marking;
    @Autowired ProposalDefence defence;
    @Autowired ResultsService results;
    @Autowired PublicationService publication;
    @Autowired TransactionTemplate tx;
    @Autowired java.time.Clock clock;

    @Test
    void theFinishedLeadershipExamHasOneWinnerForPostAAndPostBIsWithdrawn() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String secretary = "fl-sec-" + tag;
        String chair = "fl-chair-" + tag;
        List<String> members = List.of("fl-uv1-" + tag, "fl-uv2-" + tag, "fl-uv3-" + tag);
        String anonymiser = "fl-phach-" + tag;
        String head = "fl-tbc-" + tag;
        List<String> markers = List.of("fl-ct1-" + tag, "fl-ct2-" + tag);
        s.as("system-admin", Role.ADMIN, () -> {
            s.identity.createAccount(secretary, Scenario.PASSWORD, "Trần Văn Thư Ký", null, Role.SECRETARY);
            s.identity.createAccount(chair, Scenario.PASSWORD, "Lê Minh Chủ Tịch", null, Role.CHAIR);
            for (String u : members) {
                s.identity.createAccount(u, Scenario.PASSWORD, "Ủy viên Hội đồng", null, Role.GRADER);
            }
            for (String u : List.of(anonymiser, head, markers.get(0), markers.get(1))) {
                s.identity.createAccount(u, Scenario.PASSWORD, "Cán bộ chấm thi", null, Role.GRADER);
            }
            return null;
        });
        FinishedLeadership loader = new FinishedLeadership(s.identity, s.campaigns, s.setup, s.councils,
                s.leadershipPosts, s.leadershipCandidates, registration, marking, defence, results, clock);
        String code = "TLD25-" + tag;
        FinishedLeadership.Loaded l = tx.execute(st -> loader.load(code,
                "Thi tuyển Trưởng phòng, Phó Trưởng phòng năm 2025 (" + tag + ")",
                new FinishedLeadership.Accounts("ld25" + tag, "fl-sxd-" + tag, "fl-sgd-" + tag, Scenario.PASSWORD),
                new FinishedLeadership.Staff("system-admin", secretary, chair, members, anonymiser, head, markers)));

        // the campaign exists, its results are published with the document number
        assertThat(s.campaigns.byCode(code)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(l.campaignId());
            assertThat(c.status()).isEqualTo(CampaignStatus.RESULTS_PUBLISHED);
        });
        ResultsService.ResultSetView published = results.published(l.campaignId()).orElseThrow();
        assertThat(published.documentNumber()).isEqualTo("25/TB-HĐTT");
        assertThat(published.approvedBy()).isEqualTo(chair);
        assertThat(publication.campaignsWithPublishedResults()).anySatisfy(c -> assertThat(c.code()).isEqualTo(code));

        // post A: exactly one winner, at least 50; one not selected; one out at part 1
        assertThat(published.lines()).allSatisfy(line -> assertThat(line.positionId()).isEqualTo(l.postA()));
        assertThat(published.lines()).filteredOn(line -> line.outcome().equals("WINNER")).singleElement()
                .satisfies(w -> {
                    assertThat(w.applicationId()).isEqualTo(l.winner());
                    assertThat(w.fullName()).isEqualTo("Nguyễn Thị Thu Hằng");
                    assertThat(w.total()).isEqualByComparingTo("84");
                    assertThat(w.part1Score()).isEqualByComparingTo("74.5");
                });
        assertThat(published.lines()).extracting(ResultsService.ResultLine::fullName,
                ResultsService.ResultLine::outcome).containsExactlyInAnyOrder(
                        tuple("Nguyễn Thị Thu Hằng", "WINNER"), tuple("Lê Hoàng Phúc", "NOT_SELECTED"),
                        tuple("Trần Quốc Việt", "PART1_BELOW_GATE"));
        assertThat(published.lines()).filteredOn(line -> line.applicationId() == l.outAtPart1()).singleElement()
                .satisfies(out -> assertThat(out.part1Score()).isEqualByComparingTo("47.5"));

        // part 2: the chair decided the candidate whose five ballots were more than 5 apart, with the reason
        ProposalDefence.Tally tally = s.asUser(secretary, () -> defence.tally(l.postA()));
        assertThat(tally.members()).isEqualTo(5);
        assertThat(tally.closed()).isTrue();
        assertThat(tally.rows()).filteredOn(r -> r.applicationId() == l.runnerUp()).singleElement().satisfies(r -> {
            assertThat(r.band()).isEqualTo(BoardScoreRule.Kind.DECISION_REQUIRED);
            assertThat(r.spread()).isGreaterThan(new java.math.BigDecimal("5"));
            assertThat(r.decidedAs()).isEqualTo(MarkSheet.Kind.HEAD);
            assertThat(r.score()).isEqualByComparingTo("74");
        });
        assertThat(s.asUser(secretary, () -> defence.schedule(l.postA()))).hasValueSatisfying(
                sc -> assertThat(sc.slots()).hasSize(2));
        assertThat(s.asUser(chair, () -> defence.proposal(l.winner()))).isPresent();

        // post B: withdrawn ("Không tổ chức thi") with the reason
        assertThat(s.leadershipPosts.post(l.postB())).hasValueSatisfying(
                p -> assertThat(p.state()).isEqualTo(PostState.WITHDRAWN));
        assertThat(s.leadershipPosts.decisions(l.postB())).last().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(PostState.WITHDRAWN);
            assertThat(d.reason()).isEqualTo(FinishedLeadership.WITHDRAWN_REASON);
        });
    }
}
