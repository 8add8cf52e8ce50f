package vn.thituyen.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.analysis.KeyCorrectionService.Report;
import vn.thituyen.analysis.KeyCorrectionService.Row;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.analysis.domain.KeyCorrectionProposal;
import vn.thituyen.delivery.domain.PartRescore;
import vn.thituyen.delivery.domain.PartRescoreRepository;
import vn.thituyen.questionbank.BlueprintService;

/**
 * Key corrections on the real database: proposal, before/after report, approval by the chair that re-scores the
 * closed papers (part_rescore rows, audit entry), and every refusal.
 */
@ApplicationTest
class KeyCorrectionServiceTest {

    private static final String REASON = "Phương án B trích sai điều khoản; đáp án đúng theo Luật là phương án khác.";

    @Autowired Scenario s;
    @Autowired KeyCorrectionService keyfix;
    @Autowired BlueprintService blueprints;
    @Autowired PartRescoreRepository rescores;
    @Autowired AuditLog audit;

    /**
     * Four candidates; question Q is on the papers of at least two, A and B. The key of Q is K, the correction
     * makes it X. A chose X and has 29 of 60 (fail); B chose K and has 30 of 60 (pass). Part 2 all right.
     */
    private final class Sat {
        final Scenario.Campaign c = s.newCampaign();
        final String author = AnalysisFixture.author(s, c);
        final long a;
        final long b;
        final long q;
        final int k;
        final int x;
        final List<Long> apps;

        Sat() {
            AnalysisFixture.isolatePart1(s, blueprints, c);
            apps = List.of(s.apply(c, c.position1, "Nguyễn Văn An", null), s.apply(c, c.position1, "Trần Thị Bích", null),
                    s.apply(c, c.position2, "Lê Văn Cường", null), s.apply(c, c.position2, "Phạm Thị Dung", null));
            s.acceptAllAndPublish(c);
            s.openSittings(c);
            Map.Entry<Long, List<Long>> shared = AnalysisFixture.sharedQuestion(s, apps);
            q = shared.getKey();
            a = shared.getValue().get(0);
            b = shared.getValue().get(1);
            k = Scenario.singleKeys(s.examQuestions.answerKeys(List.of(q))).get(q);
            x = (k + 1) % 4;
            AnalysisFixture.sit(s, a, AnalysisFixture.rightOn(29, q, x), AnalysisFixture.ALL_RIGHT);
            AnalysisFixture.sit(s, b, AnalysisFixture.rightOn(29, q, k), AnalysisFixture.ALL_RIGHT);
            for (long other : apps) {
                if (other != a && other != b) {
                    s.sit(other, 40, 20);
                }
            }
        }

        long propose() {
            return s.asUser(author, () -> keyfix.propose(q, Set.of(x), REASON));
        }
    }

