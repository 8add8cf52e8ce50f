package vn.thituyen.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.identity.Role;

/** A login account (tài khoản). */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled;

    /** Raised when the account's sessions must end (disabled, password reset or changed). */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, String email, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A new password hash: the old password stops working at once. */
    public void changePassword(String hash) {
        this.passwordHash = hash;
        this.sessionGeneration++;   // and every session signed in with the old one ends
    }

    public void setEnabled(boolean enabled) {
        if (!enabled && this.enabled) {
            this.sessionGeneration++;
        }
        this.enabled = enabled;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
