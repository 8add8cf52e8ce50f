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
import vn.thituyen.identity.domain.UserAccountRepository;

/** The visitor's sign-up form (route "signup"), anonymous. */
@ApplicationTest
class SignUpViewTest extends ViewTestBase {

    @org.springframework.beans.factory.annotation.Autowired UserAccountRepository accounts;

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
        SignUpView view = fill(username, "HoaSen.2026x", "Nguyễn Thị Hoà", "hoa@example.vn");

        _click(view.submit);

        assertThat(s.identity.findByUsername(username)).hasValueSatisfying(a -> {
            assertThat(a.fullName()).isEqualTo("Nguyễn Thị Hoà");
            assertThat(a.role()).isEqualTo(vn.thituyen.identity.Role.CANDIDATE);
        });
        assertSameAnswer();
    }

    /**
     * What a visitor sees after a valid sign-up, whether the username was free or taken (no account enumeration,
     * ASVS V2): the sign-in page with the same advice, no field marked, no other notice.
     */
    private void assertSameAnswer() {
        LoginView login = _get(LoginView.class);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("login");
        assertThat(location.getQueryParameters().getParameters()).containsOnlyKeys("signedUp");
        assertThat(login.notice.isVisible()).isTrue();
        assertThat(login.notice.getText()).isEqualTo("Đã ghi nhận đăng ký. Hãy đăng nhập bằng tên đăng nhập và mật "
                + "khẩu vừa chọn. Nếu không đăng nhập được, có thể tên đăng nhập này đã có người dùng: hãy đăng ký lại "
                + "với một tên đăng nhập khác.");
        assertThat(notifications()).isEmpty();
    }

    @Test
    void aBadUsernameIsMarkedOnItsField() {
        String username = "ab";
        SignUpView view = fill(username, "HoaSen.2026x", "Nguyễn Văn An", "an@example.vn");

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
        SignUpView view = fill(username, "HoaSen.2026x", "Nguyễn Văn An", "an@<script>.vn");

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

    /**
     * Finding 12 of the security review: a taken username got "Tên đăng nhập đã được sử dụng" next to the field, so
     * anyone could list the accounts. Now a taken username gets exactly the answer a new account gets, and the
     * existing account is left as it was.
     */
    @Test
    void aTakenUsernameGetsTheSameAnswerAsAFreeOneAndChangesNothing() {
        String username = uniqueUsername();
        SignUpView first = fill(username, "HoaSen.2026x", "Nguyễn Văn An", "an@example.vn");
        _click(first.submit);
        assertThat(s.identity.exists(username)).isTrue();
        assertSameAnswer();
        String hashBefore = accounts.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash();

        signOut();
        SignUpView second = fill(username.toUpperCase(), "HoaSen.2027x", "Trần Văn Bình", "binh@example.vn");
        _click(second.submit);

        assertThat(error(second.username)).isNull();
        assertSameAnswer();
        assertThat(s.identity.findByUsername(username)).hasValueSatisfying(
                a -> assertThat(a.fullName()).isEqualTo("Nguyễn Văn An"));
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
        assertThat(accounts.findAll().stream().filter(a -> a.getUsername().equalsIgnoreCase(username))).hasSize(1);
    }

    /** Finding 7: a common password (here "password" with digits and a symbol) is refused at sign-up too. */
    @Test
    void aCommonPasswordIsMarkedOnItsField() {
        String username = uniqueUsername();
        SignUpView view = fill(username, "Password123!", "Nguyễn Văn An", "an@example.vn");

        _click(view.submit);

        assertThat(error(view.password)).startsWith("Mật khẩu quá dễ đoán");
        assertThat(s.identity.exists(username)).isFalse();
    }
}