    @Test
    void theChairApprovesAndEveryPaperHoldingTheQuestionIsScoredAgain() {
        Sat t = new Sat();
        assertThat(AnalysisFixture.part(s, t.a, 1).getCorrectCount()).isEqualTo(29);
        assertThat(AnalysisFixture.part(s, t.a, 1).getPassed()).isFalse();
        assertThat(AnalysisFixture.part(s, t.b, 1).getCorrectCount()).isEqualTo(30);
        long id = t.propose();

        Report report = s.asUser(t.c.chair, () -> keyfix.report(id));
        assertThat(report.correction().oldKey()).isEqualTo(letter(t.k));
        assertThat(report.correction().newKey()).isEqualTo(letter(t.x));
        assertThat(report.correction().status()).isEqualTo(KeyCorrectionProposal.Status.PROPOSED);
        Row rowA = row(report, t.a);
        assertThat(rowA.chosen()).isEqualTo(letter(t.x));
        assertThat(rowA.scoreBefore()).isEqualTo(29);
        assertThat(rowA.scoreAfter()).isEqualTo(30);
        assertThat(rowA.passedBefore()).isFalse();
        assertThat(rowA.passedAfter()).isTrue();
        Row rowB = row(report, t.b);
        assertThat(rowB.chosen()).isEqualTo(letter(t.k));
        assertThat(rowB.scoreBefore()).isEqualTo(30);
        assertThat(rowB.scoreAfter()).isEqualTo(29);
        assertThat(rowB.passedBefore()).isTrue();
        assertThat(rowB.passedAfter()).isFalse();
        assertThat(report.rows()).allMatch(r -> r.campaignCode().equals("T-" + t.c.tag));
        assertThat(report.nowPassing()).isGreaterThanOrEqualTo(1);
        assertThat(report.nowFailing()).isGreaterThanOrEqualTo(1);
        // proposing changes no score
        assertThat(AnalysisFixture.part(s, t.a, 1).getCorrectCount()).isEqualTo(29);
        assertThat(s.examQuestions.answerKeys(List.of(t.q)).get(t.q)).containsExactly(t.k);

        KeyCorrectionService.Approval approval = s.asUser(t.c.chair, () -> keyfix.approve(id));
        assertThat(approval.partsRescored()).isEqualTo(report.rows().stream().filter(Row::changed).count());
        assertThat(approval.raised()).isEqualTo((int) report.raised());
        assertThat(approval.lowered()).isEqualTo((int) report.lowered());

        // the key changed on the question version, and the question's history says so
        assertThat(s.examQuestions.answerKeys(List.of(t.q)).get(t.q)).containsExactly(t.x);
        var history = s.asUser(t.author, () -> s.banks.question(t.q)).history();
        assertThat(history).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("KEY_CORRECTED");
            assertThat(h.actor()).isEqualTo(t.c.chair);
            assertThat(h.detail()).contains(letter(t.k) + " → " + letter(t.x)).contains("#" + id);
        });

        // A gained the point and now passes; B lost it and now fails; the stored parts say so
        AttemptPart partA = AnalysisFixture.part(s, t.a, 1);
        assertThat(partA.getCorrectCount()).isEqualTo(30);
        assertThat(partA.getPassed()).isTrue();
        AttemptPart partB = AnalysisFixture.part(s, t.b, 1);
        assertThat(partB.getCorrectCount()).isEqualTo(29);
        assertThat(partB.getPassed()).isFalse();
        assertThat(s.delivery.round1Outcomes(t.c.id).get(t.a).passed()).isTrue();
        assertThat(s.delivery.round1Outcomes(t.c.id).get(t.b).passed()).isFalse();

        // one part_rescore row per changed part, with the before and after
        List<PartRescore> rows = rescores.findByKeyCorrectionIdOrderById(id);
        assertThat(rows).hasSize(approval.partsRescored());
        PartRescore ra = rows.stream().filter(r -> r.getAttemptPartId().equals(partA.getId())).findFirst().orElseThrow();
        assertThat(ra.getCorrectBefore()).isEqualTo(29);
        assertThat(ra.getCorrectAfter()).isEqualTo(30);
        assertThat(ra.isPassedBefore()).isFalse();
        assertThat(ra.isPassedAfter()).isTrue();
        assertThat(ra.getRescoredAt()).isNotNull();
        PartRescore rb = rows.stream().filter(r -> r.getAttemptPartId().equals(partB.getId())).findFirst().orElseThrow();
        assertThat(rb.getCorrectBefore()).isEqualTo(30);
        assertThat(rb.getCorrectAfter()).isEqualTo(29);
        assertThat(rb.isPassedBefore()).isTrue();
        assertThat(rb.isPassedAfter()).isFalse();

        // the audit chain records the proposal and the approval, by who did them
        List<AuditLog.AuditLine> lines = s.asUser(t.c.chair, () -> audit.page(0, 500));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.action()).isEqualTo("KeyCorrected");
            assertThat(l.actor()).isEqualTo(t.c.chair);
            assertThat(l.details()).contains("correctionId=" + id).contains("questionId=" + t.q)
                    .contains("partsRescored=" + approval.partsRescored());
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.action()).isEqualTo("KeyCorrectionProposed");
            assertThat(l.actor()).isEqualTo(t.author);
            assertThat(l.details()).contains("correctionId=" + id).contains(REASON);
        });
        assertThat(s.asUser(t.c.chair, audit::verifyChain).intact()).isTrue();

        var listed = s.asUser(t.author, keyfix::corrections).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow();
        assertThat(listed.status()).isEqualTo(KeyCorrectionProposal.Status.APPROVED);
        assertThat(listed.decidedBy()).isEqualTo(t.c.chair);
        assertThat(listed.partsRescored()).isEqualTo(approval.partsRescored());

        // the report after approval still shows the change, and the PDF prints it
        assertThat(row(s.asUser(t.c.chair, () -> keyfix.report(id)), t.a).scoreAfter()).isEqualTo(30);
        ReportFile pdf = s.asUser(t.c.chair, () -> keyfix.reportPdf(id, java.util.Locale.forLanguageTag("vi")));
        assertThat(new String(pdf.data(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).isEqualTo("dinh-chinh-dap-an-" + id + ".pdf");

        // a second approval (or a rejection) of the same proposal is refused
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> keyfix.approve(id)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.decided");
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> {
            keyfix.reject(id, "Không cần nữa");
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.keyfix.decided");
        assertThat(rescores.findByKeyCorrectionIdOrderById(id)).hasSize(approval.partsRescored());
    }

    @Test
    void onlyAChairOtherThanTheProposerApprovesAndProposalsAreChecked() {
        Sat t = new Sat();
        // proposals are checked
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.propose(t.q, Set.of(t.k), REASON)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.same");
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.propose(t.q, Set.of(4), REASON)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.outOfRange");
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.propose(t.q, Set.of(), REASON)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.empty");
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.propose(t.q, Set.of(t.x), "  ")))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> s.asUser(t.c.secretary, () -> keyfix.propose(t.q, Set.of(t.x), REASON)))
                .isInstanceOf(AccessDeniedException.class);

        long id = t.propose();
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.propose(t.q, Set.of(t.k, t.x), REASON)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.pending");
        // the question board proposes, it does not approve; nor do other staff
        assertThatThrownBy(() -> s.asUser(t.author, () -> keyfix.approve(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(t.c.secretary, () -> keyfix.approve(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(t.c.secretary, () -> keyfix.report(id)))
                .isInstanceOf(AccessDeniedException.class);
        // the chair rejects with a reason, kept in the audit log
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> {
            keyfix.reject(id, "");
            return null;
        })).isInstanceOf(FieldErrors.class);
        s.asUser(t.c.chair, () -> {
            keyfix.reject(id, "Đáp án gốc đúng theo văn bản hợp nhất.");
            return null;
        });
        assertThat(s.asUser(t.c.chair, () -> audit.page(0, 500))).anySatisfy(l -> {
            assertThat(l.action()).isEqualTo("KeyCorrectionRejected");
            assertThat(l.details()).contains("correctionId=" + id).contains("Đáp án gốc đúng theo văn bản hợp nhất.");
        });
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> keyfix.approve(id)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.decided");

        // a chair never approves their own proposal: a change of scores takes two people
        long own = s.asUser(t.c.chair, () -> keyfix.propose(t.q, Set.of(t.x), REASON));
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> keyfix.approve(own)))
                .isInstanceOf(DomainException.class).hasMessage("error.keyfix.ownProposal");
        assertThat(s.examQuestions.answerKeys(List.of(t.q)).get(t.q)).containsExactly(t.k);
        assertThat(AnalysisFixture.part(s, t.a, 1).getCorrectCount()).isEqualTo(29);
        assertThat(rescores.countByKeyCorrectionId(own)).isZero();
    }

    @Test
    void lockedResultsRefuseTheCorrectionAndChangeNothing() {
        Sat t = new Sat();
        long id = t.propose();
        s.campaigns.lockResults(t.c.id);
        assertThatThrownBy(() -> s.asUser(t.c.chair, () -> keyfix.approve(id)))
                .isInstanceOf(DomainException.class).hasMessage("error.results.locked");
        assertThat(s.examQuestions.answerKeys(List.of(t.q)).get(t.q)).containsExactly(t.k);
        assertThat(AnalysisFixture.part(s, t.a, 1).getCorrectCount()).isEqualTo(29);
        assertThat(AnalysisFixture.part(s, t.b, 1).getCorrectCount()).isEqualTo(30);
        assertThat(rescores.countByKeyCorrectionId(id)).isZero();
        assertThat(s.asUser(t.author, keyfix::corrections).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow().status()).isEqualTo(KeyCorrectionProposal.Status.PROPOSED);
    }

    @Test
    void aRunningPartHoldingTheQuestionDelaysTheApprovalUntilItCloses() {
        Scenario.Campaign c = s.newCampaign();
        String author = AnalysisFixture.author(s, c);
        AnalysisFixture.isolatePart1(s, blueprints, c);
        long done = s.apply(c, c.position1, "Đặng Văn Em", null);
        long running = s.apply(c, c.position1, "Võ Thị Giang", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long q = AnalysisFixture.paper(s, running, 1).get(0);
        int k = Scenario.singleKeys(s.examQuestions.answerKeys(List.of(q))).get(q);
        int x = (k + 1) % 4;
        AnalysisFixture.sit(s, done, AnalysisFixture.ALL_RIGHT, AnalysisFixture.ALL_RIGHT);
        // the second candidate chose X for Q and is still answering part 1
        AnalysisFixture.startAndAnswer(s, running, (seq, question, key, n) -> question == q ? x : key);
        try {
            long id = s.asUser(author, () -> keyfix.propose(q, Set.of(x), REASON));
            assertThatThrownBy(() -> s.asUser(c.chair, () -> keyfix.approve(id)))
                    .isInstanceOf(DomainException.class).hasMessage("error.keyfix.partsRunning");
            assertThat(s.examQuestions.answerKeys(List.of(q)).get(q)).containsExactly(k);

            AnalysisFixture.submitRunningPart(s, running);
            assertThat(AnalysisFixture.part(s, running, 1).getCorrectCount()).isEqualTo(59);
            KeyCorrectionService.Approval approval = s.asUser(c.chair, () -> keyfix.approve(id));
            assertThat(AnalysisFixture.part(s, running, 1).getCorrectCount()).isEqualTo(60);
            assertThat(approval.raised()).isGreaterThanOrEqualTo(1);
        } finally {
            if (AnalysisFixture.part(s, running, 1).isOpen()) {
                AnalysisFixture.submitRunningPart(s, running);   // leave no running part in the shared database
            }
        }
    }

    private Row row(Report report, long applicationId) {
        long attemptId = s.attemptOf(applicationId);
        return report.rows().stream().filter(r -> r.attemptId() == attemptId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for application " + applicationId));
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
