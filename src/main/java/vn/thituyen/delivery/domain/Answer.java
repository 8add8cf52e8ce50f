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
    /** the sender's sequence number for this item, when it sends one (exam clients); null from the server UI */
    @Column(name = "client_seq")
    private Long clientSeq;

    protected Answer() {
    }

    public Answer(long paperItemId, long attemptId, Integer chosenIdx, Instant savedAt, Long clientSeq) {
        this.paperItemId = paperItemId;
        this.attemptId = attemptId;
        this.chosenIdx = chosenIdx;
        this.savedAt = savedAt;
        this.clientSeq = clientSeq;
    }

    /** A message with this sequence number is stale when this answer came from a later one. */
    public boolean isNewerThan(Long seq) {
        return seq != null && clientSeq != null && clientSeq >= seq;
    }

    public Long getId() { return id; }
    public Long getPaperItemId() { return paperItemId; }
    public Long getAttemptId() { return attemptId; }
    public Integer getChosenIdx() { return chosenIdx; }
    public Instant getSavedAt() { return savedAt; }
    public Long getClientSeq() { return clientSeq; }
}
