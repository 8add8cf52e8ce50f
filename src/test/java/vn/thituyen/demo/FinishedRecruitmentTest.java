package vn.thituyen.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.analysis.AnalysisFixture;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.grading.AppealService;
import vn.thituyen.grading.GradingService;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.identity.Role;
import vn.thituyen.notices.Inbox;
import vn.thituyen.notices.NoticeKind;
import vn.thituyen.registration.ui.MyApplicationView;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.DossierState;
import vn.thituyen.winners.WinnersService;

/**
 * The demo's finished recruitment ({@link DemoData#RECRUITMENT_FINISHED}) is made through the services, in one
 * transaction as the demo loads it: results published with the document number and one winner, the winner's
 * dossier open with its checklist and deadline, an appeal possible against the written paper (window open), the
 * notices written; and what the candidates see on their page: their result part by part with the appeal button, the
 * winner her dossier.
 */
@ApplicationTest
class FinishedRecruitmentTest extends ViewTestBase {

    @Autowired vn.thituyen.registration.RegistrationService registration;
    @Autowired WrittenMarkingService marking;
    @Autowired GradingService grading;
    @Autowired ResultsService results;
    @Autowired AppealService appeals;
    @Autowired WinnersService winners;
    @Autowired Inbox inbox;
    @Autowired vn.thituyen.registration.CandidateDocuments documents;
    @Autowired TransactionTemplate tx;
    @Autowired java.time.Clock clock;

