package vn.thituyen.identity;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of work as a given person, then restores whoever was acting before: for work that no request
 * carries (the demo loader, test scenarios), so the services' role checks and audit trail see the right actor.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T call(Principal p, Callable<T> body) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
