package vn.thituyen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.Role;
import vn.thituyen.results.ResultsService;

/**
 * What a staff member may reach follows from the seats they hold in <em>that</em> campaign (issue 11 § 3): the
 * members of campaign A's council and boards see nothing of campaign B, in the picker or through any service; the
 * boards refuse relatives of the candidates they touch, markers on the appeals board and accounts of the wrong role.
 */
@ApplicationTest
class CampaignAccessTest {

    @Autowired Scenario s;
    @Autowired CouncilService councils;
    @Autowired ResultsService results;
    @Autowired vn.thituyen.questionbank.BlueprintService blueprints;

    private <T> T admin(java.util.concurrent.Callable<T> body) {
        return s.as("office-admin", Role.ADMIN, body);
    }

    private long account(Role role) {
        String name = "bd." + UUID.randomUUID().toString().substring(0, 8);
        return admin(() -> s.identity.createAccount(name, Scenario.PASSWORD, "Thành Viên Ban", null, role));
    }

    private String username(long id) {
        return s.identity.account(id).username();
    }

    @Test
    void aMemberOfOneCampaignSeesNothingOfAnother() {
        Scenario.Campaign a = s.newCampaign();
        Scenario.Campaign b = s.newCampaign();
        s.apply(b, b.position1, "Đinh Thị Bê", null);
        s.closeRegistration(b);
        s.acceptAllAndPublish(b);
        long roomOfB = s.registration.rooms(b.id).get(0).id();

        // the picker offers A only, and a remembered choice of B is not honoured
        assertThat(s.asUser(a.secretary, () -> s.campaigns.myCampaigns())).extracting(c -> c.id())
                .contains(a.id).doesNotContain(b.id);
        assertThatThrownBy(() -> s.asUser(a.secretary, () -> s.campaigns.choose(b.id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.notFound"));
        // every staff service refuses B to A's people, whatever their role
        assertRefused(a.secretary, () -> s.registration.applications(b.id));
        assertRefused(a.secretary, () -> s.registration.eligibleListPreview(b.id));
        assertRefused(a.chair, () -> results.latest(b.id));
        assertRefused(a.chair, () -> councils.council(b.id));
        assertRefused(a.invigilator, () -> s.console.sittings(b.id));
        assertRefused(a.secretary, () -> s.preparation.prepareSitting(roomOfB));
        assertRefused(a.invigilator, () -> s.invigilation.invigilators(roomOfB));
        assertThatThrownBy(() -> s.asUser(a.grader1, () -> s.grading.mySheet(b.id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.board.notMember"));
        // B's own people and the office reach it
        assertThat(s.asUser(b.secretary, () -> s.registration.applications(b.id))).hasSize(1);
        assertThat(admin(() -> s.campaigns.myCampaigns())).extracting(c -> c.id()).contains(a.id, b.id);
        // a seat on one of B's boards opens B to the same person, and leaving it closes it again
        long invigilatorOfA = s.identity.findByUsername(a.invigilator).orElseThrow().id();
        admin(() -> {
            councils.seatOnBoard(b.id, BoardKind.INVIGILATION, invigilatorOfA, null, false);
            return null;
        });
        assertThat(s.asUser(a.invigilator, () -> s.campaigns.myCampaigns())).extracting(c -> c.id())
                .contains(a.id, b.id);
        long seat = admin(() -> councils.boards(b.id)).stream().filter(m -> m.userId() == invigilatorOfA)
                .findFirst().orElseThrow().id();
        admin(() -> {
            councils.leaveBoard(b.id, seat);
            return null;
        });
        assertRefused(a.invigilator, () -> s.console.sittings(b.id));
    }

    /**
     * A campaign's papers (its blueprints, a sample paper with its keys) are composed by its own question board, or
     * its chair: an author of another campaign, or a member of its other boards, is refused.
     */
    @Test
    void papersAreComposedByThatCampaignsQuestionBoard() {
        Scenario.Campaign a = s.newCampaign();
        Scenario.Campaign b = s.newCampaign();
        long bank = s.banks.bankFor(vn.thituyen.questionbank.Subject.GENERAL_KNOWLEDGE, null).orElseThrow().id();
        assertRefused(a.author1, () -> blueprints.saveBlueprint(b.id, 1, bank, 60, java.util.List.of()));
        assertRefused(a.author1, () -> blueprints.samplePaper(b.id, 1, bank, 60));
        assertRefused(a.author1, () -> blueprints.coverage(b.id, 1, bank, 60));
        long supervisor = account(Role.AUTHOR);
        admin(() -> {
            councils.seatOnBoard(b.id, BoardKind.SUPERVISION, supervisor, null, false);
            return null;
        });
        assertThatThrownBy(() -> s.asUser(username(supervisor), () -> blueprints.samplePaper(b.id, 1, bank, 60)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.campaign.notYourDuty"));
        // b's own question board and chair compose them
        assertThat(s.asUser(b.author1, () -> blueprints.saveBlueprint(b.id, 1, bank, 60, java.util.List.of()))
                .total()).isEqualTo(60);
        assertThat(s.asUser(b.chair, () -> blueprints.samplePaper(b.id, 1, bank, 60))).hasSize(60);
    }

    private void assertRefused(String user, java.util.concurrent.Callable<?> body) {
        assertThatThrownBy(() -> s.asUser(user, body)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.campaign.notMember"));
    }

    @Test
    void aBoardRefusesARelativeOfTheCandidatesItTouchesAndSaysWhy() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Nguyễn Văn Cháu", null);
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .filter(x -> x.id() == app).findFirst().orElseThrow().citizenId();
        long uncle = account(Role.GRADER);
        admin(() -> {
            councils.declareRelative(c.id, uncle, citizenId, "Nguyễn Văn Cháu", Relation.SIBLING);
            return null;
        });
        // the interview board of VT01 (where the relative applied) and any all-positions board are barred...
        assertThatThrownBy(() -> admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.INTERVIEW, uncle, c.position1, false);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.board.relative");
            assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params()))
                    .contains("Ban kiểm tra sát hạch").contains("Nguyễn Văn Cháu (Anh, chị, em ruột)");
        });
        assertThatThrownBy(() -> admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.MARKING, uncle, null, false);
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.board.relative"));
        // ...VT02's interview board is not: nobody there is their relative
        admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.INTERVIEW, uncle, c.position2, false);
            return null;
        });
        assertThat(admin(() -> councils.boards(c.id))).anySatisfy(m -> {
            assertThat(m.userId()).isEqualTo(uncle);
            assertThat(m.board()).isEqualTo(BoardKind.INTERVIEW);
            assertThat(m.positionCode()).isEqualTo("VT02");
            assertThat(m.conflicts()).isEmpty();
        });
        // the appeals board never holds a marker; an account of the wrong role sits nowhere it cannot work
        long marker = account(Role.GRADER);
        admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.MARKING, marker, null, true);
            return null;
        });
        assertThatThrownBy(() -> admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.APPEALS, marker, null, false);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("member", "error.board.appealsMarker"));
        long invigilator = account(Role.INVIGILATOR);
        assertThatThrownBy(() -> admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.INTERVIEW, invigilator, null, false);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("member", "error.board.wrongRole"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'BoardMemberAdded'"
                + " AND details LIKE ?", Integer.class, "%campaignId=" + c.id + ";%")).isEqualTo(
                        2 + 6);   // the scenario's six board seats, the uncle on VT02, the marker
    }

    @Test
    void anInvigilatorIsAssignedToARoomOnlyFromTheBoardAndNeverWhereARelativeSits() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Trần Thị Em", null);
        s.closeRegistration(c);
        s.acceptAllAndPublish(c);
        long room = s.registration.rooms(c.id).get(0).id();
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .filter(x -> x.id() == app).findFirst().orElseThrow().citizenId();
        long outsider = account(Role.INVIGILATOR);
        // not on the invigilation board: refused, and not offered
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.invigilation.assignInvigilator(room, outsider);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("invigilator", "error.room.notOnBoard"));
        assertThat(s.asUser(c.secretary, () -> s.invigilation.invigilatorAccounts(c.id)))
                .extracting(x -> x.id()).doesNotContain(outsider);
        // on the board, but the sister sits in that room
        admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.INVIGILATION, outsider, null, false);
            councils.declareRelative(c.id, outsider, citizenId, "Trần Thị Em", Relation.SIBLING);
            return null;
        });
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            s.invigilation.assignInvigilator(room, outsider);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.room.relative");
            assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params())).contains("Trần Thị Em");
        });
        assertThat(s.asUser(c.secretary, () -> s.invigilation.invigilators(room))).extracting(x -> x.id())
                .doesNotContain(outsider);
    }

    @Test
    void aRoomStaffedBeforeTheListIsNotPreparedWhenTheListSeatsAnInvigilatorsRelativeThere() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Vũ Thị Cháu", null);
        s.closeRegistration(c);
        long room = s.asUser(c.secretary, () -> s.registration.saveRoom(c.id, null,
                new vn.thituyen.registration.RegistrationService.RoomDraft(null, "Phòng A", 10, null)));
        long invigilator = s.identity.findByUsername(c.invigilator).orElseThrow().id();
        s.asUser(c.secretary, () -> {
            s.invigilation.assignInvigilator(room, invigilator);   // nobody sits there yet
            return null;
        });
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).get(0).citizenId();
        admin(() -> {
            councils.declareRelative(c.id, invigilator, citizenId, "Vũ Thị Cháu", Relation.CHILD);
            return null;
        });
        s.asUser(c.secretary, () -> {
            s.registration.accept(app);
            s.registration.publishEligibleList(c.id);   // seats the daughter in Phòng A
            return null;
        });
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> s.preparation.prepareSitting(room)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.room.relative");
                    assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params()))
                            .isEqualTo("Không thể phân công Vũ Giám Thị coi phòng Phòng A: Vũ Thị Cháu (Con) là thí"
                                    + " sinh trong phòng.");
                });
        // taken off the room, the sitting is prepared
        s.asUser(c.secretary, () -> {
            s.invigilation.unassignInvigilator(room, invigilator);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> s.preparation.prepareSitting(room))).isPositive();
    }

    @Test
    void whatAMemberMayDoFollowsFromTheirSeatsInTheCampaign() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Kiều Văn Lộc", null);
        s.closeRegistration(c);
        long supervisor = account(Role.SECRETARY);
        long reviewer = account(Role.SECRETARY);
        admin(() -> {
            councils.seatOnBoard(c.id, BoardKind.SUPERVISION, supervisor, null, false);
            councils.seatOnBoard(c.id, BoardKind.FORM_REVIEW, reviewer, null, true);
            return null;
        });
        // the supervision board sees the campaign but does not decide applications
        assertThat(s.asUser(username(supervisor), () -> s.registration.applications(c.id))).hasSize(1);
        assertThatThrownBy(() -> s.asUser(username(supervisor), () -> {
            s.registration.accept(app);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.campaign.notYourDuty");
            assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params())).startsWith(
                    "Việc này thuộc nhiệm vụ của Ủy viên kiêm thư ký Hội đồng hoặc Ban kiểm tra Phiếu đăng ký");
        });
        // the form-review board does; publishing the list stays the member-secretary's
        s.asUser(username(reviewer), () -> {
            s.registration.accept(app);
            return null;
        });
        assertThatThrownBy(() -> s.asUser(username(reviewer), () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.campaign.notYourDuty"));
        s.asUser(c.secretary, () -> {
            s.registration.publishEligibleList(c.id);
            return null;
        });
        // a chair-role account seated as a plain council member does not approve results
        long member = account(Role.CHAIR);
        admin(() -> {
            councils.seat(c.id, member, CouncilRole.MEMBER);
            return null;
        });
        s.assignInvigilator(c);
        s.openSittings(c);
        s.sit(app, 40, 20);
        s.interview(c, app, "70", "72");
        long set = s.asUser(c.secretary, () -> results.compute(c.id));
        assertThatThrownBy(() -> s.asUser(username(member), () -> {
            results.approve(set);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                .isEqualTo("error.campaign.notYourDuty"));
        s.asUser(c.chair, () -> {
            results.approve(set);
            return null;
        });
    }
}
