package vn.thituyen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.CampaignSetupService.CampaignDraft;
import vn.thituyen.campaign.CampaignSetupService.PositionDraft;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.campaign.domain.PositionSheetTest;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.Role;

/** An office sets a campaign up on the real database: details, positions, Excel import, exam plans, steps. */
@ApplicationTest
class CampaignSetupServiceTest {

    @Autowired Scenario s;
    @Autowired CampaignSetupService setup;
    @Autowired CampaignService campaigns;

    private <T> T admin(java.util.concurrent.Callable<T> body) {
        return s.as("office-admin", Role.ADMIN, body);
    }

    private CampaignDraft draft(String code) {
        LocalDate announced = LocalDate.now(s.clock.withZone(CampaignSetupService.ZONE)).plusDays(2);
        LocalDate[] window = CampaignSetupService.defaultWindow(RuleSet.CIVIL_SERVANT_2020, announced);
        return new CampaignDraft(code, "Thi tuyển công chức tỉnh năm 2027", CampaignKind.CIVIL_SERVANT,
                RuleSet.CIVIL_SERVANT_2020, "Sở Nội vụ thành phố Hải Phòng", announced,
                "Cổng thông tin điện tử thành phố", window[0], window[1]);
    }

    private static String code() {
        return "TT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PositionDraft position(String code, int quota) {
        return new PositionDraft(code, "Chuyên viên " + code, "Sở Nội vụ", quota, EducationLevel.BACHELOR, "Luật",
                Set.of(Language.ENGLISH), true, true);
    }

