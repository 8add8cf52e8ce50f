package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import vn.thituyen.common.DomainException;

/** One candidate's round-1 attempt (bài thi trên máy): the paper and its answers hang off it. */
@Entity
public class Attempt {

    public enum Status { NOT_STARTED, IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "sitting_id", nullable = false)
    private Long sittingId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "candidate_number", nullable = false)
    private String candidateNumber;
    @Column(name = "one_time_password", nullable = false)
    private String oneTimePassword;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "late_permitted_by")
    private String latePermittedBy;
    @Column(name = "late_permit_reason")
    private String latePermitReason;
    private boolean cancelled;
    @Column(name = "current_session")
    private String currentSession;
    @Column(name = "session_started_at")
    private Instant sessionStartedAt;
    @Column(name = "session_replaced_at")
    private Instant sessionReplacedAt;

    protected Attempt() {
    }

    public Attempt(long sittingId, long applicationId, String candidateNumber, String oneTimePassword) {
        this.sittingId = sittingId;
        this.applicationId = applicationId;
        this.candidateNumber = candidateNumber;
        this.oneTimePassword = oneTimePassword;
        this.status = Status.NOT_STARTED;
    }

    public void start(Instant at) {
        if (status == Status.NOT_STARTED) {
            status = Status.IN_PROGRESS;
            startedAt = at;
        }
    }

    public void finish(Instant at) {
        if (status != Status.SUBMITTED) {
            status = Status.SUBMITTED;
            submittedAt = at;
        }
    }

    /**
     * Presence at the room, confirmed by an invigilator against the citizen ID. Refused once the candidate has
     * handed in: a check-in is the record that the person sat the exam, not something to add afterwards.
     */
    public void checkIn(String by, Instant at) {
        if (status == Status.SUBMITTED) {
            throw new DomainException("error.checkIn.afterHandIn");
        }
        if (checkedInAt == null) {
            checkedInAt = at;
            checkedInBy = by;
        }
    }

    /** Marks the candidate's screen as alive; written at most every 30 s to keep saves cheap. */
    public boolean seen(Instant now) {
        if (presenceDue(lastSeenAt, now)) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    /** Whether presence last written at {@code lastSeenAt} is to be written again at {@code now}. */
    public static boolean presenceDue(Instant lastSeenAt, Instant now) {
        return lastSeenAt == null || lastSeenAt.plusSeconds(30).isBefore(now);
    }

    public void permitLateStart(String by, String reason) {
        latePermittedBy = by;
        latePermitReason = reason;
    }

    /**
     * A sign-in at the exam room (browser or API) opens the candidate's one exam session; the one before ends.
     * @param ref the new session's reference (SHA-256 of its secret)
     * @return true when an earlier session was replaced (the invigilator sees when)
     */
    public boolean newSession(String ref, Instant now) {
        boolean replaced = currentSession != null;
        currentSession = ref;
        sessionStartedAt = now;
        if (replaced) {
            sessionReplacedAt = now;
        }
        return replaced;
    }

    /** Cancellation of results (hủy kết quả) for a violation. */
    public void cancel() {
        cancelled = true;
    }

    public Long getId() { return id; }
    public Long getSittingId() { return sittingId; }
    public Long getApplicationId() { return applicationId; }
    public String getCandidateNumber() { return candidateNumber; }
    public String getOneTimePassword() { return oneTimePassword; }
    public Status getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public boolean isCheckedIn() { return checkedInAt != null; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public String getLatePermittedBy() { return latePermittedBy; }
    public boolean isCancelled() { return cancelled; }
    public String getCurrentSession() { return currentSession; }
    public Instant getSessionStartedAt() { return sessionStartedAt; }
    public Instant getSessionReplacedAt() { return sessionReplacedAt; }
}
