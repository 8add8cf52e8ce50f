package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.thituyen.campaign.RuleSet;

/** One part of an attempt (Phần I, Phần II). Its deadline is fixed on the server when the part starts. */
@Entity
@Table(name = "attempt_part")
public class AttemptPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;
    @Column(name = "part_no")
    private int partNo;
    @Enumerated(EnumType.STRING)
    private RuleSet.Subject subject;
    @Column(name = "bank_id")
    private Long bankId;
    @Column(name = "question_count")
    private int questionCount;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    private boolean exempt;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "correct_count")
    private Integer correctCount;
    private Boolean passed;

    protected AttemptPart() {
    }

    public AttemptPart(long attemptId, RuleSet.Round1Part part, Long bankId, boolean exempt) {
        this.attemptId = attemptId;
        this.partNo = part.number();
        this.subject = part.subject();
        this.bankId = bankId;
        this.questionCount = part.questionCount();
        this.durationMinutes = part.durationMinutes();
        this.exempt = exempt;
    }

    /**
     * Fixes the deadline. It is rounded up to a whole second: some databases keep only whole seconds
     * (MySQL Connector/J talking to MariaDB drops fractions), and rounding up means a candidate never
     * loses time to storage.
     */
    public void start(Instant now) {
        if (startedAt == null) {
            startedAt = now;
            Instant end = now.plus(Duration.ofMinutes(durationMinutes));
            Instant whole = end.truncatedTo(ChronoUnit.SECONDS);
            deadline = whole.equals(end) ? end : whole.plusSeconds(1);
        }
    }

    /** Extra time granted by an invigilator moves the stored deadline; the grant itself is kept as an event. */
    public void extend(int minutes) {
        if (!isOpen()) {
            throw new vn.thituyen.common.DomainException("error.exam.partNotRunning");
        }
        deadline = deadline.plus(Duration.ofMinutes(minutes));
    }

    /** A paused room gives its running parts the paused time back (rounded up to a whole second). */
    public void giveBack(Duration paused) {
        if (isOpen()) {
            long seconds = paused.getSeconds() + (paused.getNano() > 0 ? 1 : 0);
            deadline = deadline.plusSeconds(seconds);
        }
    }

    public boolean isOpen() {
        return startedAt != null && closedAt == null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Closes with the score. A part that ran out of time is stamped at its deadline, not when noticed. */
    public void close(Instant now, int correct, boolean passed) {
        if (closedAt == null) {
            closedAt = deadline != null && now.isAfter(deadline) ? deadline : now;
            correctCount = correct;
            this.passed = passed;
        }
    }

    /**
     * A key correction changed the score of this closed part. The caller records the score before and after (a
     * {@link PartRescore} row); the closing time stays.
     */
    public void rescore(int correct, boolean passed) {
        if (closedAt == null) {
            throw new IllegalStateException("part " + id + " is not closed");
        }
        if (correct < 0 || correct > questionCount) {
            throw new IllegalArgumentException("correct " + correct + " of " + questionCount);
        }
        correctCount = correct;
        this.passed = passed;
    }

    public Long getId() { return id; }
    public Long getAttemptId() { return attemptId; }
    public int getPartNo() { return partNo; }
    public RuleSet.Subject getSubject() { return subject; }
    public Long getBankId() { return bankId; }
    public int getQuestionCount() { return questionCount; }
    public int getDurationMinutes() { return durationMinutes; }
    public boolean isExempt() { return exempt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getCorrectCount() { return correctCount; }
    public Boolean getPassed() { return passed; }
}
