package vn.thituyen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.identity.domain.UserAccountRepository;

/**
 * Issue 11 § 3: disabling an account or resetting its password ends the sessions it already has, on their next
 * request; a fresh sign-in afterwards works.
 */
@ApplicationTest
class AccountSessionFilterTest {

    @Autowired Scenario s;
    @Autowired StaffAccountService staff;
    @Autowired UserDetailsService users;
    @Autowired UserAccountRepository accounts;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** One request of a session signed in as {@code p}; returns whether the session survived it. */
    private boolean request(MockHttpSession session, Principal p) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/review");
        req.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new AccountSessionFilter(accounts).doFilter(req, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on either way").isNotNull();
        boolean signedIn = SecurityContextHolder.getContext().getAuthentication() != null;
        return signedIn && !session.isInvalid();
    }

    private <T> T admin(java.util.concurrent.Callable<T> body) {
        return s.as("office-admin", Role.ADMIN, body);
    }

    @Test
    void aDisabledAccountOrAResetPasswordEndsTheSessionsItHas() throws Exception {
        String name = "ss." + UUID.randomUUID().toString().substring(0, 8);
        long id = admin(() -> s.identity.createAccount(name, Scenario.PASSWORD, "Trịnh Thư Ký", null,
                Role.SECRETARY));
        Principal signedIn = (Principal) users.loadUserByUsername(name);
        MockHttpSession session = new MockHttpSession();
        assertThat(request(session, signedIn)).isTrue();
        assertThat(request(session, signedIn)).isTrue();

        // the office disables the account: the open session ends on its next request
        admin(() -> {
            staff.setEnabled(id, false);
            return null;
        });
        assertThat(request(session, signedIn)).isFalse();
        assertThat(session.isInvalid()).isTrue();

        // enabled again, a new sign-in works; a password reset then ends that session too
        admin(() -> {
            staff.setEnabled(id, true);
            return null;
        });
        Principal again = (Principal) users.loadUserByUsername(name);
        MockHttpSession second = new MockHttpSession();
        assertThat(request(second, again)).isTrue();
        admin(() -> staff.resetPassword(id));
        assertThat(request(second, again)).isFalse();

        // in-process work (no generation) is never signed out by this filter
        Principal system = new Principal("system-x", "", true, id, null, Role.SECRETARY, "x");
        assertThat(request(new MockHttpSession(), system)).isTrue();
    }
}