    @Test
    void aCampaignIsCreatedAsADraftWithTheDefaultWindowAndItsDetails() {
        String code = code();
        long id = admin(() -> setup.create(draft(code)));
        CampaignService.CampaignInfo c = campaigns.campaign(id);
        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.kind()).isEqualTo(CampaignKind.CIVIL_SERVANT);
        assertThat(c.authority()).isEqualTo("Sở Nội vụ thành phố Hải Phòng");
        CampaignDraft back = setup.draftOf(id);
        // 30 days from the day after the announcement, both days inclusive
        assertThat(back.opensOn()).isEqualTo(back.announcedOn().plusDays(1));
        assertThat(back.closesOn()).isEqualTo(back.announcedOn().plusDays(30));
        assertThat(Duration.between(c.registrationOpensAt(), c.registrationClosesAt())).isEqualTo(Duration.ofDays(30));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CampaignCreated'"
                + " AND details LIKE ?", Integer.class, "%" + code + "%")).isEqualTo(1);
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsStored() {
        String code = code();
        admin(() -> setup.create(draft(code)));
        CampaignDraft d = draft(code);
        CampaignDraft bad = new CampaignDraft(code, "<b>x</b>", CampaignKind.PUBLIC_EMPLOYEE,
                RuleSet.CIVIL_SERVANT_2020, null, d.announcedOn(), null, d.announcedOn().minusDays(1),
                d.announcedOn().minusDays(2));
        assertThatThrownBy(() -> admin(() -> setup.create(bad))).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("code", "error.campaign.codeTaken")
                        .containsEntry("name", "validation.text.chars")
                        .containsEntry("ruleSet", "error.campaign.ruleSetKind")
                        .containsEntry("opensOn", "error.campaign.opensBeforeAnnouncement")
                        .containsEntry("closesOn", "error.campaign.window"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE code = ?", Integer.class, code))
                .isEqualTo(1);
        assertThatThrownBy(() -> s.as("a-secretary", Role.SECRETARY, () -> setup.create(draft(code()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void positionsAndPlansChangeUntilRegistrationOpensThenAreLocked() {
        long id = admin(() -> setup.create(draft(code())));
        long vt1 = admin(() -> setup.savePosition(id, null, position("VT01", 2)));
        assertThatThrownBy(() -> admin(() -> setup.savePosition(id, null, position("vt01", 1))))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("code", "error.position.codeTaken"));
        assertThatThrownBy(() -> admin(() -> setup.savePosition(id, null, new PositionDraft("VT 02", "", "", 0,
                EducationLevel.BACHELOR, null, Set.of(), true, true)))).isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("code", "name", "agency", "quota", "languages"));
        // a new position has the default plan: a 30-minute interview on 100 points (no per-part pass mark in 2020)
        assertThat(setup.plan(vt1).round2()).containsExactly(new ExamPlanRule.Part(PartKind.INTERVIEW, 30,
                new BigDecimal("100.00"), 100, null));
        List<ExamPlanRule.Part> both = List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50")));
        admin(() -> {
            setup.savePlan(vt1, both);
            return null;
        });
        assertThat(setup.plan(vt1).round2()).extracting(ExamPlanRule.Part::kind, ExamPlanRule.Part::weightPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartKind.WRITTEN_PAPER, 70),
                        org.assertj.core.groups.Tuple.tuple(PartKind.INTERVIEW, 30));
        assertThatThrownBy(() -> admin(() -> {
            setup.savePlan(vt1, List.of(new ExamPlanRule.Part(PartKind.PRACTICAL, 60, new BigDecimal("100"), 100,
                    null)));
            return null;
        })).isInstanceOfSatisfying(CampaignSetupService.PlanRefused.class,
                e -> assertThat(e.problems()).extracting(ExamPlanRule.Problem::key).containsExactly("error.plan.kind"));
        assertThat(setup.plan(vt1).round2()).hasSize(2);

        // announced, the campaign may still change before its window opens; once open, nothing changes
        admin(() -> campaigns.take(id, LifecycleStep.ANNOUNCE, null));
        admin(() -> setup.savePosition(id, vt1, position("VT01", 3)));
        assertThat(campaigns.position(vt1).quota()).isEqualTo(3);
        assertThatThrownBy(() -> admin(() -> campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null)))
                .hasMessage("error.campaign.step.notYetOpen");
        s.clock.advance(Duration.ofDays(3));
        try {
            admin(() -> campaigns.take(id, LifecycleStep.OPEN_REGISTRATION, null));
            assertThat(campaigns.campaign(id).status()).isEqualTo(CampaignStatus.REGISTRATION_OPEN);
            assertThat(campaigns.campaign(id).registrationOpenAt(s.clock.instant())).isTrue();
            assertThat(setup.isEditable(id)).isFalse();
            assertThatThrownBy(() -> admin(() -> setup.savePosition(id, vt1, position("VT01", 9))))
                    .hasMessage("error.campaign.notEditable");
            assertThatThrownBy(() -> admin(() -> {
                setup.savePlan(vt1, both);
                return null;
            })).hasMessage("error.campaign.notEditable");
            assertThat(campaigns.position(vt1).quota()).isEqualTo(3);

            // closing before the announced end needs the decision's reason; it is kept with the step
            assertThatThrownBy(() -> admin(() -> campaigns.take(id, LifecycleStep.CLOSE_REGISTRATION, " ")))
                    .isInstanceOf(FieldErrors.class);
            admin(() -> campaigns.take(id, LifecycleStep.CLOSE_REGISTRATION, "Quyết định số 12/QĐ-SNV"));
            assertThat(campaigns.history(id)).extracting(CampaignService.StepInfo::to, CampaignService.StepInfo::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(CampaignStatus.ANNOUNCED, null),
                            org.assertj.core.groups.Tuple.tuple(CampaignStatus.REGISTRATION_OPEN, null),
                            org.assertj.core.groups.Tuple.tuple(CampaignStatus.REGISTRATION_CLOSED,
                                    "Quyết định số 12/QĐ-SNV"));
            assertThat(campaigns.campaign(id).registrationOpenAt(s.clock.instant())).isFalse();
            // the steps other modules take are not the office's to take here
            assertThatThrownBy(() -> admin(() -> campaigns.take(id, LifecycleStep.PUBLISH_ELIGIBLE_LIST, null)))
                    .hasMessage("error.campaign.step.notManual");
        } finally {
            s.clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void aCampaignWithoutPositionsOrPlansCannotBeAnnounced() {
        long id = admin(() -> setup.create(draft(code())));
        assertThatThrownBy(() -> admin(() -> campaigns.take(id, LifecycleStep.ANNOUNCE, null)))
                .isInstanceOf(DomainException.class).hasMessage("error.campaign.step.noPositions");
        long vt = admin(() -> setup.savePosition(id, null, position("VT01", 1)));
        s.jdbc.update("DELETE FROM exam_part WHERE position_id = ?", vt);
        assertThatThrownBy(() -> admin(() -> campaigns.take(id, LifecycleStep.ANNOUNCE, null)))
                .hasMessage("error.campaign.step.noPlan");
        assertThat(campaigns.campaign(id).status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void anExcelSheetIsTakenWholeOrNotAtAll() throws Exception {
        long id = admin(() -> setup.create(draft(code())));
        admin(() -> setup.savePosition(id, null, position("STP-01", 1)));
        // STP-01 already exists: the whole sheet is refused, naming the row
        CampaignSetupService.ImportPreview refused = admin(() -> setup.previewImport(id,
                PositionSheetTest.officeSheet(false)));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).containsExactly(new vn.thituyen.campaign.domain.PositionSheet.Problem(8,
                "import.positions.codeTaken", "STP-01"));
        assertThatThrownBy(() -> admin(() -> setup.importPositions(id, PositionSheetTest.officeSheet(false), "b.xlsx")))
                .isInstanceOf(CampaignSetupService.ImportRefused.class);
        assertThat(campaigns.positions(id)).hasSize(1);

        long id2 = admin(() -> setup.create(draft(code())));
        assertThat(admin(() -> setup.importPositions(id2, PositionSheetTest.officeSheet(true), "bieu-01.xls")))
                .isEqualTo(3);
        List<CampaignService.PositionInfo> stored = campaigns.positions(id2);
        assertThat(stored).extracting(CampaignService.PositionInfo::code, CampaignService.PositionInfo::agency,
                CampaignService.PositionInfo::quota).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SNV-01", "Sở Nội vụ", 2),
                        org.assertj.core.groups.Tuple.tuple("SNV-02", "Sở Nội vụ", 1),
                        org.assertj.core.groups.Tuple.tuple("STP-01", "Sở Tư pháp", 3));
        assertThat(stored.get(1).languages()).containsExactlyInAnyOrder(Language.ENGLISH, Language.FRENCH);
        assertThat(stored.get(1).languageExemption()).isFalse();
        assertThat(stored).allSatisfy(p -> assertThat(setup.plan(p.id()).round2()).hasSize(1));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PositionsImported'"
                + " AND details LIKE ?", Integer.class, "%campaignId=" + id2 + ";%")).isEqualTo(1);
    }

    @Test
    void thePickerRemembersTheCampaignPerUserAndChoosesNothingByItself() {
        long a = admin(() -> setup.create(draft(code())));
        long b = admin(() -> setup.create(draft(code())));
        String user = "picker-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(s.as(user, Role.SECRETARY, () -> campaigns.chosen())).isEmpty();
        s.as(user, Role.SECRETARY, () -> campaigns.choose(a));
        assertThat(s.as(user, Role.SECRETARY, () -> campaigns.chosen()).map(CampaignService.CampaignInfo::id))
                .contains(a);
        s.as(user, Role.SECRETARY, () -> campaigns.choose(b));
        assertThat(s.as(user, Role.SECRETARY, () -> campaigns.chosen()).map(CampaignService.CampaignInfo::id))
                .contains(b);
        assertThat(s.as("someone-else", Role.SECRETARY, () -> campaigns.chosen())).isEmpty();
    }
}
