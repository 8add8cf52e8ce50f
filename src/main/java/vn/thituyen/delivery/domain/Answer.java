package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One choice a candidate made (append-only); the latest row for an item is its answer. */
@Entity
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "paper_item_id", nullable = false)
    private Long paperItemId;
    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;
    /** original option index, or null when the candidate cleared the answer */
    @Column(name = "chosen_idx")
    private Integer chosenIdx;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected Answer() {
    }

    public Answer(long paperItemId, long attemptId, Integer chosenIdx, Instant savedAt) {
        this.paperItemId = paperItemId;
        this.attemptId = attemptId;
        this.chosenIdx = chosenIdx;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public Long getPaperItemId() { return paperItemId; }
    public Long getAttemptId() { return attemptId; }
    public Integer getChosenIdx() { return chosenIdx; }
    public Instant getSavedAt() { return savedAt; }
}
