package vn.thituyen.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thituyen.identity.domain.UserAccount;
import vn.thituyen.identity.domain.UserAccountRepository;

/**
 * Ends the session of an account that was disabled, or whose password was reset or changed, since it signed in: on
 * its next request the session is invalidated and the request goes on unauthenticated (a page asks for the sign-in,
 * the running screen finds its session gone and reloads to the sign-in). One primary-key read per request of a
 * signed-in account; examinees and in-process work carry no generation and are not checked here.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final UserAccountRepository users;

    AccountSessionFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Principal p && p.userId() != null
                && p.sessionGeneration() != null && !current(p)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(Principal p) {
        UserAccount u = users.findById(p.userId()).orElse(null);
        return u != null && u.isEnabled() && u.getSessionGeneration() == p.sessionGeneration();
    }
}
