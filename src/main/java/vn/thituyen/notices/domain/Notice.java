package vn.thituyen.notices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.thituyen.notices.NoticeKind;
import vn.thituyen.notices.NoticeState;

/** One notice to one candidate (thông báo): the text of the inbox and of the email, and the email's delivery. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    private String email;
    @Column(name = "recipient_name", nullable = false)
    private String recipientName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeState state;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected Notice() {
    }

    /** A new notice; without an email address it is never mailed (FAILED at once), the inbox still has it. */
    public Notice(long campaignId, long applicationId, long userId, String email, String recipientName,
            NoticeKind kind, String subject, String body, Instant at) {
        this.campaignId = campaignId;
        this.applicationId = applicationId;
        this.userId = userId;
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.recipientName = recipientName;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        // the column keeps microseconds, rounding: a notice must be due at the very instant it was written
        Instant written = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.createdAt = written;
        this.nextAttemptAt = written;
        this.state = this.email == null ? NoticeState.FAILED : NoticeState.PENDING;
        this.lastError = this.email == null ? "no email address" : null;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getApplicationId() { return applicationId; }
    public long getUserId() { return userId; }
    public String getEmail() { return email; }
    public String getRecipientName() { return recipientName; }
    public NoticeKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public NoticeState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
