package vn.thituyen.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.PersonName;
import vn.thituyen.identity.domain.PasswordCode;
import vn.thituyen.identity.domain.PasswordCodeRepository;
import vn.thituyen.identity.domain.PasswordPolicy;
import vn.thituyen.identity.domain.UserAccount;
import vn.thituyen.identity.domain.UserAccountRepository;

/**
 * Staff accounts an administrator manages: create (the person then sets their own password with a one-time code),
 * disable and re-enable, reset the password (a new code; the old password stops working at once). The code is shown
 * to the administrator once and never stored: only its SHA-256 is kept, it is used once, expires, and a newer code
 * replaces the older ones.
 */
@Service
public class StaffAccountService {

    /** The roles a staff account may hold (candidates sign up themselves; examinees exist only at the exam room). */
    public static final EnumSet<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.SECRETARY, Role.CHAIR, Role.AUTHOR,
            Role.INVIGILATOR, Role.GRADER, Role.AGENCY);
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,49}";

    private final UserAccountRepository users;
    private final PasswordCodeRepository codes;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration codeLifetime;
    private final SecureRandom random = new SecureRandom();

    StaffAccountService(UserAccountRepository users, PasswordCodeRepository codes, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, ApplicationEventPublisher events, SignInThrottle throttle, Clock clock,
            @Value("${thituyen.password-code.hours:72}") long codeHours) {
        this.users = users;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
        this.codeLifetime = Duration.ofHours(codeHours);
    }

    public record StaffAccount(long id, String username, String fullName, String email, Role role, boolean enabled) {
    }

    /** A one-time code as the administrator hands it over: shown once, valid until {@code expiresAt}. */
    public record OneTimeCode(String username, String code, Instant expiresAt) {
    }

    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public List<StaffAccount> staff() {
        return users.findByRoleNotInOrderByUsername(EnumSet.of(Role.CANDIDATE, Role.EXAMINEE)).stream()
                .map(StaffAccountService::view).toList();
    }

    /** Creates a staff account without a usable password; returns the one-time code to set it. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public OneTimeCode create(String username, String fullName, String email, Role role) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches(USERNAME)) {
            errors.put("username", "validation.staffUsername");
        } else if (users.existsByUsernameIgnoreCase(name)) {
            errors.put("username", "validation.username.taken");
        }
        String nameKey = FreeText.check(fullName, 100);
        if (nameKey != null) {
            errors.put("fullName", nameKey);
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            errors.put("email", "validation.email");
        }
        if (role == null || !STAFF_ROLES.contains(role)) {
            errors.put("role", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        UserAccount account = users.save(new UserAccount(name, unusableHash(), PersonName.normalize(fullName),
                email == null || email.isBlank() ? null : email.strip(), role, clock.instant()));
        events.publishEvent(new IdentityEvents.StaffAccountCreated(name, role.name(), currentUser.username()));
        return issue(account);
    }

    /** Disables or re-enables an account; nobody disables themself, and the last enabled administrator stays. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        UserAccount u = users.findById(userId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!enabled && u.getUsername().equalsIgnoreCase(currentUser.username())) {
            throw new DomainException("error.staff.self");
        }
        if (!enabled && u.getRole() == Role.ADMIN && u.isEnabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new DomainException("error.staff.lastAdmin");
        }
        u.setEnabled(enabled);
        events.publishEvent(new IdentityEvents.AccountEnabledChanged(u.getUsername(), enabled, currentUser.username()));
    }

    /** A new one-time code; the old password and every older code stop working at once. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public OneTimeCode resetPassword(long userId) {
        UserAccount u = users.findById(userId).orElseThrow(() -> new DomainException("error.notFound"));
        if (!STAFF_ROLES.contains(u.getRole())) {
            throw new DomainException("error.notFound");
        }
        u.changePassword(unusableHash());
        events.publishEvent(new IdentityEvents.PasswordResetIssued(u.getUsername(), currentUser.username()));
        return issue(u);
    }

    /**
     * The person sets their password with the code (anyone may call this: the code is the proof). A wrong, used or
     * expired code gets one answer and counts against the caller's address like a failed sign-in.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public String setPassword(String code, String password, String repeat, String clientAddress) {
        throttle.check(null, clientAddress);
        Instant now = clock.instant();
        PasswordCode found = code == null ? null : codes.findByCodeHash(hash(normalise(code))).orElse(null);
        if (found == null || !found.usableAt(now)) {
            throttle.failed(null, clientAddress);
            throw new FieldErrors(Map.of("code", "error.staff.badCode"));
        }
        UserAccount u = users.findById(found.getUserId()).orElseThrow();
        String weak = PasswordPolicy.checkStaff(u.getUsername(), password);
        if (weak != null) {
            throw new FieldErrors(Map.of("password", weak));
        }
        if (!password.equals(repeat)) {
            throw new FieldErrors(Map.of("repeat", "validation.password.repeat"));
        }
        u.changePassword(passwordEncoder.encode(password));
        found.use(now);
        events.publishEvent(new IdentityEvents.PasswordSetWithCode(u.getUsername(), u.getUsername()));
        return u.getUsername();
    }

    private OneTimeCode issue(UserAccount u) {
        Instant now = clock.instant();
        codes.findByUserId(u.getId()).forEach(c -> c.revoke(now));
        byte[] bytes = new byte[16];   // 128 bits
        random.nextBytes(bytes);
        // base32 without look-alike letters, in groups of four, so it can be read aloud or typed from paper
        String raw = base32(bytes);
        codes.save(new PasswordCode(u.getId(), hash(raw), now.plus(codeLifetime), currentUser.username(), now));
        return new OneTimeCode(u.getUsername(), raw.replaceAll("(.{4})(?!$)", "$1-"), now.plus(codeLifetime));
    }

    private String unusableHash() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return passwordEncoder.encode(HexFormat.of().formatHex(bytes));
    }

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    /** What the person typed, as stored: no spaces or dashes, upper case. */
    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StaffAccount view(UserAccount u) {
        return new StaffAccount(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRole(), u.isEnabled());
    }
}
