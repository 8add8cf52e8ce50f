package vn.thituyen.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thituyen.common.DomainException;

/** Who is acting now, read from Spring Security; services use it so a candidate only reaches their own data. */
@Component
public class CurrentUser {

    public Optional<Principal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof Principal p)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    public Principal require() {
        return get().orElseThrow(() -> new DomainException("error.notSignedIn"));
    }

    /** Whether the person acting holds the role (service-level checks beyond {@code @Secured}). */
    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Name recorded in audit trails and decisions. */
    public String username() {
        return get().map(Principal::getUsername).orElse("system");
    }
}
