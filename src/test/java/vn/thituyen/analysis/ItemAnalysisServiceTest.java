package vn.thituyen.analysis;

import vn.thituyen.delivery.InvigilationService;
import vn.thituyen.delivery.Sanction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.analysis.ItemAnalysisService.Analysis;
import vn.thituyen.analysis.ItemAnalysisService.PartChoice;
import vn.thituyen.analysis.ItemAnalysisService.Scope;
import vn.thituyen.analysis.domain.ItemAnalysis.ItemStats;
import vn.thituyen.analysis.domain.ItemAnalysis.PartStats;
import vn.thituyen.registration.ApplicationForm;

/**
 * Item analysis read from the database: which parts count (closed, not exempt, not cancelled, not closed by a
 * suspension), answers as original option indexes, per part and bank, per sitting, recorded accesses, exports.
 */
@ApplicationTest
class ItemAnalysisServiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired Scenario s;
    @Autowired ItemAnalysisService analyses;
    @Autowired InvigilationService invigilation;
    @Autowired AuditLog audit;

    @Test
    void analysesTheClosedPapersOfAPartPerBankLeavingOutExemptCancelledAndSuspendedParts() {
        Scenario.Campaign c = s.newCampaign();
        String author = AnalysisFixture.author(s, c);
        long strong = s.apply(c, c.position1, "Nguyễn Văn Giỏi", null);
        long weak = s.apply(c, c.position1, "Trần Văn Yếu", null);
        long middle = s.apply(c, c.position1, "Lê Thị Vừa", null);
        long exempt = s.apply(c, exemptForm(c));
        long cancelled = s.apply(c, c.position2, "Phạm Văn Hủy", null);
        long suspended = s.apply(c, c.position2, "Đỗ Văn Đình", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        s.sit(strong, 60, 30);
        s.sit(weak, 0, 0);
        s.sit(middle, 30, 15);
        s.sit(exempt, 45);
        s.sit(cancelled, 50, 25);
        s.asUser(c.invigilator, () -> {
            invigilation.recordViolation(s.attemptOf(cancelled), Sanction.CANCELLATION, "Mang điện thoại vào phòng",
                    null);
            return null;
        });
        // suspended while answering part 1 (40 right so far): the part closes with 0 by decision
        AnalysisFixture.startAndAnswer(s, suspended, (seq, q, key, n) -> seq <= 40 ? key : null);
        s.asUser(c.invigilator, () -> {
            invigilation.recordViolation(s.attemptOf(suspended), Sanction.SUSPENSION, "Trao đổi bài", null);
            return null;
        });
        s.asUser(c.secretary, () -> {
            s.console.closeSitting(sitting);
            return null;
        });

        assertThat(s.asUser(author, analyses::campaigns)).anySatisfy(x -> assertThat(x.id()).isEqualTo(c.id));
        List<PartChoice> parts = s.asUser(author, () -> analyses.parts(c.id));
        assertThat(parts).extracting(PartChoice::partNo, PartChoice::bankCode, PartChoice::candidates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "KTC", 4L),
                        org.assertj.core.groups.Tuple.tuple(2, "TA", 3L));
        assertThat(parts.get(1).subject()).isEqualTo(RuleSet.Subject.FOREIGN_LANGUAGE);

        // part 1: the strong, weak, middle and exempt candidates (60, 0, 30, 45 right)
        Analysis one = s.asUser(author, () -> analyses.analyse(new Scope(c.id, 1, parts.get(0).bankId(), null)));
        PartStats p1 = one.result().part();
        assertThat(p1.candidates()).isEqualTo(4);
        assertThat(p1.itemsPerPaper()).isEqualTo(60);
        assertThat(p1.mean()).isCloseTo(33.75, within(1e-9));
        assertThat(p1.min()).isZero();
        assertThat(p1.max()).isEqualTo(60);
        assertThat(p1.distribution().get(45)).isEqualTo(1);
        assertThat(one.result().items().stream().mapToInt(ItemStats::exposures).sum()).isEqualTo(4 * 60);
        assertThat(one.result().items().stream().mapToInt(ItemStats::correct).sum()).isEqualTo(60 + 30 + 45);
        assertThat(one.campaignCode()).isEqualTo("T-" + c.tag);
        // answers are read as the author's option order: the key's option holds exactly the right answers
        for (ItemStats item : one.result().items()) {
            int key = item.key().iterator().next();
            assertThat(item.options().get(key).count()).as("question %d", item.questionId()).isEqualTo(item.correct());
            assertThat(item.omitted()).isZero();
            assertThat(item.label()).startsWith("#" + item.questionId() + " v");
        }
        assertThat(one.questions()).containsOnlyKeys(one.result().items().stream().map(ItemStats::questionId)
                .toArray(Long[]::new));

        // part 2: strong, weak and middle (30, 0, 15 right); the exempt candidate had no paper
        Analysis two = s.asUser(author, () -> analyses.analyse(new Scope(c.id, 2, parts.get(1).bankId(), null)));
        assertThat(two.result().part().candidates()).isEqualTo(3);
        assertThat(two.result().part().itemsPerPaper()).isEqualTo(30);
        assertThat(two.result().part().mean()).isCloseTo(15.0, within(1e-9));

        // one sitting: the same candidates here
        var sittings = s.asUser(author, () -> analyses.sittings(c.id));
        assertThat(sittings).hasSize(1);
        assertThat(sittings.get(0).sittingId()).isEqualTo(sitting);
        assertThat(sittings.get(0).roomName()).isEqualTo("Phòng 01");
        Analysis room = s.asUser(c.chair, () -> analyses.analyse(new Scope(c.id, 1, parts.get(0).bankId(), sitting)));
        assertThat(room.result().part().candidates()).isEqualTo(4);

        // every look is recorded as an access to the bank, by who looked
        assertThat(s.asUser(c.chair, () -> audit.page(0, 500))).anySatisfy(l -> {
            assertThat(l.action()).isEqualTo("BankAccessed");
            assertThat(l.actor()).isEqualTo(author);
            assertThat(l.details()).contains("kind=ITEM_ANALYSIS").contains("campaign=T-" + c.tag + " part=2");
        });
    }

    @Test
    void exportsAreRecordedAndOnlyTheBoardSeesTheAnalysis() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        String author = AnalysisFixture.author(s, c);
        long a = s.apply(c, c.position1, "Hoàng Văn Một", null);
        long b = s.apply(c, c.position1, "Vũ Thị Hai", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 50, 20);
        s.sit(b, 20, 10);
        long bank = s.asUser(author, () -> analyses.parts(c.id)).get(0).bankId();
        Scope scope = new Scope(c.id, 1, bank, null);

        ReportFile xlsx = s.asUser(author, () -> analyses.xlsx(scope, VI));
        assertThat(xlsx.fileName()).isEqualTo("phan-tich-cau-hoi-T-" + c.tag + "-phan-1-KTC.xlsx");
        assertThat(xlsx.contentType()).isEqualTo(ReportFile.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.data()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Câu hỏi");
            int questions = s.asUser(author, () -> analyses.analyse(scope)).result().items().size();
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(questions);
        }
        ReportFile pdf = s.asUser(c.chair, () -> analyses.pdf(scope, Locale.ENGLISH));
        assertThat(new String(pdf.data(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).endsWith(".pdf");
        List<AuditLog.AuditLine> lines = s.asUser(c.chair, () -> audit.page(0, 500));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.actor()).isEqualTo(author);
            assertThat(l.details()).contains("kind=EXPORT").contains("xlsx campaign=T-" + c.tag);
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.actor()).isEqualTo(c.chair);
            assertThat(l.details()).contains("kind=EXPORT").contains("pdf campaign=T-" + c.tag);
        });

        for (String staff : List.of(c.secretary, c.invigilator, c.grader1)) {
            assertThatThrownBy(() -> s.asUser(staff, () -> analyses.analyse(scope)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> s.asUser(staff, () -> analyses.xlsx(scope, VI)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> s.asUser(staff, analyses::campaigns)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> s.asUser(author, () -> analyses.analyse(new Scope(c.id, 3, bank, null))))
                .hasMessage("error.notFound");
    }

    private ApplicationForm exemptForm(Scenario.Campaign c) {
        ApplicationForm f = s.form(c.position1, "Bùi Thị Miễn");
        return new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(), f.ethnicity(),
                f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), null,
                ApplicationForm.Exemption.FOREIGN_LANGUAGE, "Cử nhân ngôn ngữ Anh", ApplicationForm.ForeignLanguage.ENGLISH);
    }
}
