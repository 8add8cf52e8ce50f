package vn.thituyen.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.PersonName;
import vn.thituyen.identity.domain.SignUpRules;
import vn.thituyen.identity.domain.UserAccount;
import vn.thituyen.identity.domain.UserAccountRepository;

/** Accounts: candidate sign-up, staff accounts, look-ups other modules need. */
@Service
public class IdentityService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    IdentityService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A visitor creates a candidate account. Field errors carry message keys; nothing is stored on error. */
    @Transactional
    public long signUpCandidate(String username, String password, String fullName, String email) {
        Map<String, String> errors = new java.util.LinkedHashMap<>(SignUpRules.validate(username, password, fullName, email));
        if (!errors.containsKey("username") && users.existsByUsernameIgnoreCase(username.trim())) {
            errors.put("username", "validation.username.taken");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return create(username.trim(), password, PersonName.normalize(fullName), email.trim(), Role.CANDIDATE);
    }

    /** Staff accounts are created by Home Affairs administrators (and by the demo data loader). */
    @Transactional
    public long createAccount(String username, String password, String fullName, String email, Role role) {
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new FieldErrors(Map.of("username", "validation.username.taken"));
        }
        return create(username, password, fullName, email, role);
    }

    private long create(String username, String password, String fullName, String email, Role role) {
        return users.save(new UserAccount(username, passwordEncoder.encode(password), fullName, email, role,
                clock.instant())).getId();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public AccountSummary account(long userId) {
        return users.findById(userId).map(IdentityService::summary).orElseThrow();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AccountSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(IdentityService::summary);
    }

    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsWithRole(Role role) {
        return users.findByRoleOrderByUsername(role).stream().map(IdentityService::summary).toList();
    }

    private static AccountSummary summary(UserAccount u) {
        return new AccountSummary(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRole());
    }

    public record AccountSummary(long id, String username, String fullName, String email, Role role) {
    }
}
