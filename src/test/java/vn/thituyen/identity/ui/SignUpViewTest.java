package vn.thituyen.identity.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;

/** The visitor's sign-up form (route "signup"), anonymous. */
@ApplicationTest
class SignUpViewTest extends ViewTestBase {

    private static String uniqueUsername() {
        return "ts." + UUID.randomUUID().toString().substring(0, 8);
    }

    private SignUpView fill(String username, String password, String fullName, String email) {
        SignUpView view = navigate("signup", SignUpView.class);
        _setValue(view.username, username);
        _setValue(view.password, password);
        _setValue(view.fullName, fullName);
        _setValue(view.email, email);
        return view;
    }

    @Test
    void aGoodFormCreatesTheAccountAndGoesToTheLogin() {
        String username = uniqueUsername();
        SignUpView view = fill(username, "MatKhau2026", "Nguyễn Thị Hoà", "hoa@example.vn");

        _click(view.submit);

        assertThat(s.identity.findByUsername(username)).hasValueSatisfying(a -> {
            assertThat(a.fullName()).isEqualTo("Nguyễn Thị Hoà");
            assertThat(a.role()).isEqualTo(vn.thituyen.identity.Role.CANDIDATE);
        });
        assertThat(notifications()).contains("Đã tạo tài khoản. Vui lòng đăng nhập.");
        _get(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void aBadUsernameIsMarkedOnItsField() {
        String username = "ab";
        SignUpView view = fill(username, "MatKhau2026", "Nguyễn Văn An", "an@example.vn");

        _click(view.submit);

        assertThat(error(view.username))
                .isEqualTo("Tên đăng nhập gồm 4–50 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang");
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(s.identity.exists(username)).isFalse();
        _get(SignUpView.class);
    }

    @Test
    void aWeakPasswordIsMarkedOnItsField() {
        String username = uniqueUsername();
        SignUpView view = fill(username, "chicochu", "Nguyễn Văn An", "an@example.vn");

        _click(view.submit);

        assertThat(error(view.password)).isEqualTo("Mật khẩu cần ít nhất 8 ký tự, có cả chữ và số");
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(s.identity.exists(username)).isFalse();
    }

    @Test
    void aBadEmailIsMarkedOnItsField() {
        String username = uniqueUsername();
        SignUpView view = fill(username, "MatKhau2026", "Nguyễn Văn An", "an@<script>.vn");

        _click(view.submit);

        assertThat(error(view.email)).isEqualTo("Địa chỉ thư điện tử không hợp lệ");
        assertThat(s.identity.exists(username)).isFalse();
    }

    @Test
    void anEmptyFormMarksEveryField() {
        SignUpView view = navigate("signup", SignUpView.class);

        _click(view.submit);

        assertThat(error(view.username)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(error(view.password)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(error(view.fullName)).isEqualTo("Vui lòng nhập thông tin này");
        assertThat(error(view.email)).isEqualTo("Vui lòng nhập thông tin này");
    }

    @Test
    void aTakenUsernameIsRefused() {
        String username = uniqueUsername();
        SignUpView first = fill(username, "MatKhau2026", "Nguyễn Văn An", "an@example.vn");
        _click(first.submit);
        assertThat(s.identity.exists(username)).isTrue();

        SignUpView second = fill(username.toUpperCase(), "MatKhau2027", "Trần Văn Bình", "binh@example.vn");
        _click(second.submit);

        assertThat(error(second.username)).isEqualTo("Tên đăng nhập đã được sử dụng");
        assertThat(s.identity.findByUsername(username)).hasValueSatisfying(
                a -> assertThat(a.fullName()).isEqualTo("Nguyễn Văn An"));
    }
}
