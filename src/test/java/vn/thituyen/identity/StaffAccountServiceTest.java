package vn.thituyen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;

/** Staff accounts on the real database: one-time codes, their single use and expiry, disabling, guards. */
@ApplicationTest
class StaffAccountServiceTest {

    private static final String GOOD = "Mat-Khau-Rat-Dai-2026";

    @Autowired Scenario s;
    @Autowired StaffAccountService staff;
    @Autowired PasswordEncoder encoder;

    private String name() {
        return "cb." + UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T admin(java.util.concurrent.Callable<T> body) {
        return s.as("office-admin", Role.ADMIN, body);
    }

    private boolean signsIn(String username, String password) {
        Principal p = (Principal) s.users.loadUserByUsername(username);
        return p.isEnabled() && encoder.matches(password, p.getPassword());
    }

    @Test
    void aCreatedAccountHasNoPasswordUntilThePersonSetsItWithTheCodeOnce() {
        String user = name();
        StaffAccountService.OneTimeCode code = admin(() -> staff.create(user, "Nguyễn Văn Cán", "cb@example.vn",
                Role.INVIGILATOR));
        assertThat(code.code()).matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{2}");
        assertThat(code.expiresAt()).isEqualTo(s.clock.instant().plus(Duration.ofHours(72)));
        // only the hash is stored
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM password_code WHERE code_hash = ?", Integer.class,
                code.code())).isZero();
        assertThat(admin(() -> staff.staff())).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(user);
            assertThat(a.role()).isEqualTo(Role.INVIGILATOR);
            assertThat(a.enabled()).isTrue();
        });
        // typed in lower case, without dashes: the same code
        String typed = code.code().replace("-", " ").toLowerCase();
        assertThatThrownBy(() -> staff.setPassword(typed, GOOD, GOOD + "x", "198.51.100.7"))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("repeat", "validation.password.repeat"));
        assertThatThrownBy(() -> staff.setPassword(typed, "ngan", "ngan", "198.51.100.7"))
                .isInstanceOf(FieldErrors.class);
        assertThat(staff.setPassword(typed, GOOD, GOOD, "198.51.100.7")).isEqualTo(user);
        assertThat(signsIn(user, GOOD)).isTrue();
        // used once
        assertThatThrownBy(() -> staff.setPassword(code.code(), "Mot-Mat-Khau-Khac-2026", "Mot-Mat-Khau-Khac-2026",
                "198.51.100.7")).isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("code", "error.staff.badCode"));
        assertThat(signsIn(user, GOOD)).isTrue();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action IN ('StaffAccountCreated',"
                + " 'PasswordSetWithCode') AND details LIKE ?", Integer.class, "%" + user + "%")).isEqualTo(2);
    }

    @Test
    void aResetStopsTheOldPasswordAndTheOlderCodeAndCodesExpire() {
        String user = name();
        StaffAccountService.OneTimeCode first = admin(() -> staff.create(user, "Trần Thị Bích", null, Role.GRADER));
        staff.setPassword(first.code(), GOOD, GOOD, "198.51.100.8");
        long id = s.identity.findByUsername(user).orElseThrow().id();
        StaffAccountService.OneTimeCode second = admin(() -> staff.resetPassword(id));
        StaffAccountService.OneTimeCode third = admin(() -> staff.resetPassword(id));
        assertThat(signsIn(user, GOOD)).as("the old password stopped at once").isFalse();
        assertThatThrownBy(() -> staff.setPassword(second.code(), GOOD, GOOD, "198.51.100.8"))
                .isInstanceOf(FieldErrors.class);
        s.clock.advance(Duration.ofHours(73));
        try {
            assertThatThrownBy(() -> staff.setPassword(third.code(), GOOD, GOOD, "198.51.100.8"))
                    .as("expired").isInstanceOf(FieldErrors.class);
        } finally {
            s.clock.advance(Duration.ofHours(-73));
        }
        staff.setPassword(third.code(), "Mat-Khau-Moi-Hon-2027", "Mat-Khau-Moi-Hon-2027", "198.51.100.8");
        assertThat(signsIn(user, "Mat-Khau-Moi-Hon-2027")).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignInAndTheGuardsHold() {
        String user = name();
        StaffAccountService.OneTimeCode code = admin(() -> staff.create(user, "Lê Văn Khóa", null, Role.SECRETARY));
        staff.setPassword(code.code(), GOOD, GOOD, "198.51.100.9");
        long id = s.identity.findByUsername(user).orElseThrow().id();
        admin(() -> {
            staff.setEnabled(id, false);
            return null;
        });
        assertThat(signsIn(user, GOOD)).isFalse();
        admin(() -> {
            staff.setEnabled(id, true);
            return null;
        });
        assertThat(signsIn(user, GOOD)).isTrue();

        String adminUser = name();
        admin(() -> staff.create(adminUser, "Quản Trị Hai", null, Role.ADMIN));
        long adminId = s.identity.findByUsername(adminUser).orElseThrow().id();
        assertThatThrownBy(() -> s.as(adminUser, Role.ADMIN, () -> {
            staff.setEnabled(adminId, false);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.staff.self");
        assertThatThrownBy(() -> s.as("a-secretary", Role.SECRETARY, () -> staff.create(name(), "X Y", null,
                Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLastActiveAdministratorStays() {
        java.util.List<Long> enabledAdmins = s.jdbc.queryForList(
                "SELECT id FROM user_account WHERE role = 'ADMIN' AND enabled = TRUE", Long.class);
        try {
            for (int i = 0; i < enabledAdmins.size() - 1; i++) {
                s.jdbc.update("UPDATE user_account SET enabled = FALSE WHERE id = ?", enabledAdmins.get(i));
            }
            long last = enabledAdmins.get(enabledAdmins.size() - 1);
            assertThatThrownBy(() -> admin(() -> {
                staff.setEnabled(last, false);
                return null;
            })).hasMessage("error.staff.lastAdmin");
        } finally {
            for (long id : enabledAdmins) {
                s.jdbc.update("UPDATE user_account SET enabled = TRUE WHERE id = ?", id);
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" {1} {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "ab;           Nguyễn A;      ;                 username",
        "Có Dấu;       Nguyễn A;      ;                 username",
        "cb.ok1;       ;              ;                 fullName",
        "cb.ok2;       <b>x</b>;      ;                 fullName",
        "cb.ok3;       Nguyễn A;      not-an-email;     email",
    })
    void badInputIsMarkedFieldByFieldAndNothingIsStored(String username, String fullName, String email,
            String field) {
        assertThatThrownBy(() -> admin(() -> staff.create(username, fullName, email, Role.AUTHOR)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey(field));
        assertThat(s.identity.exists(username.strip().toLowerCase())).isFalse();
    }

    @Test
    void aCandidateRoleIsNotAStaffRole() {
        assertThatThrownBy(() -> admin(() -> staff.create(name(), "Thí Sinh", null, Role.CANDIDATE)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("role"));
    }
}
