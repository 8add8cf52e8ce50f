package vn.thituyen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.JointAgencies;
import vn.thituyen.campaign.JointAgency;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.Role;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.registration.AgencyPreferences;
import vn.thituyen.results.ResultsService.ResultLine;

/**
 * Joint positions (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP) through the real services and database: the
 * agencies set up with their places, candidates ordering them when they apply, results placing the winners by result
 * and preference, a tie for an agency's last place left to the chair, the agency on the published list.
 */
@ApplicationTest
class JointPositionsTest {

    private static final String TWO_AGENCIES = "Sở Tư pháp: 1\nSở Tài chính: 1";

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired PublicationService publication;
    @Autowired JointAgencies jointAgencies;
    @Autowired AgencyPreferences preferences;
    @Autowired CampaignSetupService setup;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theAgenciesAreSetUpWithTheirPlacesAndTheQuotaIsTheirSum() {
        Scenario.Campaign c = s.newJointCampaign(TWO_AGENCIES);
        assertThat(jointAgencies.of(c.position2)).extracting(JointAgency::name, JointAgency::places)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sở Tư pháp", 1),
                        org.assertj.core.groups.Tuple.tuple("Sở Tài chính", 1));
        assertThat(s.campaigns.position(c.position2).quota()).isEqualTo(2);
        assertThat(jointAgencies.of(c.position1)).isEmpty();
        // read-only once registration is open, like the position itself
        assertThatThrownBy(() -> s.as("system-admin", Role.ADMIN, () -> setup.savePosition(c.id, c.position2,
                draft("VT02"), "Sở Tư pháp: 3\nSở Tài chính: 1")))
                .isInstanceOf(DomainException.class).hasMessage("error.campaign.notEditable");
        assertThat(jointAgencies.of(c.position2)).extracting(JointAgency::places).containsExactly(1, 1);
    }

    @Test
    void aRuleSetWithoutJointPositionsRefusesThemNextToTheField() {
        long campaignId = s.as("system-admin", Role.ADMIN, () -> setup.createCampaign("J-" + System.nanoTime(),
                "Kỳ tuyển 2020", RuleSet.CIVIL_SERVANT_2020, s.clock.instant().plusSeconds(86_400),
                s.clock.instant().plusSeconds(40 * 86_400)));
        FieldErrors refused = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(() -> s.as("system-admin",
                Role.ADMIN, () -> setup.savePosition(campaignId, null, draft("VT09"), TWO_AGENCIES)));
        assertThat(refused.errors()).containsEntry("agencies", "error.position.agencies.notAllowed");
        assertThat(s.campaigns.positions(campaignId)).isEmpty();   // nothing half-stored

        long y2025 = s.as("system-admin", Role.ADMIN, () -> setup.createCampaign("J-" + System.nanoTime(),
                "Kỳ tuyển 2025", RuleSet.CIVIL_SERVANT_2025, s.clock.instant().plusSeconds(86_400),
                s.clock.instant().plusSeconds(40 * 86_400)));
        FieldErrors bad = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(() -> s.as("system-admin",
                Role.ADMIN, () -> setup.savePosition(y2025, null, draft("VT09"), "Sở Tư pháp: 1\nSở Tư pháp: 2")));
        assertThat(bad.errors()).containsEntry("agencies", "error.position.agencies.duplicate");
        assertThat(s.campaigns.positions(y2025)).isEmpty();
    }

    @Test
    void anExcelSheetBringsJointPositionsOnlyWhereTheRuleSetHasThem() throws Exception {
        byte[] sheet = sheet(new String[] {"Mã", "Vị trí", "Cơ quan", "Chỉ tiêu", "Cơ quan tuyển dụng chung"},
                new String[] {"VT07", "Chuyên viên pháp chế", "UBND tỉnh", "3", "Sở Tư pháp: 2; Sở Tài chính: 1"},
                new String[] {"VT08", "Chuyên viên tổ chức", "Sở Nội vụ", "1", ""});
        long y2020 = s.as("system-admin", Role.ADMIN, () -> setup.createCampaign("J-" + System.nanoTime(),
                "Kỳ tuyển 2020", RuleSet.CIVIL_SERVANT_2020, s.clock.instant().plusSeconds(86_400),
                s.clock.instant().plusSeconds(40 * 86_400)));
        var refused = s.as("system-admin", Role.ADMIN, () -> setup.previewImport(y2020, sheet));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.row() + ":" + p.key())
                .containsExactly("2:import.positions.jointNotAllowed");

        long y2025 = s.as("system-admin", Role.ADMIN, () -> setup.createCampaign("J-" + System.nanoTime(),
                "Kỳ tuyển 2025", RuleSet.CIVIL_SERVANT_2025, s.clock.instant().plusSeconds(86_400),
                s.clock.instant().plusSeconds(40 * 86_400)));
        assertThat(s.as("system-admin", Role.ADMIN, () -> setup.importPositions(y2025, sheet, "bieu.xlsx")))
                .isEqualTo(2);
        var vt07 = s.campaigns.positions(y2025).stream().filter(p -> p.code().equals("VT07")).findFirst()
                .orElseThrow();
        assertThat(vt07.quota()).isEqualTo(3);
        assertThat(jointAgencies.of(vt07.id())).extracting(JointAgency::name).containsExactly("Sở Tư pháp",
                "Sở Tài chính");
    }

    private static byte[] sheet(String[]... rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sh = wb.createSheet("Chỉ tiêu");
            for (int i = 0; i < rows.length; i++) {
                var r = sh.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theOrderIsCheckedAndEachChangeIsANewVersion() {
        Scenario.Campaign c = s.newJointCampaign(TWO_AGENCIES);
        Map<String, Long> agency = agencies(c);
        long tp = agency.get("Sở Tư pháp");
        long tc = agency.get("Sở Tài chính");
        for (var wrong : List.of(List.<Long>of(), List.of(tp, tp), List.of(tp, 999_999L))) {
            assertThatThrownBy(() -> s.apply(c, s.form(c.position2, "Ngô Văn Sai"), wrong))
                    .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("agencies"));
        }
        assertThat(s.asUser(c.secretary, () -> s.registration.applications(c.id))).isEmpty();   // nothing stored

        long an = s.apply(c, s.form(c.position2, "Nguyễn Thị An"), List.of(tc, tp));
        String candidate = c.candidates.get(c.candidates.size() - 1);
        assertThat(s.asUser(candidate, () -> preferences.mine(c.id))).extracting(JointAgency::name)
                .containsExactly("Sở Tài chính", "Sở Tư pháp");
        var form = s.asUser(candidate, () -> s.registration.myApplication(c.id)).orElseThrow();
        s.asUser(candidate, () -> {
            s.registration.revise(c.id, s.form(c.position2, form.fullName()), List.of(tp));
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> preferences.of(an))).extracting(JointAgency::name)
                .containsExactly("Sở Tư pháp");
        // append-only: the first order is kept beside the second, each with who and when
        assertThat(jdbc.queryForList("SELECT agency_ids FROM agency_preference WHERE application_id = ? ORDER BY"
                + " version", String.class, an)).containsExactly(tc + "," + tp, String.valueOf(tp));
    }

    @Test
    void winnersArePlacedByResultThenPreferenceAndThePublishedListNamesTheAgency() {
        Scenario.Campaign c = s.newJointCampaign(TWO_AGENCIES);
        Map<String, Long> agency = agencies(c);
        long tp = agency.get("Sở Tư pháp");
        long tc = agency.get("Sở Tài chính");
        long dung = s.apply(c, s.form(c.position2, "Phạm Thu Dung"), List.of(tc));
        long an = s.apply(c, s.form(c.position2, "Nguyễn Thị An"), List.of(tp, tc));
        long binh = s.apply(c, s.form(c.position2, "Trần Văn Bình"), List.of(tp, tc));
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        for (long id : List.of(dung, an, binh)) {
            s.sit(id, 45);
        }
        s.interview(c, dung, "90", "90");
        s.interview(c, an, "80", "80");
        s.interview(c, binh, "75", "75");   // passes, ranks within the quota of 2, but both agencies are full

        long setId = s.asUser(c.secretary, () -> results.compute(c.id));
        Map<Long, ResultLine> lines = byApplication(s.asUser(c.secretary, () -> results.latest(c.id))
                .orElseThrow().lines());
        assertThat(lines.get(dung).outcome()).isEqualTo("WINNER");
        assertThat(lines.get(dung).agency()).isEqualTo("Sở Tài chính");
        // the contested place at Sở Tư pháp goes to the better result
        assertThat(lines.get(an).outcome()).isEqualTo("WINNER");
        assertThat(lines.get(an).agency()).isEqualTo("Sở Tư pháp");
        assertThat(lines.get(binh).outcome()).isEqualTo("NOT_PLACED");
        assertThat(lines.get(binh).agency()).isNull();
        assertThat(lines.get(binh).rank()).isEqualTo(3);

        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(setId, "21/TB-HĐTD");
            return null;
        });
        var published = publication.published("T-" + c.tag).orElseThrow();
        assertThat(published.results().lines()).filteredOn(l -> l.applicationId() == an).singleElement()
                .extracting(ResultLine::positionWithAgency).isEqualTo("Chuyên viên pháp chế – Sở Tư pháp");
        String pdf = Scenario.pdfText("joint-" + c.tag, publication.officialPdf("T-" + c.tag).orElseThrow());
        assertThat(pdf).contains("Sở Tư pháp").contains("Sở Tài chính");
    }

    @Test
    void aTieForAnAgencysLastPlaceWaitsForTheChair() {
        Scenario.Campaign c = s.newJointCampaign(TWO_AGENCIES);
        Map<String, Long> agency = agencies(c);
        long tp = agency.get("Sở Tư pháp");
        long tc = agency.get("Sở Tài chính");
        long em = s.apply(c, s.form(c.position2, "Hoàng Văn Em"), List.of(tp, tc));
        long phuong = s.apply(c, s.form(c.position2, "Lý Thu Phương"), List.of(tp, tc));
        long giang = s.apply(c, s.form(c.position2, "Đỗ Hương Giang"), List.of(tc));
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        for (long id : List.of(em, phuong, giang)) {
            s.sit(id, 45);
        }
        s.interview(c, em, "80", "80");
        s.interview(c, phuong, "80", "80");   // equal to Em: both want Sở Tư pháp's one place
        s.interview(c, giang, "70", "70");

        long v1 = s.asUser(c.secretary, () -> results.compute(c.id));
        Map<Long, ResultLine> draft = byApplication(s.asUser(c.chair, () -> results.latest(c.id)).orElseThrow()
                .lines());
        assertThat(draft.get(em).outcome()).isEqualTo("TIE_PENDING");
        assertThat(draft.get(phuong).outcome()).isEqualTo("TIE_PENDING");
        assertThat(draft.get(em).agency()).isEqualTo("Sở Tư pháp");
        assertThat(draft.get(giang).outcome()).isEqualTo("AWAITING_TIE");
        assertThatThrownBy(() -> s.asUser(c.chair, () -> {
            results.approve(v1);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.results.tiePending");
        // one place at the agency: naming both is refused
        assertThatThrownBy(() -> s.asUser(c.chair, () -> results.decideTie(v1, c.position2, List.of(em, phuong),
                "Cả hai"))).isInstanceOf(DomainException.class).hasMessage("error.results.tieChoice");

        long v2 = s.asUser(c.chair, () -> results.decideTie(v1, c.position2, List.of(phuong),
                "Quyết định của Giám đốc Sở: kinh nghiệm pháp chế"));
        Map<Long, ResultLine> decided = byApplication(s.asUser(c.chair, () -> results.latest(c.id)).orElseThrow()
                .lines());
        assertThat(decided.get(phuong).outcome()).isEqualTo("WINNER");
        assertThat(decided.get(phuong).agency()).isEqualTo("Sở Tư pháp");
        // the one who lost the tie goes on to the next preference, ahead of the lower result
        assertThat(decided.get(em).outcome()).isEqualTo("WINNER");
        assertThat(decided.get(em).agency()).isEqualTo("Sở Tài chính");
        assertThat(decided.get(giang).outcome()).isEqualTo("NOT_PLACED");
        s.asUser(c.chair, () -> {
            results.approve(v2);
            return null;
        });
    }

    private Map<String, Long> agencies(Scenario.Campaign c) {
        return jointAgencies.of(c.position2).stream().collect(Collectors.toMap(JointAgency::name, JointAgency::id));
    }

    private static CampaignSetupService.PositionDraft draft(String code) {
        return new CampaignSetupService.PositionDraft(code, "Chuyên viên pháp chế", "UBND tỉnh", 1,
                vn.thituyen.campaign.EducationLevel.BACHELOR, null,
                java.util.Set.of(vn.thituyen.campaign.Language.ENGLISH), true, true);
    }

    private static Map<Long, ResultLine> byApplication(List<ResultLine> lines) {
        return lines.stream().collect(Collectors.toMap(ResultLine::applicationId, Function.identity()));
    }
}
