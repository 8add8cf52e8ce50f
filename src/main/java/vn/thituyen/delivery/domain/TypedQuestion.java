package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A question of a typed paper and the points it carries. */
@Entity
@Table(name = "typed_question")
public class TypedQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "paper_id", nullable = false)
    private Long paperId;
    @Column(name = "question_no", nullable = false)
    private int questionNo;
    @Column(nullable = false)
    private String body;
    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    protected TypedQuestion() {
    }

    public TypedQuestion(long paperId, int questionNo, String body, BigDecimal maxPoints) {
        this.paperId = paperId;
        this.questionNo = questionNo;
        this.body = body;
        this.maxPoints = maxPoints;
    }

    public Long getId() { return id; }
    public Long getPaperId() { return paperId; }
    public int getQuestionNo() { return questionNo; }
    public String getBody() { return body; }
    public BigDecimal getMaxPoints() { return maxPoints; }
}
