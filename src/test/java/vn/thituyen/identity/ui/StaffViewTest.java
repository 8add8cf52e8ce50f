package vn.thituyen.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.identity.Role;

/** An administrator creates a staff account; the person sets the password with the code shown once. */
@ApplicationTest
class StaffViewTest extends ViewTestBase {

    private String admin;

    @BeforeEach
    void anAdministratorSignedIn() {
        admin = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(admin, Scenario.PASSWORD, "Phạm Quản Trị",
                "qt@example.vn", Role.ADMIN));
        signIn(admin);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theCodeIsShownOnceAndSetsThePassword() {
        String user = "gt." + UUID.randomUUID().toString().substring(0, 6);
        StaffView v = navigate("staff", StaffView.class);
        _click(button("create-staff"));
        TextField username = _get(TextField.class, spec -> spec.withId("staff-username"));
        _setValue(username, "A");
        _click(button("save-staff"));
        assertThat(error(username)).isEqualTo(
                "Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang.");
        _setValue(username, user);
        _setValue(_get(TextField.class, spec -> spec.withId("staff-fullname")), "Vũ Thị Giám");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("staff-role"));
        _setValue(role, Role.INVIGILATOR);
        _click(button("save-staff"));
        String code = _get(Span.class, spec -> spec.withId("one-time-code")).getText();
        assertThat(code).matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{2}");
        _click(button("code-close"));
        assertThat(screenText()).doesNotContain(code);
        assertThat(GridKt._findAll(v.grid)).anySatisfy(a -> assertThat(a.username()).isEqualTo(user));

        signOut();
        SetPasswordView set = navigate("set-password", SetPasswordView.class);
        _setValue(set.code, "SAI-MA-XXXX");
        _setValue(set.password, "Mat-Khau-Rat-Dai-2026");
        _setValue(set.repeat, "Mat-Khau-Rat-Dai-2026");
        _click(set.submit);
        assertThat(error(set.code)).isEqualTo(
                "Mã không đúng, đã dùng hoặc đã hết hạn. Hãy đề nghị quản trị viên cấp mã mới.");
        _setValue(set.code, code);
        _click(set.submit);
        assertThat(s.identity.findByUsername(user)).isPresent();
        signIn(user);   // the account now signs in (the test signs in by loading the account, as the form would)
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo(user);
    }

    @Test
    void disablingAsksFirstAndAnAdministratorCannotDisableThemself() {
        String user = "tk." + UUID.randomUUID().toString().substring(0, 6);
        s.as("system-admin", Role.ADMIN, () -> s.staffAccounts.create(user, "Trần Thư", null, Role.SECRETARY));
        StaffView v = navigate("staff", StaffView.class);
        var row = GridKt._findAll(v.grid).stream().filter(a -> a.username().equals(user)).findFirst().orElseThrow();
        int index = GridKt._findAll(v.grid).indexOf(row);
        _click(_get(GridKt._getCellComponent(v.grid, index, "actions"), Button.class,
                spec -> spec.withId("disable-" + user)));
        assertThat(confirm()).startsWith("Khóa tài khoản " + user);
        assertThat(s.jdbc.queryForObject("SELECT enabled FROM user_account WHERE username = ?", Boolean.class, user))
                .isFalse();
        var me = GridKt._findAll(v.grid).stream().filter(a -> a.username().equals(admin)).findFirst().orElseThrow();
        int mine = GridKt._findAll(v.grid).indexOf(me);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(GridKt._getCellComponent(v.grid, mine, "actions"),
                Button.class, spec -> spec.withId("disable-" + admin));
    }

    @Test
    void theListNarrowsToWhatIsTypedWithOrWithoutAccents() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount("loc." + tag, Scenario.PASSWORD,
                "Đặng Thị Lộc " + tag, null, Role.INVIGILATOR));
        StaffView v = navigate("staff", StaffView.class);
        _setValue(v.filter, "dang thi loc " + tag);
        assertThat(GridKt._findAll(v.grid)).extracting(a -> a.username()).containsExactly("loc." + tag);
        _setValue(v.filter, "giam thi");   // by the role's name
        assertThat(GridKt._findAll(v.grid)).isNotEmpty().allSatisfy(a -> assertThat(a.role())
                .isEqualTo(Role.INVIGILATOR));
        _setValue(v.filter, "");
        assertThat(GridKt._size(v.grid)).isGreaterThan(1);
    }
}
