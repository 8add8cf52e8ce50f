package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.Relation;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.grading.WrittenMarkingService.CodeLine;
import vn.thituyen.grading.WrittenMarkingService.FinalMark;
import vn.thituyen.grading.WrittenMarkingService.Intake;
import vn.thituyen.grading.WrittenMarkingService.MarkerPair;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;
import vn.thituyen.grading.domain.AutomaticZeroRule.Reason;
import vn.thituyen.grading.domain.WrittenMarkRule.Basis;
import vn.thituyen.grading.domain.WrittenMarkRule.State;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.ApplicationForm;

/**
 * Issue 13: a written part for 30 candidates from anonymisation to de-anonymised marks, blind at every step: markers
 * see codes only and not their partner's mark until the rule asks them to confer; no marker gets a relative's
 * script; the key opens only for the anonymisation head or the chair, only when every script has its mark.
 */
@ApplicationTest
class WrittenMarkingServiceTest {

    private static final List<ExamPlanRule.Part> WRITTEN_AND_INTERVIEW = List.of(
            new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, null),
            new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, null));

    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa",
            "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Quân",
            "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Yến");

    @Autowired Scenario s;
    @Autowired WrittenMarkingService marking;
    @Autowired MarkingPapers papers;

    private static <T> void refused(String key, Callable<T> action) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<BigDecimal> marks(String... m) {
        return java.util.Arrays.stream(m).map(BigDecimal::new).toList();
    }

    @Test
    void thirtyScriptsFromAnonymisationToMarksJoinedToCandidates() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        List<Long> apps = new ArrayList<>();
        ApplicationForm relative = null;
        for (int i = 1; i <= 30; i++) {
            ApplicationForm f = s.form(c.position1, "Nguyễn Văn " + GIVEN.get(i - 1));
            relative = i == 7 ? f : relative;
            apps.add(s.apply(c, f));
        }
        long relativeApp = apps.get(6);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        apps.forEach(a -> s.sit(a, 40, 20));
        // marker 1 declared a sibling among the candidates: never dealt that script
        ApplicationForm sibling = relative;
        s.asUser(c.secretary, () -> {
            s.councils.declareRelative(c.id, b.markerIds().get(0), sibling.citizenId(), sibling.fullName(),
                    Relation.SIBLING);
            return null;
        });
        List<Intake> intake = apps.stream().map(a -> new Intake(a, 4)).toList();

        refused("error.marking.notAnonymiser", () -> s.asUser(c.secretary, () -> marking.anonymise(c.position1, 1, intake)));
        refused("error.marking.notWritten", () -> s.asUser(b.anon(), () -> marking.anonymise(c.position1, 2, intake)));
        List<CodeLine> sheet = s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1, intake));
        assertThat(sheet).hasSize(30);
        Set<String> codes = new HashSet<>();
        sheet.forEach(l -> {
            codes.add(l.firstCode());
            codes.add(l.secondCode());
        });
        assertThat(codes).hasSize(60);
        refused("error.marking.alreadyAnonymised",
                () -> s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1, intake)));

        // the database holds codes and sealed bytes only: no column names a candidate, no bytes spell an id
        List<String> columns = columnNames();
        assertThat(columns).contains("first_code", "second_code", "sealed_key").noneMatch(n -> n.contains("application") || n.contains("candidate"));
        for (byte[] sealed : s.jdbc.queryForList("SELECT s.sealed_key FROM written_script s JOIN written_part p"
                + " ON p.id = s.part_id WHERE p.position_id = ?", byte[].class, c.position1)) {
            for (long app : apps) {
                assertThat(indexOf(sealed, ByteBuffer.allocate(8).putLong(app).array())).isEqualTo(-1);
            }
        }

        long m1 = b.markerIds().get(0);
        long m2 = b.markerIds().get(1);
        long m3 = b.markerIds().get(2);
        long m4 = b.markerIds().get(3);
        refused("error.marking.notHead", () -> s.asUser(b.markers().get(0),
                () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m2), new MarkerPair(m3, m4)))));
        refused("error.marking.pairOfOne", () -> s.asUser(b.head(),
                () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m1)))));
        assertThat(s.asUser(b.head(), () -> marking.drawBundles(c.position1, 1,
                List.of(new MarkerPair(m1, m2), new MarkerPair(m3, m4))))).isEqualTo(30);

        Map<String, List<MarkerRow>> dealt = new HashMap<>();
        for (String m : b.markers()) {
            dealt.put(m, s.asUser(m, () -> marking.myScripts(c.id)));
        }
        assertThat(dealt.get(b.markers().get(0))).hasSameSizeAs(dealt.get(b.markers().get(1)));
        assertThat(dealt.get(b.markers().get(0)).size() + dealt.get(b.markers().get(2)).size()).isEqualTo(30);
        // markers see the second code, never the first: the first code is on the candidate's header only
        Set<String> firstCodes = sheet.stream().map(CodeLine::firstCode).collect(Collectors.toSet());
        dealt.values().forEach(rows -> rows.forEach(r -> assertThat(firstCodes).doesNotContain(r.code())));

        // pair 1 marks: 70 and 72 (mean 71) except one script 60 / 75 (confer) and one 50 / 70 (cannot agree)
        List<MarkerRow> pair1 = dealt.get(b.markers().get(0));
        long confer = pair1.get(0).scriptId();
        long cannot = pair1.get(1).scriptId();
        String mk1 = b.markers().get(0);
        String mk2 = b.markers().get(1);
        for (MarkerRow r : pair1) {
            s.asUser(mk1, () -> marking.enterMarks(r.scriptId(), r.scriptId() == confer ? marks("30", "30")
                    : r.scriptId() == cannot ? marks("25", "25") : marks("30", "40")));
        }
        // marker 2 has not marked: marker 1 sees no partner mark anywhere
        assertThat(s.asUser(mk1, () -> marking.myScripts(c.id))).allMatch(r -> r.partnerMark() == null
                && r.state() == State.AWAITING_MARKS);
        refused("error.marking.notYourScript", () -> s.asUser(b.markers().get(2),
                () -> marking.enterMarks(confer, marks("50"))));
        assertThatThrownBy(() -> s.asUser(mk2, () -> marking.enterMarks(confer, marks("100.5"))))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("marks"));
        assertThatThrownBy(() -> s.asUser(mk2, () -> marking.enterMarks(confer, marks("60", "40.125"))))
                .isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> s.asUser(mk2, () -> marking.enterMarks(confer, marks("60", "50"))))
                .isInstanceOf(FieldErrors.class);   // 110 of 100
        for (MarkerRow r : pair1) {
            s.asUser(mk2, () -> marking.enterMarks(r.scriptId(), r.scriptId() == confer ? marks("35", "40")
                    : r.scriptId() == cannot ? marks("35", "35") : marks("32", "40")));
        }
        refused("error.marking.sheetsClosed", () -> s.asUser(mk1, () -> marking.enterMarks(confer, marks("61"))));
        // now, and only for the scripts the rule sends to conferring, each sees the other's mark
        Map<Long, MarkerRow> mine = s.asUser(mk1, () -> marking.myScripts(c.id)).stream()
                .collect(Collectors.toMap(MarkerRow::scriptId, r -> r));
        assertThat(mine.get(confer).state()).isEqualTo(State.CONFER_REQUIRED);
        assertThat(mine.get(confer).partnerMark()).isEqualByComparingTo("75");
        assertThat(mine.values()).filteredOn(r -> r.scriptId() != confer && r.scriptId() != cannot)
                .allMatch(r -> r.state() == State.FINAL && r.partnerMark() == null);
        s.asUser(mk1, () -> {
            marking.recordConference(confer, new BigDecimal("68"), "Hai cán bộ chấm thống nhất sau khi trao đổi");
            marking.recordConference(cannot, null, "Không thống nhất được");
            return null;
        });
        refused("error.marking.noDecisionDue", () -> s.asUser(b.head(),
                () -> { marking.decideMark(confer, new BigDecimal("70"), "x"); return null; }));
        s.asUser(b.head(), () -> {
            marking.decideMark(cannot, new BigDecimal("62.5"), "Trưởng ban quyết định");
            return null;
        });

        // pair 2: 80 / 82, one script reported for two ink colours and set to zero by the head
        List<MarkerRow> pair2 = dealt.get(b.markers().get(2));
        long zero = pair2.get(0).scriptId();
        for (MarkerRow r : pair2) {
            s.asUser(b.markers().get(2), () -> marking.enterMarks(r.scriptId(), marks("80")));
            s.asUser(b.markers().get(3), () -> marking.enterMarks(r.scriptId(), marks("82")));
        }
        s.asUser(b.markers().get(2), () -> {
            marking.reportZero(zero, Set.of(Reason.TWO_INK_COLOURS), "Hai màu mực ở trang 2");
            return null;
        });
        refused("error.marking.notKeyHolder", () -> s.asUser(c.secretary, () -> marking.openKey(c.position1, 1)));
        refused("error.marking.notKeyHolder", () -> s.asUser(b.head(), () -> marking.openKey(c.position1, 1)));
        refused("error.marking.keySealed", () -> s.asUser(c.secretary, () -> marking.finalMarks(c.position1, 1)));
        s.asUser(b.head(), () -> {
            marking.decideZero(zero, true, "Xác nhận hai màu mực");
            return null;
        });

        List<FinalMark> joined = s.asUser(b.anon(), () -> marking.openKey(c.position1, 1));
        assertThat(joined).extracting(FinalMark::applicationId).containsExactlyInAnyOrderElementsOf(apps);
        Map<String, FinalMark> byCode = joined.stream().collect(Collectors.toMap(FinalMark::secondCode, m -> m));
        assertThat(byCode.get(code(pair1, confer)).mark()).isEqualByComparingTo("68");
        assertThat(byCode.get(code(pair1, confer)).basis()).isEqualTo(Basis.AGREED_AFTER_CONFERRING);
        assertThat(byCode.get(code(pair1, cannot)).mark()).isEqualByComparingTo("62.5");
        assertThat(byCode.get(code(pair2, zero)).mark()).isEqualByComparingTo("0");
        assertThat(byCode.get(code(pair2, zero)).basis()).isEqualTo(Basis.AUTOMATIC_ZERO);
        assertThat(joined).filteredOn(m -> m.basis() == Basis.MEAN).extracting(FinalMark::mark)
                .allMatch(m -> m.compareTo(new BigDecimal("71")) == 0 || m.compareTo(new BigDecimal("81")) == 0);
        // the relative's script went to the other pair
        assertThat(pair1).extracting(MarkerRow::code).doesNotContain(joined.stream()
                .filter(m -> m.applicationId() == relativeApp).findFirst().orElseThrow().secondCode());

        // who reads the names: the anonymisation board and the chair, never the secretary
        assertThat(s.asUser(c.chair, () -> marking.intakeCandidates(c.position1))).hasSize(30);
        refused("error.marking.notAnonymiser", () -> s.asUser(c.secretary, () -> marking.intakeCandidates(c.position1)));
        Map<Long, BigDecimal> finals = s.asUser(c.secretary, () -> marking.finalMarks(c.position1, 1));
        assertThat(finals).hasSize(30);
        refused("error.marking.closed", () -> s.asUser(mk1, () -> marking.enterMarks(confer, marks("1"))));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action LIKE '%KeyOpened%'",
                Integer.class)).isPositive();
    }

    /** A sealed key moved to another script does not open: the opening is refused, not silently wrong. */
    @Test
    void aSealedKeyMovedToAnotherScriptIsRefused() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        long a1 = s.apply(c, c.position1, "Thí Sinh Một", null);
        long a2 = s.apply(c, c.position1, "Thí Sinh Hai", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a1, 40, 20);
        s.sit(a2, 40, 20);
        s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1, List.of(new Intake(a1, 3), new Intake(a2, 5))));
        List<Map<String, Object>> rows = s.jdbc.queryForList("SELECT s.id, s.sealed_key FROM written_script s"
                + " JOIN written_part p ON p.id = s.part_id WHERE p.position_id = ? ORDER BY s.id", c.position1);
        s.jdbc.update("UPDATE written_script SET sealed_key = ? WHERE id = ?", rows.get(1).get("sealed_key"),
                rows.get(0).get("id"));
        long m1 = b.markerIds().get(0);
        long m2 = b.markerIds().get(1);
        refused("error.marking.keyTampered", () -> s.asUser(b.head(),
                () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m2)))));
    }

    /** A marker whose sibling sat the paper is never dealt the sibling's script: with one pair, nobody may mark it. */
    @Test
    void aScriptWithNoPairFreeOfTheCandidatesRelativesIsNotDealt() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        ApplicationForm sibling = s.form(c.position1, "Lưu Thị Em");
        long a1 = s.apply(c, sibling);
        long a2 = s.apply(c, c.position1, "Thí Sinh Hai", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a1, 40, 20);
        s.sit(a2, 40, 20);
        s.asUser(c.secretary, () -> {
            s.councils.declareRelative(c.id, b.markerIds().get(1), sibling.citizenId(), sibling.fullName(),
                    Relation.SIBLING);
            return null;
        });
        s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1, List.of(new Intake(a1, 3), new Intake(a2, 5))));
        long m1 = b.markerIds().get(0);
        long m2 = b.markerIds().get(1);
        refused("error.marking.noFreePair", () -> s.asUser(b.head(),
                () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m2)))));
        // nothing was dealt: the markers have no scripts
        assertThat(s.asUser(b.markers().get(0), () -> marking.myScripts(c.id))).isEmpty();
        assertThat(s.asUser(b.head(), () -> marking.drawBundles(c.position1, 1,
                List.of(new MarkerPair(m1, b.markerIds().get(2)))))).isEqualTo(2);
    }

    /**
     * The third-marker path, a campaign option (?): two marks too far apart go to a third marker the head chooses
     * (never one of the two, never a relative's script); the closest two within the tolerance give the mark.
     */
    @Test
    void underTheThirdMarkerOptionAWideGapIsMarkedAThirdTime() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN_AND_INTERVIEW);
        s.as("system-admin", Role.ADMIN, () -> {
            s.campaignRules.setOption(c.id, RuleSet.Option.WRITTEN_THIRD_MARKER, true,
                    "Quyết định 12/QĐ-HĐTD: chấm lần ba khi chênh lệch quá mức");
            return null;
        });
        Scenario.MarkingBoard b = s.markingBoard(c);
        long a1 = s.apply(c, c.position1, "Thí Sinh Một", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a1, 40, 20);
        s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1, List.of(new Intake(a1, 4))));
        long m1 = b.markerIds().get(0);
        long m2 = b.markerIds().get(1);
        long m3 = b.markerIds().get(2);
        s.asUser(b.head(), () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m2))));
        long script = s.asUser(b.markers().get(0), () -> marking.myScripts(c.id)).get(0).scriptId();
        s.asUser(b.markers().get(0), () -> marking.enterMarks(script, marks("60")));
        s.asUser(b.markers().get(1), () -> marking.enterMarks(script, marks("70")));
        assertThat(s.asUser(b.markers().get(0), () -> marking.myScripts(c.id)).get(0).state())
                .isEqualTo(State.THIRD_MARK_REQUIRED);
        // the two do not confer under this option, and a third marker marks only once chosen
        refused("error.marking.noConferenceDue", () -> s.asUser(b.markers().get(0), () -> {
            marking.recordConference(script, new BigDecimal("65"), "x");
            return null;
        }));
        refused("error.marking.notYourScript", () -> s.asUser(b.markers().get(2),
                () -> marking.enterMarks(script, marks("68"))));
        refused("error.marking.thirdConflict", () -> s.asUser(b.head(), () -> {
            marking.assignThirdMarker(script, m1);
            return null;
        }));
        s.asUser(b.head(), () -> {
            marking.assignThirdMarker(script, m3);
            return null;
        });
        // the third marker sees neither mark; 68 is within 5 of 70: the mark is (68 + 70) / 2 = 69
        assertThat(s.asUser(b.markers().get(2), () -> marking.myScripts(c.id))).singleElement()
                .satisfies(r -> assertThat(r.partnerMark()).isNull());
        s.asUser(b.markers().get(2), () -> marking.enterMarks(script, marks("68")));
        refused("error.marking.noThirdDue", () -> s.asUser(b.markers().get(2),
                () -> marking.enterMarks(script, marks("69"))));
        assertThat(s.asUser(b.head(), () -> marking.board(c.position1, 1))).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(State.FINAL);
            assertThat(r.mark()).isEqualByComparingTo("69");
            assertThat(r.basis()).isEqualTo(vn.thituyen.grading.domain.WrittenMarkRule.Basis.THIRD_MARK);
        });
    }

    /** The code sheet names candidates (anonymisation board only, recorded); labels and mark sheets carry codes only. */
    @Test
    void theCodeSheetLabelsMarkSheetAndScansAsPdf() throws Exception {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        long a1 = s.apply(c, c.position1, "Nguyễn Thị Ánh Tuyết", null);
        long a2 = s.apply(c, c.position1, "Đặng Văn Hưởng", null);
        long failed = s.apply(c, c.position1, "Phí Văn Trượt", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a1, 40, 20);
        s.sit(a2, 40, 20);
        s.sit(failed, 20, 10);   // out after round 1: no round-2 script
        refused("error.marking.notCandidate", () -> s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1,
                List.of(new Intake(failed, 3)))));
        assertThat(s.asUser(b.anon(), () -> marking.intakeCandidates(c.position1)))
                .extracting(WrittenMarkingService.IntakeCandidate::applicationId).containsExactlyInAnyOrder(a1, a2);
        // the rooms' submission list: the two through round 1, not the one out after it
        String submission = pdfText(s.asUser(c.secretary, () -> papers.submissionListPdf(c.position1, 1)).bytes());
        assertThat(submission).contains("DANH SÁCH NỘP BÀI THI VIẾT", "Phòng thi:", "Nguyễn Thị Ánh Tuyết",
                "Đặng Văn Hưởng", "Thí sinh ký").doesNotContain("Phí Văn Trượt");
        List<CodeLine> sheet = s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1,
                List.of(new Intake(a1, 3), new Intake(a2, 5))));
        String codeSheet = pdfText(s.asUser(b.anon(), () -> papers.codeSheetPdf(c.position1, 1,
                vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING)).bytes());
        assertThat(codeSheet).contains("BIÊN BẢN GHÉP PHÁCH", "Nguyễn Thị Ánh Tuyết", "Đặng Văn Hưởng",
                sheet.get(0).firstCode(), sheet.get(0).secondCode(), "TRƯỞNG BAN PHÁCH");
        String labels = pdfText(s.asUser(b.anon(), () -> papers.labelsPdf(c.position1, 1,
                vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING)).bytes());
        assertThat(labels).contains(sheet.get(1).firstCode(), sheet.get(1).secondCode())
                .doesNotContain("Tuyết", "Hưởng");
        refused("error.marking.notAnonymiser", () -> s.asUser(c.secretary, () -> papers.codeSheetPdf(c.position1, 1,
                vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING)));
        refused("error.marking.notAnonymiser", () -> s.asUser(b.markers().get(0), () -> papers.codeSheetPdf(
                c.position1, 1, vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING)));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action LIKE '%CodeSheetPrinted%'",
                Integer.class)).isPositive();

        long m1 = b.markerIds().get(0);
        long m2 = b.markerIds().get(1);
        s.asUser(b.head(), () -> marking.drawBundles(c.position1, 1, List.of(new MarkerPair(m1, m2))));
        List<MarkerRow> dealt = s.asUser(b.markers().get(0), () -> marking.myScripts(c.id));
        // the anonymisation board uploads the scan of a script's body; its markers read it by code, nobody else
        byte[] scan = s.asUser(b.anon(), () -> papers.labelsPdf(c.position1, 1,
                vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING)).bytes();
        long scanned = dealt.get(0).scriptId();
        assertThatThrownBy(() -> s.asUser(b.anon(), () -> papers.uploadScan(scanned,
                "not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.marking.scanNotPdf"));
        refused("error.marking.notAnonymiser", () -> s.asUser(b.markers().get(0), () -> papers.uploadScan(scanned,
                scan)));
        String sha = s.asUser(b.anon(), () -> papers.uploadScan(scanned, scan));
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(scan)));
        assertThat(s.asUser(b.markers().get(1), () -> papers.scan(scanned))).isEqualTo(scan);
        refused("error.marking.notYourScript", () -> s.asUser(b.markers().get(2), () -> papers.scan(scanned)));
        refused("error.marking.notYourScript", () -> s.asUser(c.secretary, () -> papers.scan(scanned)));
        List<MarkerRow> mine = s.asUser(b.markers().get(0), () -> marking.myScripts(c.id));
        assertThat(mine).filteredOn(MarkerRow::scanned).extracting(MarkerRow::scriptId).containsExactly(scanned);
        s.asUser(b.markers().get(0), () -> marking.enterMarks(mine.get(0).scriptId(), marks("20.5", "30")));
        String markSheet = pdfText(s.asUser(b.markers().get(0), () -> papers.myMarkSheetPdf(c.id)).bytes());
        assertThat(markSheet).contains("PHIẾU CHẤM THI VIẾT", "Cán Bộ Chấm 1", mine.get(0).code(), "20,5; 30",
                "50,5").doesNotContain("Tuyết", "Hưởng", mine.get(1).code());
    }

    private static String pdfText(byte[] pdf) {
        return Scenario.pdfText("marking-" + Integer.toHexString(java.util.Arrays.hashCode(pdf)), pdf);
    }

    private static String code(List<MarkerRow> rows, long scriptId) {
        return rows.stream().filter(r -> r.scriptId() == scriptId).findFirst().orElseThrow().code();
    }

    private List<String> columnNames() {
        return s.jdbc.query("SELECT * FROM written_script WHERE 1 = 0", rs -> {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        });
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
