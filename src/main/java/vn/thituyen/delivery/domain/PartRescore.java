package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Append-only: a closed part scored again after a key correction, with its score before and after. */
@Entity
@Table(name = "part_rescore")
public class PartRescore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_part_id", nullable = false)
    private Long attemptPartId;
    @Column(name = "key_correction_id", nullable = false)
    private Long keyCorrectionId;
    @Column(name = "correct_before", nullable = false)
    private int correctBefore;
    @Column(name = "correct_after", nullable = false)
    private int correctAfter;
    @Column(name = "passed_before", nullable = false)
    private boolean passedBefore;
    @Column(name = "passed_after", nullable = false)
    private boolean passedAfter;
    @Column(name = "rescored_at", nullable = false)
    private Instant rescoredAt;

    protected PartRescore() {
    }

    public PartRescore(long attemptPartId, long keyCorrectionId, int correctBefore, int correctAfter,
            boolean passedBefore, boolean passedAfter, Instant rescoredAt) {
        this.attemptPartId = attemptPartId;
        this.keyCorrectionId = keyCorrectionId;
        this.correctBefore = correctBefore;
        this.correctAfter = correctAfter;
        this.passedBefore = passedBefore;
        this.passedAfter = passedAfter;
        this.rescoredAt = rescoredAt;
    }

    public Long getId() { return id; }
    public Long getAttemptPartId() { return attemptPartId; }
    public Long getKeyCorrectionId() { return keyCorrectionId; }
    public int getCorrectBefore() { return correctBefore; }
    public int getCorrectAfter() { return correctAfter; }
    public boolean isPassedBefore() { return passedBefore; }
    public boolean isPassedAfter() { return passedAfter; }
    public Instant getRescoredAt() { return rescoredAt; }
}
