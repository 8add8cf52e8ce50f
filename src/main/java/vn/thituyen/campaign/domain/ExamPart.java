package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thituyen.campaign.PartKind;

/** One part of a position's exam plan (round → parts). Round 1 follows the rule set; round 2 is stored here. */
@Entity
@Table(name = "exam_part")
public class ExamPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Column(name = "part_no", nullable = false)
    private int part;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartKind kind;
    @Column(name = "duration_minutes", nullable = false)
    private int minutes;
    @Column(name = "max_score", nullable = false)
    private BigDecimal maxScore;
    @Column(name = "weight_percent", nullable = false)
    private int weightPercent;
    @Column(name = "pass_mark")
    private BigDecimal passMark;

    protected ExamPart() {
    }

    public ExamPart(long positionId, int round, int part, ExamPlanRule.Part p) {
        this.positionId = positionId;
        this.round = round;
        this.part = part;
        this.kind = p.kind();
        this.minutes = p.minutes();
        this.maxScore = p.maxScore();
        this.weightPercent = p.weightPercent();
        this.passMark = p.passMark();
    }

    public ExamPlanRule.Part toPart() {
        return new ExamPlanRule.Part(kind, minutes, maxScore, weightPercent, passMark);
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getRound() {
        return round;
    }

    public int getPart() {
        return part;
    }
}
