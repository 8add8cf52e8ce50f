package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One member's interview score for one candidate (append-only; a correction is a newer row). */
@Entity
@Table(name = "interview_mark")
public class InterviewMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "grader_id", nullable = false)
    private Long graderId;
    @Column(name = "grader_name", nullable = false)
    private String graderName;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected InterviewMark() {
    }

    public InterviewMark(long applicationId, long graderId, String graderName, BigDecimal score, Instant at) {
        this.applicationId = applicationId;
        this.graderId = graderId;
        this.graderName = graderName;
        this.score = score;
        this.enteredAt = at;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getGraderId() { return graderId; }
    public String getGraderName() { return graderName; }
    public BigDecimal getScore() { return score; }
    public Instant getEnteredAt() { return enteredAt; }
}
