package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;
import vn.thituyen.grading.domain.BallotRule;
import vn.thituyen.grading.domain.BoardScoreRule;
import vn.thituyen.grading.domain.ConfidenceVoteRule;
import vn.thituyen.grading.domain.MarkSheet;
import vn.thituyen.grading.domain.PresentationLotRule;
import vn.thituyen.identity.Role;

/**
 * Part 2 of a leadership exam, the đề án: only the candidates at or above part 1's gate go on; they upload the plan
 * before the deadline; the presentations are drawn by lot from a recorded seed; five council members cast secret
 * ballots on the campaign's criteria, nobody sees another's ballot until all are in; a wide spread waits for the
 * chair's decision; the confidence vote is counted; part 2's scores go to results.
 */
@ApplicationTest
class ProposalDefenceTest {

    private static final List<BallotRule.Criterion> CRITERIA = List.of(
            new BallotRule.Criterion("Nội dung đề án", 40),
            new BallotRule.Criterion("Tính khả thi", 20),
            new BallotRule.Criterion("Trình bày", 10),
            new BallotRule.Criterion("Trả lời câu hỏi", 30));

    @Autowired Scenario s;
    @Autowired ProposalDefence defence;

    @Test
    void theDeAnFromUploadToPart2Scores() {
        Scenario.Leadership l = s.newLeadershipCampaign(true, false);
        Scenario.Campaign c = l.c();
        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Trần Đức Lợi");
        long a = apps.get(0);
        long below = apps.get(1);
        long b = apps.get(2);
        String candidateA = c.candidates.get(0);
        String candidateBelow = c.candidates.get(1);
        long post = l.post1();

        // nobody goes on before part 1's key is opened, nor from a withdrawn post
        assertThat(s.asUser(c.secretary, () -> defence.part2Candidates(post))).isEmpty();
        assertThat(s.asUser(c.secretary, () -> defence.part2Candidates(l.post2()))).isEmpty();
        s.markWritten(s.markingBoard(c), post, 1, Map.of(a, "72.5", below, "49.5", b, "68"));
        List<ProposalDefence.Part2Candidate> going = s.asUser(c.secretary, () -> defence.part2Candidates(post));
        assertThat(going).extracting(ProposalDefence.Part2Candidate::applicationId).containsExactlyInAnyOrder(a, b);
        assertThat(going).filteredOn(g -> g.applicationId() == a).singleElement()
                .satisfies(g -> assertThat(g.part1Mark()).isEqualByComparingTo("72.5"));

        // criteria: the default until saved; a set whose weights make 90 is refused, a good one saved
        assertThat(s.asUser(c.chair, () -> defence.criteria(c.id))).isEqualTo(BallotRule.defaultCriteria());
        assertThat(s.asUser(c.secretary, () -> defence.criteriaFrozen(c.id))).isEmpty();
        refused("error.criteria.sum", () -> s.asUser(c.chair, () -> {
            defence.saveCriteria(c.id, List.of(new BallotRule.Criterion("Nội dung", 60),
                    new BallotRule.Criterion("Trình bày", 30)));
            return null;
        }));
        assertThat(s.asUser(c.chair, () -> defence.criteria(c.id))).isEqualTo(BallotRule.defaultCriteria());
        s.asUser(c.chair, () -> {
            defence.saveCriteria(c.id, CRITERIA);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> defence.criteria(c.id))).isEqualTo(CRITERIA);

        // five council members: the chair, the secretary and three members
        String member3 = "uv3-" + c.tag;
        s.as("system-admin", Role.ADMIN, () -> {
            long m3 = s.identity.createAccount(member3, Scenario.PASSWORD, "Vương Ủy Viên", null, Role.GRADER);
            for (String u : List.of(c.grader1, c.grader2)) {
                s.councils.seat(c.id, s.identity.findByUsername(u).orElseThrow().id(), CouncilRole.MEMBER);
            }
            s.councils.seat(c.id, m3, CouncilRole.MEMBER);
            return null;
        });
        // uploads
        LocalDateTime now = LocalDateTime.now(s.clock.withZone(ClockConfiguration.ZONE));
        byte[] pdf = Scenario.pdf("Đề án: nâng cao chất lượng công tác tổ chức cán bộ");
        refused("error.proposal.noDeadline", () -> s.asUser(candidateA, () -> defence.upload(a, "de-an.pdf", pdf)));
        s.asUser(c.secretary, () -> {
            defence.setProposalDeadline(post, now.plusDays(3));
            return null;
        });
        byte[] png = new byte[200];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        refused("error.proposal.type", () -> s.asUser(candidateA, () -> defence.upload(a, "de-an.pdf", png)));
        // over the size limit (10 MB by default), even though it is a PDF
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        refused("error.proposal.tooLarge", () -> s.asUser(candidateA, () -> defence.upload(a, "de-an.pdf", big)));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM proposal_file WHERE application_id = ?", Long.class, a))
                .as("nothing stored from a refused upload").isZero();
        String sha = s.asUser(candidateA, () -> defence.upload(a, "Đề án của tôi.pdf", pdf));
        assertThat(sha).isEqualTo(Digests.sha256(pdf));
        ProposalDefence.Proposal read = s.asUser(c.grader1, () -> defence.proposal(a)).orElseThrow();
        assertThat(read.sha256()).isEqualTo(sha);
        assertThat(read.bytes()).isEqualTo(pdf);
        assertThat(read.fileName()).isEqualTo("Đề án của tôi.pdf");
        assertThat(s.asUser(candidateA, () -> defence.proposal(a))).isPresent();
        refused("error.notFound", () -> s.asUser(candidateBelow, () -> defence.proposal(a)));
        refused("error.proposal.belowGate", () -> s.asUser(candidateBelow,
                () -> defence.upload(below, "de-an.pdf", pdf)));
        s.asUser(c.chair, () -> {
            defence.setProposalDeadline(post, now.minusMinutes(1));
            return null;
        });
        refused("error.proposal.late", () -> s.asUser(candidateA, () -> defence.upload(a, "de-an-moi.pdf", pdf)));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM proposal_file WHERE application_id = ?", Long.class,
                a)).isEqualTo(1L);

        // the schedule is drawn once, and drawn again by anyone from what was recorded
        LocalDateTime start = now.plusDays(5).withHour(8).withMinute(0).withSecond(0).withNano(0);
        ProposalDefence.Schedule drawn = s.asUser(c.secretary,
                () -> defence.drawSchedule(post, List.of("Phòng họp số 1", "Phòng họp số 2"), start));
        assertThat(drawn.slots()).extracting(ProposalDefence.ScheduledSlot::applicationId)
                .containsExactlyInAnyOrder(a, b);
        assertThat(drawn.durations()).isEqualTo(new PresentationLotRule.Durations(45, 15, 10));
        ProposalDefence.Schedule recorded = s.asUser(c.grader1, () -> defence.schedule(post)).orElseThrow();
        assertThat(recorded.seed()).isEqualTo(drawn.seed());
        List<PresentationLotRule.Slot> again = PresentationLotRule.draw(recorded.candidateIds(), recorded.rooms(),
                recorded.start(), recorded.durations(), recorded.seed());
        assertThat(recorded.slots()).extracting(ProposalDefence.ScheduledSlot::applicationId)
                .containsExactlyElementsOf(again.stream().map(PresentationLotRule.Slot::candidateId).toList());
        assertThat(recorded.slots()).extracting(ProposalDefence.ScheduledSlot::starts)
                .containsExactlyElementsOf(again.stream().map(PresentationLotRule.Slot::starts).toList());
        assertThat(recorded.slots()).extracting(ProposalDefence.ScheduledSlot::fullName)
                .containsExactlyInAnyOrder("Nguyễn Thị Ánh Tuyết", "Trần Đức Lợi");
        refused("error.lot.drawn", () -> s.asUser(c.chair,
                () -> defence.drawSchedule(post, List.of("Phòng họp số 3"), start)));
        assertThat(s.jdbc.queryForObject("SELECT seed FROM presentation_lot WHERE position_id = ?", Long.class,
                post)).isEqualTo(drawn.seed());

        List<String> council = List.of(c.chair, c.secretary, c.grader1, c.grader2, member3);
        // a: 80, 82, 78, 81, 79 (spread 4: the mean, 80.0); b: 70, 76, 72, 74, 71 (spread 6: the head decides)
        List<List<String>> ballotsA = List.of(points("32", "16", "8", "24"), points("33", "17", "8", "24"),
                points("31", "16", "7", "24"), points("32", "17", "8", "24"), points("32", "16", "7", "24"));
        List<List<String>> ballotsB = List.of(points("28", "14", "7", "21"), points("30", "15", "8", "23"),
                points("29", "14", "7", "22"), points("30", "15", "7", "22"), points("28", "14", "7", "22"));
        for (int i = 0; i < 4; i++) {
            ballot(council.get(i), a, ballotsA.get(i));
        }

        // before the fifth ballot nobody sees another's ballot, nor the mean
        for (String who : council) {
            ProposalDefence.TallyRow row = tallyRow(who, post, a);
            assertThat(row.ballotsIn()).isEqualTo(4);
            assertThat(row.members()).isEqualTo(5);
            assertThat(row.ballots()).isEmpty();
            assertThat(row.spread()).isNull();
            assertThat(row.score()).isNull();
            assertThat(row.band()).isEqualTo(BoardScoreRule.Kind.INCOMPLETE);
        }
        List<ProposalDefence.MyBallot> mine = s.asUser(c.grader1, () -> defence.myBallots(c.id));
        assertThat(mine).extracting(ProposalDefence.MyBallot::applicationId).containsExactlyInAnyOrder(a, b);
        ProposalDefence.MyBallot myA = mine.stream().filter(m -> m.applicationId() == a).findFirst().orElseThrow();
        assertThat(myA.scores()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals(ballotsA.get(2)));
        assertThat(myA.total()).isEqualByComparingTo("78");
        assertThat(s.asUser(member3, () -> defence.myBallots(c.id))).allSatisfy(m -> assertThat(m.total()).isNull());
        assertThat(s.asUser(c.chair, () -> defence.part2Scores(post)).get(a)).isNull();

        // a second ballot, or one out of range, is refused and nothing is stored
        long sheetsBefore = partTwoSheets(a);
        refused("error.ballot.twice", () -> ballot(c.grader1, a, ballotsA.get(0)));
        refused("error.ballot.range", () -> ballot(member3, a, points("41", "16", "8", "24")));
        assertThat(partTwoSheets(a)).isEqualTo(sheetsBefore).isEqualTo(4);
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM proposal_ballot WHERE application_id = ?",
                Long.class, a)).isEqualTo(4L);
        refused("error.ballot.notCandidate", () -> ballot(member3, below, ballotsA.get(0)));

        ballot(member3, a, ballotsA.get(4));
        for (int i = 0; i < 5; i++) {
            ballot(council.get(i), b, ballotsB.get(i));
        }

        // every ballot in: the tally shows them, anonymous, with the spread and the band
        ProposalDefence.TallyRow rowA = tallyRow(c.grader2, post, a);
        assertThat(rowA.ballots()).hasSize(5).extracting(ProposalDefence.BallotLine::member)
                .containsExactly("Thành viên 1", "Thành viên 2", "Thành viên 3", "Thành viên 4", "Thành viên 5");
        // unnamed, listed by total rather than in the order cast
        assertThat(rowA.ballots()).extracting(ProposalDefence.BallotLine::total)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(
                        decimals(List.of("82", "81", "80", "79", "78")));
        assertThat(rowA.ballots().get(0).scores()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals(ballotsA.get(1)));
        assertThat(rowA.spread()).isEqualByComparingTo("4");
        assertThat(rowA.band()).isEqualTo(BoardScoreRule.Kind.AGREED);
        assertThat(rowA.score()).isEqualByComparingTo("80.0");
        ProposalDefence.TallyRow rowB = tallyRow(c.chair, post, b);
        assertThat(rowB.spread()).isEqualByComparingTo("6");
        assertThat(rowB.band()).isEqualTo(BoardScoreRule.Kind.DECISION_REQUIRED);
        assertThat(rowB.score()).isNull();
        assertThat(s.asUser(c.secretary, () -> defence.part2Scores(post)).get(b)).isNull();

        // the chair may not close while the decision waits; a member may not decide; the chair decides as head
        refused("error.ballot.decisionPending", () -> s.asUser(c.chair, () -> {
            defence.closeBallots(post);
            return null;
        }));
        assertThatThrownBy(() -> s.asUser(c.grader1, () -> {
            defence.decide(b, new BigDecimal("73"), "Hội đồng trao đổi");
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        refused("error.board.noDecisionNeeded", () -> s.asUser(c.chair, () -> {
            defence.decide(a, new BigDecimal("81"), "Không cần");
            return null;
        }));
        s.asUser(c.chair, () -> {
            defence.decide(b, new BigDecimal("73"), "Hội đồng trao đổi, thống nhất mức điểm");
            return null;
        });
        rowB = tallyRow(c.secretary, post, b);
        assertThat(rowB.decidedAs()).isEqualTo(MarkSheet.Kind.HEAD);
        assertThat(rowB.score()).isEqualByComparingTo("73");

        // the confidence vote: counted once every member has voted
        List<ConfidenceVoteRule.Ballot> votes = List.of(ConfidenceVoteRule.Ballot.AGREE,
                ConfidenceVoteRule.Ballot.AGREE, ConfidenceVoteRule.Ballot.AGREE, ConfidenceVoteRule.Ballot.DISAGREE,
                ConfidenceVoteRule.Ballot.INVALID);
        for (int i = 0; i < 4; i++) {
            vote(council.get(i), a, votes.get(i));
        }
        assertThat(tallyRow(c.chair, post, a).confidence()).isNull();
        refused("error.confidence.twice", () -> vote(c.chair, a, ConfidenceVoteRule.Ballot.DISAGREE));
        vote(member3, a, votes.get(4));
        ConfidenceVoteRule.Count count = tallyRow(c.chair, post, a).confidence();
        assertThat(count.agree()).isEqualTo(3);
        assertThat(count.disagree()).isEqualTo(1);
        assertThat(count.invalid()).isEqualTo(1);
        assertThat(count.castPercent()).isEqualByComparingTo("60.00");
        assertThat(count.councilPercent()).isEqualByComparingTo("60.00");

        // part 2's scores: the mean for a, the decision for b; the one below the gate is not there
        Map<Long, BigDecimal> scores = s.asUser(c.secretary, () -> defence.part2Scores(post));
        assertThat(scores).containsOnlyKeys(a, b);
        assertThat(scores.get(a)).isEqualByComparingTo("80.0");
        assertThat(scores.get(b)).isEqualByComparingTo("73");

        // closing locks part 2; the criteria cannot change once ballots are cast
        s.asUser(c.chair, () -> {
            defence.closeBallots(post);
            return null;
        });
        refused("error.ballot.closed", () -> vote(c.chair, b, ConfidenceVoteRule.Ballot.AGREE));
        refused("error.ballot.closed", () -> s.asUser(c.chair, () -> {
            defence.decide(b, new BigDecimal("74"), "Sửa lại");
            return null;
        }));
        refused("error.criteria.ballotsCast", () -> s.asUser(c.chair, () -> {
            defence.saveCriteria(c.id, BallotRule.defaultCriteria());
            return null;
        }));
        assertThat(s.asUser(c.secretary, () -> defence.criteriaFrozen(c.id)))
                .contains(ProposalDefence.CriteriaFrozen.BALLOTS_CAST);
    }

    private ProposalDefence.TallyRow tallyRow(String who, long post, long applicationId) {
        return s.asUser(who, () -> defence.tally(post)).rows().stream()
                .filter(r -> r.applicationId() == applicationId).findFirst().orElseThrow();
    }

    private void ballot(String who, long applicationId, List<String> points) {
        s.asUser(who, () -> {
            defence.castBallot(applicationId, decimals(points));
            return null;
        });
    }

    private void vote(String who, long applicationId, ConfidenceVoteRule.Ballot ballot) {
        s.asUser(who, () -> {
            defence.castConfidence(applicationId, ballot);
            return null;
        });
    }

    private long partTwoSheets(long applicationId) {
        return s.jdbc.queryForObject("SELECT COUNT(*) FROM mark_sheet WHERE application_id = ? AND part_no = 2",
                Long.class, applicationId);
    }

    private static List<String> points(String... p) {
        return Arrays.asList(p);
    }

    private static List<BigDecimal> decimals(List<String> p) {
        List<BigDecimal> out = new ArrayList<>();
        p.forEach(x -> out.add(new BigDecimal(x)));
        return out;
    }

    private static void refused(String key, ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
