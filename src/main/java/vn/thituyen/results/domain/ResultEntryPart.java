package vn.thituyen.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One round-2 part's mark behind a line of a result set, as that version ranked it; written once with the line. */
@Entity
@Table(name = "result_entry_part")
public class ResultEntryPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "result_entry_id", nullable = false)
    private Long resultEntryId;
    @Column(name = "part_no", nullable = false)
    private int partNo;
    /** A {@code campaign.PartKind} name. */
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal mark;
    @Column(name = "max_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal maxScore;
    @Column(name = "weight_percent", nullable = false)
    private int weightPercent;

    protected ResultEntryPart() {
    }

    public ResultEntryPart(long resultEntryId, int partNo, String kind, BigDecimal mark, BigDecimal maxScore,
            int weightPercent) {
        this.resultEntryId = resultEntryId;
        this.partNo = partNo;
        this.kind = kind;
        this.mark = mark;
        this.maxScore = maxScore;
        this.weightPercent = weightPercent;
    }

    public Long getResultEntryId() { return resultEntryId; }
    public int getPartNo() { return partNo; }
    public String getKind() { return kind; }
    public BigDecimal getMark() { return mark; }
    public BigDecimal getMaxScore() { return maxScore; }
    public int getWeightPercent() { return weightPercent; }
}
