package vn.thituyen.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.PersonName;
import vn.thituyen.identity.domain.PasswordPolicy;
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

    /**
     * A visitor creates a candidate account. Field errors carry message keys; nothing is stored on error.
     *
     * <p>The answer does not tell whether the username was free (OWASP ASVS V2: no account enumeration): a taken
     * username gets the same answer as a new account and costs the same password hashing; nothing is stored for
     * it and the existing account is untouched. The person then signs in; if that fails, the sign-up page's
     * advice applies (choose another username).
     *
     * @return the new account's id, or empty when the username was taken (never shown to the visitor)
     */
    @Transactional
    public OptionalLong signUpCandidate(String username, String password, String fullName, String email) {
        Map<String, String> errors = SignUpRules.validate(username, password, fullName, email);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String hash = passwordEncoder.encode(password);
        if (users.existsByUsernameIgnoreCase(username.trim())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(users.save(new UserAccount(username.trim(), hash, PersonName.normalize(fullName),
                email.trim(), Role.CANDIDATE, clock.instant())).getId());
    }

    /**
     * Accounts made by the system: staff accounts (the first administrator, the demo loader, administrators) and
     * candidates. Staff passwords must pass the staff policy (12+ characters, not guessable), candidates' the
     * candidate policy.
     */
    @Transactional
    public long createAccount(String username, String password, String fullName, String email, Role role) {
        String weak = role == Role.CANDIDATE ? PasswordPolicy.checkCandidate(username, password)
                : PasswordPolicy.checkStaff(username, password);
        if (weak != null) {
            throw new FieldErrors(Map.of("password", weak));
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new FieldErrors(Map.of("username", "validation.username.taken"));
        }
        return users.save(new UserAccount(username, passwordEncoder.encode(password), fullName, email, role,
                clock.instant())).getId();
    }

    /**
     * The candidate account of a person who applied on paper (nhận hồ sơ giấy), made by the secretary entering the
     * form: username {@code hsg-<citizen ID>}, disabled, and with no password any sign-in can match (the stored value
     * is not a BCrypt hash), so nobody can sign in as the candidate until the account is handed over. The same person
     * entered again (another campaign) gets the same account.
     *
     * @return the account's id
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public long paperCandidate(String citizenId, String fullName, String email) {
        String username = PAPER_PREFIX + citizenId.strip();
        return users.findByUsernameIgnoreCase(username).map(existing -> {
            if (existing.getRole() != Role.CANDIDATE) {
                throw new FieldErrors(Map.of("citizenId", "validation.username.taken"));
            }
            return existing.getId();
        }).orElseGet(() -> {
            UserAccount u = new UserAccount(username, NO_PASSWORD, PersonName.normalize(fullName),
                    email == null ? null : email.strip(), Role.CANDIDATE, clock.instant());
            u.setEnabled(false);
            return users.save(u).getId();
        });
    }

    /** The username prefix of accounts made for paper applications ("hồ sơ giấy"). */
    public static final String PAPER_PREFIX = "hsg-";
    /** Not a BCrypt hash: BCrypt matches no password against it. */
    private static final String NO_PASSWORD = "!paper-application";

    /** Whether any account holds the role (e.g. whether an administrator exists). */
    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return !users.findByRoleOrderByUsername(role).isEmpty();
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

    /**
     * The managing agencies (enabled AGENCY accounts) by id and name, which a leadership candidate picks from: only
     * the agency's public name, nothing about the account.
     */
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return users.findByRoleOrderByUsername(Role.AGENCY).stream().filter(UserAccount::isEnabled)
                .map(u -> new Agency(u.getId(), u.getFullName())).toList();
    }

    public record Agency(long id, String name) {
    }

    private static AccountSummary summary(UserAccount u) {
        return new AccountSummary(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRole(), u.isEnabled());
    }

    public record AccountSummary(long id, String username, String fullName, String email, Role role,
            boolean enabled) {
    }
}
