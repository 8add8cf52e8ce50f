package vn.thituyen.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One candidate's line in a result set; a snapshot, so later edits elsewhere never change it. */
@Entity
@Table(name = "result_entry")
public class ResultEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "result_set_id", nullable = false)
    private Long resultSetId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "position_name", nullable = false)
    private String positionName;
    @Column(name = "candidate_number")
    private String candidateNumber;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Column(name = "round1_passed")
    private boolean round1Passed;
    @Column(name = "round2_score", precision = 5, scale = 2)
    private BigDecimal round2Score;
    @Column(name = "priority_points", precision = 4, scale = 2)
    private BigDecimal priorityPoints;
    @Column(precision = 6, scale = 2)
    private BigDecimal total;
    @Column(name = "rank_no")
    private Integer rank;
    /** A leadership exam's part 1 (written) mark; null for recruitment. */
    @Column(name = "part1_score", precision = 5, scale = 2)
    private BigDecimal part1Score;
    @Enumerated(EnumType.STRING)
    private RankingRule.Outcome outcome;
    /** Why a winner's result was cancelled ({@link RankingRule.Outcome#CANCELLED}); null otherwise. */
    @Column(name = "cancel_reason")
    private String cancelReason;
    /** A joint position: the agency the winner is placed in, or the one a pending tie contests; null otherwise. */
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "agency_name")
    private String agencyName;

    protected ResultEntry() {
    }

    public ResultEntry(long resultSetId, long applicationId, long positionId, String positionName,
            String candidateNumber, String fullName, LocalDate dateOfBirth, boolean round1Passed,
            BigDecimal round2Score, BigDecimal priorityPoints, BigDecimal total, Integer rank,
            RankingRule.Outcome outcome) {
        this.resultSetId = resultSetId;
        this.applicationId = applicationId;
        this.positionId = positionId;
        this.positionName = positionName;
        this.candidateNumber = candidateNumber;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.round1Passed = round1Passed;
        this.round2Score = round2Score;
        this.priorityPoints = priorityPoints;
        this.total = total;
        this.rank = rank;
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public Long getResultSetId() { return resultSetId; }
    public Long getApplicationId() { return applicationId; }
    public Long getPositionId() { return positionId; }
    public String getPositionName() { return positionName; }
    public String getCandidateNumber() { return candidateNumber; }
    public String getFullName() { return fullName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public boolean isRound1Passed() { return round1Passed; }
    public BigDecimal getRound2Score() { return round2Score; }
    public BigDecimal getPriorityPoints() { return priorityPoints; }
    public BigDecimal getTotal() { return total; }
    public Integer getRank() { return rank; }
    public RankingRule.Outcome getOutcome() { return outcome; }

    /** Records a leadership candidate's part 1 (written) mark beside the part 2 score and the final score. */
    public void leadershipPart1(BigDecimal mark) {
        this.part1Score = mark;
    }

    /** The line of a winner whose result was cancelled, with the reason, before the entry is saved. */
    public ResultEntry cancelled(String reason) {
        this.outcome = RankingRule.Outcome.CANCELLED;
        this.rank = null;
        this.cancelReason = reason;
        return this;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** A joint position's agency for this line (placed in, or contested by a pending tie), set before saving. */
    public void agency(Long id, String name) {
        this.agencyId = id;
        this.agencyName = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public BigDecimal getPart1Score() {
        return part1Score;
    }
}
