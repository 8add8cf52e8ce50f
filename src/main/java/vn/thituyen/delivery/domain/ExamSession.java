package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** An exam client's session: only the token's SHA-256 is stored. */
@Entity
@Table(name = "exam_session")
public class ExamSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** BROWSER (the exam page, signed in at /exam-login) or API (a bearer token) */
    private String channel;

    protected ExamSession() {
    }

    public ExamSession(String token, long attemptId, Instant createdAt, String channel) {
        this.tokenHash = hash(token);
        this.attemptId = attemptId;
        this.createdAt = createdAt;
        this.channel = channel;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getAttemptId() { return attemptId; }
    public String getTokenHash() { return tokenHash; }
}
