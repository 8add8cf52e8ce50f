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
 * One human mark (phiếu chấm, phiếu chấm phỏng vấn): the one record of every mark a person gives. Either of a script
 * marked blind by its code (marker 1's, marker 2's, the third marker's, the mark the two agreed after conferring, the
 * board head's decision), or of a candidate's part marked in person by a board (each member's score, the head's or
 * the council chair's decision); who, when, and the marks per question or the reason.
 */
@Entity
@Table(name = "mark_sheet")
public class MarkSheet {

    /**
     * Which sheet: of a script, FIRST, SECOND, THIRD, AGREED or HEAD; of a part marked in person, MEMBER (a board
     * member's score), HEAD (the board head's decision) or CHAIR (the council chair's decision).
     */
    public enum Kind { FIRST, SECOND, THIRD, AGREED, HEAD, MEMBER, CHAIR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "script_id")
    private Long scriptId;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "part_no")
    private Integer partNo;
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

    /** A sheet of a candidate's part marked in person: a member's score, or the head's or the chair's decision. */
    public static MarkSheet inPerson(long applicationId, int partNo, Kind kind, long markerId, String markerName,
            BigDecimal mark, String reason, Instant enteredAt) {
        MarkSheet m = new MarkSheet();
        m.applicationId = applicationId;
        m.partNo = partNo;
        m.kind = kind;
        m.markerId = markerId;
        m.markerName = markerName;
        m.mark = mark;
        m.reason = reason;
        m.enteredAt = enteredAt;
        return m;
    }

    /**
     * A council member's secret ballot on a đề án ({@link BallotRule}): a MEMBER sheet of the part whose mark is the
     * ballot's total, the points per criterion in the criteria's order, separated by ";".
     */
    public static MarkSheet ballot(long applicationId, int partNo, long memberId, String memberName,
            String criterionPoints, BigDecimal total, Instant enteredAt) {
        MarkSheet m = inPerson(applicationId, partNo, Kind.MEMBER, memberId, memberName, total, null, enteredAt);
        m.questionMarks = criterionPoints;
        return m;
    }

    /** A marker corrects their own sheet before the partner's is in. */
    public void replace(String questionMarks, BigDecimal mark, Instant at) {
        this.questionMarks = questionMarks;
        this.mark = mark;
        this.enteredAt = at;
    }

    public Long getId() {
        return id;
    }

    /** The script marked blind, or null for a part marked in person. */
    public Long getScriptId() {
        return scriptId;
    }

    /** The candidate whose part was marked in person, or null for a script marked blind. */
    public Long getApplicationId() {
        return applicationId;
    }

    public Integer getPartNo() {
        return partNo;
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
