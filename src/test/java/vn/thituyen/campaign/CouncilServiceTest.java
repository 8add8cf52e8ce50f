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

/** The council on the real database: seats, and the block when a declared relative applies. */
@ApplicationTest
class CouncilServiceTest {

    @Autowired Scenario s;
    @Autowired CouncilService councils;

    private long staff(String role) {
        String name = "hd." + UUID.randomUUID().toString().substring(0, 8);
        s.as("system-admin", Role.ADMIN, () -> s.staffAccounts.create(name, "Thành Viên " + role, null,
                Role.SECRETARY));
        return s.identity.findByUsername(name).orElseThrow().id();
    }

    private <T> T admin(java.util.concurrent.Callable<T> body) {
        return s.as("office-admin", Role.ADMIN, body);
    }

    @Test
    void aMemberWhoseRelativeAppliesIsRefusedAndASeatedOneIsFlagged() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Văn Con", null);
        String citizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .filter(x -> x.id() == a).findFirst().orElseThrow().citizenId();
        long parent = staff("cha");
        long vice = staff("phó chủ tịch");
        admin(() -> {
            councils.declareRelative(c.id, parent, citizenId, "Nguyễn Văn Con", Relation.CHILD);
            councils.seat(c.id, vice, CouncilRole.VICE_CHAIR);
            return null;
        });
        assertThatThrownBy(() -> admin(() -> {
            councils.seat(c.id, parent, CouncilRole.MEMBER);
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.council.relative");
            assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params()))
                    .endsWith("Nguyễn Văn Con (Con) là người dự tuyển.");
        });
        long chair = s.identity.findByUsername(c.chair).orElseThrow().id();
        long secretary = s.identity.findByUsername(c.secretary).orElseThrow().id();
        assertThat(admin(() -> councils.council(c.id)).seats()).extracting(CouncilService.Seat::userId)
                .containsExactlyInAnyOrder(chair, secretary, vice);
        // the chair's seat cannot be given twice; a relative declared after seating flags the member
        assertThatThrownBy(() -> admin(() -> {
            councils.seat(c.id, staff("phó"), CouncilRole.CHAIR);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("role", "error.council.seatTaken"));
        admin(() -> {
            councils.declareRelative(c.id, vice, citizenId, "Nguyễn Văn Con", Relation.SPOUSE_SIBLING);
            return null;
        });
        CouncilService.Council council = admin(() -> councils.council(c.id));
        assertThat(council.seats().stream().filter(x -> x.userId() == vice).findFirst().orElseThrow().conflicts())
                .extracting(r -> r.relation()).containsExactly(Relation.SPOUSE_SIBLING);
        assertThat(council.gaps()).containsExactly("council.gap.size");
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'RelativeDeclared'"
                + " AND details LIKE ?", Integer.class, "%campaignId=" + c.id + ";%")).isEqualTo(2);
    }

    @Test
    void aDeclarationIsCheckedFieldByField() {
        Scenario.Campaign c = s.newCampaign();
        long member = staff("x");
        assertThatThrownBy(() -> admin(() -> {
            councils.declareRelative(c.id, member, "123", " ", null);
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsOnlyKeys("citizenId", "fullName", "relation"));
    }
}