    @Test
    void theFinishedRecruitmentHasPublishedResultsAWinnersDossierAnOpenAppealWindowAndNotices() {
        Scenario.Campaign staff = s.newCampaign(RuleSet.CIVIL_SERVANT_2025);
        String author = AnalysisFixture.author(s, staff);
        String tag = staff.tag;
        String anonymiser = "kq-phach-" + tag;
        List<String> markers = List.of("kq-tbc-" + tag, "kq-ct1-" + tag, "kq-ct2-" + tag);
        List<String> appealsBoard = List.of("kq-pk1-" + tag, "kq-pk2-" + tag, "kq-pk3-" + tag);
        s.as("system-admin", Role.ADMIN, () -> {
            s.identity.createAccount(anonymiser, Scenario.PASSWORD, "Bùi Văn Phách", null, Role.GRADER);
            for (String u : markers) {
                s.identity.createAccount(u, Scenario.PASSWORD, "Cán bộ chấm thi", null, Role.GRADER);
            }
            for (String u : appealsBoard) {
                s.identity.createAccount(u, Scenario.PASSWORD, "Cán bộ phúc khảo", null, Role.GRADER);
            }
            return null;
        });
        FinishedRoundOne sitting = new FinishedRoundOne(s.identity, s.campaigns, s.setup, registration, s.delivery,
                s.console, s.invigilation, s.banks, s.examQuestions, clock, s.councils, s.preparation);
        FinishedRecruitment loader = new FinishedRecruitment(s.identity, s.campaigns, s.setup, s.councils,
                registration, sitting, marking, grading, results, documents, clock);
        String code = "TKQ-" + tag;
        String prefix = "kq" + tag;
        FinishedRecruitment.Loaded l = tx.execute(st -> loader.load(code,
                "Kỳ thi tuyển công chức năm 2025 đã công bố kết quả (" + tag + ")", prefix, Scenario.PASSWORD,
                new FinishedRecruitment.Staff("system-admin", staff.secretary, staff.chair, author,
                        List.of(staff.invigilator, staff.invigilator2), List.of(staff.grader1, staff.grader2),
                        anonymiser, markers, appealsBoard)));

        // published with the document number, approved by the chair; one winner for the quota of one
        assertThat(s.campaigns.byCode(code)).hasValueSatisfying(
                c -> assertThat(c.status()).isEqualTo(CampaignStatus.RESULTS_PUBLISHED));
        ResultsService.ResultSetView published = results.published(l.campaignId()).orElseThrow();
        assertThat(published.documentNumber()).isEqualTo(FinishedRecruitment.DOCUMENT_NUMBER);
        assertThat(published.approvedBy()).isEqualTo(staff.chair);
        assertThat(published.lines()).extracting(ResultsService.ResultLine::fullName,
                ResultsService.ResultLine::outcome).containsExactlyInAnyOrder(
                        tuple("Nguyễn Thị Minh Châu", "WINNER"), tuple("Lò Thị Thảo", "NOT_SELECTED"),
                        tuple("Trần Văn Hiếu", "NOT_SELECTED"), tuple("Vũ Thị Lan", "NOT_SELECTED"),
                        tuple("Phạm Quốc Huy", "FAILED_ROUND2"));
        assertThat(published.lines()).filteredOn(line -> line.applicationId() == l.winner()).singleElement()
                .satisfies(w -> assertThat(w.round2Score()).isEqualByComparingTo("82.9"));
        // the confirmed priority counts in the ranking: 70.6 + 5
        assertThat(published.lines()).filteredOn(line -> line.applicationId() == l.withPriority()).singleElement()
                .satisfies(t -> assertThat(t.round2Score()).isEqualByComparingTo("70.6"));

        // the winner's dossier is open, with its checklist and deadline
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        assertThat(s.asUser(staff.secretary, () -> winners.dossiers(l.campaignId()))).singleElement()
                .satisfies(d -> {
                    assertThat(d.applicationId()).isEqualTo(l.winner());
                    assertThat(d.state()).isEqualTo(DossierState.WAITING);
                    assertThat(d.deadline()).isAfter(today);
                    assertThat(d.items()).extracting(WinnersService.ItemCheck::item).contains("DEGREES");
                });
        // she uploaded the scan of her degrees, waiting for the secretary's check
        assertThat(s.asUser(staff.secretary, () -> documents.dossierDocuments(l.winner()))).singleElement()
                .satisfies(doc -> {
                    assertThat(doc.claim()).isEqualTo("DEGREES");
                    assertThat(doc.fileName()).isEqualTo("bang-tot-nghiep-dai-hoc.pdf");
                });

        // the runner-up may appeal the written paper (the window is open), never the interview
        String appellant = prefix + "-02";
        assertThat(s.asUser(appellant, () -> appeals.appealable(l.campaignId()))).anySatisfy(a -> {
            assertThat(a.writtenPaper()).isTrue();
            assertThat(a.refusal()).isNull();
            assertThat(a.lastDay()).isAfterOrEqualTo(today.plusDays(15));
        });

        // the notices: the winner's inbox holds the results and the winner's notice; the secretary sees them all
        assertThat(s.asUser(prefix + "-01", inbox::mine)).extracting(Inbox.NoticeLine::kind)
                .contains(NoticeKind.RESULTS_PUBLISHED, NoticeKind.WINNER);
        assertThat(s.asUser(prefix + "-02", inbox::mine)).extracting(Inbox.NoticeLine::kind)
                .contains(NoticeKind.RESULTS_PUBLISHED);
        assertThat(s.asUser(staff.secretary, () -> inbox.sentIn(l.campaignId())))
                .filteredOn(n -> n.kind() == NoticeKind.RESULTS_PUBLISHED).hasSize(5);

        // in the browser: the runner-up's own result, part by part, and the appeal button
        signIn(appellant);
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(FormLayout.class, spec -> spec.withId("my-result")).getElement().getTextRecursively())
                .contains("64/100 điểm (trọng số 70 %)", "78/100 điểm (trọng số 30 %)", "68,2");
        assertThat(_get(Button.class, spec -> spec.withId("appeal-button")).getText()).isEqualTo("Phúc khảo");
        // the winner's dossier: its checklist and deadline
        signIn(prefix + "-01");
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(Component.class, spec -> spec.withId("winner-dossier")).isVisible()).isTrue();
        assertThat(_get(Component.class, spec -> spec.withId("dossier-state")).getElement().getTextRecursively())
                .contains("Chuyên viên văn thư – lưu trữ");
    }
}
