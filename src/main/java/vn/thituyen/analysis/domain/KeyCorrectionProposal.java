package vn.thituyen.analysis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import vn.thituyen.common.DomainException;

/**
 * A proposed correction of a question's key (đính chính đáp án): proposed by the question board or the chair,
 * then approved (the key changes and the papers are re-scored) or rejected by the chair. Keys are kept as the
 * letters authors read ("B", "A, B"), as they were when the correction was proposed.
 */
@Entity
@Table(name = "key_correction")
public class KeyCorrectionProposal {

    public enum Status { PROPOSED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Column(name = "old_key", nullable = false)
    private String oldKey;
    @Column(name = "new_key", nullable = false)
    private String newKey;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected KeyCorrectionProposal() {
    }

    public KeyCorrectionProposal(long questionId, Set<Integer> oldKey, Set<Integer> newKey, String reason,
            String proposedBy, Instant proposedAt) {
        this.questionId = questionId;
        this.oldKey = letters(oldKey);
        this.newKey = letters(newKey);
        this.reason = reason;
        this.status = Status.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void approve(String by, Instant at) {
        decide(Status.APPROVED, by, at);
    }

    public void reject(String by, Instant at) {
        decide(Status.REJECTED, by, at);
    }

    private void decide(Status outcome, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new DomainException("error.keyfix.decided");
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    /** "A, C" for {0, 2}. */
    public static String letters(Set<Integer> indexes) {
        return vn.thituyen.questionbank.QuestionContent.letters(indexes);
    }

    /** {0, 2} for "A, C". */
    public static Set<Integer> indexes(String letters) {
        Set<Integer> out = new TreeSet<>();
        for (String part : letters.split(",")) {
            String p = part.strip();
            if (p.length() == 1 && p.charAt(0) >= 'A' && p.charAt(0) <= 'Z') {
                out.add(p.charAt(0) - 'A');
            } else if (!p.isEmpty()) {
                throw new IllegalArgumentException("Not a key: " + letters);
            }
        }
        return out;
    }

    public Set<Integer> oldKeySet() {
        return indexes(oldKey);
    }

    public Set<Integer> newKeySet() {
        return indexes(newKey);
    }

    public Long getId() { return id; }
    public Long getQuestionId() { return questionId; }
    public String getOldKey() { return oldKey; }
    public String getNewKey() { return newKey; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
