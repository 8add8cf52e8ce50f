package vn.thituyen.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person. For an account, {@code userId} is set; for a candidate signed in at the exam room
 * with candidate number + one-time password, {@code attemptId} is set instead.
 */
public class Principal extends User {

    private final Long userId;
    private final Long attemptId;
    private final Role role;
    private final String fullName;
    private final String examSession;
    /** The account's session generation when this person signed in; null for in-process work and examinees. */
    private Integer sessionGeneration;

    public Principal(String username, String passwordHash, boolean enabled, Long userId, Long attemptId, Role role,
            String fullName) {
        this(username, passwordHash, enabled, userId, attemptId, role, fullName, null);
    }

    /**
     * @param examSession for a candidate signed in at the exam room (browser or API): the reference of that exam
     *                    session, which must still be the candidate's current one; null for work done in-process
     *                    ({@link RunAs}: the demo loader, tests)
     */
    public Principal(String username, String passwordHash, boolean enabled, Long userId, Long attemptId, Role role,
            String fullName, String examSession) {
        super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.userId = userId;
        this.attemptId = attemptId;
        this.role = role;
        this.fullName = fullName;
        this.examSession = examSession;
    }

    /** Signed in with the account's session generation {@code g} (the form sign-in sets it). */
    public Principal withSessionGeneration(int g) {
        this.sessionGeneration = g;
        return this;
    }

    public Integer sessionGeneration() {
        return sessionGeneration;
    }

    /** The exam session this examinee signed in with (null for in-process work). */
    public String examSession() {
        return examSession;
    }

    public Long userId() {
        return userId;
    }

    public Long attemptId() {
        return attemptId;
    }

    public Role role() {
        return role;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
