package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One mark on one script (phiếu chấm): marker 1's, marker 2's, the third marker's, the mark the two agreed after
 * conferring, or the board head's decision; who, when, and the marks per question or the reason.
 */
@Entity
@Table(name = "mark_sheet")
public class MarkSheet {

    /** Which sheet of the script. */
    public enum Kind { FIRST, SECOND, THIRD, AGREED, HEAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "script_id", nullable = false)
    private long scriptId;
    @Enumerated(EnumType.STRING)
    @Column(name = "sheet", nullable = false)
    private Kind kind;
    @Column(name = "marker_id", nullable = false)
    private long markerId;
    @Column(name = "marker_name", nullable = false)
    private String markerName;
    @Column(name = "question_marks")
    private String questionMarks;
    @Column(nullable = false)
    private BigDecimal mark;
    private String reason;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected MarkSheet() {
    }

    public MarkSheet(long scriptId, Kind kind, long markerId, String markerName, String questionMarks,
            BigDecimal mark, String reason, Instant enteredAt) {
        this.scriptId = scriptId;
        this.kind = kind;
        this.markerId = markerId;
        this.markerName = markerName;
        this.questionMarks = questionMarks;
        this.mark = mark;
        this.reason = reason;
        this.enteredAt = enteredAt;
    }

    /** A marker corrects their own sheet before the partner's is in. */
    public void replace(String questionMarks, BigDecimal mark, Instant at) {
        this.questionMarks = questionMarks;
        this.mark = mark;
        this.enteredAt = at;
    }

    public long getScriptId() {
        return scriptId;
    }

    public Kind getKind() {
        return kind;
    }

    public long getMarkerId() {
        return markerId;
    }

    public String getMarkerName() {
        return markerName;
    }

    public String getQuestionMarks() {
        return questionMarks;
    }

    public BigDecimal getMark() {
        return mark;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
